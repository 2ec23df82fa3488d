"""Reading tables people bring in: CSV (UTF-8 with or without BOM, Big5/CP950 as Excel in Taiwan writes it)
and XLSX (the first sheet, read in openpyxl's read-only mode), as (line number, cells as text).

Shared by every import (account applications, courses, other sites' course lists); each import maps the
header to its own fields (:func:`header_key` makes spellings comparable) and checks the rows itself.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from datetime import date, datetime
from pathlib import Path

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate

Rows = list[tuple[int, list[str]]]


def decode_csv(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Big5/cp950; UserError when neither fits."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    for encoding in ("utf-8", "cp950"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UserError(
        translate(
            "services.tabular",
            "無法辨識檔案的文字編碼：請另存為 UTF-8 或 Big5 的 CSV 檔，或 Excel（.xlsx）檔。",
        ),
        field="file",
    )


def _csv_rows(data: bytes) -> Rows:
    text = decode_csv(data)
    reader = csv.reader(io.StringIO(text, newline=""))
    rows = []
    while True:
        line = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise UserError(
                translate("services.tabular", "CSV 格式錯誤：{error}").format(error=exc),
                field=translate("services.tabular", "第 {line} 行").format(line=line),
            ) from None
        rows.append((line, record))
    return rows


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text a person sees (whole numbers without ``.0``, ISO dates)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _xlsx_rows(data: bytes) -> Rows:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise UserError(
            translate("services.tabular", "無法讀取 Excel 檔：{error}").format(error=exc), field="file"
        ) from None
    try:
        sheet = book.worksheets[0]
        return [(n, [cell_text(v) for v in row]) for n, row in enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        book.close()


def read_rows(data: bytes, filename: str = "") -> Rows:
    """(line number, cells) of a CSV or XLSX file, chosen by content (XLSX is a ZIP archive)."""
    if data.startswith(b"PK\x03\x04") or filename.lower().endswith(".xlsx"):
        return _xlsx_rows(data)
    return _csv_rows(data)


def non_empty_rows(data: bytes, filename: str = "") -> Rows:
    """The rows of the file that hold anything (blank lines and trailing empty sheet rows dropped)."""
    return [(n, cells) for n, cells in read_rows(data, filename) if any(c.strip() for c in cells)]


def header_key(text: str) -> str:
    """A header cell as compared with known spellings: NFKC, no spaces or asterisks, lower case."""
    return re.sub(r"[\s*＊]", "", unicodedata.normalize("NFKC", text)).lower()


def read_file(path: str | Path) -> bytes:
    """The bytes of an import file; UserError naming it when it cannot be read."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise UserError(translate("services.tabular", "找不到檔案"), field=str(path)) from None
    except OSError as exc:
        raise UserError(
            translate("services.tabular", "無法讀取檔案：{error}").format(error=exc.strerror), field=str(path)
        ) from None
