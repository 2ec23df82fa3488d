"""The ACC-5 permission matrix (帳號功能權限對照表) as a printable landscape A4 PDF."""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ntip_desktop.i18n import translate
from ntip_desktop.services.accounts.functions import PermissionMatrix, permission_matrix
from ntip_desktop.services.pdf.fonts import cjk_font_name
from ntip_desktop.services.rules.rocdate import format_roc


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=9, leading=10.5, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", parent=base, fontSize=16, leading=20, alignment=1, spaceAfter=4),
        "head": ParagraphStyle("head", parent=base, fontSize=9, alignment=1),
        "cell": ParagraphStyle("cell", parent=base, alignment=1),
        "name": ParagraphStyle("name", parent=base),
        "note": ParagraphStyle("note", parent=base, fontSize=7.5, leading=9, textColor=colors.black),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
    }


def render_permission_matrix(matrix: PermissionMatrix | None = None, *, printed_on: date | None = None) -> bytes:
    """The matrix, its legend and our reading of Art 5, on landscape A4 with the CJK font embedded."""
    matrix = matrix or permission_matrix()
    font = cjk_font_name()
    st = _styles(font)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=10 * mm,
        bottomMargin=10 * mm,
        title=matrix.title,
        author="NTIP Desk",
        creator="NTIP Desk",
    )
    header = [
        Paragraph(translate("services.pdf.permission_matrix", "類別"), st["head"]),
        Paragraph(translate("services.pdf.permission_matrix", "功能"), st["head"]),
    ]
    header += [Paragraph(c, st["head"]) for c in matrix.columns]
    data = [header]
    spans = []
    group_start = 1
    for i, row in enumerate(matrix.rows, start=1):
        name = row.function + (f"<br/><font size=7>{row.note}</font>" if row.note else "")
        data.append(
            [Paragraph(row.group, st["name"]), Paragraph(name, st["name"])]
            + [Paragraph(c, st["cell"]) for c in row.cells]
        )
        last = i == len(matrix.rows) or matrix.rows[i].group != row.group
        if last:
            spans.append(("SPAN", (0, group_start), (0, i)))
            group_start = i + 1
    first_cols = [16 * mm, 50 * mm]
    rest = (doc.width - sum(first_cols)) / len(matrix.columns)
    table = Table(data, colWidths=first_cols + [rest] * len(matrix.columns), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                *spans,
            ]
        )
    )
    printed = printed_on or date.today()
    story = [
        Paragraph(matrix.title, st["title"]),
        Paragraph(
            translate(
                "services.pdf.permission_matrix",
                "依據：全國教師在職進修資訊網進修研習活動使用管理規定第3條至第5條　列印日期：{date}",
            ).format(date=format_roc(printed, "official")),
            st["small"],
        ),
        Spacer(1, 4),
        table,
        Spacer(1, 6),
        Paragraph(translate("services.pdf.permission_matrix", "圖例：") + "　".join(matrix.legend), st["small"]),
        Spacer(1, 3),
        *[Paragraph(line, st["small"]) for line in matrix.reading],
    ]
    doc.build(story)
    return buffer.getvalue()
