"""``ntip id check ID...``: national ID / resident certificate numbers (docs/rules.md ID-1, docs/cli.md)."""

from __future__ import annotations

import argparse
import unicodedata

from ntip_desktop.cli.jsonio import write_output
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services.rules.ids import check_id


def register(subparsers: argparse._SubParsersAction) -> None:
    ids = subparsers.add_parser("id", help=translate("cli.id_cmd", "身分證字號與居留證號"))
    sub = ids.add_subparsers(dest="id_command", required=True)
    check = sub.add_parser(
        "check", help=translate("cli.id_cmd", "檢查號碼；每個號碼一行，全部有效時結束碼為 0，否則為 1")
    )
    check.add_argument("ids", metavar="ID", nargs="+", help=translate("cli.id_cmd", "身分證字號或居留證號"))
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    for n, text in enumerate(args.ids, start=1):
        _printable(text, translate("cli.id_cmd", "第 {n} 個號碼").format(n=n))
    lines = []
    all_valid = True
    for text in args.ids:
        result = check_id(text)
        if result.valid:
            lines.append(f"{text}\tvalid")
        else:
            all_valid = False
            lines.append(f"{text}\tinvalid\t{result.reason}")
    write_output("\n".join(lines))
    return 0 if all_valid else 1


def _printable(text: str, field: str) -> None:
    """Refuse a control character such as a tab or a line break, which would split the ``ID<TAB>valid``
    line that other programs read (bytes that are not UTF-8 are refused before, by the command line)."""
    if any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in text):
        raise UserError(translate("cli.id_cmd", "含有定位、換行等控制字元，無法逐行列出"), field=field)
