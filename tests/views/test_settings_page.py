"""設定: database and version, the rule set in force, office users (administrators), one's own password."""

from __future__ import annotations

import pytest
from account_world import SCHOOL_TPE, World
from PySide6.QtCore import Qt

from ntip_desktop.errors import UserError
from ntip_desktop.models import Role
from ntip_desktop.services import auth
from ntip_desktop.services.db import Database, head_revision
from ntip_desktop.views.main_window import MainWindow
from ntip_desktop.views.settings.page import SettingsPage
from ntip_desktop.views.settings.user_dialogs import AddUserDialog, ChangePasswordDialog
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
    assert page.users_box.isEnabled()
    rows = _rows(page.users_model)
    assert [r[:4] for r in rows] == [
        ["admin", "陳主任", "系統管理者", "全部"],
        ["cert", "張專員", "時數證明承辦人", "全部"],
        ["clerk", "林書記", "區管中心承辦人", "臺北市區管中心"],
        ["clerk2", "黃書記", "區管中心承辦人", "高雄市區管中心"],
        ["coord", "王組長", "學校研習承辦人", "臺北市立建國高級中學"],
    ]
    assert {r[5] for r in rows} == {"從未登入"}
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
