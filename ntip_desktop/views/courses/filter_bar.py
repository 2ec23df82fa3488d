"""The queue's filter bar: 狀態, 縣市, 開辦單位, 開始日期 (民國), 檢核不符, 關鍵字, and the counts by state.

Choosing from a list filters at once; a typed field filters on Enter, or after a short pause in typing.
A date that cannot be read is marked and left out of the filter (the tooltip says what to type). Each
count by state is a link: clicking it shows that state.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.models import CourseState
from ntip_desktop.services.courses import AWAITING_REVIEW, CountyOption, CourseFilter
from ntip_desktop.services.rules.checklist import CHECK_IDS
from ntip_desktop.views.courses.check_names import check_name
from ntip_desktop.views.widgets.date_field import read_date_field
from ntip_desktop.views.widgets.filter_bar import FilterBar

#: The states the counts line shows, in the order a reviewer reads them.
COUNTED_STATES = (
    CourseState.SUBMITTED,
    CourseState.IN_REVIEW,
    CourseState.RETURNED,
    CourseState.APPROVED,
    CourseState.REJECTED,
    CourseState.AWARDED,
    CourseState.DRAFT,
    CourseState.CANCELLED,
)


class CourseFilterBar(FilterBar):
    """Emits ``changed`` with the new :class:`CourseFilter` whenever the reviewer changes a filter."""

    def __init__(self, *, show_drafts: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_drafts = show_drafts
        self.state = QComboBox()
        self.state.setObjectName("stateFilter")
        self.state.addItem(translate("courses", "待審核（待審核、審核中）"), tuple(s.value for s in AWAITING_REVIEW))
        self.state.addItem(translate("courses", "全部狀態"), ())
        for state in COUNTED_STATES:
            if state is CourseState.DRAFT and not show_drafts:
                continue
            self.state.addItem(label(state), (state.value,))
        self.county = QComboBox()
        self.county.setObjectName("countyFilter")
        self.county.addItem(translate("courses", "全部縣市"), "")
        self.organizer = QLineEdit()
        self.organizer.setObjectName("organizerFilter")
        self.organizer.setPlaceholderText(translate("courses", "代碼或名稱"))
        self.date_from = QLineEdit()
        self.date_from.setObjectName("startFromFilter")
        self.date_to = QLineEdit()
        self.date_to.setObjectName("startToFilter")
        for edit, hint in (
            (self.date_from, translate("courses", "起 115/03/01")),
            (self.date_to, translate("courses", "迄 115/03/31")),
        ):
            edit.setPlaceholderText(hint)
            edit.setMaximumWidth(100)
        self.failing = QComboBox()
        self.failing.setObjectName("failingFilter")
        self.failing.addItem(translate("courses", "不限"), "")
        for check_id, _article in CHECK_IDS:
            self.failing.addItem(check_name(check_id), check_id)
        self.text = QLineEdit()
        self.text.setObjectName("textFilter")
        self.text.setPlaceholderText(translate("courses", "課程代碼或研習名稱"))
        self.counts = QLabel(translate("courses", "各狀態件數讀取中…"))
        self.counts.setObjectName("stateCounts")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.linkActivated.connect(self.show_state)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        first = QHBoxLayout()
        second = QHBoxLayout()
        for row, items in (
            (
                first,
                (
                    (translate("courses", "狀態(&S)"), self.state, 0),
                    (translate("courses", "縣市"), self.county, 0),
                    (translate("courses", "開辦單位"), self.organizer, 1),
                    (translate("courses", "關鍵字(&K)"), self.text, 2),
                ),
            ),
            (
                second,
                (
                    (translate("courses", "開始日期"), self.date_from, 0),
                    ("～", self.date_to, 0),
                    (translate("courses", "檢核不符(&X)"), self.failing, 0),
                ),
            ),
        ):
            for caption, widget, stretch in items:
                caption_label = QLabel(caption)
                caption_label.setBuddy(widget)
                row.addWidget(caption_label)
                row.addWidget(widget, stretch)
        second.addSpacing(12)
        second.addWidget(self.counts, 1)
        grid.addLayout(first, 0, 0)
        grid.addLayout(second, 1, 0)

        self._watch((self.state, self.county, self.failing), (self.organizer, self.text, self.date_from, self.date_to))

    # --- reading the filter -----------------------------------------------------------------------

    def current(self) -> CourseFilter:
        return CourseFilter(
            states=tuple(CourseState(s) for s in self.state.currentData() or ()),
            county_code=self.county.currentData() or "",
            organizer=self.organizer.text().strip(),
            start_from=read_date_field(self.date_from),
            start_to=read_date_field(self.date_to),
            failing_check=self.failing.currentData() or "",
            text=self.text.text().strip(),
        )

    def describe(self) -> str:
        """The filter in words, for the top of an export: 「狀態：待審核；縣市：臺北市」 or 「全部課程」."""
        parts = [
            (translate("courses", "狀態"), self.state.currentText() if self.state.currentIndex() > 0 else ""),
            (translate("courses", "縣市"), self.county.currentText() if self.county.currentIndex() > 0 else ""),
            (translate("courses", "開辦單位"), self.organizer.text().strip()),
            (translate("courses", "開始日期起"), self.date_from.text().strip()),
            (translate("courses", "開始日期迄"), self.date_to.text().strip()),
            (translate("courses", "檢核不符"), self.failing.currentText() if self.failing.currentIndex() > 0 else ""),
            (translate("courses", "關鍵字"), self.text.text().strip()),
        ]
        said = [f"{name}：{value}" for name, value in parts if value]
        return "；".join(said) if said else translate("courses", "全部課程")

    def show_state(self, value: str) -> None:
        """A count was clicked: show that state."""
        for index in range(self.state.count()):
            if tuple(self.state.itemData(index) or ()) == (value,):
                self.state.setCurrentIndex(index)
                return

    # --- what the page fills in -------------------------------------------------------------------

    def set_counties(self, counties: list[CountyOption]) -> None:
        current = self.county.currentData()
        self.county.blockSignals(True)
        self.county.clear()
        self.county.addItem(translate("courses", "全部縣市"), "")
        for c in counties:
            self.county.addItem(c.name, c.code)
        self.county.setCurrentIndex(max(self.county.findData(current), 0))
        self.county.blockSignals(False)

    def set_counts(self, counts: dict[CourseState, int]) -> None:
        """「待審核 12 · 審核中 3 · …」, each a link to that state; states with none are left out."""
        parts = []
        for state in COUNTED_STATES:
            n = counts.get(state, 0)
            if n or state in AWAITING_REVIEW:
                parts.append(f"<a href='{state.value}'>{label(state)} {n:,}</a>")
        self.counts.setText("　".join(parts))
        self.counts.setToolTip(translate("courses", "點選件數即篩選該狀態"))
