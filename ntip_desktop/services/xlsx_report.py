"""A list exported as an XLSX workbook the way an office files it: the title, what the list shows (the filter
in words), how many rows, who exported it and when, then the header and the rows.

openpyxl's write-only mode streams the rows; the file is written whole or not at all
(:func:`ntip_desktop.services.files.write_atomically`). Used by the fax desk's queue and the audit log;
the course queue's export (``services.courses.export``) has the same layout.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models.base import utcnow
from ntip_desktop.services.files import write_atomically
from ntip_desktop.services.rules.rocdate import roc_moment

#: Rows a worksheet holds (Excel's limit), less the heading lines written above the list.
MAX_ROWS = 1_048_576 - 5


def check_size(total: int) -> None:
    """Refuse a list a worksheet cannot hold, before anything is read or written."""
    if total > MAX_ROWS:
        raise UserError(
            translate(
                "services.xlsx_report", "共 {n:,} 筆，超過 Excel 工作表的上限 {max:,} 列。請縮小篩選條件後再匯出。"
            ).format(n=total, max=MAX_ROWS),
            field="filter",
        )


def write_report(
    path: Path,
    *,
    title: str,
    filter_text: str,
    count_text: str,
    exporter: str,
    columns: Sequence[str],
    widths: Sequence[int],
    rows: Iterable[Sequence[object]],
    wrap_columns: Sequence[int] = (),
) -> None:
    """Write the workbook: ``title``, the filter, ``count_text`` with who and when, then the list."""
    # openpyxl is imported here, not at module level: the desk and ``ntip`` start without it.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])  # Excel's longest sheet name
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")

    def cell(value: object, *, strong: bool = False, wrapped: bool = False) -> object:
        c = WriteOnlyCell(sheet, value=value)
        if strong:
            c.font = bold
        if wrapped:
            c.alignment = wrap
        return c

    for n, width in enumerate(widths):
        sheet.column_dimensions[get_column_letter(n + 1)].width = width
    sheet.freeze_panes = "A6"
    sheet.append([cell(title, strong=True)])
    sheet.append([translate("services.xlsx_report", "篩選條件：{filter}").format(filter=filter_text)])
    sheet.append(
        [
            translate("services.xlsx_report", "{count}；匯出者：{who}；匯出時間：{when}").format(
                count=count_text, who=exporter, when=roc_moment(utcnow())
            )
        ]
    )
    sheet.append([])
    sheet.append([cell(c, strong=True, wrapped=True) for c in columns])
    wrapped = set(wrap_columns)
    for row in rows:
        sheet.append([cell(v, wrapped=True) if i in wrapped else v for i, v in enumerate(row)])
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomically(Path(path), buffer.getvalue())
