"""Pieces the desks' small decision dialogs share: the red error line under a form, Ctrl+Enter in a text
that confirms, and the dialog that asks for a required reason (退件補正, 駁回, 退回補正, 不予採計 …)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ntip_desktop.i18n import translate

#: The colour of a message that says what is wrong.
ERROR_STYLE = "color: #c62828;"


def error_label() -> QLabel:
    """The hidden, word-wrapped red line a dialog shows a refusal in (object name ``dialogError``)."""
    label = QLabel()
    label.setObjectName("dialogError")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def is_ctrl_enter(event: QEvent) -> bool:
    """Whether ``event`` is Ctrl+Enter (or Ctrl+Return) pressed: it confirms where Enter starts a new line."""
    return (
        event.type() == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    )


class RequiredReasonDialog(QDialog):
    """A dialog with a reason that must be written (``text``, object name ``reasonText``) and an error line;
    Ctrl+Enter in the reason confirms, and confirming without one shows ``required_message``."""

    def __init__(self, required_message: str, parent: QWidget | None = None, *, min_height: int = 110) -> None:
        super().__init__(parent)
        self.required_message = required_message
        self.text = QPlainTextEdit()
        self.text.setObjectName("reasonText")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumSize(420, min_height)
        self.text.installEventFilter(self)
        self.error = error_label()

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
            self.error.setText(self.required_message)
            self.error.show()
            self.text.setFocus()
            return
        super().accept()


class ReasonDialog(RequiredReasonDialog):
    """A reason the clerk must write (退件補正: what is missing; 駁回: why). Ctrl+Enter confirms."""

    def __init__(
        self, title: str, prompt: str, required_message: str, confirm: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(required_message, parent)
        self.setWindowTitle(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = buttons.addButton(confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.setToolTip(translate("views.widgets.dialogs", "Ctrl+Enter"))
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
