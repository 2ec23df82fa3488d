"""Counts by state, read in SQL within the user's scope: the shape every domain's overview shares.

The not-yet-built work pages show them meanwhile; each domain package has its own ``overview`` module.
Qt-free; runs on the task runner's worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ntip_desktop.i18n import tr
from ntip_desktop.models import (
    AwardStatus,
    CertificateState,
    County,
    Course,
    CourseState,
    Organization,
    ReportState,
    Role,
)
from ntip_desktop.services.auth import CurrentUser

COURSE_STATE_LABELS = {
    CourseState.DRAFT: "草稿",
    CourseState.SUBMITTED: "待審核",
    CourseState.RETURNED: "退回補正",
    CourseState.APPROVED: "已核准",
    CourseState.REJECTED: "不予採計",
    CourseState.AWARDED: "已核發時數",
    CourseState.CANCELLED: "已停辦",
}
AWARD_STATUS_LABELS = {
    AwardStatus.AWARDED: "核給時數",
    AwardStatus.CAPPED: "受每日／每週上限減列",
    AwardStatus.VOID_UNEXCUSED: "曠課達三分之一不予核給",
    AwardStatus.NOT_COMPLETED: "未完成",
}
CERTIFICATE_STATE_LABELS = {
    CertificateState.ISSUED: "有效",
    CertificateState.SUPERSEDED: "已失效（時數重算）",
    CertificateState.REVOKED: "已撤銷",
}
REPORT_STATE_LABELS = {
    ReportState.OPEN: "傳報中",
    ReportState.UPLOADED: "已上傳待確認",
    ReportState.CONFIRMED: "已確認",
    ReportState.AMENDING: "更正中",
}


@dataclass(frozen=True)
class CountLine:
    label: str
    count: int
    note: str = ""


@dataclass(frozen=True)
class Section:
    title: str
    lines: tuple[CountLine, ...]


@dataclass(frozen=True)
class Overview:
    """What an overview page shows: sections of counts, and the scope they were counted in."""

    scope: str
    sections: tuple[Section, ...]

    def count(self, label: str) -> int:
        """The count on the line labelled ``label`` (first match), for tests and summaries."""
        return next(line.count for s in self.sections for line in s.lines if line.label == label)


def course_scope(user: CurrentUser) -> list[Any]:
    """Courses a user's counts cover: a clerk's district, a coordinator's organisation, else all."""
    if user.role is Role.DISTRICT_CLERK:
        return [
            Course.organizer_id.in_(
                select(Organization.id).where(Organization.district_center_id == user.district_center_id)
            )
        ]
    if user.role is Role.SCHOOL_COORDINATOR:
        return [Course.organizer_id == user.organization_id]
    return []


def by_state(
    session: Session, column: Any, labels: dict[Any, str], *where: Any, join: Any = None
) -> tuple[CountLine, ...]:
    stmt = select(column, func.count()).group_by(column)
    if join is not None:
        stmt = stmt.join(*join)
    found: dict[Any, int] = dict(session.execute(stmt.where(*where)).all())
    return tuple(CountLine(tr(label), int(found.get(state, 0))) for state, label in labels.items())


def county_scope(user: CurrentUser) -> list[Any]:
    if user.role is Role.DISTRICT_CLERK:
        return [County.district_center_id == user.district_center_id]
    if user.role is Role.SCHOOL_COORDINATOR:
        return [County.code.in_(select(Organization.county_code).where(Organization.id == user.organization_id))]
    return []
