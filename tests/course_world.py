"""Courses for the course-review tests: a well-formed course of 臺北市立建國高級中學 that passes every automatic
check, and variants of it. Builds on the account tests' world (district centers, counties, schools, users).
Imported by service, view and CLI tests of the 課程審核 desk (not a test module itself).
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from account_world import SCHOOL_TPE
from sqlalchemy import select

from ntip_desktop.models import Course, CourseState, Delivery, Organization, Segment, SegmentKind
from ntip_desktop.services.courses import CourseInput, SegmentInput
from ntip_desktop.services.db import Database

#: Far enough ahead that Art 12(2)'s 7-day lead time holds whatever day the tests run.
START = datetime.combine(date.today() + timedelta(days=40), datetime.min.time()).replace(hour=9)


def course_input(org_code: str = SCHOOL_TPE, **changes: object) -> CourseInput:
    """What the course form takes for a course of ``org_code`` that it accepts (two segments), with ``changes``."""
    base = CourseInput(
        organizer_code=org_code,
        title="差異化教學策略工作坊",
        session_label="第1場",
        outline="說明差異化教學的理念與課堂實例，並由教師分組設計適合本校學生的分層學習任務與評量。",
        organizer_category=1,
        basis_doc="北市教研字第1153012345號",
        start_at=START,
        end_at=START + timedelta(hours=3),
        venue="建國中學會議室",
        class_nature="工作坊",
        contact_name="王小明",
        contact_phone="02-2303-4381#201",
        contact_email="wang@ck.tp.edu.tw",
        registered_on=(START - timedelta(days=20)).date(),
        segments=(
            SegmentInput("S1", START, START + timedelta(minutes=90), "instruction", "理念"),
            SegmentInput("S2", START + timedelta(minutes=90), START + timedelta(hours=3), "instruction", "實作"),
        ),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def course_values(**changes: Any) -> dict[str, Any]:
    """The columns of a course that passes every automatic check (art8.focus stays manual)."""
    values: dict[str, Any] = {
        "code": "115T0001",
        "title": "差異化教學策略工作坊",
        "session_label": "第1場",
        "outline": "說明差異化教學的理念與課堂實例，並由教師分組設計適合本校學生的分層學習任務與評量。",
        "organizer_category": 1,
        "basis_doc": "北市教研字第1153012345號",
        "start_at": START,
        "end_at": START + timedelta(hours=3),
        "venue": "建國中學會議室",
        "delivery": Delivery.IN_PERSON,
        "class_nature": "工作坊",
        "audience": ["k12_teacher"],
        "contact_name": "王小明",
        "contact_phone": "02-2303-4381#201",
        "contact_email": "wang@ck.tp.edu.tw",
        "registered_on": (START - timedelta(days=20)).date(),
        "registered_elsewhere": False,
        "state": CourseState.DRAFT,
        "school_year": 115,
    }
    values.update(changes)
    return values


def add_course(db: Database, *, org_code: str = SCHOOL_TPE, segments: int = 1, **changes: Any) -> uuid.UUID:
    """Store a course (draft unless ``state`` is given) with ``segments`` instruction segments of 1½ hours."""
    with db.session() as s:
        org = s.execute(select(Organization).where(Organization.code == org_code)).scalar_one()
        course = Course(organizer_id=org.id, **course_values(**changes))
        start = course.start_at
        for n in range(segments):
            begin = start + timedelta(minutes=90 * n)
            course.segments.append(
                Segment(
                    label=f"S{n + 1}",
                    start_at=begin,
                    end_at=begin + timedelta(minutes=90),
                    kind=SegmentKind.INSTRUCTION,
                    topic="分組實作",
                )
            )
        if segments:
            course.end_at = start + timedelta(minutes=90 * segments)
        s.add(course)
        s.flush()
        return course.id
