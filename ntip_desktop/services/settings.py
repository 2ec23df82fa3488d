"""Office-wide settings in the database (``settings`` table): read, and write with an audit entry.

A setting is a small JSON object and, for a file such as a seal image, its bytes. Owners prefix their keys
(``certificates.…``); the services that own a key check permissions and validate values, this module only
stores them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ntip_desktop.models import Setting
from ntip_desktop.services import audit


@dataclass(frozen=True)
class StoredSetting:
    key: str
    value: dict[str, Any]
    data: bytes | None


def read_setting(session: Session, key: str) -> StoredSetting | None:
    row = session.get(Setting, key)
    return None if row is None else StoredSetting(row.key, dict(row.value), row.data)


def read_settings(session: Session, prefix: str) -> list[StoredSetting]:
    """Every setting whose key starts with ``prefix``, by key."""
    rows = session.execute(select(Setting).where(Setting.key.startswith(prefix)).order_by(Setting.key)).scalars()
    return [StoredSetting(r.key, dict(r.value), r.data) for r in rows]


def write_setting(
    session: Session,
    actor: audit.Actor,
    key: str,
    value: dict[str, Any],
    data: bytes | None = None,
    *,
    reason: str,
    audit_value: dict[str, Any] | None = None,
) -> None:
    """Create or replace ``key``; audited with the old and new value (``audit_value`` stands in for a secret)."""
    row = session.get(Setting, key)
    old = None if row is None else dict(row.value)
    if row is None:
        row = Setting(key=key, value=value, data=data)
        session.add(row)
    else:
        row.value, row.data = value, data
    session.flush()
    shown = audit_value if audit_value is not None else value
    audit.record(
        session, actor, "setting", key, "set", old=None if old is None or audit_value else old, new=shown, reason=reason
    )


def delete_setting(session: Session, actor: audit.Actor, key: str, *, reason: str) -> bool:
    row = session.get(Setting, key)
    if row is None:
        return False
    old = dict(row.value)
    session.delete(row)
    session.flush()
    audit.record(session, actor, "setting", key, "delete", old=old, reason=reason)
    return True
