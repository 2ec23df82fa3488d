"""``ntip review check FILE|-``: the CRS checklist on one course described in JSON (docs/cli.md)."""

from __future__ import annotations

import argparse

from ntip_desktop.cli.jsonio import read_input, write_output
from ntip_desktop.i18n import translate
from ntip_desktop.services.rules.review_json import review_json


def register(subparsers: argparse._SubParsersAction) -> None:
    review = subparsers.add_parser("review", help=translate("cli.review_cmd", "課程審核（第7至12條）"))
    sub = review.add_subparsers(dest="review_command", required=True)
    check = sub.add_parser(
        "check", help=translate("cli.review_cmd", "以審核清單檢查一門課程；有未通過項目時結束碼為 1")
    )
    check.add_argument("file", metavar="FILE", help=translate("cli.review_cmd", "JSON 輸入檔，- 表示標準輸入"))
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    output, failed = review_json(read_input(args.file))
    write_output(output)
    return 1 if failed else 0
