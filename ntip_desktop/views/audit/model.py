"""The audit log's columns and source for the shared paged model: counted and paged in SQL, newest first.

Filtering is done by the database; paging, the row cache and generations are
:class:`~ntip_desktop.views.widgets.paged_model.PagedTableModel`'s.
"""

from __future__ import annotations

from typing import Any

from ntip_desktop.i18n import QT_TRANSLATE_NOOP
from ntip_desktop.services import audit
from ntip_desktop.services.audit import AuditFilter, AuditRow
from ntip_desktop.services.audit_words import (
    ACTION_LABELS,
    ENTITY_LABELS,
    action_label,
    change_lines,
    change_summary,
    label,
    source_label,
    subject,
)
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.rules.rocdate import roc_moment
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.paged_model import Column, Order, PagedSource, PagedTableModel

#: The words of the log (its tables and lines) live in ``services.audit_words``; the desks' 處理紀錄 and
#: the export use the same ones. Re-exported for the views that import them from here.
__all__ = [
    "ACTION_LABELS",
    "COLUMNS",
    "ENTITY_LABELS",
    "AuditTableModel",
    "audit_source",
    "change_lines",
    "change_summary",
    "label",
    "source_label",
]


COLUMNS: tuple[Column[AuditRow], ...] = (
    Column(QT_TRANSLATE_NOOP("audit", "時間"), lambda r: roc_moment(r.at)),
    Column(QT_TRANSLATE_NOOP("audit", "操作者"), lambda r: r.actor_name),
    Column(QT_TRANSLATE_NOOP("audit", "來源"), lambda r: source_label(r.source)),
    Column(QT_TRANSLATE_NOOP("audit", "對象"), subject, tooltip=lambda r: f"{subject(r)}\n{r.entity_id}"),
    Column(QT_TRANSLATE_NOOP("audit", "動作"), lambda r: action_label(r.action)),
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
