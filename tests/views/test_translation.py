"""An English build: with the English catalogue installed, the windows built afterwards read in English."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from account_world import World
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QToolButton

from ntip_desktop import i18n
from ntip_desktop.views.accounts.page import AccountsPage
from ntip_desktop.views.app import install_translations, remove_translations, ui_locale
from ntip_desktop.views.login import LoginDialog
from ntip_desktop.views.main_window import MainWindow
from ntip_desktop.views.tasks import TaskRunner

on_sqlite = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    installed = install_translations(qapp, QLocale("en"))
    assert installed, "ntip_en.qm ships in ntip_desktop/translations"
    yield
    remove_translations(qapp)


@pytest.fixture
def english_window(english: None, runner: TaskRunner, qtbot: Any) -> MainWindow:
    w = MainWindow(runner)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@on_sqlite
def test_the_page_list_and_menus_read_in_english(english_window: MainWindow) -> None:
    nav = english_window.nav
    titles = [nav.item(i).text() for i in range(nav.count())]
    assert titles[0] == "Account review"
    assert titles[-2:] == ["Settings", "Statistics"]
    assert nav.item(0).toolTip() == "Account review (Ctrl+1)"
    menus = [a.text() for a in english_window.menuBar().actions()]
    assert menus == ["&File", "&Help"]


@on_sqlite
def test_the_fax_desk_reads_in_english(english_window: MainWindow, world: World, runner: TaskRunner) -> None:
    english_window.sign_in(world.clerk)
    page = english_window.show_page("accounts")
    assert isinstance(page, AccountsPage)
    assert runner.wait_idle(20_000)
    buttons = {b.text() for b in page.findChildren(QToolButton) if b.isVisibleTo(page)}
    assert {"Receive", "Approve", "Return for correction", "Reject", "Refresh", "New application"} <= buttons
    header = page.table.model().headerData(0, Qt.Orientation.Horizontal)
    assert header == "Application no."
    assert english_window.nav.currentItem().text() == "Account review"


@on_sqlite
def test_the_sign_in_dialog_reads_in_english(english: None, runner: TaskRunner, qtbot: Any) -> None:
    dialog = LoginDialog(runner)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Sign in to NTIP Desk"
    assert dialog.login_button.text() == "Sign in"
    assert dialog.quit_button.text() == "Quit"


@on_sqlite
def test_without_a_catalogue_the_program_is_chinese(qapp: QApplication, runner: TaskRunner, qtbot: Any) -> None:
    """A language we ship nothing for (German) falls back to the zh-TW source, with Qt's Chinese buttons."""
    try:
        install_translations(qapp, QLocale("de_DE"))
        dialog = LoginDialog(runner)
        qtbot.addWidget(dialog)
        assert dialog.login_button.text() == "登入"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "").startswith("取消")
    finally:
        remove_translations(qapp)


def test_ntip_lang_chooses_the_language(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NTIP_LANG", "en")
    assert ui_locale().language() is QLocale.Language.English
    try:
        install_translations(qapp)
        assert i18n.translate("pages", "設定") == "Settings"
    finally:
        remove_translations(qapp)
    assert i18n.translate("pages", "設定") == "設定"
