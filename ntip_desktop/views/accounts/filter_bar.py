"""The queue's filter bar: 狀態, 縣市, 機關, 申請日期 (民國), 關鍵字, and the 「待處理 N 件」 count.

Choosing from a list filters at once; a typed field filters on Enter, or after a short pause in typing.
A date that cannot be read is marked and left out of the filter (the message says what to type).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from ntip_desktop.i18n import translate
from ntip_desktop.models import ApplicationState
from ntip_desktop.services.accounts import AWAITING_STATES, ApplicationFilter, CountyChoice, state_label
from ntip_desktop.views.widgets.date_field import read_date_field
from ntip_desktop.views.widgets.filter_bar import FilterBar


class QueueFilterBar(FilterBar):
    """Emits ``changed`` with the new :class:`ApplicationFilter` whenever the clerk changes a filter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = QComboBox()
        self.state.setObjectName("stateFilter")
        self.state.addItem(translate("views.accounts.filter_bar", "待處理（待傳真、已收傳真）"), AWAITING_STATES)
        self.state.addItem(translate("views.accounts.filter_bar", "全部狀態"), ())
        for state in (
            ApplicationState.FAX_RECEIVED,
            ApplicationState.PENDING_FAX,
            ApplicationState.RETURNED,
            ApplicationState.APPROVED,
            ApplicationState.REJECTED,
            ApplicationState.ACTIVE,
        ):
            self.state.addItem(state_label(state), (state,))
        self.county = QComboBox()
        self.county.setObjectName("countyFilter")
        self.county.addItem(translate("views.accounts.filter_bar", "全部縣市"), "")
        self.organization = QLineEdit()
        self.organization.setObjectName("organizationFilter")
        self.organization.setPlaceholderText(translate("views.accounts.filter_bar", "機關代碼或名稱"))
        self.date_from = QLineEdit()
        self.date_from.setObjectName("dateFromFilter")
        self.date_to = QLineEdit()
        self.date_to.setObjectName("dateToFilter")
        for edit, hint in (
            (self.date_from, translate("views.accounts.filter_bar", "起 115/03/01")),
            (self.date_to, translate("views.accounts.filter_bar", "迄 115/03/31")),
        ):
            edit.setPlaceholderText(hint)
            edit.setMaximumWidth(110)
        self.text = QLineEdit()
        self.text.setObjectName("textFilter")
        self.text.setPlaceholderText(translate("views.accounts.filter_bar", "關鍵字：帳號、申請人、承辦人"))
        self.awaiting = QLabel(translate("views.accounts.filter_bar", "待處理 … 件"))
        self.awaiting.setObjectName("awaitingCount")
        font = self.awaiting.font()
        font.setBold(True)
        self.awaiting.setFont(font)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for caption, widget in (
            (translate("views.accounts.filter_bar", "狀態(&S)"), self.state),
            (translate("views.accounts.filter_bar", "縣市"), self.county),
            (translate("views.accounts.filter_bar", "機關"), self.organization),
            (translate("views.accounts.filter_bar", "申請日期"), self.date_from),
            ("～", self.date_to),
            (translate("views.accounts.filter_bar", "關鍵字"), self.text),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget, 2 if widget in (self.organization, self.text) else 0)
        layout.addStretch(1)
        layout.addWidget(self.awaiting)

        self._watch((self.state, self.county), (self.organization, self.text, self.date_from, self.date_to))

    # --- reading the filter -----------------------------------------------------------------------

    def current(self) -> ApplicationFilter:
        return ApplicationFilter(
            states=tuple(self.state.currentData() or ()),
            county_code=self.county.currentData() or "",
            organization=self.organization.text().strip(),
            submitted_from=read_date_field(self.date_from),
            submitted_to=read_date_field(self.date_to),
            text=self.text.text().strip(),
        )

    def describe(self) -> str:
        """The filter in words, for the top of an export: 「狀態：已收傳真；縣市：臺北市」 or 「全部申請」."""
        parts = [
            (translate("views.accounts.filter_bar", "狀態"), self.state.currentText()),
            (
                translate("views.accounts.filter_bar", "縣市"),
                self.county.currentText() if self.county.currentIndex() > 0 else "",
            ),
            (translate("views.accounts.filter_bar", "機關"), self.organization.text().strip()),
            (translate("views.accounts.filter_bar", "申請日期起"), self.date_from.text().strip()),
            (translate("views.accounts.filter_bar", "申請日期迄"), self.date_to.text().strip()),
            (translate("views.accounts.filter_bar", "關鍵字"), self.text.text().strip()),
        ]
        return "；".join(f"{name}：{value}" for name, value in parts if value)

    # --- what the page fills in -------------------------------------------------------------------

    def set_counties(self, counties: list[CountyChoice]) -> None:
        current = self.county.currentData()
        self.county.blockSignals(True)
        self.county.clear()
        self.county.addItem(translate("views.accounts.filter_bar", "全部縣市"), "")
        for c in counties:
            self.county.addItem(c.name, c.code)
        index = self.county.findData(current)
        self.county.setCurrentIndex(max(index, 0))
        self.county.blockSignals(False)

    def set_awaiting(self, count: int) -> None:
        self.awaiting.setText(translate("views.accounts.filter_bar", "待處理 {n} 件").format(n=f"{count:,}"))
