"""The course record (docs/rules.md CRS, Art 8): checking what the form holds, creating and correcting.

The form's fields (:class:`.course_fields.CourseInput`) and reading them (:func:`.course_fields.read_input`)
live in :mod:`.course_fields`; this module stores them.

- :func:`check_course` names every bad field at once (what :func:`.course_fields.read_input` finds, and
  whether the person may file a course for that organiser); nothing is written.
- :func:`create_course` stores a draft with a new course code: the school year (學年度, ROC) in three
  digits and a serial of seven (``1150000042``), unique per school year, as the demo data numbers them.
- :func:`update_course`: the organiser's side edits a draft or a returned course; a clerk of the reviewing
  office corrects typos of a submitted or in-review course, with a reason, and the checklist is re-run.
  Every edit is audited old → new field by field (entity ``course``, id the course code), refuses a
  stale copy, and refuses a course of a confirmed back-end month (``months.check_unlocked``).
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ntip_desktop.changes import Changes
from ntip_desktop.errors import ConflictError, PermissionDenied, UserError
from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.models import AuditSource, Course, CourseState, Organization, Role, Segment
from ntip_desktop.models.base import utcnow
from ntip_desktop.services import audit
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.courses import months
from ntip_desktop.services.courses.access import (
    ENTITY,
    check_course_access,
    check_organiser_scope,
    check_review_scope,
    check_version,
    load_course,
)
from ntip_desktop.services.courses.checks import OPEN_STATES, review_course
from ntip_desktop.services.courses.course_fields import (
    FIELD_LABELS,
    CourseInput,
    CourseInvalid,
    Problem,
    SegmentInput,
    errors_of,
    field_label,
    read_input,
)
from ntip_desktop.services.rules.rocdate import school_year_of
from ntip_desktop.services.rulesets import rule_set_in_force

#: States the organiser's side edits; states a reviewing clerk corrects (with a reason).
ORGANISER_STATES = (CourseState.DRAFT, CourseState.RETURNED)
CORRECTION_STATES = OPEN_STATES


@dataclass(frozen=True)
class CourseSaved:
    """What a save did, for the dialog, the status bar and the views."""

    course_id: uuid.UUID
    code: str
    state: CourseState
    version: int
    message: str
    warnings: tuple[Problem, ...] = ()
    changed: tuple[str, ...] = ()  #: fields whose value changed (an update)
    changes: Changes = field(default_factory=lambda: Changes(courses=True, audit=True))


@dataclass(frozen=True)
class CourseRecord:
    """A stored course as the form shows it."""

    course_id: uuid.UUID
    code: str
    state: CourseState
    version: int
    organizer_name: str
    data: CourseInput
    #: The person corrects a submitted course: a reason is required and the checklist is re-run.
    correction: bool


@dataclass(frozen=True)
class FormChoices:
    """What the form offers: the rule set's class natures and, for a coordinator, their organisation."""

    class_natures: tuple[str, ...]
    organizer_code: str
    organizer_name: str


# --- checking what was typed ------------------------------------------------------------------------------


def organizer_by_code(session: Session, code: str) -> Organization | None:
    code = unicodedata.normalize("NFKC", code or "").strip()
    if not code:
        return None
    return session.execute(select(Organization).where(Organization.code == code)).scalar_one_or_none()


def _scope_problem(session: Session, user: CurrentUser, organizer: Organization | None) -> list[Problem]:
    if organizer is None:
        return []
    try:
        check_organiser_scope(session, user, organizer)
    except PermissionDenied as exc:
        return [Problem("organizer_code", exc.message)]
    return []


def check_course(session: Session, user: CurrentUser, data: CourseInput) -> list[Problem]:
    """Every problem of ``data`` at once, by field (warnings included; nothing is written)."""
    check_course_access(user)
    organizer = organizer_by_code(session, data.organizer_code)
    _values, _rows, problems = read_input(data, organizer, rule_set_in_force(session))
    return problems + _scope_problem(session, user, organizer)


# --- course codes ----------------------------------------------------------------------------------------


def next_serial(session: Session, school_year: int) -> int:
    """The next free serial of ``school_year``'s course codes (``YYY`` + seven digits)."""
    prefix = f"{school_year:03d}"
    highest = session.execute(
        select(func.max(Course.code)).where(Course.code.like(prefix + "%"), func.length(Course.code) == 10)
    ).scalar_one_or_none()
    if highest is None:
        return 1
    tail = highest[3:]
    if tail.isdigit():
        return int(tail) + 1
    codes = session.execute(
        select(Course.code).where(Course.code.like(prefix + "%"), func.length(Course.code) == 10)
    ).scalars()
    return max((int(c[3:]) for c in codes if c[3:].isdigit()), default=0) + 1


def course_code(school_year: int, serial: int) -> str:
    return f"{school_year:03d}{serial:07d}"


# --- storing ----------------------------------------------------------------------------------------------


def _segment_plain(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "label": r["label"],
            "start": r["start_at"],
            "end": r["end_at"],
            "kind": r["kind"],
            "topic": r["topic"],
        }
        for r in sorted(rows, key=lambda r: (r["start_at"], r["label"]))
    ]


def _audit_values(values: dict[str, Any], organizer_code: str, segments: list[dict[str, Any]]) -> dict[str, Any]:
    plain = {k: v for k, v in values.items() if k != "organizer_id"}
    plain["organizer_code"] = organizer_code
    plain["segments"] = _segment_plain(segments)
    return plain


def _flush(session: Session) -> None:
    try:
        session.flush()
    except IntegrityError:
        raise ConflictError(
            translate("courses", "同時有其他人儲存了課程，課程代碼或時段代號衝突。請再儲存一次。"), field="code"
        ) from None


def create_course(
    session: Session, user: CurrentUser, data: CourseInput, *, source: AuditSource | None = None
) -> CourseSaved:
    """Store ``data`` as a draft of its organiser with a new course code; audited (``create``)."""
    organizer = organizer_by_code(session, data.organizer_code)
    if organizer is not None:
        check_organiser_scope(session, user, organizer)
    values, segments, problems = read_input(data, organizer, rule_set_in_force(session))
    if errors_of(problems):
        raise CourseInvalid(problems)
    assert organizer is not None
    months.check_unlocked(session, organizer.county_code, values["start_at"].date())
    year = school_year_of(values["start_at"].date())
    course = Course(
        code=course_code(year, next_serial(session, year)),
        state=CourseState.DRAFT,
        school_year=year,
        **values,
    )
    for row in segments:
        course.segments.append(Segment(**row))
    session.add(course)
    _flush(session)
    audit.record(
        session,
        user.actor(source),
        ENTITY,
        course.code,
        "create",
        new=_audit_values(values, organizer.code, segments),
    )
    return CourseSaved(
        course.id,
        course.code,
        course.state,
        course.version,
        translate("courses", "已新增課程 {code} {title}（草稿）").format(code=course.code, title=course.title),
        tuple(p for p in problems if p.warning),
        tuple(values),
    )


def _stored_segments(course: Course) -> list[dict[str, Any]]:
    return [
        {"label": s.label, "start_at": s.start_at, "end_at": s.end_at, "kind": s.kind, "topic": s.topic}
        for s in course.segments
    ]


def _check_can_edit(session: Session, user: CurrentUser, course: Course) -> bool:
    """Scope by state; True when this is a clerk's correction of a submitted course."""
    if course.state in ORGANISER_STATES:
        check_organiser_scope(session, user, course.organizer)
        return False
    if course.state in CORRECTION_STATES:
        if user.role is Role.SCHOOL_COORDINATOR:
            raise PermissionDenied(
                translate(
                    "courses", "課程 {code} 已送審（{state}），只有審核單位能更正；如需修改請洽審核單位。"
                ).format(code=course.code, state=label(course.state))
            )
        check_review_scope(session, user, course)
        return True
    raise UserError(
        translate("courses", "課程 {code} 目前為「{state}」，不能再修改。").format(
            code=course.code, state=label(course.state)
        ),
        field="state",
    )


def course_record(session: Session, user: CurrentUser, ref: uuid.UUID | str) -> CourseRecord:
    """A stored course as the form edits it (the organiser's side, or the reviewing office)."""
    course = load_course(session, ref)
    try:
        correction = _check_can_edit(session, user, course)
    except UserError as refused:
        if refused.field != "state":
            raise
        correction = False
        try:
            check_organiser_scope(session, user, course.organizer)
        except PermissionDenied:
            check_review_scope(session, user, course)
    data = CourseInput(
        organizer_code=course.organizer.code,
        title=course.title,
        session_label=course.session_label,
        outline=course.outline,
        organizer_category=course.organizer_category,
        approval_doc=course.approval_doc or "",
        accreditation_ref=course.accreditation_ref or "",
        cross_school=course.cross_school,
        basis_doc=course.basis_doc or "",
        start_at=course.start_at,
        end_at=course.end_at,
        venue=course.venue,
        delivery=course.delivery,
        class_nature=course.class_nature or "",
        audience=tuple(course.audience or ()),
        subsidy_unit=course.subsidy_unit or "",
        subsidy_amount=course.subsidy_amount,
        contact_name=course.contact_name,
        contact_phone=course.contact_phone,
        contact_email=course.contact_email,
        registered_on=course.registered_on,
        registered_elsewhere=course.registered_elsewhere,
        consent_doc=course.consent_doc or "",
        special_approval_doc=course.special_approval_doc or "",
        credits=course.credits,
        certified_hours=course.certified_hours,
        certified_ref=course.certified_ref or "",
        segments=tuple(SegmentInput(s.label, s.start_at, s.end_at, s.kind, s.topic) for s in course.segments),
    )
    return CourseRecord(course.id, course.code, course.state, course.version, course.organizer.name, data, correction)


def form_choices(session: Session, user: CurrentUser) -> FormChoices:
    """What the course form offers: the rule set's class natures and, for a coordinator, their school."""
    check_course_access(user)
    rs = rule_set_in_force(session)
    org = session.get(Organization, user.organization_id) if user.organization_id else None
    return FormChoices(tuple(rs.class_natures), org.code if org else "", org.name if org else "")


def update_course(
    session: Session,
    user: CurrentUser,
    ref: uuid.UUID | str,
    data: CourseInput,
    *,
    expected_version: int | None,
    reason: str = "",
) -> CourseSaved:
    """Save ``data`` over the course ``ref`` (see the module's description); audited old → new."""
    course = load_course(session, ref)
    correction = _check_can_edit(session, user, course)
    check_version(session, course, expected_version)
    reason = (reason or "").strip()
    if correction and not reason:
        raise UserError(translate("courses", "更正已送審的課程必須寫明理由（例：依來文更正錯字）。"), field="reason")
    organizer = organizer_by_code(session, data.organizer_code)
    values, segments, problems = read_input(data, organizer, rule_set_in_force(session))
    if organizer is not None and organizer.id != course.organizer_id:
        if correction:
            problems.append(
                Problem("organizer_code", translate("courses", "送審後不能更換主辦單位；請退回補正後由主辦單位修改。"))
            )
        else:
            problems += _scope_problem(session, user, organizer)
    if errors_of(problems):
        raise CourseInvalid(problems)
    assert organizer is not None
    old_county = course.organizer.county_code
    months.check_unlocked(session, old_county, course.start_at.date())
    months.check_unlocked(session, organizer.county_code, values["start_at"].date())
    old_all = _audit_values(
        {name: getattr(course, name) for name in values}, course.organizer.code, _stored_segments(course)
    )
    new_all = _audit_values(values, organizer.code, segments)
    changed = [name for name in new_all if old_all.get(name) != new_all.get(name)]
    if not changed:
        return CourseSaved(
            course.id,
            course.code,
            course.state,
            course.version,
            translate("courses", "課程 {code} 沒有變更。").format(code=course.code),
            tuple(p for p in problems if p.warning),
        )
    _sync_segments(session, course, segments)  # first: it flushes, and the course row must change once
    for name, value in values.items():
        if getattr(course, name) != value:
            setattr(course, name, value)
    course.school_year = school_year_of(values["start_at"].date())
    course.updated_at = utcnow()  # the row changes even when only segments did: the version moves on
    _flush(session)
    audit.record(
        session,
        user.actor(),
        ENTITY,
        course.code,
        "correct" if correction else "update",
        old={name: old_all[name] for name in changed},
        new={name: new_all[name] for name in changed},
        reason=reason,
    )
    if course.state in OPEN_STATES:
        review_course(session, course)
        session.flush()
    names = "、".join(field_label(n) if n in FIELD_LABELS else n for n in changed)
    verb = translate("courses", "已更正") if correction else translate("courses", "已儲存")
    return CourseSaved(
        course.id,
        course.code,
        course.state,
        course.version,
        translate("courses", "{verb}課程 {code}：{fields}").format(verb=verb, code=course.code, fields=names),
        tuple(p for p in problems if p.warning),
        tuple(changed),
    )


def _sync_segments(session: Session, course: Course, rows: list[dict[str, Any]]) -> None:
    """Make the course's segments ``rows``, keeping (and updating) those whose label stays."""
    wanted = {r["label"]: r for r in rows}
    for seg in list(course.segments):
        if seg.label not in wanted:
            course.segments.remove(seg)
    session.flush()  # a removed label may be reused below
    existing = {s.label: s for s in course.segments}
    for name, row in wanted.items():
        kept = existing.get(name)
        if kept is None:
            course.segments.append(Segment(**row))
            continue
        for key, value in row.items():
            if getattr(kept, key) != value:
                setattr(kept, key, value)
