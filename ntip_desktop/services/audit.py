"""The hash-chained audit log: record every state change, verify the chain, list entries.

Writers take the chain's tip from ``audit_head`` with a row lock (``SELECT … FOR UPDATE`` on PostgreSQL;
SQLite serialises writers anyway), so concurrent clerks extend one chain and never fork it.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from ntip_desktop.i18n import tr
from ntip_desktop.models import AuditEntry, AuditHead, AuditSource
from ntip_desktop.models.base import utcnow
from ntip_desktop.services import audit_names

GENESIS = "0" * 64


def _now_ms() -> datetime:
    """Now, to the millisecond: what every engine stores and returns unchanged, so hashes recompute."""
    now = utcnow()
    return now.replace(microsecond=(now.microsecond // 1000) * 1000)


@dataclass(frozen=True)
class Actor:
    """Who is acting, and through which channel (ui, import, fax, cli, sync, system)."""

    user_id: str
    name: str
    source: AuditSource = AuditSource.UI

    @staticmethod
    def system(source: AuditSource = AuditSource.SYSTEM, name: str = "系統") -> Actor:
        return Actor(user_id="", name=name, source=source)


#: The program itself (first-run set-up, migrations, demo data when no person is named).
SYSTEM = Actor.system()


def _plain(value: Any) -> Any:
    """JSON-able form of a column value, stable across engines."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _canonical(entry: dict[str, Any]) -> str:
    return json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _entry_fields(e: AuditEntry) -> dict[str, Any]:
    return {
        "seq": e.seq,
        "at": _plain(e.at),
        "actor_id": e.actor_id,
        "actor_name": e.actor_name,
        "source": _plain(e.source),
        "entity": e.entity,
        "entity_id": e.entity_id,
        "action": e.action,
        "old": e.old,
        "new": e.new,
        "reason": e.reason or "",
    }


def entry_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + _canonical(fields)).encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    entity: str,
    entity_id: object,
    action: str,
    *,
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
    reason: str = "",
) -> AuditEntry:
    """Append one entry to the chain in the caller's transaction (flushed, not committed)."""
    # Claim the next position first: the UPDATE takes the write lock (SQLite) or the row lock (PostgreSQL,
    # where a concurrent writer waits and then sees the committed tip), so two writers never share a seq.
    seq, prev_hash = session.execute(
        update(AuditHead)
        .where(AuditHead.id == 1)
        .values(seq=AuditHead.seq + 1)
        .returning(AuditHead.seq, AuditHead.hash)
        .execution_options(synchronize_session=False)
    ).one()
    entry = AuditEntry(
        seq=seq,
        at=_now_ms(),
        actor_id=actor.user_id,
        actor_name=actor.name,
        source=actor.source,
        entity=entity,
        entity_id=str(entity_id),
        action=action,
        old=_plain(old) if old is not None else None,
        new=_plain(new) if new is not None else None,
        reason=reason or "",
        prev_hash=prev_hash,
        hash="",
    )
    entry.hash = entry_hash(prev_hash, _entry_fields(entry))
    session.add(entry)
    session.execute(
        update(AuditHead).where(AuditHead.id == 1).values(hash=entry.hash).execution_options(synchronize_session=False)
    )
    session.flush()
    return entry


@dataclass(frozen=True)
class Change:
    """One entry for :func:`record_many`: what :func:`record` takes besides the session and the actor."""

    entity: str
    entity_id: object
    action: str
    old: dict[str, Any] | None = None
    new: dict[str, Any] | None = None
    reason: str = ""


def record_many(session: Session, actor: Actor, changes: Sequence[Change]) -> int:
    """Append many entries at once (a batch of a thousand certificates): the same chain as calling
    :func:`record` for each, but one claim of positions, one INSERT and one update of the tip."""
    if not changes:
        return 0
    session.flush()
    last, prev_hash = session.execute(
        update(AuditHead)
        .where(AuditHead.id == 1)
        .values(seq=AuditHead.seq + len(changes))
        .returning(AuditHead.seq, AuditHead.hash)
        .execution_options(synchronize_session=False)
    ).one()
    at = _now_ms()
    rows = []
    for seq, change in enumerate(changes, start=last - len(changes) + 1):
        fields = {
            "seq": seq,
            "at": _plain(at),
            "actor_id": actor.user_id,
            "actor_name": actor.name,
            "source": _plain(actor.source),
            "entity": change.entity,
            "entity_id": str(change.entity_id),
            "action": change.action,
            "old": _plain(change.old) if change.old is not None else None,
            "new": _plain(change.new) if change.new is not None else None,
            "reason": change.reason or "",
        }
        digest = entry_hash(prev_hash, fields)
        rows.append({**fields, "at": at, "source": actor.source, "prev_hash": prev_hash, "hash": digest})
        prev_hash = digest
    session.execute(insert(AuditEntry), rows)
    session.execute(
        update(AuditHead).where(AuditHead.id == 1).values(hash=prev_hash).execution_options(synchronize_session=False)
    )
    return len(rows)


def last_change(session: Session, entity: str, entity_id: object) -> tuple[str, datetime] | None:
    """Who last changed a record and when, from its newest audit entry (None when it has none).

    After a lost race the session is spent: pass a fresh one (``fresh_session``) to read the winner.
    """
    row = session.execute(
        select(AuditEntry.actor_name, AuditEntry.at)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    ).first()
    return (str(row[0]), row[1]) if row else None


def changed_fields(obj: object, names: list[str], new_values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(old, new) restricted to the names whose value really changes."""
    old, new = {}, {}
    for name in names:
        if name in new_values and getattr(obj, name) != new_values[name]:
            old[name] = _plain(getattr(obj, name))
            new[name] = _plain(new_values[name])
    return old, new


#: What each kind of break in the chain means, for the person reading the message (zh-TW source text).
CHAIN_PROBLEMS = {
    "missing": "序號 {seq} 的紀錄不見了（遭刪除）",
    "prev_hash": "序號 {seq} 與前一筆的雜湊接不上（前一筆遭竄改或刪除）",
    "altered": "序號 {seq} 的內容與其雜湊值不符（遭竄改）",
    "truncated": "序號 {seq} 起的紀錄不見了（最後幾筆遭刪除）",
}


@dataclass(frozen=True)
class ChainReport:
    entries: int
    ok: bool
    first_bad_seq: int | None = None
    problem: str = ""

    def explanation(self) -> str:
        """The break in plain Chinese, naming the first bad entry (empty when the chain is intact)."""
        if self.ok:
            return ""
        return tr(CHAIN_PROBLEMS.get(self.problem, "序號 {seq} 有誤"), "audit").format(seq=self.first_bad_seq)


def verify(session: Session, *, batch: int = 5000) -> ChainReport:
    """Recompute the chain from the first entry; report the first entry that was altered or removed."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    last_seq = 0
    while True:
        rows = (
            session.execute(select(AuditEntry).where(AuditEntry.seq > last_seq).order_by(AuditEntry.seq).limit(batch))
            .scalars()
            .all()
        )
        if not rows:
            break
        for e in rows:
            count += 1
            if e.seq != expected_seq:
                return ChainReport(count, False, expected_seq, "missing")
            if e.prev_hash != prev:
                return ChainReport(count, False, e.seq, "prev_hash")
            if entry_hash(prev, _entry_fields(e)) != e.hash:
                return ChainReport(count, False, e.seq, "altered")
            prev = e.hash
            expected_seq += 1
            last_seq = e.seq
        session.expunge_all()
    head = session.execute(select(AuditHead).where(AuditHead.id == 1)).scalar_one()
    if head.seq != last_seq or head.hash != prev:
        return ChainReport(count, False, last_seq + 1, "truncated")
    return ChainReport(count, True)


@dataclass(frozen=True)
class AuditRow:
    """An audit entry as a view shows it (plain data, no ORM object)."""

    seq: int
    at: datetime
    actor_name: str
    source: str
    entity: str
    entity_id: str
    action: str
    old: dict[str, Any] | None
    new: dict[str, Any] | None
    reason: str
    #: The record's human code (application number, login, a teacher's name …) where its id is a UUID.
    code: str = ""
    #: Names of the ids the values mention (the decider's id → 「林書記（clerk）」).
    names: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AuditFilter:
    entity: str | None = None
    entity_id: str | None = None
    actor: str | None = None
    source: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    #: A number, login, course code, name or words of the reason (:func:`.audit_names.text_condition`).
    text: str | None = None
    #: Only entries older than this one (paging an export by position: entries written meanwhile stay out).
    before_seq: int | None = None


def _filtered(stmt: Any, f: AuditFilter) -> Any:
    if f.entity:
        stmt = stmt.where(AuditEntry.entity == f.entity)
    if f.entity_id:
        stmt = stmt.where(AuditEntry.entity_id == f.entity_id)
    if f.actor:
        stmt = stmt.where(AuditEntry.actor_name.contains(f.actor))
    if f.source:
        stmt = stmt.where(AuditEntry.source == AuditSource(f.source))
    if f.since:
        stmt = stmt.where(AuditEntry.at >= f.since)
    if f.until:
        stmt = stmt.where(AuditEntry.at < f.until)
    if f.text and f.text.strip():
        stmt = stmt.where(audit_names.text_condition(f.text))
    if f.before_seq is not None:
        stmt = stmt.where(AuditEntry.seq < f.before_seq)
    return stmt


def count_entries(session: Session, f: AuditFilter = AuditFilter()) -> int:
    return session.execute(_filtered(select(func.count()).select_from(AuditEntry), f)).scalar_one()


def list_entries(
    session: Session, f: AuditFilter = AuditFilter(), *, offset: int = 0, limit: int = 200
) -> list[AuditRow]:
    """Newest first, filtered and paged in SQL; each row with its record's code and the names its values
    mention (:mod:`.audit_names`)."""
    stmt = _filtered(select(AuditEntry), f).order_by(AuditEntry.seq.desc()).offset(offset).limit(limit)
    rows = [
        AuditRow(e.seq, e.at, e.actor_name, e.source.value, e.entity, e.entity_id, e.action, e.old, e.new, e.reason)
        for e in session.execute(stmt).scalars()
    ]
    found = audit_names.codes_and_names(session, rows)
    return [
        replace(
            r,
            code=found.codes.get((r.entity, r.entity_id), ""),
            names={k: v for k, v in found.names.items() if _mentions(r, k)},
        )
        for r in rows
    ]


def _mentions(row: AuditRow, text: str) -> bool:
    return any(isinstance(v, dict) and text in v.values() for v in (row.old, row.new))


__all__ = [
    "Actor",
    "AuditFilter",
    "AuditRow",
    "ChainReport",
    "Change",
    "changed_fields",
    "count_entries",
    "list_entries",
    "record",
    "record_many",
    "verify",
]
