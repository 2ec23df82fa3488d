"""設定: the database in use, the program version, the rule set in force (read only), the office users
(administrators only, hidden from everyone else: add, edit, disable or enable, reset a password, lift a
sign-in lock), changing one's own password, and this computer's idle screen lock."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop import __version__
from ntip_desktop.changes import Changes
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.services import users
from ntip_desktop.services.auth import Permission
from ntip_desktop.services.db import schema_status
from ntip_desktop.services.files import write_atomically
from ntip_desktop.services.rules.rocdate import roc_moment
from ntip_desktop.services.rules.ruleset import describe
from ntip_desktop.services.rulesets import rule_set_in_force
from ntip_desktop.services.users import UserRow
from ntip_desktop.views.pages.base import Page, PageContext
from ntip_desktop.views.settings.user_dialogs import (
    AddUserDialog,
    ChangePasswordDialog,
    EditUserDialog,
    ResetPasswordDialog,
    UserActiveDialog,
)
from ntip_desktop.views.widgets.file_dialogs import ask_save_path
from ntip_desktop.views.widgets.text_table import TextTableModel

#: The users table's 範圍 column.
_SCOPE_COLUMN = 3


@dataclass(frozen=True)
class SettingsData:
    schema_current: str | None
    schema_head: str
    rule_set_version: str
    rules: list[tuple[str, str]]


def _read_settings(session: Any) -> SettingsData:
    status = schema_status(session.get_bind())
    rule_set = rule_set_in_force(session)
    return SettingsData(status.current, status.head, rule_set.version, describe(rule_set))


def _print_rules(path: Path, session: Any) -> str:
    from ntip_desktop.services.pdf.rules_print import render_rule_set  # reportlab only when printing

    rule_set = rule_set_in_force(session)
    write_atomically(path, render_rule_set(describe(rule_set), version=rule_set.version))
    return rule_set.version


def _list_users(user: Any, session: Any) -> list[UserRow]:
    return users.list_users(session, user)


def _unlock(user: Any, user_id: Any, session: Any) -> Changes:
    return users.unlock_user(session, user, user_id)


def _status(u: UserRow) -> str:
    if not u.active:
        return translate("views.settings.page", "停用")
    if u.must_change_password:
        return translate("views.settings.page", "啟用（須變更密碼）")
    return translate("views.settings.page", "啟用")


def _lock(u: UserRow) -> str:
    if u.locked_until is None:
        return ""
    return translate("views.settings.page", "鎖定至 {until}").format(until=roc_moment(u.locked_until))


class SettingsPage(Page):
    watches = ("users", "rule_sets")

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # database and program
        about = QGroupBox(translate("views.settings.page", "資料庫與程式"))
        form = QFormLayout(about)
        self.database = QLabel(context.database_label)
        self.database.setWordWrap(True)
        self.schema = QLabel(translate("views.settings.page", "讀取中…"))
        form.addRow(translate("views.settings.page", "使用中的資料庫"), self.database)
        form.addRow(translate("views.settings.page", "資料庫結構版本"), self.schema)
        form.addRow(translate("views.settings.page", "程式版本"), QLabel(f"NTIP Desk {__version__}"))

        # my account
        mine = QGroupBox(translate("views.settings.page", "我的帳號"))
        mine_layout = QVBoxLayout(mine)
        who = QLabel(
            translate("views.settings.page", "{name}（{login}）：{role}，範圍：{scope}").format(
                name=context.user.display_name,
                login=context.user.login,
                role=context.user.role_label,
                scope=context.user.scope_label,
            )
        )
        who.setWordWrap(True)
        mine_layout.addWidget(who)
        self.password_button = QPushButton(translate("views.settings.page", "變更我的密碼…"))
        self.password_button.clicked.connect(self.change_password)
        mine_layout.addWidget(self.password_button)
        from ntip_desktop.views import idle_lock

        idle_row = QHBoxLayout()
        idle_caption = QLabel(translate("views.settings.page", "閒置多久後鎖定畫面（本電腦）"))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(idle_lock.MIN_MINUTES, idle_lock.MAX_MINUTES)
        self.idle_minutes.setSuffix(translate("views.settings.page", " 分鐘"))
        self.idle_minutes.setValue(idle_lock.idle_minutes())
        self.idle_minutes.setToolTip(
            translate("views.settings.page", "沒有操作超過此時間，畫面即鎖定；輸入密碼解鎖，未存檔的資料不會遺失。")
        )
        idle_caption.setBuddy(self.idle_minutes)
        self.idle_minutes.valueChanged.connect(self._idle_minutes_changed)
        idle_row.addWidget(idle_caption)
        idle_row.addWidget(self.idle_minutes)
        idle_row.addStretch(1)
        mine_layout.addLayout(idle_row)

        # users (administrators)
        self.users_box = QGroupBox(translate("views.settings.page", "使用者"))
        self.users_box.setObjectName("usersBox")
        self.users_model = TextTableModel(
            [
                translate("views.settings.page", "帳號"),
                translate("views.settings.page", "姓名"),
                translate("views.settings.page", "身分"),
                translate("views.settings.page", "範圍"),
                translate("views.settings.page", "狀態"),
                translate("views.settings.page", "鎖定中"),
                translate("views.settings.page", "最後登入"),
            ],
            self,
        )
        self.users_table = QTableView()
        self.users_table.setObjectName("usersTable")
        self.users_table.setModel(self.users_model)
        self.users_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users_table.verticalHeader().setVisible(False)
        self.users_table.setWordWrap(False)  # a row per user; a long scope is elided, the last sign-in whole
        self.users_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.users_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.users_table.customContextMenuRequested.connect(self._users_menu)
        self.users_table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_user_button = QPushButton(translate("views.settings.page", "新增使用者…"))
        self.add_user_button.clicked.connect(self.add_user)
        self.unlock_button = QPushButton(translate("views.settings.page", "解除登入鎖定"))
        self.unlock_button.setObjectName("unlockUserButton")
        self.unlock_button.setToolTip(
            translate("views.settings.page", "密碼錯誤次數過多而暫時鎖定的帳號，立即恢復可登入（留下稽核紀錄）")
        )
        self.unlock_button.setEnabled(False)
        self.unlock_button.clicked.connect(self.unlock_selected)
        self.edit_button = QPushButton(translate("views.settings.page", "編輯…"))
        self.edit_button.setObjectName("editUserButton")
        self.edit_button.setToolTip(translate("views.settings.page", "修改所選使用者的姓名、身分與範圍"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button = QPushButton(translate("views.settings.page", "停用…"))
        self.active_button.setObjectName("activeUserButton")
        self.active_button.setToolTip(
            translate("views.settings.page", "停用的使用者不能登入，但帳號與稽核紀錄都保留；可再啟用")
        )
        self.active_button.clicked.connect(self.toggle_selected)
        self.reset_button = QPushButton(translate("views.settings.page", "重設密碼…"))
        self.reset_button.setObjectName("resetPasswordButton")
        self.reset_button.setToolTip(
            translate("views.settings.page", "設定臨時密碼；使用者以此登入後須立即設定自己的新密碼")
        )
        self.reset_button.clicked.connect(self.reset_selected)
        self.users_table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._users: list[UserRow] = []
        self.users_note = QLabel()
        self.users_note.setWordWrap(True)
        users_layout = QVBoxLayout(self.users_box)
        users_layout.addWidget(self.users_table, 1)
        users_layout.addWidget(self.users_note)
        user_buttons = QHBoxLayout()
        user_buttons.addWidget(self.add_user_button)
        user_buttons.addWidget(self.edit_button)
        user_buttons.addWidget(self.active_button)
        user_buttons.addWidget(self.reset_button)
        user_buttons.addWidget(self.unlock_button)
        user_buttons.addStretch(1)
        users_layout.addLayout(user_buttons)
        self.may_manage_users = context.user.can(Permission.MANAGE_USERS)
        # Only administrators manage users: everyone else does not see the box at all.
        self.users_box.setVisible(self.may_manage_users)

        # the rule set in force
        rules = QGroupBox(translate("views.settings.page", "現行規則（僅供檢視）"))
        self.rules_version = QLabel(translate("views.settings.page", "讀取中…"))
        self.rules_version.setWordWrap(True)
        self.rules_model = TextTableModel(
            [translate("views.settings.page", "項目"), translate("views.settings.page", "內容")], self
        )
        self.rules_table = QTableView()
        self.rules_table.setObjectName("rulesTable")
        self.rules_table.setModel(self.rules_model)
        self.rules_table.verticalHeader().setVisible(False)
        self.rules_table.setWordWrap(True)
        # Long values wrap and their rows grow with them (never cut with "…"); the tooltip has the full text too.
        self.rules_table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.rules_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rules_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.rules_table.horizontalHeader().resizeSection(0, 300)
        self.rules_table.horizontalHeader().setStretchLastSection(True)
        rules_layout = QVBoxLayout(rules)
        rules_layout.addWidget(self.rules_version)
        rules_layout.addWidget(self.rules_table, 1)
        self.print_rules_button = QPushButton(translate("views.settings.page", "列印規則（PDF）…"))
        self.print_rules_button.setToolTip(translate("views.settings.page", "將施行中的規則參數存成 PDF（Ctrl+P）"))
        self.print_rules_button.setShortcut("Ctrl+P")
        self.print_rules_button.clicked.connect(self.choose_rules_pdf)
        rules_layout.addWidget(self.print_rules_button)

        left = QVBoxLayout()
        left.addWidget(about)
        left.addWidget(mine)
        left.addWidget(self.users_box, 1)
        if not self.may_manage_users:
            left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)  # the users table's seven columns need more room than the rules' two
        layout.addWidget(rules, 2)

    # --- loading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.context.runner.run(
            _read_settings, on_done=self._show_settings, description=translate("views.settings.page", "讀取設定")
        )
        if self.may_manage_users:
            self.context.runner.run(
                partial(_list_users, self.user),
                on_done=self._show_users,
                on_error=self._users_refused,
                description=translate("views.settings.page", "讀取使用者"),
            )

    def _show_settings(self, data: SettingsData) -> None:
        latest = data.schema_current == data.schema_head
        self.schema.setText(
            translate("views.settings.page", "{rev}（最新）").format(rev=data.schema_current)
            if latest
            else translate("views.settings.page", "{rev}（本程式為 {head}）").format(
                rev=data.schema_current, head=data.schema_head
            )
        )
        self.rules_version.setText(
            translate(
                "views.settings.page", "規則集版本：{v}。調整規則參數須由系統管理者填寫原因，並留下稽核紀錄。"
            ).format(v=data.rule_set_version)
        )
        self.rules_model.set_rows(data.rules)
        self.rules_table.resizeRowsToContents()

    def _show_users(self, users: list[UserRow]) -> None:
        self._users = users
        self.users_model.set_rows(
            [
                (
                    u.login,
                    u.display_name,
                    label(u.role),
                    u.scope_label,
                    _status(u),
                    _lock(u),
                    roc_moment(u.last_login_at) if u.last_login_at else translate("views.settings.page", "從未登入"),
                )
                for u in users
            ],
            keys=[u.id for u in users],
        )
        locked = sum(1 for u in users if u.locked_until is not None)
        note = translate("views.settings.page", "共 {n} 位使用者。").format(n=len(users))
        if locked:
            note += translate("views.settings.page", "其中 {n} 位因密碼錯誤次數過多暫時鎖定。").format(n=locked)
        self.users_note.setText(note)
        self.users_table.resizeColumnsToContents()
        # The scope (a district center's long name) takes what is left, so that every other column shows whole.
        self.users_table.horizontalHeader().setSectionResizeMode(_SCOPE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self._selection_changed()

    def selected_user(self) -> UserRow | None:
        rows = self.users_table.selectionModel().selectedRows()
        return self._users[rows[0].row()] if rows and rows[0].row() < len(self._users) else None

    def _selection_changed(self) -> None:
        chosen = self.selected_user()
        for button in (self.edit_button, self.active_button, self.reset_button):
            button.setEnabled(chosen is not None)
        self.active_button.setText(
            translate("views.settings.page", "啟用…")
            if chosen is not None and not chosen.active
            else translate("views.settings.page", "停用…")
        )
        self.unlock_button.setEnabled(chosen is not None and chosen.locked_until is not None)

    def _users_menu(self, position: QPoint) -> None:
        menu = self.users_menu_at(position)
        if menu is not None:
            menu.popup(self.users_table.viewport().mapToGlobal(position))

    def users_menu_at(self, position: QPoint) -> QMenu | None:
        """The same actions as the buttons, for the row at ``position`` (in the table's viewport), selected."""
        index = self.users_table.indexAt(position)
        if not index.isValid():
            return None
        self.users_table.selectRow(index.row())
        menu = QMenu(self)
        for button, act in (
            (self.edit_button, self.edit_selected),
            (self.active_button, self.toggle_selected),
            (self.reset_button, self.reset_selected),
            (self.unlock_button, self.unlock_selected),
        ):
            action = menu.addAction(button.text(), act)
            action.setEnabled(button.isEnabled())
        self.users_menu = menu
        return menu

    def _users_refused(self, exc: UserError) -> None:
        self.users_note.setText(exc.message)

    # --- actions ----------------------------------------------------------------------------------

    def add_user(self) -> None:
        dialog = AddUserDialog(self.context.runner, self.user, self)
        dialog.created.connect(lambda message: self.context.show_status(message))
        dialog.open()
        self.add_user_dialog = dialog

    def edit_selected(self) -> None:
        chosen = self.selected_user()
        if chosen is None:
            return
        dialog = EditUserDialog(self.context.runner, self.user, chosen, self)
        dialog.saved.connect(self.context.show_status)
        dialog.open()
        self.user_dialog: EditUserDialog | UserActiveDialog | ResetPasswordDialog = dialog

    def toggle_selected(self) -> None:
        """停用… or 啟用… the selected user, with a reason."""
        chosen = self.selected_user()
        if chosen is None:
            return
        dialog = UserActiveDialog(self.context.runner, self.user, chosen, self)
        dialog.completed.connect(self.context.show_status)
        dialog.open()
        self.user_dialog = dialog

    def reset_selected(self) -> None:
        chosen = self.selected_user()
        if chosen is None:
            return
        dialog = ResetPasswordDialog(self.context.runner, self.user, chosen, self)
        dialog.completed.connect(self.context.show_status)
        dialog.open()
        self.user_dialog = dialog

    def unlock_selected(self) -> None:
        """Lift the selected user's sign-in lock (audited); the list refreshes through the users change."""
        chosen = self.selected_user()
        if chosen is None or chosen.locked_until is None:
            return
        self.unlock_button.setEnabled(False)
        self.context.runner.run(
            partial(_unlock, self.user, chosen.id),
            on_done=lambda _changes: self.context.show_status(
                translate("views.settings.page", "已解除 {login} 的登入鎖定。").format(login=chosen.login)
            ),
            on_error=self._users_refused,
            description=translate("views.settings.page", "解除登入鎖定"),
            changes=Changes(users=True, audit=True),
        )

    def _idle_minutes_changed(self, minutes: int) -> None:
        lock = getattr(self.window(), "idle_lock", None)
        if lock is not None:
            lock.set_minutes(minutes)
        else:
            from ntip_desktop.views import idle_lock

            idle_lock.save_minutes(minutes)

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self.context.runner, self.user, self)
        dialog.changed.connect(lambda: self.context.show_status(translate("views.settings.page", "已變更您的密碼。")))
        dialog.open()
        self.password_dialog = dialog

    def choose_rules_pdf(self) -> None:
        path = ask_save_path(
            self,
            translate("views.settings.page", "列印規則參數"),
            translate("views.settings.page", "規則參數.pdf"),
            translate("views.settings.page", "PDF 檔 (*.pdf)"),
        )
        if path is not None:
            self.print_rules_to(path)

    def print_rules_to(self, path: Path) -> None:
        """Save the rule set in force as a PDF at ``path``; the status bar says when it is done."""
        self.context.runner.run(
            partial(_print_rules, path),
            on_done=lambda version: self.context.show_status(
                translate("views.settings.page", "已輸出規則參數（版本 {v}）：{path}").format(v=version, path=path)
            ),
            description=translate("views.settings.page", "列印規則參數"),
        )

    def initial_focus(self) -> QWidget | None:
        return self.add_user_button if self.may_manage_users else self.password_button
