"""What the not-yet-built work pages show meanwhile: counts by state, read in SQL, within the user's scope.

Qt-free; runs on the task runner's worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ntip_desktop.i18n import tr
from ntip_desktop.models import (
    Absence,
    AbsenceReason,
    Amendment,
    AwardStatus,
    Certificate,
    CertificateState,
    County,
    Course,
    CourseState,
    Enrollment,
    HourAward,
    Organization,
    ReportMonth,
    ReportState,
    Role,
)
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.rules.rocdate import ROC_OFFSET

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


def _course_scope(user: CurrentUser) -> list[Any]:
    """Courses a user's counts cover: a clerk's district, a coordinator's organisation, else all."""
    if user.role is Role.DISTRICT_CLERK:
        return [Course.organizer_id.in_(select(Organization.id).where(Organization.district_center_id == user.district_center_id))]
    if user.role is Role.SCHOOL_COORDINATOR:
        return [Course.organizer_id == user.organization_id]
    return []


def _by_state(session: Session, column: Any, labels: dict[Any, str], *where: Any, join: Any = None) -> tuple[CountLine, ...]:
    stmt = select(column, func.count()).group_by(column)
    if join is not None:
        stmt = stmt.join(*join)
    found = dict(session.execute(stmt.where(*where)).all())
    return tuple(CountLine(tr(label), int(found.get(state, 0))) for state, label in labels.items())


def courses_overview(session: Session, user: CurrentUser) -> Overview:
    scope = _course_scope(user)
    states = _by_state(session, Course.state, COURSE_STATE_LABELS, *scope)
    return Overview(user.scope_label, (Section(tr("研習課程（依狀態）"), states),))


def attendance_overview(session: Session, user: CurrentUser) -> Overview:
    scope = _course_scope(user)
    open_courses = session.execute(
        select(func.count()).select_from(Course).where(Course.state == CourseState.APPROVED, *scope)
    ).scalar_one()
    enrollments = session.execute(
        select(func.count()).select_from(Enrollment).join(Course, Course.id == Enrollment.course_id).where(*scope)
    ).scalar_one()
    absences = dict(
        session.execute(
            select(Absence.reason, func.count())
            .join(Enrollment, Enrollment.id == Absence.enrollment_id)
            .join(Course, Course.id == Enrollment.course_id)
            .where(*scope)
            .group_by(Absence.reason)
        ).all()
    )
    lines = (
        CountLine(tr("已核准、可登錄出席的研習"), int(open_courses)),
        CountLine(tr("報名人次"), int(enrollments)),
        CountLine(tr("請假紀錄"), int(absences.get(AbsenceReason.LEAVE, 0))),
        CountLine(tr("曠課紀錄"), int(absences.get(AbsenceReason.UNEXCUSED, 0))),
    )
    return Overview(user.scope_label, (Section(tr("研習與出席"), lines),))


def certificates_overview(session: Session, user: CurrentUser) -> Overview:
    scope = _course_scope(user)
    award_join = (Course, Course.id == HourAward.course_id)
    awards = _by_state(session, HourAward.status, AWARD_STATUS_LABELS, *scope, join=award_join)
    hours = session.execute(
        select(func.coalesce(func.sum(HourAward.hours), 0)).join(*award_join).where(*scope)
    ).scalar_one()
    certificates = _certificates_in_scope(session, scope)
    return Overview(
        user.scope_label,
        (
            Section(tr("研習時數（依核算結果，人次）"), (*awards, CountLine(tr("核給時數合計（小時）"), int(hours)))),
            Section(tr("研習時數證明"), certificates),
        ),
    )


def _certificates_in_scope(session: Session, scope: list[Any]) -> tuple[CountLine, ...]:
    stmt = (
        select(Certificate.state, func.count())
        .join(HourAward, HourAward.id == Certificate.award_id)
        .join(Course, Course.id == HourAward.course_id)
        .where(*scope)
        .group_by(Certificate.state)
    )
    found = dict(session.execute(stmt).all())
    return tuple(CountLine(tr(label), int(found.get(state, 0))) for state, label in CERTIFICATE_STATE_LABELS.items())


def _county_scope(user: CurrentUser) -> list[Any]:
    if user.role is Role.DISTRICT_CLERK:
        return [County.district_center_id == user.district_center_id]
    if user.role is Role.SCHOOL_COORDINATOR:
        return [County.code.in_(select(Organization.county_code).where(Organization.id == user.organization_id))]
    return []


def reports_overview(session: Session, user: CurrentUser, *, recent: int = 6) -> Overview:
    scope = _county_scope(user)
    join = (County, County.code == ReportMonth.county_code)
    states = _by_state(session, ReportMonth.state, REPORT_STATE_LABELS, *scope, join=join)
    amendments = session.execute(
        select(func.count()).select_from(Amendment).join(ReportMonth, ReportMonth.id == Amendment.report_month_id)
        .join(*join).where(*scope)
    ).scalar_one()  # fmt: skip
    latest = session.execute(
        select(ReportMonth.year, ReportMonth.month, County.name, ReportMonth.state, ReportMonth.records)
        .join(*join).where(*scope)
        .order_by(ReportMonth.year.desc(), ReportMonth.month.desc(), County.code)
        .limit(recent)
    ).all()  # fmt: skip
    months = tuple(
        CountLine(
            tr("{year}年{month}月 {county}").format(year=year - ROC_OFFSET, month=month, county=county),
            int(records),
            tr(REPORT_STATE_LABELS[state]),
        )
        for year, month, county, state, records in latest
    )
    sections = [
        Section(tr("月報（依狀態，縣市×月份）"), (*states, CountLine(tr("更正案件"), int(amendments)))),
    ]
    if months:
        sections.append(Section(tr("最近的月報（傳報筆數）"), months))
    return Overview(user.scope_label, tuple(sections))
