"""The clerk's queue of account applications as a lazily filled table.

The model knows how many rows match (counted in SQL) and keeps a cache of the pages fetched so far;
a row whose page is not there yet shows 「讀取中…」 and asks the task runner for its page. Filtering and
sorting are the database's (``services.accounts_queries``); a new filter, a new order or a relevant
``Changes`` starts a new generation, and results of older generations are dropped.
"""

from __future__ import annotations

import uuid
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ntip_desktop.i18n import translate
from ntip_desktop.models import ApplicationPurpose, ApplicationState
from ntip_desktop.services import accounts
from ntip_desktop.services.accounts import ApplicationFilter, ApplicationRow, purpose_label, state_label, subtype_label
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.rules.rocdate import TAIWAN, format_roc
from ntip_desktop.views.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex

#: (header, sort key of services.accounts.SORT_KEYS or None).
COLUMNS = (
    (QT_TRANSLATE_NOOP("accounts", "申請編號"), "number"),
    (QT_TRANSLATE_NOOP("accounts", "狀態"), "state"),
    (QT_TRANSLATE_NOOP("accounts", "申請種類"), "kind"),
    (QT_TRANSLATE_NOOP("accounts", "登入帳號"), "login_id"),
    (QT_TRANSLATE_NOOP("accounts", "機關"), "organization"),
    (QT_TRANSLATE_NOOP("accounts", "縣市"), None),
    (QT_TRANSLATE_NOOP("accounts", "申請人"), "applicant"),
    (QT_TRANSLATE_NOOP("accounts", "申請日期"), "submitted_at"),
    (QT_TRANSLATE_NOOP("accounts", "收件日期"), "fax_received_on"),
)
SUBMITTED_COLUMN = 7


def _tr(text: str) -> str:
    return translate("accounts", text)


def kind_text(row: ApplicationRow) -> str:
    if row.purpose is ApplicationPurpose.CONTACT_CHANGE:
        return purpose_label(row.purpose)
    return subtype_label(row.subtype) or translate("accounts", "教師個人帳號")


def cell_text(row: ApplicationRow, column: int) -> str:
    if column == 0:
        return row.number
    if column == 1:
        return state_label(row.state)
    if column == 2:
        return kind_text(row)
    if column == 3:
        return row.login_id
    if column == 4:
        return row.organization_name
    if column == 5:
        return row.county_name
    if column == 6:
        return row.applicant_name
    if column == 7:
        return format_roc(row.submitted_at.astimezone(TAIWAN).date(), "short")
    if column == 8:
        return format_roc(row.fax_received_on, "short") if row.fax_received_on else ""
    return ""


def _first_page(
    user: CurrentUser, f: ApplicationFilter, order: tuple[str, bool], size: int, session: Any
) -> tuple[int, list[ApplicationRow]]:
    rows = accounts.list_applications(session, user, f, order_by=order[0], descending=order[1], limit=size)
    total = len(rows) if len(rows) < size else accounts.count_applications(session, user, f)
    return total, rows


def _page(
    user: CurrentUser, f: ApplicationFilter, order: tuple[str, bool], offset: int, size: int, session: Any
) -> list[ApplicationRow]:
    return accounts.list_applications(
        session, user, f, order_by=order[0], descending=order[1], offset=offset, limit=size
    )


class ApplicationQueueModel(QAbstractTableModel):
    """Applications matching a filter, in the chosen order, fetched page by page through the runner."""

    #: A new filter's first rows (and count) are in: ``(generation)``.
    loaded = Signal(int)
    #: Reading failed: the message.
    failed = Signal(str)

    PAGE_SIZE = 100

    def __init__(self, runner: TaskRunner, user: CurrentUser, parent: Any = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._user = user
        self.filter = ApplicationFilter(states=())
        self.order: tuple[str, bool] = ("submitted_at", True)
        self._total = 0
        self._pages: dict[int, list[ApplicationRow]] = {}
        self._requested: set[int] = set()
        self.generation = 0
        self.loading = False

    # --- queries ----------------------------------------------------------------------------------

    def set_filter(self, f: ApplicationFilter) -> int:
        self.filter = f
        return self.reload()

    def set_order(self, key: str, descending: bool) -> int:
        self.order = (key, descending)
        return self.reload()

    def reload(self) -> int:
        """Start a new generation: count and first page of the current filter and order."""
        self.generation += 1
        generation = self.generation
        self.loading = True
        self._runner.run(
            partial(_first_page, self._user, self.filter, self.order, self.PAGE_SIZE),
            on_done=partial(self._first_page_in, generation),
            on_error=partial(self._failed, generation),
            description=translate("accounts", "讀取帳號申請"),
        )
        return generation

    def _first_page_in(self, generation: int, result: tuple[int, list[ApplicationRow]]) -> None:
        if generation != self.generation:
            return
        total, rows = result
        self.beginResetModel()
        self._total = total
        self._pages = {0: rows}
        self._requested = {0}
        self.endResetModel()
        self.loading = False
        self.loaded.emit(generation)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self.generation:
            self.loading = False
            self.failed.emit(str(getattr(exc, "message", exc)))

    def _fetch(self, page: int) -> None:
        if page in self._requested:
            return
        self._requested.add(page)
        generation = self.generation
        self._runner.run(
            partial(_page, self._user, self.filter, self.order, page * self.PAGE_SIZE, self.PAGE_SIZE),
            on_done=partial(self._page_in, generation, page),
            on_error=partial(self._failed, generation),
            description=translate("accounts", "讀取帳號申請"),
        )

    def _page_in(self, generation: int, page: int, rows: list[ApplicationRow]) -> None:
        if generation != self.generation:
            return
        self._pages[page] = rows
        first = page * self.PAGE_SIZE
        last = min(first + self.PAGE_SIZE, self._total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    # --- rows -------------------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> ApplicationRow | None:
        """The application at ``row`` if its page is here (else None, and its page is requested)."""
        if not 0 <= row < self._total:
            return None
        page, offset = divmod(row, self.PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            self._fetch(page)
            return None
        return rows[offset] if offset < len(rows) else None

    def row_of(self, application_id: uuid.UUID) -> int | None:
        """Where an application is among the rows fetched so far."""
        for page, rows in self._pages.items():
            for offset, r in enumerate(rows):
                if r.id == application_id:
                    return page * self.PAGE_SIZE + offset
        return None

    def loaded_rows(self) -> list[ApplicationRow]:
        return [r for page in sorted(self._pages) for r in self._pages[page]]

    # --- QAbstractTableModel ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _tr(COLUMNS[section][0]) if 0 <= section < len(COLUMNS) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(COLUMNS):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None if role == Qt.ItemDataRole.UserRole else translate("accounts", "讀取中…")
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        text = cell_text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                text
                if index.column() != 1 or row.state is not ApplicationState.RETURNED
                else translate("accounts", "退件補正：等待申請人回覆")
            )
        return text

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][1] is None:
            return
        key = COLUMNS[column][1]
        assert key is not None
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != self.order:
            self.set_order(key, descending)
