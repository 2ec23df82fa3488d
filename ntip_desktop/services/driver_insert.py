"""Core's executemany, with the values converted for the driver once where every row of a batch shares them.

``session.execute(insert(table), rows)`` runs every value of every row through its column type's converter
and builds a parameter set per row. For the hundreds of thousands of rows of a report package (the records
and their audit entries) that was a third of the time spent writing them. :func:`insert_rows` converts with
the same converters SQLAlchemy uses (each column type's engine-specific ``bind_processor``: the database
stores exactly what the ordinary insert stores) but once for the values the batch shares, once per row only
for columns that have a converter at all, and hands the compiled INSERT to the driver as it is (on
PostgreSQL, the rows as one ``COPY`` stream).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from functools import lru_cache, partial
from itertools import repeat
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import JSON, Column, Connection, Table, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session


def _unchanged(value: Any) -> Any:
    return value


def converter(table: Table, name: str, dialect: Any) -> Callable[[Any], Any]:
    """What the driver is given for a value of ``table.name`` (the engine's own type: SQLite's DATETIME)."""
    kind = table.c[name].type.dialect_impl(dialect)
    return kind.bind_processor(dialect) or _unchanged


def _remembering(column: Column[Any], convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``convert``, computed once per distinct value where a batch repeats values (an enum, a reference to
    another row, the installation a record came from): not for the key, which never repeats, nor for JSON,
    whose values cannot be remembered by."""
    if column.primary_key or isinstance(column.type, JSON):
        return convert
    return lru_cache(maxsize=None, typed=True)(convert)


def json_text(dialect: Any) -> Callable[[str], Any] | None:
    """The driver's form of a JSON column's value given as its JSON text already (None: no such form known
    for this driver; pass the value itself then).

    SQLite stores a JSON column as its text; psycopg sends a ``Json`` whose ``dumps`` is asked for the text and
    so gives the text back unchanged. Either way the database holds exactly that text, and reads it back as
    the value it encodes.
    """
    if dialect.name == "sqlite":
        return _unchanged
    if dialect.driver == "psycopg":
        from psycopg.types.json import Json

        return partial(Json, dumps=str)
    return None


def insert_rows(
    session: Session,
    table: Table,
    rows: list[dict[str, Any]],
    shared: dict[str, Any],
    *,
    ready: Collection[str] = (),
) -> None:
    """INSERT ``rows``, each completed with ``shared`` (the values every row has), in the caller's transaction.

    Every column of the table must be in ``shared`` or in each row (no column is left to its default): a
    batch whose first row lacks one goes through the ordinary ``insert(table)`` instead. Every value is
    converted except those of the columns named in ``ready``, which are the driver's already (a JSON column's
    text through :func:`json_text`). The rows' dicts may be changed.
    """
    if not rows:
        return
    names = [c.key for c in table.c]
    if set(rows[0]) | set(shared) != set(names):
        if ready:
            raise ValueError("values in the driver's form need every column given")
        session.execute(insert(table), [{**shared, **row} for row in rows])
        return
    connection = session.connection()
    dialect = connection.dialect
    fixed = {name: converter(table, name, dialect)(value) for name, value in shared.items()}
    converters = {
        name: _remembering(table.c[name], convert)
        for name in names
        if name not in fixed and name not in ready and (convert := converter(table, name, dialect)) is not _unchanged
    }
    if dialect.driver == "psycopg":
        _copy(connection, table, rows, fixed, converters)
        return
    compiled = insert(table).compile(dialect=dialect)
    params: list[Any]
    if dialect.positional:
        # Column by column (each converter mapped over its column), then zipped into the driver's tuples: no
        # Python loop per row.
        columns: list[Iterable[Any]] = []
        for name in compiled.positiontup or ():
            if name in fixed:
                columns.append(repeat(fixed[name], len(rows)))
            else:
                values = map(itemgetter(name), rows)
                columns.append(map(converters[name], values) if name in converters else values)
        params = list(zip(*columns, strict=True))
    else:
        for row in rows:
            for name, convert in converters.items():
                row[name] = convert(row[name])
            row.update(fixed)
        params = rows
    connection.exec_driver_sql(compiled.string, params)


def _copy(
    connection: Connection,
    table: Table,
    rows: list[dict[str, Any]],
    fixed: dict[str, Any],
    converters: dict[str, Callable[[Any], Any]],
) -> None:
    """PostgreSQL's ``COPY … FROM STDIN`` of the rows, in the connection's transaction: the server takes the
    rows as one stream instead of one statement each (an import's 320,000 rows in a third of the time). The
    same constraints and triggers hold; a failure is raised as SQLAlchemy raises a failed INSERT's
    (``IntegrityError`` for a duplicate key)."""
    import psycopg

    names = [c.key for c in table.c]
    columns: list[Iterable[Any]] = []
    for name in names:
        if name in fixed:
            columns.append(repeat(fixed[name], len(rows)))
        else:
            values = map(itemgetter(name), rows)
            columns.append(map(converters[name], values) if name in converters else values)
    quote = connection.dialect.identifier_preparer.quote
    statement = "COPY {} ({}) FROM STDIN".format(
        connection.dialect.identifier_preparer.format_table(table), ", ".join(quote(table.c[n].name) for n in names)
    )
    dbapi = cast("psycopg.Connection[Any]", connection.connection.dbapi_connection)
    try:
        with dbapi.cursor() as cursor, cursor.copy(statement) as copy:
            for row in zip(*columns, strict=True):
                copy.write_row(row)
    except psycopg.Error as exc:
        raise DBAPIError.instance(statement, None, exc, psycopg.Error, dialect=connection.dialect) from exc
