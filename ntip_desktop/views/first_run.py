"""First run: the database has no user yet. Two ways on: create the system administrator (the office: 帳號,
姓名, 密碼, 確認密碼), or start a school computer from the office's signed starter file (學校設定檔: the
organisation, the coordinator's login and the office key's fingerprint shown, a new password asked twice)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.changes import Changes
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.file_dialogs import ask_open_path
from ntip_desktop.views.widgets.forms import ErrorLine, enter_moves_on, heading_label, password_edit, submit_buttons

#: The services' rule (auth.MIN_PASSWORD_LENGTH), checked here too so the message comes before any work.
MIN_PASSWORD_LENGTH = 8


def _create_admin(login: str, name: str, password: str, session: Any) -> Any:
    from ntip_desktop.services.auth import create_first_admin

    return create_first_admin(session, login=login, display_name=name, password=password)


def _read_starter(path: Path) -> Any:
    from ntip_desktop.services.packages import read_starter

    return read_starter(path)


def _start(path: Path, password: str, session: Any) -> Any:
    from ntip_desktop.services.packages import start_from_starter

    return start_from_starter(session, path, password=password)


class FirstRunDialog(QDialog):
    """Creates the first administrator, or starts a school computer from a starter file, and emits
    :attr:`created` with the user, signed in."""

    created = Signal(object)  # CurrentUser

    def __init__(self, runner: TaskRunner, *, database_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(translate("views.first_run", "首次使用：建立系統管理者"))
        self._runner = runner
        self._starter_path: Path | None = None
        # The page to open once signed in (None: the last one): a school computer starts on its courses.
        self.first_page: str | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._admin_page(database_label))
        self.pages.addWidget(self._starter_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.setMinimumWidth(480)
        self.login_edit.setFocus()

    # --- the office: the first administrator ------------------------------------------------------------

    def _admin_page(self, database_label: str) -> QWidget:
        page = QWidget()
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
        school = QLabel(
            translate(
                "views.first_run",
                "學校電腦：請使用區管中心製作的學校設定檔，建立貴校的資料與您的承辦人帳號（不需建立系統管理者）。",
            )
        )
        school.setWordWrap(True)
        self.starter_button = QPushButton(translate("views.first_run", "以學校設定檔開始（學校電腦）…"))
        self.starter_button.setObjectName("starterButton")
        self.starter_button.setAutoDefault(False)
        self.starter_button.clicked.connect(self.choose_starter)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        layout.addSpacing(12)
        layout.addWidget(school)
        layout.addWidget(self.starter_button, 0, Qt.AlignmentFlag.AlignLeft)
        enter_moves_on([self.login_edit, self.name_edit, self.password_edit, self.confirm_edit], self.submit)
        return page

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
        elif self._password_refused(password, confirm, self.error, self.password_edit, self.confirm_edit):
            return
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

    @staticmethod
    def _password_refused(
        password: str, confirm: str, error: ErrorLine, password_field: QLineEdit, confirm_field: QLineEdit
    ) -> bool:
        """Say what is wrong with a new password and its confirmation (True), or nothing (False)."""
        if len(password) < MIN_PASSWORD_LENGTH:
            error.say(
                translate("views.first_run", "密碼至少需要 {n} 個字元。").format(n=MIN_PASSWORD_LENGTH),
                password_field,
            )
            return True
        if password != confirm:
            confirm_field.clear()
            error.say(translate("views.first_run", "兩次輸入的密碼不一致，請重新輸入確認密碼。"), confirm_field)
            return True
        return False

    def _refused(self, exc: UserError) -> None:
        self.create_button.setEnabled(True)
        fields = {"login": self.login_edit, "display_name": self.name_edit, "password": self.password_edit}
        self.error.say(exc.message, fields.get(exc.field or ""))

    def _created(self, user: Any) -> None:
        self.created.emit(user)
        self.accept()

    # --- a school computer: the office's starter file -----------------------------------------------------

    def _starter_page(self) -> QWidget:
        page = QWidget()
        heading = heading_label(translate("views.first_run", "以學校設定檔開始（學校電腦）"))
        self.organization_value = QLabel()
        self.organization_value.setObjectName("starterOrganization")
        self.coordinator_value = QLabel()
        self.coordinator_value.setObjectName("starterLogin")
        self.fingerprint_value = QLabel()
        self.fingerprint_value.setObjectName("starterFingerprint")
        self.fingerprint_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_value.setStyleSheet("QLabel#starterFingerprint { font-family: monospace; font-weight: bold; }")
        check = QLabel(
            translate(
                "views.first_run",
                "請與區管中心告知的金鑰指紋逐組核對（例如電話中請對方念出）。不符時請勿繼續，並洽區管中心：此檔可能不是"
                "區管中心製作的。",
            )
        )
        check.setWordWrap(True)
        self.starter_password = password_edit()
        self.starter_password.setObjectName("starterPassword")
        self.starter_password.setPlaceholderText(
            translate("views.first_run", "至少 {n} 個字元").format(n=MIN_PASSWORD_LENGTH)
        )
        self.starter_confirm = password_edit()
        self.starter_confirm.setObjectName("starterConfirm")
        form = QFormLayout()
        form.addRow(translate("views.first_run", "學校（單位）"), self.organization_value)
        form.addRow(translate("views.first_run", "承辦人帳號"), self.coordinator_value)
        form.addRow(translate("views.first_run", "區管中心金鑰指紋"), self.fingerprint_value)
        form.addRow(translate("views.first_run", "設定密碼"), self.starter_password)
        form.addRow(translate("views.first_run", "確認密碼"), self.starter_confirm)
        self.starter_error = ErrorLine()
        buttons = QDialogButtonBox()
        self.start_button = QPushButton(translate("views.first_run", "開始使用"))
        self.start_button.setObjectName("startButton")
        self.start_button.setAutoDefault(False)
        self.start_button.clicked.connect(self.start)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        back = buttons.addButton(translate("views.first_run", "返回"), QDialogButtonBox.ButtonRole.RejectRole)
        back.setAutoDefault(False)
        back.clicked.connect(self.back_to_admin)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(check)
        layout.addWidget(self.starter_error)
        layout.addStretch(1)  # the page is as tall as the administrator's: what it says stays at the top
        layout.addWidget(buttons)
        enter_moves_on([self.starter_password, self.starter_confirm], self.start)
        return page

    def choose_starter(self) -> None:
        """Pick the starter file, then read it (on the worker) and show what it holds."""
        path = ask_open_path(
            self,
            translate("views.first_run", "選擇學校設定檔"),
            translate("views.first_run", "學校設定檔 (*.zip);;所有檔案 (*)"),
        )
        if path is not None:
            self.load_starter(path)

    def load_starter(self, path: Path) -> None:
        self.error.clear_message()
        self.starter_button.setEnabled(False)
        self._runner.call(
            lambda: _read_starter(path),
            on_done=lambda contents: self._show_starter(path, contents),
            on_error=self._starter_unreadable,
            description=translate("views.first_run", "讀取學校設定檔"),
        )

    def _starter_unreadable(self, exc: UserError) -> None:
        self.starter_button.setEnabled(True)
        self.error.say(exc.message)

    def _show_starter(self, path: Path, contents: Any) -> None:
        self.starter_button.setEnabled(True)
        self._starter_path = path
        self.organization_value.setText(f"{contents.organization_name}（{contents.organization_code}）")
        self.coordinator_value.setText(f"{contents.coordinator_login}（{contents.coordinator_name}）")
        self.fingerprint_value.setText(contents.fingerprint)
        self.starter_error.clear_message()
        self.starter_password.clear()
        self.starter_confirm.clear()
        self.setWindowTitle(translate("views.first_run", "首次使用：以學校設定檔開始"))
        self.pages.setCurrentIndex(1)
        self.starter_password.setFocus()

    def back_to_admin(self) -> None:
        self._starter_path = None
        self.setWindowTitle(translate("views.first_run", "首次使用：建立系統管理者"))
        self.pages.setCurrentIndex(0)
        self.login_edit.setFocus()

    def start(self) -> None:
        if not self.start_button.isEnabled() or self._starter_path is None:
            return
        password, confirm = self.starter_password.text(), self.starter_confirm.text()
        if self._password_refused(password, confirm, self.starter_error, self.starter_password, self.starter_confirm):
            return
        path = self._starter_path
        self.first_page = "courses"
        self.starter_error.clear_message()
        self.start_button.setEnabled(False)
        self._runner.run(
            lambda session: _start(path, password, session),
            on_done=self._created,
            on_error=self._start_refused,
            description=translate("views.first_run", "以學校設定檔開始"),
            changes=Changes(organizations=True, teachers=True, courses=True, attendance=True, users=True, audit=True),
        )

    def _start_refused(self, exc: UserError) -> None:
        self.start_button.setEnabled(True)
        self.starter_error.say(exc.message, self.starter_password if exc.field == "password" else None)
