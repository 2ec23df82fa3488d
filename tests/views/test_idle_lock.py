"""The idle screen lock (an overlay, not a sign-out) and lifting a sign-in lock on the 設定 page."""

from __future__ import annotations

import pytest
from account_world import World
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from ntip_desktop.errors import UserError
from ntip_desktop.services import auth
from ntip_desktop.services.db import Database
from ntip_desktop.views import idle_lock
from ntip_desktop.views.main_window import MainWindow
from ntip_desktop.views.settings.page import SettingsPage
from ntip_desktop.views.tasks import TaskRunner

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


def _settings(window: MainWindow, user: auth.CurrentUser, runner: TaskRunner) -> SettingsPage:
    window.sign_in(user)
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    assert runner.wait_idle()
    return page


def _type_password(qtbot, lock: idle_lock.IdleLock, password: str) -> None:  # type: ignore[no-untyped-def]
    assert lock.dialog is not None
    qtbot.keyClicks(lock.dialog.password_edit, password)
    qtbot.keyClick(lock.dialog.password_edit, Qt.Key.Key_Return)


def test_an_idle_window_locks_and_the_password_brings_back_a_half_typed_form(
    window: MainWindow, world: World, runner: TaskRunner, qtbot
) -> None:
    page = _settings(window, world.admin, runner)
    qtbot.mouseClick(page.add_user_button, Qt.MouseButton.LeftButton)
    form = page.add_user_dialog
    qtbot.waitUntil(lambda: form.isVisible() and form.center.count() == 2)
    qtbot.keyClicks(form.login_edit, "newclerk")
    form.name_edit.insert("新承辦")  # Chinese arrives through an input method
    qtbot.keyClicks(form.password_edit, "half typ")

    lock = window.idle_lock
    assert lock is not None and not lock.is_locked
    with qtbot.waitSignal(lock.locked, timeout=10_000):
        lock.set_interval(300)  # nobody touches anything for 0.3 s
    assert lock.dialog is not None and lock.dialog.isVisible()
    assert not form.isVisible() and not window.centralWidget().isVisible()  # nothing readable behind it
    assert "陳主任（admin）已閒置" in lock.dialog.findChild(QLabel, "lockNote").text()

    qtbot.keyClick(lock.dialog, Qt.Key.Key_Escape)  # Escape does not open it
    _type_password(qtbot, lock, "not my password")
    qtbot.waitUntil(lambda: lock.dialog is not None and "帳號或密碼不正確" in lock.dialog.error.text())
    assert lock.is_locked and not form.isVisible()

    with qtbot.waitSignal(lock.unlocked, timeout=10_000):
        _type_password(qtbot, lock, "correct horse")
    assert not lock.is_locked and window.user == world.admin  # not a sign-out
    assert form.isVisible() and window.centralWidget().isVisible()
    assert (form.login_edit.text(), form.name_edit.text(), form.password_edit.text()) == (
        "newclerk",
        "新承辦",
        "half typ",
    )
    assert form.selected_role() is not None and window.current_page() is page


def test_wrong_passwords_at_the_lock_count_towards_the_sign_in_lock(
    window: MainWindow, world: World, runner: TaskRunner, qtbot
) -> None:
    window.sign_in(world.clerk)
    lock = window.idle_lock
    assert lock is not None
    window.lock_screen()  # 檔案 → 鎖定畫面
    for n in range(5):
        _type_password(qtbot, lock, f"guess {n}")
        qtbot.waitUntil(lambda: lock.dialog is not None and lock.dialog.unlock_button.isEnabled())
    assert lock.dialog is not None and "已暫時鎖定至" in lock.dialog.error.text()
    _type_password(qtbot, lock, "office pass 1")
    qtbot.waitUntil(lambda: lock.dialog is not None and lock.dialog.unlock_button.isEnabled())
    assert lock.is_locked and "已暫時鎖定至" in lock.dialog.error.text()


def test_the_idle_minutes_are_a_setting_of_this_computer(
    window: MainWindow, world: World, runner: TaskRunner, qtbot
) -> None:
    page = _settings(window, world.coordinator, runner)
    assert page.idle_minutes.value() == idle_lock.DEFAULT_MINUTES
    page.idle_minutes.setValue(3)
    assert window.idle_lock is not None and window.idle_lock.interval_ms == 3 * 60_000
    assert int(QSettings().value(idle_lock.SETTING)) == 3  # type: ignore[call-overload]


def test_an_admin_lifts_a_sign_in_lock_from_the_user_list(
    window: MainWindow, world: World, runner: TaskRunner, database: Database, qtbot
) -> None:
    for n in range(5):
        with pytest.raises(UserError), database.session() as s:
            auth.authenticate(s, "clerk", f"guess {n}")
    page = _settings(window, world.admin, runner)
    qtbot.waitUntil(lambda: page.users_model.rowCount() == 5)
    logins = [page.users_model.data(page.users_model.index(r, 0)) for r in range(5)]
    row = logins.index("clerk")
    assert page.users_model.data(page.users_model.index(row, 5)).startswith("鎖定至 ")
    assert "其中 1 位因密碼錯誤次數過多暫時鎖定" in page.users_note.text()
    assert not page.unlock_button.isEnabled()
    page.users_table.selectRow(logins.index("admin"))
    assert not page.unlock_button.isEnabled()  # only a locked user can be unlocked
    page.users_table.selectRow(row)
    assert page.unlock_button.isEnabled()
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.users_model.data(page.users_model.index(row, 5)) == "")  # no longer locked
    assert window.statusBar().currentMessage() == "已解除 clerk 的登入鎖定。"
    with database.session() as s:
        assert auth.authenticate(s, "clerk", "office pass 1").login == "clerk"
