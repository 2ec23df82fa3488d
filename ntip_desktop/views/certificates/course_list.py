"""The courses of the 時數證明 page's list: awarded courses, newest first, with their certificates counted
(current, superseded, awards still without one), searched by code or title, sorted and paged by the database."""

from __future__ import annotations

from typing import Any

from ntip_desktop.i18n import QT_TRANSLATE_NOOP
from ntip_desktop.services import certificates
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.certificates import CertificateCourse
from ntip_desktop.services.rules.rocdate import format_roc
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.paged_model import Column, Order, PagedSource, PagedTableModel

COLUMNS: tuple[Column[CertificateCourse], ...] = (
    Column(QT_TRANSLATE_NOOP("views.certificates.course_list", "課程代碼"), lambda r: r.code, "code"),
    Column(
        QT_TRANSLATE_NOOP("views.certificates.course_list", "日期"),
        lambda r: format_roc(r.start_at.date(), "short"),
        "start_at",
    ),
    Column(QT_TRANSLATE_NOOP("views.certificates.course_list", "研習名稱"), lambda r: r.title, "title"),
    Column(QT_TRANSLATE_NOOP("views.certificates.course_list", "核給"), lambda r: str(r.awards)),
    Column(QT_TRANSLATE_NOOP("views.certificates.course_list", "有效"), lambda r: str(r.issued)),
    Column(QT_TRANSLATE_NOOP("views.certificates.course_list", "已失效"), lambda r: str(r.superseded)),
    Column(QT_TRANSLATE_NOOP("views.certificates.course_list", "未發"), lambda r: str(r.pending) if r.pending else ""),
)
START_COLUMN = 1
#: Where the counts start (right-aligned, narrow).
FIRST_COUNT = 3


def course_source(user: CurrentUser) -> PagedSource[CertificateCourse]:
    def rows(session: Any, search: str, order: Order, offset: int, limit: int) -> list[CertificateCourse]:
        key, descending = order or ("start_at", True)
        return certificates.list_certificate_courses(
            session, user, search, order_by=key, descending=descending, offset=offset, limit=limit
        )

    def count(session: Any, search: str) -> int:
        return certificates.count_certificate_courses(session, user, search)

    return PagedSource(rows, count, key=lambda r: r.id)


class CertificateCourseModel(PagedTableModel[CertificateCourse]):
    def __init__(self, runner: TaskRunner, user: CurrentUser, parent: Any = None) -> None:
        super().__init__(
            runner,
            COLUMNS,
            course_source(user),
            "",
            order=("start_at", True),
            context="views.certificates.course_list",
            description=QT_TRANSLATE_NOOP("views.certificates.course_list", "讀取課程"),
            parent=parent,
        )
