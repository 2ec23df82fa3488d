"""The course review desk's use cases (課程審核) as operations for the task runner."""

from __future__ import annotations

from datetime import date
from typing import Any

from ntip_desktop.i18n import translate
from ntip_desktop.services import courses
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.courses import MonthMove, MonthRow
from ntip_desktop.views.operations import Operation

# --- report months (back-end counties, Art 12(3)(4))


def report_months(user: CurrentUser, today: date | None = None) -> Operation[list[MonthRow]]:
    """Every month of the back-end counties in the user's scope, deadlines counted from ``today``."""
    return Operation(
        lambda session: courses.months_of(session, user, around=today),
        translate("courses", "讀取傳報月份"),
        success=lambda _rows: "",
    )


def move_report_month(
    user: CurrentUser, row: MonthRow, action: str, today: date | None = None, **params: Any
) -> Operation[MonthMove]:
    """A move of the report-month workflow (上傳, 確認, 開啟更正, 重新確認) on the version on screen."""
    verb = translate("courses", courses.MONTH_WORKFLOW.move_named(action).verb)
    return Operation(
        lambda session: courses.move_month(
            session,
            user,
            row.county_code,
            row.year,
            row.month,
            action,
            expected_version=row.version,
            today=today,
            **params,
        ),
        verb,
    )
