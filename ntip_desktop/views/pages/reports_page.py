"""月報傳報: for now, report months by state and the latest months in scope."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ntip_desktop.views.pages.overview import OverviewPage
from ntip_desktop.services.overview import Overview, reports_overview


class ReportsPage(OverviewPage):
    watches = ("reports",)

    def heading_text(self) -> str:
        return self.tr("月報傳報：月報概況")

    def later_text(self) -> str:
        return self.tr("每月上傳、確認與依公文更正的作業畫面將在之後的版本提供。")

    def overview_function(self) -> Callable[[Any, Any], Overview]:
        return reports_overview
