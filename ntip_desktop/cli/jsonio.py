"""Reading a command's input file (or stdin) and writing its result (text or ``--json``), shared by the commands."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, BinaryIO, TextIO, TypeVar

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


def stdout_text() -> TextIO:
    """Standard output, or UserError when the command was started with it closed (``>&-``)."""
    out = sys.stdout
    if out is None:
        raise output_failed(None)
    return out


class OutputFailed(UserError):
    """Standard output cannot be written (closed, a full disk, a device that refuses): exit 2, not a traceback."""


def output_failed(exc: OSError | None) -> OutputFailed:
    reason = translate("cli.jsonio", "標準輸出已關閉") if exc is None else (exc.strerror or str(exc))
    return OutputFailed(translate("cli.jsonio", "無法寫出結果：{reason}").format(reason=reason), field="stdout")


@contextmanager
def writing_stdout() -> Iterator[TextIO]:
    """Standard output for a command's results; an OSError writing it (not a closed pipe, which the
    command line treats as a reader that went away) becomes :func:`output_failed`."""
    out = stdout_text()
    try:
        yield out
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise output_failed(exc) from None


def flush_stdout() -> None:
    """Push out what is buffered, so that a full disk is reported before the command says it succeeded."""
    out = sys.stdout
    if out is not None:
        with writing_stdout():
            out.flush()


def write_output(text: str | bytes) -> None:
    """``text`` and a newline on stdout as UTF-8, whatever the console encoding."""
    with writing_stdout() as stream:
        out = stream.buffer
        stream.flush()  # what was written as text before goes first
        # surrogateescape: a file name given in bytes that are not UTF-8 is written back as it came
        out.write(text.encode("utf-8", "surrogateescape") if isinstance(text, str) else text)
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
    with writing_stdout() as stream:
        stream.flush()
        _write_listing(stream.buffer, fetch, as_json=as_json, to_json=to_json, to_text=to_text)
        stream.buffer.flush()


def _write_listing(
    out: BinaryIO,
    fetch: Callable[[int, int], Sequence[Row]],
    *,
    as_json: bool,
    to_json: Callable[[Row], dict[str, object]],
    to_text: Callable[[Row], str],
) -> None:
    if as_json:
        out.write(b"[")
    first = True
    offset = 0
    while True:
        rows = fetch(offset, LISTING_PAGE)
        lines = []
        for row in rows:
            if as_json:
                lines.append(("" if first else ",") + "\n" + json.dumps(to_json(row), ensure_ascii=False))
            else:
                lines.append(to_text(row) + "\n")
            first = False
        out.write("".join(lines).encode("utf-8", "surrogateescape"))
        if len(rows) < LISTING_PAGE:
            break
        offset += LISTING_PAGE
    if as_json:
        out.write(b"\n]\n" if not first else b"]\n")
