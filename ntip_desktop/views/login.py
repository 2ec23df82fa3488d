"""The sign-in dialog: 帳號, 密碼, 登入. Enter signs in; a refusal is said inline and the password cleared.

A user whose password an administrator reset signs in with it and must then choose their own
(:class:`NewPasswordDialog`) before the program opens any page."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.forms import (
    ErrorLine,
    enter_moves_on,
    heading_label,
    password_edit,
    submit_buttons,
)


def _authenticate(login: str, password: str, session: Any) -> Any:
    from ntip_desktop.services.auth import authenticate

    return authenticate(session, login, password)


def _change_password(user: Any, old: str, new: str, session: Any) -> None:
    from ntip_desktop.services.auth import change_password

    change_password(session, user, old, new)


class NewPasswordDialog(QDialog):
    """新密碼 and 確認新密碼, right after signing in with a password an administrator reset. Emits
    :attr:`changed` once the new password is stored; closing it without one returns to the sign-in."""

    changed = Signal()

    def __init__(self, runner: TaskRunner, user: Any, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPasswordDialog")
        self.setWindowTitle(translate("views.login", "設定新密碼"))
        self._runner = runner
        self._user = user
        self._current = current
        note = QLabel(
            translate(
                "views.login", "{name}（{login}）您好：系統管理者已重設您的密碼。請先設定您自己的新密碼，再開始工作。"
            ).format(name=user.display_name, login=user.login)
        )
        note.setWordWrap(True)
        self.new_edit = password_edit()
        self.new_edit.setObjectName("newPassword")
        self.confirm_edit = password_edit()
        self.confirm_edit.setObjectName("confirmPassword")
        form = QFormLayout()
        form.addRow(translate("views.login", "新密碼"), self.new_edit)
        form.addRow(translate("views.login", "確認新密碼"), self.confirm_edit)
        self.error = ErrorLine()
        buttons, self.ok_button, _cancel = submit_buttons(self, translate("views.login", "設定密碼"), self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        enter_moves_on([self.new_edit, self.confirm_edit], self.submit)
        self.new_edit.setFocus()

    def submit(self) -> None:
        if not self.ok_button.isEnabled():  # already storing it
            return
        new, confirm = self.new_edit.text(), self.confirm_edit.text()
        if new != confirm:
            self.confirm_edit.clear()
            self.error.say(
                translate("views.login", "兩次輸入的新密碼不一致，請重新輸入確認新密碼。"), self.confirm_edit
            )
            return
        self.ok_button.setEnabled(False)
        self._runner.run(
            partial(_change_password, self._user, self._current, new),
            on_done=lambda _none: self._changed(),
            on_error=self._refused,
            description=translate("views.login", "設定新密碼"),
        )

    def _refused(self, exc: UserError) -> None:
        self.ok_button.setEnabled(True)
        self.new_edit.clear()
        self.confirm_edit.clear()
        self.error.say(exc.message, self.new_edit)

    def _changed(self) -> None:
        self.changed.emit()
        self.accept()


class LoginDialog(QDialog):
    """Asks who is working; emits :attr:`signed_in` with the CurrentUser. Wrong passwords are counted by the
    service: after five in a row the account is locked for 15 minutes (the message says until when)."""

    signed_in = Signal(object)  # CurrentUser

    def __init__(
        self,
        runner: TaskRunner,
        *,
        database_label: str = "",
        login: str = "",
        hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(translate("views.login", "登入 NTIP Desk"))
        self._runner = runner
        heading = heading_label(translate("views.login", "請登入以開始工作"))
        where = QLabel(database_label) if database_label else None
        self.login_edit = QLineEdit(login)
        self.login_edit.setObjectName("login")
        self.login_edit.setMaxLength(40)
        self.password_edit = password_edit()
        self.password_edit.setObjectName("password")
        form = QFormLayout()
        form.addRow(translate("views.login", "帳號"), self.login_edit)
        form.addRow(translate("views.login", "密碼"), self.password_edit)
        self.error = ErrorLine()
        buttons, self.login_button, self.quit_button = submit_buttons(
            self, translate("views.login", "登入"), self.submit, close_text=translate("views.login", "結束")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if where is not None:
            where.setWordWrap(True)
            layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.error)
        if hint:
            note = QLabel(hint)
            note.setObjectName("loginHint")
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        self._submitting = False
        self._password = ""
        self.login_edit.returnPressed.connect(self._login_entered)
        self.password_edit.returnPressed.connect(self.submit)
        (self.password_edit if login else self.login_edit).setFocus()

    def _login_entered(self) -> None:
        if self.password_edit.text():
            self.submit()
        else:
            self.password_edit.setFocus()

    def submit(self) -> None:
        """Check the sign-in on the worker (Enter in the password field, or 登入)."""
        if self._submitting:
            return
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        if not login:
            self.error.say(translate("views.login", "請輸入帳號。"), self.login_edit)
            return
        if not password:
            self.error.say(translate("views.login", "請輸入密碼。"), self.password_edit)
            return
        self._submitting = True
        self._password = password
        self._busy(True)
        self.error.setText(translate("views.login", "登入中…"))
        self.error.setStyleSheet("QLabel#formError { color: palette(text); }")
        self.error.show()
        self._runner.run(
            lambda session: _authenticate(login, password, session),
            on_done=self._accepted,
            on_error=self._refused,
            description=translate("views.login", "登入"),
        )

    def _busy(self, busy: bool) -> None:
        for widget in (self.login_edit, self.password_edit, self.login_button):
            widget.setEnabled(not busy)

    def _refused(self, exc: UserError) -> None:
        self._submitting = False
        self._busy(False)
        self.error.setStyleSheet("QLabel#formError { color: #b00020; }")
        self.password_edit.clear()
        self.error.say(exc.message, self.login_edit if exc.field == "login" else self.password_edit)

    def _accepted(self, user: Any) -> None:
        if user.must_change_password:
            self._ask_new_password(user)
            return
        self.signed_in.emit(user)
        self.accept()

    def _ask_new_password(self, user: Any) -> None:
        """The password was reset: no page opens until the user has chosen their own."""
        self.error.setText(translate("views.login", "請設定新密碼。"))
        dialog = NewPasswordDialog(self._runner, user, self._password, self)
        self._password = ""
        dialog.changed.connect(lambda: self._new_password_set(user))
        dialog.rejected.connect(self._new_password_skipped)
        self.new_password_dialog = dialog
        dialog.open()

    def _new_password_set(self, user: Any) -> None:
        self.signed_in.emit(replace(user, must_change_password=False))
        self.accept()

    def _new_password_skipped(self) -> None:
        self._submitting = False
        self._busy(False)
        self.password_edit.clear()
        self.error.setStyleSheet("QLabel#formError { color: #b00020; }")
        self.error.say(translate("views.login", "須先設定新密碼才能開始工作。請再登入一次。"), self.password_edit)
