"""What a chart of a figure shows, the same on the page (Qt Charts) and in the PDF (reportlab.graphics): the
figure's main count columns, the groups (at most the top :data:`TOP_GROUPS` by the main column, so that a
figure by organiser with hundreds of schools stays readable; the table under it lists them all), and bars, or a
line when the groups are months. Also the counties a user may choose in the filters."""

from __future__ import annotations

import math
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ntip_desktop.i18n import translate
from ntip_desktop.models import County, Role
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.stats.figures import Column, Figure, FigureRow, Value
from ntip_desktop.services.stats.period import Grouping, grouping_label

#: At most this many groups are charted (the largest by the main column); the table shows every group.
TOP_GROUPS = 20

#: The columns charted per figure, the main one first (the one the top groups are chosen by).
CHART_COLUMNS: dict[str, tuple[str, ...]] = {
    "courses.review": ("submitted", "approved", "returned", "rejected"),
    "hours.awards": ("awards", "teachers_trained"),
    "hours.teachers": ("teachers", "under"),
    "certificates.issued": ("issued", "current", "revoked"),
    "certificates.verified": ("checks",),
    "accounts.applications": ("applied", "approved", "returned", "rejected"),
}


@dataclass(frozen=True)
class ChartPlan:
    """One figure's chart: its title, the series (a column each) and the categories (a group each)."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[FigureRow, ...]
    #: A line per column (groups are months, in order) instead of bars.
    line: bool
    #: Only the top groups are charted (the title says so).
    cut: bool
    _indexes: tuple[int, ...]

    @property
    def categories(self) -> list[str]:
        return [r.name for r in self.rows]

    def series(self) -> list[tuple[str, list[float]]]:
        """``(column header, a value per charted group)`` per column; a missing value is charted as 0."""
        return [
            (column.header, [_number(row.values[i]) for row in self.rows])
            for column, i in zip(self.columns, self._indexes)
        ]


def _number(value: Value) -> float:
    return 0.0 if value is None else float(value)


def chart_plan(figure: Figure, top: int = TOP_GROUPS) -> ChartPlan:
    """What to chart of ``figure``: bars of its main columns for at most ``top`` groups (the largest by the main
    column, largest first, when there are more), or lines through the months in order (two or more)."""
    ids = [c.id for c in figure.columns]
    wanted = [c for c in CHART_COLUMNS.get(figure.id, ()) if c in ids] or [ids[0]]
    indexes = tuple(ids.index(c) for c in wanted)
    # a line through the months; one month alone is a bar (a line needs two points)
    line = figure.group_header == grouping_label(Grouping.MONTH) and len(figure.rows) > 1
    rows = figure.rows
    cut = not line and len(rows) > top
    if cut:
        main = indexes[0]
        rows = tuple(sorted(rows, key=lambda r: -_number(r.values[main]))[:top])
    title = figure.title
    if cut:
        title = translate("services.stats", "{title}（依{column}前 {n} 名）").format(
            title=figure.title, column=figure.columns[indexes[0]].header, n=top
        )
    return ChartPlan(title, tuple(figure.columns[i] for i in indexes), rows, line, cut, indexes)


def axis_scale(plan: ChartPlan) -> tuple[float, float]:
    """The value axis of ``plan``'s chart: its top and a whole step (1, 2 or 5 × 10ⁿ) giving at most eight
    ticks, at least five steps high and a step above the largest value, so that counts read as whole numbers."""
    top = max((max(values, default=0.0) for _, values in plan.series()), default=0.0)
    step = 1.0
    while top / step > 8:
        for factor in (2, 2.5, 2):
            step *= factor
            if top / step <= 8:
                break
    return step * max(5, math.floor(top / step) + 1), step  # headroom above the tallest bar


def format_value(value: Value, unit: str) -> str:
    """A cell as people read it: hours and days with one decimal, a percentage with one decimal and its sign,
    counts whole; a value that cannot be had (a median of nothing, a share of zero) as 「—」."""
    if value is None:
        return "—"
    if unit in ("hours", "days"):
        return f"{float(value):.1f}"
    if unit == "percent":
        return f"{float(value):.1f}%"
    return f"{int(value):,}"


@dataclass(frozen=True)
class CountyChoice:
    code: str
    name: str


def stats_counties(session: Session, user: CurrentUser) -> list[CountyChoice]:
    """The counties ``user`` may ask figures for (a district clerk: those of their district center), by code."""
    user.require(Permission.VIEW_STATISTICS)
    stmt = select(County.code, County.name).order_by(County.code)
    if user.role is Role.DISTRICT_CLERK:
        stmt = stmt.where(County.district_center_id == user.district_center_id)
    return [CountyChoice(code, name) for code, name in session.execute(stmt)]
