"""「變更檢核結果」: the reviewer's outcome for an automatic check, and the reason (required, audited)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.services.courses import CheckRow
from ntip_desktop.views.courses.check_names import check_name
from ntip_desktop.views.widgets.dialogs import RequiredReasonDialog
from ntip_desktop.vocabulary import CheckOutcome


class OverrideDialog(RequiredReasonDialog):
    """Choose 通過／提醒／不符 for one check and say why; Ctrl+Enter confirms."""

    def __init__(self, code: str, check: CheckRow, parent: QWidget | None = None) -> None:
        super().__init__(translate("courses", "變更檢核結果必須寫明理由。"), parent, min_height=90)
        self.setWindowTitle(translate("courses", "變更檢核結果：{code}").format(code=code))
        self.check = check
        self.outcome = QComboBox()
        self.outcome.setObjectName("overrideOutcome")
        for outcome in (CheckOutcome.PASS, CheckOutcome.WARN, CheckOutcome.FAIL):
            self.outcome.addItem(label(outcome), outcome.value)
        if check.outcome is not CheckOutcome.PASS:
            self.outcome.setCurrentIndex(0)
        else:
            self.outcome.setCurrentIndex(2)
        about = QLabel(
            translate("courses", "{check}\n自動判定：{auto}　{message}").format(
                check=check_name(check.check_id), auto=label(check.auto_outcome), message=check.message
            )
        )
        about.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("courses", "改為(&O)"), self.outcome)
        form.addRow(translate("courses", "理由(&R)"), self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = buttons.addButton(
            translate("courses", "變更結果"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.setToolTip("Ctrl+Enter")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("courses", "理由會記錄在處理紀錄中，並印在審核表上。")))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.text.setFocus()

    @property
    def chosen(self) -> CheckOutcome:
        return CheckOutcome(self.outcome.currentData())
