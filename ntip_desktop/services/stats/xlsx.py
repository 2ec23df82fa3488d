"""The figures as an XLSX workbook: one sheet per figure, each headed like the house's other exports
(:mod:`ntip_desktop.services.xlsx_report`): the title, the filter in words, whose figures with who exported them
and when (ROC), what counts, then the table and its total row."""

from __future__ import annotations

import io
from pathlib import Path

from ntip_desktop.i18n import translate
from ntip_desktop.models.base import utcnow
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.files import write_atomically
from ntip_desktop.services.rules.rocdate import roc_moment
from ntip_desktop.services.stats.figures import Figures
from ntip_desktop.vocabulary import Permission

#: Characters Excel refuses in a sheet name.
_NOT_IN_SHEET_NAMES = str.maketrans({c: "－" for c in "[]:*?/\\"})


def write_figures_xlsx(user: CurrentUser, path: Path, figures: Figures) -> None:
    """Write ``figures`` to ``path`` (whole or not at all), exported by ``user``. Only a user who may view
    statistics exports them."""
    user.require(Permission.VIEW_STATISTICS)
    exporter = user.display_name
    # openpyxl is imported here, not at module level: the desk and ``ntip`` start without it.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    when = roc_moment(utcnow())
    for figure in figures.figures:
        sheet = book.create_sheet(figure.title.translate(_NOT_IN_SHEET_NAMES)[:31])

        def strong(value: object, sheet: object = sheet) -> object:
            c = WriteOnlyCell(sheet, value=value)
            c.font = bold
            return c

        sheet.column_dimensions["A"].width = 28
        for n in range(len(figure.columns)):
            sheet.column_dimensions[get_column_letter(n + 2)].width = 14
        sheet.freeze_panes = "B6"
        sheet.append([strong(figure.title)])
        sheet.append([translate("services.stats", "篩選條件：{filter}").format(filter=figures.filter_text)])
        sheet.append(
            [
                translate("services.stats", "統計範圍：{scope}；匯出者：{who}；匯出時間：{when}").format(
                    scope=figures.scope, who=exporter, when=when
                )
            ]
        )
        sheet.append([translate("services.stats", "說明：{definition}").format(definition=figure.definition)])
        sheet.append([strong(figure.group_header), *(strong(c.header) for c in figure.columns)])
        for row in figure.rows:
            sheet.append([row.name, *row.values])
        sheet.append([strong(figure.total.name), *(strong(v) for v in figure.total.values)])
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomically(Path(path), buffer.getvalue())
