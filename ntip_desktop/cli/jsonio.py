"""Reading a command's input file (or stdin) and writing its result (text or ``--json``), shared by the commands."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate

Row = TypeVar("Row")


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


#: Rows a listing fetches at a time, so that a county-year never sits in memory at once.
LISTING_PAGE = 5000


def write_listing(
    fetch: Callable[[int, int], Sequence[Row]],
    *,
    as_json: bool,
    to_json: Callable[[Row], dict[str, object]],
    to_text: Callable[[Row], str],
) -> None:
    """Stream a ``list`` command's rows to stdout, fetched a page at a time by ``fetch(offset, limit)``:
    one tab-separated line a row, or with ``--json`` one JSON array with an object a row."""
    out = sys.stdout
    if as_json:
        out.write("[")
    first = True
    offset = 0
    while True:
        rows = fetch(offset, LISTING_PAGE)
        for row in rows:
            if as_json:
                out.write(("" if first else ",") + "\n" + json.dumps(to_json(row), ensure_ascii=False))
            else:
                out.write(to_text(row) + "\n")
            first = False
        if len(rows) < LISTING_PAGE:
            break
        offset += LISTING_PAGE
    if as_json:
        out.write("\n]\n" if not first else "]\n")
