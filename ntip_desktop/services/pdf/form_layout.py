"""One A4 page laid out like a government application form: title, number strip with barcodes, a ruled
grid of fields grouped in sections, signature and stamp boxes, instructions, an office-use strip and a
footer. The fax forms describe *what* goes on the page (:class:`FormPage`); this module draws it.

Everything is black on white with no shading, so a fax at 200 × 100 dpi stays legible.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import qrcode
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ntip_desktop.i18n import translate
from ntip_desktop.services.pdf.fonts import cjk_font_name

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 13 * mm
MARGIN_BOTTOM = 12 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

SECTION_COL = 24.0  # narrow column holding a section's title, written vertically
LABEL_COL = 74.0  # field label column
PAD = 4.0  # inner padding of a cell
OUTER_LINE = 1.5
INNER_LINE = 0.9  # thinner rules vanish in a 100-dpi (standard) fax
MIN_SIZE = 6.5  # smallest type a value is shrunk to before it is cut
# The face has one light weight whose thin horizontal strokes vanish in a standard (200 × 100 dpi) fax
# (王 arrives as 工), so every glyph's outline is also stroked this wide (pt).
REGULAR = 0.3
MEDIUM = 0.45  # labels
BOLD = 0.8  # titles


@dataclass(frozen=True)
class Field:
    """One labelled value of the grid; ``span`` takes the whole row."""

    label: str
    value: str
    span: bool = False
    size: float = 11.0  #: preferred type size of the value (shrunk to fit)
    note: str = ""  #: small remark printed after the value (e.g. 申請後即不可變更)


@dataclass(frozen=True)
class Row:
    fields: tuple[Field, ...]  #: one spanning field or two half-width fields
    height: float = 25.0


@dataclass(frozen=True)
class Section:
    title: str  #: written vertically in the left column, e.g. 申請單位
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class FormPage:
    """What one form page shows."""

    heading: str  #: 全國教師在職進修資訊網
    title: str  #: e.g. 業務帳號申請表
    number: str  #: application number, printed as text, Code 128 and QR
    date_line: str  #: e.g. 申請日期：中華民國115年3月2日
    sections: tuple[Section, ...]
    sign_boxes: tuple[str, str, str]  #: two signature boxes, then the (larger) stamp box
    instructions: tuple[str, ...]
    office_rows: tuple[tuple[str, str, str, str], ...]  #: office-use grid: label, blank, label, blank
    footer_left: str  #: e.g. 列印日期：中華民國115年3月2日
    pdf_title: str
    keywords: tuple[str, ...] = field(default=())


# --- text fitting ------------------------------------------------------------------------------------

_TOKENS = re.compile(r"[A-Za-z0-9@._\-+:/#&=%~]+|\s|.", re.DOTALL)
_NO_LINE_START = set("，。、；：？！）」』〉》】,.;:!?)%")


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width``: CJK between any two characters, Latin runs
    (e-mail addresses, codes) whole when they fit, closing punctuation never at a line start."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in _TOKENS.findall(paragraph):
            candidate = line + token
            if stringWidth(candidate, font, size) <= width:
                line = candidate
                continue
            if token.isspace():
                lines.append(line)
                line = ""
                continue
            if stringWidth(token, font, size) > width:  # a run longer than a line: cut it anywhere
                for ch in token:
                    if stringWidth(line + ch, font, size) > width and line:
                        lines.append(line)
                        line = ""
                    line += ch
                continue
            if token[0] in _NO_LINE_START and len(line) > 1 and stringWidth(line[-1] + token, font, size) <= width:
                token, line = line[-1] + token, line[:-1]
            lines.append(line.rstrip())
            line = token
        lines.append(line.rstrip())
    return lines


def fit(text: str, font: str, width: float, height: float, size: float) -> tuple[float, list[str]]:
    """The largest type size ≤ ``size`` at which ``text`` fits the box, and its lines.

    Below :data:`MIN_SIZE` nothing shrinks further; the lines that still do not fit are cut with "…"
    (field lengths in the database make that practically unreachable).
    """
    current = size
    while True:
        lines = wrap(text, font, current, width)
        if len(lines) * current * 1.2 <= height or current <= MIN_SIZE:
            break
        current = max(MIN_SIZE, current - 0.5)
    limit = max(1, int(height // (current * 1.2)))
    if len(lines) > limit:
        lines = lines[:limit]
        last = lines[-1]
        while last and stringWidth(last + "…", font, current) > width:
            last = last[:-1]
        lines[-1] = last + "…"
    return current, lines


# --- drawing primitives ------------------------------------------------------------------------------


class _Painter:
    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas
        self.font = cjk_font_name()

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        *,
        align: str = "left",
        weight: float = REGULAR,
        char_space: float = 0.0,
    ) -> None:
        """One line with its baseline at ``y``, its glyph outlines stroked ``weight`` pt wide."""
        width = stringWidth(text, self.font, size) + char_space * max(0, len(text) - 1)
        if align == "center":
            x -= width / 2
        elif align == "right":
            x -= width
        self.c.saveState()  # spacing, render mode and line width would outlive the text object
        obj = self.c.beginText(x, y)
        obj.setFont(self.font, size)
        if char_space:
            obj.setCharSpace(char_space)
        if weight:
            obj.setTextRenderMode(2)
            self.c.setLineWidth(min(weight, size * 0.05))
        obj.textOut(text)
        self.c.drawText(obj)
        self.c.restoreState()

    def block(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        text: str,
        size: float,
        *,
        align: str = "left",
        valign: str = "middle",
        weight: float = REGULAR,
    ) -> None:
        """``text`` wrapped and shrunk to fit the box whose lower-left corner is (x, y)."""
        size, lines = fit(text, self.font, w, h, size)
        leading = size * 1.2
        total = (len(lines) - 1) * leading + size
        top = y + h - 1 if valign == "top" else y + (h + total) / 2
        baseline = top - size * 0.86
        for line in lines:
            tx = x + w / 2 if align == "center" else x
            self.text(tx, baseline, line, size, align=align, weight=weight)
            baseline -= leading

    def vertical(self, x: float, y: float, w: float, h: float, text: str, size: float = 11.5) -> None:
        """``text`` written top to bottom, centred in the box (section titles)."""
        size = min(size, (h - 6) / (len(text) * 1.12))
        step = size * 1.12
        top = y + (h + len(text) * step) / 2
        for i, ch in enumerate(text):
            self.text(
                x + w / 2,
                top - (i + 1) * step + (step - size) / 2 + size * 0.12,
                ch,
                size,
                align="center",
                weight=MEDIUM * 1.5,
            )

    def qr(self, value: str, x: float, y: float, size: float) -> None:
        """A QR code (level M) of ``value`` filling the square at (x, y), quiet zone included.

        Drawn as filled rectangles: reportlab's QR widget goes through renderPDF, which sets Helvetica
        and so puts an unembedded font into the file.
        """
        code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
        code.add_data(value)
        code.make(fit=True)
        matrix = code.get_matrix()
        quiet = 2  # modules; the white page around the code adds to it
        module = size / (len(matrix) + 2 * quiet)
        self.c.setFillGray(0)
        for r, cells in enumerate(matrix):
            top = y + size - (quiet + r) * module
            c = 0
            while c < len(cells):
                if not cells[c]:
                    c += 1
                    continue
                start = c
                while c < len(cells) and cells[c]:
                    c += 1
                self.c.rect(x + (quiet + start) * module, top - module, (c - start) * module, module, stroke=0, fill=1)

    def rect(self, x: float, y: float, w: float, h: float, width: float = INNER_LINE) -> None:
        self.c.setLineWidth(width)
        self.c.rect(x, y, w, h, stroke=1, fill=0)

    def hline(self, x1: float, x2: float, y: float, width: float = INNER_LINE) -> None:
        self.c.setLineWidth(width)
        self.c.line(x1, y, x2, y)

    def vline(self, x: float, y1: float, y2: float, width: float = INNER_LINE) -> None:
        self.c.setLineWidth(width)
        self.c.line(x, y1, x, y2)


# --- the page ------------------------------------------------------------------------------------------


def _draw_header(p: _Painter, page: FormPage, top: float) -> float:
    qr_size = 25 * mm
    p.qr(page.number, MARGIN_X + CONTENT_WIDTH - qr_size, top - qr_size, qr_size)
    center = MARGIN_X + CONTENT_WIDTH / 2
    p.text(center, top - 17, page.heading, 15, align="center", char_space=1.5)
    p.text(center, top - 47, page.title, 24, align="center", weight=BOLD, char_space=3)
    p.text(center, top - 66, page.date_line, 10.5, align="center")
    return top - qr_size - 5


def _draw_number_strip(p: _Painter, page: FormPage, top: float) -> float:
    height = 56.0
    x, y = MARGIN_X, top - height
    label_w = SECTION_COL + LABEL_COL
    number_w = 178.0
    p.rect(x, y, CONTENT_WIDTH, height, OUTER_LINE)
    p.vline(x + label_w, y, top)
    p.vline(x + label_w + number_w, y, top)
    p.block(
        x + PAD,
        y,
        label_w - 2 * PAD,
        height,
        translate("services.pdf.form_layout", "申請編號"),
        12,
        align="center",
        weight=MEDIUM,
    )
    p.text(x + label_w + number_w / 2, y + 25, page.number, 22, align="center", char_space=1.2)
    p.text(
        x + label_w + number_w / 2, y + 9, translate("services.pdf.form_layout", "（末碼為檢查碼）"), 8, align="center"
    )
    code_x = x + label_w + number_w
    code_w = CONTENT_WIDTH - label_w - number_w
    barcode = Code128(page.number, barWidth=1.25, barHeight=30, humanReadable=0, quiet=1)
    barcode.drawOn(p.c, code_x + (code_w - barcode.width) / 2, y + 17)
    p.text(
        code_x + code_w / 2,
        y + 7,
        translate("services.pdf.form_layout", "區管中心收件時，掃描條碼或輸入編號即可開啟本申請"),
        7.5,
        align="center",
    )
    return y


def _draw_field(p: _Painter, f: Field, x: float, y: float, w: float, h: float) -> None:
    p.block(x + PAD, y + 1, LABEL_COL - 2 * PAD, h - 2, f.label, 10.5, align="center", weight=MEDIUM)
    p.vline(x + LABEL_COL, y, y + h)
    value_x = x + LABEL_COL + PAD
    value_w = w - LABEL_COL - 2 * PAD
    if f.note:
        note_size = 8.0
        note_w = stringWidth(f.note, p.font, note_size)
        p.text(x + w - PAD, y + PAD + 1, f.note, note_size, align="right")
        if stringWidth(f.value, p.font, f.size) <= value_w - note_w - 6:
            value_w -= note_w + 6
        else:  # value above, note below
            p.block(value_x, y + PAD + note_size + 2, value_w, h - 2 * PAD - note_size - 2, f.value, f.size)
            return
    p.block(value_x, y + 2, value_w, h - 4, f.value, f.size)


def _draw_sections(p: _Painter, sections: Sequence[Section], top: float) -> float:
    x = MARGIN_X
    y = top
    grid_left = x + SECTION_COL
    half = (CONTENT_WIDTH - SECTION_COL) / 2
    for s_index, section in enumerate(sections):
        section_top = y
        for r_index, row in enumerate(section.rows):
            y -= row.height
            if len(row.fields) == 1:
                _draw_field(p, row.fields[0], grid_left, y, CONTENT_WIDTH - SECTION_COL, row.height)
            else:
                left, right = row.fields
                _draw_field(p, left, grid_left, y, half, row.height)
                p.vline(grid_left + half, y, y + row.height)
                _draw_field(p, right, grid_left + half, y, half, row.height)
            if r_index < len(section.rows) - 1:
                p.hline(grid_left, x + CONTENT_WIDTH, y)
        p.vertical(x, y, SECTION_COL, section_top - y, section.title)
        p.vline(grid_left, y, section_top)
        if s_index < len(sections) - 1:
            p.hline(x, x + CONTENT_WIDTH, y, 0.9)
    p.rect(x, y, CONTENT_WIDTH, top - y, OUTER_LINE)
    return y


def _draw_sign_boxes(p: _Painter, labels: tuple[str, str, str], top: float) -> float:
    height = 130.0
    label_h = 20.0
    widths = (CONTENT_WIDTH * 0.3, CONTENT_WIDTH * 0.3, CONTENT_WIDTH * 0.4)
    x = MARGIN_X
    y = top - height
    p.rect(x, y, CONTENT_WIDTH, height, OUTER_LINE)
    p.hline(x, x + CONTENT_WIDTH, top - label_h)
    for i, (label, w) in enumerate(zip(labels, widths)):
        if i:
            p.vline(x, y, top)
        p.block(x + PAD, top - label_h, w - 2 * PAD, label_h, label, 11, align="center", weight=MEDIUM)
        x += w
    return y


def _draw_instructions(p: _Painter, items: Sequence[str], top: float) -> float:
    size = 9.5
    leading = size * 1.35
    x = MARGIN_X
    y = top - size - 2
    p.text(x, y, translate("services.pdf.form_layout", "注意事項"), 10.5, weight=MEDIUM * 1.5)
    indent = stringWidth("9. ", p.font, size) + 2
    for n, item in enumerate(items, start=1):
        lines = wrap(item, p.font, size, CONTENT_WIDTH - indent)
        y -= leading
        p.text(x, y, f"{n}.", size)
        for i, line in enumerate(lines):
            if i:
                y -= leading
            p.text(x + indent, y, line, size)
    return y - size * 0.4


def _draw_office_use(p: _Painter, rows: Sequence[tuple[str, str, str, str]], top: float) -> float:
    title_h = 16.0
    row_h = 22.0
    height = title_h + row_h * len(rows)
    x = MARGIN_X
    y = top - height
    p.rect(x, y, CONTENT_WIDTH, height, OUTER_LINE)
    p.block(
        x + PAD,
        top - title_h,
        CONTENT_WIDTH - 2 * PAD,
        title_h,
        translate("services.pdf.form_layout", "以下由區管中心填寫（申請單位請勿填寫）"),
        9,
        align="center",
        weight=MEDIUM,
    )
    half = CONTENT_WIDTH / 2
    row_top = top - title_h
    for label_a, blank_a, label_b, blank_b in rows:
        p.hline(x, x + CONTENT_WIDTH, row_top)
        ry = row_top - row_h
        for offset, label, blank in ((0.0, label_a, blank_a), (half, label_b, blank_b)):
            cx = x + offset
            p.block(cx + PAD, ry, LABEL_COL - 2 * PAD, row_h, label, 10, align="center", weight=MEDIUM)
            p.vline(cx + LABEL_COL, ry, row_top)
            p.block(cx + LABEL_COL + PAD, ry, half - LABEL_COL - 2 * PAD, row_h, blank, 10)
        p.vline(x + half, ry, row_top)
        row_top = ry
    return y


def _draw_footer(p: _Painter, page: FormPage) -> None:
    y = MARGIN_BOTTOM
    p.hline(MARGIN_X, MARGIN_X + CONTENT_WIDTH, y + 11, 0.4)
    p.text(MARGIN_X, y, page.footer_left, 8.5)
    p.text(
        MARGIN_X + CONTENT_WIDTH / 2,
        y,
        translate("services.pdf.form_layout", "第 {page} 頁／共 {pages} 頁").format(page=1, pages=1),
        8.5,
        align="center",
    )
    p.text(
        MARGIN_X + CONTENT_WIDTH,
        y,
        translate("services.pdf.form_layout", "申請編號：{number}").format(number=page.number),
        8.5,
        align="right",
    )


def render_page(page: FormPage) -> bytes:
    """The form as a one-page A4 PDF with the CJK font embedded."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=cjk_font_name())
    canvas.setTitle(page.pdf_title)
    canvas.setSubject(page.number)
    canvas.setAuthor("NTIP Desk")
    canvas.setCreator("NTIP Desk")
    if page.keywords:
        canvas.setKeywords(" ".join(page.keywords))
    p = _Painter(canvas)
    y = PAGE_HEIGHT - MARGIN_TOP
    y = _draw_header(p, page, y)
    y = _draw_number_strip(p, page, y)
    y = _draw_sections(p, page.sections, y - 8)
    y = _draw_sign_boxes(p, page.sign_boxes, y - 8)
    y = _draw_instructions(p, page.instructions, y - 4)
    y = _draw_office_use(p, page.office_rows, y - 6)
    if y < MARGIN_BOTTOM + 16:  # a layout bug, not a user's problem
        raise RuntimeError(f"form content overruns the footer by {MARGIN_BOTTOM + 16 - y:.1f} pt")
    _draw_footer(p, page)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
