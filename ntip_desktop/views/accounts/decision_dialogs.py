"""Small dialogs of a decision: 收件 (date and pages) and the list of applications a bulk decision will touch,
shown before anything is done, with the reason it needs. The reason dialog (退件補正, 駁回, 略過檢核) is the desks' shared one."""

from __future__ import annotations

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
from ntip_desktop.views.widgets.dialogs import error_label


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
        self.error = error_label()
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


class BulkDecisionDialog(QDialog):
    """Lists every selected application before a bulk decision; 駁回 asks for the reason, 核准 for the reason
    to skip fax checks (used only for the applications whose checklist is not complete)."""

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
        if not needs_reason:  # 批次核准: the reason for skipping checks, for those not fully ticked
            self.text.setPlaceholderText(
                translate(
                    "views.accounts.decision_dialogs", "傳真檢核全部勾選者免填；未全部勾選者須寫明略過檢核的理由。"
                )
            )
        self.error = error_label()
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
        layout.addWidget(
            QLabel(
                translate("views.accounts.decision_dialogs", "駁回原因（必填）")
                if needs_reason
                else translate("views.accounts.decision_dialogs", "略過檢核的理由（將記錄於各件的處理紀錄）")
            )
        )
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
