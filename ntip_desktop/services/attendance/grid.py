"""A course's attendance as the 出席登錄 page shows it: teachers × segments, with the absences marked.

Read in a few queries of plain columns (no ORM object per row), so that a course of 500 teachers and 30
segments opens at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.models import Absence, Course, CourseState, Delivery, Enrollment, Organization, Segment, Teacher
from ntip_desktop.services.attendance.access import check_award_scope, check_record_scope, check_view_scope
from ntip_desktop.services.attendance.awards import CREDITABLE_STATES, get_course
from ntip_desktop.services.attendance.codes import Mark
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.rules.ids import mask_id
from ntip_desktop.services.rules.rocdate import TAIWAN
from ntip_desktop.vocabulary import SegmentKind


@dataclass(frozen=True)
class GridSegment:
    """A column of the grid: one 時段 of the course."""

    id: uuid.UUID
    label: str
    start_at: datetime  #: local wall-clock
    end_at: datetime  #: local wall-clock, same day
    kind: SegmentKind
    topic: str
    minutes: int
    markable: bool  #: an instruction segment: absences may be recorded in it
    roll_taken: bool  #: 「其餘出席」: the roll is complete, unmarked teachers attended


@dataclass(frozen=True)
class GridRow:
    """A row of the grid: one enrolled teacher."""

    enrollment_id: uuid.UUID
    teacher_id: uuid.UUID
    seat_no: int  #: the row code printed on the sign-in sheet
    name: str
    school: str
    masked_id: str  #: national ID with its last four characters hidden (ID-1)
    completed: bool


@dataclass(frozen=True)
class AttendanceGrid:
    course_id: uuid.UUID
    code: str
    title: str
    state: CourseState
    delivery: Delivery
    editable: bool  #: the user may change attendance now (check_record_scope passes)
    awardable: bool  #: the user may award (check_award_scope passes and the course is creditable)
    segments: tuple[GridSegment, ...]  #: in time order
    rows: tuple[GridRow, ...]  #: in seat order
    marks: dict[tuple[uuid.UUID, uuid.UUID], Mark]  #: (enrollment_id, segment_id) → absence


def segment_minutes(start_at: datetime, end_at: datetime) -> int:
    return int((end_at - start_at).total_seconds()) // 60


def course_segments(session: Session, course_id: uuid.UUID) -> tuple[GridSegment, ...]:
    """The course's segments in time order, as plain data."""
    return tuple(
        GridSegment(
            id=sid,
            label=seg_label,
            start_at=start,
            end_at=end,
            kind=kind,
            topic=topic,
            minutes=segment_minutes(start, end),
            markable=kind is SegmentKind.INSTRUCTION,
            roll_taken=roll_taken,
        )
        for sid, seg_label, start, end, kind, topic, roll_taken in session.execute(
            select(
                Segment.id,
                Segment.label,
                Segment.start_at,
                Segment.end_at,
                Segment.kind,
                Segment.topic,
                Segment.roll_taken,
            )
            .where(Segment.course_id == course_id)
            .order_by(Segment.start_at, Segment.label)
        )
    )


def describe_segment(segment: GridSegment, *, dated: bool = False) -> str:
    """How a message names a segment: ``午休 12:00–13:00`` or ``S2 10:40–12:10`` (``3月2日`` first when
    ``dated``, for a course of several days)."""
    name = segment.label if segment.markable else label(segment.kind)
    text = translate("services.attendance.grid", "{name} {start}–{end}").format(
        name=name, start=f"{segment.start_at:%H:%M}", end=f"{segment.end_at:%H:%M}"
    )
    if dated:
        text = translate("services.attendance.grid", "{month}月{day}日 {segment}").format(
            month=segment.start_at.month, day=segment.start_at.day, segment=text
        )
    return text


def spans_days(segments: tuple[GridSegment, ...]) -> bool:
    return len({s.start_at.date() for s in segments}) > 1


def _passes(check: Callable[[CurrentUser, Course], None], user: CurrentUser, course: Course) -> bool:
    try:
        check(user, course)
    except UserError:
        return False
    return True


def load_grid(session: Session, user: CurrentUser, course_id: uuid.UUID) -> AttendanceGrid:
    """The course's roster, segments and absences, and what the user may do with them."""
    course = get_course(session, course_id)
    check_view_scope(user, course)
    rows = tuple(
        GridRow(
            enrollment_id=eid,
            teacher_id=tid,
            seat_no=seat,
            name=name,
            school=school or "",
            masked_id=mask_id(national_id),
            completed=completed,
        )
        for eid, tid, seat, name, school, national_id, completed in session.execute(
            select(
                Enrollment.id,
                Enrollment.teacher_id,
                Enrollment.seat_no,
                Teacher.name,
                Organization.name,
                Teacher.national_id,
                Enrollment.completed,
            )
            .join(Teacher, Teacher.id == Enrollment.teacher_id)
            .outerjoin(Organization, Organization.id == Teacher.organization_id)
            .where(Enrollment.course_id == course_id)
            .order_by(Enrollment.seat_no)
        )
    )
    marks = {
        (eid, sid): Mark(minutes, reason)
        for eid, sid, minutes, reason in session.execute(
            select(Absence.enrollment_id, Absence.segment_id, Absence.minutes, Absence.reason)
            .join(Enrollment, Enrollment.id == Absence.enrollment_id)
            .where(Enrollment.course_id == course_id)
        )
    }
    return AttendanceGrid(
        course_id=course.id,
        code=course.code,
        title=course.title,
        state=course.state,
        delivery=course.delivery,
        editable=_passes(check_record_scope, user, course),
        awardable=course.state in CREDITABLE_STATES and _passes(check_award_scope, user, course),
        segments=course_segments(session, course_id),
        rows=rows,
        marks=marks,
    )


def unrecorded_segments(
    session: Session, user: CurrentUser, course_id: uuid.UUID, *, now: datetime | None = None
) -> list[GridSegment]:
    """Instruction segments that have ended (by Taiwan wall-clock ``now``) and whose roll is not taken.

    The page warns before awarding: unmarked teachers of these segments count as present, perhaps only
    because nobody has keyed in the sign-in sheet yet. Only for those who may see the course's attendance.
    """
    check_view_scope(user, get_course(session, course_id))
    if now is None:
        now = datetime.now(TAIWAN).replace(tzinfo=None)
    return [s for s in course_segments(session, course_id) if s.markable and not s.roll_taken and s.end_at <= now]
