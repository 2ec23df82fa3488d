"""``ntip rules show|print``: the rule set in force, on screen or as a PDF to file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ntip_desktop.cli.jsonio import write_output
from ntip_desktop.i18n import translate
from ntip_desktop.services.db import open_database
from ntip_desktop.services.files import write_atomically
from ntip_desktop.services.rules.ruleset import DEFAULT_RULE_SET, RuleSet, describe
from ntip_desktop.services.rulesets import rule_set_in_force


def _rule_set(args: argparse.Namespace) -> RuleSet:
    if args.default:
        return DEFAULT_RULE_SET
    db = open_database(args.db, read_only=True)
    try:
        with db.session() as s:
            return rule_set_in_force(s)
    finally:
        db.dispose()


def _show(args: argparse.Namespace) -> int:
    rs = _rule_set(args)
    write_output("\n".join(f"{label}\t{value}" for label, value in describe(rs)))
    return 0


def _print(args: argparse.Namespace) -> int:
    from ntip_desktop.services.pdf.rules_print import render_rule_set

    rs = _rule_set(args)
    write_atomically(Path(args.out), render_rule_set(describe(rs), version=rs.version), field="--out")
    sys.stderr.write(
        translate("cli.rules_cmd", "已輸出規則參數（版本 {v}）：{p}\n")
        .replace("{v}", rs.version)
        .replace("{p}", args.out)
    )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rules", help=translate("cli.rules_cmd", "顯示或列印施行中的規則參數"))
    rsub = p.add_subparsers(dest="rules_command", required=True)
    show = rsub.add_parser("show", help=translate("cli.rules_cmd", "顯示施行中的規則參數"))
    show.add_argument(
        "--default", action="store_true", help=translate("cli.rules_cmd", "顯示規定原始版本（不讀資料庫）")
    )
    show.set_defaults(handler=_show)
    pr = rsub.add_parser("print", help=translate("cli.rules_cmd", "將施行中的規則參數輸出為 PDF"))
    pr.add_argument("--out", required=True, help=translate("cli.rules_cmd", "PDF 檔名"))
    pr.add_argument("--default", action="store_true", help=translate("cli.rules_cmd", "列印規定原始版本（不讀資料庫）"))
    pr.set_defaults(handler=_print)
