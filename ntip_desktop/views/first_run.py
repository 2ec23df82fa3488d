"""First run: the database has no user yet, so create the system administrator (帳號, 姓名, 密碼, 確認密碼)."""

from __future__ import annotations

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

from ntip_desktop.changes import Changes
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.forms import ErrorLine, enter_moves_on, heading_label, password_edit, submit_buttons

#: The services' rule (auth.MIN_PASSWORD_LENGTH), checked here too so the message comes before any work.
MIN_PASSWORD_LENGTH = 8


def _create_admin(login: str, name: str, password: str, session: Any) -> Any:
    from ntip_desktop.services.auth import create_first_admin

    return create_first_admin(session, login=login, display_name=name, password=password)


class FirstRunDialog(QDialog):
    """Creates the first administrator and emits :attr:`created` with them, signed in."""

    created = Signal(object)  # CurrentUser

    def __init__(self, runner: TaskRunner, *, database_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(translate("views.first_run", "首次使用：建立系統管理者"))
        self._runner = runner
        heading = heading_label(translate("views.first_run", "歡迎使用 NTIP Desk"))
        intro = QLabel(
            translate(
                "views.first_run",
                "這個資料庫還沒有任何使用者。請先建立系統管理者帳號；之後由系統管理者在「設定」頁新增承辦人。",
            )
            + ("\n" + database_label if database_label else "")
        )
        intro.setWordWrap(True)
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("login")
        self.login_edit.setMaxLength(40)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("displayName")
        self.name_edit.setMaxLength(40)
        self.password_edit = password_edit()
        self.password_edit.setObjectName("password")
        self.password_edit.setPlaceholderText(
            translate("views.first_run", "至少 {n} 個字元").format(n=MIN_PASSWORD_LENGTH)
        )
        self.confirm_edit = password_edit()
        self.confirm_edit.setObjectName("confirm")
        form = QFormLayout()
        form.addRow(translate("views.first_run", "帳號"), self.login_edit)
        form.addRow(translate("views.first_run", "姓名"), self.name_edit)
        form.addRow(translate("views.first_run", "密碼"), self.password_edit)
        form.addRow(translate("views.first_run", "確認密碼"), self.confirm_edit)
        self.error = ErrorLine()
        buttons, self.create_button, _quit = submit_buttons(
            self,
            translate("views.first_run", "建立管理者"),
            self.submit,
            close_text=translate("views.first_run", "結束"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        enter_moves_on([self.login_edit, self.name_edit, self.password_edit, self.confirm_edit], self.submit)
        self.login_edit.setFocus()

    def submit(self) -> None:
        if not self.create_button.isEnabled():  # already creating
            return
        login, name = self.login_edit.text().strip(), self.name_edit.text().strip()
        password, confirm = self.password_edit.text(), self.confirm_edit.text()
        if not login:
            self.error.say(translate("views.first_run", "請輸入帳號。"), self.login_edit)
        elif any(c.isspace() for c in login):
            self.error.say(translate("views.first_run", "帳號不可含空白字元。"), self.login_edit)
        elif not name:
            self.error.say(translate("views.first_run", "請填寫姓名。"), self.name_edit)
        elif len(password) < MIN_PASSWORD_LENGTH:
            self.error.say(
                translate("views.first_run", "密碼至少需要 {n} 個字元。").format(n=MIN_PASSWORD_LENGTH),
                self.password_edit,
            )
        elif password != confirm:
            self.confirm_edit.clear()
            self.error.say(
                translate("views.first_run", "兩次輸入的密碼不一致，請重新輸入確認密碼。"), self.confirm_edit
            )
        else:
            self.error.clear_message()
            self.create_button.setEnabled(False)
            self._runner.run(
                lambda session: _create_admin(login, name, password, session),
                on_done=self._created,
                on_error=self._refused,
                description=translate("views.first_run", "建立系統管理者"),
                changes=Changes(users=True, audit=True),
            )

    def _refused(self, exc: UserError) -> None:
        self.create_button.setEnabled(True)
        fields = {"login": self.login_edit, "display_name": self.name_edit, "password": self.password_edit}
        self.error.say(exc.message, fields.get(exc.field or ""))

    def _created(self, user: Any) -> None:
        self.created.emit(user)
        self.accept()
