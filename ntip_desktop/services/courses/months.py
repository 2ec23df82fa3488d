"""Back-end counties' report months (docs/rules.md CRS back-end reporting, Art 12(3)(4)): the lock.

A back-end county uploads continuously and, by the 5th of each month, uploads and confirms the previous
month. A confirmed month is locked: no course of that county starting in that month may be changed until
an amendment is opened by recording the official letter's number and date (then the month is
``amending`` until it is confirmed again).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import County, ReportMonth, ReportState
from ntip_desktop.services.rules.rocdate import ROC_OFFSET


def is_locked(session: Session, county_code: str | None, day: date) -> bool:
    """Whether ``county_code``'s report month holding ``day`` is confirmed (and so locked)."""
    if county_code is None:
        return False
    state = session.execute(
        select(ReportMonth.state).where(
            ReportMonth.county_code == county_code, ReportMonth.year == day.year, ReportMonth.month == day.month
        )
    ).scalar_one_or_none()
    return state is ReportState.CONFIRMED


def check_unlocked(session: Session, county_code: str | None, day: date) -> None:
    """Refuse a change to a course of a confirmed month, saying how to open an amendment."""
    if is_locked(session, county_code, day):
        county = session.get(County, county_code)
        raise UserError(
            translate(
                "courses",
                "{county}{year}年{month}月的傳報已確認並鎖定，不能更動其課程。"
                "如需更正，請先依公文（文號與日期）開啟更正案。",
            ).format(county=county.name if county else county_code, year=day.year - ROC_OFFSET, month=day.month),
            field="month",
        )
