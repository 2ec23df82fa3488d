"""One figure on the 統計報表 page: its chart (Qt Charts: bars of its main columns per group, a line through the
months) above its table (every group, the total row last, sortable by any column).

What is charted is :func:`~ntip_desktop.services.stats.chart_plan`'s choice, the same as in the PDF report: at
most the top groups by the main column, the title saying so; the table always lists every group.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ntip_desktop.services.stats import ChartPlan, Figure, chart_plan, format_value

#: The series' colours (the PDF's), in the order of the chart's columns.
PALETTE = ("#2f6db5", "#e0893a", "#4f9d5d", "#c44e52", "#8172b2")
#: Roles of a table cell: the number it sorts by, and whether its row is the total.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 2
#: Height of a chart (taller when its many groups' names are slanted), and of a table showing at most this many
#: rows before it scrolls.
CHART_HEIGHT = 280
TALL_CHART_HEIGHT = 380
#: More groups than this are labelled slanted and shortened (their full names are in the table).
MANY_GROUPS = 8
TABLE_ROWS = 12


class TotalLastProxy(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE`; the total row stays last in either order."""

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
        if left.data(TOTAL_ROLE):
            return descending
        if right.data(TOTAL_ROLE):
            return not descending
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, str) or isinstance(b, str):
            return str(a) < str(b)
        return float(a) < float(b)


def _item(text: str, sort: Any, total: bool, number: bool) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(sort, SORT_ROLE)
    item.setData(total, TOTAL_ROLE)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if total:
        font = QFont()
        font.setBold(True)
        item.setFont(font)
    return item


def figure_model(figure: Figure, parent: Any = None) -> QStandardItemModel:
    """The figure's rows and total row as a table of formatted cells (numbers by their column's unit)."""
    model = QStandardItemModel(parent)
    model.setHorizontalHeaderLabels([figure.group_header, *(c.header for c in figure.columns)])
    for row in (*figure.rows, figure.total):
        total = row is figure.total
        cells = [_item(row.name, row.key or "\uffff", total, False)]
        for column, value in zip(figure.columns, row.values):
            sort = -math.inf if value is None else float(value)
            cells.append(_item(format_value(value, column.unit), sort, total, True))
        model.appendRow(cells)
    return model


def nice_step(top: float) -> float:
    """A whole tick step (1, 2 or 5 times a power of ten) giving at most about eight ticks up to ``top``."""
    step = 1.0
    while top / step > 8:
        for factor in (2, 2.5, 2):
            step *= factor
            if top / step <= 8:
                break
    return step


def _short(name: str, most: int = 10) -> str:
    return name if len(name) <= most else name[: most - 1] + "…"


def build_chart(plan: ChartPlan, palette: QPalette) -> QChart:
    """Bars of the plan's columns per group (or lines through the months), in the widget's colours."""
    chart = QChart()
    if plan.cut:  # the group box has the figure's title; the chart says only that it shows the top groups
        chart.setTitle(plan.title)
    chart.setBackgroundVisible(False)
    text = palette.color(QPalette.ColorRole.WindowText)
    chart.setTitleBrush(text)
    chart.legend().setLabelColor(text)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    axis_x = QBarCategoryAxis()
    many = len(plan.categories) > MANY_GROUPS
    axis_x.append([_short(c) for c in plan.categories] if many else plan.categories or [""])
    if many:  # slanted and shortened, not elided by the axis to a character or two
        axis_x.setLabelsAngle(-45)
        axis_x.setTruncateLabels(False)
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%.0f")
    top = max((max(values, default=0.0) for _, values in plan.series()), default=0.0)
    step = nice_step(top)
    axis_y.setRange(0, step * max(5, math.ceil(top / step)))
    axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
    axis_y.setTickAnchor(0)
    axis_y.setTickInterval(step)
    for axis in (axis_x, axis_y):
        axis.setLabelsColor(text)
        axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    if plan.line:
        for n, (name, values) in enumerate(plan.series()):
            line = QLineSeries()
            line.setName(name)
            line.setColor(QColor(PALETTE[n % len(PALETTE)]))
            line.setPointsVisible(True)
            for x, y in enumerate(values):
                line.append(float(x), y)
            chart.addSeries(line)
            line.attachAxis(axis_x)
            line.attachAxis(axis_y)
    else:
        bars = QBarSeries()
        for n, (name, values) in enumerate(plan.series()):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(PALETTE[n % len(PALETTE)]))
            bar_set.setBorderColor(QColor(PALETTE[n % len(PALETTE)]))
            bar_set.append(values)
            bars.append(bar_set)
        chart.addSeries(bars)
        bars.attachAxis(axis_x)
        bars.attachAxis(axis_y)
    return chart


class FigureView(QGroupBox):
    """A figure's title, what it counts (a caption, and the tooltip), its chart and its table."""

    def __init__(self, figure: Figure, parent: QWidget | None = None) -> None:
        super().__init__(figure.title, parent)
        self.figure = figure
        self.setObjectName(f"figure:{figure.id}")
        self.setToolTip(figure.definition)
        self.definition = QLabel(figure.definition)
        self.definition.setObjectName("figureDefinition")
        self.definition.setWordWrap(True)
        small = self.definition.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.definition.setFont(small)
        self.plan = chart_plan(figure)
        self.chart = build_chart(self.plan, self.palette())
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("figureChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(TALL_CHART_HEIGHT if len(self.plan.rows) > MANY_GROUPS else CHART_HEIGHT)
        self.chart_view.setToolTip(figure.definition)
        self.model = figure_model(figure, self)
        self.proxy = TotalLastProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("figureTable")
        self.table.setModel(self.proxy)
        # the service's order until a header is clicked (section -1: not sorted)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(64)
        rows = min(self.model.rowCount(), TABLE_ROWS)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(header.sizeHint().height() + row_height * rows + 4)
        if self.model.rowCount() <= TABLE_ROWS:
            self.table.setMaximumHeight(self.table.minimumHeight())
        layout = QVBoxLayout(self)
        layout.addWidget(self.definition)
        layout.addWidget(self.chart_view)
        layout.addWidget(self.table)

    # --- what tests and the page read ---------------------------------------------------------------------

    def bar_counts(self) -> list[int]:
        """How many bars each series of the chart has (0 for a line chart)."""
        counts = []
        for series in self.chart.series():
            if isinstance(series, QBarSeries):
                counts += [bar_set.count() for bar_set in series.barSets()]
        return counts

    def table_rows(self) -> list[list[str]]:
        """The table's cells as shown (in the current sort order), the header not included."""
        return [
            [str(self.proxy.index(r, c).data() or "") for c in range(self.proxy.columnCount())]
            for r in range(self.proxy.rowCount())
        ]
