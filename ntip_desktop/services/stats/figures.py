"""A figure as plain data (rows of a table a page shows, charts and writes out), and the one grouped query
that computes each figure with its total row.

Each figure is one SQL statement: the rows to count (the *base*, one row per course, award, application…)
are read twice through a two-row join, once under their group's key and once under the total's, and
grouped on that. So the total row of a median or of distinct teachers is computed by the database like every
other row, not added up from the groups. A median is ``percentile_cont(0.5)`` on PostgreSQL; on SQLite the
middle one or two values of each group by ``row_number()`` and ``count()`` windows, averaged: the same number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, case, func, literal, select, true
from sqlalchemy.orm import Session

from ntip_desktop.services.stats.period import StatsFilter, dialect_of

Value = int | float | None


@dataclass(frozen=True)
class Column:
    """One column of a figure: ``id`` for JSON and tests, ``header`` for people, ``unit`` for formatting
    (``count``, ``hours``, ``days``, ``percent``)."""

    id: str
    header: str
    unit: str = "count"


@dataclass(frozen=True)
class FigureRow:
    """One group of a figure (``key`` empty for the total row; ``name`` what people read)."""

    key: str
    name: str
    values: tuple[Value, ...]


@dataclass(frozen=True)
class Figure:
    """One table of figures: a row per group and the total, a value per column."""

    id: str
    title: str
    #: What counts, in one sentence (docs/statistics.md has the long form).
    definition: str
    group_header: str
    columns: tuple[Column, ...]
    rows: tuple[FigureRow, ...]
    total: FigureRow

    def value(self, key: str | None, column: str) -> Value:
        """The value in the row ``key`` (None: the total row) and column ``column``; 0 for a group with no row."""
        index = [c.id for c in self.columns].index(column)
        if key is None:
            return self.total.values[index]
        row = next((r for r in self.rows if r.key == key), None)
        if row is None:
            return None if self.columns[index].unit in ("days", "percent") else 0
        return row.values[index]

    def to_json(self) -> dict[str, object]:
        def row(r: FigureRow) -> dict[str, object]:
            return {"key": r.key, "name": r.name, **{c.id: v for c, v in zip(self.columns, r.values)}}

        return {
            "id": self.id,
            "title": self.title,
            "definition": self.definition,
            "group": self.group_header,
            "columns": [{"id": c.id, "header": c.header, "unit": c.unit} for c in self.columns],
            "rows": [row(r) for r in self.rows],
            "total": row(self.total),
        }


@dataclass(frozen=True)
class Figures:
    """The figures of one topic (courses, hours, accounts) for one filter, in the scope they were counted in."""

    topic: str
    title: str
    filter: StatsFilter
    #: The filter in words (period, county, grouping).
    filter_text: str
    #: Whose figures: the user's scope (a district center's name, or 全部).
    scope: str
    figures: tuple[Figure, ...]

    def figure(self, figure_id: str) -> Figure:
        return next(f for f in self.figures if f.id == figure_id)

    def to_json(self) -> dict[str, object]:
        return {
            "topic": self.topic,
            "title": self.title,
            "year": self.filter.year,
            "term": self.filter.term,
            "county": self.filter.county_code,
            "by": self.filter.by.value,
            "filter": self.filter_text,
            "scope": self.scope,
            "figures": [f.to_json() for f in self.figures],
        }


#: The aggregates of a figure, given the columns of the (expanded) base rows.
Aggregates = Callable[[Any], Sequence[Any]]


def grouped_statement(
    session: Session, base: Select[Any], aggregates: Aggregates, *, median: str | None = None, named: bool = False
) -> Select[Any]:
    """The figure's statement: rows ``(total, key[, name], *aggregates[, median])``, one per group and one
    with ``total`` = 1 for everything.

    ``base`` labels its group key ``gkey`` (and, when ``named``, its display name ``gname``); ``median`` names
    a numeric column of ``base`` whose median (NULLs left out) ends each row.
    """
    b = base.subquery("b")
    sets = select(literal(0).label("t")).union_all(select(literal(1).label("t"))).subquery("sets")
    measures = [c for c in b.c if c.name not in ("gkey", "gname")]
    columns: list[Any] = [sets.c.t.label("t"), case((sets.c.t == 0, b.c.gkey), else_=None).label("gkey")]
    if named:
        columns.append(b.c.gname)
    expanded = select(*columns, *measures).select_from(b.join(sets, true()))
    median_expr: Any = None
    if median is not None and dialect_of(session) != "postgresql":
        e = expanded.subquery("e")
        x = e.c[median]
        part = (e.c.t, e.c.gkey)
        ranked = select(
            *e.c,
            func.row_number().over(partition_by=part, order_by=(x.is_(None), x)).label("rn"),
            func.count(x).over(partition_by=part).label("n"),
        ).subquery("r")
        c = ranked.c
        middle = and_(c[median].is_not(None), c.rn * 2 >= c.n, c.rn * 2 <= c.n + 2)
        median_expr = func.avg(case((middle, c[median]), else_=None))
    else:
        ranked = expanded.subquery("r")
        c = ranked.c
        if median is not None:
            median_expr = func.percentile_cont(0.5).within_group(c[median])
    stmt = select(c.t, c.gkey, *([func.max(c.gname)] if named else []), *aggregates(c))
    if median_expr is not None:
        stmt = stmt.add_columns(median_expr)
    return stmt.group_by(c.t, c.gkey)


def run_grouped(
    session: Session, base: Select[Any], aggregates: Aggregates, *, median: str | None = None, named: bool = False
) -> tuple[list[tuple[str, str | None, tuple[Any, ...]]], tuple[Any, ...] | None]:
    """Run :func:`grouped_statement`: the groups as ``(key, name, values)`` sorted by key (a group whose key is
    NULL last, as key ``""``), and the total's values (None when nothing was counted)."""
    groups: list[tuple[str, str | None, tuple[Any, ...]]] = []
    total = None
    for row in session.execute(grouped_statement(session, base, aggregates, median=median, named=named)):
        values = tuple(row[3:] if named else row[2:])
        if row[0] == 1:
            total = values
        else:
            groups.append(("" if row[1] is None else str(row[1]), row[2] if named else None, values))
    groups.sort(key=lambda g: (g[0] == "", _sort_key(g[0])))
    return groups, total


def _sort_key(key: str) -> tuple[int, str]:
    return (int(key), "") if key.isdigit() and len(key) < 3 else (0, key)


def share(part: Value, whole: Value) -> float | None:
    """``part`` as a percentage of ``whole``, one decimal; None when ``whole`` is 0."""
    if not whole or part is None:
        return None
    return round(100.0 * float(part) / float(whole), 1)


def days(seconds: Value) -> float | None:
    """A duration in seconds (a median) as days, one decimal."""
    return None if seconds is None else round(float(seconds) / 86400, 1)


def whole(value: Any) -> int:
    """A count or sum from the database as an int (NULL, from a sum over nothing, is 0)."""
    return 0 if value is None else int(value)
