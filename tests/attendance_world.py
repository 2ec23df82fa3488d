"""Courses open for attendance: an approved course of 臺北市立建國高級中學 with N teachers and a day of segments
(a tea break and a lunch break among them), more courses for the same teachers, and the office users who
record, view and award attendance. Builds on the account tests' world (district centers, schools, users).

Imported by the attendance service, view and roster tests (not a test module itself).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from account_world import ELEMENTARY_TPE, SCHOOL_KHH, SCHOOL_TPE, _hash, build_world
from sqlalchemy import select

from ntip_desktop.models import (
    Absence,
    AbsenceReason,
    Course,
    CourseState,
    Delivery,
    Enrollment,
    Organization,
    Role,
    Segment,
    SegmentKind,
    Teacher,
)
from ntip_desktop.services import auth
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.db import Database
from ntip_desktop.services.rules.ids import make_id

#: A Monday: the day of the world's course (ISO week 2026-W10).
DAY = date(2026, 3, 2)


@dataclass(frozen=True)
class SegmentSpec:
    label: str
    start: str  #: ``"09:00"``
    end: str
    kind: SegmentKind = SegmentKind.INSTRUCTION
    topic: str = ""


#: A day of three 90-minute instruction blocks (2 hours each, 6 in all; 270 creditable minutes), split by a
#: tea break and a lunch break.
DEFAULT_SEGMENTS = (
    SegmentSpec("S1", "09:00", "10:30", topic="素養導向評量的理念"),
    SegmentSpec("茶敘", "10:30", "10:40", SegmentKind.TEA_BREAK),
    SegmentSpec("S2", "10:40", "12:10", topic="評量題目設計實作"),
    SegmentSpec("午休", "12:10", "13:10", SegmentKind.LUNCH),
    SegmentSpec("S3", "13:10", "14:40", topic="分組發表與回饋"),
)


@dataclass(frozen=True)
class CourseRef:
    id: uuid.UUID
    code: str
    title: str
    segments: dict[str, uuid.UUID]  #: label → id
    enrollments: tuple[uuid.UUID, ...]  #: in seat order (seat 1 first)
    teachers: tuple[uuid.UUID, ...]  #: in seat order


@dataclass(frozen=True)
class AttendanceWorld:
    admin: CurrentUser
    coordinator: CurrentUser  #: 建國中學's, the organiser's
    other_coordinator: CurrentUser  #: 高雄中學's
    clerk: CurrentUser  #: 臺北市區管中心, the organiser's district
    other_clerk: CurrentUser  #: 高雄市區管中心
    certificate_staff: CurrentUser
    course: CourseRef
    teacher_names: tuple[str, ...]  #: of the course's teachers, in seat order


def teacher_name(n: int) -> str:
    return f"教師{n:03d}"


def add_teachers(db: Database, count: int, *, first: int = 1) -> tuple[uuid.UUID, ...]:
    """``count`` teachers 教師001 …, odd ones of 建國中學 and even ones of 大安國小, with valid national IDs."""
    with db.session() as s:
        orgs = dict(
            s.execute(
                select(Organization.code, Organization.id).where(Organization.code.in_([SCHOOL_TPE, ELEMENTARY_TPE]))
            ).all()
        )
        teachers = [
            Teacher(
                national_id=make_id("A", f"{1 + n % 2}{n:07d}"),
                name=teacher_name(n),
                organization_id=orgs[SCHOOL_TPE if n % 2 else ELEMENTARY_TPE],
            )
            for n in range(first, first + count)
        ]
        s.add_all(teachers)
        s.flush()
        return tuple(t.id for t in teachers)


def add_course(
    db: Database,
    *,
    code: str,
    title: str,
    teacher_ids: Sequence[uuid.UUID],
    day: date = DAY,
    segments: Sequence[SegmentSpec] = DEFAULT_SEGMENTS,
    state: CourseState = CourseState.APPROVED,
    org_code: str = SCHOOL_TPE,
    special_approval_doc: str | None = None,
) -> CourseRef:
    """An in-person course on ``day`` with these segments and these teachers enrolled (seats 1, 2, … in order)."""

    def at(clock: str) -> datetime:
        return datetime.combine(day, time.fromisoformat(clock))

    with db.session() as s:
        org_id = s.execute(select(Organization.id).where(Organization.code == org_code)).scalar_one()
        course = Course(
            code=code,
            title=title,
            organizer_id=org_id,
            organizer_category=1,
            start_at=at(segments[0].start),
            end_at=at(segments[-1].end),
            venue="建國中學會議室",
            delivery=Delivery.IN_PERSON,
            audience=["k12_teacher"],
            state=state,
            school_year=114,
            special_approval_doc=special_approval_doc,
            segments=[
                Segment(
                    label=spec.label, start_at=at(spec.start), end_at=at(spec.end), kind=spec.kind, topic=spec.topic
                )
                for spec in segments
            ],
        )
        s.add(course)
        s.flush()
        enrollments = [
            Enrollment(course_id=course.id, teacher_id=tid, seat_no=n) for n, tid in enumerate(teacher_ids, start=1)
        ]
        s.add_all(enrollments)
        s.flush()
        return CourseRef(
            id=course.id,
            code=code,
            title=title,
            segments={seg.label: seg.id for seg in course.segments},
            enrollments=tuple(e.id for e in enrollments),
            teachers=tuple(teacher_ids),
        )


def build_attendance_world(
    db: Database,
    *,
    teachers: int = 3,
    segments: Sequence[SegmentSpec] = DEFAULT_SEGMENTS,
    day: date = DAY,
    state: CourseState = CourseState.APPROVED,
    code: str = "115T0001",
    title: str = "素養導向評量工作坊",
) -> AttendanceWorld:
    """The account world, another school's coordinator, ``teachers`` teachers and their course."""
    base = build_world(db)
    with db.session() as s:
        khh = s.execute(select(Organization.id).where(Organization.code == SCHOOL_KHH)).scalar_one()
        other = auth.create_user(
            s,
            base.admin,
            login="khcoord",
            display_name="高組長",
            password="",
            password_hash=_hash(),
            role=Role.SCHOOL_COORDINATOR,
            organization_id=khh,
        )
    teacher_ids = add_teachers(db, teachers)
    course = add_course(db, code=code, title=title, teacher_ids=teacher_ids, day=day, segments=segments, state=state)
    return AttendanceWorld(
        admin=base.admin,
        coordinator=base.coordinator,
        other_coordinator=other,
        clerk=base.clerk,
        other_clerk=base.other_clerk,
        certificate_staff=base.certificate_staff,
        course=course,
        teacher_names=tuple(teacher_name(n) for n in range(1, teachers + 1)),
    )


def build_world_with_two_absences(db: Database) -> AttendanceWorld:
    """:func:`build_attendance_world` with three teachers and two absences: the first teacher 30 minutes on
    leave in S1, the third 90 minutes unexcused in S3 (a coordinator's laptop in the package tests)."""
    world = build_attendance_world(db, teachers=3)
    with db.session() as s:
        s.add_all(
            [
                Absence(
                    enrollment_id=world.course.enrollments[0],
                    segment_id=world.course.segments["S1"],
                    minutes=30,
                    reason=AbsenceReason.LEAVE,
                ),
                Absence(
                    enrollment_id=world.course.enrollments[2],
                    segment_id=world.course.segments["S3"],
                    minutes=90,
                    reason=AbsenceReason.UNEXCUSED,
                ),
            ]
        )
    return world
