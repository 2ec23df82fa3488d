"""課程審核: for now, courses by state in the user's scope."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ntip_desktop.views.pages.overview import OverviewPage
from ntip_desktop.services.overview import Overview, courses_overview


class CoursesPage(OverviewPage):
    watches = ("courses",)

    def heading_text(self) -> str:
        return self.tr("課程審核：研習課程概況")

    def later_text(self) -> str:
        return self.tr("依第 7、8、9 條逐項檢核、核准或退回補正的審核畫面將在之後的版本提供。")

    def overview_function(self) -> Callable[[Any, Any], Overview]:
        return courses_overview
