"""Small pieces the dialogs share: a heading, an inline error line, password fields, the submit and close
buttons, a form's Enter routing."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QWidget


def heading_label(text: str) -> QLabel:
    """A dialog's opening line, a size larger than the text and bold."""
    heading = QLabel(text)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setBold(True)
    heading.setFont(font)
    return heading


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


def submit_buttons(
    dialog: QDialog, text: str, submit: Callable[[], None], *, close_text: str | None = None
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """The buttons of a form the fields submit: ``text`` calls ``submit``; Cancel (or ``close_text``) rejects.

    Neither is a default button (the fields handle Enter, see :func:`enter_moves_on`), so Enter acts once.
    Returns the box to lay out, the submit button and the close button.
    """
    buttons = QDialogButtonBox()
    action = QPushButton(text)
    action.setAutoDefault(False)
    action.clicked.connect(submit)
    buttons.addButton(action, QDialogButtonBox.ButtonRole.ActionRole)
    if close_text is None:
        close = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    else:
        close = buttons.addButton(close_text, QDialogButtonBox.ButtonRole.RejectRole)
    close.setAutoDefault(False)
    close.clicked.connect(dialog.reject)
    return buttons, action, close
