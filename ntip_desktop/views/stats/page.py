"""統計報表: the figures a district center or county reports upward, as charts and tables (issue 15).

Across the top the filters: topic (課程 / 研習時數 / 帳號申請), 學年度 (this school year at first), 學期, 縣市 (全部,
or one the user may see), 分組 (what the topic can be grouped by) and, for hours, 「時數未滿」. Changing one
recomputes on the task runner; the window never waits. Below, in a scroll area, each figure's chart and table
(:mod:`ntip_desktop.views.stats.figure_view`). 匯出 XLSX… and 列印報表（PDF）… write the figures on screen. The
services check the permission and the scope; the page shows the scope (「範圍：…」) and any refusal in red.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.services.rules.rocdate import local_today
from ntip_desktop.services.stats import (
    DEFAULT_UNDER_HOURS,
    CountyChoice,
    Figures,
    Grouping,
    StatsFilter,
    grouping_label,
    school_year_of,
)
from ntip_desktop.views.operations import stats as ops
from ntip_desktop.views.pages.base import Page, PageContext
from ntip_desktop.views.stats.figure_view import FigureView
from ntip_desktop.views.widgets.dialogs import ERROR_STYLE
from ntip_desktop.views.widgets.file_dialogs import ask_save_path

CONTEXT = "views.stats.page"
#: How many school years back the year chooser reaches.
YEARS_BACK = 10
#: The topics: key, label, and the groupings its figures can have.
TOPICS: tuple[tuple[str, str, tuple[Grouping, ...]], ...] = (
    ("courses", QT_TRANSLATE_NOOP("views.stats.page", "課程"), tuple(Grouping)),
    ("hours", QT_TRANSLATE_NOOP("views.stats.page", "研習時數"), tuple(Grouping)),
    (
        "accounts",
        QT_TRANSLATE_NOOP("views.stats.page", "帳號申請"),
        (Grouping.COUNTY, Grouping.ORGANIZER, Grouping.MONTH),
    ),
)
TERMS = (
    (None, QT_TRANSLATE_NOOP("views.stats.page", "全學年")),
    (1, QT_TRANSLATE_NOOP("views.stats.page", "上學期")),
    (2, QT_TRANSLATE_NOOP("views.stats.page", "下學期")),
)
#: A pause in changing the hours threshold after which the figures are recomputed.
TYPING_PAUSE_MS = 350


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


class StatsPage(Page):
    """Filters, then a chart and a table per figure; XLSX and PDF of what is on screen."""

    watches = ("courses", "attendance", "awards", "certificates", "accounts", "organizations", "teachers")

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.figures: Figures | None = None
        self.views: list[FigureView] = []
        self._generation = 0
        self._counties_loaded = False
        self._building = True

        self.topic = QComboBox()
        self.topic.setObjectName("statsTopic")
        for key, text, _ in TOPICS:
            self.topic.addItem(_tr(text), key)
        self.year = QComboBox()
        self.year.setObjectName("statsYear")
        current = school_year_of(local_today())
        for year in range(current, current - YEARS_BACK, -1):
            self.year.addItem(translate("views.stats.page", "{year} 學年度").format(year=year), year)
        self.year.addItem(translate("views.stats.page", "全部學年度"), None)
        self.term = QComboBox()
        self.term.setObjectName("statsTerm")
        for term, text in TERMS:
            self.term.addItem(_tr(text), term)
        self.county = QComboBox()
        self.county.setObjectName("statsCounty")
        self.county.addItem(translate("views.stats.page", "全部"), None)
        self.grouping = QComboBox()
        self.grouping.setObjectName("statsGrouping")
        self.under = QSpinBox()
        self.under.setObjectName("statsUnderHours")
        self.under.setRange(1, 10_000)
        self.under.setValue(DEFAULT_UNDER_HOURS)
        self.under.setSuffix(translate("views.stats.page", " 小時"))
        self.under_label = QLabel(translate("views.stats.page", "時數未滿(&U)"))
        self.under_label.setBuddy(self.under)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.refresh)

        self.xlsx_button = QPushButton(translate("views.stats.page", "匯出 XLSX(&X)…"))
        self.xlsx_button.setObjectName("statsXlsxButton")
        self.xlsx_button.setToolTip(translate("views.stats.page", "每項統計一個工作表，表頭寫明篩選條件（Ctrl+E）"))
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.pdf_button = QPushButton(translate("views.stats.page", "列印報表（PDF）(&P)…"))
        self.pdf_button.setObjectName("statsPdfButton")
        self.pdf_button.setToolTip(translate("views.stats.page", "圖表與表格存成 A4 的 PDF，可開啟後列印（Ctrl+P）"))
        self.pdf_button.clicked.connect(self.print_pdf)
        for button in (self.xlsx_button, self.pdf_button):
            button.setEnabled(False)

        bar = QHBoxLayout()
        for text, widget in (
            (translate("views.stats.page", "主題(&T)"), self.topic),
            (translate("views.stats.page", "學年度(&Y)"), self.year),
            (translate("views.stats.page", "學期(&M)"), self.term),
            (translate("views.stats.page", "縣市(&C)"), self.county),
            (translate("views.stats.page", "分組(&G)"), self.grouping),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        bar.addWidget(self.under_label)
        bar.addWidget(self.under)
        bar.addStretch(1)
        bar.addWidget(self.xlsx_button)
        bar.addWidget(self.pdf_button)

        self.scope_label = QLabel(translate("views.stats.page", "範圍：{scope}").format(scope=self.user.scope_label))
        self.scope_label.setObjectName("statsScope")
        self.filter_label = QLabel()
        self.filter_label.setObjectName("statsFilterText")
        self.status = QLabel()
        self.status.setObjectName("statsStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        line = QHBoxLayout()
        line.addWidget(self.scope_label)
        line.addSpacing(24)
        line.addWidget(self.filter_label, 1)

        self.stack = QWidget()
        self.stack.setObjectName("statsFigures")
        self.stack_layout = QVBoxLayout(self.stack)
        self.stack_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("statsScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.stack)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(line)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll_area, 1)
        self.status.hide()

        self._fill_groupings()
        self.topic.currentIndexChanged.connect(self._topic_changed)
        self.year.currentIndexChanged.connect(self._year_changed)
        for combo in (self.term, self.county, self.grouping):
            combo.currentIndexChanged.connect(self._filter_changed)
        self.under.valueChanged.connect(lambda _v: self._pause.start())
        self._show_under()
        QShortcut(QKeySequence("Ctrl+E"), self, self.export_xlsx)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_pdf)
        self._building = False

    # --- the filters ----------------------------------------------------------------------------------------

    @property
    def topic_key(self) -> str:
        return str(self.topic.currentData())

    def wanted(self) -> StatsFilter:
        year = self.year.currentData()
        return StatsFilter(
            year=year,
            term=self.term.currentData() if year is not None else None,
            county_code=self.county.currentData(),
            by=Grouping(self.grouping.currentData()),
        )

    def choose(self, combo: QComboBox, data: object) -> None:
        """Pick the entry of ``combo`` whose data is ``data`` (tests and the screenshots)."""
        index = combo.findData(data)
        if index < 0:
            raise ValueError(f"{combo.objectName()} has no {data!r}")
        combo.setCurrentIndex(index)

    def _fill_groupings(self) -> None:
        """The groupings the topic's figures can have; the current one is kept when the topic has it."""
        groupings = next(g for key, _, g in TOPICS if key == self.topic_key)
        before = self.grouping.currentData()
        self.grouping.blockSignals(True)
        self.grouping.clear()
        for grouping in groupings:
            self.grouping.addItem(grouping_label(grouping), grouping.value)
        index = self.grouping.findData(before)
        self.grouping.setCurrentIndex(max(0, index))
        self.grouping.blockSignals(False)

    def _show_under(self) -> None:
        hours = self.topic_key == "hours"
        self.under.setVisible(hours)
        self.under_label.setVisible(hours)

    def _topic_changed(self) -> None:
        self._fill_groupings()
        self._show_under()
        self._filter_changed()

    def _year_changed(self) -> None:
        self.term.setEnabled(self.year.currentData() is not None)
        self._filter_changed()

    def _filter_changed(self) -> None:
        if not self._building:
            self.refresh()

    # --- the Page API -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        self._pause.stop()
        if not self._counties_loaded:
            self._counties_loaded = True
            self.run_operation(ops.counties(self.user), on_done=self._show_counties, on_error=self._refused)
        self._generation += 1
        generation = self._generation
        self.status.hide()
        self.filter_label.setText(translate("views.stats.page", "計算中…"))
        self.run_operation(
            ops.load_figures(self.user, self.topic_key, self.wanted(), self.under.value()),
            on_done=lambda figures: self._show(generation, figures),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def initial_focus(self) -> QWidget | None:
        return self.topic

    def _show_counties(self, counties: list[CountyChoice]) -> None:
        chosen = self.county.currentData()
        self.county.blockSignals(True)
        while self.county.count() > 1:
            self.county.removeItem(1)
        for county in counties:
            self.county.addItem(county.name, county.code)
        self.county.setCurrentIndex(max(0, self.county.findData(chosen)))
        self.county.blockSignals(False)

    def _show(self, generation: int, figures: Figures) -> None:
        if generation != self._generation:  # a later filter's figures are on their way
            return
        self._clear()
        self.figures = figures
        self.filter_label.setText(figures.filter_text)
        self.views = [FigureView(f, self.stack) for f in figures.figures]
        for n, view in enumerate(self.views):
            self.stack_layout.insertWidget(n, view)
        for button in (self.xlsx_button, self.pdf_button):
            button.setEnabled(True)

    def _clear(self) -> None:
        """No figures on screen (and none to export)."""
        self.figures = None
        for view in self.views:
            self.stack_layout.removeWidget(view)
            view.deleteLater()
        self.views = []
        for button in (self.xlsx_button, self.pdf_button):
            button.setEnabled(False)

    def _failed(self, generation: int, exc: UserError) -> None:
        """The filter was refused: its message in red, and no figures of an earlier filter left to export."""
        if generation != self._generation:
            return
        self._clear()
        self.filter_label.setText("")
        self._refused(exc)

    def _refused(self, exc: UserError) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(exc.message)
        self.status.show()

    def view(self, figure_id: str) -> FigureView:
        return next(v for v in self.views if v.figure.id == figure_id)

    # --- outputs ------------------------------------------------------------------------------------------

    def suggested_name(self, suffix: str) -> str:
        assert self.figures is not None
        wanted = self.figures.filter
        period = "" if wanted.year is None else f"-{wanted.year}" + ("" if wanted.term is None else f"-{wanted.term}")
        return f"{self.figures.title}{period}.{suffix}"

    def export_xlsx(self) -> None:
        if self.figures is None:
            return
        path = ask_save_path(
            self,
            translate("views.stats.page", "匯出統計 XLSX"),
            self.suggested_name("xlsx"),
            translate("views.stats.page", "Excel 活頁簿 (*.xlsx)"),
        )
        if path is not None:
            self.export_xlsx_to(path)

    def export_xlsx_to(self, path: Path) -> None:
        """Write the figures on screen to ``path`` (tests call this without the dialog)."""
        if self.figures is not None:
            self.status.hide()
            self.run_operation(ops.export_xlsx(self.user, path, self.figures), on_error=self._refused)

    def print_pdf(self) -> None:
        if self.figures is None:
            return
        path = ask_save_path(
            self,
            translate("views.stats.page", "列印統計報表"),
            self.suggested_name("pdf"),
            translate("views.stats.page", "PDF 檔 (*.pdf)"),
        )
        if path is not None:
            self.print_pdf_to(path)

    def print_pdf_to(self, path: Path) -> None:
        if self.figures is not None:
            self.status.hide()
            self.run_operation(ops.print_pdf(self.user, path, self.figures), on_error=self._refused)
