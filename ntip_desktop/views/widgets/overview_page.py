"""An honest stand-in page: what the database holds for a job, until its work screens arrive.

It counts in SQL (through the task runner) and says plainly that the work screens come in a later
version; nothing on it pretends to work. What it says and counts is data: the page's
:class:`~ntip_desktop.views.pages.Placeholder` in ``PAGE_SPECS``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ntip_desktop.i18n import translate
from ntip_desktop.views.pages import CONTEXT, Placeholder
from ntip_desktop.views.pages.base import Page, PageContext

if TYPE_CHECKING:
    from ntip_desktop.services.overview import Overview


class OverviewPage(Page):
    """Counts by state for one job, as its :class:`Placeholder` says."""

    def __init__(self, context: PageContext, placeholder: Placeholder, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.placeholder = placeholder
        self.watches = placeholder.watches
        self.overview: Overview | None = None
        self.heading = QLabel(self.heading_text())
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.notice = QLabel(
            self.later_text()
            + " "
            + translate("views.widgets.overview_page", "目前這一頁只顯示資料庫中的現況，不能在此處理案件。")
        )
        self.notice.setObjectName("laterNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "QLabel#laterNotice { background: #fff8e1; border: 1px solid #e0c060; padding: 6px; }"
        )
        self.scope = QLabel(
            translate("views.widgets.overview_page", "範圍：{scope}").format(scope=context.user.scope_label)
        )
        self.state_line = QLabel(translate("views.widgets.overview_page", "讀取中…"))
        self.reload_button = QPushButton(translate("views.widgets.overview_page", "重新整理"))
        self.reload_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.reload_button.setToolTip(translate("views.widgets.overview_page", "重新讀取（F5）"))
        self.reload_button.clicked.connect(self.refresh)
        self.sections = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.scope, 1)
        top.addWidget(self.state_line)
        top.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addLayout(top)
        layout.addLayout(self.sections)
        layout.addStretch(1)

    # --- what the placeholder says ----------------------------------------------------------------

    def heading_text(self) -> str:
        return translate(CONTEXT, self.placeholder.heading)

    def later_text(self) -> str:
        """The sentence saying which work screens come in a later version."""
        return translate(CONTEXT, self.placeholder.later)

    def overview_function(self) -> Callable[[Any, Any], Overview]:
        """The domain's Qt-free ``fn(session, user) -> Overview``, run on the task runner."""
        module, name = self.placeholder.overview.split(":")
        fn: Callable[[Any, Any], Overview] = getattr(importlib.import_module(module), name)
        return fn

    # --- loading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.reload_button.setEnabled(False)
        self.state_line.setText(translate("views.widgets.overview_page", "讀取中…"))
        fn, user = self.overview_function(), self.user
        self.context.runner.run(
            lambda session: fn(session, user),
            on_done=self._show,
            on_error=self._failed,
            description=translate("views.widgets.overview_page", "讀取{what}").format(what=self.heading_text()),
        )

    def _failed(self, exc: Exception) -> None:
        self.reload_button.setEnabled(True)
        self.state_line.setText(str(getattr(exc, "message", exc)))

    def _show(self, overview: Overview) -> None:
        from ntip_desktop.services.rules.rocdate import roc_moment

        self.overview = overview
        while (item := self.sections.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        for section in overview.sections:
            box = QGroupBox(section.title)
            form = QFormLayout(box)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
            for line in section.lines:
                value = QLabel(f"{line.count:,}" + (f"　{line.note}" if line.note else ""))
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(line.label, value)
            self.sections.addWidget(box)
        self.state_line.setText(
            translate("views.widgets.overview_page", "資料時間：{at}").format(at=roc_moment(datetime.now(UTC)))
        )
        self.reload_button.setEnabled(True)

    def initial_focus(self) -> QWidget | None:
        return self.reload_button
