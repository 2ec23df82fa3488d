"""Counts by state, read in SQL within the user's scope: the shape every domain's overview shares.

The not-yet-built work pages show them meanwhile; each domain package has its own ``overview`` module.
Qt-free; runs on the task runner's worker.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ntip_desktop.labels import label
from ntip_desktop.models import County, Course, Organization, Role
from ntip_desktop.services.auth import CurrentUser


@dataclass(frozen=True)
class CountLine:
    label: str
    count: int
    note: str = ""


@dataclass(frozen=True)
class Section:
    title: str
    lines: tuple[CountLine, ...]


@dataclass(frozen=True)
class Overview:
    """What an overview page shows: sections of counts, and the scope they were counted in."""

    scope: str
    sections: tuple[Section, ...]

    def count(self, label: str) -> int:
        """The count on the line labelled ``label`` (first match), for tests and summaries."""
        return next(line.count for s in self.sections for line in s.lines if line.label == label)


def course_scope(user: CurrentUser) -> list[Any]:
    """Courses a user's counts cover: a clerk's district, a coordinator's organisation, else all."""
    if user.role is Role.DISTRICT_CLERK:
        return [
            Course.organizer_id.in_(
                select(Organization.id).where(Organization.district_center_id == user.district_center_id)
            )
        ]
    if user.role is Role.SCHOOL_COORDINATOR:
        return [Course.organizer_id == user.organization_id]
    return []


def by_state(
    session: Session, column: Any, states: type[enum.Enum], *where: Any, join: Any = None
) -> tuple[CountLine, ...]:
    """A line per member of ``states`` (the enum ``column`` stores), in definition order, zeros included."""
    stmt = select(column, func.count()).group_by(column)
    if join is not None:
        stmt = stmt.join(*join)
    found: dict[Any, int] = dict(session.execute(stmt.where(*where)).all())
    return tuple(CountLine(label(state), int(found.get(state, 0))) for state in states)


def county_scope(user: CurrentUser) -> list[Any]:
    if user.role is Role.DISTRICT_CLERK:
        return [County.district_center_id == user.district_center_id]
    if user.role is Role.SCHOOL_COORDINATOR:
        return [County.code.in_(select(Organization.county_code).where(Organization.id == user.organization_id))]
    return []
