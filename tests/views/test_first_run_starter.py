"""First run on a school computer: 「以學校設定檔開始（學校電腦）」 picks the office's starter file, shows the school,
the coordinator's login and the office key's fingerprint, asks the password twice and signs the coordinator in
(docs/packages.md 「學校電腦的第一次啟動」). A file that is not whole, or a database that holds data, is refused in
Chinese and nothing is written."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from account_world import SCHOOL_TPE
from attendance_world import build_attendance_world
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from ntip_desktop.models import Course, Organization, OrgKind, Ownership
from ntip_desktop.services import auth, packages
from ntip_desktop.services.db import Database
from ntip_desktop.views.first_run import FirstRunDialog
from ntip_desktop.views.startup import Desk


@pytest.fixture
def starter_file(sqlite_template: Path, tmp_path: Path) -> packages.StarterExported:
    """The office (a database of its own) writes 建國中學's starter file for its coordinator ``coord``."""
    path = tmp_path / "office.sqlite3"
    shutil.copy(sqlite_template, path)
    office = Database(str(path))
    try:
        world = build_attendance_world(office, teachers=3)
        with office.session() as s:
            return packages.export_starter(
                s, world.clerk, org_code=SCHOOL_TPE, coordinator_login="coord", out_path=tmp_path / "建國中學.zip"
            )
    finally:
        office.dispose()


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


def _first_run(qtbot, desk: Desk) -> FirstRunDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(desk.dialog, FirstRunDialog) and desk.dialog.isVisible())
    assert isinstance(desk.dialog, FirstRunDialog)
    return desk.dialog


def _pick(monkeypatch: pytest.MonkeyPatch, qtbot, wizard: FirstRunDialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Click 「以學校設定檔開始」 and choose ``path`` in the file dialog."""
    monkeypatch.setattr("ntip_desktop.views.first_run.ask_open_path", lambda *args: path)
    qtbot.mouseClick(wizard.starter_button, Qt.MouseButton.LeftButton)


def _count(path: Path, model: type) -> int:
    db = Database(str(path))
    try:
        with db.session() as s:
            return s.execute(select(func.count()).select_from(model)).scalar_one()
    finally:
        db.dispose()


def test_a_school_computer_starts_from_the_starter_file_and_the_coordinator_is_signed_in(
    start_desk, qtbot, tmp_path: Path, starter_file: packages.StarterExported, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = tmp_path / "學校.sqlite3"
    desk = start_desk(str(laptop))
    wizard = _first_run(qtbot, desk)
    assert wizard.starter_button.text() == "以學校設定檔開始（學校電腦）…"

    _pick(monkeypatch, qtbot, wizard, starter_file.path)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1)
    assert wizard.organization_value.text() == f"臺北市立建國高級中學（{SCHOOL_TPE}）"
    assert wizard.coordinator_value.text() == "coord（王組長）"
    assert wizard.fingerprint_value.text() == starter_file.fingerprint
    assert wizard.focusWidget() is wizard.starter_password

    qtbot.keyClicks(wizard.starter_password, "laptop pass 1")
    qtbot.keyClick(wizard.starter_password, Qt.Key.Key_Return)
    qtbot.keyClicks(wizard.starter_confirm, "laptop pass 2")
    qtbot.keyClick(wizard.starter_confirm, Qt.Key.Key_Return)
    assert wizard.starter_error.text() == "兩次輸入的密碼不一致，請重新輸入確認密碼。"
    assert _count(laptop, Organization) == 0

    with qtbot.waitSignal(desk.signed_in, timeout=20_000):
        qtbot.keyClicks(wizard.starter_confirm, "laptop pass 1")
        qtbot.keyClick(wizard.starter_confirm, Qt.Key.Key_Return)
    assert desk.window.user_label.text() == "王組長（學校研習承辦人．臺北市立建國高級中學）"
    page = desk.window.current_page()
    assert page is not None and page.title == "課程審核"  # its courses, not the page last used on this computer
    assert not wizard.isVisible()
    desk.runner.wait_idle(10_000)
    db = Database(str(laptop))
    try:
        with db.session() as s:
            assert auth.authenticate(s, "coord", "laptop pass 1").scope_label == "臺北市立建國高級中學"
            assert s.execute(select(Course.code)).scalars().all() == ["115T0001"]
    finally:
        db.dispose()


def test_a_tampered_file_is_refused_in_chinese_and_nothing_written(
    start_desk, qtbot, tmp_path: Path, starter_file: packages.StarterExported, monkeypatch: pytest.MonkeyPatch
) -> None:
    tampered = tmp_path / "改過.zip"
    with zipfile.ZipFile(starter_file.path) as old, zipfile.ZipFile(tampered, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(info.filename, data.replace("王組長".encode(), "李組長".encode()))
    laptop = tmp_path / "學校.sqlite3"
    desk = start_desk(str(laptop))
    wizard = _first_run(qtbot, desk)
    _pick(monkeypatch, qtbot, wizard, tampered)
    qtbot.waitUntil(lambda: wizard.error.isVisible())
    assert "學校設定檔未通過驗證" in wizard.error.text() and "雜湊值不符" in wizard.error.text()
    assert wizard.pages.currentIndex() == 0 and wizard.starter_button.isEnabled()

    not_starter = tmp_path / "筆記.zip"
    not_starter.write_text("just text", encoding="utf-8")
    _pick(monkeypatch, qtbot, wizard, not_starter)
    qtbot.waitUntil(lambda: "不是學校設定檔" in wizard.error.text())
    desk.runner.wait_idle(10_000)
    assert _count(laptop, Organization) == 0


def test_a_database_that_holds_data_is_refused_and_nothing_written(
    start_desk, qtbot, tmp_path: Path, starter_file: packages.StarterExported, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = tmp_path / "舊的.sqlite3"
    db = Database(str(laptop))
    try:
        db.upgrade(backup=False)
        with db.session() as s:  # data, but no user yet (the first run still comes)
            s.add(Organization(code="999999", name="別的學校", kind=OrgKind.ELEMENTARY, ownership=Ownership.PRIVATE))
    finally:
        db.dispose()
    desk = start_desk(str(laptop))
    wizard = _first_run(qtbot, desk)
    _pick(monkeypatch, qtbot, wizard, starter_file.path)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1)
    qtbot.keyClicks(wizard.starter_password, "laptop pass 1")
    qtbot.keyClicks(wizard.starter_confirm, "laptop pass 1")
    qtbot.mouseClick(wizard.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.starter_error.isVisible())
    assert "已有資料" in wizard.starter_error.text() and wizard.start_button.isEnabled()
    desk.runner.wait_idle(10_000)
    assert _count(laptop, Organization) == 1
