"""One figure on the 統計報表 page: its chart (Qt Charts: bars of its main columns per group, a line through the
months) above its table (every group, the total row last, sortable by any column).

What is charted is :func:`~ntip_desktop.services.stats.chart_plan`'s choice, the same as in the PDF report: at
most the top groups by the main column, the title saying so; the table always lists every group.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ntip_desktop.services.stats import ChartPlan, Figure, axis_scale, chart_plan, format_value

#: The series' colours (the PDF's), in the order of the chart's columns.
PALETTE = ("#2f6db5", "#e0893a", "#4f9d5d", "#c44e52", "#8172b2")
#: Roles of a table cell: the number it sorts by, and whether its row is the total.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 2
#: Height of a chart (of a horizontal one: so much per group and the legend), and of a table showing at most
#: this many rows before it scrolls.
CHART_HEIGHT = 280
GROUP_HEIGHT = 24
TABLE_ROWS = 12
#: More groups than this are charted as horizontal bars (their names whole on the left).
MANY_GROUPS = 8


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


def _short(name: str, most: int = 16) -> str:
    return name if len(name) <= most else name[: most - 1] + "…"


def is_horizontal(plan: ChartPlan) -> bool:
    """Many groups lie as horizontal bars: their names, on the left, stay whole and sit beside their bars
    (Qt Charts elides slanted names under vertical bars to a character or two, or centres them off their bar)."""
    return not plan.line and len(plan.rows) > MANY_GROUPS


def chart_height(plan: ChartPlan) -> int:
    return max(CHART_HEIGHT, 110 + GROUP_HEIGHT * len(plan.rows)) if is_horizontal(plan) else CHART_HEIGHT


def build_chart(plan: ChartPlan, palette: QPalette) -> QChart:
    """Bars of the plan's columns per group (horizontal for many groups, the largest on top), or lines through
    the months, in the widget's colours."""
    chart = QChart()
    if plan.cut:  # the group box has the figure's title; the chart says only that it shows the top groups
        chart.setTitle(plan.title)
    chart.setBackgroundVisible(False)
    text = palette.color(QPalette.ColorRole.WindowText)
    chart.setTitleBrush(text)
    chart.legend().setLabelColor(text)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    horizontal = is_horizontal(plan)
    groups = QBarCategoryAxis()
    if horizontal:  # a category axis runs bottom to top: reversed, the first group is on top
        groups.append([_short(c) for c in reversed(plan.categories)])
    else:
        groups.append(plan.categories or [""])
    values = QValueAxis()
    values.setLabelFormat("%.0f")
    top, step = axis_scale(plan)
    values.setRange(0, top)
    values.setTickType(QValueAxis.TickType.TicksDynamic)
    values.setTickAnchor(0)
    values.setTickInterval(step)
    for axis in (groups, values):
        axis.setLabelsColor(text)
        axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))
    if horizontal:
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(groups, Qt.AlignmentFlag.AlignLeft)
    else:
        chart.addAxis(groups, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    if plan.line:
        for n, (name, points) in enumerate(plan.series()):
            line = QLineSeries()
            line.setName(name)
            line.setColor(QColor(PALETTE[n % len(PALETTE)]))
            line.setPointsVisible(True)
            for x, y in enumerate(points):
                line.append(float(x), y)
            chart.addSeries(line)
            line.attachAxis(groups)
            line.attachAxis(values)
        return chart
    bars: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
    for n, (name, points) in enumerate(plan.series()):
        bar_set = QBarSet(name)
        bar_set.setColor(QColor(PALETTE[n % len(PALETTE)]))
        bar_set.setBorderColor(QColor(PALETTE[n % len(PALETTE)]))
        bar_set.append(list(reversed(points)) if horizontal else points)
        bars.append(bar_set)
    chart.addSeries(bars)
    bars.attachAxis(groups)
    bars.attachAxis(values)
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
        self.chart_view.setMinimumHeight(chart_height(self.plan))
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
            if isinstance(series, QAbstractBarSeries):
                counts += [bar_set.count() for bar_set in series.barSets()]
        return counts

    def table_rows(self) -> list[list[str]]:
        """The table's cells as shown (in the current sort order), the header not included."""
        return [
            [str(self.proxy.index(r, c).data() or "") for c in range(self.proxy.columnCount())]
            for r in range(self.proxy.rowCount())
        ]
