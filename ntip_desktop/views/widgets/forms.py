"""Small pieces the dialogs share: an inline error line, password fields, a form's error routing."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget


class ErrorLine(QLabel):
    """A red line under a form that says what is wrong, in place (no message box for bad input)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formError")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#formError { color: #b00020; }")
        self.hide()

    def say(self, message: str, field: QWidget | None = None) -> None:
        """Show ``message``; put the cursor in ``field`` (selecting what is there) so typing fixes it."""
        self.setText(message)
        self.show()
        if field is not None:
            field.setFocus()
            if isinstance(field, QLineEdit):
                field.selectAll()

    def clear_message(self) -> None:
        self.clear()
        self.hide()


def password_edit(parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(200)
    return edit


def enter_moves_on(edits: list[QLineEdit], submit: Callable[[], None]) -> None:
    """Keyboard first: Enter in a field moves to the next one; Enter in the last one submits.

    Dialogs that use this have no default button (``setAutoDefault(False)``), so Enter acts once.
    """
    for edit, following in pairwise(edits):
        edit.returnPressed.connect(following.setFocus)
    edits[-1].returnPressed.connect(submit)
