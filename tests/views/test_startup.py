"""Start-up as a user lives it: the window at once, the database opened, first run or sign-in, then the pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from account_world import World
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ntip_desktop.services import auth
from ntip_desktop.services.db import Database
from ntip_desktop.views.first_run import FirstRunDialog
from ntip_desktop.views.login import LoginDialog
from ntip_desktop.views.startup import Desk


@pytest.fixture
def start_desk(qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    desks: list[Desk] = []

    def start(url: str) -> Desk:
        desk = Desk(url)
        qtbot.addWidget(desk.window)
        desks.append(desk)
        desk.start()
        return desk

    yield start
    for desk in desks:
        desk.runner.wait_idle(10_000)
        desk.shutdown()


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` (Chinese arrives through an input method, so it is set rather than key-clicked)."""
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)


def test_first_run_creates_the_admin_and_signs_them_in(start_desk, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "new" / "office.sqlite3"
    desk = start_desk(str(path))
    assert desk.window.isVisible()  # at once, before the database is open
    qtbot.waitUntil(lambda: isinstance(desk.dialog, FirstRunDialog) and desk.dialog.isVisible())
    wizard: FirstRunDialog = desk.dialog
    assert "office.sqlite3" in desk.window.database_label_widget.text()

    _type(qtbot, wizard.login_edit, "admin")
    _type(qtbot, wizard.name_edit, "陳主任")
    _type(qtbot, wizard.password_edit, "short")
    qtbot.keyClick(wizard.confirm_edit, Qt.Key.Key_Return)
    assert wizard.error.text() == "密碼至少需要 8 個字元。" and wizard.focusWidget() is wizard.password_edit

    _type(qtbot, wizard.password_edit, "correct horse")
    _type(qtbot, wizard.confirm_edit, "correct hose")
    qtbot.keyClick(wizard.confirm_edit, Qt.Key.Key_Return)
    assert wizard.error.text() == "兩次輸入的密碼不一致，請重新輸入確認密碼。"
    assert wizard.confirm_edit.text() == "" and wizard.focusWidget() is wizard.confirm_edit

    with qtbot.waitSignal(desk.signed_in):
        _type(qtbot, wizard.confirm_edit, "correct horse")
        qtbot.keyClick(wizard.confirm_edit, Qt.Key.Key_Return)
    assert desk.window.user_label.text() == "陳主任（系統管理者．全部）"
    assert not wizard.isVisible()
    assert desk.window.current_page() is not None

    db = Database(str(path))
    try:
        with db.session() as s:
            assert auth.authenticate(s, "admin", "correct horse").role_label == "系統管理者"
    finally:
        db.dispose()


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_login_refuses_a_wrong_password_inline_then_signs_in(
    start_desk, qtbot, database: Database, world: World
) -> None:
    desk = start_desk(database.url)
    qtbot.waitUntil(lambda: isinstance(desk.dialog, LoginDialog) and desk.dialog.isVisible())
    login: LoginDialog = desk.dialog
    assert login.windowTitle() == "登入 NTIP Desk"

    _type(qtbot, login.login_edit, "clerk")
    _type(qtbot, login.password_edit, "office pass 2")
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: login.login_button.isEnabled())
    assert login.error.isVisible() and login.error.text() == "帳號或密碼不正確。"
    assert login.password_edit.text() == "" and login.focusWidget() is login.password_edit
    assert login.isVisible() and desk.window.user is None

    with qtbot.waitSignal(desk.signed_in) as signed:
        qtbot.keyClicks(login.password_edit, "office pass 1")
        qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    assert signed.args[0].login == "clerk"
    assert desk.window.user_label.text() == "林書記（區管中心承辦人．臺北市區管中心）"
    assert desk.window.current_page().title == "設定"


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_sign_out_returns_to_the_login_dialog(start_desk, qtbot, database: Database, world: World) -> None:
    desk = start_desk(database.url)
    qtbot.waitUntil(lambda: isinstance(desk.dialog, LoginDialog) and desk.dialog.isVisible())
    with qtbot.waitSignal(desk.signed_in):
        qtbot.keyClicks(desk.dialog.login_edit, "admin")
        qtbot.keyClicks(desk.dialog.password_edit, "correct horse")
        qtbot.keyClick(desk.dialog.password_edit, Qt.Key.Key_Return)
    desk.window.logout_action.trigger()
    assert desk.window.user is None and desk.window.pages == {}
    assert desk.window.user_label.text() == "尚未登入"
    assert isinstance(desk.dialog, LoginDialog) and desk.dialog.isVisible()


def _problem_box(desk: Desk) -> QMessageBox | None:
    box = desk.dialog
    return box if isinstance(box, QMessageBox) and box.isVisible() else None


def test_a_file_that_is_not_a_database_is_explained_and_left_untouched(start_desk, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "學員名單.sqlite3"
    content = "這不是資料庫，是一份文字檔。\n".encode() * 200
    path.write_bytes(content)
    desk = start_desk(str(path))
    qtbot.waitUntil(lambda: _problem_box(desk) is not None)
    box = _problem_box(desk)
    assert box.windowTitle() == "無法開啟資料庫"
    assert "學員名單.sqlite3" in box.text() and "不是資料庫檔，或已損毀" in box.text()
    assert [b.text() for b in box.buttons()] == ["選擇其他資料庫檔…", "結束"]
    with qtbot.waitSignal(desk.quit_requested):
        qtbot.mouseClick(desk.quit_button, Qt.MouseButton.LeftButton)
    assert path.read_bytes() == content


def test_after_a_database_problem_another_file_can_be_chosen(start_desk, qtbot, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"\x00not sqlite" * 100)
    desk = start_desk(str(bad))
    qtbot.waitUntil(lambda: _problem_box(desk) is not None)
    qtbot.mouseClick(desk.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(desk.dialog, QFileDialog) and desk.dialog.isVisible())
    chooser: QFileDialog = desk.dialog
    fresh = tmp_path / "fresh.sqlite3"
    chooser.selectFile(str(fresh))
    chooser.accept()
    qtbot.waitUntil(lambda: isinstance(desk.dialog, FirstRunDialog) and desk.dialog.isVisible())
    assert "fresh.sqlite3" in desk.window.database_label
    assert fresh.exists()
