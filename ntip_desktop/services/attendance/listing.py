"""The courses the 出席登錄 page lists: approved and awarded courses in the user's attendance scope.

Who sees which courses is :mod:`.access`'s rule: certificate staff and the administrator every course, a
school coordinator their organisation's, a district clerk those of organisers in their district. Rows are
plain data, filtered, ordered and paged in SQL; the newest courses come first, since attendance is
recorded after a course is held.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from ntip_desktop.errors import PermissionDenied
from ntip_desktop.i18n import translate
from ntip_desktop.models import Course, CourseState, Enrollment, Organization, Role
from ntip_desktop.services.attendance.access import RECORDABLE_STATES
from ntip_desktop.services.auth import CurrentUser, Permission


@dataclass(frozen=True)
class AttendanceCourse:
    """One course of the page's list."""

    id: uuid.UUID
    code: str
    title: str
    organizer_name: str
    start_at: datetime
    end_at: datetime
    state: CourseState
    teachers: int


#: The orders the list offers: key → column.
ORDERS = {"start_at": Course.start_at, "code": Course.code, "title": Course.title}


S = TypeVar("S", bound=Select[Any])


def _scoped(user: CurrentUser, stmt: S) -> S:
    if user.can(Permission.ISSUE_CERTIFICATES) or user.role is Role.ADMIN:
        return stmt
    if not user.can(Permission.RECORD_ATTENDANCE):
        raise PermissionDenied(translate("services.attendance.listing", "您的身分不能查看出席紀錄。"))
    if user.role is Role.SCHOOL_COORDINATOR and user.organization_id is not None:
        return stmt.where(Course.organizer_id == user.organization_id)
    if user.role is Role.DISTRICT_CLERK and user.district_center_id is not None:
        return stmt.where(Organization.district_center_id == user.district_center_id)
    return stmt.where(Course.id.is_(None))


def _matching(stmt: S, search: str) -> S:
    text = search.strip()
    if not text:
        return stmt
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return stmt.where(
        or_(
            Course.code == text.upper(),
            Course.title.like(pattern, escape="\\"),
            Organization.name.like(pattern, escape="\\"),
        )
    )


def list_attendance_courses(
    session: Session,
    user: CurrentUser,
    search: str = "",
    *,
    order_by: str = "start_at",
    descending: bool = True,
    offset: int = 0,
    limit: int = 100,
) -> list[AttendanceCourse]:
    """Approved and awarded courses in the user's scope whose code is ``search`` or whose title or organiser
    contains it, in the chosen order (newest first by default), with their number of enrolled teachers."""
    column = ORDERS.get(order_by, Course.start_at)
    teachers = select(func.count()).select_from(Enrollment).where(Enrollment.course_id == Course.id).scalar_subquery()
    stmt = (
        select(
            Course.id,
            Course.code,
            Course.title,
            Organization.name,
            Course.start_at,
            Course.end_at,
            Course.state,
            teachers,
        )
        .join(Organization, Organization.id == Course.organizer_id)
        .where(Course.state.in_(RECORDABLE_STATES))
    )
    stmt = _matching(_scoped(user, stmt), search)
    stmt = stmt.order_by(column.desc() if descending else column.asc(), Course.code).offset(offset).limit(limit)
    return [AttendanceCourse(*row) for row in session.execute(stmt).all()]


def count_attendance_courses(session: Session, user: CurrentUser, search: str = "") -> int:
    stmt = (
        select(func.count())
        .select_from(Course)
        .join(Organization, Organization.id == Course.organizer_id)
        .where(Course.state.in_(RECORDABLE_STATES))
    )
    return int(session.execute(_matching(_scoped(user, stmt), search)).scalar_one())
