"""``ntip hours compute FILE|-``: the HRS rules over a JSON file, no database (docs/cli.md).

``ntip hours award`` lives in :mod:`.hours_db_cmd`, imported only when it runs, so that ``compute`` does
not pay for the database code.
"""

from __future__ import annotations

import argparse

from ntip_desktop.cli.jsonio import read_input, writing_stdout
from ntip_desktop.i18n import translate
from ntip_desktop.services.rules.hours_json import write_hours_json


def register(subparsers: argparse._SubParsersAction) -> None:
    hours = subparsers.add_parser("hours", help=translate("cli.hours_cmd", "研習時數（第10條）"))
    sub = hours.add_subparsers(dest="hours_command", required=True)
    compute = sub.add_parser("compute", help=translate("cli.hours_cmd", "依 JSON 輸入計算核發時數，不使用資料庫"))
    compute.add_argument("file", metavar="FILE", help=translate("cli.hours_cmd", "JSON 輸入檔，- 表示標準輸入"))
    compute.set_defaults(handler=run_compute)

    award = sub.add_parser(
        "award", help=translate("cli.hours_cmd", "依資料庫中的出席紀錄核發研習時數（跨課程計算每日／每週上限）")
    )
    which = award.add_mutually_exclusive_group(required=True)
    which.add_argument("--course", metavar="CODE", help=translate("cli.hours_cmd", "課程代碼"))
    which.add_argument(
        "--all", action="store_true", help=translate("cli.hours_cmd", "所有已核准或已核發時數的課程，依開課時間先後")
    )
    award.add_argument(
        "--county", metavar="CODE", help=translate("cli.hours_cmd", "與 --all 併用：只核發此縣市的機關學校所辦課程")
    )
    award.add_argument(
        "--year",
        metavar="ROC_YEAR",
        type=int,
        help=translate("cli.hours_cmd", "與 --all 併用：只核發此學年度（民國年）的課程"),
    )
    award.set_defaults(handler=run_award)


def run_award(args: argparse.Namespace) -> int:
    from ntip_desktop.cli.hours_db_cmd import run_award as award

    return award(args)


def run_compute(args: argparse.Namespace) -> int:
    data = read_input(args.file)
    with writing_stdout() as stream:
        stream.flush()
        out = stream.buffer
        write_hours_json(data, out)  # writes nothing unless the whole input is consistent
        out.write(b"\n")
        out.flush()
    return 0
