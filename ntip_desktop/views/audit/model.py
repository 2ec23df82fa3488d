"""The audit log as a lazily fetched table: counted and paged in SQL, newest first, a page at a time.

The model keeps the rows fetched so far (and their sequence numbers) and asks the task runner for the
next page when the view scrolls to the end (``canFetchMore``/``fetchMore``). Filtering is done by the
database; a new filter or a relevant ``Changes`` resets the model.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ntip_desktop.labels import label as vocabulary_label
from ntip_desktop.services import audit
from ntip_desktop.services.audit import AuditFilter, AuditRow
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.rules.rocdate import roc_moment
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.vocabulary import AuditSource


def source_label(code: str) -> str:
    """The name of an audit source code (``ui``, ``cli`` …; texts in ntip_desktop.labels), or the code itself."""
    try:
        return vocabulary_label(AuditSource(code))
    except ValueError:
        return code


ENTITY_LABELS = {
    "office_user": QT_TRANSLATE_NOOP("audit", "使用者"),
    "account_application": QT_TRANSLATE_NOOP("audit", "帳號申請"),
    "account": QT_TRANSLATE_NOOP("audit", "帳號"),
    "fax_check": QT_TRANSLATE_NOOP("audit", "傳真核章"),
    "course": QT_TRANSLATE_NOOP("audit", "研習課程"),
    "segment": QT_TRANSLATE_NOOP("audit", "課程時段"),
    "enrollment": QT_TRANSLATE_NOOP("audit", "報名"),
    "absence": QT_TRANSLATE_NOOP("audit", "缺課"),
    "hour_award": QT_TRANSLATE_NOOP("audit", "研習時數"),
    "certificate": QT_TRANSLATE_NOOP("audit", "時數證明"),
    "rule_set": QT_TRANSLATE_NOOP("audit", "規則集"),
    "organization": QT_TRANSLATE_NOOP("audit", "機關學校"),
    "district_center": QT_TRANSLATE_NOOP("audit", "區管中心"),
    "county": QT_TRANSLATE_NOOP("audit", "縣市"),
    "teacher": QT_TRANSLATE_NOOP("audit", "教師"),
    "report_month": QT_TRANSLATE_NOOP("audit", "月報"),
    "amendment": QT_TRANSLATE_NOOP("audit", "月報更正"),
}
ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("audit", "新增"),
    "submit": QT_TRANSLATE_NOOP("audit", "送出申請"),
    "receive_fax": QT_TRANSLATE_NOOP("audit", "收件"),
    "approve": QT_TRANSLATE_NOOP("audit", "核准"),
    "reject": QT_TRANSLATE_NOOP("audit", "駁回"),
    "return": QT_TRANSLATE_NOOP("audit", "退件補正"),
    "answer_return": QT_TRANSLATE_NOOP("audit", "補正回覆"),
    "fax_check": QT_TRANSLATE_NOOP("audit", "核章檢查"),
    "change_password": QT_TRANSLATE_NOOP("audit", "變更密碼"),
    "adjust": QT_TRANSLATE_NOOP("audit", "調整參數"),
    "award": QT_TRANSLATE_NOOP("audit", "核發時數"),
    "recompute": QT_TRANSLATE_NOOP("audit", "重新計算"),
    "supersede": QT_TRANSLATE_NOOP("audit", "失效"),
    "demo_seed": QT_TRANSLATE_NOOP("audit", "建立示範資料"),
}

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("audit", text)


def label(labels: dict[str, str], code: str) -> str:
    """The Chinese name of a code, or the code itself when it has none."""
    return _tr(labels[code]) if code in labels else code


def short_id(entity_id: str) -> str:
    return entity_id[:8] + "…" if _UUID.match(entity_id) else entity_id


def plain_value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return _tr("是") if value else _tr("否")
    return str(value)


def change_lines(row: AuditRow) -> list[tuple[str, str, str]]:
    """(field, old, new) for every field the entry mentions, old first."""
    old, new = row.old or {}, row.new or {}
    keys = list(old) + [k for k in new if k not in old]
    return [
        (k, plain_value(old.get(k)) if k in old else "—", plain_value(new.get(k)) if k in new else "—") for k in keys
    ]


def change_summary(row: AuditRow, limit: int = 120) -> str:
    """One line for the table: ``state：pending_fax → approved；…`` (a created record lists its values)."""
    if row.old is None:
        parts = [f"{k}：{v}" for k, _, v in change_lines(row)]
    else:
        parts = [f"{k}：{a} → {b}" for k, a, b in change_lines(row)]
    text = "；".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "…"


COLUMNS = (
    QT_TRANSLATE_NOOP("audit", "時間"),
    QT_TRANSLATE_NOOP("audit", "操作者"),
    QT_TRANSLATE_NOOP("audit", "來源"),
    QT_TRANSLATE_NOOP("audit", "對象"),
    QT_TRANSLATE_NOOP("audit", "動作"),
    QT_TRANSLATE_NOOP("audit", "原值→新值"),
    QT_TRANSLATE_NOOP("audit", "原因"),
)


def _read_first_page(f: AuditFilter, user: CurrentUser, size: int, session: Any) -> tuple[int, list[AuditRow]]:
    user.require(Permission.VIEW_AUDIT)
    return audit.count_entries(session, f), audit.list_entries(session, f, offset=0, limit=size)


def _read_page(f: AuditFilter, user: CurrentUser, offset: int, size: int, session: Any) -> list[AuditRow]:
    user.require(Permission.VIEW_AUDIT)
    return audit.list_entries(session, f, offset=offset, limit=size)


class AuditTableModel(QAbstractTableModel):
    """Audit entries matching a filter, newest first, fetched a page at a time through the task runner."""

    #: The count or another page arrived.
    loaded = Signal()
    #: Reading failed (e.g. the role may not read the audit log): the message to show.
    failed = Signal(str)

    PAGE_SIZE = 200

    def __init__(self, runner: TaskRunner, user: CurrentUser, parent: Any = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._user = user
        self.filter = AuditFilter()
        self._rows: list[AuditRow] = []
        self._seqs: set[int] = set()
        self._total = 0
        self._generation = 0
        self._fetching = False

    # --- state ------------------------------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many entries match the filter (counted in SQL)."""
        return self._total

    @property
    def loading(self) -> bool:
        return self._fetching

    def entry(self, row: int) -> AuditRow:
        return self._rows[row]

    def reload(self, f: AuditFilter | None = None) -> None:
        """Start over (new filter, or the log changed): count, then fetch the first page."""
        if f is not None:
            self.filter = f
        self._generation += 1
        self.beginResetModel()
        self._rows, self._seqs, self._total = [], set(), 0
        self._fetching = True
        self.endResetModel()
        self._runner.run(
            partial(_read_first_page, self.filter, self._user, self.PAGE_SIZE),
            on_done=partial(self._first_page, self._generation),
            on_error=partial(self._failed, self._generation),
            description=_tr("讀取稽核紀錄"),
        )

    def _first_page(self, generation: int, result: tuple[int, list[AuditRow]]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._total = result[0]
        self._append(result[1])
        self.loaded.emit()

    def _next_page(self, generation: int, rows: list[AuditRow]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if not self._append(rows):
            self._total = len(self._rows)  # the log ended early: stop asking
        self.loaded.emit()

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self.failed.emit(getattr(exc, "message", str(exc)))

    def _append(self, rows: list[AuditRow]) -> int:
        fresh = [r for r in rows if r.seq not in self._seqs]  # entries written meanwhile shift the pages
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self._seqs.update(r.seq for r in fresh)
            self.endInsertRows()
        return len(fresh)

    # --- Qt model API -----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        self._runner.run(
            partial(_read_page, self.filter, self._user, len(self._rows), self.PAGE_SIZE),
            on_done=partial(self._next_page, self._generation),
            on_error=partial(self._failed, self._generation),
            description=_tr("讀取稽核紀錄"),
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return _tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (3, 5, 6):
            if index.column() == 3:
                return f"{label(ENTITY_LABELS, row.entity)} {row.entity_id}"
            if index.column() == 5:
                return change_summary(row, limit=2000)
            return row.reason or None
        return None

    def _display(self, row: AuditRow, column: int) -> str | None:
        if column == 0:
            return roc_moment(row.at)
        if column == 1:
            return row.actor_name
        if column == 2:
            return source_label(row.source)
        if column == 3:
            return f"{label(ENTITY_LABELS, row.entity)} {short_id(row.entity_id)}"
        if column == 4:
            return label(ACTION_LABELS, row.action)
        if column == 5:
            return change_summary(row)
        if column == 6:
            return row.reason
        return None
