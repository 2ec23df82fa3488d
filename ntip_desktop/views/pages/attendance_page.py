"""出席登錄: for now, approved courses, enrollments, leave and unexcused absences in scope."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ntip_desktop.views.pages.overview import OverviewPage
from ntip_desktop.services.overview import Overview, attendance_overview


class AttendancePage(OverviewPage):
    watches = ("courses", "attendance")

    def heading_text(self) -> str:
        return self.tr("出席登錄：研習與出席概況")

    def later_text(self) -> str:
        return self.tr("逐場登錄簽到、請假與曠課的作業畫面將在之後的版本提供。")

    def overview_function(self) -> Callable[[Any, Any], Overview]:
        return attendance_overview
