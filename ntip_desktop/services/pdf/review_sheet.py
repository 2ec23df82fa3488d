"""研習課程審核表: the printable record of one course's review, for the file (docs/rules.md CRS).

What goes on the sheet is plain data (:class:`ReviewSheetData`, filled by ``services/courses/sheets.py``);
this module only lays it out on A4: the course, its segments, the checklist (every check with its article,
the outcome in force, the automatic one when a reviewer changed it, the message and the reason), the
decision, the reviewing unit, and the printed date in the footer of every page. Black on white, so it
copies and faxes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ntip_desktop.i18n import translate
from ntip_desktop.services.pdf.fonts import cjk_font_name

MARGIN = 16 * mm
WIDTH = A4[0] - 2 * MARGIN


@dataclass(frozen=True)
class SheetSegment:
    """One 時段 as printed: ROC date, times, kind label, topic."""

    day: str
    times: str
    kind: str
    topic: str


@dataclass(frozen=True)
class SheetCheck:
    """One checklist line as printed (labels already in Chinese)."""

    check_id: str
    article: str
    outcome: str  #: outcome in force
    auto_outcome: str | None  #: the automatic outcome, when a reviewer changed or answered it
    message: str
    reason: str | None  #: override reason or manual answer's note, with who and when


@dataclass(frozen=True)
class ReviewSheetData:
    """Everything the sheet shows, as text."""

    code: str
    title: str
    session_label: str
    organizer: str
    organizer_category: str
    start: str  #: ROC date and time
    end: str
    venue: str
    delivery: str
    class_nature: str
    basis_doc: str
    consent_doc: str
    segments: tuple[SheetSegment, ...]
    checklist_note: str  #: e.g. which rule set the checks used, or that they are not stored yet
    checks: tuple[SheetCheck, ...]
    state: str
    decision: str
    decided_by: str
    decided_at: str  #: ROC date and time, or empty
    decision_reason: str
    review_unit: str
    printed_on: str  #: 中華民國115年11月24日
    pdf_title: str


def _styles() -> dict[str, ParagraphStyle]:
    font = cjk_font_name()
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", parent=base, fontSize=18, leading=24, alignment=1),
        "sub": ParagraphStyle("sub", parent=base, fontSize=10, leading=14, alignment=1, spaceAfter=3 * mm),
        "h2": ParagraphStyle("h2", parent=base, fontSize=12, leading=16, spaceBefore=4 * mm, spaceAfter=1.5 * mm),
        "cell": base,
        "label": ParagraphStyle("label", parent=base, alignment=1),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11.5),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _grid(header: bool) -> TableStyle:
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), cjk_font_name()),  # the font of plain-string cells (else Helvetica)
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black))
    return TableStyle(commands)


def _fields(rows: Sequence[tuple[str, str, str, str] | tuple[str, str]], st: dict[str, ParagraphStyle]) -> Table:
    """A label/value grid: four cells a row (two pairs), or one pair spanning the row."""
    label_w, value_w = 24 * mm, WIDTH / 2 - 24 * mm
    data, spans = [], []
    for n, row in enumerate(rows):
        if len(row) == 2:
            data.append([_p(row[0], st["label"]), _p(row[1], st["cell"]), "", ""])
            spans.append(("SPAN", (1, n), (3, n)))
        else:
            a, b, c, d = row
            data.append([_p(a, st["label"]), _p(b, st["cell"]), _p(c, st["label"]), _p(d, st["cell"])])
    table = Table(data, colWidths=[label_w, value_w, label_w, value_w])
    style = _grid(False)
    for command in spans:
        style.add(*command)
    table.setStyle(style)
    return table


def render_review_sheet(data: ReviewSheetData) -> bytes:
    """The review sheet as an A4 PDF (as many pages as the checklist needs), the CJK font embedded."""
    st = _styles()
    none = translate("courses", "（無）")
    story: list = [
        _p(translate("courses", "研習課程審核表"), st["title"]),
        _p(translate("courses", "全國教師在職進修資訊網　課程代碼 {code}").format(code=data.code), st["sub"]),
        _p(translate("courses", "一、課程"), st["h2"]),
        _fields(
            [
                (translate("courses", "課程名稱"), data.title),
                (translate("courses", "課程代碼"), data.code, translate("courses", "場次"), data.session_label or none),
                (
                    translate("courses", "主辦單位"),
                    data.organizer,
                    translate("courses", "辦理資格"),
                    data.organizer_category,
                ),
                (translate("courses", "開始"), data.start, translate("courses", "結束"), data.end),
                (
                    translate("courses", "辦理方式"),
                    data.delivery,
                    translate("courses", "班別性質"),
                    data.class_nature or none,
                ),
                (translate("courses", "地點"), data.venue or none),
                (
                    translate("courses", "依據文號"),
                    data.basis_doc or none,
                    translate("courses", "同意文號"),
                    data.consent_doc or none,
                ),
            ],
            st,
        ),
    ]
    if data.segments:
        rows = [
            [
                _p(h, st["label"])
                for h in (
                    translate("courses", "日期"),
                    translate("courses", "時間"),
                    translate("courses", "性質"),
                    translate("courses", "內容"),
                )
            ]
        ]
        rows += [
            [_p(s.day, st["small"]), _p(s.times, st["small"]), _p(s.kind, st["small"]), _p(s.topic, st["small"])]
            for s in data.segments
        ]
        segments = Table(rows, colWidths=[30 * mm, 26 * mm, 20 * mm, WIDTH - 76 * mm], repeatRows=1)
        segments.setStyle(_grid(True))
        story += [Spacer(1, 2 * mm), _p(translate("courses", "時段"), st["cell"]), segments]

    story += [
        _p(translate("courses", "二、檢核表"), st["h2"]),
        _p(data.checklist_note, st["small"]),
        Spacer(1, 1.5 * mm),
    ]
    rows = [
        [
            _p(h, st["label"])
            for h in (
                translate("courses", "條文"),
                translate("courses", "檢核項目"),
                translate("courses", "結果"),
                translate("courses", "說明"),
            )
        ]
    ]
    for c in data.checks:
        outcome = (
            c.outcome
            if c.auto_outcome is None
            else translate("courses", "{outcome}\n（自動：{auto}）").format(outcome=c.outcome, auto=c.auto_outcome)
        )
        explanation = (
            c.message
            if not c.reason
            else translate("courses", "{message}\n變更理由：{reason}").format(message=c.message, reason=c.reason)
        )
        rows.append(
            [_p(c.article, st["small"]), _p(c.check_id, st["small"]), _p(outcome, st["small"]),
             _p(explanation, st["small"])]
        )  # fmt: skip
    checks = Table(rows, colWidths=[22 * mm, 34 * mm, 22 * mm, WIDTH - 78 * mm], repeatRows=1)
    checks.setStyle(_grid(True))
    story.append(checks)

    story.append(
        KeepTogether(
            [
                _p(translate("courses", "三、審核結果"), st["h2"]),
                _fields(
                    [
                        (
                            translate("courses", "目前狀態"),
                            data.state,
                            translate("courses", "審核決定"),
                            data.decision or translate("courses", "（尚未決定）"),
                        ),
                        (
                            translate("courses", "審核人"),
                            data.decided_by or none,
                            translate("courses", "決定時間"),
                            data.decided_at or none,
                        ),
                        (translate("courses", "理由"), data.decision_reason or none),
                        (translate("courses", "審核單位"), data.review_unit),
                    ],
                    st,
                ),
            ]
        )
    )
    printed = translate("courses", "列印日期：{date}").format(date=data.printed_on)
    font = cjk_font_name()

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 8.5)
        canvas.drawString(MARGIN, 10 * mm, printed)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, translate("courses", "第 {n} 頁").format(n=doc.page))
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, translate("courses", "課程代碼：{code}").format(code=data.code))
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=14 * mm,
        bottomMargin=18 * mm,
        title=data.pdf_title,
        author="NTIP Desk",
        creator="NTIP Desk",
        subject=data.code,
        # The canvas starts in the CJK font: reportlab's default (Helvetica) would go in the file unembedded.
        initialFontName=font,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
