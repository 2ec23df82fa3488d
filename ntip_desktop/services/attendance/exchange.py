"""Stored attendance and awards as plain data for the command line (docs/cli.md "Hours in the database").

:func:`export_attendance` writes the stored courses, enrollments and absences in the ``ntip hours compute``
input format, over the teachers' whole records, so that anyone can recompute the stored awards outside
the program; :func:`list_awards` reads the stored awards under the same teacher key (the national ID as
stored). Both cross organisers and show national IDs, so they need the certificate staff's permission,
as awarding does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ntip_desktop.models import Course, Enrollment, HourAward, Teacher
from ntip_desktop.services.attendance.awards import (
    CREDITABLE_STATES,
    AwardSummary,
    award_course,
    creditable_course,
    load_records,
)
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.courses import load_course
from ntip_desktop.services.rules.hours_json import input_to_json


def export_attendance(session: Session, user: CurrentUser, course_code: str | None = None) -> dict[str, Any]:
    """The ``hours compute`` input for one course (``course_code``) or for every creditable course (None).

    For one course the document holds its teachers' whole creditable records, every course among them
    included, since the day/week caps (HRS-5) cut across courses. Courses are sorted by code, enrollments
    by teacher and course. UserError when the code is unknown or the course is not creditable.
    """
    user.require(Permission.ISSUE_CERTIFICATES)
    if course_code is None:
        record = load_records(session)
    else:
        course = creditable_course(session, load_course(session, course_code).id)
        same_course = aliased(Enrollment)
        teachers = select(same_course.teacher_id).where(same_course.course_id == course.id)
        record = load_records(session, Enrollment.teacher_id.in_(teachers))
    courses = sorted(record.courses, key=lambda c: c.code)
    enrollments = sorted(record.enrollments, key=lambda e: (e.teacher, e.course))
    return input_to_json(courses, enrollments)


@dataclass(frozen=True)
class ListedAward:
    """One stored award, under the keys of the ``hours compute`` output."""

    teacher: str  #: national ID as stored
    teacher_name: str
    course: str  #: course code
    hours: int
    status: str  #: awarded, capped, void_unexcused, not_completed
    rule_set: str
    trace: tuple[str, ...]
    computed_at: datetime


def list_awards(
    session: Session,
    user: CurrentUser,
    course_code: str | None = None,
    *,
    offset: int = 0,
    limit: int | None = None,
) -> list[ListedAward]:
    """Stored awards (of one course, or all), sorted by teacher then course; UserError for an unknown code."""
    user.require(Permission.ISSUE_CERTIFICATES)
    stmt = (
        select(HourAward, Teacher.national_id, Teacher.name, Course.code)
        .join(Teacher, Teacher.id == HourAward.teacher_id)
        .join(Course, Course.id == HourAward.course_id)
        .order_by(Teacher.national_id, Course.code)
        .offset(offset)
        .limit(limit)
    )
    if course_code is not None:
        stmt = stmt.where(HourAward.course_id == load_course(session, course_code).id)
    return [
        ListedAward(
            teacher=national_id,
            teacher_name=name,
            course=code,
            hours=award.hours,
            status=award.status.value,
            rule_set=award.rule_set_version,
            trace=tuple(award.trace),
            computed_at=award.computed_at,
        )
        for award, national_id, name, code in session.execute(stmt)
    ]


def creditable_course_codes(session: Session, user: CurrentUser) -> list[str]:
    """Codes of every course whose hours may be awarded (approved or awarded), earliest first.

    Awarding in course order means each course's awards are mostly final when stored: a later course
    re-cuts an earlier one's awards only when the caps make it.
    """
    user.require(Permission.ISSUE_CERTIFICATES)
    return list(
        session.execute(
            select(Course.code).where(Course.state.in_(CREDITABLE_STATES)).order_by(Course.start_at, Course.code)
        ).scalars()
    )


def award_course_by_code(session: Session, user: CurrentUser, course_code: str, *, reason: str = "") -> AwardSummary:
    """:func:`award_course` for the course of this code (as typed: spaces and case do not matter)."""
    return award_course(session, user, load_course(session, course_code).id, reason=reason)
