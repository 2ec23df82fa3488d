"""The append-only, hash-chained audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ntip_desktop.models.base import Base, enum_type
from ntip_desktop.vocabulary import AuditSource


class AuditEntry(Base):
    """One state change: who, when, what (entity, id), old → new, why, from where.

    ``hash`` = SHA-256 over ``prev_hash`` and the entry's canonical JSON, so that editing or deleting a
    row breaks the chain (``ntip audit verify``). Triggers refuse UPDATE and DELETE. ``mac`` authenticates
    the hash with the writing installation's key, kept outside the database (``services/audit_keys.py``), so
    that whoever holds only the database cannot recompute the chain after an edit.

    Keyed by ``seq``, not a UUID like the records a coordinator creates offline: the position is part of
    what the hash covers and each database has its own chain, so entries are never merged by key.
    """

    __tablename__ = "audit_log"

    #: Position in the chain (1, 2, 3 …), gap-free.
    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False
    )
    #: When (UTC).
    at: Mapped[datetime] = mapped_column(index=True)
    #: Office user id (text), empty for the system.
    actor_id: Mapped[str] = mapped_column(String(40), default="")
    #: Actor's name at the time.
    actor_name: Mapped[str] = mapped_column(String(60))
    #: Where the change came from.
    source: Mapped[AuditSource] = mapped_column(enum_type(AuditSource, "audit_source"))
    #: Entity kind, e.g. ``account_application``.
    entity: Mapped[str] = mapped_column(String(40), index=True)
    #: Entity id (UUID or code as text).
    entity_id: Mapped[str] = mapped_column(String(60), index=True)
    #: What happened, e.g. ``approve``.
    action: Mapped[str] = mapped_column(String(40))
    #: Values before (only the fields that changed).
    old: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: Values after.
    new: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: Why.
    reason: Mapped[str] = mapped_column(Text, default="")
    #: Hash of the previous entry (64 zeros for the first).
    prev_hash: Mapped[str] = mapped_column(String(64))
    #: This entry's hash.
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    #: Id of the installation key that signed the entry (None never occurs after revision 0009).
    key_id: Mapped[str | None] = mapped_column(String(16))
    #: HMAC-SHA256 of the hash with that key.
    mac: Mapped[str | None] = mapped_column(String(64))


class AuditHead(Base):
    """A single row holding the chain's tip; updating it serialises concurrent writers (row lock).

    Its integer key (always 1) stays: the row belongs to this database's chain and never travels.
    """

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Sequence number of the last entry.
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), default=0)
    #: Hash of the last entry.
    hash: Mapped[str] = mapped_column(String(64))
    #: Id of the installation key that wrote the last entry (None while the log is empty).
    key_id: Mapped[str | None] = mapped_column(String(16))
    #: HMAC-SHA256 of (seq, hash) with that key: cutting the tail off means forging this.
    mac: Mapped[str | None] = mapped_column(String(64))
