"""Issue 14 item 10: Help → 使用手冊 (F1) shows the manual in the program, at the chapter of the page on screen."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from account_world import World
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument

from ntip_desktop import manual
from ntip_desktop.views.main_window import MainWindow
from ntip_desktop.views.manual_window import ManualWindow
from ntip_desktop.views.tasks import TaskRunner

on_sqlite = pytest.mark.parametrize("database", ["sqlite"], indirect=True)
#: The manual window is brought forward; Qt's offscreen platform cannot raise a window and says so (the one
#: marker pytest-qt reads replaces conftest's, so it repeats conftest's pattern).
raising = pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)", r"This plugin does not support propagateSizeHints\(\)"
)

DOCS = Path(__file__).resolve().parent.parent.parent / "docs" / "manual"


def _images(window: ManualWindow) -> list[str]:
    """The images the shown chapter displays that Qt could load."""
    document = window.text.document()
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            image = it.fragment().charFormat().toImageFormat()
            if image.isValid() and document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image.name())):
                found.append(Path(QUrl(image.name()).toLocalFile()).name)
            it += 1
        block = block.next()
    return found


@on_sqlite
@raising
def test_f1_opens_the_chapter_of_the_page_on_screen(
    window: MainWindow, world: World, runner: TaskRunner, qtbot: Any
) -> None:
    window.sign_in(world.clerk)
    window.show_page("accounts")
    assert runner.wait_idle()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    shown = window.manual_window
    assert shown is not None and shown.isVisible()
    assert shown.text.toPlainText().startswith("帳號審核")
    assert "按 Ctrl+F（或 F2），輸入或用條碼槍掃描申請表上的申請編號" in shown.text.toPlainText()
    assert _images(shown) == ["accounts-desk.png", "main-window.png"]  # the fax desk, then 稽核紀錄
    assert shown.contents.currentItem().text() == "帳號審核（區管中心傳真桌）"
    chapters = [c.title for c in manual.chapters(DOCS)]
    assert shown.chapter_titles() == ["目錄", *chapters]

    window.show_page("courses")
    assert runner.wait_idle()
    assert window.show_manual() is shown, "one manual window, brought forward"
    assert shown.text.toPlainText().startswith("課程審核")
    assert _images(shown) == ["courses-desk.png", "courses-desk-coordinator.png"]


@on_sqlite
@raising
def test_without_a_chapter_for_the_page_the_contents_show_and_its_links_work(
    window: MainWindow, world: World, runner: TaskRunner, qtbot: Any
) -> None:
    window.sign_in(world.admin)
    window.show_page("audit")
    assert runner.wait_idle()
    shown = window.show_manual()
    assert shown.text.toPlainText().startswith("NTIP Desk 使用手冊")
    assert shown.contents.currentRow() == 0
    shown.follow(QUrl.fromLocalFile(str(DOCS / "attendance.md")))
    assert shown.text.toPlainText().startswith("出席登錄")
    assert shown.contents.currentItem().text().startswith("出席登錄")
    shown.contents.setCurrentRow(1)
    assert shown.text.toPlainText().startswith("帳號審核")


def test_screenshots_fit_the_text_column(qtbot: Any) -> None:
    shown = ManualWindow(DOCS)
    qtbot.addWidget(shown)
    shown.resize(900, 700)
    shown.show()
    qtbot.waitExposed(shown)
    shown.show_chapter("accounts")
    html = shown.text.toHtml()
    width = int(html.split('width="')[1].split('"')[0])
    assert 320 <= width <= shown.text.viewport().width()


def test_a_chapter_added_later_is_listed_without_a_code_change(qtbot: Any, tmp_path: Path) -> None:
    folder = tmp_path / "docs" / "manual"
    shutil.copytree(DOCS, folder)
    shutil.copytree(DOCS.parent / "screenshots", tmp_path / "docs" / "screenshots")
    shown = ManualWindow(folder)
    qtbot.addWidget(shown)
    before = shown.chapter_titles()
    (folder / "glossary.md").write_text("# 名詞解釋\n\n常用的名詞。\n", encoding="utf-8")
    with (folder / "README.md").open("a", encoding="utf-8") as readme:
        readme.write("\n- [名詞解釋](glossary.md)\n")
    shown.reload()
    assert shown.chapter_titles() == [*before, "名詞解釋"]
    shown.show_chapter("glossary")
    assert shown.text.toPlainText().startswith("名詞解釋")


def test_a_missing_manual_is_said_plainly(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(manual, "SEARCH_PATH", (tmp_path / "docs" / "manual",))
    shown = ManualWindow()
    qtbot.addWidget(shown)
    shown.show_chapter("accounts")
    assert "找不到使用手冊檔案" in shown.text.toPlainText()
    assert shown.chapter_titles() == []


@on_sqlite
@raising
def test_f1_on_the_settings_page_opens_the_chapter_on_managing_users(
    window: MainWindow, world: World, runner: TaskRunner, qtbot: Any
) -> None:
    window.sign_in(world.admin)
    window.show_page("settings")
    assert runner.wait_idle()
    shown = window.show_manual()
    text = shown.text.toPlainText()
    assert text.startswith("設定")
    assert "重設密碼…" in text and "最後一位系統管理者不能停用" in text
    assert shown.contents.currentItem().text() == "設定與使用者管理（每個人；使用者管理限系統管理者）"
