"""The audit log's columns and source for the shared paged model: counted and paged in SQL, newest first.

Filtering is done by the database; paging, the row cache and generations are
:class:`~ntip_desktop.views.widgets.paged_model.PagedTableModel`'s.
"""

from __future__ import annotations

import re
from typing import Any

from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.labels import label as vocabulary_label
from ntip_desktop.services import audit
from ntip_desktop.services.audit import AuditFilter, AuditRow
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.rules.rocdate import roc_moment
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.paged_model import Column, Order, PagedSource, PagedTableModel
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
    "attendance": QT_TRANSLATE_NOOP("audit", "出缺席"),
    "hour_award": QT_TRANSLATE_NOOP("audit", "研習時數"),
    "certificate": QT_TRANSLATE_NOOP("audit", "時數證明"),
    "rule_set": QT_TRANSLATE_NOOP("audit", "規則集"),
    "organization": QT_TRANSLATE_NOOP("audit", "機關學校"),
    "district_center": QT_TRANSLATE_NOOP("audit", "區管中心"),
    "county": QT_TRANSLATE_NOOP("audit", "縣市"),
    "teacher": QT_TRANSLATE_NOOP("audit", "教師"),
    "report_month": QT_TRANSLATE_NOOP("audit", "月報"),
    "amendment": QT_TRANSLATE_NOOP("audit", "月報更正"),
    "course_import": QT_TRANSLATE_NOOP("audit", "課程匯入"),
    "external_courses": QT_TRANSLATE_NOOP("audit", "他站課程清單"),
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
    "change_contact": QT_TRANSLATE_NOOP("audit", "變更承辦人"),
    "resubmit": QT_TRANSLATE_NOOP("audit", "補正後送審"),
    "take": QT_TRANSLATE_NOOP("audit", "開始審核"),
    "override_check": QT_TRANSLATE_NOOP("audit", "變更檢核結果"),
    "answer_check": QT_TRANSLATE_NOOP("audit", "人工判斷"),
    "record_consent": QT_TRANSLATE_NOOP("audit", "登錄同意文號"),
    "update": QT_TRANSLATE_NOOP("audit", "修改"),
    "correct": QT_TRANSLATE_NOOP("audit", "更正"),
    "import": QT_TRANSLATE_NOOP("audit", "匯入"),
    "delete": QT_TRANSLATE_NOOP("audit", "刪除"),
    "upload": QT_TRANSLATE_NOOP("audit", "上傳"),
    "confirm": QT_TRANSLATE_NOOP("audit", "確認"),
    "open_amendment": QT_TRANSLATE_NOOP("audit", "開啟更正"),
    "reconfirm": QT_TRANSLATE_NOOP("audit", "重新確認"),
    "roll_taken": QT_TRANSLATE_NOOP("audit", "其餘出席"),
    "sign_in_failed": QT_TRANSLATE_NOOP("audit", "登入失敗"),
    "unlock": QT_TRANSLATE_NOOP("audit", "解除登入鎖定"),
}

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _tr(text: str) -> str:
    return translate("audit", text)


def label(labels: dict[str, str], code: str) -> str:
    """The Chinese name of a code, or the code itself when it has none."""
    return _tr(labels[code]) if code in labels else code


def short_id(entity_id: str) -> str:
    return entity_id[:8] + "…" if _UUID.match(entity_id) else entity_id


def plain_value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return translate("audit", "是") if value else translate("audit", "否")
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


def _entity_text(row: AuditRow) -> str:
    return f"{label(ENTITY_LABELS, row.entity)} {short_id(row.entity_id)}"


COLUMNS: tuple[Column[AuditRow], ...] = (
    Column(QT_TRANSLATE_NOOP("audit", "時間"), lambda r: roc_moment(r.at)),
    Column(QT_TRANSLATE_NOOP("audit", "操作者"), lambda r: r.actor_name),
    Column(QT_TRANSLATE_NOOP("audit", "來源"), lambda r: source_label(r.source)),
    Column(
        QT_TRANSLATE_NOOP("audit", "對象"),
        _entity_text,
        tooltip=lambda r: f"{label(ENTITY_LABELS, r.entity)} {r.entity_id}",
    ),
    Column(QT_TRANSLATE_NOOP("audit", "動作"), lambda r: label(ACTION_LABELS, r.action)),
    Column(QT_TRANSLATE_NOOP("audit", "原值→新值"), change_summary, tooltip=lambda r: change_summary(r, limit=2000)),
    Column(QT_TRANSLATE_NOOP("audit", "原因"), lambda r: r.reason, tooltip=lambda r: r.reason or None),
)


def audit_source(user: CurrentUser) -> PagedSource[AuditRow]:
    """Entries matching a filter, newest first; only for roles that may read the log."""

    def rows(session: Any, f: AuditFilter, _order: Order, offset: int, limit: int) -> list[AuditRow]:
        return audit.list_entries(session, user, f, offset=offset, limit=limit)

    def count(session: Any, f: AuditFilter) -> int:
        return audit.count_entries(session, user, f)

    return PagedSource(rows, count, key=lambda r: r.seq)


class AuditTableModel(PagedTableModel[AuditRow]):
    """Audit entries matching a filter, newest first, fetched a page at a time through the task runner."""

    PAGE_SIZE = 200

    def __init__(self, runner: TaskRunner, user: CurrentUser, parent: Any = None) -> None:
        super().__init__(
            runner,
            COLUMNS,
            audit_source(user),
            AuditFilter(),
            context="audit",
            description=QT_TRANSLATE_NOOP("audit", "讀取稽核紀錄"),
            parent=parent,
        )

    @property
    def filter(self) -> AuditFilter:
        query: AuditFilter = self.query
        return query

    def entry(self, row: int) -> AuditRow | None:
        return self.row_at(row)
