"""The 統計報表 page's use cases (the figures of a topic for a filter, the counties to choose from, the figures
written to XLSX or printed to PDF) as operations for the task runner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ntip_desktop.i18n import translate
from ntip_desktop.services import stats
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.stats import CountyChoice, Figures, StatsFilter
from ntip_desktop.views.operations import Operation

CONTEXT = "views.operations.stats"

#: The topics of the page, in its order: key → the service computing its figures.
TOPICS: dict[str, Callable[..., Figures]] = {
    "courses": stats.course_figures,
    "hours": stats.hour_figures,
    "accounts": stats.account_figures,
}


def load_figures(user: CurrentUser, topic: str, wanted: StatsFilter, under_hours: int) -> Operation[Figures]:
    """The figures of ``topic`` for ``wanted`` in the user's scope (the service checks both)."""

    def work(session: Any) -> Figures:
        if topic == "hours":
            return stats.hour_figures(session, user, wanted, under_hours=under_hours)
        return TOPICS[topic](session, user, wanted)

    return Operation(work, translate("views.operations.stats", "計算統計"), lambda _f: "")


def counties(user: CurrentUser) -> Operation[list[CountyChoice]]:
    return Operation(
        lambda session: stats.stats_counties(session, user),
        translate("views.operations.stats", "讀取縣市"),
        lambda _c: "",
    )


def export_xlsx(user: CurrentUser, path: Path, figures: Figures) -> Operation[Path]:
    """The figures on screen as a workbook, one sheet per figure (whole or not at all)."""

    def work(_session: Any) -> Path:
        stats.write_figures_xlsx(user, path, figures)
        return path

    return Operation(
        work,
        translate("views.operations.stats", "匯出統計 XLSX"),
        lambda p: translate("views.operations.stats", "已匯出 {path}（{n} 個工作表）。").format(
            path=p, n=len(figures.figures)
        ),
    )


def print_pdf(user: CurrentUser, path: Path, figures: Figures) -> Operation[Path]:
    """The figures on screen as a printable PDF report with charts and tables."""

    def work(session: Any) -> Path:
        stats.write_figures_pdf(session, user, path, figures)
        return path

    return Operation(
        work,
        translate("views.operations.stats", "製作統計報表 PDF"),
        lambda p: translate("views.operations.stats", "已存成 {path}，可開啟後列印。").format(path=p),
    )
