"""Hour awards from the database: load each teacher's whole record so the day/week caps see every course.

The rules themselves are pure (``services.rules.hours``); this module turns rows into their inputs,
writes :class:`HourAward` rows with their trace and rule-set version, audits every change, and marks an
issued certificate superseded when its hours change (HRS-8).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from ntip_desktop.changes import Changes
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import (
    Absence,
    AwardStatus,
    Certificate,
    CertificateState,
    Course,
    CourseState,
    Enrollment,
    HourAward,
    Segment,
    Teacher,
)
from ntip_desktop.models.base import utcnow
from ntip_desktop.services import audit
from ntip_desktop.services.attendance.access import check_award_scope
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.rules import hours
from ntip_desktop.services.rules.ruleset import RuleSet
from ntip_desktop.services.rulesets import rule_set_in_force

#: Courses whose hours count (and so count towards the caps).
CREDITABLE_STATES = (CourseState.APPROVED, CourseState.AWARDED)


def course_input(course: Course, segments: Iterable[Segment]) -> hours.CourseInput:
    return hours.CourseInput(
        code=course.code,
        delivery=course.delivery.value,
        segments=tuple(hours.Segment(str(s.id), s.start_at, s.end_at, s.kind.value) for s in segments),
        special_approval=course.special_approval_doc or None,
        credits=course.credits,
        certified_hours=course.certified_hours,
    )


@dataclass(frozen=True)
class TeacherRecord:
    """Everything the hour rules need for some teachers: their creditable courses and enrollments."""

    courses: tuple[hours.CourseInput, ...]
    enrollments: tuple[hours.Enrollment, ...]
    teacher_ids: dict[str, uuid.UUID]  #: national ID → teacher row id
    course_ids: dict[str, uuid.UUID]  #: course code → course row id


def load_teacher_records(session: Session, teacher_ids: Iterable[uuid.UUID]) -> TeacherRecord:
    """All creditable enrollments of these teachers, across every course, with segments and absences."""
    ids = list(set(teacher_ids))
    if not ids:
        return TeacherRecord((), (), {}, {})
    return load_records(session, Enrollment.teacher_id.in_(ids))


def load_records(session: Session, *where: ColumnElement[bool], also_course: uuid.UUID | None = None) -> TeacherRecord:
    """The creditable enrollments matching ``where`` (all of them when empty), with segments and absences.

    For the caps to come out right, ``where`` should select teachers' whole records (as
    :func:`load_teacher_records` does), not single courses. ``also_course`` is taken in whatever its state
    (live hours of a course not yet approved).
    """
    creditable: ColumnElement[bool] = Course.state.in_(CREDITABLE_STATES)
    if also_course is not None:
        creditable = or_(creditable, Course.id == also_course)
    rows = session.execute(
        select(Enrollment.id, Enrollment.completed, Teacher.id, Teacher.national_id, Course)
        .join(Teacher, Teacher.id == Enrollment.teacher_id)
        .join(Course, Course.id == Enrollment.course_id)
        .where(*where, creditable)
    ).all()
    courses = {c.id: c for *_, c in rows}
    segs: dict[uuid.UUID, list[Segment]] = defaultdict(list)
    course_ids = list(courses)
    for chunk_start in range(0, len(course_ids), 500):
        chunk = course_ids[chunk_start : chunk_start + 500]
        for s in session.execute(
            select(Segment).where(Segment.course_id.in_(chunk)).order_by(Segment.start_at)
        ).scalars():
            segs[s.course_id].append(s)
    absences: dict[uuid.UUID, list[hours.Absence]] = defaultdict(list)
    enrollment_ids = [r[0] for r in rows]
    for chunk_start in range(0, len(enrollment_ids), 500):
        chunk = enrollment_ids[chunk_start : chunk_start + 500]
        # Plain columns, not ORM objects: faster, and never a stale copy from the session's identity map
        # after attendance was written in bulk in the same transaction.
        for enrollment_id, segment_id, minutes, reason in session.execute(
            select(Absence.enrollment_id, Absence.segment_id, Absence.minutes, Absence.reason).where(
                Absence.enrollment_id.in_(chunk)
            )
        ):
            absences[enrollment_id].append(hours.Absence(str(segment_id), minutes, reason.value))
    enrollments = tuple(
        hours.Enrollment(nid, course.code, completed, tuple(absences.get(eid, ())))
        for eid, completed, _tid, nid, course in rows
    )
    return TeacherRecord(
        courses=tuple(course_input(c, segs[c.id]) for c in courses.values()),
        enrollments=enrollments,
        teacher_ids={nid: tid for _e, _c, tid, nid, _course in rows},
        course_ids={c.code: c.id for c in courses.values()},
    )


def compute_for_teachers(
    session: Session, teacher_ids: Iterable[uuid.UUID], rule_set: RuleSet | None = None
) -> list[hours.Award]:
    record = load_teacher_records(session, teacher_ids)
    return hours.compute_awards(record.courses, record.enrollments, rule_set or rule_set_in_force(session))


@dataclass(frozen=True)
class AwardSummary:
    course_code: str
    teachers: int
    hours_total: int
    by_status: dict[str, int]
    other_awards_changed: int  #: awards of other courses re-cut by the caps
    certificates_superseded: int
    rule_set_version: str
    changes: Changes


def award_course(session: Session, user: CurrentUser, course_id: uuid.UUID, *, reason: str = "") -> AwardSummary:
    """Compute and store the hours of every teacher of an approved (or re-award an awarded) course.

    Each teacher's whole record is loaded, so a cap already used by another course is respected; awards of
    the teacher's other awarded courses that the caps now cut differently are updated too (audited).
    Certificate staff award any course; a coordinator or clerk the courses whose attendance they record.
    The course row is locked first, so an award never interleaves with an attendance edit of the course.
    """
    course = creditable_course(session, course_id, lock=True)
    check_award_scope(user, course)
    return store_awards(session, user.actor(), course, _enrolled_teachers(session, course_id), reason=reason)


def store_awards(
    session: Session, actor: audit.Actor, course: Course, teacher_ids: Iterable[uuid.UUID], *, reason: str = ""
) -> AwardSummary:
    """Award ``course`` to these of its teachers (the caller checked the scope and locked the course).

    A pipeline of named steps: load the teachers' whole records, compute, diff and write (audited,
    superseding certificates whose hours changed), mark the course awarded. The summary counts these
    teachers only; a teacher's hours depend on nobody else's record, so re-awarding the teachers whose
    attendance changed is a whole re-award.
    """
    rule_set = rule_set_in_force(session)
    record = load_teacher_records(session, teacher_ids)
    awards = hours.compute_awards(record.courses, record.enrollments, rule_set)
    stored = _stored_courses(session, course, record)
    existing = _existing_awards(session, record, stored)
    tally = _write_awards(session, actor, course.code, awards, record, stored, existing, rule_set, reason)
    _mark_awarded(session, actor, course, reason)
    session.flush()
    return AwardSummary(
        course.code,
        sum(tally.by_status.values()),
        tally.total,
        dict(tally.by_status),
        tally.others_changed,
        tally.superseded,
        rule_set.version,
        Changes(courses=True, awards=True, certificates=tally.superseded > 0, audit=True),
    )


def creditable_course(session: Session, course_id: uuid.UUID, *, lock: bool = False) -> Course:
    """The course, refused unless approved or awarded; ``lock``: its row locked till the transaction ends.

    The lock (``FOR NO KEY UPDATE`` on PostgreSQL, a no-op on SQLite, which serialises writers) makes
    awarding and attendance edits of one course take turns; rows referring to the course can still be
    added meanwhile.
    """
    course = get_course(session, course_id, lock=lock)
    check_creditable(course)
    return course


def check_creditable(course: Course) -> None:
    """UserError unless the course is approved or awarded (only those have hours to award)."""
    if course.state not in CREDITABLE_STATES:
        raise UserError(
            translate("services.attendance.awards", "課程「{title}」目前狀態不能核發時數（需已核准）。").replace(
                "{title}", course.title
            ),
            field="state",
        )


def get_course(session: Session, course_id: uuid.UUID, *, lock: bool = False) -> Course:
    """The course of this id (UserError when there is none), read afresh and locked when ``lock``."""
    stmt = select(Course).where(Course.id == course_id)
    if lock:
        stmt = stmt.with_for_update(key_share=True).execution_options(populate_existing=True)
    course = session.execute(stmt).scalar_one_or_none()
    if course is None:
        raise course_not_found()
    return course


def course_not_found() -> UserError:
    """The refusal of a course id that names no course (deleted meanwhile, or never there)."""
    return UserError(translate("services.attendance.awards", "找不到此課程。"), field="course")


def award_reason() -> str:
    """The audit reason of a new award, and of a course marked awarded, when the user gave none."""
    return translate("services.attendance.awards", "核發研習時數")


def recompute_reason() -> str:
    """The audit reason of a stored award re-computed, when the user gave none."""
    return translate("services.attendance.awards", "重新計算研習時數")


def supersede_reason() -> str:
    """The audit reason of a certificate superseded because its award's hours changed."""
    return translate("services.attendance.awards", "出席紀錄變更，時數重新計算（規定 HRS-8）")


def _enrolled_teachers(session: Session, course_id: uuid.UUID) -> list[uuid.UUID]:
    return list(session.execute(select(Enrollment.teacher_id).where(Enrollment.course_id == course_id)).scalars())


def _stored_courses(session: Session, course: Course, record: TeacherRecord) -> set[str]:
    """Codes of the courses whose awards are stored: this one and those already awarded.

    Approved-but-not-awarded courses still count towards the caps (their blocks are part of the
    computation) but get no stored award yet.
    """
    return {course.code} | {
        code
        for (code,) in session.execute(
            select(Course.code).where(
                Course.id.in_(list(record.course_ids.values())), Course.state == CourseState.AWARDED
            )
        )
    }


def _existing_awards(
    session: Session, record: TeacherRecord, stored: set[str]
) -> dict[tuple[uuid.UUID, uuid.UUID], HourAward]:
    return {
        (a.teacher_id, a.course_id): a
        for a in session.execute(
            select(HourAward).where(
                HourAward.teacher_id.in_(list(record.teacher_ids.values())),
                HourAward.course_id.in_([record.course_ids[c] for c in stored]),
            )
        ).scalars()
    }


@dataclass
class _Tally:
    by_status: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: int = 0  #: hours awarded for the course being awarded
    others_changed: int = 0
    superseded: int = 0


def _write_awards(
    session: Session,
    actor: audit.Actor,
    code: str,
    awards: Iterable[hours.Award],
    record: TeacherRecord,
    stored: set[str],
    existing: dict[tuple[uuid.UUID, uuid.UUID], HourAward],
    rule_set: RuleSet,
    reason: str,
) -> _Tally:
    """Insert new awards, update changed ones (old → new audited), supersede certificates whose hours moved."""
    tally = _Tally()
    now = utcnow()
    for award in awards:
        if award.course not in stored:
            continue
        tid, cid = record.teacher_ids[award.teacher], record.course_ids[award.course]
        row = existing.get((tid, cid))
        new = {"hours": award.hours, "status": award.status, "rule_set_version": rule_set.version}
        if award.course == code:
            tally.by_status[award.status] += 1
            tally.total += award.hours
        if row is None:
            row = HourAward(
                teacher_id=tid,
                course_id=cid,
                hours=award.hours,
                status=AwardStatus(award.status),
                trace=list(award.trace),
                rule_set_version=rule_set.version,
                computed_at=now,
            )
            session.add(row)
            session.flush()
            audit.record(
                session,
                actor,
                "hour_award",
                row.id,
                "award",
                new=new,
                reason=reason or award_reason(),
            )
            continue
        old = {"hours": row.hours, "status": row.status.value, "rule_set_version": row.rule_set_version}
        if old == new and list(row.trace) == list(award.trace):
            continue
        if award.course != code:
            tally.others_changed += 1
        row.hours, row.status, row.trace = award.hours, AwardStatus(award.status), list(award.trace)
        row.rule_set_version, row.computed_at = rule_set.version, now
        audit.record(
            session,
            actor,
            "hour_award",
            row.id,
            "recompute",
            old=old,
            new=new,
            reason=reason or recompute_reason(),
        )
        if old["hours"] != award.hours:
            tally.superseded += _supersede_certificates(session, actor, row)
    return tally


def _mark_awarded(session: Session, actor: audit.Actor, course: Course, reason: str) -> None:
    if course.state is CourseState.AWARDED:
        return
    audit.record(
        session,
        actor,
        "course",
        course.code,
        "award",
        old={"state": course.state.value},
        new={"state": CourseState.AWARDED.value},
        reason=reason or award_reason(),
    )
    course.state = CourseState.AWARDED


def _supersede_certificates(session: Session, actor: audit.Actor, award: HourAward) -> int:
    """End the award's current certificate: it states hours the teacher no longer has. Issuing again makes
    a new one that names it (services.certificates)."""
    n = 0
    reason = supersede_reason()
    for cert in session.execute(
        select(Certificate).where(Certificate.award_id == award.id, Certificate.state == CertificateState.ISSUED)
    ).scalars():
        cert.state, cert.ended_at, cert.end_reason = CertificateState.SUPERSEDED, utcnow(), reason
        audit.record(
            session,
            actor,
            "certificate",
            cert.number,
            "supersede",
            old={"state": "issued", "hours": cert.hours},
            new={"state": "superseded", "award_hours": award.hours},
            reason=reason,
        )
        n += 1
    return n
