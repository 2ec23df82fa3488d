"""The reviewer's queue of courses: its columns and source for the shared paged model.

Filtering and sorting are the database's (``services.courses.list_courses``); paging, the row cache and
generations are :class:`~ntip_desktop.views.widgets.paged_model.PagedTableModel`'s.
"""

from __future__ import annotations

from typing import Any

from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.labels import label
from ntip_desktop.services import courses
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.courses import CourseFilter, CourseRow
from ntip_desktop.services.rules.rocdate import format_roc_datetime
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.paged_model import Column, Order, PagedSource, PagedTableModel


def title_text(row: CourseRow) -> str:
    """The title with its session marker when the title does not carry it already (第2場)."""
    if row.session_label and row.session_label not in row.title:
        return f"{row.title}（{row.session_label}）"
    return row.title


def _failing_text(row: CourseRow) -> str:
    return str(row.failing) if row.failing else ""


def _failing_tip(row: CourseRow) -> str:
    if not row.failing:
        return translate("courses", "沒有不符的檢核項目（或尚未檢核）")
    return translate("courses", "{n} 項檢核不符").format(n=row.failing)


def _when(row: CourseRow) -> str:
    return format_roc_datetime(row.start_at)


COLUMNS: tuple[Column[CourseRow], ...] = (
    Column(QT_TRANSLATE_NOOP("courses", "課程代碼"), lambda r: r.code, "code"),
    Column(QT_TRANSLATE_NOOP("courses", "狀態"), lambda r: label(r.state), "state"),
    Column(QT_TRANSLATE_NOOP("courses", "不符"), _failing_text, None, _failing_tip),
    Column(QT_TRANSLATE_NOOP("courses", "開始時間"), _when, "start_at"),
    Column(QT_TRANSLATE_NOOP("courses", "研習名稱"), title_text, "title"),
    Column(QT_TRANSLATE_NOOP("courses", "開辦單位"), lambda r: r.organizer_name, "organizer"),
    Column(QT_TRANSLATE_NOOP("courses", "縣市"), lambda r: r.county_name),
)
START_COLUMN = 3


def queue_source(user: CurrentUser) -> PagedSource[CourseRow]:
    """The courses in ``user``'s scope, filtered and sorted by the database."""

    def rows(session: Any, f: CourseFilter, order: Order, offset: int, limit: int) -> list[CourseRow]:
        key, descending = order or ("start_at", False)
        return courses.list_courses(session, user, f, order_by=key, descending=descending, offset=offset, limit=limit)

    def count(session: Any, f: CourseFilter) -> int:
        return courses.count_courses(session, user, f)

    return PagedSource(rows, count, key=lambda r: r.id)


class CourseQueueModel(PagedTableModel[CourseRow]):
    """Courses matching a filter, in the chosen order, fetched page by page through the runner."""

    def __init__(self, runner: TaskRunner, user: CurrentUser, f: CourseFilter, parent: Any = None) -> None:
        super().__init__(
            runner,
            COLUMNS,
            queue_source(user),
            f,
            order=("start_at", False),
            context="courses",
            description=QT_TRANSLATE_NOOP("courses", "讀取研習課程"),
            parent=parent,
        )

    @property
    def filter(self) -> CourseFilter:
        query: CourseFilter = self.query
        return query

    def set_filter(self, f: CourseFilter) -> int:
        return self.set_query(f)
