"""Dialogs of the 設定 page: add or edit an office user (role and scope), disable or enable one, reset a
password (with a reason), change one's own password."""

from __future__ import annotations

import uuid
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.changes import Changes
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.models import Role
from ntip_desktop.services import auth, users
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.lookups import Choice, district_centers, search_organizations
from ntip_desktop.services.users import UserRow
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.forms import ErrorLine, enter_moves_on, password_edit, submit_buttons

_ID = Qt.ItemDataRole.UserRole


def _create_user(admin: CurrentUser, values: dict[str, Any], session: Any) -> CurrentUser:
    return auth.create_user(session, admin, **values)


def _update_user(admin: CurrentUser, user_id: uuid.UUID, values: dict[str, Any], session: Any) -> Changes:
    return users.update_user(session, admin, user_id, **values)


def _set_active(
    admin: CurrentUser, user_id: uuid.UUID, active: bool, reason: str, version: int, session: Any
) -> Changes:
    return users.set_user_active(session, admin, user_id, active, reason, expected_version=version)


def _reset_password(
    admin: CurrentUser, user_id: uuid.UUID, password: str, reason: str, version: int, session: Any
) -> Changes:
    users.reset_password(session, admin, user_id, password, reason, expected_version=version)
    return Changes(users=True, audit=True)


def _reason_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName("reason")
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(80)
    return edit


def _change_password(user: CurrentUser, old: str, new: str, session: Any) -> Changes:
    auth.change_password(session, user, old, new)
    return Changes(audit=True)


class _UserFormDialog(QDialog):
    """身分 and the scope the role needs (a district center or an organisation): what adding and editing share."""

    def __init__(self, runner: TaskRunner, admin: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._admin = admin
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(40)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(label(role), role.value)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.center = QComboBox()
        self.center.setObjectName("districtCenter")
        self.org_search = QLineEdit()
        self.org_search.setObjectName("organizationSearch")
        self.org_search.setPlaceholderText(translate("views.settings.user_dialogs", "輸入機關代碼或校名的一部分"))
        self.org_results = QListWidget()
        self.org_results.setObjectName("organizationResults")
        self.org_results.setMaximumHeight(140)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._search)
        self.org_search.textEdited.connect(lambda _text: self._search_timer.start())
        self.org_search.returnPressed.connect(self._search)
        self._searching = 0

        self.form = QFormLayout()
        self.form.addRow(translate("views.settings.user_dialogs", "身分"), self.role)
        self.form.addRow(translate("views.settings.user_dialogs", "所屬區管中心"), self.center)
        self.form.addRow(translate("views.settings.user_dialogs", "所屬學校或單位"), self.org_search)
        self.form.addRow("", self.org_results)
        self.error = ErrorLine()
        self._center_wanted: uuid.UUID | None = None
        runner.run(
            district_centers,
            on_done=self._centers,
            description=translate("views.settings.user_dialogs", "讀取區管中心"),
        )

    def _finish_layout(self, buttons: QWidget) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._role_changed()

    def selected_role(self) -> Role:
        return Role(self.role.currentData())

    def _role_changed(self) -> None:
        role = self.selected_role()
        self.form.setRowVisible(self.center, role is Role.DISTRICT_CLERK)
        self.form.setRowVisible(self.org_search, role is Role.SCHOOL_COORDINATOR)
        self.form.setRowVisible(self.org_results, role is Role.SCHOOL_COORDINATOR)

    def _centers(self, centers: list[Choice]) -> None:
        self.center.clear()
        for choice in centers:
            self.center.addItem(choice.label, choice.id)
        if self._center_wanted is not None:
            self.center.setCurrentIndex(max(0, self.center.findData(self._center_wanted)))

    def _search(self) -> None:
        self._search_timer.stop()
        text = self.org_search.text()
        self._searching += 1
        self._runner.run(
            lambda session: search_organizations(session, text),
            on_done=partial(self._found, self._searching),
            description=translate("views.settings.user_dialogs", "搜尋學校或單位"),
        )

    def _found(self, search: int, choices: list[Choice]) -> None:
        if search != self._searching:  # an older search answered late
            return
        self.org_results.clear()
        for choice in choices:
            item = QListWidgetItem(choice.label)
            item.setData(_ID, choice.id)
            self.org_results.addItem(item)
        if choices:
            self.org_results.setCurrentRow(0)

    def _scope(self) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        """The district center and the organisation chosen, as the selected role takes them."""
        role = self.selected_role()
        center: uuid.UUID | None = self.center.currentData() if role is Role.DISTRICT_CLERK else None
        item = self.org_results.currentItem()
        organization: uuid.UUID | None = item.data(_ID) if role is Role.SCHOOL_COORDINATOR and item else None
        return center, organization

    def _scope_fields(self) -> dict[str, QWidget]:
        return {"display_name": self.name_edit, "district_center": self.center, "organization": self.org_search}


class AddUserDialog(_UserFormDialog):
    """帳號, 姓名, 密碼 twice, 身分, and the scope the role needs (a district center or an organisation)."""

    created = Signal(str)  # the status-bar message

    def __init__(self, runner: TaskRunner, admin: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(runner, admin, parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(translate("views.settings.user_dialogs", "新增使用者"))
        self.login_edit = QLineEdit()
        self.login_edit.setMaxLength(40)
        self.password_edit = password_edit()
        self.confirm_edit = password_edit()
        self.form.addRow(translate("views.settings.user_dialogs", "帳號"), self.login_edit)
        self.form.addRow(translate("views.settings.user_dialogs", "姓名"), self.name_edit)
        self.form.addRow(translate("views.settings.user_dialogs", "密碼"), self.password_edit)
        self.form.addRow(translate("views.settings.user_dialogs", "確認密碼"), self.confirm_edit)
        buttons, self.create_button, _cancel = submit_buttons(
            self, translate("views.settings.user_dialogs", "新增"), self.submit
        )
        self._finish_layout(buttons)
        enter_moves_on([self.login_edit, self.name_edit, self.password_edit, self.confirm_edit], self.submit)
        self.role.setFocus()

    def submit(self) -> None:
        if not self.create_button.isEnabled():  # already creating
            return
        role = self.selected_role()
        password, confirm = self.password_edit.text(), self.confirm_edit.text()
        if password != confirm:
            self.confirm_edit.clear()
            self.error.say(
                translate("views.settings.user_dialogs", "兩次輸入的密碼不一致，請重新輸入確認密碼。"),
                self.confirm_edit,
            )
            return
        center, organization = self._scope()
        values = {
            "login": self.login_edit.text(),
            "display_name": self.name_edit.text(),
            "password": password,
            "role": role,
            "district_center_id": center,
            "organization_id": organization,
        }
        self.create_button.setEnabled(False)
        self._runner.run(
            partial(_create_user, self._admin, values),
            on_done=self._created,
            on_error=self._refused,
            description=translate("views.settings.user_dialogs", "新增使用者"),
            changes=Changes(users=True, audit=True),
        )

    def _refused(self, exc: UserError) -> None:
        self.create_button.setEnabled(True)
        fields = {**self._scope_fields(), "login": self.login_edit, "password": self.password_edit}
        self.error.say(exc.message, fields.get(exc.field or ""))

    def _created(self, user: CurrentUser) -> None:
        self.created.emit(
            translate("views.settings.user_dialogs", "已新增使用者 {login}（{role}，{scope}）。").format(
                login=user.login, role=user.role_label, scope=user.scope_label
            )
        )
        self.accept()


class ChangePasswordDialog(QDialog):
    """目前密碼, 新密碼, 確認新密碼."""

    changed = Signal()

    def __init__(self, runner: TaskRunner, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(translate("views.settings.user_dialogs", "變更我的密碼"))
        self._runner = runner
        self._user = user
        self.old_edit = password_edit()
        self.new_edit = password_edit()
        self.confirm_edit = password_edit()
        form = QFormLayout()
        form.addRow(translate("views.settings.user_dialogs", "目前密碼"), self.old_edit)
        form.addRow(translate("views.settings.user_dialogs", "新密碼"), self.new_edit)
        form.addRow(translate("views.settings.user_dialogs", "確認新密碼"), self.confirm_edit)
        self.error = ErrorLine()
        buttons, self.ok_button, _cancel = submit_buttons(
            self, translate("views.settings.user_dialogs", "變更密碼"), self.submit
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("views.settings.user_dialogs", "帳號：{login}").format(login=user.login)))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        enter_moves_on([self.old_edit, self.new_edit, self.confirm_edit], self.submit)
        self.old_edit.setFocus()

    def submit(self) -> None:
        if not self.ok_button.isEnabled():  # already changing
            return
        old, new, confirm = self.old_edit.text(), self.new_edit.text(), self.confirm_edit.text()
        if new != confirm:
            self.confirm_edit.clear()
            self.error.say(
                translate("views.settings.user_dialogs", "兩次輸入的新密碼不一致，請重新輸入確認新密碼。"),
                self.confirm_edit,
            )
            return
        self.ok_button.setEnabled(False)
        self._runner.run(
            partial(_change_password, self._user, old, new),
            on_done=self._changed,
            on_error=self._refused,
            description=translate("views.settings.user_dialogs", "變更密碼"),
        )

    def _refused(self, exc: UserError) -> None:
        self.ok_button.setEnabled(True)
        field = self.old_edit if exc.field == "old_password" else self.new_edit
        field.clear()
        self.error.say(exc.message, field)

    def _changed(self, _changes: Changes) -> None:
        self.changed.emit()
        self.accept()


class EditUserDialog(_UserFormDialog):
    """姓名, 身分 and scope of an existing user (the login stays), with an optional reason."""

    saved = Signal(str)  # the status-bar message

    def __init__(self, runner: TaskRunner, admin: CurrentUser, row: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(runner, admin, parent)
        self.setObjectName("editUserDialog")
        self.setWindowTitle(translate("views.settings.user_dialogs", "編輯使用者 {login}").format(login=row.login))
        self._row = row
        self.name_edit.setText(row.display_name)
        self.role.setCurrentIndex(self.role.findData(row.role.value))
        self._center_wanted = row.district_center_id
        if row.organization_id is not None:  # the school of now, until another is searched for
            item = QListWidgetItem(row.scope_label)
            item.setData(_ID, row.organization_id)
            self.org_results.addItem(item)
            self.org_results.setCurrentRow(0)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(translate("views.settings.user_dialogs", "例如：調任、職務異動（可不填）"))
        self.form.insertRow(0, translate("views.settings.user_dialogs", "帳號"), QLabel(row.login))
        self.form.addRow(translate("views.settings.user_dialogs", "姓名"), self.name_edit)
        self.form.addRow(translate("views.settings.user_dialogs", "修改原因"), self.reason_edit)
        buttons, self.save_button, _cancel = submit_buttons(
            self, translate("views.settings.user_dialogs", "儲存"), self.submit
        )
        self._finish_layout(buttons)
        enter_moves_on([self.name_edit, self.reason_edit], self.submit)
        self.name_edit.setFocus()

    def submit(self) -> None:
        if not self.save_button.isEnabled():  # already saving
            return
        center, organization = self._scope()
        values = {
            "display_name": self.name_edit.text(),
            "role": self.selected_role(),
            "district_center_id": center,
            "organization_id": organization,
            "expected_version": self._row.version,
            "reason": self.reason_edit.text(),
        }
        self.save_button.setEnabled(False)
        self._runner.run(
            partial(_update_user, self._admin, self._row.id, values),
            on_done=self._saved,
            on_error=self._refused,
            description=translate("views.settings.user_dialogs", "修改使用者"),
            changes=Changes(users=True, audit=True),
        )

    def _refused(self, exc: UserError) -> None:
        self.save_button.setEnabled(True)
        fields = {**self._scope_fields(), "role": self.role}
        self.error.say(exc.message, fields.get(exc.field or ""))

    def _saved(self, changes: Changes) -> None:
        self.saved.emit(
            translate("views.settings.user_dialogs", "已修改使用者 {login}。").format(login=self._row.login)
            if changes.any()
            else translate("views.settings.user_dialogs", "使用者 {login} 沒有變更。").format(login=self._row.login)
        )
        self.accept()


class UserActiveDialog(QDialog):
    """停用 (or 啟用) a user, with the reason the audit log keeps. A disabled user stays in the list and in the
    audit log; they can no longer sign in."""

    completed = Signal(str)  # the status-bar message

    def __init__(self, runner: TaskRunner, admin: CurrentUser, row: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userActiveDialog")
        self._runner = runner
        self._admin = admin
        self._row = row
        self.enabling = not row.active
        what = (
            translate("views.settings.user_dialogs", "啟用")
            if self.enabling
            else translate("views.settings.user_dialogs", "停用")
        )
        self._what = what
        self.setWindowTitle(
            translate("views.settings.user_dialogs", "{what}使用者 {login}").format(what=what, login=row.login)
        )
        explain = QLabel(
            translate("views.settings.user_dialogs", "{name}（{login}）將可再登入。").format(
                name=row.display_name, login=row.login
            )
            if self.enabling
            else translate(
                "views.settings.user_dialogs",
                "{name}（{login}）將不能登入；帳號與稽核紀錄都保留，日後可再啟用。",
            ).format(name=row.display_name, login=row.login)
        )
        explain.setWordWrap(True)
        self.reason_edit = _reason_edit()
        form = QFormLayout()
        form.addRow(translate("views.settings.user_dialogs", "原因"), self.reason_edit)
        self.error = ErrorLine()
        buttons, self.ok_button, _cancel = submit_buttons(self, what, self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.reason_edit.setFocus()

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self.ok_button.setEnabled(False)
        row = self._row
        self._runner.run(
            partial(_set_active, self._admin, row.id, self.enabling, self.reason_edit.toPlainText(), row.version),
            on_done=self._done,
            on_error=self._refused,
            description=translate("views.settings.user_dialogs", "{what}使用者").format(what=self._what),
            changes=Changes(users=True, audit=True),
        )

    def _refused(self, exc: UserError) -> None:
        self.ok_button.setEnabled(True)
        self.error.say(exc.message, self.reason_edit)

    def _done(self, _changes: Changes) -> None:
        self.completed.emit(
            translate("views.settings.user_dialogs", "已{what}使用者 {login}。").format(
                what=self._what, login=self._row.login
            )
        )
        self.accept()


class ResetPasswordDialog(QDialog):
    """新密碼 twice and the reason: the user signs in with it once and must then choose their own."""

    completed = Signal(str)  # the status-bar message

    def __init__(self, runner: TaskRunner, admin: CurrentUser, row: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resetPasswordDialog")
        self.setWindowTitle(translate("views.settings.user_dialogs", "重設 {login} 的密碼").format(login=row.login))
        self._runner = runner
        self._admin = admin
        self._row = row
        explain = QLabel(
            translate(
                "views.settings.user_dialogs",
                "請將新密碼告知 {name}。對方以此密碼登入後，須立即設定自己的新密碼；登入鎖定一併解除。",
            ).format(name=row.display_name)
        )
        explain.setWordWrap(True)
        self.password_edit = password_edit()
        self.confirm_edit = password_edit()
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(translate("views.settings.user_dialogs", "例如：忘記密碼，電話確認本人"))
        form = QFormLayout()
        form.addRow(translate("views.settings.user_dialogs", "新密碼"), self.password_edit)
        form.addRow(translate("views.settings.user_dialogs", "確認新密碼"), self.confirm_edit)
        form.addRow(translate("views.settings.user_dialogs", "原因"), self.reason_edit)
        self.error = ErrorLine()
        buttons, self.ok_button, _cancel = submit_buttons(
            self, translate("views.settings.user_dialogs", "重設密碼"), self.submit
        )
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        enter_moves_on([self.password_edit, self.confirm_edit, self.reason_edit], self.submit)
        self.password_edit.setFocus()

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        password, confirm = self.password_edit.text(), self.confirm_edit.text()
        if password != confirm:
            self.confirm_edit.clear()
            self.error.say(
                translate("views.settings.user_dialogs", "兩次輸入的新密碼不一致，請重新輸入確認新密碼。"),
                self.confirm_edit,
            )
            return
        self.ok_button.setEnabled(False)
        row = self._row
        self._runner.run(
            partial(_reset_password, self._admin, row.id, password, self.reason_edit.text(), row.version),
            on_done=self._done,
            on_error=self._refused,
            description=translate("views.settings.user_dialogs", "重設密碼"),
            changes=Changes(users=True, audit=True),
        )

    def _refused(self, exc: UserError) -> None:
        self.ok_button.setEnabled(True)
        field = self.reason_edit if exc.field == "reason" else self.password_edit
        if field is self.password_edit:
            self.password_edit.clear()
            self.confirm_edit.clear()
        self.error.say(exc.message, field)

    def _done(self, _changes: Changes) -> None:
        self.completed.emit(
            translate("views.settings.user_dialogs", "已重設 {login} 的密碼；對方下次登入時須設定新密碼。").format(
                login=self._row.login
            )
        )
        self.accept()
