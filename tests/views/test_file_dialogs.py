"""Issue 14 items 8 and 9: Qt's file dialog reads in Chinese; save and open dialogs start in the Documents
folder and then in the folder used last."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from account_world import World
from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QLabel

from ntip_desktop.views.app import install_translations, remove_translations
from ntip_desktop.views.main_window import MainWindow
from ntip_desktop.views.qt_strings import SUPPLIED
from ntip_desktop.views.settings.page import SettingsPage
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.file_dialogs import ask_open_path, ask_save_path, save_dialog


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of the test's own, with a Documents folder (as every desktop has)."""
    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))  # no user-dirs.dirs: ~/Documents it is
    return folder


def _labels(dialog: QFileDialog) -> dict[str, str]:
    return {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}


@pytest.mark.parametrize("language", ["zh_TW", "de_DE"])
def test_the_file_dialog_reads_in_chinese(qapp: QApplication, qtbot: Any, tmp_path: Path, language: str) -> None:
    """Qt's zh_TW catalogue leaves 'Look in:', 'Files of type:' and the kind 'Folder' in English; ours fills
    them, also on a system whose language we ship nothing for (the program is Chinese there too)."""
    (tmp_path / "名單").mkdir()
    (tmp_path / "名單.csv").write_text("A123456789\n", encoding="utf-8")
    install_translations(qapp, QLocale(language))
    try:
        dialog = QFileDialog(None, "選擇名單檔", str(tmp_path), "名單 (*.csv)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        labels = _labels(dialog)
        assert labels["lookInLabel"] == "尋找於(&L)："
        assert labels["fileNameLabel"] == "檔名(&N)："
        assert labels["fileTypeLabel"] == "檔案型態(&T)："
        model = dialog.findChild(QFileSystemModel)
        assert model is not None
        folder = model.index(str(tmp_path / "名單"))
        qtbot.waitUntil(lambda: model.index(folder.row(), 2, folder.parent()).data() is not None)
        assert model.index(folder.row(), 2, folder.parent()).data() == "資料夾"
    finally:
        remove_translations(qapp)


def test_every_qt_string_we_supply_has_its_chinese(qapp: QApplication) -> None:
    install_translations(qapp, QLocale("zh_TW"))
    try:
        untranslated = [(c, s) for c, s in SUPPLIED if QCoreApplication.translate(c, s) == s]
        assert untranslated == []
    finally:
        remove_translations(qapp)


def test_in_english_the_file_dialog_stays_english(qapp: QApplication, qtbot: Any, tmp_path: Path) -> None:
    install_translations(qapp, QLocale("en"))
    try:
        dialog = QFileDialog(None, "Open", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        assert _labels(dialog)["lookInLabel"] == "&Look in:"
    finally:
        remove_translations(qapp)


def _answer(qtbot: Any, answer: Callable[[QFileDialog], None]) -> list[Path]:
    """When the next modal file dialog shows: note the folder it starts in, then ``answer`` it."""
    seen: list[Path] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, check)
            return
        seen.append(Path(dialog.directory().absolutePath()))
        answer(dialog)

    QTimer.singleShot(0, check)
    return seen


def _save_as(name: str) -> Callable[[QFileDialog], None]:
    def answer(dialog: QFileDialog) -> None:
        dialog.selectFile(name)
        dialog.accept()

    return answer


def test_a_save_dialog_starts_in_documents_then_where_the_user_saved_last(
    qapp: QApplication, qtbot: Any, home: Path
) -> None:
    elsewhere = home / "公文" / "115"
    elsewhere.mkdir(parents=True)
    seen = _answer(qtbot, _save_as(str(elsewhere / "申請表.pdf")))
    assert ask_save_path(None, "儲存申請表 PDF", "B1150000001.pdf", "PDF 檔 (*.pdf)") == elsewhere / "申請表.pdf"
    assert seen == [home / "Documents"]

    seen = _answer(qtbot, lambda dialog: dialog.reject())
    assert ask_save_path(None, "儲存申請表 PDF", "B1150000002.pdf", "PDF 檔 (*.pdf)") is None
    assert seen == [elsewhere]


def test_the_suggested_name_is_filled_in_and_the_extension_added(qapp: QApplication, qtbot: Any, home: Path) -> None:
    dialog = save_dialog(None, "匯出課程清單", "課程清單.xlsx", "Excel 活頁簿 (*.xlsx)")
    qtbot.addWidget(dialog)
    assert dialog.directory().absolutePath() == str(home / "Documents")
    assert dialog.defaultSuffix() == "xlsx"
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    assert [Path(p).name for p in dialog.selectedFiles()] == ["課程清單.xlsx"]


def test_an_open_dialog_remembers_its_own_folder(qapp: QApplication, qtbot: Any, home: Path) -> None:
    downloads = home / "Downloads"
    downloads.mkdir()
    roster = downloads / "名單.csv"
    roster.write_text("A123456789\n", encoding="utf-8")
    seen = _answer(qtbot, _save_as(str(roster)))
    assert ask_open_path(None, "選擇名單檔", "名單 (*.xlsx *.csv)") == roster
    assert seen == [home / "Documents"]
    seen = _answer(qtbot, lambda dialog: dialog.reject())
    assert ask_open_path(None, "選擇名單檔", "名單 (*.xlsx *.csv)") is None
    assert seen == [downloads]
    seen = _answer(qtbot, lambda dialog: dialog.reject())
    assert ask_save_path(None, "儲存", "x.pdf", "PDF 檔 (*.pdf)") is None
    assert seen == [home / "Documents"], "saving has its own folder"


def test_a_remembered_folder_that_is_gone_falls_back_to_documents(qapp: QApplication, qtbot: Any, home: Path) -> None:
    gone = home / "隨身碟"
    gone.mkdir()
    _answer(qtbot, _save_as(str(gone / "規則.pdf")))
    assert ask_save_path(None, "列印規則參數", "規則參數.pdf", "PDF 檔 (*.pdf)") == gone / "規則.pdf"
    gone.rmdir()
    seen = _answer(qtbot, lambda dialog: dialog.reject())
    ask_save_path(None, "列印規則參數", "規則參數.pdf", "PDF 檔 (*.pdf)")
    assert seen == [home / "Documents"]


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_printing_the_rules_saves_into_documents_by_default(
    window: MainWindow, world: World, runner: TaskRunner, qtbot: Any, home: Path
) -> None:
    """The page's own button, as a clerk uses it: accept the suggested name, the PDF lands in Documents."""
    window.sign_in(world.clerk)
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    assert runner.wait_idle()
    seen = _answer(qtbot, lambda dialog: dialog.accept())
    page.print_rules_button.click()
    assert runner.wait_idle()
    assert seen == [home / "Documents"]
    assert (home / "Documents" / "規則參數.pdf").stat().st_size > 1000


@pytest.fixture(autouse=True)
def _no_dialog_left(qapp: QApplication) -> Iterator[None]:
    yield
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, QFileDialog) and widget.isVisible():
            widget.reject()
