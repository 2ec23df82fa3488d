"""The main window shell: the eight pages, keyboard navigation, what a role may open, remembered state."""

from __future__ import annotations

from pathlib import Path

import pytest
from account_world import World
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from ntip_desktop.errors import PermissionDenied
from ntip_desktop.services import users
from ntip_desktop.services.db import Database
from ntip_desktop.views.main_window import MainWindow
from ntip_desktop.views.tasks import TaskRunner

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)

TITLES = ["帳號審核", "課程審核", "出席登錄", "時數證明", "月報傳報", "稽核紀錄", "設定", "統計報表"]


def _activate(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_the_page_list_names_the_eight_jobs_with_their_shortcuts(window: MainWindow, world: World) -> None:
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == TITLES
    assert not window.nav.isEnabled()  # nothing to open before sign-in
    window.sign_in(world.admin)
    assert [window.nav.item(i).toolTip() for i in range(8)] == [f"{t}（Ctrl+{n}）" for n, t in enumerate(TITLES, 1)]
    assert window.user_label.text() == "陳主任（系統管理者．全部）"
    assert "ntip.sqlite3" in window.database_label_widget.text()


def test_ctrl_3_shows_attendance(window: MainWindow, world: World, runner: TaskRunner, qtbot) -> None:
    window.sign_in(world.admin)
    _activate(qtbot, window)
    with qtbot.waitSignal(window.page_shown) as shown:
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert shown.args == ["attendance"]
    page = window.current_page()
    assert page is not None and page.title == "出席登錄"
    assert window.nav.currentItem().text() == "出席登錄"
    assert page.heading.text() == "請選擇課程。"
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().title == "稽核紀錄"


def test_a_clerk_sees_the_pages_of_other_roles_disabled_with_the_reason(
    window: MainWindow, world: World, database: Database, qtbot
) -> None:
    window.sign_in(world.clerk)
    assert window.user_label.text() == "林書記（區管中心承辦人．臺北市區管中心）"
    enabled = [bool(window.nav.item(i).flags() & Qt.ItemFlag.ItemIsEnabled) for i in range(8)]
    # 出席登錄 is open to clerks (they key in faxed sign-in sheets of their district's schools).
    assert enabled == [True, True, True, False, True, True, True, True]
    assert (
        window.nav.item(3).toolTip() == "您的身分（區管中心承辦人）不能使用「時數證明」：需要「核發時數證明」的權限。"
    )
    _activate(qtbot, window)
    before = window.current_page()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is before
    assert window.statusBar().currentMessage() == window.nav.item(3).toolTip()


def test_a_clerk_does_not_see_the_user_list_and_the_service_refuses_it_too(
    window: MainWindow, world: World, database: Database, runner: TaskRunner, qtbot
) -> None:
    window.sign_in(world.clerk)
    page = window.show_page("settings")
    assert runner.wait_idle()
    assert page.users_box.isHidden()  # issue 14 item 7: hidden, not a disabled box
    assert page.users_model.rowCount() == 0
    assert not page.add_user_button.isVisible()
    with database.session() as s, pytest.raises(PermissionDenied, match="管理使用者"):
        users.list_users(s, world.clerk)


def test_window_geometry_and_last_page_are_restored(
    runner: TaskRunner, world: World, qtbot, settings_in_tmp: Path
) -> None:
    first = MainWindow(runner)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.sign_in(world.admin)
    first.show_page("settings")
    first.resize(first.minimumSizeHint().width(), 530)  # the offscreen test screen is 800×600
    first.splitter.setSizes([200, first.splitter.width() - 200])
    saved = first.size()
    fresh = MainWindow(runner)
    assert saved != fresh.size()  # what is restored differs from a new window's default
    fresh.deleteLater()
    first.close()
    assert list(settings_in_tmp.rglob("*.ini")), "settings were written under the test's folder"

    second = MainWindow(runner)
    qtbot.addWidget(second)
    assert second.size() == saved
    second.show()
    qtbot.waitExposed(second)
    assert second.splitter.sizes()[0] == 200
    second.sign_in(world.admin)
    assert second.current_page().title == "設定"
    assert QSettings().value("main/last_page") == "settings"


def test_a_remembered_page_the_next_user_may_not_open_falls_back_to_their_first(
    window: MainWindow, world: World
) -> None:
    QSettings().setValue("main/last_page", "accounts")
    window.sign_in(world.certificate_staff)
    assert window.current_page().title == "出席登錄"  # the first page certificate staff may open


def test_the_busy_indicator_shows_while_the_database_works(window: MainWindow, runner: TaskRunner, qtbot) -> None:
    import threading

    release = threading.Event()
    runner.run(lambda s: release.wait(10), on_done=lambda _v: None, description="讀取稽核紀錄")
    assert window.busy_indicator.isVisible()
    assert window.busy_indicator.toolTip() == "讀取稽核紀錄"
    release.set()
    assert runner.wait_idle()
    assert not window.busy_indicator.isVisible()


def test_menus_offer_sign_out_quit_and_about(window: MainWindow, world: World, qtbot) -> None:
    menus = {a.text(): [x.text() for x in a.menu().actions() if x.text()] for a in window.menuBar().actions()}
    assert menus == {
        "檔案(&F)": ["登出(&L)", "鎖定畫面(&K)", "結束(&X)"],
        "說明(&H)": ["使用手冊(&M)", "關於 NTIP Desk(&A)"],
    }
    quit_action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "結束(&X)")
    qtbot.waitUntil(lambda: window.shortcuts_installed)  # set just after the first paint
    assert quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.manual_action.shortcut().toString() == "F1"
    assert [a.shortcut().toString() for a in window.page_actions] == [f"Ctrl+{n}" for n in range(1, 9)]
    assert not window.logout_action.isEnabled() and not window.lock_action.isEnabled()
    window.sign_in(world.admin)
    assert window.logout_action.isEnabled() and window.lock_action.isEnabled()
