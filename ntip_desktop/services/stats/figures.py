"""A figure as plain data (rows of a table a page shows, charts and writes out), and the one grouped query
that computes each figure with its total row.

Each figure is one SQL statement grouped by the figure's key over the rows to count (the *base*, one row per
course, award, application…). Its total row is the sum of its groups; the two kinds of column that do not
add up (distinct teachers, a median) carry, from window functions in the same statement, the parts that do
(see :func:`grouped_statement`). A group's median is ``percentile_cont(0.5)`` on PostgreSQL; on SQLite the
middle one or two values of the group by ``row_number()`` and ``count()`` windows, averaged: the same number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.orm import Session

from ntip_desktop.i18n import translate
from ntip_desktop.services.stats.period import Grouping, Scope, StatsFilter, dialect_of, group_name, grouping_label

Value = int | float | None


@dataclass(frozen=True)
class Column:
    """One column of a figure: ``id`` for JSON and tests, ``header`` for people, ``unit`` for formatting
    (``count``, ``hours``, ``days``, ``percent``)."""

    id: str
    header: str
    unit: str = "count"


class FigureRow(NamedTuple):
    """One group of a figure (``key`` empty for the total row; ``name`` what people read). A named tuple:
    a figure by school has a thousand of them, and a frozen dataclass costs several times as much to make."""

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

    @classmethod
    def counted(
        cls, topic: str, title: str, wanted: StatsFilter, scope: Scope, scope_label: str, *figures: Figure
    ) -> Figures:
        """The figures of ``topic`` as counted for ``wanted`` in ``scope`` (``scope_label``: the user's, in words)."""
        return cls(topic, title, wanted, wanted.describe(scope.county_name), scope_label, figures)

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


#: The aggregates of a figure, given the columns of the base rows (each must add up across groups).
Aggregates = Callable[[Any], Sequence[Any]]


def grouped_statement(
    session: Session,
    base: Select[Any],
    aggregates: Aggregates,
    *,
    median: str | None = None,
    distinct: str | None = None,
    names: tuple[Any, Any] | None = None,
) -> Select[Any]:
    """The figure's one statement: a row per group, ``(key[, name], *aggregates[, distinct, firsts][, median,
    middle_sum, middle_count])``.

    ``base`` labels its group key ``gkey``; it is read once (a common table expression). ``names``, the (key,
    name) columns of a table, name each group by its key after grouping. Every aggregate adds up across groups, so the total row is their sum. The two
    figures that do not add up carry what makes their total: ``distinct`` names a column of ``base`` (NULL where
    not counted) whose distinct values are counted per group, with ``firsts`` counting each value once in the
    whole result (its first row by a window), so that the firsts add up to the total's distinct count;
    ``median`` names a numeric column whose median (NULLs left out) is taken per group, with
    ``middle_sum``/``middle_count`` summing and counting the one or two middle values of the whole result (by
    a window), so that the total's median is their quotient. The windows sort only the key and that column.
    """
    postgres = dialect_of(session) == "postgresql"
    b = base.cte("b")
    grouped: list[Any] = [b.c.gkey.label("gkey")]
    grouped += [a.label(f"a{n}") for n, a in enumerate(aggregates(b.c))]
    if distinct is not None:
        grouped.append(func.count(func.distinct(b.c[distinct])).label("distinct_count"))
    if median is not None and postgres:
        grouped.append(func.percentile_cont(0.5).within_group(b.c[median]).label("group_median"))
    g = select(*grouped).group_by(b.c.gkey).subquery("g")
    columns: list[Any] = [c for c in g.c if c.name != "group_median"]
    source: Any = g
    if names is not None:
        key_column, name_column = names
        source = source.outerjoin(key_column.table, key_column == g.c.gkey)
        columns.insert(1, name_column)
    if distinct is not None:
        d = b.c[distinct]
        ranked = (
            select(b.c.gkey, func.row_number().over(partition_by=d, order_by=b.c.gkey).label("nth"))
            .where(d.is_not(None))
            .subquery("dr")
        )
        firsts = (
            select(ranked.c.gkey, func.count().label("firsts"))
            .where(ranked.c.nth == 1)
            .group_by(ranked.c.gkey)
            .subquery("df")
        )
        source = source.outerjoin(firsts, firsts.c.gkey.is_not_distinct_from(g.c.gkey))
        columns.append(func.coalesce(firsts.c.firsts, 0))
    if median is not None:
        x = b.c[median]
        windows = [
            b.c.gkey,
            x.label("x"),
            func.row_number().over(order_by=x).label("trn"),
            func.count().over().label("tn"),
        ]
        if not postgres:
            windows += [
                func.row_number().over(partition_by=b.c.gkey, order_by=x).label("rn"),
                func.count().over(partition_by=b.c.gkey).label("n"),
            ]
        r = select(*windows).where(x.is_not(None)).subquery("mr")
        in_middle = _middle(r.c.trn, r.c.tn)
        middles: list[Any] = [r.c.gkey]
        if not postgres:
            middles.append(func.avg(case((_middle(r.c.rn, r.c.n), r.c.x), else_=None)).label("group_median"))
        middles += [
            func.sum(case((in_middle, r.c.x), else_=None)).label("middle_sum"),
            func.sum(case((in_middle, 1), else_=0)).label("middle_count"),
        ]
        m = select(*middles).group_by(r.c.gkey).subquery("m")
        source = source.outerjoin(m, m.c.gkey.is_not_distinct_from(g.c.gkey))
        columns += [g.c.group_median if postgres else m.c.group_median, m.c.middle_sum, m.c.middle_count]
    return select(*columns).select_from(source)


def _middle(rank: Any, count: Any) -> Any:
    """The rank is the middle one of ``count`` (odd), or one of the middle two (even)."""
    return and_(rank * 2 >= count, rank * 2 <= count + 2)


#: Built statements by shape (dialect, figure, grouping, period and scope shape): the values are bind parameters.
_STATEMENTS: dict[tuple[Any, ...], Select[Any]] = {}


def run_grouped(
    session: Session,
    key: tuple[Any, ...],
    base: Callable[[], Select[Any]],
    aggregates: Aggregates,
    params: dict[str, Any],
    *,
    median: str | None = None,
    distinct: str | None = None,
    names: tuple[Any, Any] | None = None,
) -> tuple[list[tuple[str, str | None, tuple[Any, ...]]], tuple[Any, ...] | None]:
    """Run :func:`grouped_statement` of ``base()`` with ``params``: the groups as ``(key, name, values)`` sorted by
    key (a group whose key is NULL last, as key ``""``), values being the aggregates, then the distinct count,
    then the median; and the total's values in the same order (None when nothing was counted).

    ``key`` names the statement's shape: the statement is built once per shape and kept (building it costs
    more than running it on a small database); everything that varies within a shape is in ``params``.
    """
    shape = (dialect_of(session), *key)
    stmt = _STATEMENTS.get(shape)
    if stmt is None:
        stmt = grouped_statement(session, base(), aggregates, median=median, distinct=distinct, names=names)
        _STATEMENTS[shape] = stmt
    # Through the connection: the rows are plain tuples, with none of the ORM's result machinery.
    rows = session.connection().execute(stmt, params).all()
    if not rows:
        return [], None
    named = names is not None
    first = 2 if named else 1
    end = len(rows[0]) - (2 if distinct else 0) - (3 if median else 0)
    # Every plain aggregate is a count or a sum: whole numbers (NULL, a sum over nothing, is 0), as are the
    # group's values handed on.
    counts = [[0 if v is None else int(v) for v in row[first:end]] for row in rows]
    total: list[Any] = [sum(column) for column in zip(*counts, strict=True)]
    if distinct:
        for values, row in zip(counts, rows, strict=True):
            values.append(whole(row[end]))
        total.append(sum(whole(row[end + 1]) for row in rows))
    if median:
        at = end + (2 if distinct else 0)
        for values, row in zip(counts, rows, strict=True):
            values.append(row[at])
        middle_count = sum(float(row[at + 2] or 0) for row in rows)
        total.append(sum(float(row[at + 1] or 0) for row in rows) / middle_count if middle_count else None)
    groups = [
        ("" if row[0] is None else str(row[0]), row[1] if named else None, tuple(values))
        for row, values in zip(rows, counts, strict=True)
    ]
    # By key, the group without one last; short numeric keys (months, Art 7 items) in numeric order.
    if any(len(key) < 3 for key, _, _ in groups):
        groups.sort(key=lambda g: (g[0] == "", _sort_key(g[0])))
    else:
        groups.sort(key=itemgetter(0))
        if groups[0][0] == "":
            groups.append(groups.pop(0))
    return groups, tuple(total)


def _sort_key(key: str) -> tuple[int, str]:
    return (int(key), "") if key.isdigit() and len(key) < 3 else (0, key)


def figure_of(
    by: Grouping,
    groups: list[tuple[str, str | None, tuple[Any, ...]]],
    total: tuple[Any, ...] | None,
    columns: tuple[Column, ...],
    values: Callable[[tuple[Any, ...] | None], tuple[Value, ...]] | None = None,
    *,
    id: str,
    title: str,
    definition: str,
) -> Figure:
    """The figure from the groups and total of :func:`run_grouped`; ``values`` turns a raw row (None: no
    rows) into its cells — by default the values as they are (whole numbers), zeros when there was no row."""
    if values is None:

        def values(raw: tuple[Any, ...] | None) -> tuple[Value, ...]:
            return tuple(raw) if raw is not None else (0,) * len(columns)

    return Figure(
        id=id,
        title=title,
        definition=definition,
        group_header=grouping_label(by),
        columns=columns,
        rows=tuple(FigureRow(key, group_name(by, key, name), values(raw)) for key, name, raw in groups),
        total=FigureRow("", translate("services.stats", "合計"), values(total)),
    )


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
