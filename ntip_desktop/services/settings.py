"""Office-wide settings in the database (``settings`` table): read, and write with an audit entry.

A setting is a small JSON object and, for a file such as a seal image, its bytes. Owners prefix their keys
(``certificates.…``); the services that own a key check permissions and validate values, this module only
stores them.

Settings are edited by several clerks of one office at once, so each carries a version: a write given the
``expected_version`` the person saw (``ABSENT`` when they saw none) is refused with a
:class:`~ntip_desktop.errors.ConflictError` naming the setting, who changed it and when, if someone else has
since changed, created or removed it; so is the loser of two writes racing each other (a stale version, or
two first writes of one key).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ntip_desktop.errors import ConflictError
from ntip_desktop.i18n import translate
from ntip_desktop.models import Setting
from ntip_desktop.services import audit
from ntip_desktop.services.rules.rocdate import roc_moment

#: ``expected_version`` of a person who saw no such setting (versions start at 1).
ABSENT = 0


@dataclass(frozen=True)
class StoredSetting:
    key: str
    value: dict[str, Any]
    data: bytes | None
    version: int = ABSENT


def read_setting(session: Session, key: str) -> StoredSetting | None:
    row = session.get(Setting, key)
    return None if row is None else StoredSetting(row.key, dict(row.value), row.data, row.version)


def read_settings(session: Session, prefix: str) -> list[StoredSetting]:
    """Every setting whose key starts with ``prefix``, by key."""
    rows = session.execute(select(Setting).where(Setting.key.startswith(prefix)).order_by(Setting.key)).scalars()
    return [StoredSetting(r.key, dict(r.value), r.data, r.version) for r in rows]


def setting_version(session: Session, key: str) -> int:
    """The setting's version as stored now (``ABSENT`` when there is none), without loading its bytes."""
    return session.execute(select(Setting.version).where(Setting.key == key)).scalar_one_or_none() or ABSENT


def _changed_by_someone(session: Session, key: str, what: str) -> ConflictError:
    """The refusal of a write on a stale copy of ``key``: what changed, who changed it and when. Read in a
    fresh session, since after a lost race this one may be spent."""
    with Session(bind=session.get_bind()) as fresh:
        handled = audit.last_change(fresh, "setting", key)
    if handled is None:
        return ConflictError(
            translate("services.settings", "{what}已由其他人更新，您的修改沒有寫入。請重新載入後再試。").format(
                what=what or translate("services.settings", "此設定")
            ),
            field="version",
        )
    return ConflictError(
        translate("services.settings", "{what}已由 {who} 於 {when} 更新，您的修改沒有寫入。請重新載入後再試。").format(
            what=what or translate("services.settings", "此設定"), who=handled[0], when=roc_moment(handled[1])
        ),
        field="version",
    )


def _current(session: Session, key: str, expected_version: int | None, what: str) -> Setting | None:
    """The row as stored now (not a copy the session kept), checked against the version the person saw."""
    row = session.get(Setting, key, populate_existing=True)
    if expected_version is not None and (row.version if row is not None else ABSENT) != expected_version:
        raise _changed_by_someone(session, key, what)
    return row


def _flush(session: Session, key: str, what: str) -> None:
    """Flush, turning a lost race into the refusal: the row's version moved or it went (``StaleDataError``),
    or another clerk's first write of the key committed first (the primary key's ``IntegrityError``)."""
    try:
        session.flush()
    except (StaleDataError, IntegrityError):
        raise _changed_by_someone(session, key, what) from None


def write_setting(
    session: Session,
    actor: audit.Actor,
    key: str,
    value: dict[str, Any],
    data: bytes | None = None,
    *,
    reason: str,
    audit_value: dict[str, Any] | None = None,
    expected_version: int | None = None,
    what: str = "",
) -> int:
    """Create or replace ``key``; audited with the old and new value (``audit_value`` stands in for a secret).

    ``expected_version``: the version the person saw (``ABSENT``: none), None to write whatever is there.
    ``what`` names the setting in a refusal (「臺北市政府教育局的印信圖檔」). Returns the new version.
    """
    row = _current(session, key, expected_version, what)
    old = None if row is None else dict(row.value)
    if row is None:
        row = Setting(key=key, value=value, data=data)
        session.add(row)
    else:
        row.value, row.data = value, data
    _flush(session, key, what)
    shown = audit_value if audit_value is not None else value
    audit.record(
        session, actor, "setting", key, "set", old=None if old is None or audit_value else old, new=shown, reason=reason
    )
    return row.version


def delete_setting(
    session: Session,
    actor: audit.Actor,
    key: str,
    *,
    reason: str,
    expected_version: int | None = None,
    what: str = "",
) -> bool:
    """Remove ``key`` (False when there was none); ``expected_version`` and ``what`` as for a write."""
    row = _current(session, key, expected_version, what)
    if row is None:
        return False
    old = dict(row.value)
    session.delete(row)
    _flush(session, key, what)
    audit.record(session, actor, "setting", key, "delete", old=old, reason=reason)
    return True
