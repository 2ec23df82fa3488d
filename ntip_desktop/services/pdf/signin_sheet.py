"""研習簽到表: a course's roster printed for each course day, for signatures and for marks that go back to the grid.

What goes on the sheet is plain data (:class:`SigninSheetData`, filled by ``services/attendance/signin_sheet.py``);
this module lays it out on A4 portrait: one section per course day, each starting on a new page (more pages
as the roster needs, the table's header repeated), with the course, the ROC date and the day's instruction
segments at the top; one row per enrolled teacher in seat order (row code, name, school, masked ID, one
signature box per box the day has), then empty rows for walk-ins. Every page carries the course code and the
day at the top, and at the foot the legend of the marks (A, L, L30 …), the printing date and 第 x 頁，共 y 頁.
Black on white, so it copies and faxes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ntip_desktop.i18n import translate
from ntip_desktop.services.pdf.fonts import cjk_font_name

MARGIN = 12 * mm
WIDTH = A4[0] - 2 * MARGIN
TOP = 16 * mm  #: room for the running header
BOTTOM = 30 * mm  #: room for the legend and the page number
#: Smallest height of a roster row: room for a signature.
ROW_HEIGHT = 10 * mm
#: Widths of the fixed columns: row code, name, school, masked ID; the signature boxes share the rest.
CODE_W, NAME_W, SCHOOL_W, ID_W = 12 * mm, 25 * mm, 40 * mm, 25 * mm


@dataclass(frozen=True)
class SheetDay:
    """One course day: its date as printed, its place among the days, its segments and signature boxes."""

    date: str  #: 115年11月24日（二）
    number: int  #: 1-based day of the course
    segments: tuple[str, ...]  #: the day's instruction segments: 「09:00–10:30　主題」
    boxes: tuple[str, ...]  #: the signature boxes' headings (a line break allowed)
    #: Some box covers more than one segment (a half day): the legend then asks for the segment's time.
    shared_boxes: bool = False


@dataclass(frozen=True)
class SheetRow:
    code: str  #: the row code: the seat number, zero-padded (001 …)
    name: str
    school: str
    masked_id: str


@dataclass(frozen=True)
class SigninSheetData:
    """Everything the sign-in sheet shows, as text."""

    code: str
    title: str
    session_label: str
    organizer: str
    venue: str
    days: tuple[SheetDay, ...]
    rows: tuple[SheetRow, ...]
    blank_rows: int
    printed_on: str  #: 中華民國115年11月24日
    pdf_title: str


def _styles() -> dict[str, ParagraphStyle]:
    font = cjk_font_name()
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=12.5, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", parent=base, fontSize=17, leading=22, alignment=1),
        "sub": ParagraphStyle("sub", parent=base, fontSize=11.5, leading=15, alignment=1, spaceAfter=2.5 * mm),
        "cell": base,
        "label": ParagraphStyle("label", parent=base, alignment=1),
        "head": ParagraphStyle("head", parent=base, fontSize=8.5, leading=10.5, alignment=1),
        "code": ParagraphStyle("code", parent=base, fontSize=11, leading=13, alignment=1),
        "name": ParagraphStyle("name", parent=base, fontSize=10.5, leading=12.5),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=9.8),
        "id": ParagraphStyle("id", parent=base, fontSize=9.5, leading=11),
        "legend": ParagraphStyle("legend", parent=base, fontSize=7.8, leading=10),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _style(header_rows: int) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), cjk_font_name()),  # the font of plain-string cells (else Helvetica)
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands.append(("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 1.2, colors.black))
    return TableStyle(commands)


class _DayStarts(Flowable):
    """Takes no room; tells the page decoration which day the pages from here on belong to."""

    def __init__(self, state: dict[str, str], day: str) -> None:
        super().__init__()
        self.state, self.day = state, day

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.state["day"] = self.day


def _course_block(data: SigninSheetData, day: SheetDay, st: dict[str, ParagraphStyle]) -> Table:
    label_w = 20 * mm
    value_w = WIDTH / 2 - label_w
    none = translate("services.pdf.signin_sheet", "（無）")
    day_text = translate("services.pdf.signin_sheet", "{date}（第 {n} 天，共 {total} 天）").format(
        date=day.date, n=day.number, total=len(data.days)
    )
    rows = [
        [_p(translate("services.pdf.signin_sheet", "課程代碼"), st["label"]), _p(data.code, st["cell"]),
         _p(translate("services.pdf.signin_sheet", "日期"), st["label"]), _p(day_text, st["cell"])],
        [_p(translate("services.pdf.signin_sheet", "主辦單位"), st["label"]), _p(data.organizer, st["cell"]),
         _p(translate("services.pdf.signin_sheet", "地點"), st["label"]), _p(data.venue or none, st["cell"])],
        [_p(translate("services.pdf.signin_sheet", "本日課程"), st["label"]), _p("\n".join(day.segments) or none, st["cell"]), "", ""],
    ]  # fmt: skip
    table = Table(rows, colWidths=[label_w, value_w, label_w, value_w])
    style = _style(0)
    style.add("SPAN", (1, 2), (3, 2))
    table.setStyle(style)
    return table


def _roster_table(data: SigninSheetData, day: SheetDay, st: dict[str, ParagraphStyle]) -> Table:
    boxes = max(len(day.boxes), 1)
    box_w = (WIDTH - CODE_W - NAME_W - SCHOOL_W - ID_W) / boxes
    header = [
        _p(translate("services.pdf.signin_sheet", "代碼"), st["head"]),
        _p(translate("services.pdf.signin_sheet", "姓名"), st["head"]),
        _p(translate("services.pdf.signin_sheet", "服務學校"), st["head"]),
        _p(translate("services.pdf.signin_sheet", "身分證字號"), st["head"]),
        *(_p(b, st["head"]) for b in day.boxes or (translate("services.pdf.signin_sheet", "簽到"),)),
    ]
    room = Spacer(1, ROW_HEIGHT - 4)  # a row is at least this high, however short its text
    body: list[list[Any]] = []
    for row in data.rows:
        body.append(
            [
                _p(row.code, st["code"]),
                _p(row.name, st["name"]),
                _p(row.school, st["small"]),
                _p(row.masked_id, st["id"]),
                room,
                *([""] * (boxes - 1)),
            ]
        )
    body.extend([["", "", "", "", room, *([""] * (boxes - 1))] for _ in range(data.blank_rows)])
    table = Table(
        [header, *body],
        colWidths=[CODE_W, NAME_W, SCHOOL_W, ID_W, *([box_w] * boxes)],
        repeatRows=1,
    )
    style = _style(1)
    style.add("TOPPADDING", (0, 1), (-1, -1), 2)
    style.add("BOTTOMPADDING", (0, 1), (-1, -1), 2)
    table.setStyle(style)
    return table


def _legend(days: tuple[SheetDay, ...]) -> str:
    text = translate(
        "services.pdf.signin_sheet",
        "註記方式：缺席者由承辦人在該格寫代碼（免簽名）：A＝曠課整個時段，L＝請假整個時段；"
        "缺席部分時間寫分鐘數，如 L30＝請假 30 分鐘、A20＝曠課 20 分鐘。",
    )
    if any(d.shared_boxes for d in days):
        text += translate(
            "services.pdf.signin_sheet",
            "半天一格時，只寫 A 或 L 表示整個半天；只缺其中一個時段，在代碼後寫該時段的開始時間，如 A 09:30、L30 14:00。",
        )
    text += translate(
        "services.pdf.signin_sheet",
        "登錄時依每列最前方的代碼輸入註記。現場報名者請填寫下方空白列，身分證字號請寫完整 10 碼。",
    )
    return text


def _story(data: SigninSheetData, st: dict[str, ParagraphStyle], state: dict[str, str]) -> list[Flowable]:
    story: list[Flowable] = []
    title = data.title if not data.session_label else f"{data.title}（{data.session_label}）"
    for n, day in enumerate(data.days):
        if n:
            story.append(PageBreak())
        story += [
            _DayStarts(state, day.date),
            _p(translate("services.pdf.signin_sheet", "研習簽到表"), st["title"]),
            _p(title, st["sub"]),
            _course_block(data, day, st),
            Spacer(1, 3 * mm),
            _roster_table(data, day, st),
        ]
    return story


def _build(data: SigninSheetData, total_pages: int | None) -> tuple[bytes, int]:
    st = _styles()
    font = cjk_font_name()
    state: dict[str, str] = {"day": ""}
    legend = _p(_legend(data.days), st["legend"])
    printed = translate("services.pdf.signin_sheet", "列印日期：{date}").format(date=data.printed_on)
    pages = [0]

    def decorate(canvas: Any, doc: Any) -> None:
        pages[0] = doc.page
        canvas.saveState()
        canvas.setFont(font, 8.5)
        top = A4[1] - 10 * mm
        canvas.drawString(
            MARGIN,
            top,
            translate("services.pdf.signin_sheet", "課程代碼 {code}　{title}").format(
                code=data.code, title=data.title[:40]
            ),
        )
        canvas.drawRightString(
            A4[0] - MARGIN, top, translate("services.pdf.signin_sheet", "{day}　簽到表").format(day=state["day"])
        )
        legend.wrap(WIDTH, BOTTOM)
        legend.drawOn(canvas, MARGIN, 14 * mm)
        canvas.setFont(font, 8.5)
        canvas.drawString(MARGIN, 8 * mm, printed)
        if total_pages:
            number = translate("services.pdf.signin_sheet", "第 {n} 頁，共 {total} 頁").format(
                n=doc.page, total=total_pages
            )
        else:
            number = translate("services.pdf.signin_sheet", "第 {n} 頁").format(n=doc.page)
        canvas.drawRightString(A4[0] - MARGIN, 8 * mm, number)
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=data.pdf_title,
        author="NTIP Desk",
        creator="NTIP Desk",
        subject=data.code,
        # The canvas starts in the CJK font: reportlab's default (Helvetica) would go in the file unembedded.
        initialFontName=font,
    )
    frame = Frame(MARGIN, BOTTOM, WIDTH, A4[1] - TOP - BOTTOM, id="roster", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="day", frames=[frame], onPageEnd=decorate)])
    doc.build(_story(data, st, state))
    return buffer.getvalue(), pages[0]


def render_signin_sheet(data: SigninSheetData) -> bytes:
    """The sign-in sheet as an A4 portrait PDF, the CJK font embedded; a new page for each course day."""
    _pdf, pages = _build(data, None)  # first pass: count the pages for 「共 y 頁」
    pdf, _pages = _build(data, pages)
    return pdf
