"""Statistics (統計報表, issue 15): the figures a district center or county reports upward, per school year or
term, by county, organiser, Art 7 category, delivery or month (docs/statistics.md).

The domain's public API: views and the command line import from here only. Every figure is one grouped SQL
query over the stored courses, hour awards, certificates and account applications; the results are plain
dataclasses (:class:`Figures` of :class:`Figure` tables) a page shows as tables and charts.
"""

from __future__ import annotations

from ntip_desktop.services.stats.accounts import account_figures
from ntip_desktop.services.stats.charting import (
    TOP_GROUPS,
    ChartPlan,
    CountyChoice,
    axis_scale,
    chart_plan,
    format_value,
    stats_counties,
)
from ntip_desktop.services.stats.courses import course_figures
from ntip_desktop.services.stats.figures import Column, Figure, FigureRow, Figures
from ntip_desktop.services.stats.hours import BANDS, DEFAULT_UNDER_HOURS, hour_figures
from ntip_desktop.services.stats.pdf import write_figures_pdf
from ntip_desktop.services.stats.period import Grouping, StatsFilter, grouping_label, school_year_of
from ntip_desktop.services.stats.xlsx import write_figures_xlsx

__all__ = [
    "BANDS",
    "DEFAULT_UNDER_HOURS",
    "TOP_GROUPS",
    "ChartPlan",
    "Column",
    "CountyChoice",
    "Figure",
    "FigureRow",
    "Figures",
    "Grouping",
    "StatsFilter",
    "account_figures",
    "axis_scale",
    "chart_plan",
    "course_figures",
    "format_value",
    "grouping_label",
    "hour_figures",
    "school_year_of",
    "stats_counties",
    "write_figures_pdf",
    "write_figures_xlsx",
]
