"""Printable sheets of the rules: the rule set in force, and hour awards with their traces (HRS-8)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ntip_desktop.i18n import translate
from ntip_desktop.services.pdf.fonts import cjk_font_name
from ntip_desktop.services.rules.rocdate import format_roc


def _styles() -> dict[str, ParagraphStyle]:
    font = cjk_font_name()
    base = ParagraphStyle("base", fontName=font, fontSize=10, leading=14, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", parent=base, fontSize=16, leading=22, alignment=1, spaceAfter=4 * mm),
        "sub": ParagraphStyle("sub", parent=base, fontSize=9, leading=12, alignment=1, textColor=colors.grey),
        "h2": ParagraphStyle("h2", parent=base, fontSize=12, leading=17, spaceBefore=4 * mm, spaceAfter=2 * mm),
        "cell": base,
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=12),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _build(story: list, *, title: str, printed_on: date | None) -> bytes:
    font = cjk_font_name()
    printed = format_roc(printed_on or date.today(), "official")
    buf = io.BytesIO()

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawString(
            18 * mm, 10 * mm, translate("services.pdf.rules_print", "列印日期：{d}").replace("{d}", printed)
        )
        canvas.drawRightString(
            A4[0] - 18 * mm, 10 * mm, translate("services.pdf.rules_print", "第 {n} 頁").replace("{n}", str(doc.page))
        )
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=title,
        author="NTIP Desk",
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


_GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
)


def render_rule_set(rows: Sequence[tuple[str, str]], *, version: str, printed_on: date | None = None) -> bytes:
    """The rule set in force as a table of (parameter, value) rows (``ruleset.describe``)."""
    st = _styles()
    title = translate("services.pdf.rules_print", "研習時數與課程審核規則參數")
    story: list = [
        _p(title, st["title"]),
        _p(
            translate(
                "services.pdf.rules_print",
                "規則集版本 {v}　依據：全國教師在職進修資訊網進修研習活動使用管理規定（98年10月8日台中(三)字第0980169437號函核備）",
            ).replace("{v}", version),
            st["sub"],
        ),
        Spacer(1, 4 * mm),
    ]
    data = [
        [
            _p(translate("services.pdf.rules_print", "項目"), st["cell"]),
            _p(translate("services.pdf.rules_print", "參數"), st["cell"]),
        ]
    ]
    data += [[_p(label, st["cell"]), _p(value, st["cell"])] for label, value in rows]
    table = Table(data, colWidths=[70 * mm, 104 * mm], repeatRows=1)
    table.setStyle(_GRID)
    story.append(table)
    return _build(story, title=title, printed_on=printed_on)


@dataclass(frozen=True)
class TraceEntry:
    """One award as printed: who (masked ID), which course, hours, status label, trace lines."""

    teacher: str
    teacher_name: str
    course: str
    course_title: str
    hours: int
    status_label: str
    trace: tuple[str, ...]


def render_award_traces(
    entries: Sequence[TraceEntry], *, rule_set_version: str, printed_on: date | None = None
) -> bytes:
    """Hour awards with their step-by-step traces, for a clerk to read, file or send."""
    st = _styles()
    title = translate("services.pdf.rules_print", "研習時數核算明細")
    story: list = [
        _p(title, st["title"]),
        _p(translate("services.pdf.rules_print", "規則集版本 {v}").replace("{v}", rule_set_version), st["sub"]),
    ]
    for e in entries:
        head = (
            translate("services.pdf.rules_print", "{name}（{id}）　課程 {code} {title}")
            .replace("{name}", e.teacher_name)
            .replace("{id}", e.teacher)
        )
        head = head.replace("{code}", e.course).replace("{title}", e.course_title)
        result = (
            translate("services.pdf.rules_print", "結果：{status}，核發 {h} 小時")
            .replace("{status}", e.status_label)
            .replace("{h}", str(e.hours))
        )
        block = [_p(head, st["h2"])]
        block += [_p(f"{i}. {line}", st["small"]) for i, line in enumerate(e.trace, 1)]
        block.append(_p(result, st["cell"]))
        story.append(KeepTogether(block))
    return _build(story, title=title, printed_on=printed_on)
