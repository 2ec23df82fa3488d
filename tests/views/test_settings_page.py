"""設定: database and version, the rule set in force, office users (administrators), one's own password."""

from __future__ import annotations

import pytest
from account_world import SCHOOL_TPE, World
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ntip_desktop.errors import UserError
from ntip_desktop.models import Role
from ntip_desktop.services import auth, users
from ntip_desktop.services.db import Database, head_revision
from ntip_desktop.views.login import LoginDialog, NewPasswordDialog
from ntip_desktop.views.main_window import MainWindow
from ntip_desktop.views.settings.page import SettingsPage
from ntip_desktop.views.settings.user_dialogs import (
    AddUserDialog,
    ChangePasswordDialog,
    EditUserDialog,
    ResetPasswordDialog,
    UserActiveDialog,
)
from ntip_desktop.views.tasks import TaskRunner

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


def _open(window: MainWindow, user: auth.CurrentUser, runner: TaskRunner) -> SettingsPage:
    window.sign_in(user)
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    assert runner.wait_idle()
    return page


def _rows(model) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_settings_show_the_database_version_and_rule_set(
    window: MainWindow, world: World, runner: TaskRunner, qtmodeltester
) -> None:
    page = _open(window, world.admin, runner)
    assert "ntip.sqlite3" in page.database.text()
    assert page.schema.text() == f"{head_revision()}（最新）"
    rules = dict((label, value) for label, value in _rows(page.rules_model))
    assert rules["每日採計上限（第10條第2款）"] == "6小時"
    assert rules["曠課達此比例不核發時數（第10條第5款）"] == "1/3"
    assert page.rules_version.text().startswith("規則集版本：")
    qtmodeltester.check(page.rules_model)


def test_an_admin_sees_every_user_with_role_and_scope(
    window: MainWindow, world: World, runner: TaskRunner, qtmodeltester
) -> None:
    page = _open(window, world.admin, runner)
    assert page.users_box.isVisibleTo(page) and page.users_box.isEnabled()
    rows = _rows(page.users_model)
    assert [r[:4] for r in rows] == [
        ["admin", "陳主任", "系統管理者", "全部"],
        ["cert", "張專員", "時數證明承辦人", "全部"],
        ["clerk", "林書記", "區管中心承辦人", "臺北市區管中心"],
        ["clerk2", "黃書記", "區管中心承辦人", "高雄市區管中心"],
        ["coord", "王組長", "學校研習承辦人", "臺北市立建國高級中學"],
    ]
    assert {(r[4], r[5], r[6]) for r in rows} == {("啟用", "", "從未登入")}
    assert page.users_note.text() == "共 5 位使用者。"
    qtmodeltester.check(page.users_model)


def _add_dialog(page: SettingsPage, qtbot) -> AddUserDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.add_user_button, Qt.MouseButton.LeftButton)
    dialog = page.add_user_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.center.count() == 2)
    return dialog


def _fill(qtbot, dialog: AddUserDialog, login: str, name: str, password: str, role: Role) -> None:  # type: ignore[no-untyped-def]
    dialog.role.setCurrentIndex(dialog.role.findData(role.value))
    qtbot.keyClicks(dialog.login_edit, login)
    dialog.name_edit.insert(name)  # Chinese arrives through an input method
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClicks(dialog.confirm_edit, password)


def test_an_admin_adds_a_district_clerk_with_their_center(
    window: MainWindow, world: World, runner: TaskRunner, database: Database, qtbot
) -> None:
    page = _open(window, world.admin, runner)
    dialog = _add_dialog(page, qtbot)
    assert [dialog.center.itemText(i) for i in range(2)] == ["KHH　高雄市區管中心", "TPE　臺北市區管中心"]
    _fill(qtbot, dialog, "clerk3", "吳書記", "clerk pass 3", Role.DISTRICT_CLERK)
    assert dialog.center.isVisible() and not dialog.org_search.isVisible()
    dialog.center.setCurrentIndex(1)
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.statusBar().currentMessage() == "已新增使用者 clerk3（區管中心承辦人，臺北市區管中心）。"
    qtbot.waitUntil(lambda: page.users_model.rowCount() == 6)  # the page went stale and reloaded
    assert ["clerk3", "吳書記", "區管中心承辦人", "臺北市區管中心"] in [r[:4] for r in _rows(page.users_model)]
    with database.session() as s:
        assert auth.authenticate(s, "clerk3", "clerk pass 3").scope_label == "臺北市區管中心"


def test_a_coordinator_is_scoped_to_an_organisation_found_by_name(
    window: MainWindow, world: World, runner: TaskRunner, database: Database, qtbot
) -> None:
    page = _open(window, world.admin, runner)
    dialog = _add_dialog(page, qtbot)
    _fill(qtbot, dialog, "coord2", "周組長", "coord pass 2", Role.SCHOOL_COORDINATOR)
    assert dialog.org_search.isVisible() and not dialog.center.isVisible()
    dialog.org_search.insert("建國")
    dialog.org_search.returnPressed.emit()
    qtbot.waitUntil(lambda: dialog.org_results.count() == 1)
    assert dialog.org_results.item(0).text() == f"{SCHOOL_TPE}　臺北市立建國高級中學"
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with database.session() as s:
        assert auth.authenticate(s, "coord2", "coord pass 2").scope_label == "臺北市立建國高級中學"


def test_adding_a_user_explains_what_is_wrong_in_place(
    window: MainWindow, world: World, runner: TaskRunner, qtbot
) -> None:
    page = _open(window, world.admin, runner)
    dialog = _add_dialog(page, qtbot)
    _fill(qtbot, dialog, "clerk", "另一位", "long enough", Role.CERTIFICATE_STAFF)
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.create_button.isEnabled())
    assert dialog.error.text() == "帳號「clerk」已有人使用。" and dialog.focusWidget() is dialog.login_edit

    dialog.login_edit.setText("coord9")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.SCHOOL_COORDINATOR.value))
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.create_button.isEnabled())
    assert dialog.error.text() == "學校研習承辦人必須指定所屬學校或單位。"
    assert dialog.focusWidget() is dialog.org_search and dialog.isVisible()


def test_changing_my_password(window: MainWindow, world: World, runner: TaskRunner, database: Database, qtbot) -> None:
    page = _open(window, world.clerk, runner)
    qtbot.mouseClick(page.password_button, Qt.MouseButton.LeftButton)
    dialog: ChangePasswordDialog = page.password_dialog
    qtbot.keyClicks(dialog.old_edit, "not my password")
    qtbot.keyClicks(dialog.new_edit, "a new secret")
    qtbot.keyClicks(dialog.confirm_edit, "a new secret")
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled())
    assert dialog.error.text() == "目前密碼不正確。" and dialog.focusWidget() is dialog.old_edit

    qtbot.keyClicks(dialog.old_edit, "office pass 1")
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.statusBar().currentMessage() == "已變更您的密碼。"
    with database.session() as s:
        assert auth.authenticate(s, "clerk", "a new secret").login == "clerk"
        with pytest.raises(UserError):
            auth.authenticate(s, "clerk", "office pass 1")


def test_the_rule_set_in_force_prints_to_pdf(window: MainWindow, world: World, runner: TaskRunner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Issue 3: the program can show and print the rule set in force."""
    import io

    import pdfplumber

    page = _open(window, world.clerk, runner)
    assert page.print_rules_button.isEnabled()
    target = tmp_path / "規則.pdf"
    page.print_rules_to(target)
    assert runner.wait_idle()
    with pdfplumber.open(io.BytesIO(target.read_bytes())) as doc:
        text = "".join(p.extract_text() or "" for p in doc.pages).replace(" ", "").replace("\n", "")
    assert "規則集版本2009-10-08" in text and "每日採計上限（第10條第2款）6小時" in text
    assert "已輸出規則參數（版本 2009-10-08）" in window.statusBar().currentMessage()


# --- managing users (issue 14 item 7) ----------------------------------------------------------------------


def _select(page: SettingsPage, login: str) -> None:
    [row] = [i for i, u in enumerate(page._users) if u.login == login]
    page.users_table.selectRow(row)
    assert page.selected_user() is not None and page.selected_user().login == login  # type: ignore[union-attr]


def _user_row(page: SettingsPage, login: str) -> list[str]:
    [row] = [r for r in _rows(page.users_model) if r[0] == login]
    return row


def test_a_coordinator_does_not_see_the_users_box(window: MainWindow, world: World, runner: TaskRunner) -> None:
    page = _open(window, world.coordinator, runner)
    assert page.users_box.isHidden() and not page.users_box.isVisibleTo(page)
    assert page.users_model.rowCount() == 0  # nor were the users read
    assert page.password_button.isVisible()


def test_an_admin_edits_a_users_role_and_sees_the_row_change(
    window: MainWindow, world: World, runner: TaskRunner, database: Database, qtbot
) -> None:
    page = _open(window, world.admin, runner)
    assert not page.edit_button.isEnabled()  # nothing selected yet
    _select(page, "clerk2")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.user_dialog
    assert isinstance(dialog, EditUserDialog)
    qtbot.waitUntil(lambda: dialog.center.count() == 2)
    assert dialog.name_edit.text() == "黃書記" and dialog.center.currentText() == "KHH　高雄市區管中心"
    dialog.role.setCurrentIndex(dialog.role.findData(Role.SCHOOL_COORDINATOR.value))
    assert dialog.org_search.isVisible() and not dialog.center.isVisible()
    dialog.submit()  # no school chosen yet: said in place
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    assert dialog.error.text() == "學校研習承辦人必須指定所屬學校或單位。" and dialog.focusWidget() is dialog.org_search

    dialog.org_search.insert("高雄")
    dialog.org_search.returnPressed.emit()
    qtbot.waitUntil(lambda: dialog.org_results.count() == 1)
    dialog.reason_edit.insert("改任學校承辦")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.statusBar().currentMessage() == "已修改使用者 clerk2。"
    qtbot.waitUntil(lambda: _user_row(page, "clerk2")[2] == "學校研習承辦人")  # the page reloaded
    assert _user_row(page, "clerk2")[:4] == ["clerk2", "黃書記", "學校研習承辦人", "高雄市立高雄高級中學"]
    with database.session() as s:
        assert auth.authenticate(s, "clerk2", "office pass 1").role is Role.SCHOOL_COORDINATOR


def test_an_admin_disables_a_user_with_a_reason_and_the_user_cannot_sign_in(
    window: MainWindow, world: World, runner: TaskRunner, database: Database, qtbot
) -> None:
    page = _open(window, world.admin, runner)
    _select(page, "cert")
    assert page.active_button.text() == "停用…"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    dialog = page.user_dialog
    assert isinstance(dialog, UserActiveDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled())
    assert dialog.error.text() == "請填寫停用的原因。" and dialog.isVisible()
    dialog.reason_edit.insertPlainText("留職停薪")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.statusBar().currentMessage() == "已停用使用者 cert。"
    qtbot.waitUntil(lambda: _user_row(page, "cert")[4] == "停用")
    assert page.users_model.rowCount() == 5  # still listed: never deleted
    _select(page, "cert")
    assert page.active_button.text() == "啟用…"
    with pytest.raises(UserError, match="此帳號已停用"), database.session() as s:
        auth.authenticate(s, "cert", "office pass 1")


def test_the_right_click_menu_offers_the_same_actions(window: MainWindow, world: World, runner: TaskRunner) -> None:
    page = _open(window, world.admin, runner)
    rect = page.users_table.visualRect(page.users_model.index(1, 0))
    menu = page.users_menu_at(rect.center())
    assert menu is not None
    actions = [(a.text(), a.isEnabled()) for a in menu.actions()]
    assert actions == [("編輯…", True), ("停用…", True), ("重設密碼…", True), ("解除登入鎖定", False)]
    assert page.selected_user() is not None and page.selected_user().login == "cert"  # type: ignore[union-attr]


def test_a_reset_password_is_changed_right_after_signing_in(
    window: MainWindow, world: World, runner: TaskRunner, database: Database, qtbot
) -> None:
    page = _open(window, world.admin, runner)
    _select(page, "coord")
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    dialog = page.user_dialog
    assert isinstance(dialog, ResetPasswordDialog)
    qtbot.keyClicks(dialog.password_edit, "temporary 1")
    qtbot.keyClicks(dialog.confirm_edit, "temporary 1")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # no reason: said in place
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled())
    assert dialog.error.text() == "請填寫重設密碼的原因。" and dialog.focusWidget() is dialog.reason_edit
    dialog.reason_edit.insert("忘記密碼，電話確認本人")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.statusBar().currentMessage() == "已重設 coord 的密碼；對方下次登入時須設定新密碼。"
    qtbot.waitUntil(lambda: _user_row(page, "coord")[4] == "啟用（須變更密碼）")

    login = LoginDialog(runner)
    qtbot.addWidget(login)
    login.show()
    signed: list[auth.CurrentUser] = []
    login.signed_in.connect(signed.append)
    qtbot.keyClicks(login.login_edit, "coord")
    qtbot.keyClicks(login.password_edit, "temporary 1")
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(login, "new_password_dialog", None) is not None)
    forced: NewPasswordDialog = login.new_password_dialog
    qtbot.waitUntil(forced.isVisible)
    assert signed == [] and login.isVisible()  # no page opens before the new password is set
    assert any("系統管理者已重設您的密碼" in label.text() for label in forced.findChildren(QLabel))
    qtbot.keyClicks(forced.new_edit, "temporary 1")
    qtbot.keyClicks(forced.confirm_edit, "temporary 1")
    qtbot.keyClick(forced.confirm_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: forced.ok_button.isEnabled())
    assert forced.error.text() == "新密碼不可與目前密碼相同。" and signed == []
    qtbot.keyClicks(forced.new_edit, "my own secret")
    qtbot.keyClicks(forced.confirm_edit, "my own secret")
    qtbot.keyClick(forced.confirm_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: signed != [])
    assert not forced.isVisible() and not login.isVisible()
    assert signed[0].login == "coord" and not signed[0].must_change_password
    with database.session() as s:
        assert not auth.authenticate(s, "coord", "my own secret").must_change_password


def test_closing_the_new_password_dialog_returns_to_the_sign_in(
    world: World, runner: TaskRunner, database: Database, qtbot
) -> None:
    with database.session() as s:
        users.reset_password(s, world.admin, world.clerk.id, "temporary 1", "忘記密碼")
    login = LoginDialog(runner)
    qtbot.addWidget(login)
    login.show()
    signed: list[auth.CurrentUser] = []
    login.signed_in.connect(signed.append)
    qtbot.keyClicks(login.login_edit, "clerk")
    qtbot.keyClicks(login.password_edit, "temporary 1")
    login.submit()
    qtbot.waitUntil(lambda: getattr(login, "new_password_dialog", None) is not None)
    login.new_password_dialog.reject()
    assert login.error.text() == "須先設定新密碼才能開始工作。請再登入一次。"
    assert login.isVisible() and login.login_button.isEnabled() and signed == []
    assert login.password_edit.text() == ""


def test_long_rule_values_are_never_cut(window: MainWindow, world: World, runner: TaskRunner, qtbot) -> None:
    page = _open(window, world.clerk, runner)
    window.resize(700, 600)  # narrow: the long values need several lines
    qtbot.waitUntil(lambda: page.rules_model.rowCount() > 0)
    table, model = page.rules_table, page.rules_model
    assert table.textElideMode() == Qt.TextElideMode.ElideNone
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            assert model.data(index, Qt.ItemDataRole.ToolTipRole) == model.data(index)  # the full text
        assert table.rowHeight(row) >= table.sizeHintForRow(row)  # the row is as tall as its wrapped text
