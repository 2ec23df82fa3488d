"""Awarding many courses at once (a county's school year, ``ntip hours award --all``), in bulk.

:func:`award_courses` stores exactly what :func:`.awards.award_course` stores when called course by course
in start order: the same awards and traces, the same audit entries (old → new) in the same order, the same
certificates superseded, the same courses marked awarded. It gets there in one pass instead of one per
course: the teachers' whole records are read once, as plain columns in chunks, computed once by the pure
engine, compared with the stored awards, and only what changed is written, through Core statements.

Why one pass gives the same result: a teacher's hours depend on their own creditable record only, and
awarding changes no course's creditability (approved → awarded), so every step of the course-by-course run
computes the same awards. Each stored award is then written at most once, by the first step that stores it:
the step of its own course when that course was approved, else the first step among the teacher's courses
(an already awarded course is stored by every step). That is how the per-course summaries and the order of
the audit entries are reproduced.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, cast, insert, select, update
from sqlalchemy.orm import Session

from ntip_desktop.changes import Changes
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import (
    Absence,
    AwardStatus,
    Certificate,
    CertificateState,
    County,
    Course,
    CourseState,
    Enrollment,
    HourAward,
    Organization,
    Segment,
    Teacher,
)
from ntip_desktop.models.base import table_of, utcnow
from ntip_desktop.services import audit
from ntip_desktop.services.attendance.access import check_award_scope
from ntip_desktop.services.attendance.awards import (
    CREDITABLE_STATES,
    AwardSummary,
    award_reason,
    check_creditable,
    course_not_found,
    recompute_reason,
    supersede_reason,
)
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.gc_pause import no_cyclic_gc
from ntip_desktop.services.rules import hours
from ntip_desktop.services.rulesets import rule_set_in_force

#: Ids per ``IN (…)`` list when reading.
_CHUNK = 1000
#: Rows per bulk statement when writing.
_WRITE_CHUNK = 5000

#: ``progress(done, total, label)``: how far the current phase is, and what it is (zh-TW).
Progress = Callable[[int, int, str], None]


class AwardingCancelled(UserError):
    """The user stopped a bulk award; the caller rolls back, so nothing was written."""

    def __init__(self) -> None:
        super().__init__(translate("services.attendance.bulk_awards", "已取消核發研習時數，沒有寫入任何資料。"))


@dataclass(frozen=True)
class BulkAwardSummary:
    #: One summary per course, in start order, with the figures :func:`.awards.award_course` reports.
    courses: tuple[AwardSummary, ...]
    teachers: int  #: teachers whose whole records were computed
    awards_added: int
    awards_changed: int  #: stored awards re-computed (hours, status, trace or rule set)
    certificates_superseded: int
    rule_set_version: str
    changes: Changes


def county_year_course_ids(session: Session, county_code: str | None, school_year: int | None) -> list[uuid.UUID]:
    """Creditable courses whose organiser is in this county, of this school year (ROC), in start order.

    None for either means every county or every school year. UserError naming the code when no county has it.
    """
    stmt = select(Course.id).where(Course.state.in_(CREDITABLE_STATES)).order_by(Course.start_at, Course.code)
    if county_code is not None:
        code = county_code.strip()
        if session.execute(select(County.code).where(County.code == code)).scalar_one_or_none() is None:
            raise UserError(
                translate("services.attendance.bulk_awards", "找不到縣市代碼「{code}」。").format(code=code),
                field="county",
            )
        stmt = stmt.join(Organization, Organization.id == Course.organizer_id).where(Organization.county_code == code)
    if school_year is not None:
        stmt = stmt.where(Course.school_year == school_year)
    return list(session.execute(stmt).scalars())


class _Steps:
    """Reports progress and stops (AwardingCancelled) between phases and chunks when the user cancelled."""

    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self._progress = progress
        self._cancelled = cancelled

    def __call__(self, done: int, total: int, label: str) -> None:
        if self._cancelled is not None and self._cancelled():
            raise AwardingCancelled()
        if self._progress is not None:
            self._progress(done, total, label)


def award_courses(
    session: Session,
    user: CurrentUser,
    course_ids: Iterable[uuid.UUID],
    *,
    reason: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BulkAwardSummary:
    """:func:`.awards.award_course` for every one of these courses, in start order, in one pass.

    Each course must be creditable and within the user's award scope (checked in start order, before
    anything is written); the course rows are locked first. The teachers of these courses have their whole
    records computed once; new awards are inserted, changed ones updated (old → new audited), certificates
    whose hours changed superseded, approved courses marked awarded, all in the caller's transaction.
    ``progress`` is called between phases and chunks; when ``cancelled()`` turns True, AwardingCancelled is
    raised and the caller's rollback leaves everything as it was.
    """
    step = _Steps(progress, cancelled)
    courses = _checked_courses(session, user, course_ids)
    rule_set = rule_set_in_force(session)
    # A county's year makes millions of small objects that form no cycles (as in ``ntip hours compute``).
    with no_cyclic_gc():
        step(0, 1, translate("services.attendance.bulk_awards", "讀取教師的出席紀錄"))
        teacher_ids = _teachers_of(session, [c.id for c in courses])
        record = _Record.load(session, teacher_ids, step)
        step(0, 1, translate("services.attendance.bulk_awards", "計算研習時數"))
        computed = hours.teacher_awards(record.courses, record.enrollments, rule_set)
        plan = _Plan(courses, record, rule_set.version, reason)
        plan.diff(computed, record.existing_awards(session, plan.stored, step))
        del computed
        plan.write(session, user.actor(), step)
        session.flush()
    summaries = tuple(
        AwardSummary(
            c.code,
            sum(plan.tallies[i].by_status.values()),
            plan.tallies[i].total,
            dict(plan.tallies[i].by_status),
            plan.tallies[i].others_changed,
            plan.tallies[i].superseded,
            rule_set.version,
            Changes(courses=True, awards=True, certificates=plan.tallies[i].superseded > 0, audit=True),
        )
        for i, c in enumerate(courses)
    )
    superseded = sum(t.superseded for t in plan.tallies)
    return BulkAwardSummary(
        courses=summaries,
        teachers=len(teacher_ids),
        awards_added=len(plan.inserts),
        awards_changed=len(plan.updates),
        certificates_superseded=superseded,
        rule_set_version=rule_set.version,
        changes=Changes(courses=bool(courses), awards=bool(courses), certificates=superseded > 0, audit=bool(courses)),
    )


def _checked_courses(session: Session, user: CurrentUser, course_ids: Iterable[uuid.UUID]) -> list[Course]:
    """The courses, locked (in id order) and in start order; each creditable and in the user's scope."""
    ids = sorted(set(course_ids))
    found: dict[uuid.UUID, Course] = {}
    for start in range(0, len(ids), _CHUNK):
        stmt = (
            select(Course)
            .where(Course.id.in_(ids[start : start + _CHUNK]))
            .order_by(Course.id)
            .with_for_update(key_share=True)
            .execution_options(populate_existing=True)
        )
        found.update((c.id, c) for c in session.execute(stmt).scalars())
    if len(found) < len(ids):
        raise course_not_found()
    courses = sorted(found.values(), key=lambda c: (c.start_at, c.code))
    for course in courses:  # as course by course: the first refusal in start order
        check_creditable(course)
        check_award_scope(user, course)
    return courses


def _teachers_of(session: Session, course_ids: list[uuid.UUID]) -> list[uuid.UUID]:
    teachers: set[uuid.UUID] = set()
    for start in range(0, len(course_ids), _CHUNK):
        teachers.update(
            session.execute(
                select(Enrollment.teacher_id).where(Enrollment.course_id.in_(course_ids[start : start + _CHUNK]))
            ).scalars()
        )
    return sorted(teachers)


def _text(column: Any) -> Any:
    """An id column read as the database's text, not as a ``uuid.UUID``.

    Building a million UUID objects was a third of a county's run; the text serves as a key just as well,
    as long as every query reads it the same way (SQLite holds the hex digits, PostgreSQL's cast gives the
    canonical form). Ids are bound as UUIDs in ``WHERE`` clauses, so that the indexes still serve.
    """
    return cast(column, String).label(None)


@dataclass
class _Record:
    """The hour engine's input for some teachers' whole creditable records, and the keys back to the rows."""

    courses: list[hours.CourseInput]
    enrollments: list[hours.Enrollment]
    teacher_ids: dict[str, uuid.UUID]  #: national ID → teacher id
    course_ids: dict[str, uuid.UUID]  #: code → course id
    awarded: set[str]  #: codes of the courses among them already awarded
    teacher_keys: dict[str, str]  #: teacher id as text → national ID
    course_keys: dict[str, str]  #: course id as text → code

    @classmethod
    def load(cls, session: Session, teacher_ids: list[uuid.UUID], step: _Steps) -> _Record:
        """Teacher by teacher chunk: national IDs and creditable enrollments; then absences and courses."""
        creditable: dict[str, uuid.UUID] = dict(
            session.execute(select(_text(Course.id), Course.id).where(Course.state.in_(CREDITABLE_STATES))).all()
        )
        national: dict[str, uuid.UUID] = {}
        teacher_keys: dict[str, str] = {}
        rows: list[Any] = []  #: (teacher key, course key, completed)
        absences: dict[tuple[str, str], list[hours.Absence]] = defaultdict(list)
        label = translate("services.attendance.bulk_awards", "讀取教師的出席紀錄")
        conn = session.connection()  # Core rows: the ORM's row processing cost as much as the reading
        for start in range(0, len(teacher_ids), _CHUNK):
            chunk = teacher_ids[start : start + _CHUNK]
            for tid, key, nid in conn.execute(
                select(Teacher.id, _text(Teacher.id), Teacher.national_id).where(Teacher.id.in_(chunk))
            ):
                national[nid] = tid
                teacher_keys[key] = nid
            rows.extend(
                row
                for row in conn.execute(
                    select(_text(Enrollment.teacher_id), _text(Enrollment.course_id), Enrollment.completed).where(
                        Enrollment.teacher_id.in_(chunk)
                    )
                ).all()
                if row[1] in creditable
            )
            step(min(start + _CHUNK, len(teacher_ids)), len(teacher_ids), label)
        # Every absence, in one query driven by the absences (a few per hundred enrollments): asked teacher
        # by teacher, SQLite looked up each of the million enrollments in the absences' index instead.
        for key, course_key, sid, minutes, why in conn.execute(
            select(
                _text(Enrollment.teacher_id),
                _text(Enrollment.course_id),
                Absence.segment_id,
                Absence.minutes,
                Absence.reason,
            ).join(Enrollment, Enrollment.id == Absence.enrollment_id)
        ):
            if key in teacher_keys:
                absences[key, course_key].append(hours.Absence(str(sid), minutes, why.value))
        course_keys = sorted({course_key for _t, course_key, _c in rows})
        heads = _course_inputs(session, [creditable[k] for k in course_keys])
        code_of = {cid: course.code for cid, course, _state in heads}
        codes = {k: code_of[creditable[k]] for k in course_keys}
        enrollments = []
        for t, c, completed in rows:
            missed = absences.get((t, c))
            enrollments.append(hours.Enrollment(teacher_keys[t], codes[c], completed, tuple(missed) if missed else ()))
        return cls(
            courses=[course for _id, course, _state in heads],
            enrollments=enrollments,
            teacher_ids=national,
            course_ids={course.code: cid for cid, course, _state in heads},
            awarded={course.code for _id, course, state in heads if state is CourseState.AWARDED},
            teacher_keys=teacher_keys,
            course_keys=codes,
        )

    def existing_awards(self, session: Session, stored: set[str], step: _Steps) -> dict[tuple[str, str], _Stored]:
        """(national ID, code) → the stored award, for these teachers and the courses whose awards are stored."""
        teachers = sorted(self.teacher_ids.values())
        found: dict[tuple[str, str], _Stored] = {}
        label = translate("services.attendance.bulk_awards", "比對已核發的時數")
        for start in range(0, len(teachers), _CHUNK):
            for aid, teacher_key, course_key, h, status, version, trace in session.execute(
                select(
                    _text(HourAward.id),
                    _text(HourAward.teacher_id),
                    _text(HourAward.course_id),
                    HourAward.hours,
                    HourAward.status,
                    HourAward.rule_set_version,
                    HourAward.trace,
                ).where(HourAward.teacher_id.in_(teachers[start : start + _CHUNK]))
            ):
                code = self.course_keys.get(course_key)
                if code in stored:
                    found[self.teacher_keys[teacher_key], code] = _Stored(
                        aid, {"hours": h, "status": status.value, "rule_set_version": version}, trace
                    )
            step(min(start + _CHUNK, len(teachers)), len(teachers), label)
        return found


def _course_inputs(
    session: Session, course_ids: list[uuid.UUID]
) -> list[tuple[uuid.UUID, hours.CourseInput, CourseState]]:
    """The courses as the engine's input (segments in time order), with their ids and states."""
    segments: dict[uuid.UUID, list[hours.Segment]] = defaultdict(list)
    heads: list[Any] = []
    for start in range(0, len(course_ids), _CHUNK):
        chunk = course_ids[start : start + _CHUNK]
        heads.extend(
            session.execute(
                select(
                    Course.id,
                    Course.code,
                    Course.delivery,
                    Course.special_approval_doc,
                    Course.credits,
                    Course.certified_hours,
                    Course.state,
                ).where(Course.id.in_(chunk))
            )
        )
        for cid, sid, begins, ends, kind in session.execute(
            select(Segment.course_id, Segment.id, Segment.start_at, Segment.end_at, Segment.kind)
            .where(Segment.course_id.in_(chunk))
            .order_by(Segment.start_at)
        ):
            segments[cid].append(hours.Segment(str(sid), begins, ends, kind.value))
    return [
        (
            h.id,
            hours.CourseInput(
                code=h.code,
                delivery=h.delivery.value,
                segments=tuple(segments[h.id]),
                special_approval=h.special_approval_doc or None,
                credits=h.credits,
                certified_hours=h.certified_hours,
            ),
            h.state,
        )
        for h in heads
    ]


@dataclass(frozen=True)
class _Stored:
    id: str  #: the award's id as text
    values: dict[str, Any]  #: hours, status, rule_set_version: what the audit shows as old
    trace: list[str]


@dataclass(frozen=True)
class _Write:
    """One award written, as its audit entry will tell it."""

    award_id: uuid.UUID
    new: dict[str, Any]
    old: dict[str, Any] | None  #: None: a new award
    hours_changed: bool


@dataclass
class _Tally:
    """What :func:`.awards.award_course` would report for one course of the run."""

    by_status: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: int = 0
    others_changed: int = 0
    superseded: int = 0
    writes: list[_Write] = field(default_factory=list)  #: in the order that step would write them


class _Plan:
    """The computed awards compared with the stored ones, sorted into the steps of a course-by-course run."""

    def __init__(self, courses: list[Course], record: _Record, version: str, reason: str) -> None:
        self.courses = courses
        self.record = record
        self.version = version
        self.reason = reason
        self.index = {c.code: i for i, c in enumerate(courses)}
        #: Codes of the courses whose awards are stored: these, and those awarded already.
        self.stored = set(self.index) | record.awarded
        #: Each teacher's first step: the earliest of these courses they attend.
        self.first: dict[str, int] = {}
        for e in record.enrollments:
            i = self.index.get(e.course)
            if i is not None and i < self.first.get(e.teacher, len(courses)):
                self.first[e.teacher] = i
        self.tallies = [_Tally() for _ in courses]
        self.inserts: list[dict[str, Any]] = []
        self.updates: list[dict[str, Any]] = []

    def _step(self, teacher: str, code: str) -> int:
        """Which step of the course-by-course run writes this award (see the module's docstring)."""
        i = self.index.get(code)
        if i is not None and code not in self.record.awarded:
            return i
        return self.first[teacher]

    def diff(self, computed: list[hours.TeacherAwards], existing: dict[tuple[str, str], _Stored]) -> None:
        now = utcnow()
        teacher_ids, course_ids = self.record.teacher_ids, self.record.course_ids
        for teacher, tails in computed:  # in teacher order, each teacher's awards in course order
            for code, h, status, trace, _blocks in tails:
                i = self.index.get(code)
                if i is not None:
                    self.tallies[i].by_status[status] += 1
                    self.tallies[i].total += h
                if code not in self.stored:
                    continue
                new = {"hours": h, "status": status, "rule_set_version": self.version}
                row = existing.get((teacher, code))
                at = self._step(teacher, code)
                tally = self.tallies[at]
                if row is None:
                    aid = uuid.uuid4()
                    self.inserts.append(
                        {
                            "id": aid,
                            "teacher_id": teacher_ids[teacher],
                            "course_id": course_ids[code],
                            "hours": h,
                            "status": AwardStatus(status),
                            "trace": list(trace),
                            "rule_set_version": self.version,
                            "computed_at": now,
                            "created_at": now,
                            "updated_at": now,
                        }
                    )
                    tally.writes.append(_Write(aid, new, None, False))
                    continue
                if row.values == new and row.trace == list(trace):
                    continue
                if code != self.courses[at].code:
                    tally.others_changed += 1
                aid = uuid.UUID(row.id)
                self.updates.append(
                    {
                        "id": aid,
                        "hours": h,
                        "status": AwardStatus(status),
                        "trace": list(trace),
                        "rule_set_version": self.version,
                        "computed_at": now,
                        "updated_at": now,
                    }
                )
                tally.writes.append(_Write(aid, new, row.values, row.values["hours"] != h))

    def write(self, session: Session, actor: audit.Actor, step: _Steps) -> None:
        """Awards inserted and updated in bulk, certificates superseded, courses marked, all audited in order."""
        label = translate("services.attendance.bulk_awards", "寫入核發時數")
        total = len(self.inserts) + len(self.updates)
        done = 0
        table = table_of(HourAward)
        for start in range(0, len(self.inserts), _WRITE_CHUNK):
            chunk = self.inserts[start : start + _WRITE_CHUNK]
            session.execute(insert(table), chunk)
            done += len(chunk)
            step(done, total, label)
        for start in range(0, len(self.updates), _WRITE_CHUNK):
            chunk = self.updates[start : start + _WRITE_CHUNK]
            session.execute(update(HourAward), chunk)
            done += len(chunk)
            step(done, total, label)
        certificates = _issued_certificates(
            session, [w.award_id for t in self.tallies for w in t.writes if w.hours_changed]
        )
        entries = self._audit_entries(certificates)
        step(0, 1, translate("services.attendance.bulk_awards", "寫入稽核紀錄"))
        superseded = [cid for certs in certificates.values() for cid, _code, _h in certs]
        for start in range(0, len(superseded), _CHUNK):
            session.execute(
                update(Certificate)
                .where(Certificate.id.in_(superseded[start : start + _CHUNK]))
                .values(state=CertificateState.SUPERSEDED, ended_at=utcnow(), end_reason=supersede_reason())
            )
        for course in self.courses:
            if course.state is not CourseState.AWARDED:
                course.state = CourseState.AWARDED
        audit.record_many(session, actor, entries)

    def _audit_entries(self, certificates: dict[uuid.UUID, list[tuple[uuid.UUID, str, int]]]) -> list[audit.Change]:
        """Every audit entry, step by step in start order, as the course-by-course run would write them."""
        entries: list[audit.Change] = []
        for course, tally in zip(self.courses, self.tallies, strict=True):
            for w in tally.writes:
                if w.old is None:
                    entries.append(
                        audit.Change("hour_award", w.award_id, "award", new=w.new, reason=self.reason or award_reason())
                    )
                    continue
                entries.append(
                    audit.Change(
                        "hour_award",
                        w.award_id,
                        "recompute",
                        old=w.old,
                        new=w.new,
                        reason=self.reason or recompute_reason(),
                    )
                )
                if not w.hours_changed:
                    continue
                for _cid, number, printed in certificates.get(w.award_id, ()):
                    entries.append(
                        audit.Change(
                            "certificate",
                            number,
                            "supersede",
                            old={"state": "issued", "hours": printed},
                            new={"state": "superseded", "award_hours": w.new["hours"]},
                            reason=supersede_reason(),
                        )
                    )
                    tally.superseded += 1
            if course.state is not CourseState.AWARDED:
                entries.append(
                    audit.Change(
                        "course",
                        course.code,
                        "award",
                        old={"state": course.state.value},
                        new={"state": CourseState.AWARDED.value},
                        reason=self.reason or award_reason(),
                    )
                )
        return entries


def _issued_certificates(
    session: Session, award_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[tuple[uuid.UUID, str, int]]]:
    """Award id → its issued certificates (id, number, hours printed), by number."""
    found: dict[uuid.UUID, list[tuple[uuid.UUID, str, int]]] = defaultdict(list)
    for start in range(0, len(award_ids), _CHUNK):
        for cid, number, printed, aid in session.execute(
            select(Certificate.id, Certificate.number, Certificate.hours, Certificate.award_id)
            .where(
                Certificate.award_id.in_(award_ids[start : start + _CHUNK]),
                Certificate.state == CertificateState.ISSUED,
            )
            .order_by(Certificate.number)
        ):
            found[aid].append((cid, number, printed))
    return found
