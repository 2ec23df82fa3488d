"""The declarative base, column types and mixins shared by every model module.

Only what both SQLite and PostgreSQL do: generic ``Uuid``, ``JSON``, non-native enums with a CHECK
constraint, timestamps stored in UTC and handed back timezone-aware.
"""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Enum, MetaData, String, Table, TypeDecorator, Uuid, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: One naming convention for every constraint, so that migrations can name what they drop.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A point in time: stored as UTC, always returned timezone-aware (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC timestamp column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        datetime: UTCDateTime(),
        uuid.UUID: Uuid(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


def utcnow() -> datetime:
    return datetime.now(UTC)


def enum_type(enum_cls: type[enum.Enum], name: str) -> Enum:
    """A string column holding ``enum_cls`` values, guarded by a named CHECK constraint."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(m.value) for m in enum_cls),
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class UuidPk:
    """A stable UUID key, for records that travel between databases (offline coordinators)."""

    #: Stable identity across databases; generated on the client.
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)


class Synced:
    """Where a record that travels in report packages was entered, and when (docs/packages.md).

    ``origin`` is the installation id of the program that entered it; None means this database's own
    program (this office, or on a coordinator's laptop that laptop). ``captured_at`` is when it was first
    entered, kept as it travels. ``sync_digest`` is the SHA-256 of the record's content as a package last
    brought it here (None: never imported): when the content still hashes to it, nobody here has edited
    the record since, so a newer package may replace it; otherwise the two sides' edits conflict.
    """

    #: Installation that entered the record (None: this database's own program).
    origin: Mapped[uuid.UUID | None] = mapped_column(default=None)
    #: When first entered (UTC), kept across imports.
    captured_at: Mapped[datetime | None] = mapped_column(default=utcnow)
    #: SHA-256 (hex) of the content as last imported from a package.
    sync_digest: Mapped[str | None] = mapped_column(String(64), default=None)


class Timestamps:
    #: When the row was created (UTC).
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
    #: When the row last changed (UTC).
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow, server_default=func.now())


def table_of(model: type[Base]) -> Table:
    """The table a model is mapped to (SQLAlchemy types ``__table__`` as any FromClause), for Core bulk work."""
    table = model.__table__
    assert isinstance(table, Table)
    return table
