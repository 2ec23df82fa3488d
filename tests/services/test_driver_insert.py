"""insert_rows stores what the ordinary Core insert stores, value for value, on both engines."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import delete, insert, text
from sqlalchemy.exc import IntegrityError

from ntip_desktop.models import Employment, Teacher
from ntip_desktop.models.base import table_of
from ntip_desktop.services.db import Database
from ntip_desktop.services.driver_insert import insert_rows

TEACHERS = table_of(Teacher)


def _stored(database: Database) -> list[tuple[str, ...]]:
    columns = ", ".join(f"CAST({c.name} AS TEXT)" for c in TEACHERS.c)
    with database.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(f"SELECT {columns} FROM teachers ORDER BY national_id"))]


def test_rows_are_stored_as_the_ordinary_insert_stores_them(database: Database) -> None:
    # a whole second: the stored time keeps its fraction only if the engine's own converter is used
    now = datetime(2026, 11, 30, 8, 0, 0, tzinfo=UTC)
    rows = [
        {
            "id": uuid.UUID(f"0b6c1f0e-8a51-4f38-9a7e-3b1d2c4e5f6{n}"),
            "national_id": f"A12345678{n}",
            "name": f"王小明{n}",
            "organization_id": None,
            # repeated and alternating values: each converted once, and none taken for another
            "employment": (Employment.REGULAR, Employment.SUBSTITUTE, Employment.REGULAR, Employment.OTHER)[n],
            "email": "",
        }
        for n in range(4)
    ]
    shared = {"created_at": now, "updated_at": now}
    with database.session() as s:
        s.execute(insert(TEACHERS), [{**r, **shared} for r in rows])
    ordinary = _stored(database)
    with database.session() as s:
        s.execute(delete(TEACHERS))
        insert_rows(s, TEACHERS, [dict(r) for r in rows], shared)
    assert _stored(database) == ordinary
    assert [row[TEACHERS.c.keys().index("employment")] for row in ordinary] == [
        "regular", "substitute", "regular", "other"
    ]  # fmt: skip
    with database.session() as s:
        s.execute(delete(TEACHERS))
        # a batch that leaves a column to its default goes the ordinary way, defaults and all
        insert_rows(s, TEACHERS, [{k: v for k, v in r.items() if k != "email"} for r in rows], shared)
    assert _stored(database) == ordinary


def test_a_duplicate_key_fails_as_an_ordinary_insert_fails(database: Database) -> None:
    """A batch holding a key the table has already is refused with SQLAlchemy's IntegrityError on both engines
    (PostgreSQL's rows go through COPY): the package import turns that error into its message for the clerk."""
    now = datetime(2026, 11, 30, 8, 0, 0, tzinfo=UTC)
    row = {
        "id": uuid.UUID("0b6c1f0e-8a51-4f38-9a7e-3b1d2c4e5f61"),
        "national_id": "A123456789",
        "name": "王小明",
        "organization_id": None,
        "employment": Employment.REGULAR,
        "email": "",
    }
    with database.session() as s:
        insert_rows(s, TEACHERS, [dict(row)], {"created_at": now, "updated_at": now})
    with pytest.raises(IntegrityError), database.session() as s:
        insert_rows(s, TEACHERS, [{**row, "id": uuid.uuid4()}], {"created_at": now, "updated_at": now})
    assert len(_stored(database)) == 1
