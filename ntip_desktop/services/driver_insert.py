"""Core's executemany, with the values converted for the driver once where every row of a batch shares them.

``session.execute(insert(table), rows)`` runs every value of every row through its column type's converter
and builds a parameter set per row. For the hundreds of thousands of rows of a report package (the records
and their audit entries) that was a third of the time spent writing them. :func:`insert_rows` converts with
the same converters SQLAlchemy uses (each column type's engine-specific ``bind_processor``: the database
stores exactly what the ordinary insert stores) but once for the values the batch shares, once per row only
for columns that have a converter at all, and hands the compiled INSERT to the driver as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session


def _unchanged(value: Any) -> Any:
    return value


def converter(table: Table, name: str, dialect: Any) -> Callable[[Any], Any]:
    """What the driver is given for a value of ``table.name`` (the engine's own type: SQLite's DATETIME)."""
    kind = table.c[name].type.dialect_impl(dialect)
    return kind.bind_processor(dialect) or _unchanged


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]], shared: dict[str, Any]) -> None:
    """INSERT ``rows``, each completed with ``shared`` (the values every row has), in the caller's transaction.

    Every column of the table must be in ``shared`` or in each row (no column is left to its default): a
    batch whose first row lacks one goes through the ordinary ``insert(table)`` instead. The rows' dicts are
    converted in place.
    """
    if not rows:
        return
    names = [c.key for c in table.c]
    if set(rows[0]) | set(shared) != set(names):
        session.execute(insert(table), [{**shared, **row} for row in rows])
        return
    connection = session.connection()
    dialect = connection.dialect
    fixed = {name: converter(table, name, dialect)(value) for name, value in shared.items()}
    converting = [
        (name, convert)
        for name in names
        if name not in fixed and (convert := converter(table, name, dialect)) is not _unchanged
    ]
    for row in rows:
        for name, convert in converting:
            row[name] = convert(row[name])
        row.update(fixed)
    compiled = insert(table).compile(dialect=dialect)
    params: list[Any] = rows
    if dialect.positional:
        params = list(map(itemgetter(*(compiled.positiontup or ())), rows))
    connection.exec_driver_sql(compiled.string, params)
