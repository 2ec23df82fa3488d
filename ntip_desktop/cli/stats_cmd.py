"""``ntip stats (courses|hours|accounts) [--year ROC_YEAR] [--by county|organizer|month] --json|--xlsx FILE``:
the figures of the 統計報表 page (docs/statistics.md), as JSON on stdout or as a workbook."""

from __future__ import annotations

import argparse
from pathlib import Path

from ntip_desktop.cli.jsonio import write_json, write_output
from ntip_desktop.i18n import translate
from ntip_desktop.services import stats
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import open_database

_TOPICS = {
    "courses": stats.course_figures,
    "hours": stats.hour_figures,
    "accounts": stats.account_figures,
}
_GROUPINGS = ("county", "organizer", "month")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "stats", help=translate("cli.stats_cmd", "統計報表：課程審核、研習時數與時數證明、帳號申請")
    )
    parser.add_argument(
        "topic",
        choices=tuple(_TOPICS),
        help=translate("cli.stats_cmd", "courses 課程審核、hours 研習時數與時數證明、accounts 帳號申請"),
    )
    parser.add_argument(
        "--year",
        type=int,
        metavar="ROC_YEAR",
        help=translate("cli.stats_cmd", "學年度（民國，8 月至次年 7 月；預設為本學年度）"),
    )
    parser.add_argument(
        "--by",
        choices=_GROUPINGS,
        default="county",
        help=translate("cli.stats_cmd", "依縣市（county，預設）、單位（organizer）或月份（month）分列"),
    )
    output = parser.add_mutually_exclusive_group(required=True)
    output.add_argument("--json", action="store_true", help=translate("cli.stats_cmd", "以 JSON 輸出"))
    output.add_argument(
        "--xlsx",
        metavar=translate("cli.stats_cmd", "檔案"),
        help=translate("cli.stats_cmd", "寫成 XLSX 活頁簿，每項統計一個工作表"),
    )
    parser.set_defaults(handler=run_stats)


def run_stats(args: argparse.Namespace) -> int:
    changes: dict[str, object] = {"by": stats.Grouping(args.by)}
    if args.year is not None:
        changes["year"] = args.year
    wanted = stats.StatsFilter.current(**changes)
    user = console_user()
    db = open_database(args.db, read_only=True)
    try:
        with db.session() as session:
            figures = _TOPICS[args.topic](session, user, wanted)
    finally:
        db.dispose()
    if args.json:
        write_json(figures.to_json())
        return 0
    path = Path(args.xlsx)
    stats.write_figures_xlsx(user, path, figures)
    write_output(translate("cli.stats_cmd", "已寫出 {path}（{n} 個工作表）").format(path=path, n=len(figures.figures)))
    return 0
