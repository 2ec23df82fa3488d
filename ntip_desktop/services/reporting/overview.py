"""Report months by state, amendments and the latest months in the user's scope."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.models import Amendment, County, ReportMonth, ReportState
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.overview import CountLine, Overview, Section, by_state, county_scope
from ntip_desktop.services.rules.rocdate import ROC_OFFSET


def reports_overview(session: Session, user: CurrentUser, *, recent: int = 6) -> Overview:
    user.require(Permission.REPORT_MONTHS)
    scope = county_scope(user)
    join = (County, County.code == ReportMonth.county_code)
    states = by_state(session, ReportMonth.state, ReportState, *scope, join=join)
    amendments = session.execute(
        select(func.count())
        .select_from(Amendment)
        .join(ReportMonth, ReportMonth.id == Amendment.report_month_id)
        .join(*join)
        .where(*scope)
    ).scalar_one()
    latest = session.execute(
        select(ReportMonth.year, ReportMonth.month, County.name, ReportMonth.state, ReportMonth.records)
        .join(*join)
        .where(*scope)
        .order_by(ReportMonth.year.desc(), ReportMonth.month.desc(), County.code)
        .limit(recent)
    ).all()
    months = tuple(
        CountLine(
            translate("services.reporting.overview", "{year}年{month}月 {county}").format(
                year=year - ROC_OFFSET, month=month, county=county
            ),
            int(records),
            label(state),
        )
        for year, month, county, state, records in latest
    )
    sections = [
        Section(
            translate("services.reporting.overview", "月報（依狀態，縣市×月份）"),
            (*states, CountLine(translate("services.reporting.overview", "更正案件"), int(amendments))),
        ),
    ]
    if months:
        sections.append(Section(translate("services.reporting.overview", "最近的月報（傳報筆數）"), months))
    return Overview(user.scope_label, tuple(sections))
