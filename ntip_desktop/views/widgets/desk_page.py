"""What the desks (帳號審核, 課程審核) share: a field to type or scan a record's number or code, a queue that
follows the cursor, the open record's pane, actions with shortcuts, and dialogs opened without a nested loop.

Each desk subclasses :class:`DeskPage` and keeps its own widgets, texts, object names and decisions; the
base holds only what is the same on every desk.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.errors import ConflictError, UserError
from ntip_desktop.views.pages.base import Page, PageContext
from ntip_desktop.views.widgets.dialogs import ERROR_STYLE

if TYPE_CHECKING:
    from ntip_desktop.views.operations import Operation

#: The pause after the cursor moves in the queue before the row under it opens.
FOLLOW_MS = 120


def tool_button(action: QAction) -> QToolButton:
    """A text-only button for ``action`` (its text, shortcut tooltip and enabled state)."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


class DeskPage(Page):
    """Base of a desk: the record open in the pane is ``current`` (its ``row`` has ``id``), the queue is
    ``table`` over ``model`` (with ``row_at``, ``row_of`` and ``set_filter``), filtered by ``filter_bar``
    (with ``current`` and ``mark_emitted``)."""

    #: The detail pane now shows this record (its number or code).
    detail_shown = Signal(str)
    #: A decision (or other write on the open record) went through: its status-bar message.
    decided = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.current: Any = None
        self.active_dialog: Any = None
        self.model: Any = None
        self.filter_bar: Any = None
        self.table = QTableView()
        self._lookup = QLineEdit()
        self._lookup_message = QLabel()

    # --- construction -----------------------------------------------------------------------------

    def _make_lookup(
        self, field_name: str, message_name: str, *, placeholder: str, min_width: int, open_text: Callable[[str], None]
    ) -> tuple[QLineEdit, QLabel]:
        """The field a record's number or code is typed or scanned into (Enter opens it) and the red line
        that says why it did not open."""
        field, message = self._lookup, self._lookup_message
        field.setObjectName(field_name)
        field.setPlaceholderText(placeholder)
        field.setClearButtonEnabled(True)
        field.setMinimumWidth(min_width)

        def open_typed() -> None:
            text = field.text()
            if text.strip():
                open_text(text)

        field.returnPressed.connect(open_typed)
        message.setObjectName(message_name)
        message.setStyleSheet(ERROR_STYLE)
        message.setWordWrap(True)
        return field, message

    def _lookup_row(self, caption: str) -> QHBoxLayout:
        """The top row: the field's caption (its buddy), the field and the message line."""
        row = QHBoxLayout()
        label = QLabel(caption)
        label.setBuddy(self._lookup)
        row.addWidget(label)
        row.addWidget(self._lookup)
        row.addWidget(self._lookup_message, 1)
        return row

    def _make_queue(
        self,
        name: str,
        model: QAbstractItemModel,
        *,
        selection_mode: QAbstractItemView.SelectionMode,
        sort_column: int,
        sort_order: Qt.SortOrder,
        on_activated: Callable[[int], None],
        on_follow: Callable[[int], None],
    ) -> QTableView:
        """The queue: whole rows, sorted by the database; Enter on a row runs ``on_activated`` and the row
        under the cursor opens (``on_follow``) once the cursor rests."""
        table = self.table
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(selection_mode)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.horizontalHeader().setSortIndicator(sort_column, sort_order)
        table.setSortingEnabled(True)
        table.horizontalHeader().setStretchLastSection(True)
        table.activated.connect(lambda index: on_activated(index.row()))
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(FOLLOW_MS)
        self._follow.timeout.connect(lambda: on_follow(table.currentIndex().row()))
        table.selectionModel().currentRowChanged.connect(lambda _current, _previous: self._follow.start())
        return table

    def _action(self, text: str, shortcuts: list[str], slot: Any, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if shortcuts:
            action.setToolTip(
                f"{text}（{QKeySequence(shortcuts[0]).toString(QKeySequence.SequenceFormat.NativeText)}）"
            )
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def initial_focus(self) -> QWidget | None:
        return self._lookup

    # --- loading ----------------------------------------------------------------------------------

    def _reload_queue(self) -> Any:
        """Load the queue with the filter bar's filter as it stands (the bar does not announce it again)."""
        f = self.filter_bar.current()
        self.filter_bar.mark_emitted(f)
        self.model.set_filter(f)
        return f

    # --- opening a record -------------------------------------------------------------------------

    def focus_lookup(self) -> None:
        self._lookup.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._lookup.selectAll()

    def _lookup_found(self) -> None:
        """The typed record opened: clear the field and the message for the next one."""
        self._lookup_message.clear()
        self._lookup.clear()

    def _lookup_refused(self, exc: UserError) -> None:
        self._lookup_message.setText(exc.message)
        self._lookup.selectAll()

    def reopen_current(self) -> None:
        """Load the open record again, quietly (after a refresh or a conflict)."""
        raise NotImplementedError

    def _select_current(self) -> None:
        """Mark the open record in the queue when it is among the rows fetched (not re-opening it)."""
        row = self.model.row_of(self.current.row.id) if self.current is not None else None
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row is None:
            self.table.clearSelection()
        elif self.table.currentIndex().row() != row:
            self.table.selectRow(row)
        selection.blockSignals(False)

    # --- decisions and dialogs --------------------------------------------------------------------

    def _refused(self, exc: UserError) -> None:
        """A write was refused: say why; if someone else changed the record, show it as it is now."""
        self.context.runner.presenter(exc)
        if isinstance(exc, ConflictError) and self.current is not None:
            self.reopen_current()

    def _open_dialog(self, dialog: Any, on_accept: Any) -> None:
        """Open a dialog without a nested event loop; ``on_accept`` runs when it is confirmed."""
        self.active_dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _r: setattr(self, "active_dialog", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.activateWindow()  # typing goes to the dialog, not to the page's shortcuts behind it


class CourseDeskPage(DeskPage):
    """A desk whose open record is one course, opened from its list or by its typed code (出席登錄, 時數證明).

    A subclass names the open course's id (:meth:`open_course_id`), the operations that load a course by id
    or by typed code, how the loaded course is shown, and where typing goes after a code opened it.
    """

    def _make_search(self, placeholder: str) -> QLineEdit:
        """The course list's search field: typing pauses 250 ms before the list (``self.model``) asks again."""
        search = QLineEdit()
        search.setObjectName("courseSearch")
        search.setPlaceholderText(placeholder)
        search.setClearButtonEnabled(True)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(250)
        timer.timeout.connect(lambda: self.model.set_query(search.text()))
        search.textChanged.connect(lambda _t: timer.start())
        self.search = search
        return search

    def _arrange(self, top: QLayout, left: QWidget, right: QWidget, splitter_name: str, sizes: list[int]) -> None:
        """The page: ``top`` above the course list (``left``) and the open course (``right``), side by side."""
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName(splitter_name)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes(sizes)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        """Reload the course list and the open course."""
        super().refresh()
        self.model.set_query(self.search.text())
        self.reopen_current()

    def open_course_id(self) -> uuid.UUID | None:
        raise NotImplementedError

    def _course_operation(self, course_id: uuid.UUID) -> Operation[Any]:
        raise NotImplementedError

    def _code_operation(self, text: str) -> Operation[Any]:
        raise NotImplementedError

    def _show_opened(self, opened: Any) -> None:
        raise NotImplementedError

    def _focus_opened(self) -> None:
        """Where typing goes once a typed code opened its course."""

    @property
    def current(self) -> Any:
        """The open course as the desk base sees it (``current.row.id``)."""
        course_id = self.open_course_id()
        return _OpenCourse(course_id) if course_id is not None else None

    @current.setter
    def current(self, _value: Any) -> None:
        pass  # the subclass holds the open course; the base's assignment in __init__ is ignored

    def reopen_current(self) -> None:
        course_id = self.open_course_id()
        if course_id is not None:
            self.open_course(course_id, quiet=True)

    def open_code(self, text: str) -> None:
        self.run_operation(self._code_operation(text), on_done=self._code_found, on_error=self._lookup_refused)

    def _code_found(self, opened: Any) -> None:
        self._lookup_found()
        self._show_opened(opened)
        self._focus_opened()

    def open_row(self, row: int) -> None:
        found = self.model.row_at(row) if row >= 0 else None
        if found is not None and self.open_course_id() != found.id:
            self.open_course(found.id)

    def open_course(self, course_id: uuid.UUID, *, quiet: bool = False) -> None:
        self.run_operation(
            self._course_operation(course_id),
            on_done=self._show_opened,
            on_error=(lambda exc: None) if quiet else None,
        )


class _OpenCourse:
    """The open course in the shape the desk base expects (``current.row.id``)."""

    def __init__(self, course_id: uuid.UUID) -> None:
        self.row = self
        self.id = course_id
