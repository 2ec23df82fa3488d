"""Reading a command's input file (or stdin) and writing its result (text or ``--json``), shared by the commands."""

from __future__ import annotations

import json
import sys
from typing import Any

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate


def read_input(name: str) -> bytes:
    """The bytes of file ``name``; ``-`` reads standard input."""
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        with open(name, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise UserError(translate("cli.jsonio", "找不到檔案"), field=name) from None
    except IsADirectoryError:
        raise UserError(translate("cli.jsonio", "這是資料夾，不是檔案"), field=name) from None
    except OSError as exc:
        raise UserError(
            translate("cli.jsonio", "無法讀取檔案：{error}").format(error=exc.strerror), field=name
        ) from None


def write_output(text: str | bytes) -> None:
    """``text`` and a newline on stdout as UTF-8, whatever the console encoding."""
    out = sys.stdout.buffer
    out.write(text.encode("utf-8") if isinstance(text, str) else text)
    out.write(b"\n")
    out.flush()


def write_json(value: Any) -> None:
    """``value`` as the commands' ``--json`` output: indented, Chinese left readable (not ``\\u`` escapes)."""
    write_output(json.dumps(value, ensure_ascii=False, indent=2))
