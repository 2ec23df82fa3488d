"""The ``ntip`` command line (docs/cli.md is its contract).

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

from ntip_desktop.cli import argparse_zh
from ntip_desktop.cli.jsonio import OutputFailed, flush_stdout
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate

#: Command word → module that registers it, in the order ``ntip --help`` lists them. Only the module of the
#: command being run is imported, so a quick ``ntip id check`` does not pay for the database and PDF code.
COMMAND_MODULES = {
    "id": "ntip_desktop.cli.id_cmd",
    "hours": "ntip_desktop.cli.hours_cmd",
    "review": "ntip_desktop.cli.review_cmd",
    "db": "ntip_desktop.cli.db_cmd",
    "demo": "ntip_desktop.cli.demo_cmd",
    "audit": "ntip_desktop.cli.audit_cmd",
    "accounts": "ntip_desktop.cli.accounts_cmd",
    "courses": "ntip_desktop.cli.courses_cmd",
    "rules": "ntip_desktop.cli.rules_cmd",
    "certificates": "ntip_desktop.cli.certificates_cmd",
    "attendance": "ntip_desktop.cli.hours_db_cmd",
    "awards": "ntip_desktop.cli.hours_db_cmd",
    "backup": "ntip_desktop.cli.backup_cmd",
    "package": "ntip_desktop.cli.package_cmd",
    "restore": "ntip_desktop.cli.backup_cmd",
    "stats": "ntip_desktop.cli.stats_cmd",
}


def _command_word(argv: Sequence[str]) -> str | None:
    """The first positional argument (skipping ``--db VALUE``), if it names a command."""
    it = iter(argv)
    for arg in it:
        if arg == "--db":
            next(it, None)
        elif not arg.startswith("-"):
            return arg if arg in COMMAND_MODULES else None
    return None


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with the message on stderr (its default), never touching stdout."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: {translate('cli.main', '參數錯誤')}: {message}\n")
        raise SystemExit(2)


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    parser = _Parser(prog="ntip", description=translate("cli.main", "NTIP Desk 命令列：研習時數、課程審核與帳號作業"))
    parser.add_argument(
        "--db",
        default=os.environ.get("NTIP_DB_URL"),
        help=translate("cli.main", "資料庫網址（預設 $NTIP_DB_URL，否則為使用者資料夾中的 SQLite 檔）"),
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    word = _command_word(argv)
    for module_name in [COMMAND_MODULES[word]] if word else dict.fromkeys(COMMAND_MODULES.values()):
        importlib.import_module(module_name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    argparse_zh.install()
    parser = build_parser(argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # usage errors (2) and --help (0)
        return _finish(int(exc.code or 0))
    try:
        _check_text_arguments(parser, args)
        return _finish(int(args.handler(args) or 0))
    except UserError as exc:
        return _fail(exc)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _reader_gone()


#: Arguments that name files: they may hold bytes that are not UTF-8 (a file named in Big5 on an old share);
#: the operating system takes such a name back as it came. Every other argument is text.
PATH_ARGUMENTS = frozenset({"db", "file", "out"})


def _check_text_arguments(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse a text argument (a code, a number, a year) holding bytes that are not UTF-8, naming it: the
    shell passes such bytes on as lone surrogates, which no database or output can hold."""
    names = _argument_names(parser, args)
    for dest, value in vars(args).items():
        if dest in PATH_ARGUMENTS:
            continue
        values = value if isinstance(value, list) else [value]
        for n, item in enumerate(values, start=1):
            if isinstance(item, str) and not _is_text(item):
                name = names.get(dest, dest)
                field = (
                    translate("cli.main", "{name} 的第 {n} 個值").format(name=name, n=n) if len(values) > 1 else name
                )
                raise UserError(translate("cli.main", "不是有效的 UTF-8 文字"), field=field)


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _argument_names(parser: argparse.ArgumentParser, args: argparse.Namespace) -> dict[str, str]:
    """Each argument of the command that was parsed, as the person wrote it: ``--course``, ``CODE``."""
    names: dict[str, str] = {}
    parsers = [parser]
    while parsers:
        for action in parsers.pop()._actions:
            if isinstance(action, argparse._SubParsersAction):
                chosen = getattr(args, action.dest, None)
                if chosen in action.choices:
                    parsers.append(action.choices[chosen])
            elif action.option_strings:
                names[action.dest] = max(action.option_strings, key=len)
            else:
                names[action.dest] = str(action.metavar or action.dest.upper())
    return names


def _finish(code: int) -> int:
    """Flush the results before the exit code is decided: a full disk or a closed stdout is exit 2."""
    try:
        flush_stdout()
    except UserError as exc:
        return _fail(exc)
    except BrokenPipeError:
        return _reader_gone()
    return code


def _fail(exc: UserError) -> int:
    where = f"{exc.field}: " if exc.field else ""
    if sys.stderr is not None:  # (started with "2>&-": the exit code alone tells)
        sys.stderr.write(f"ntip: {where}{exc.message}\n")
    if isinstance(exc, OutputFailed):
        _silence_stdout()
    return 2


def _reader_gone() -> int:
    # The reader went away (``ntip hours compute x.json | head``): stop quietly with the status a tool
    # killed by SIGPIPE has (128 + 13), not one of docs/cli.md's.
    _silence_stdout()
    return 141


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's final flush of what is still buffered cannot
    fail again (and print a traceback of its own)."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # closed, or not a real file (tests)
        return
    os.dup2(os.open(os.devnull, os.O_WRONLY), fd)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
