"""Small dialogs of a decision: 收件 (date and pages), a reason (退件補正, 駁回, 略過檢核), and the list of
applications a bulk decision will touch, shown before anything is done."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services.accounts import MAX_FAX_PAGES, ApplicationRow, state_label
from ntip_desktop.services.rules.rocdate import format_roc, local_today, parse_date

_ERROR_STYLE = "color: #c62828;"


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("dialogError")
    label.setStyleSheet(_ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class ReceiveFaxDialog(QDialog):
    """收件: the day the fax arrived (民國, default today) and its pages. Enter confirms."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("views.accounts.decision_dialogs", "收件：{number}").format(number=number))
        self.received = QLineEdit(format_roc(local_today(), "short"))
        self.received.setObjectName("receivedOn")
        self.pages = QSpinBox()
        self.pages.setObjectName("faxPages")
        self.pages.setRange(1, MAX_FAX_PAGES)
        self.pages.setValue(1)
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(translate("views.accounts.decision_dialogs", "收件日期(&D)"), self.received)
        form.addRow(translate("views.accounts.decision_dialogs", "傳真頁數(&P)"), self.pages)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.received_on = local_today()
        self.pages.setFocus()
        self.pages.selectAll()

    def accept(self) -> None:
        try:
            self.received_on = parse_date(self.received.text(), field="received_on")
        except UserError as exc:
            self.error.setText(exc.message)
            self.error.show()
            self.received.setFocus()
            return
        super().accept()


class ReasonDialog(QDialog):
    """A reason the clerk must write (退件補正: what is missing; 駁回: why). Ctrl+Enter confirms."""

    def __init__(
        self, title: str, prompt: str, required_message: str, confirm: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.required_message = required_message
        self.text = QPlainTextEdit()
        self.text.setObjectName("reasonText")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumSize(420, 110)
        self.error = _error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = buttons.addButton(confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.setToolTip(translate("views.accounts.decision_dialogs", "Ctrl+Enter"))
        self.text.installEventFilter(self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        prompt_label = QLabel(prompt)
        prompt_label.setWordWrap(True)
        layout.addWidget(prompt_label)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.text.setFocus()

    @property
    def reason(self) -> str:
        return self.text.toPlainText().strip()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in the text confirms (Enter alone starts a new line)."""
        if (
            watched is self.text
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        if not self.reason:
            self.error.setText(self.required_message)
            self.error.show()
            self.text.setFocus()
            return
        super().accept()


class BulkDecisionDialog(QDialog):
    """Lists every selected application before a bulk decision; 駁回 also asks for the reason."""

    def __init__(
        self, rows: list[ApplicationRow], verb: str, *, needs_reason: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("views.accounts.decision_dialogs", "批次{verb}：{n} 件").format(verb=verb, n=len(rows))
        )
        self.rows = rows
        self.needs_reason = needs_reason
        self.list = QTreeWidget()
        self.list.setObjectName("bulkSelection")
        self.list.setHeaderLabels(
            [
                translate("views.accounts.decision_dialogs", "申請編號"),
                translate("views.accounts.decision_dialogs", "狀態"),
                translate("views.accounts.decision_dialogs", "機關"),
                translate("views.accounts.decision_dialogs", "登入帳號"),
            ]
        )
        self.list.setRootIsDecorated(False)
        for r in rows:
            QTreeWidgetItem(self.list, [r.number, state_label(r.state), r.organization_name, r.login_id])
        for column in range(3):
            self.list.resizeColumnToContents(column)
        self.text = QPlainTextEdit()
        self.text.setObjectName("reasonText")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(80)
        self.text.setVisible(needs_reason)
        self.error = _error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = buttons.addButton(
            translate("views.accounts.decision_dialogs", "{verb}以上 {n} 件").format(verb=verb, n=len(rows)),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.confirm_button.setObjectName("confirmButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(
            translate(
                "views.accounts.decision_dialogs", "將{verb}下列申請；任何一件無法處理時，全部都不會變更。"
            ).format(verb=verb)
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.list)
        if needs_reason:
            layout.addWidget(QLabel(translate("views.accounts.decision_dialogs", "駁回原因（必填）")))
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.text if needs_reason else self.confirm_button).setFocus()

    @property
    def reason(self) -> str:
        return self.text.toPlainText().strip()

    def accept(self) -> None:
        if self.needs_reason and not self.reason:
            self.error.setText(translate("views.accounts.decision_dialogs", "駁回必須填寫原因。"))
            self.error.show()
            self.text.setFocus()
            return
        super().accept()
