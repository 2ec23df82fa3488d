"""Stored courses as plain rows, and a stored course's checklist, for the command line (docs/cli.md).

``ntip courses list`` pages through :func:`listed_courses`; ``ntip courses check CODE`` prints
:func:`stored_checklist`. Both read only. A course's listed state is what the database holds, and
``awarded_only`` asks the rows behind it: courses that have stored hour awards.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from ntip_desktop.models import County, Course, CourseState, HourAward, Organization
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.courses.access import check_course_access, load_course, units_of
from ntip_desktop.services.courses.checks import course_review, items_in_order, run_checks
from ntip_desktop.services.courses.sheets import check_view_scope
from ntip_desktop.services.rules import checklist


@dataclass(frozen=True)
class ListedCourse:
    """One course as the command line lists it."""

    id: uuid.UUID
    code: str
    title: str
    session_label: str
    state: CourseState
    start: datetime  #: local wall-clock
    end: datetime
    organizer: str
    organizer_code: str
    county: str | None
    review_unit: str | None


@dataclass(frozen=True)
class CheckLine:
    """One check as ``review check`` prints it: id, outcome in force, message."""

    id: str
    article: str
    outcome: str  #: in force: a reviewer's override or answer counts
    auto_outcome: str  #: what the rules gave
    message: str


def listed_courses(
    session: Session,
    user: CurrentUser,
    *,
    state: CourseState | None = None,
    awarded_only: bool = False,
    offset: int = 0,
    limit: int = 5000,
) -> list[ListedCourse]:
    """Courses by code: of ``state`` if given, with stored hour awards if ``awarded_only``.

    A reviewer sees the courses of their units and of their district's organisers; a coordinator their
    organisation's; the administrator (and the console) all.
    """
    check_course_access(user)
    stmt = (
        select(
            Course.id,
            Course.code,
            Course.title,
            Course.session_label,
            Course.state,
            Course.start_at,
            Course.end_at,
            Organization.name,
            Organization.code,
            County.name,
            Course.review_unit,
        )
        .join(Organization, Organization.id == Course.organizer_id)
        .outerjoin(County, County.code == Organization.county_code)
        .order_by(Course.code)
        .offset(offset)
        .limit(limit)
    )
    units = units_of(session, user)
    if units is not None:
        if user.organization_id is not None and user.can(Permission.EDIT_COURSES):
            stmt = stmt.where(Course.organizer_id == user.organization_id)
        elif user.district_center_id is not None and user.can(Permission.REVIEW_COURSES):
            stmt = stmt.where(
                Course.review_unit.in_(units) | (Organization.district_center_id == user.district_center_id)
            )
        else:
            return []
    if state is not None:
        stmt = stmt.where(Course.state == state)
    if awarded_only:
        stmt = stmt.where(exists().where(HourAward.course_id == Course.id))
    return [ListedCourse(*row) for row in session.execute(stmt)]


def stored_checklist(session: Session, user: CurrentUser, ref: uuid.UUID | str) -> list[CheckLine]:
    """Every check id of the course with its outcome in force (a reviewer's override counts) and message.

    A course never submitted has no stored checklist: its checks are run as they would be today (nothing is
    stored). Ids a stored checklist lacks (a check added to the rules since) come from such a run too.
    """
    course = load_course(session, ref)
    check_view_scope(session, user, course)
    review = course_review(session, course.id)
    stored = {i.check_id: i for i in items_in_order(review)}
    live = {} if all(c in stored for c, _a in checklist.CHECK_IDS) else {r.id: r for r in run_checks(session, course)}
    lines = []
    for check_id, article in checklist.CHECK_IDS:
        item = stored.get(check_id)
        if item is not None:
            lines.append(CheckLine(check_id, article, item.outcome.value, item.auto_outcome.value, item.message))
        else:
            r = live[check_id]
            lines.append(CheckLine(check_id, article, r.outcome, r.outcome, r.message))
    return lines
