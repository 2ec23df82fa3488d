"""「變更檢核結果」: the reviewer's outcome for an automatic check, and the reason (required, audited)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.services.courses import CheckRow
from ntip_desktop.views.courses.check_names import check_name
from ntip_desktop.views.widgets.dialogs import error_label, is_ctrl_enter
from ntip_desktop.vocabulary import CheckOutcome


def _tr(text: str) -> str:
    return translate("courses", text)


class OverrideDialog(QDialog):
    """Choose 通過／提醒／不符 for one check and say why; Ctrl+Enter confirms."""

    def __init__(self, code: str, check: CheckRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("變更檢核結果：{code}").format(code=code))
        self.check = check
        self.outcome = QComboBox()
        self.outcome.setObjectName("overrideOutcome")
        for outcome in (CheckOutcome.PASS, CheckOutcome.WARN, CheckOutcome.FAIL):
            self.outcome.addItem(label(outcome), outcome.value)
        if check.outcome is not CheckOutcome.PASS:
            self.outcome.setCurrentIndex(0)
        else:
            self.outcome.setCurrentIndex(2)
        self.text = QPlainTextEdit()
        self.text.setObjectName("reasonText")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumSize(420, 90)
        self.text.installEventFilter(self)
        self.error = error_label()
        about = QLabel(
            _tr("{check}\n自動判定：{auto}　{message}").format(
                check=check_name(check.check_id), auto=label(check.auto_outcome), message=check.message
            )
        )
        about.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_tr("改為(&O)"), self.outcome)
        form.addRow(_tr("理由(&R)"), self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = buttons.addButton(_tr("變更結果"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.setToolTip("Ctrl+Enter")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(QLabel(_tr("理由會記錄在處理紀錄中，並印在審核表上。")))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.text.setFocus()

    @property
    def chosen(self) -> CheckOutcome:
        return CheckOutcome(self.outcome.currentData())

    @property
    def reason(self) -> str:
        return self.text.toPlainText().strip()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in the reason confirms (Enter alone starts a new line)."""
        if watched is self.text and is_ctrl_enter(event):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        if not self.reason:
            self.error.setText(_tr("變更檢核結果必須寫明理由。"))
            self.error.show()
            self.text.setFocus()
            return
        super().accept()
