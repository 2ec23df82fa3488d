"""What the 時數證明 page lists: awarded courses with their certificate counts, a course's awards with their
certificates, and certificates as rows; filtered, ordered and paged in SQL.

Certificate staff and the administrator act for every county (docs/certificates.md), so their scope is every
course; anyone else is refused, as by every certificate service.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.models import (
    AwardStatus,
    Certificate,
    CertificateState,
    Course,
    CourseState,
    Enrollment,
    HourAward,
    Organization,
    Teacher,
)
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.certificates.codes import format_code
from ntip_desktop.services.courses import load_course
from ntip_desktop.services.rules.ids import mask_id


@dataclass(frozen=True)
class CertificateRow:
    id: uuid.UUID
    number: str
    code: str  #: as printed
    state: CertificateState
    holder_name: str
    holder_id: str  #: masked
    course_code: str
    course_title: str
    hours: int
    issued_at: datetime
    end_reason: str


def list_certificates(
    session: Session,
    user: CurrentUser,
    course_code: str | None = None,
    state: CertificateState | None = None,
    *,
    offset: int = 0,
    limit: int | None = None,
) -> list[CertificateRow]:
    """Certificates (of one course, in one state, or all), newest number first within an office and year."""
    user.require(Permission.ISSUE_CERTIFICATES)
    stmt = select(Certificate).join(HourAward, HourAward.id == Certificate.award_id)
    if course_code is not None:
        stmt = stmt.where(HourAward.course_id == load_course(session, course_code).id)
    if state is not None:
        stmt = stmt.where(Certificate.state == state)
    stmt = stmt.join(Course, Course.id == HourAward.course_id).order_by(
        Certificate.roc_year.desc(), Certificate.office_code, Certificate.serial.desc()
    )
    stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        CertificateRow(
            c.id,
            c.number,
            format_code(c.code),
            c.state,
            c.snapshot.get("holder_name", ""),
            c.snapshot.get("holder_id", ""),
            c.snapshot.get("course_code", ""),
            c.snapshot.get("course_title", ""),
            c.hours,
            c.issued_at,
            c.end_reason or "",
        )
        for c in session.execute(stmt).scalars()
    ]


# --- the page's course list ----------------------------------------------------------------------------

#: Award outcomes a certificate can state (the others get none: HRS-4, not completed).
CERTIFIABLE_STATUSES = (AwardStatus.AWARDED, AwardStatus.CAPPED)


@dataclass(frozen=True)
class CertificateCourse:
    """One awarded course of the page's list, with its certificates counted."""

    id: uuid.UUID
    code: str
    title: str
    organizer_name: str
    start_at: datetime
    awards: int  #: teachers awarded more than 0 hours
    issued: int  #: current certificates
    superseded: int  #: certificates replaced (hours changed, or re-issued)
    pending: int  #: awards with hours and no current certificate, that a batch would take up


#: The orders the list offers: key → column.
ORDERS = {"start_at": Course.start_at, "code": Course.code, "title": Course.title}

S = TypeVar("S", bound=Select[Any])


def _certificates_of(state: CertificateState) -> Any:
    return (
        select(func.count())
        .select_from(Certificate)
        .join(HourAward, HourAward.id == Certificate.award_id)
        .where(HourAward.course_id == Course.id, Certificate.state == state)
        .scalar_subquery()
    )


def _pending() -> Any:
    """Awards of the course with hours and a certifiable outcome, with no current certificate and not revoked
    last (a batch does not re-issue a revoked one)."""
    current = aliased(Certificate)
    revoked = aliased(Certificate)
    return (
        select(func.count())
        .select_from(HourAward)
        .where(
            HourAward.course_id == Course.id,
            HourAward.hours > 0,
            HourAward.status.in_(CERTIFIABLE_STATUSES),
            ~exists().where(current.award_id == HourAward.id, current.state == CertificateState.ISSUED),
            ~exists().where(
                revoked.award_id == HourAward.id,
                revoked.state == CertificateState.REVOKED,
                revoked.superseded_by_id.is_(None),
            ),
        )
        .scalar_subquery()
    )


def _matching(stmt: S, search: str) -> S:
    text = search.strip()
    if not text:
        return stmt
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return stmt.where(or_(Course.code == text.upper(), Course.title.like(pattern, escape="\\")))


def list_certificate_courses(
    session: Session,
    user: CurrentUser,
    search: str = "",
    *,
    order_by: str = "start_at",
    descending: bool = True,
    offset: int = 0,
    limit: int = 100,
) -> list[CertificateCourse]:
    """Awarded courses whose code is ``search`` or whose title contains it, in the chosen order (newest first
    by default), with their certificates counted: issued, superseded, and awards still without one."""
    user.require(Permission.ISSUE_CERTIFICATES)
    column = ORDERS.get(order_by, Course.start_at)
    awarded = (
        select(func.count())
        .select_from(HourAward)
        .where(HourAward.course_id == Course.id, HourAward.hours > 0)
        .scalar_subquery()
    )
    stmt = (
        select(
            Course.id,
            Course.code,
            Course.title,
            Organization.name,
            Course.start_at,
            awarded,
            _certificates_of(CertificateState.ISSUED),
            _certificates_of(CertificateState.SUPERSEDED),
            _pending(),
        )
        .join(Organization, Organization.id == Course.organizer_id)
        .where(Course.state == CourseState.AWARDED)
    )
    stmt = _matching(stmt, search)
    stmt = stmt.order_by(column.desc() if descending else column.asc(), Course.code).offset(offset).limit(limit)
    return [CertificateCourse(*row) for row in session.execute(stmt).all()]


def count_certificate_courses(session: Session, user: CurrentUser, search: str = "") -> int:
    user.require(Permission.ISSUE_CERTIFICATES)
    stmt = select(func.count()).select_from(Course).where(Course.state == CourseState.AWARDED)
    return int(session.execute(_matching(stmt, search)).scalar_one())


# --- one course's awards and certificates ----------------------------------------------------------------


@dataclass(frozen=True)
class AwardLine:
    """One teacher's award in a course, and the award's latest certificate (if any)."""

    award_id: uuid.UUID
    seat: int | None
    teacher_name: str
    holder_id: str  #: masked
    school: str
    hours: int
    status: AwardStatus
    number: str = ""  #: the latest certificate's number, "" when none was ever issued
    state: CertificateState | None = None
    code: str = ""  #: as printed
    issued_at: datetime | None = None
    end_reason: str = ""
    #: Numbers of the award's earlier certificates, oldest first.
    earlier: tuple[str, ...] = ()

    @property
    def certifiable(self) -> bool:
        return self.hours > 0 and self.status in CERTIFIABLE_STATUSES


@dataclass(frozen=True)
class CourseCertificates:
    """An awarded course as the page shows it: heading facts and one line per award."""

    course_id: uuid.UUID
    code: str
    title: str
    organizer_name: str
    start_at: datetime
    end_at: datetime
    lines: tuple[AwardLine, ...]

    @property
    def issued(self) -> int:
        return sum(1 for line in self.lines if line.state is CertificateState.ISSUED)

    @property
    def pending(self) -> int:
        return sum(
            1
            for line in self.lines
            if line.certifiable and line.state not in (CertificateState.ISSUED, CertificateState.REVOKED)
        )


def course_certificates(session: Session, user: CurrentUser, course: uuid.UUID | str) -> CourseCertificates:
    """The awards of an awarded course (by id, or by its code as typed) with each one's certificates."""
    user.require(Permission.ISSUE_CERTIFICATES)
    found = load_course(session, course)
    if found.state is not CourseState.AWARDED:
        raise UserError(
            translate(
                "services.certificates.listing",
                "課程 {code} 目前為「{state}」，尚未核發時數；請先在「出席登錄」核發時數後再發給證明。",
            ).format(code=found.code, state=label(found.state)),
            field="code",
        )
    rows = session.execute(
        select(HourAward, Teacher, Organization.name, Enrollment.seat_no)
        .join(Teacher, Teacher.id == HourAward.teacher_id)
        .outerjoin(Organization, Organization.id == Teacher.organization_id)
        .outerjoin(
            Enrollment, and_(Enrollment.course_id == HourAward.course_id, Enrollment.teacher_id == HourAward.teacher_id)
        )
        .where(HourAward.course_id == found.id)
        .order_by(Enrollment.seat_no, Teacher.name)
    ).all()
    history: dict[uuid.UUID, list[Certificate]] = {}
    for cert in session.execute(
        select(Certificate)
        .join(HourAward, HourAward.id == Certificate.award_id)
        .where(HourAward.course_id == found.id)
        .order_by(Certificate.issued_at, Certificate.serial)
    ).scalars():
        history.setdefault(cert.award_id, []).append(cert)
    lines = []
    for award, teacher, school, seat in rows:
        certs = history.get(award.id, [])
        latest = certs[-1] if certs else None
        lines.append(
            AwardLine(
                award_id=award.id,
                seat=seat,
                teacher_name=teacher.name,
                holder_id=mask_id(teacher.national_id),
                school=school or "",
                hours=award.hours,
                status=award.status,
                number=latest.number if latest else "",
                state=latest.state if latest else None,
                code=format_code(latest.code) if latest else "",
                issued_at=latest.issued_at if latest else None,
                end_reason=(latest.end_reason or "") if latest else "",
                earlier=tuple(c.number for c in certs[:-1]),
            )
        )
    return CourseCertificates(
        found.id, found.code, found.title, found.organizer.name, found.start_at, found.end_at, tuple(lines)
    )
