"""``ntip hours compute FILE|-``: the HRS rules over a JSON file, no database (CLI.md)."""

from __future__ import annotations

import argparse
import sys

from ntip_desktop.cli.jsonio import read_input
from ntip_desktop.i18n import translate
from ntip_desktop.services.rules.hours_json import write_hours_json


def register(subparsers: argparse._SubParsersAction) -> None:
    hours = subparsers.add_parser("hours", help=translate("cli.hours_cmd", "研習時數（第10條）"))
    sub = hours.add_subparsers(dest="hours_command", required=True)
    compute = sub.add_parser("compute", help=translate("cli.hours_cmd", "依 JSON 輸入計算核發時數，不使用資料庫"))
    compute.add_argument("file", metavar="FILE", help=translate("cli.hours_cmd", "JSON 輸入檔，- 表示標準輸入"))
    compute.set_defaults(handler=run_compute)


def run_compute(args: argparse.Namespace) -> int:
    out = sys.stdout.buffer
    write_hours_json(read_input(args.file), out)  # writes nothing unless the whole input is consistent
    out.write(b"\n")
    out.flush()
    return 0
