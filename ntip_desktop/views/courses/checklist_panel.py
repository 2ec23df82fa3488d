"""The checklist panel: every check of the CRS table with its outcome (in colour), message and data; manual
items answered 符合／不符 with a note (Alt+Y / Alt+N); 「變更檢核結果」 on an automatic item (Alt+O);
and, for an Art 9 hit, the consent document number (Alt+C) that clears it."""

from __future__ import annotations

import html
import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.services.courses import RESTRICTED_CHECK, CheckRow, CourseDetail
from ntip_desktop.services.rules.rocdate import roc_moment
from ntip_desktop.views.courses.check_names import check_name
from ntip_desktop.vocabulary import CheckOutcome

#: Colours of outcomes (text), readable on white and on the alternating row colour.
OUTCOME_COLOURS = {
    CheckOutcome.PASS: "#2e7d32",
    CheckOutcome.WARN: "#8d6e00",
    CheckOutcome.FAIL: "#c62828",
    CheckOutcome.MANUAL: "#1565c0",
}


def data_text(data: dict[str, object]) -> str:
    """The data a check used, as one line: 「matches: …; deadline: 2026-11-30」."""
    parts = []
    for key, value in data.items():
        shown = value if isinstance(value, str | int | float) else json.dumps(value, ensure_ascii=False)
        parts.append(f"{key}: {shown}")
    return "；".join(parts)


def outcome_text(check: CheckRow) -> str:
    if check.overridden and check.outcome is not check.auto_outcome:
        return translate("courses", "{outcome}（原判定：{auto}）").format(
            outcome=label(check.outcome), auto=label(check.auto_outcome)
        )
    if check.overridden:
        return translate("courses", "{outcome}（已判定）").format(outcome=label(check.outcome))
    return label(check.outcome)


class ChecklistPanel(QGroupBox):
    """Shows the checklist of a :class:`CourseDetail`; emits what the reviewer asks for (the page does it)."""

    #: A manual item answered: (check id, agrees, note).
    answered = Signal(str, bool, str)
    #: 「變更檢核結果」 asked for this check id.
    override_requested = Signal(str)
    #: A consent document number typed for the Art 9 hit.
    consent_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("courses", "檢核表（第7、8、9、11、12條）"), parent)
        self.setObjectName("checklistPanel")
        self.detail: CourseDetail | None = None
        self.tree = QTreeWidget()
        self.tree.setObjectName("checklist")
        self.tree.setHeaderLabels(
            [translate("courses", "檢核項目"), translate("courses", "結果"), translate("courses", "說明")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        rows = 13  # every check of the table on screen at once, without scrolling
        self.tree.setMinimumHeight(
            rows * (self.fontMetrics().height() + 6) + self.tree.header().sizeHint().height() + 6
        )
        self.tree.currentItemChanged.connect(lambda _current, _previous: self._selected())
        self.summary = QLabel()
        self.summary.setObjectName("checklistSummary")
        self.summary.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setObjectName("checkExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.note = QLineEdit()
        self.note.setObjectName("manualNote")
        self.note.setPlaceholderText(translate("courses", "判定說明（判定不符時必填）"))
        self.yes_button = QPushButton(translate("courses", "符合（Alt+Y）"))
        self.yes_button.setObjectName("answerYes")
        self.no_button = QPushButton(translate("courses", "不符（Alt+N）"))
        self.no_button.setObjectName("answerNo")
        self.override_button = QPushButton(translate("courses", "變更檢核結果…（Alt+O）"))
        self.override_button.setObjectName("overrideButton")
        self.yes_button.clicked.connect(lambda: self.answer(True))
        self.no_button.clicked.connect(lambda: self.answer(False))
        self.override_button.clicked.connect(self.request_override)
        self.note.returnPressed.connect(lambda: self.answer(True))

        self.consent_row = QWidget()
        self.consent = QLineEdit()
        self.consent.setObjectName("consentDoc")
        self.consent.setPlaceholderText(translate("courses", "例：北市教研字第1153099999號"))
        self.consent_button = QPushButton(translate("courses", "登錄同意文號"))
        self.consent_button.setObjectName("consentButton")
        self.consent_button.clicked.connect(self.enter_consent)
        self.consent.returnPressed.connect(self.enter_consent)
        consent_caption = QLabel(translate("courses", "第9條主管機關同意文號(&C)"))
        consent_caption.setBuddy(self.consent)
        consent_layout = QHBoxLayout(self.consent_row)
        consent_layout.setContentsMargins(0, 0, 0, 0)
        consent_layout.addWidget(consent_caption)
        consent_layout.addWidget(self.consent, 1)
        consent_layout.addWidget(self.consent_button)

        answer_row = QHBoxLayout()
        answer_row.addWidget(self.note, 1)
        answer_row.addWidget(self.yes_button)
        answer_row.addWidget(self.no_button)
        answer_row.addWidget(self.override_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.explanation)
        layout.addLayout(answer_row)
        layout.addWidget(self.consent_row)
        self.show_detail(None)

    # --- showing ----------------------------------------------------------------------------------

    def show_detail(self, detail: CourseDetail | None) -> None:
        keep = self.current_check_id()
        same_course = detail is not None and self.detail is not None and detail.row.id == self.detail.row.id
        self.detail = detail
        self.tree.blockSignals(True)
        self.tree.clear()
        if detail is None:
            self.summary.clear()
            self.explanation.clear()
            self.consent_row.hide()
            self.tree.blockSignals(False)
            self._selected()
            return
        for check in detail.checks:
            item = QTreeWidgetItem(self.tree, [check_name(check.check_id), outcome_text(check), check.message])
            item.setData(0, Qt.ItemDataRole.UserRole, check.check_id)
            brush = QBrush(QColor(OUTCOME_COLOURS[check.outcome]))
            item.setForeground(1, brush)
            font = item.font(1)
            font.setBold(check.outcome in (CheckOutcome.FAIL, CheckOutcome.MANUAL))
            item.setFont(1, font)
            item.setToolTip(2, check.message)
        # every check of the table on screen at once, without scrolling
        row_height = self.tree.sizeHintForRow(0)
        if row_height > 0:
            frame = 2 * self.tree.frameWidth() + 2
            self.tree.setMinimumHeight(row_height * len(detail.checks) + self.tree.header().sizeHint().height() + frame)
        blocking = detail.blocking
        if detail.row.state.value not in ("submitted", "in_review"):
            text = translate("courses", "檢核結果（{state}，已不能變更）").format(state=label(detail.row.state))
            colour = "#555"
        elif blocking:
            text = translate("courses", "尚有 {n} 項須處理才能核准：{items}").format(
                n=len(blocking), items="、".join(check_name(c.check_id) for c in blocking)
            )
            colour = OUTCOME_COLOURS[CheckOutcome.FAIL]
        else:
            text = translate("courses", "每一項都已通過或判定，可以核准（Ctrl+Enter）。")
            colour = OUTCOME_COLOURS[CheckOutcome.PASS]
        if not detail.checks_stored and detail.row.state.value in ("draft", "returned"):
            text += translate("courses", "（尚未送審：以下為目前資料的檢核結果，送審時會重新檢核）")
        elif not detail.checks_stored and detail.can_review:
            text += translate("courses", "（沒有留存的檢核表：以下依目前資料即時檢核；第一次判定時即留存）")
        elif not detail.checks_stored:
            text += translate("courses", "（沒有留存的檢核表：以下依目前資料即時檢核，僅供參考）")
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {colour};")
        restricted = detail.check(RESTRICTED_CHECK)
        hit = restricted is not None and restricted.auto_outcome is CheckOutcome.FAIL
        self.consent_row.setVisible(hit or bool(detail.consent_doc))
        if not same_course:
            self.consent.setText(detail.consent_doc)
            self.note.clear()
        self.consent.setEnabled(detail.can_review)
        self.consent_button.setEnabled(detail.can_review)
        self.tree.blockSignals(False)
        wanted = keep if same_course and keep else (blocking[0].check_id if blocking else detail.checks[0].check_id)
        self.select_check(wanted)

    def select_check(self, check_id: str) -> None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == check_id:
                self.tree.setCurrentItem(item)
                break
        self._selected()

    def current_check_id(self) -> str:
        item = self.tree.currentItem()
        return str(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else ""

    def current_check(self) -> CheckRow | None:
        return self.detail.check(self.current_check_id()) if self.detail is not None else None

    def _selected(self) -> None:
        check = self.current_check()
        editable = self.detail is not None and self.detail.can_review and check is not None
        manual = check is not None and check.manual
        restricted = check is not None and check.check_id == RESTRICTED_CHECK
        self.yes_button.setEnabled(editable and manual)
        self.no_button.setEnabled(editable and manual)
        self.note.setEnabled(editable and manual)
        self.override_button.setEnabled(editable and not manual and not restricted)
        if check is None:
            self.explanation.clear()
            return
        lines = [
            f"<b>{html.escape(check_name(check.check_id))}</b>　"
            + translate("courses", "自動判定：{auto}").format(auto=label(check.auto_outcome)),
            html.escape(check.message),
        ]
        if check.data:
            lines.append(translate("courses", "依據資料：{data}").format(data=html.escape(data_text(check.data))))
        if check.overridden:
            lines.append(
                translate("courses", "{who} 於 {when} 判定「{outcome}」：{reason}").format(
                    who=html.escape(check.overridden_by or translate("courses", "審核人")),
                    when=roc_moment(check.overridden_at) if check.overridden_at else "",
                    outcome=label(check.outcome),
                    reason=html.escape(check.override_reason),
                )
            )
        if restricted and check.auto_outcome is CheckOutcome.FAIL:
            lines.append(translate("courses", "第9條所列活動不能以理由略過：請在下方登錄主管機關的同意文號。"))
        self.explanation.setText("<br>".join(line.replace("\n", "<br>") for line in lines))

    # --- what the reviewer does -------------------------------------------------------------------

    def answer(self, agrees: bool) -> None:
        check = self.current_check()
        if check is None or not self.yes_button.isEnabled():
            return
        self.answered.emit(check.check_id, agrees, self.note.text().strip())

    def request_override(self) -> None:
        check = self.current_check()
        if check is not None and self.override_button.isEnabled():
            self.override_requested.emit(check.check_id)

    def enter_consent(self) -> None:
        if self.consent_button.isEnabled():
            self.consent_entered.emit(self.consent.text().strip())

    def focus_checklist(self) -> None:
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
