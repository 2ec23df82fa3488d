"""Courses with awarded hours for the certificate tests: the account world's 臺北市 course of 3 hours with
four teachers (two certifiable, one without a school, one whose unexcused absence voids the hours).

Imported by the service and CLI tests of certificates (not a test module itself).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from account_world import ELEMENTARY_TPE, SCHOOL_TPE, World, build_world
from course_world import add_course
from sqlalchemy import select

from ntip_desktop.models import (
    Absence,
    AbsenceReason,
    CourseState,
    Enrollment,
    Organization,
    Segment,
    Teacher,
)
from ntip_desktop.services import attendance
from ntip_desktop.services.db import Database

COURSE = "115T0001"
TITLE = "差異化教學策略工作坊"


@dataclass(frozen=True)
class CertWorld:
    world: World
    course_id: uuid.UUID
    teachers: dict[str, uuid.UUID]  #: name → id


TEACHERS = (
    ("王大明", "A123456789", SCHOOL_TPE),
    ("林小華", "B223456782", ELEMENTARY_TPE),
    ("陳志豪", "F131104093", None),  #: no school: cannot be certified
    ("張曠課", "A100000001", SCHOOL_TPE),  #: skipped one of two segments unexcused: HRS-4
)


def build_certificate_world(db: Database) -> CertWorld:
    world = build_world(db)
    course_id = add_course(db, code=COURSE, title=TITLE, segments=2, state=CourseState.APPROVED)
    ids: dict[str, uuid.UUID] = {}
    with db.session() as s:
        orgs = {o.code: o for o in s.execute(select(Organization)).scalars()}
        segments = list(s.execute(select(Segment).where(Segment.course_id == course_id)).scalars())
        for seat, (name, nid, org) in enumerate(TEACHERS, start=1):
            teacher = Teacher(national_id=nid, name=name, organization=orgs[org] if org else None)
            s.add(teacher)
            s.flush()
            ids[name] = teacher.id
            enrollment = Enrollment(course_id=course_id, teacher_id=teacher.id, seat_no=seat)
            s.add(enrollment)
            if name == "張曠課":
                s.flush()
                s.add(
                    Absence(
                        enrollment_id=enrollment.id,
                        segment_id=segments[0].id,
                        minutes=90,
                        reason=AbsenceReason.UNEXCUSED,
                    )
                )
    with db.session() as s:
        attendance.award_course(s, world.admin, course_id)
    return CertWorld(world, course_id, ids)


def absent(db: Database, world: CertWorld, name: str, minutes: int) -> None:
    """``name`` missed ``minutes`` of the first segment on leave, and the course is awarded again."""
    with db.session() as s:
        enrollment = s.execute(
            select(Enrollment).where(
                Enrollment.course_id == world.course_id, Enrollment.teacher_id == world.teachers[name]
            )
        ).scalar_one()
        segment = (
            s.execute(select(Segment).where(Segment.course_id == world.course_id).order_by(Segment.start_at))
            .scalars()
            .first()
        )
        assert segment is not None
        s.add(Absence(enrollment_id=enrollment.id, segment_id=segment.id, minutes=minutes, reason=AbsenceReason.LEAVE))
    with db.session() as s:
        attendance.award_course(s, world.world.admin, world.course_id)
