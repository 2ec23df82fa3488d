"""個人研習紀錄: a teacher's awards of one ROC year, one row per course, with the total (A4, as many pages
as the rows need)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ntip_desktop.i18n import translate
from ntip_desktop.services.pdf.fonts import cjk_font_name
from ntip_desktop.services.pdf.form_layout import fit

CONTEXT = "services.pdf.annual_record"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
ROW_H = 9 * mm


@dataclass(frozen=True)
class RecordRow:
    course_code: str
    title: str
    dates: str  #: ROC
    organizer: str
    hours: int
    status: str  #: 核給時數, 受每日／每週上限減列 …
    certificate: str  #: current certificate number, or ""


@dataclass(frozen=True)
class AnnualRecord:
    roc_year: int
    holder_name: str
    holder_id: str  #: masked
    school: str
    rows: tuple[RecordRow, ...]
    printed_on: str  #: ROC date

    @property
    def total(self) -> int:
        return sum(r.hours for r in self.rows)


#: Column title, width (mm).
def _columns() -> tuple[tuple[str, float], ...]:
    return (
        (translate("services.pdf.annual_record", "課程代碼"), 22),
        (translate("services.pdf.annual_record", "研習名稱"), 46),
        (translate("services.pdf.annual_record", "研習日期"), 34),
        (translate("services.pdf.annual_record", "主辦單位"), 32),
        (translate("services.pdf.annual_record", "時數"), 12),
        (translate("services.pdf.annual_record", "證書字號"), 28),
    )


def render_annual_record(record: AnnualRecord) -> bytes:
    font = cjk_font_name()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1, initialFontName=font)
    title = translate("services.pdf.annual_record", "{year}年度個人研習紀錄").format(year=record.roc_year)
    c.setTitle(f"{title} {record.holder_name}")
    c.setAuthor("NTIP Desk")
    columns = _columns()
    rows: Sequence[RecordRow] = record.rows
    per_page = int((PAGE_HEIGHT - 2 * MARGIN - 60 * mm) // ROW_H)
    pages = max(1, -(-len(rows) // per_page))
    for page_no in range(pages):
        chunk = rows[page_no * per_page : (page_no + 1) * per_page]
        y = PAGE_HEIGHT - MARGIN - 10 * mm
        c.setFont(font, 20)
        c.drawCentredString(PAGE_WIDTH / 2, y, title)
        y -= 12 * mm
        c.setFont(font, 11)
        c.drawString(
            MARGIN,
            y,
            translate("services.pdf.annual_record", "姓名：{name}　身分證統一編號：{id}　服務單位：{school}").format(
                name=record.holder_name, id=record.holder_id, school=record.school
            ),
        )
        y -= 6 * mm
        x = MARGIN
        c.setLineWidth(0.6)
        top = y
        c.setFont(font, 10)
        for name, width in columns:
            c.drawCentredString(x + width * mm / 2, y - ROW_H + 3 * mm, name)
            x += width * mm
        y -= ROW_H
        c.line(MARGIN, y, PAGE_WIDTH - MARGIN, y)
        for row in chunk:
            values = (row.course_code, row.title, row.dates, row.organizer, str(row.hours), row.certificate)
            x = MARGIN
            for (_, width), value in zip(columns, values):
                size, lines = fit(value, font, width * mm - 2 * mm, ROW_H - 1, 9)
                c.setFont(font, size)
                base = y - ROW_H / 2 + (len(lines) - 1) * size * 0.6 - size * 0.35
                for line in lines:
                    c.drawString(x + 1 * mm, base, line)
                    base -= size * 1.2
                x += width * mm
            y -= ROW_H
            c.line(MARGIN, y, PAGE_WIDTH - MARGIN, y)
        c.rect(MARGIN, y, PAGE_WIDTH - 2 * MARGIN, top - y)
        x = MARGIN
        for _, width in columns[:-1]:
            x += width * mm
            c.line(x, y, x, top)
        c.setFont(font, 9)
        c.drawString(
            MARGIN,
            MARGIN,
            translate("services.pdf.annual_record", "列印日期：{date}").format(date=record.printed_on),
        )
        c.drawRightString(
            PAGE_WIDTH - MARGIN,
            MARGIN,
            translate("services.pdf.annual_record", "第 {page} 頁／共 {pages} 頁").format(
                page=page_no + 1, pages=pages
            ),
        )
        if page_no == pages - 1:
            c.setFont(font, 13)
            total = translate("services.pdf.annual_record", "全年核給研習時數合計：{hours} 小時").format(
                hours=record.total
            )
            c.drawString(PAGE_WIDTH - MARGIN - stringWidth(total, font, 13), y - 10 * mm, total)
        c.showPage()
    c.save()
    return buffer.getvalue()
