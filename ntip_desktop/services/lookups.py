"""Small reads the pages need for their choosers: entity kinds in the audit log, district centers,
organisations found by code or name. Qt-free, run on the task runner's worker, filtered and limited in SQL.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ntip_desktop.models import AuditEntry, DistrictCenter, Organization
from ntip_desktop.services.auth import CurrentUser, Permission


def audit_entity_kinds(session: Session, user: CurrentUser) -> list[str]:
    """The kinds of records the audit log holds entries for (its entity column is indexed): for its readers."""
    user.require(Permission.VIEW_AUDIT)
    return list(session.execute(select(AuditEntry.entity).distinct().order_by(AuditEntry.entity)).scalars())


@dataclass(frozen=True)
class Choice:
    """Something a user picks from a list: its id and how it is shown."""

    id: uuid.UUID
    code: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.code}　{self.name}"


def district_centers(session: Session) -> list[Choice]:
    rows = session.execute(
        select(DistrictCenter.id, DistrictCenter.code, DistrictCenter.name).order_by(DistrictCenter.code)
    )
    return [Choice(*row) for row in rows]


def search_organizations(session: Session, text: str, *, limit: int = 50) -> list[Choice]:
    """Active organisations whose code starts with ``text`` or whose name contains it (first ``limit``)."""
    text = text.strip()
    if not text:
        return []
    stmt = (
        select(Organization.id, Organization.code, Organization.name)
        .where(
            Organization.active.is_(True),
            or_(Organization.code.startswith(text, autoescape=True), Organization.name.contains(text, autoescape=True)),
        )
        .order_by(Organization.code)
        .limit(limit)
    )
    return [Choice(*row) for row in session.execute(stmt)]
