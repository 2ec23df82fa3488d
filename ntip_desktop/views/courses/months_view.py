"""後端傳報月份 as a dialog of the 課程審核 page: the same months and moves as the 月報傳報 page shows."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ntip_desktop.i18n import translate
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.report_months import MonthsPanel


class MonthsDialog(QDialog):
    """The back-end counties' report months in the user's scope, and their moves."""

    def __init__(
        self, runner: TaskRunner, user: CurrentUser, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("courses", "後端傳報月份"))
        self.panel = MonthsPanel(runner, user, self, today=today)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.panel.button_bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.panel.refresh()
        self.panel.table.setFocus()
