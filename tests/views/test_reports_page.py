"""The 月報傳報 page as its two users work it: a school coordinator exports March from the laptop, the district
clerk registers that computer, opens the file, sees what importing would do and imports it; the same file a
second time changes nothing; a conflict is listed with both values; a coordinator has no import box; the clerk
makes a school computer's starter file and reads out its key fingerprint; the coordinator applies the office's
newer one."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from account_world import SCHOOL_KHH, SCHOOL_TPE, World
from attendance_world import AttendanceWorld, build_attendance_world
from course_world import add_course
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import func, select, update

from ntip_desktop.models import Course, CourseState, Enrollment
from ntip_desktop.services import packages
from ntip_desktop.services.db import Database
from ntip_desktop.services.rules.rocdate import local_today, roc_year
from ntip_desktop.views.main_window import MainWindow
from ntip_desktop.views.reports.dialogs import StarterDialog
from ntip_desktop.views.reports.page import ReportsPage
from ntip_desktop.views.tasks import TaskRunner

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)

MARCH = (2026, 3)


def settle(runner: TaskRunner) -> None:
    QApplication.processEvents()
    assert runner.wait_idle(30_000)
    QApplication.processEvents()


@pytest.fixture
def laptop(sqlite_template: Path, tmp_path: Path) -> Iterator[tuple[Database, AttendanceWorld]]:
    """The coordinator's laptop: its own SQLite file with 建國中學's course of 2026-03-02 and three teachers."""
    path = tmp_path / "laptop.sqlite3"
    shutil.copy(sqlite_template, path)
    db = Database(str(path))
    world = build_attendance_world(db, teachers=3)
    yield db, world
    db.dispose()


def _page(window: MainWindow, runner: TaskRunner, user: Any) -> ReportsPage:
    window.sign_in(user)
    page = window.show_page("reports")
    assert isinstance(page, ReportsPage)
    settle(runner)
    return page


def _choose_month(page: ReportsPage, month: tuple[int, int]) -> None:
    for combo in (page.first_month, page.last_month):
        combo.setCurrentIndex(combo.findData(month[0] * 100 + month[1]))


@pytest.fixture
def exported(laptop: tuple[Database, AttendanceWorld], qtbot: Any, tmp_path: Path) -> Path:
    """March exported from the laptop's 月報傳報 page, as the coordinator does it."""
    db, world = laptop
    runner = TaskRunner(db)
    window = MainWindow(runner)
    qtbot.addWidget(window)
    window.show()
    try:
        page = _page(window, runner, world.coordinator)
        assert page.org_field.text() == SCHOOL_TPE and page.org_field.isReadOnly()
        assert not page.import_box.isVisible()  # a school sends; the district office takes in
        _choose_month(page, MARCH)
        assert page.suggested_name() == f"傳報檔-{SCHOOL_TPE}-11503.zip"
        path = tmp_path / page.suggested_name()
        page.export_package_to(path)
        settle(runner)
        assert path.is_file()
        status = page.export_status.text()
        assert "課程 1 門" in status and "報名 3 筆" in status, status
    finally:
        window.close()
        runner.shutdown()
    return path


def test_the_clerk_registers_the_computer_previews_and_imports_march(
    exported: Path,
    laptop: tuple[Database, AttendanceWorld],
    window: MainWindow,
    runner: TaskRunner,
    world: World,
    database: Database,
) -> None:
    school = laptop[1]
    page = _page(window, runner, world.clerk)
    assert page.import_box.isVisible()

    page.open_package_at(exported)
    settle(runner)
    assert "尚未登錄" in page.summary.text() and "不能匯入" in page.summary.text()
    assert not page.import_button.isEnabled()  # an unknown computer's file is never applied

    page.register_computer()
    dialog = page.active_dialog
    dialog.line.setPlainText(packages.installation_line())  # type: ignore[union-attr]
    dialog.org.setText(SCHOOL_TPE)  # type: ignore[union-attr]
    dialog.memo.setText("教務處筆電")  # type: ignore[union-attr]
    dialog.buttons.accepted.emit()  # type: ignore[union-attr]
    settle(runner)
    assert not dialog.isVisible()  # type: ignore[union-attr]

    page.open_package_at(exported)
    settle(runner)
    assert "已登錄" in page.summary.text() and "新增" in page.summary.text()
    counts = {page.counts.text(r, 0): page.counts.text(r, 1) for r in range(page.counts.rowCount())}
    segments = str(len(school.course.segments))
    assert counts == {"課程": "1", "課程時段": segments, "報名": "3", "出缺席": "0"}
    deleted_column = [page.counts.headerData(c, Qt.Orientation.Horizontal) for c in range(7)].index("刪除")
    assert {page.counts.text(r, deleted_column) for r in range(page.counts.rowCount())} == {"0"}
    assert page.conflicts_label.text() == "沒有衝突。"
    assert page.import_button.isEnabled()

    page.import_now()
    settle(runner)
    assert "已匯入傳報檔" in page.summary.text()
    with database.session() as s:
        assert s.execute(select(func.count()).select_from(Enrollment)).scalar_one() == 3

    page.open_package_at(exported)
    settle(runner)
    assert "先前已匯入" in page.summary.text() and not page.import_button.isEnabled()


def test_a_record_both_sides_changed_is_listed_with_both_values(
    exported: Path,
    laptop: tuple[Database, AttendanceWorld],
    window: MainWindow,
    runner: TaskRunner,
    world: World,
    database: Database,
    tmp_path: Path,
) -> None:
    laptop_db, school = laptop
    with database.session() as s:
        packages.trust_installation(s, world.clerk, packages.installation_line(), SCHOOL_TPE)
        packages.import_package(s, world.clerk, exported)
    with database.session() as s:  # the office corrects the title …
        s.execute(update(Course).where(Course.id == school.course.id).values(title="辦公室改的名稱"))
    with laptop_db.session() as s:  # … and so does the school, differently
        s.execute(update(Course).where(Course.id == school.course.id).values(title="學校改的名稱"))
        second = packages.export_package(s, school.coordinator, SCHOOL_TPE, MARCH, tmp_path / "second.zip")
    page = _page(window, runner, world.clerk)
    page.open_package_at(second.path)
    settle(runner)
    rows = [[page.conflicts.text(r, c) for c in range(6)] for r in range(page.conflicts.rowCount())]
    assert [r[2:5] for r in rows] == [["研習名稱", "辦公室改的名稱", "學校改的名稱"]], rows
    assert rows[0][0] == "課程" and rows[0][1].startswith(school.course.code)
    assert page.conflicts_label.text().startswith("衝突 1 筆")


def _save_as(path: Path) -> None:
    """When the next modal file dialog shows, choose ``path`` in it (as the user types a name and saves)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.selectFile(str(path))
        dialog.accept()

    QTimer.singleShot(0, answer)


def _starter_dialog(page: ReportsPage, runner: TaskRunner) -> StarterDialog:
    page.starter_button.click()
    settle(runner)
    dialog = page.active_dialog
    assert isinstance(dialog, StarterDialog) and dialog.isVisible()
    return dialog


def test_the_clerk_makes_a_school_computers_starter_file(
    window: MainWindow, runner: TaskRunner, world: World, tmp_path: Path
) -> None:
    page = _page(window, runner, world.clerk)
    assert page.starter_button.isVisible()
    dialog = _starter_dialog(page, runner)
    schools = [dialog.school.itemText(i) for i in range(dialog.school.count())]
    assert schools == [f"{SCHOOL_TPE}　臺北市立建國高級中學"]  # the clerk's district only
    assert not any(SCHOOL_KHH in text for text in schools)
    assert dialog.login.currentText() == "coord"
    assert dialog.coordinator_name.text() != "—"

    path = tmp_path / "建中設定檔.zip"
    _save_as(path)
    dialog.buttons.accepted.emit()
    settle(runner)
    assert not dialog.isVisible()
    assert path.is_file()
    contents = packages.read_starter(path)
    assert (contents.organization_code, contents.coordinator_login) == (SCHOOL_TPE, "coord")
    box = page.active_dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert str(path) in box.text()
    assert contents.fingerprint in box.informativeText()
    assert "區管中心金鑰指紋" in box.informativeText() and "逐組核對" in box.informativeText()
    box.close()


def test_a_wrong_login_is_named_and_nothing_is_written(
    window: MainWindow, runner: TaskRunner, world: World, tmp_path: Path
) -> None:
    page = _page(window, runner, world.clerk)
    dialog = _starter_dialog(page, runner)
    dialog.login.setEditText("nobody")
    assert dialog.coordinator_name.text() == "—"
    path = tmp_path / "設定檔.zip"
    _save_as(path)
    dialog.buttons.accepted.emit()
    settle(runner)
    assert dialog.isVisible()
    assert dialog.error.text() == "承辦人帳號：查無帳號 nobody。"
    assert not path.exists()
    dialog.reject()


def test_a_coordinator_has_no_starter_button(window: MainWindow, runner: TaskRunner, world: World) -> None:
    page = _page(window, runner, world.coordinator)
    assert not page.starter_button.isVisible()


def test_the_coordinator_applies_the_offices_newer_starter_file(
    database: Database, world: World, sqlite_template: Path, qtbot: Any, tmp_path: Path
) -> None:
    """The office ("database") started the laptop from a first file, then entered an approved course for the
    school and made a second file: the coordinator applies it from the laptop's page and reads what changed."""
    with database.session() as s:
        first = packages.export_starter(
            s, world.clerk, org_code=SCHOOL_TPE, coordinator_login="coord", out_path=tmp_path / "設定檔-1.zip"
        ).path
    path = tmp_path / "laptop.sqlite3"
    shutil.copy(sqlite_template, path)
    laptop = Database(str(path))
    with laptop.session() as s:
        coordinator = packages.start_from_starter(s, first, password="laptop pass 1")
    add_course(database, code="1150000091", title="區管中心代建的研習", state=CourseState.APPROVED)
    with database.session() as s:
        second = packages.export_starter(
            s, world.clerk, org_code=SCHOOL_TPE, coordinator_login="coord", out_path=tmp_path / "設定檔-2.zip"
        ).path

    runner = TaskRunner(laptop)
    window = MainWindow(runner)
    qtbot.addWidget(window)
    window.show()
    try:
        page = _page(window, runner, coordinator)
        assert page.refresh_button.isVisible() and "(&A)" in page.refresh_button.text()
        _save_as(second)  # the file chosen in the open dialog
        page.refresh_button.click()
        settle(runner)
        box = page.active_dialog
        assert isinstance(box, QMessageBox) and box.isVisible()
        text = box.text()
        assert "臺北市立建國高級中學的區管中心設定檔" in text and "已套用" in text
        assert f"（{roc_year(local_today())}/" in text  # made today, in ROC form
        assert "新增區管中心建立的課程 1 門" in text
        box.close()
        with laptop.session() as s:
            assert (
                s.execute(select(Course.title).where(Course.code == "1150000091")).scalar_one() == "區管中心代建的研習"
            )
    finally:
        window.close()
        runner.shutdown()
        laptop.dispose()


def test_the_clerk_has_no_refresh_button(window: MainWindow, runner: TaskRunner, world: World) -> None:
    page = _page(window, runner, world.clerk)
    assert not page.refresh_button.isVisible()
