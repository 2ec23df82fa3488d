"""Writing many rows fast, in one transaction, with progress and a cancel check between chunks.

Most tables go through SQLAlchemy Core ``insert(Table)`` with lists of dicts, so the column types convert
the values exactly as the ORM would. The million-row tables (enrollments, absences) take tuples whose
values are already in the database's form: ``executemany`` on SQLite and ``COPY … FROM STDIN`` on
PostgreSQL, on the same connection and inside the same transaction. Measured on a million enrollments,
Core's per-row type processing alone cost more than the whole target time.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Column, Connection, Table, insert
from sqlalchemy.orm import Session

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services.driver_insert import insert_rows

#: ``progress(done, total, label)``: rows written so far, rows planned, what is being written (zh-TW).
Progress = Callable[[int, int, str], None]
#: ``cancelled()``: True to stop; the transaction is then rolled back.
Cancelled = Callable[[], bool]


class SeedCancelled(UserError):
    """The user stopped the seed; nothing was written."""

    def __init__(self) -> None:
        super().__init__(translate("services.demo.bulk", "已取消建立示範資料；資料庫維持原狀，沒有寫入任何資料。"))


class BulkWriter:
    """Inserts rows on ``conn`` (inside the caller's transaction) and keeps counts and timings per table."""

    def __init__(
        self,
        conn: Connection,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        chunk: int = 20_000,
    ) -> None:
        self.conn = conn
        self.dialect = conn.dialect
        self.counts: dict[str, int] = defaultdict(int)
        self.seconds: dict[str, float] = defaultdict(float)
        self.planned = 0
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled
        self._chunk = chunk

    # --- values -------------------------------------------------------------------------------

    def render(self, column: Column[Any], value: object) -> object:
        """``value`` as the column type would send it to this database (for the fast path's constants)."""
        processor = column.type.dialect_impl(self.dialect).bind_processor(self.dialect)
        return processor(value) if processor else value

    # --- writing ------------------------------------------------------------------------------

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise SeedCancelled()

    def _written(self, table: Table, rows: int, started: float, label: str) -> None:
        self.counts[table.name] += rows
        self.seconds[table.name] += time.perf_counter() - started
        self.done += rows
        if self._progress is not None:
            self.planned = max(self.planned, self.done)
            self._progress(self.done, self.planned, label)

    def insert(self, table: Table, rows: Sequence[dict[str, Any]], label: str) -> None:
        """Core ``insert(table)`` of ``rows`` (dicts of Python values), in chunks."""
        stmt = insert(table)
        for start in range(0, len(rows), self._chunk):
            self.check()
            chunk = rows[start : start + self._chunk]
            began = time.perf_counter()
            self.conn.execute(stmt, list(chunk))
            self._written(table, len(chunk), began, label)

    def insert_shared(
        self, session: Session, table: Table, rows: Sequence[dict[str, Any]], shared: dict[str, Any], label: str
    ) -> None:
        """Like :meth:`insert`, through :func:`~ntip_desktop.services.driver_insert.insert_rows`: each value
        converted by its column type as Core converts it, but a repeated one (an enum, a reference) once, and
        the values every row shares (``shared``) once. ``session`` is on this writer's connection; every
        column must be in ``shared`` or in each row."""
        for start in range(0, len(rows), self._chunk):
            self.check()
            chunk = list(rows[start : start + self._chunk])
            began = time.perf_counter()
            insert_rows(session, table, chunk, shared)
            self._written(table, len(chunk), began, label)

    def load(self, table: Table, columns: Sequence[str], batches: Iterable[list[tuple[Any, ...]]], label: str) -> None:
        """The fast path: lists of rows whose values are already in database form, written in chunks."""
        pending: list[tuple[Any, ...]] = []
        for rows in batches:
            pending.extend(rows)
            if len(pending) >= self._chunk:
                self._load_chunk(table, columns, pending, label)
                pending = []
        if pending:
            self._load_chunk(table, columns, pending, label)

    def _load_chunk(self, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]], label: str) -> None:
        self.check()
        began = time.perf_counter()
        quote = self.dialect.identifier_preparer.quote
        names = ", ".join(quote(c) for c in columns)
        if self.dialect.name == "postgresql":
            dbapi = self.conn.connection.dbapi_connection
            assert dbapi is not None
            with (
                dbapi.cursor() as cursor,  # type: ignore[attr-defined]
                cursor.copy(f"COPY {quote(table.name)} ({names}) FROM STDIN") as copy,
            ):
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join("?" for _ in columns)
            self.conn.exec_driver_sql(f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})", rows)
        self._written(table, len(rows), began, label)
