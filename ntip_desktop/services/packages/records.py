"""The records a package carries, as JSON: one spec per table, its content, its digest, and reading it back.

Each line of a part (``courses.jsonl`` …) is one record: its stable UUID (``id``), its travel data
(``origin``, ``captured_at``, and ``version`` for courses) and its content: every column that says what the
record is, with the references that differ between databases written as what people know them by (the
organiser's code, the teacher's national ID) and the references between travelling records as their UUIDs.
A record's digest is the SHA-256 of its content's canonical JSON: the same in the package and in a database
that holds the same record, whichever engine.
"""

from __future__ import annotations

import enum
import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Enum, Integer, String, Table, Text, Uuid

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import Absence, Course, Enrollment, Segment
from ntip_desktop.models.base import UTCDateTime, table_of
from ntip_desktop.services import canonical_json

#: Columns that are not content: the key, bookkeeping, and the travel data carried beside the content.
NOT_CONTENT = frozenset({"id", "created_at", "updated_at", "version", "origin", "captured_at", "sync_digest"})


@dataclass(frozen=True)
class TableSpec:
    """One table of the package: its part's name, the table, its content columns (in the database)."""

    name: str  #: ``courses``, ``segments``, ``enrollments``, ``attendance``
    entity: str  #: the audit log's entity name
    table: Table
    #: Column name in the database → key in the package (references that differ between databases renamed).
    keys: dict[str, str]
    #: Parent references among the travelling records: package key → spec name.
    parents: dict[str, str]

    @property
    def part(self) -> str:
        return f"{self.name}.jsonl"

    def content_columns(self) -> list[Column[Any]]:
        return [c for c in self.table.c if c.name not in NOT_CONTENT]


def _spec(name: str, entity: str, model: type, renamed: dict[str, str], parents: dict[str, str]) -> TableSpec:
    table = table_of(model)
    keys = {c.name: renamed.get(c.name, c.name) for c in table.c if c.name not in NOT_CONTENT}
    return TableSpec(name, entity, table, keys, parents)


COURSES = _spec("courses", "course", Course, {"organizer_id": "organizer_code"}, {})
SEGMENTS = _spec("segments", "segment", Segment, {}, {"course_id": "courses"})
ENROLLMENTS = _spec("enrollments", "enrollment", Enrollment, {"teacher_id": "teacher"}, {"course_id": "courses"})
ATTENDANCE = _spec("attendance", "absence", Absence, {}, {"enrollment_id": "enrollments", "segment_id": "segments"})
#: In the order they are applied (parents first).
SPECS: tuple[TableSpec, ...] = (COURSES, SEGMENTS, ENROLLMENTS, ATTENDANCE)
BY_NAME = {spec.name: spec for spec in SPECS}


# --- writing ---------------------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """A column value as JSON: enums by value, UUIDs as text, times in ISO 8601 (a zone only where stored)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo is not None else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def canonical_text(content: dict[str, Any]) -> str:
    """A record's content as canonical JSON (keys sorted, no spaces, UTF-8 kept): what its digest covers, and
    the same text the audit chain's canonical form gives for it."""
    return canonical_json.dumps(content)


def canonical(content: dict[str, Any]) -> bytes:
    return canonical_text(content).encode("utf-8")


def text_digest(text: str) -> str:
    """The SHA-256 of a canonical text (``canonical_text``)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def digest(content: dict[str, Any]) -> str:
    """The SHA-256 of a record's content (its canonical JSON)."""
    return text_digest(canonical_text(content))


# --- reading ---------------------------------------------------------------------------------------------


class Invalid(ValueError):
    """A value that does not fit its column."""


Reader = Callable[[Any], Any]


def _text(limit: int | None) -> Reader:
    def read(value: Any) -> Any:
        if not isinstance(value, str) or (limit is not None and len(value) > limit):
            raise Invalid
        return value

    return read


#: Every integer column holds a 32-bit integer (PostgreSQL's INTEGER).
INT_RANGE = range(-(2**31), 2**31)


def _int(value: Any) -> Any:
    if not isinstance(value, int) or isinstance(value, bool) or value not in INT_RANGE:
        raise Invalid
    return value


def _bool(value: Any) -> Any:
    if not isinstance(value, bool):
        raise Invalid
    return value


def _uuid_reader(make: Callable[[str], uuid.UUID]) -> Reader:
    def read(value: Any) -> Any:
        if not isinstance(value, str):
            raise Invalid
        return make(value)

    return read


def _local_time(value: Any) -> Any:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    if moment is None or moment.tzinfo is not None:
        raise Invalid
    return moment


def _utc_time(value: Any) -> Any:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    if moment is None or moment.tzinfo is None:
        raise Invalid
    return moment


def _date(value: Any) -> Any:
    if not isinstance(value, str):
        raise Invalid
    return date.fromisoformat(value)


def _list(value: Any) -> Any:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise Invalid
    return value


def _enum(enum_class: type[enum.Enum]) -> Reader:
    def read(value: Any) -> Any:
        return enum_class(value)

    return read


def _nullable(read: Reader) -> Reader:
    def maybe(value: Any) -> Any:
        return None if value is None else read(value)

    return maybe


def reader_of(column: Column[Any], uuid_of: Callable[[str], uuid.UUID] = uuid.UUID) -> Reader:
    """How to read a JSON value back into ``column``'s Python type, refusing what does not fit; ``uuid_of``
    makes a UUID of its text (a cache: a package names each parent many times)."""
    kind = column.type
    read: Reader
    if isinstance(kind, Enum) and kind.enum_class is not None:
        read = _enum(kind.enum_class)
    elif isinstance(kind, UTCDateTime):
        read = _utc_time
    elif isinstance(kind, DateTime):
        read = _local_time
    elif isinstance(kind, Date):
        read = _date
    elif isinstance(kind, Uuid):
        read = _uuid_reader(uuid_of)
    elif isinstance(kind, Boolean):
        read = _bool
    elif isinstance(kind, Integer):
        read = _int
    elif isinstance(kind, (String, Text)):
        read = _text(getattr(kind, "length", None))
    elif isinstance(kind, JSON):
        read = _list
    else:  # pragma: no cover - a new column type must be taught here
        raise TypeError(f"no reader for {column}")
    return _nullable(read) if column.nullable else read


def bad_line(part: str, line: int, what: str) -> UserError:
    return UserError(
        translate("services.packages.records", "傳報檔的 {part} 第 {line} 行有誤：{what}").format(
            part=part, line=line, what=what
        ),
        field=part,
    )
