"""Recording attendance: absences cell by cell (compare-and-set), and 「其餘出席」 per segment.

Two people may edit one course at once. Each cell carries what its editor saw (``old``); a write is
refused when the database no longer holds that, so nobody overwrites a change they never saw. The course
row and the enrollments touched are locked first (``FOR NO KEY UPDATE`` on PostgreSQL; SQLite serialises
writers anyway), so the comparison and the write are one step: different cells both land, the same cell
edited twice from one value lands once.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from ntip_desktop.changes import Changes
from ntip_desktop.errors import ConflictError, UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import Absence, Course, CourseState, Enrollment, Segment, Teacher
from ntip_desktop.services import audit
from ntip_desktop.services.attendance.access import check_record_scope
from ntip_desktop.services.attendance.awards import AwardSummary, get_course, store_awards
from ntip_desktop.services.attendance.codes import Mark, code_of
from ntip_desktop.services.attendance.grid import GridSegment, course_segments, describe_segment, spans_days
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.rules.rocdate import roc_moment
from ntip_desktop.vocabulary import AbsenceReason

#: The audit entity of a teacher's attendance in a course; its id is ``<course code>#<seat_no>``.
ENTITY = "attendance"

#: Enrollments read (and locked) per statement.
_CHUNK = 500


@dataclass(frozen=True)
class CellChange:
    """One cell as its editor wants it (``new``) and as they saw it before (``old``); None: present."""

    enrollment_id: uuid.UUID
    segment_id: uuid.UUID
    old: Mark | None
    new: Mark | None


@dataclass(frozen=True)
class MarksResult:
    changed: int  #: cells whose absence was added, changed or removed
    changes: Changes
    reawarded: AwardSummary | None  #: the course was awarded: its touched teachers' hours, re-awarded


@dataclass(frozen=True)
class _Seat:
    seat_no: int
    teacher_id: uuid.UUID
    name: str


def attendance_entity_id(course_code: str, seat_no: int) -> str:
    return f"{course_code}#{seat_no}"


def _locked_course(session: Session, user: CurrentUser, course_id: uuid.UUID) -> Course:
    course = get_course(session, course_id, lock=True)
    check_record_scope(user, course)
    return course


def _locked_seats(session: Session, course_id: uuid.UUID, enrollment_ids: list[uuid.UUID]) -> dict[uuid.UUID, _Seat]:
    """The course's enrollments among these ids, locked in id order (two writers never wait on each other)."""
    seats: dict[uuid.UUID, _Seat] = {}
    ordered = sorted(enrollment_ids)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        for eid, seat_no, teacher_id, name in session.execute(
            select(Enrollment.id, Enrollment.seat_no, Enrollment.teacher_id, Teacher.name)
            .join(Teacher, Teacher.id == Enrollment.teacher_id)
            .where(Enrollment.course_id == course_id, Enrollment.id.in_(chunk))
            .order_by(Enrollment.id)
            .with_for_update(of=Enrollment, key_share=True)
        ):
            seats[eid] = _Seat(seat_no, teacher_id, name)
    return seats


def _current_marks(
    session: Session, enrollment_ids: list[uuid.UUID]
) -> dict[tuple[uuid.UUID, uuid.UUID], tuple[uuid.UUID, Mark]]:
    """(enrollment, segment) → (absence id, mark), read after the enrollments were locked."""
    found: dict[tuple[uuid.UUID, uuid.UUID], tuple[uuid.UUID, Mark]] = {}
    for start in range(0, len(enrollment_ids), _CHUNK):
        chunk = enrollment_ids[start : start + _CHUNK]
        for aid, eid, sid, minutes, reason in session.execute(
            select(Absence.id, Absence.enrollment_id, Absence.segment_id, Absence.minutes, Absence.reason).where(
                Absence.enrollment_id.in_(chunk)
            )
        ):
            found[eid, sid] = (aid, Mark(minutes, reason))
    return found


def _who(seat: _Seat) -> str:
    return translate("services.attendance.marks", "{name}（第 {seat} 號）").format(name=seat.name, seat=seat.seat_no)


def _shown(mark: Mark | None, segment: GridSegment) -> str:
    return code_of(mark, segment.minutes) or translate("services.attendance.marks", "出席")


def _check_new(new: Mark | None, seat: _Seat, segment: GridSegment, where: str, dated: bool) -> Mark | None:
    """The wanted mark, validated against the segment: minutes 1 … its length, a known reason."""
    if new is None:
        return None
    try:
        reason = AbsenceReason(new.reason)
    except ValueError:
        raise UserError(
            translate("services.attendance.marks", "{who}於「{segment}」的缺席原因須為請假或曠課。").format(
                who=_who(seat), segment=describe_segment(segment, dated=dated)
            ),
            field=where,
        ) from None
    minutes = new.minutes
    if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes <= 0:
        raise UserError(
            translate("services.attendance.marks", "{who}於「{segment}」的缺席分鐘數須大於 0。").format(
                who=_who(seat), segment=describe_segment(segment, dated=dated)
            ),
            field=where,
        )
    if minutes > segment.minutes:
        raise UserError(
            translate("services.attendance.marks", "{who}於「{segment}」缺席 {m} 分鐘，超過此時段的 {n} 分鐘。").format(
                who=_who(seat), segment=describe_segment(segment, dated=dated), m=minutes, n=segment.minutes
            ),
            field=where,
        )
    return Mark(minutes, reason)


def _refuse_segment(segment: GridSegment | None, course: Course, where: str, dated: bool) -> None:
    if segment is None:
        raise UserError(
            translate("services.attendance.marks", "此時段不屬於課程「{title}」，請重新開啟出席表。").format(
                title=course.title
            ),
            field=where,
        )
    if not segment.markable:
        raise UserError(
            translate("services.attendance.marks", "「{segment}」不是授課時段，不能登錄出缺席").format(
                segment=describe_segment(segment, dated=dated)
            ),
            field=where,
        )


def _conflict(
    session: Session,
    course: Course,
    seat: _Seat,
    segment: GridSegment,
    seen: Mark | None,
    now: Mark | None,
    dated: bool,
) -> ConflictError:
    changed = audit.last_change(session, ENTITY, attendance_entity_id(course.code, seat.seat_no))
    values = {
        "who": _who(seat),
        "segment": describe_segment(segment, dated=dated),
        "now": _shown(now, segment),
        "seen": _shown(seen, segment),
    }
    if changed is None:
        message = translate(
            "services.attendance.marks",
            "{who}於「{segment}」的出缺席已是「{now}」，您看到的是「{seen}」。請重新開啟出席表再登錄。",
        ).format(**values)
    else:
        message = translate(
            "services.attendance.marks",
            "{who}於「{segment}」的出缺席已由 {by} 於 {when} 改為「{now}」，您看到的是「{seen}」。請重新開啟出席表再登錄。",
        ).format(**values, by=changed[0], when=roc_moment(changed[1]))
    return ConflictError(message, field="old")


def set_marks(
    session: Session, user: CurrentUser, course_id: uuid.UUID, cells: Sequence[CellChange], *, reason: str = ""
) -> MarksResult:
    """Record these cells' absences, all or nothing, in the caller's transaction.

    Every cell is validated first (its enrollment and segment belong to the course, the segment is an
    instruction segment, minutes fit it), then compared with what the database holds now: a cell whose
    ``old`` is no longer true raises ConflictError naming the teacher, the segment and who changed it, and
    nothing is written. One audit entry per teacher touched (``attendance``, ``<code>#<seat>``, the changed
    cells as ``{segment label: code}``). An awarded course has its touched teachers' hours re-awarded in the
    same transaction (old → new audited, certificates whose hours changed superseded).
    """
    course = _locked_course(session, user, course_id)
    segments = {s.id: s for s in course_segments(session, course_id)}
    dated = spans_days(tuple(segments.values()))
    seats = _locked_seats(session, course_id, list({c.enrollment_id for c in cells}))
    wanted: dict[tuple[uuid.UUID, uuid.UUID], tuple[int, Mark | None]] = {}
    for i, cell in enumerate(cells):
        where = f"cells[{i}]"
        segment = segments.get(cell.segment_id)
        _refuse_segment(segment, course, where, dated)
        assert segment is not None
        seat = seats.get(cell.enrollment_id)
        if seat is None:
            raise UserError(
                translate(
                    "services.attendance.marks", "此教師不在課程「{title}」的名單上（可能已被移出），請重新開啟出席表。"
                ).format(title=course.title),
                field=where,
            )
        key = (cell.enrollment_id, cell.segment_id)
        if key in wanted:
            raise UserError(
                translate("services.attendance.marks", "{who}於「{segment}」的出缺席重複出現，請只登錄一次。").format(
                    who=_who(seat), segment=describe_segment(segment, dated=dated)
                ),
                field=where,
            )
        wanted[key] = (i, _check_new(cell.new, seat, segment, where, dated))
    current = _current_marks(session, list(seats))
    for (eid, sid), (i, _new) in wanted.items():
        held = current.get((eid, sid))
        now = held[1] if held else None
        if cells[i].old != now:
            raise _conflict(session, course, seats[eid], segments[sid], cells[i].old, now, dated)
    return _write(session, user, course, segments, seats, wanted, current, reason)


def _write(
    session: Session,
    user: CurrentUser,
    course: Course,
    segments: dict[uuid.UUID, GridSegment],
    seats: dict[uuid.UUID, _Seat],
    wanted: dict[tuple[uuid.UUID, uuid.UUID], tuple[int, Mark | None]],
    current: dict[tuple[uuid.UUID, uuid.UUID], tuple[uuid.UUID, Mark]],
    reason: str,
) -> MarksResult:
    """Apply the validated cells in bulk, audit per teacher, re-award an awarded course."""
    inserts: list[dict[str, object]] = []
    updates: list[dict[str, object]] = []
    deletes: list[uuid.UUID] = []
    per_teacher: dict[uuid.UUID, tuple[dict[str, str], dict[str, str]]] = {}
    for (eid, sid), (_i, new) in wanted.items():
        held = current.get((eid, sid))
        old = held[1] if held else None
        if old == new:
            continue
        if held is None:
            assert new is not None
            inserts.append(
                {
                    "id": uuid.uuid4(),
                    "enrollment_id": eid,
                    "segment_id": sid,
                    "minutes": new.minutes,
                    "reason": new.reason,
                }
            )
        elif new is None:
            deletes.append(held[0])
        else:
            updates.append({"id": held[0], "minutes": new.minutes, "reason": new.reason})
        segment = segments[sid]
        before, after = per_teacher.setdefault(eid, ({}, {}))
        before[segment.label] = code_of(old, segment.minutes)
        after[segment.label] = code_of(new, segment.minutes)
    if not per_teacher:
        return MarksResult(0, Changes(), None)
    if inserts:
        session.execute(insert(Absence), inserts)
    if updates:
        session.execute(update(Absence), updates)
    for start in range(0, len(deletes), _CHUNK):
        session.execute(delete(Absence).where(Absence.id.in_(deletes[start : start + _CHUNK])))
    actor = user.actor()
    why = reason or translate("services.attendance.marks", "登錄出缺席")
    for eid in sorted(per_teacher, key=lambda e: seats[e].seat_no):
        before, after = per_teacher[eid]
        audit.record(
            session,
            actor,
            ENTITY,
            attendance_entity_id(course.code, seats[eid].seat_no),
            "update",
            old=before,
            new=after,
            reason=why,
        )
    changes = Changes(attendance=True, audit=True)
    summary = None
    if course.state is CourseState.AWARDED:
        summary = store_awards(
            session,
            actor,
            course,
            [seats[e].teacher_id for e in per_teacher],
            reason=reason or translate("services.attendance.marks", "出席紀錄變更，重新計算研習時數"),
        )
        changes |= summary.changes
    session.flush()
    return MarksResult(len(inserts) + len(updates) + len(deletes), changes, summary)


def set_roll_taken(
    session: Session, user: CurrentUser, course_id: uuid.UUID, segment_ids: Sequence[uuid.UUID], taken: bool
) -> Changes:
    """「其餘出席」: mark these segments' rolls complete (or open again); absences are never touched.

    Refused for a segment of another course or one that is not an instruction segment. One audit entry
    for the course (``attendance``, its code) listing the segments whose flag changed.
    """
    course = _locked_course(session, user, course_id)
    segments = {s.id: s for s in course_segments(session, course_id)}
    dated = spans_days(tuple(segments.values()))
    for i, sid in enumerate(segment_ids):
        _refuse_segment(segments.get(sid), course, f"segment_ids[{i}]", dated)
    flips = sorted(
        {segments[sid] for sid in segment_ids if segments[sid].roll_taken != taken}, key=lambda s: s.start_at
    )
    if not flips:
        return Changes()
    session.execute(update(Segment).where(Segment.id.in_([s.id for s in flips])).values(roll_taken=taken))
    audit.record(
        session,
        user.actor(),
        ENTITY,
        course.code,
        "roll_taken",
        old={s.label: not taken for s in flips},
        new={s.label: taken for s in flips},
        reason=translate("services.attendance.marks", "其餘出席：點名完成，未登錄者視為全程出席")
        if taken
        else translate("services.attendance.marks", "取消「其餘出席」：點名尚未完成"),
    )
    session.flush()
    return Changes(attendance=True, audit=True)
