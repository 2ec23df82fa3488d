"""What others changed since a view last looked: the audit log's head as a cheap change marker.

Every change writes an audit entry and moves the log's head (``audit_head.seq``), on either engine and from
any program sharing the database (clerks on one PostgreSQL server, two programs on one SQLite file). A view
polls :func:`changes_since` every few seconds: one single-row read while nothing moved; when the head moved,
one more query names the kinds of records the new entries are about, as :class:`~ntip_desktop.changes.Changes`
like those a write of its own announces, leaving out the entries the asking user wrote (their own program
announced them already).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from ntip_desktop.changes import NOTHING, Changes
from ntip_desktop.models import AuditEntry, AuditHead

#: The audit log's entity kinds, by the Changes field that makes the views showing them stale.
ENTITY_CHANGES: dict[str, str] = {
    "account": "accounts",
    "account_application": "accounts",
    "fax_check": "accounts",
    "organization": "organizations",
    "county": "organizations",
    "district_center": "organizations",
    "teacher": "teachers",
    "course": "courses",
    "segment": "courses",
    "course_review": "courses",
    "review_item": "courses",
    "external_course": "courses",
    "enrollment": "attendance",
    "absence": "attendance",
    "attendance": "attendance",
    "hour_award": "awards",
    "certificate": "certificates",
    "certificate_verification": "certificates",
    "report_month": "reports",
    "amendment": "reports",
    "office_user": "users",
    "rule_set": "rule_sets",
    "setting": "audit",
}

#: Everything stale: the log moved backwards (the database was replaced) or names a kind not listed above.
EVERYTHING = Changes(**{f.name: True for f in fields(Changes)})


@dataclass(frozen=True)
class ChangeMarker:
    """Where the log's head stands, and what others changed between the marker asked about and it."""

    seq: int
    changes: Changes = NOTHING


def changes_since(session: Session, after: int | None, *, mine: str | None = None) -> ChangeMarker:
    """The head now, and the kinds of records changed by entries after ``after`` (None: the first look, which
    reports nothing) that the user whose id is ``mine`` did not write."""
    head = session.execute(select(AuditHead.seq).where(AuditHead.id == 1)).scalar() or 0
    if after is None or head == after:
        return ChangeMarker(head)
    if head < after:
        return ChangeMarker(head, EVERYTHING)
    stmt = select(AuditEntry.entity).where(AuditEntry.seq > after, AuditEntry.seq <= head).distinct()
    if mine is not None:
        stmt = stmt.where(AuditEntry.actor_id != mine)
    kinds = set(session.execute(stmt).scalars())
    if not kinds:
        return ChangeMarker(head)
    if any(kind not in ENTITY_CHANGES for kind in kinds):
        return ChangeMarker(head, EVERYTHING)
    stale = {"audit": True} | {ENTITY_CHANGES[kind]: True for kind in kinds}
    return ChangeMarker(head, Changes(**stale))
