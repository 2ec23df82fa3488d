"""How each column's values are written in a backup (docs/backup.md's table of codecs), and read back.

A value has one form in the file whatever the engine (:func:`encoder` from the value SQLAlchemy reads,
:func:`decoder` to the value it writes, checking it). On SQLite a backup reads, and a restore writes, the
stored form itself (:func:`sqlite_encoder`, :func:`sqlite_decoder`: what SQLAlchemy's SQLite types store —
a UUID as 32 hex digits, a point in time as ``YYYY-MM-DD HH:MM:SS.ffffff`` in UTC, JSON as its text),
skipping SQLAlchemy's conversion of every value to a Python object and back, three times faster on a county
database; the round-trip tests compare both paths value by value.
"""

from __future__ import annotations

import base64
import json
import re
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Enum, Integer, LargeBinary, String, Table, Uuid

from ntip_desktop.models.base import UTCDateTime

#: The codecs: how a column's values are written in a part (see :func:`codec_of`).
CODECS = ("text", "int", "bool", "uuid", "utc", "local", "date", "bytes", "json")


def codec_of(column: Any) -> str:
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return "utc"
    if isinstance(kind, DateTime):
        return "local"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, Uuid):
        return "uuid"
    if isinstance(kind, LargeBinary):
        return "bytes"
    if isinstance(kind, JSON):
        return "json"
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, Integer):
        return "int"
    if isinstance(kind, (String, Enum)):  # an enum is written as the word stored, read back as it
        return "text"
    raise TypeError(f"no backup codec for {column.table.name}.{column.name} ({kind!r})")


def table_columns(table: Table) -> tuple[tuple[str, str], ...]:
    return tuple((c.name, codec_of(c)) for c in table.columns)


# --- through SQLAlchemy's types (PostgreSQL) -------------------------------------------------------------------


def encoder(codec: str) -> Callable[[Any], Any]:
    """The value as SQLAlchemy reads it → its form in the file (JSON: the value; the caller wraps it)."""
    if codec in ("utc", "local", "date"):
        return lambda v: None if v is None else v.isoformat()
    if codec == "uuid":
        return lambda v: None if v is None else str(v)
    if codec == "bytes":
        return lambda v: None if v is None else base64.b64encode(bytes(v)).decode("ascii")
    return lambda v: v


def _utc(v: Any) -> datetime | None:
    if v is None:
        return None
    moment = datetime.fromisoformat(v)
    if moment.tzinfo is None:
        raise ValueError("a point in time without its zone")
    return moment


def _local(v: Any) -> datetime | None:
    if v is None:
        return None
    moment = datetime.fromisoformat(v)
    if moment.tzinfo is not None:
        raise ValueError("a local time with a zone")
    return moment


def _json_text(v: Any) -> str | None:
    """SQL NULL (``null``), or ``[value]``: the value's JSON text."""
    if v is None:
        return None
    if not isinstance(v, list) or len(v) != 1:
        raise ValueError("a JSON value not wrapped in a list of one")
    return json.dumps(v[0], ensure_ascii=False)


def _typed(kind: type) -> Callable[[Any], Any]:
    def check(v: Any) -> Any:
        if v is not None and (not isinstance(v, kind) or (kind is int and isinstance(v, bool))):
            raise ValueError(f"not a {kind.__name__}")
        return v

    return check


def decoder(codec: str) -> Callable[[Any], Any]:
    """The form in the file → the value SQLAlchemy writes (JSON: its text); ValueError when it is not one."""
    decoders: dict[str, Callable[[Any], Any]] = {
        "utc": _utc,
        "local": _local,
        "date": lambda v: None if v is None else date.fromisoformat(v),
        "uuid": lambda v: None if v is None else uuid.UUID(_typed(str)(v)),
        "bytes": lambda v: None if v is None else base64.b64decode(v, validate=True),
        "json": _json_text,
        "text": _typed(str),
        "int": _typed(int),
        "bool": _typed(bool),
    }
    return decoders[codec]


# --- the stored form on SQLite ---------------------------------------------------------------------------------


def sqlite_encoder(codec: str) -> Callable[[Any], Any]:
    """What SQLite holds → the form in the file (JSON: already wrapped, SQL NULL kept apart from ``null``)."""
    if codec == "uuid":
        return lambda v: None if v is None else f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    if codec == "utc":
        return lambda v: None if v is None else v.replace(" ", "T", 1) + "+00:00"
    if codec == "local":
        return lambda v: None if v is None else v.replace(" ", "T", 1)
    if codec == "bytes":
        return lambda v: None if v is None else base64.b64encode(bytes(v)).decode("ascii")
    if codec == "json":
        return lambda v: None if v is None else [json.loads(v)]
    if codec == "bool":
        return lambda v: None if v is None else bool(v)
    return lambda v: v


def _stored_utc(v: Any) -> str | None:
    if isinstance(v, str) and v.endswith("+00:00"):  # as backups write it: checked by the parse, no conversion
        moment = datetime.fromisoformat(v[:-6])
        if moment.tzinfo is not None:
            raise ValueError("two zones")
        return moment.isoformat(" ", "microseconds")
    aware = _utc(v)
    return None if aware is None else aware.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


#: A UUID as backups write it (lower case, hyphens): checked by pattern, a third of the cost of ``uuid.UUID``.
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _stored_uuid(v: Any) -> str | None:
    if v is None:
        return None
    if not _UUID.fullmatch(v):
        return uuid.UUID(v).hex  # another spelling of a UUID, or ValueError
    return str(v).replace("-", "")


def _stored_local(v: Any) -> str | None:
    moment = _local(v)
    return None if moment is None else moment.isoformat(" ", "microseconds")


def sqlite_decoder(codec: str) -> Callable[[Any], Any]:
    """The form in the file → what SQLite holds, checked as :func:`decoder` checks it."""
    decoders: dict[str, Callable[[Any], Any]] = {
        "utc": _stored_utc,
        "local": _stored_local,
        "date": lambda v: None if v is None else date.fromisoformat(v).isoformat(),
        "uuid": _stored_uuid,
        "bool": lambda v: None if _typed(bool)(v) is None else int(v),
    }
    return decoders.get(codec) or decoder(codec)
