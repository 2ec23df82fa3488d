"""The courses of the 出席登錄 page's list: approved and awarded courses in the user's scope, newest first,
searched by code, title or organiser, sorted and paged by the database."""

from __future__ import annotations

from typing import Any

from ntip_desktop.i18n import QT_TRANSLATE_NOOP
from ntip_desktop.labels import label
from ntip_desktop.services import attendance
from ntip_desktop.services.attendance import AttendanceCourse
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.rules.rocdate import format_roc
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.paged_model import Column, Order, PagedSource, PagedTableModel

COLUMNS: tuple[Column[AttendanceCourse], ...] = (
    Column(QT_TRANSLATE_NOOP("views.attendance.course_list", "課程代碼"), lambda r: r.code, "code"),
    Column(QT_TRANSLATE_NOOP("views.attendance.course_list", "狀態"), lambda r: label(r.state)),
    Column(
        QT_TRANSLATE_NOOP("views.attendance.course_list", "日期"),
        lambda r: format_roc(r.start_at.date(), "short"),
        "start_at",
    ),
    Column(QT_TRANSLATE_NOOP("views.attendance.course_list", "研習名稱"), lambda r: r.title, "title"),
    Column(QT_TRANSLATE_NOOP("views.attendance.course_list", "人數"), lambda r: str(r.teachers)),
    Column(QT_TRANSLATE_NOOP("views.attendance.course_list", "開辦單位"), lambda r: r.organizer_name),
)
START_COLUMN = 2


def course_source(user: CurrentUser) -> PagedSource[AttendanceCourse]:
    def rows(session: Any, search: str, order: Order, offset: int, limit: int) -> list[AttendanceCourse]:
        key, descending = order or ("start_at", True)
        return attendance.list_attendance_courses(
            session, user, search, order_by=key, descending=descending, offset=offset, limit=limit
        )

    def count(session: Any, search: str) -> int:
        return attendance.count_attendance_courses(session, user, search)

    return PagedSource(rows, count, key=lambda r: r.id)


class AttendanceCourseModel(PagedTableModel[AttendanceCourse]):
    def __init__(self, runner: TaskRunner, user: CurrentUser, parent: Any = None) -> None:
        super().__init__(
            runner,
            COLUMNS,
            course_source(user),
            "",
            order=("start_at", True),
            context="views.attendance.course_list",
            description=QT_TRANSLATE_NOOP("views.attendance.course_list", "讀取課程"),
            parent=parent,
        )
