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

from sqlalchemy import insert, select, update
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
    recompute_reason,
    supersede_reason,
)
from ntip_desktop.services.auth import CurrentUser
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
    step(0, 1, translate("services.attendance.bulk_awards", "讀取教師的出席紀錄"))
    teacher_ids = _teachers_of(session, [c.id for c in courses])
    record = _Record.load(session, teacher_ids, step)
    step(0, 1, translate("services.attendance.bulk_awards", "計算研習時數"))
    computed = hours.teacher_awards(record.courses, record.enrollments, rule_set)
    plan = _Plan(courses, record, rule_set.version, reason)
    plan.diff(computed, record.existing_awards(session, plan.stored, step))
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
        raise UserError(translate("services.attendance.awards", "找不到此課程。"), field="course")
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


@dataclass
class _Record:
    """The hour engine's input for some teachers' whole creditable records, and the keys back to the rows."""

    courses: list[hours.CourseInput]
    enrollments: list[hours.Enrollment]
    teacher_ids: dict[str, uuid.UUID]  #: national ID → teacher id
    course_ids: dict[str, uuid.UUID]  #: code → course id
    awarded: set[uuid.UUID]  #: courses among them already awarded
    pairs: list[tuple[uuid.UUID, uuid.UUID]]  #: (teacher id, course id) of every enrollment loaded

    @classmethod
    def load(cls, session: Session, teacher_ids: list[uuid.UUID], step: _Steps) -> _Record:
        """Teacher by teacher chunk: national IDs, creditable enrollments and their absences; then courses."""
        creditable = set(session.execute(select(Course.id).where(Course.state.in_(CREDITABLE_STATES))).scalars())
        national: dict[uuid.UUID, str] = {}
        rows: list[tuple[uuid.UUID, uuid.UUID, uuid.UUID, bool]] = []
        absences: dict[uuid.UUID, list[hours.Absence]] = defaultdict(list)
        label = translate("services.attendance.bulk_awards", "讀取教師的出席紀錄")
        for start in range(0, len(teacher_ids), _CHUNK):
            chunk = teacher_ids[start : start + _CHUNK]
            national.update(session.execute(select(Teacher.id, Teacher.national_id).where(Teacher.id.in_(chunk))).all())
            rows.extend(
                r
                for r in session.execute(
                    select(Enrollment.id, Enrollment.teacher_id, Enrollment.course_id, Enrollment.completed).where(
                        Enrollment.teacher_id.in_(chunk)
                    )
                ).all()
                if r[2] in creditable
            )
            for eid, sid, minutes, why in session.execute(
                select(Absence.enrollment_id, Absence.segment_id, Absence.minutes, Absence.reason)
                .join(Enrollment, Enrollment.id == Absence.enrollment_id)
                .where(Enrollment.teacher_id.in_(chunk))
            ):
                absences[eid].append(hours.Absence(str(sid), minutes, why.value))
            step(min(start + _CHUNK, len(teacher_ids)), len(teacher_ids), label)
        course_ids = sorted({cid for _e, _t, cid, _c in rows})
        courses, codes, awarded = _course_inputs(session, course_ids)
        return cls(
            courses=list(courses.values()),
            enrollments=[
                hours.Enrollment(national[tid], codes[cid], completed, tuple(absences.get(eid, ())))
                for eid, tid, cid, completed in rows
            ],
            teacher_ids={nid: tid for tid, nid in national.items()},
            course_ids={code: cid for cid, code in codes.items()},
            awarded=awarded,
            pairs=[(tid, cid) for _e, tid, cid, _c in rows],
        )

    def existing_awards(
        self, session: Session, stored: set[uuid.UUID], step: _Steps
    ) -> dict[tuple[uuid.UUID, uuid.UUID], _Stored]:
        """The stored awards of these teachers for the courses whose awards are stored."""
        teachers = sorted(set(self.teacher_ids.values()))
        found: dict[tuple[uuid.UUID, uuid.UUID], _Stored] = {}
        label = translate("services.attendance.bulk_awards", "比對已核發的時數")
        for start in range(0, len(teachers), _CHUNK):
            for aid, tid, cid, h, status, version, trace in session.execute(
                select(
                    HourAward.id,
                    HourAward.teacher_id,
                    HourAward.course_id,
                    HourAward.hours,
                    HourAward.status,
                    HourAward.rule_set_version,
                    HourAward.trace,
                ).where(HourAward.teacher_id.in_(teachers[start : start + _CHUNK]))
            ):
                if cid in stored:
                    found[tid, cid] = _Stored(
                        aid, {"hours": h, "status": status.value, "rule_set_version": version}, trace
                    )
            step(min(start + _CHUNK, len(teachers)), len(teachers), label)
        return found


def _course_inputs(
    session: Session, course_ids: list[uuid.UUID]
) -> tuple[dict[uuid.UUID, hours.CourseInput], dict[uuid.UUID, str], set[uuid.UUID]]:
    """The courses as the engine's input (segments in time order), their codes, and which are awarded."""
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
    inputs = {
        h.id: hours.CourseInput(
            code=h.code,
            delivery=h.delivery.value,
            segments=tuple(segments[h.id]),
            special_approval=h.special_approval_doc or None,
            credits=h.credits,
            certified_hours=h.certified_hours,
        )
        for h in heads
    }
    return inputs, {h.id: h.code for h in heads}, {h.id for h in heads if h.state is CourseState.AWARDED}


@dataclass(frozen=True)
class _Stored:
    id: uuid.UUID
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
        self.index = {c.id: i for i, c in enumerate(courses)}
        #: Courses whose awards are stored: these, and those awarded already.
        self.stored = set(self.index) | record.awarded
        #: Each teacher's first step: the earliest of these courses they attend.
        self.first: dict[uuid.UUID, int] = {}
        for tid, cid in record.pairs:
            i = self.index.get(cid)
            if i is not None and i < self.first.get(tid, len(courses)):
                self.first[tid] = i
        self.tallies = [_Tally() for _ in courses]
        self.inserts: list[dict[str, Any]] = []
        self.updates: list[dict[str, Any]] = []

    def _step(self, tid: uuid.UUID, cid: uuid.UUID) -> int:
        """Which step of the course-by-course run writes this award (see the module's docstring)."""
        i = self.index.get(cid)
        if i is not None and cid not in self.record.awarded:
            return i
        return self.first[tid]

    def diff(self, computed: list[hours.TeacherAwards], existing: dict[tuple[uuid.UUID, uuid.UUID], _Stored]) -> None:
        now = utcnow()
        teacher_ids, course_ids = self.record.teacher_ids, self.record.course_ids
        for teacher, tails in computed:  # in teacher order, each teacher's awards in course order
            tid = teacher_ids[teacher]
            for code, h, status, trace, _blocks in tails:
                cid = course_ids[code]
                i = self.index.get(cid)
                if i is not None:
                    self.tallies[i].by_status[status] += 1
                    self.tallies[i].total += h
                if cid not in self.stored:
                    continue
                new = {"hours": h, "status": status, "rule_set_version": self.version}
                row = existing.get((tid, cid))
                at = self._step(tid, cid)
                tally = self.tallies[at]
                if row is None:
                    aid = uuid.uuid4()
                    self.inserts.append(
                        {
                            "id": aid,
                            "teacher_id": tid,
                            "course_id": cid,
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
                if row.values == new and list(row.trace) == list(trace):
                    continue
                if cid != self.courses[at].id:
                    tally.others_changed += 1
                self.updates.append(
                    {
                        "id": row.id,
                        "hours": h,
                        "status": AwardStatus(status),
                        "trace": list(trace),
                        "rule_set_version": self.version,
                        "computed_at": now,
                        "updated_at": now,
                    }
                )
                tally.writes.append(_Write(row.id, new, row.values, row.values["hours"] != h))

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
                .values(state=CertificateState.SUPERSEDED)
            )
        for course in self.courses:
            if course.state is not CourseState.AWARDED:
                course.state = CourseState.AWARDED
        audit.record_many(session, actor, entries)

    def _audit_entries(
        self, certificates: dict[uuid.UUID, list[tuple[uuid.UUID, str, int]]]
    ) -> list[audit.PendingEntry]:
        """Every audit entry, step by step in start order, as the course-by-course run would write them."""
        entries: list[audit.PendingEntry] = []
        for course, tally in zip(self.courses, self.tallies, strict=True):
            for w in tally.writes:
                if w.old is None:
                    entries.append(
                        audit.PendingEntry(
                            "hour_award", w.award_id, "award", new=w.new, reason=self.reason or award_reason()
                        )
                    )
                    continue
                entries.append(
                    audit.PendingEntry(
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
                for _cid, code, printed in certificates.get(w.award_id, ()):
                    entries.append(
                        audit.PendingEntry(
                            "certificate",
                            code,
                            "supersede",
                            old={"state": "issued", "hours": printed},
                            new={"state": "superseded", "award_hours": w.new["hours"]},
                            reason=supersede_reason(),
                        )
                    )
                    tally.superseded += 1
            if course.state is not CourseState.AWARDED:
                entries.append(
                    audit.PendingEntry(
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
    """Award id → its issued certificates (id, code, hours printed), by code."""
    found: dict[uuid.UUID, list[tuple[uuid.UUID, str, int]]] = defaultdict(list)
    for start in range(0, len(award_ids), _CHUNK):
        for cid, code, printed, aid in session.execute(
            select(Certificate.id, Certificate.code, Certificate.hours, Certificate.award_id)
            .where(
                Certificate.award_id.in_(award_ids[start : start + _CHUNK]),
                Certificate.state == CertificateState.ISSUED,
            )
            .order_by(Certificate.code)
        ):
            found[aid].append((cid, code, printed))
    return found
