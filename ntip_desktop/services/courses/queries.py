"""Reading courses for the review desk: the queue, its counts by state, and one course in full.

Filtering, ordering and paging happen in SQL; results are plain frozen dataclasses, never ORM objects, so
views can hold them. Who sees what (the queue's scope):

- a district clerk: the courses routed to the units they review for (Art 11, ``access.units_of``) that
  have been submitted at least once (no drafts);
- a school coordinator: their organisation's courses, drafts included;
- the administrator: every course.

Speed (50,000 courses): the queue in start order is a merge of one index range per (unit, state)
(``ix_courses_review_unit_state_start``, migration 0005), each read only as far as the page needs; the
「檢核不符」 filter reads ``ix_review_items_check_id_outcome``; counts by state are one grouped query.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import false, func, or_, select, union_all
from sqlalchemy.orm import Session

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import (
    County,
    Course,
    CourseReview,
    CourseState,
    Delivery,
    OfficeUser,
    Organization,
    ReviewItem,
    Role,
    SegmentKind,
)
from ntip_desktop.services import audit
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.courses.access import ENTITY, check_course_access, load_course, unit_name, units_of
from ntip_desktop.services.courses.checks import (
    MANUAL_CHECKS,
    OPEN_STATES,
    check_title,
    course_review,
    items_in_order,
    run_checks,
    segments_of,
)
from ntip_desktop.services.courses.decisions import WORKFLOW
from ntip_desktop.services.rules.checklist_text import base_title
from ntip_desktop.vocabulary import CheckOutcome

C = Course
O = Organization  # noqa: E741

#: The states a reviewer works on (the queue's default filter).
AWAITING_REVIEW = (CourseState.SUBMITTED, CourseState.IN_REVIEW)


@dataclass(frozen=True)
class CourseFilter:
    """What the queue shows. Empty fields do not filter."""

    states: tuple[CourseState, ...] = ()
    county_code: str = ""  #: the organiser's county
    organizer: str = ""  #: organiser code (exact) or part of its name
    start_from: date | None = None  #: first day, inclusive
    start_to: date | None = None  #: first day, inclusive
    failing_check: str = ""  #: a check id: only courses whose stored review fails it
    text: str = ""  #: course code (exact, as typed) or part of the title


@dataclass(frozen=True)
class CourseRow:
    """One line of the queue."""

    id: uuid.UUID
    code: str
    title: str
    session_label: str
    state: CourseState
    organizer_name: str
    organizer_code: str
    county_name: str
    start_at: datetime
    end_at: datetime
    review_unit: str | None
    failing: int  #: checks of the stored review at 不符 (0 when not reviewed yet)
    version: int


#: Sort keys the queue offers (column → SQL expression).
SORT_KEYS = {
    "code": C.code,
    "title": C.title,
    "state": C.state,
    "organizer": O.name,
    "start_at": C.start_at,
}

_ROW_COLUMNS = (
    C.id,
    C.code,
    C.title,
    C.session_label,
    C.state,
    O.name,
    O.code,
    County.name,
    C.start_at,
    C.end_at,
    C.review_unit,
    C.version,
)


def _scope(session: Session, user: CurrentUser) -> tuple[list[Any], list[str] | None]:
    """WHERE terms of ``user``'s scope, and the units a clerk's queue is read by (None: not by unit)."""
    check_course_access(user)
    if user.role is Role.ADMIN:
        return [], None
    if user.role is Role.DISTRICT_CLERK:
        units = units_of(session, user) or []
        return [C.state != CourseState.DRAFT], units
    if user.role is Role.SCHOOL_COORDINATOR and user.organization_id is not None:
        return [C.organizer_id == user.organization_id], None
    return [false()], None


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(0))


def _conditions(f: CourseFilter) -> list[Any]:
    """WHERE terms of the filter on the courses table alone (organiser terms as ``organizer_id IN (…)``)."""
    conds: list[Any] = []
    orgs: list[Any] = []
    if f.county_code:
        orgs.append(O.county_code == f.county_code)
    org_text = f.organizer.strip()
    if org_text:
        orgs.append(or_(O.code == org_text, O.name.contains(org_text, autoescape=True)))
    if orgs:
        conds.append(C.organizer_id.in_(select(O.id).where(*orgs)))
    if f.start_from:
        conds.append(C.start_at >= _day_start(f.start_from))
    if f.start_to:
        conds.append(C.start_at < _day_start(f.start_to + timedelta(days=1)))
    if f.failing_check:
        conds.append(
            C.id.in_(
                select(CourseReview.course_id)
                .join(ReviewItem, ReviewItem.review_id == CourseReview.id)
                .where(ReviewItem.check_id == f.failing_check, ReviewItem.outcome == CheckOutcome.FAIL)
            )
        )
    text = f.text.strip()
    if text:
        conds.append(or_(C.code == text.upper().replace(" ", ""), C.title.contains(text, autoescape=True)))
    return conds


def _where(session: Session, user: CurrentUser, f: CourseFilter) -> tuple[list[Any], list[str] | None]:
    scope, units = _scope(session, user)
    return [*scope, *_conditions(f)], units


def count_courses(session: Session, user: CurrentUser, f: CourseFilter = CourseFilter()) -> int:
    """How many courses of ``user``'s scope match ``f``."""
    conds, units = _where(session, user, f)
    stmt = select(func.count()).select_from(C).where(*conds)
    if units is not None:
        stmt = stmt.where(C.review_unit.in_(units))
    if f.states:
        stmt = stmt.where(C.state.in_(f.states))
    return session.execute(stmt).scalar_one()


def counts_by_state(session: Session, user: CurrentUser, f: CourseFilter = CourseFilter()) -> dict[CourseState, int]:
    """Courses of ``user``'s scope matching ``f`` apart from its states, per state (every state, zeros too)."""
    conds, units = _where(session, user, f)
    stmt = select(C.state, func.count()).where(*conds).group_by(C.state)
    if units is not None:
        stmt = stmt.where(C.review_unit.in_(units))
    found = {CourseState(state): int(n) for state, n in session.execute(stmt)}
    return {state: found.get(state, 0) for state in CourseState}


def _narrow(f: CourseFilter) -> bool:
    """The filter keeps few courses of each (unit, state) range: the organiser's county or name, a failing
    check. Read through the rows it keeps (their organisers' index, the review items' index) and sort those,
    rather than walking every range to its end looking for matches."""
    return bool(f.county_code or f.organizer.strip() or f.failing_check)


def _page_ids(
    session: Session, user: CurrentUser, f: CourseFilter, order_by: str, descending: bool, offset: int, limit: int
) -> list[uuid.UUID]:
    conds, units = _where(session, user, f)
    direction = (lambda c: c.desc()) if descending else (lambda c: c.asc())
    states = f.states or tuple(CourseState)
    if order_by == "start_at" and (units is not None or user.role is Role.ADMIN) and not _narrow(f):
        # One index range per (unit, state), each already in start order, merged: the first page of any
        # filter reads a few hundred index entries instead of sorting the district's courses.
        ranges: list[Any] = []
        for state in states:
            for unit in units if units is not None else [None]:
                where = [C.state == state, *conds]
                if unit is not None:
                    where.append(C.review_unit == unit)
                ranges.append(
                    select(C.id, C.start_at, C.code)
                    .where(*where)
                    .order_by(direction(C.start_at), direction(C.code))
                    .limit(offset + limit)
                    .subquery()
                )
        if not ranges:
            return []
        merged = union_all(*(select(r.c.id, r.c.start_at, r.c.code) for r in ranges)).subquery()
        stmt = select(merged.c.id).order_by(direction(merged.c.start_at), direction(merged.c.code))
    else:
        stmt = select(C.id).where(*conds)
        if units is not None:
            stmt = stmt.where(C.review_unit.in_(units))
        if f.states:
            stmt = stmt.where(C.state.in_(f.states))
        if order_by == "organizer":
            stmt = stmt.join(O, O.id == C.organizer_id)
        stmt = stmt.order_by(direction(SORT_KEYS[order_by]), direction(C.code))
    return list(session.execute(stmt.offset(offset).limit(limit)).scalars())


def _failing(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    stmt = (
        select(CourseReview.course_id, func.count())
        .join(ReviewItem, ReviewItem.review_id == CourseReview.id)
        .where(CourseReview.course_id.in_(ids), ReviewItem.outcome == CheckOutcome.FAIL)
        .group_by(CourseReview.course_id)
    )
    return {cid: int(n) for cid, n in session.execute(stmt)}


def _rows(session: Session, ids: list[uuid.UUID]) -> list[CourseRow]:
    if not ids:
        return []
    stmt = (
        select(*_ROW_COLUMNS)
        .join(O, O.id == C.organizer_id)
        .outerjoin(County, County.code == O.county_code)
        .where(C.id.in_(ids))
    )
    failing = _failing(session, ids)
    rows = {}
    for r in session.execute(stmt):
        (cid, code, title, label, state, org_name, org_code, county, start, end, unit, version) = r
        rows[cid] = CourseRow(
            cid, code, title, label or "", state, org_name, org_code, county or "", start, end, unit,
            failing.get(cid, 0), version,
        )  # fmt: skip
    return [rows[i] for i in ids if i in rows]


def list_courses(
    session: Session,
    user: CurrentUser,
    f: CourseFilter = CourseFilter(),
    *,
    order_by: str = "start_at",
    descending: bool = False,
    offset: int = 0,
    limit: int = 100,
) -> list[CourseRow]:
    """One page of the queue, filtered, ordered and paged in SQL (ties broken by code)."""
    if order_by not in SORT_KEYS:
        raise ValueError(f"unknown sort key {order_by!r}")
    return _rows(session, _page_ids(session, user, f, order_by, descending, offset, limit))


@dataclass(frozen=True)
class CountyOption:
    """A county the filter bar offers."""

    code: str
    name: str


def counties_in_scope(session: Session, user: CurrentUser) -> list[CountyOption]:
    """Counties for the filter: a clerk's district's, a coordinator's own, every county for the admin."""
    check_course_access(user)
    stmt = select(County.code, County.name).order_by(County.code)
    if user.role is Role.DISTRICT_CLERK:
        stmt = stmt.where(County.district_center_id == user.district_center_id)
    elif user.role is Role.SCHOOL_COORDINATOR:
        stmt = stmt.where(County.code.in_(select(O.county_code).where(O.id == user.organization_id)))
    elif user.role is not Role.ADMIN:
        stmt = stmt.where(false())
    return [CountyOption(c, n) for c, n in session.execute(stmt)]


# --- one course in full ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SegmentRow:
    label: str
    start_at: datetime
    end_at: datetime
    kind: SegmentKind
    topic: str


@dataclass(frozen=True)
class CheckRow:
    """One item of the checklist as the reviewer sees it."""

    check_id: str
    article: str  #: 第8條第2款 (``check_title``)
    auto_outcome: CheckOutcome  #: what the rules said
    outcome: CheckOutcome  #: what is in force (the override or answer, if any)
    message: str
    data: dict[str, Any]  #: what the check looked at
    override_reason: str  #: the reviewer's reason or note ("" when none)
    overridden_by: str
    overridden_at: datetime | None

    @property
    def manual(self) -> bool:
        """Answered yes/no by a person (Art 8 focus; the basis issuer when its format is right)."""
        return self.check_id in MANUAL_CHECKS or self.auto_outcome is CheckOutcome.MANUAL

    @property
    def overridden(self) -> bool:
        return bool(self.override_reason)


@dataclass(frozen=True)
class CourseDetail:
    """Everything about one course a reviewer needs to decide it."""

    row: CourseRow
    outline: str
    organizer_category: int
    approval_doc: str
    accreditation_ref: str
    cross_school: bool
    basis_doc: str
    venue: str
    delivery: Delivery
    class_nature: str
    audience: tuple[str, ...]
    subsidy_unit: str
    subsidy_amount: int | None
    contact_name: str
    contact_phone: str
    contact_email: str
    registered_on: date | None
    registered_elsewhere: bool
    consent_doc: str
    special_approval_doc: str
    credits: int | None
    certified_hours: int | None
    school_year: int
    segments: tuple[SegmentRow, ...]
    checks: tuple[CheckRow, ...]  #: in the order of the checklist table
    checks_stored: bool  #: False: run just now for showing (nothing stored before submission)
    rule_set_version: str
    series: tuple[CourseRow, ...]  #: the organiser's courses with the same base title, this one included
    decision: str  #: the move that decided it (approve, return, reject) or ""
    decision_reason: str
    decided_by: str
    decided_at: datetime | None
    unit_name: str
    history: tuple[audit.AuditRow, ...]  #: oldest first
    moves: tuple[str, ...]  #: actions of ``WORKFLOW`` the user may start from the current state
    can_review: bool  #: the user may change the checklist now (routed to them, state open)

    def check(self, check_id: str) -> CheckRow | None:
        return next((c for c in self.checks if c.check_id == check_id), None)

    @property
    def blocking(self) -> tuple[CheckRow, ...]:
        """What keeps the course from approval: a failing check, or a manual item nobody answered."""
        return tuple(c for c in self.checks if c.outcome in (CheckOutcome.FAIL, CheckOutcome.MANUAL))


def _visible(session: Session, user: CurrentUser, course_id: uuid.UUID) -> bool:
    conds, units = _where(session, user, CourseFilter())
    stmt = select(C.id).where(C.id == course_id, *conds)
    if units is not None:
        stmt = stmt.where(C.review_unit.in_(units))
    return session.execute(stmt).first() is not None


def _refuse(session: Session, user: CurrentUser, course: Course) -> PermissionDenied:
    return PermissionDenied(
        translate("courses", "課程 {code}（{org}）由{unit}審核，不在您的範圍（{scope}）。").format(
            code=course.code, org=course.organizer.name, unit=unit_name(session, course.review_unit),
            scope=user.scope_label,
        )
    )  # fmt: skip


def find_course(session: Session, user: CurrentUser, text: str) -> CourseRow:
    """The course with this code as typed (spaces and case do not matter), if ``user`` may see it."""
    if not text.strip():
        raise UserError(translate("courses", "請輸入課程代碼。"), field="code")
    course = load_course(session, text.replace(" ", "").replace("\u3000", ""))
    if not _visible(session, user, course.id):
        raise _refuse(session, user, course)
    return _rows(session, [course.id])[0]


def course_detail(session: Session, user: CurrentUser, course_id: uuid.UUID) -> CourseDetail:
    """Every field, the segments, the checklist, the series, the decision, the history, the moves."""
    course = load_course(session, course_id)
    if not _visible(session, user, course.id):
        raise _refuse(session, user, course)
    row = _rows(session, [course.id])[0]
    review = course_review(session, course.id)
    names: dict[uuid.UUID, str] = {}
    wanted = {i.overridden_by_id for i in review.items if i.overridden_by_id} if review else set()
    if review is not None and review.reviewer_id:
        wanted.add(review.reviewer_id)
    if wanted:
        names = {
            uid: name
            for uid, name in session.execute(
                select(OfficeUser.id, OfficeUser.display_name).where(OfficeUser.id.in_(wanted))
            )
        }
    if review is not None and review.items:
        checks = tuple(
            CheckRow(
                i.check_id, check_title(i.check_id), i.auto_outcome, i.outcome, i.message, dict(i.data or {}),
                i.override_reason or "", names.get(i.overridden_by_id, "") if i.overridden_by_id else "",
                i.overridden_at,
            )
            for i in items_in_order(review)
        )  # fmt: skip
        stored, version = True, review.rule_set_version
    else:
        results = run_checks(session, course)
        checks = tuple(
            CheckRow(r.id, check_title(r.id), CheckOutcome(r.outcome), CheckOutcome(r.outcome), r.message,
                     dict(r.data), "", "", None)
            for r in results
        )  # fmt: skip
        stored, version = False, ""
    history = tuple(audit.entity_history(session, ENTITY, course.code))
    units = units_of(session, user)
    can_review = (
        user.can(Permission.REVIEW_COURSES)
        and course.state in OPEN_STATES
        and (units is None or course.review_unit in units)
    )
    return CourseDetail(
        row=row,
        outline=course.outline or "",
        organizer_category=course.organizer_category,
        approval_doc=course.approval_doc or "",
        accreditation_ref=course.accreditation_ref or "",
        cross_school=course.cross_school,
        basis_doc=course.basis_doc or "",
        venue=course.venue or "",
        delivery=course.delivery,
        class_nature=course.class_nature or "",
        audience=tuple(course.audience or ()),
        subsidy_unit=course.subsidy_unit or "",
        subsidy_amount=course.subsidy_amount,
        contact_name=course.contact_name or "",
        contact_phone=course.contact_phone or "",
        contact_email=course.contact_email or "",
        registered_on=course.registered_on,
        registered_elsewhere=course.registered_elsewhere,
        consent_doc=course.consent_doc or "",
        special_approval_doc=course.special_approval_doc or "",
        credits=course.credits,
        certified_hours=course.certified_hours,
        school_year=course.school_year,
        segments=tuple(
            SegmentRow(s.label, s.start_at, s.end_at, s.kind, s.topic or "") for s in segments_of(session, course.id)
        ),
        checks=checks,
        checks_stored=stored,
        rule_set_version=version,
        series=series_of(session, user, course),
        decision=(review.decision or "") if review else "",
        decision_reason=(review.decision_reason or "") if review else "",
        decided_by=names.get(review.reviewer_id, "") if review and review.reviewer_id else "",
        decided_at=review.decided_at if review else None,
        unit_name=unit_name(session, course.review_unit),
        history=history,
        moves=tuple(m.action for m in WORKFLOW.moves_from(course.state, user)),
        can_review=can_review,
    )


def series_of(session: Session, user: CurrentUser, course: Course) -> tuple[CourseRow, ...]:
    """The organiser's courses with the same base title as ``course`` (Art 8(1)), in start order, itself
    included; only those ``user`` may see; none when the course stands alone."""
    conds, units = _where(session, user, CourseFilter())
    stmt = select(C.id, C.title).where(
        C.organizer_id == course.organizer_id, C.state != CourseState.CANCELLED, C.id != course.id, *conds
    )
    if units is not None:
        stmt = stmt.where(C.review_unit.in_(units))
    base = base_title(course.title)
    same = [cid for cid, title in session.execute(stmt) if base_title(title) == base]
    if not same:
        return ()
    rows = _rows(session, [course.id, *same])
    return tuple(sorted(rows, key=lambda r: (r.start_at, r.code)))
