"""統計報表 on paper: A4, the office's name and the report's title, the filters in words, then per figure its
chart (reportlab.graphics: vector, in the same embedded CJK font) and its table (header repeated on every page
it runs onto), and 「第 x 頁，共 y 頁」 with the printing date at the foot of every page.

The renderer takes plain data (:class:`ReportData`, charts as :class:`ChartData`); the statistics domain fills it
in from its figures (``services.stats.pdf``), so that reportlab stays inside this package.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ntip_desktop.i18n import translate
from ntip_desktop.services.pdf.fonts import cjk_font_name

CONTEXT = "services.pdf.stats_report"
MARGIN = 16 * mm
WIDTH = A4[0] - 2 * MARGIN
#: The series' colours, in the order of the chart's columns (readable in grey print too).
PALETTE = (
    colors.HexColor("#2f6db5"),
    colors.HexColor("#e0893a"),
    colors.HexColor("#4f9d5d"),
    colors.HexColor("#c44e52"),
    colors.HexColor("#8172b2"),
)


@dataclass(frozen=True)
class ChartData:
    title: str
    categories: Sequence[str]
    series: Sequence[tuple[str, Sequence[float]]]  #: (name, a value per category)
    line: bool
    top: float  #: the value axis' top …
    step: float  #: … and its step


@dataclass(frozen=True)
class TableData:
    title: str
    definition: str
    header: Sequence[str]  #: the group's header, then a header per column
    rows: Sequence[Sequence[str]]  #: formatted cells, the total row last
    chart: ChartData


@dataclass(frozen=True)
class ReportData:
    office: str
    title: str
    lines: Sequence[str]  #: the filter in words, the scope, who printed it
    printed_on: str  #: ROC date
    tables: Sequence[TableData]


def _styles() -> dict[str, ParagraphStyle]:
    font = cjk_font_name()
    base = ParagraphStyle("base", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    return {
        "office": ParagraphStyle("office", parent=base, fontSize=13, leading=18, alignment=1),
        "title": ParagraphStyle("title", parent=base, fontSize=18, leading=24, alignment=1, spaceAfter=3 * mm),
        "line": ParagraphStyle("line", parent=base, fontSize=10, leading=14),
        "h2": ParagraphStyle("h2", parent=base, fontSize=13, leading=18, spaceBefore=5 * mm, spaceAfter=1 * mm),
        "note": ParagraphStyle("note", parent=base, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444")),
        "head": ParagraphStyle("head", parent=base, fontSize=8, leading=10, alignment=1),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "number": ParagraphStyle("number", parent=base, fontSize=8.5, leading=10.5, alignment=2),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _short(name: str, most: int) -> str:
    return name if len(name) <= most else name[: most - 1] + "…"


def _chart(data: ChartData, font: str) -> Drawing:
    """A bar chart of the series per category (a line chart through the months), with its legend."""
    height = 62 * mm
    drawing = Drawing(WIDTH, height + 12 * mm, initialFontName=font)
    many = len(data.categories) > 8
    chart: Any = HorizontalLineChart() if data.line else VerticalBarChart()
    chart.x = 14 * mm
    chart.y = (22 if many else 10) * mm
    # a few groups get narrow bars, not a page-wide slab each
    per_group = (len(data.series) * 9 + 10) * mm
    chart.width = min(WIDTH - 18 * mm, max(70 * mm, per_group * len(data.categories)))
    chart.height = height - chart.y + 4 * mm
    chart.data = [tuple(values) for _, values in data.series] or [(0,)]
    chart.categoryAxis.categoryNames = [_short(c, 9 if many else 14) for c in data.categories] or [""]
    labels = chart.categoryAxis.labels
    labels.fontName = font
    labels.fontSize = 7 if many else 8
    if many:
        labels.angle = 40
        labels.boxAnchor = "ne"
        labels.dx, labels.dy = 2, -2
    else:
        labels.boxAnchor = "n"
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 9
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = data.top
    chart.valueAxis.valueStep = data.step
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    for n in range(len(data.series)):
        colour = PALETTE[n % len(PALETTE)]
        if data.line:
            chart.lines[n].strokeColor = colour
            chart.lines[n].strokeWidth = 1.6
        else:
            chart.bars[n].fillColor = colour
            chart.bars[n].strokeColor = None
    if not data.line:
        chart.groupSpacing = 4
        chart.barSpacing = 0.5
    drawing.add(chart)
    legend = Legend()
    legend.fontName = font
    legend.fontSize = 8
    legend.x = 14 * mm
    legend.y = height + 9 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.deltax = 70
    legend.colorNamePairs = [(PALETTE[n % len(PALETTE)], name) for n, (name, _) in enumerate(data.series)]
    drawing.add(legend)
    if not data.categories:
        drawing.add(
            String(
                WIDTH / 2,
                height / 2,
                translate("services.pdf.stats_report", "（沒有資料）"),
                fontName=font,
                fontSize=10,
            )
        )
    return drawing


def _table(data: TableData, st: dict[str, ParagraphStyle], font: str) -> Table:
    columns = len(data.header)
    first = 42 * mm if columns > 6 else 55 * mm
    rest = (WIDTH - first) / max(1, columns - 1)
    body = [[_p(h, st["head"]) for h in data.header]]
    for row in data.rows:
        body.append([_p(row[0], st["cell"]), *(_p(v, st["number"]) for v in row[1:])])
    table = Table(body, colWidths=[first] + [rest] * (columns - 1), repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if data.rows:  # the total row
        style.append(("BACKGROUND", (0, len(body) - 1), (-1, len(body) - 1), colors.HexColor("#f3f3f3")))
        style.append(("LINEABOVE", (0, len(body) - 1), (-1, len(body) - 1), 1.0, colors.black))
    table.setStyle(TableStyle(style))
    return table


def _numbered_canvas(font: str, printed_on: str) -> type[Canvas]:
    """A canvas that holds its pages until the end, then writes 「第 x 頁，共 y 頁」 on each (two passes)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = font
            kwargs.setdefault("invariant", 1)
            kwargs.setdefault("pageCompression", 1)
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFont(font, 8)
                self.drawString(
                    MARGIN, 9 * mm, translate("services.pdf.stats_report", "列印日期：{date}").format(date=printed_on)
                )
                self.drawRightString(
                    A4[0] - MARGIN,
                    9 * mm,
                    translate("services.pdf.stats_report", "第 {page} 頁，共 {pages} 頁").format(
                        page=number, pages=total
                    ),
                )
                super().showPage()
            super().save()

    return NumberedCanvas


def render_stats_report(data: ReportData) -> bytes:
    """The report as PDF bytes."""
    font = cjk_font_name()
    st = _styles()
    story: list[Any] = [
        _p(data.office, st["office"]),
        _p(data.title, st["title"]),
        *(_p(line, st["line"]) for line in data.lines),
        Spacer(1, 2 * mm),
    ]
    for table in data.tables:
        story.append(
            KeepTogether(
                [
                    _p(table.title, st["h2"]),
                    _p(table.definition, st["note"]),
                    Spacer(1, 2 * mm),
                    *([_p(table.chart.title, st["line"])] if table.chart.title != table.title else []),
                    _chart(table.chart, font),
                ]
            )
        )
        story.append(Spacer(1, 2 * mm))
        story.append(_table(table, st, font))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title=f"{data.title} {data.office}",
        author="NTIP Desk",
    )
    doc.build(story, canvasmaker=_numbered_canvas(font, data.printed_on))
    return buffer.getvalue()
