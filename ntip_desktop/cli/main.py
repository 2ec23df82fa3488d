"""The ``ntip`` command line (shared/spec CLI.md is its contract).

Each subcommand group lives in its own module with ``register(subparsers)``; a handler takes the
parsed ``argparse.Namespace`` and returns the exit code. Results go to stdout, messages to stderr.
Exit codes: 0 success, 1 checked and found wanting, 2 bad input or usage (nothing written anywhere).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import tr

#: Modules that contribute subcommands, in the order ``ntip --help`` lists them.
COMMAND_MODULES = (
    "ntip_desktop.cli.id_cmd",
    "ntip_desktop.cli.hours_cmd",
    "ntip_desktop.cli.review_cmd",
    "ntip_desktop.cli.db_cmd",
    "ntip_desktop.cli.demo_cmd",
    "ntip_desktop.cli.audit_cmd",
    "ntip_desktop.cli.accounts_cmd",
    "ntip_desktop.cli.rules_cmd",
)


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with the message on stderr (its default), never touching stdout."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: {tr('參數錯誤')}: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ntip", description=tr("NTIP Desk 命令列：研習時數、課程審核與帳號作業"))
    parser.add_argument(
        "--db",
        default=os.environ.get("NTIP_DB_URL"),
        help=tr("資料庫網址（預設 $NTIP_DB_URL，否則為使用者資料夾中的 SQLite 檔）"),
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # a command group not written yet
                continue
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except UserError as exc:
        where = f"{exc.field}: " if exc.field else ""
        sys.stderr.write(f"ntip: {where}{exc.message}\n")
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
