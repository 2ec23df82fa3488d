"""The grid as a spreadsheet: type a code into a cell, Enter goes down, Tab right, arrows move; Delete clears
the selected cells; Ctrl+C copies them as Excel does (tab-separated); Ctrl+V (the page's action) pastes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QTableView, QWidget

from ntip_desktop.views.attendance.grid_model import FIRST_SEGMENT, AttendanceGridModel


class AttendanceGridView(QTableView):
    """The grid of :class:`AttendanceGridModel`, keyboard first."""

    #: Delete or Backspace on a selection: clear these (row, column) cells.
    clear_requested = Signal(object)  # list[tuple[int, int]]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._refused = False
        self.setObjectName("attendanceGrid")
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(False)
        self.setTabKeyNavigation(True)
        self.verticalHeader().hide()
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(self.fontMetrics().horizontalAdvance("00:00–00:00") + 14)
        header.setHighlightSections(True)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        if isinstance(model, AttendanceGridModel):
            model.refused.connect(self._edit_refused)

    def _edit_refused(self, _message: str) -> None:
        self._refused = True

    def grid_model(self) -> AttendanceGridModel:
        model = self.model()
        assert isinstance(model, AttendanceGridModel)
        return model

    def size_columns(self) -> None:
        """Fixed widths: the teacher's columns wide enough for a name and a school, the segments narrow."""
        metrics = self.fontMetrics()
        widths = (metrics.horizontalAdvance("0000") + 16, 72, 170, 44, 150)
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
        self.horizontalHeader().setMinimumHeight(metrics.height() * 3 + 10)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter commits the code and goes to the cell below, as in a spreadsheet; a refused code keeps the
        cursor on its cell so that it can be typed again."""
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if hint is _SUBMIT else hint)
        refused, self._refused = self._refused, False
        if hint is _SUBMIT and not refused:
            self.move_down()

    def move_down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            below = current.sibling(current.row() + 1, current.column())
            self.selectionModel().setCurrentIndex(below, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                cells = sorted({(i.row(), i.column()) for i in self.selectedIndexes() if i.column() >= FIRST_SEGMENT})
                if cells:
                    self.clear_requested.emit(cells)
                event.accept()
                return
            if (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
            ):
                self.move_down()
                event.accept()
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_selection()
                event.accept()
                return
        super().keyPressEvent(event)

    def copy_selection(self) -> None:
        """The selected cells as tab-separated text (the codes, as they would be typed)."""
        indexes = self.selectedIndexes()
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        columns = sorted({i.column() for i in indexes})
        model = self.model()
        lines = []
        for r in rows:
            cells: list[Any] = []
            for c in columns:
                value = model.data(
                    model.index(r, c), Qt.ItemDataRole.EditRole if c >= FIRST_SEGMENT else Qt.ItemDataRole.DisplayRole
                )
                cells.append("" if value is None else str(value))
            lines.append("\t".join(cells))
        QGuiApplication.clipboard().setText("\n".join(lines))


_SUBMIT = QAbstractItemDelegate.EndEditHint.SubmitModelCache
