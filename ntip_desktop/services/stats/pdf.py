"""The figures as a printable PDF report (統計報表): the office that prints it, the filters in words, per figure
its chart (the same groups as the page's: :func:`~ntip_desktop.services.stats.charting.chart_plan`) and table.
The drawing is :mod:`ntip_desktop.services.pdf.stats_report`'s."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ntip_desktop.i18n import translate
from ntip_desktop.models import County, DistrictCenter, Role
from ntip_desktop.models.base import utcnow
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.files import write_atomically
from ntip_desktop.services.pdf.stats_report import ChartData, ReportData, TableData, render_stats_report
from ntip_desktop.services.rules.rocdate import format_roc, local_today, roc_moment
from ntip_desktop.services.stats.charting import axis_scale, chart_plan, format_value
from ntip_desktop.services.stats.figures import Figure, Figures


def office_name(session: Session, user: CurrentUser, figures: Figures) -> str:
    """Who the report is from: a district clerk's 區管中心; else the education authority of the county asked
    for; else the network itself (an administrator's figures for every county)."""
    if user.role is Role.DISTRICT_CLERK and user.district_center_id is not None:
        name = session.execute(
            select(DistrictCenter.name).where(DistrictCenter.id == user.district_center_id)
        ).scalar_one_or_none()
        if name:
            return name
    if figures.filter.county_code:
        county = session.execute(
            select(County.name, County.authority_name).where(County.code == figures.filter.county_code)
        ).first()
        if county is not None:
            return county.authority_name or county.name
    return translate("services.stats", "全國教師在職進修資訊網")


def _table(figure: Figure) -> TableData:
    plan = chart_plan(figure)
    units = [c.unit for c in figure.columns]

    def cells(values: tuple[int | float | None, ...]) -> list[str]:
        return [format_value(v, u) for v, u in zip(values, units)]

    return TableData(
        title=figure.title,
        definition=figure.definition,
        header=[figure.group_header, *(c.header for c in figure.columns)],
        rows=[[r.name, *cells(r.values)] for r in (*figure.rows, figure.total)],
        chart=ChartData(plan.title, plan.categories, plan.series(), plan.line, *axis_scale(plan)),
    )


def render_figures_pdf(
    session: Session, user: CurrentUser, figures: Figures, *, printed_on: date | None = None
) -> bytes:
    """The report of ``figures`` as PDF bytes (``write_figures_pdf`` writes them to a file)."""
    user.require(Permission.VIEW_STATISTICS)
    day = printed_on or local_today()
    data = ReportData(
        office=office_name(session, user, figures),
        title=figures.title,
        lines=(
            translate("services.stats", "篩選條件：{filter}").format(filter=figures.filter_text),
            translate("services.stats", "統計範圍：{scope}；製表者：{who}；製表時間：{when}").format(
                scope=figures.scope, who=user.display_name, when=roc_moment(utcnow())
            ),
        ),
        printed_on=format_roc(day, "official"),
        tables=[_table(f) for f in figures.figures],
    )
    return render_stats_report(data)


def write_figures_pdf(
    session: Session, user: CurrentUser, path: Path, figures: Figures, *, printed_on: date | None = None
) -> None:
    """Write the report of ``figures`` to ``path`` (whole or not at all). Only a user who may view statistics
    prints them."""
    content = render_figures_pdf(session, user, figures, printed_on=printed_on)
    write_atomically(Path(path), content)
