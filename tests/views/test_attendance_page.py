"""The 出席登錄 page as a coordinator, a clerk and certificate staff use it: open a course, type codes, paste a
block, undo, see the hours and their explanation, add teachers, print the sign-in sheet, award."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from attendance_world import AttendanceWorld, SegmentSpec, add_course, build_attendance_world
from pdf_reading import pdf_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from ntip_desktop.models import Absence, AbsenceReason, Course, CourseState, Enrollment, HourAward, Segment, Teacher
from ntip_desktop.services.db import Database
from ntip_desktop.views.attendance.grid_model import FIRST_SEGMENT, HOURS, STATUS, AttendanceGridModel
from ntip_desktop.views.attendance.page import AttendancePage
from ntip_desktop.views.main_window import MainWindow
from ntip_desktop.views.tasks import TaskRunner

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)

#: The world's course: S1 09:00–10:30, 茶敘, S2 10:40–12:10, 午休, S3 13:10–14:40 (columns in that order).
S1, TEA, S2, LUNCH, S3 = (FIRST_SEGMENT + i for i in range(5))


@dataclass
class Desk:
    page: AttendancePage
    window: MainWindow
    runner: TaskRunner
    database: Database
    world: AttendanceWorld
    errors: list[str]

    @property
    def grid(self) -> AttendanceGridModel:
        return self.page.grid_model

    def settle(self) -> None:
        """Let queued events run (Enter commits a cell through a queued call), then every task finish."""
        QApplication.processEvents()
        assert self.runner.wait_idle(20_000)
        QApplication.processEvents()

    def cell(self, row: int, column: int) -> str:
        return str(self.grid.data(self.grid.index(row, column)) or "")

    def hours(self, row: int) -> tuple[str, str]:
        return self.cell(row, HOURS), self.cell(row, STATUS)

    def absences(self) -> dict[tuple[int, str], tuple[int, AbsenceReason]]:
        """(seat, segment label) → (minutes, reason), as stored."""
        with self.database.session() as s:
            rows = s.execute(
                select(Enrollment.seat_no, Segment.label, Absence.minutes, Absence.reason)
                .join(Enrollment, Enrollment.id == Absence.enrollment_id)
                .join(Segment, Segment.id == Absence.segment_id)
                .where(Enrollment.course_id == self.world.course.id)
            ).all()
        return {(seat, label): (minutes, reason) for seat, label, minutes, reason in rows}

    def go(self, row: int, column: int) -> None:
        if QApplication.activeWindow() is not self.window:  # e.g. after a message box closed
            self.window.activateWindow()
            assert QTest.qWaitForWindowActive(self.window)
        view = self.page.grid_view
        view.setFocus()
        view.setCurrentIndex(self.grid.index(row, column))

    def type_code(self, qtbot: Any, row: int, column: int, code: str) -> None:
        """As a person types: the first key opens the cell's editor, the rest goes into it, Enter commits."""
        self.go(row, column)
        qtbot.keyClicks(self.page.grid_view, code[0])
        editor = QApplication.focusWidget()
        assert editor is not None and editor is not self.page.grid_view
        qtbot.keyClicks(editor, code[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        self.settle()


def _desk(window: MainWindow, world: AttendanceWorld, runner: TaskRunner, database: Database, user: Any) -> Desk:
    errors: list[str] = []
    runner.presenter = lambda exc: errors.append(exc.message)
    window.sign_in(user)
    page = window.show_page("attendance")
    assert isinstance(page, AttendancePage)
    desk = Desk(page, window, runner, database, world, errors)
    desk.settle()
    window.activateWindow()
    return desk


def _open(desk: Desk, qtbot: Any, code: str) -> None:
    page = desk.page
    with qtbot.waitSignal(page.detail_shown, timeout=10_000):
        qtbot.keyClicks(page.code_field, code)
        qtbot.keyClick(page.code_field, Qt.Key.Key_Return)
    desk.settle()


@pytest.fixture
def att_world(database: Database) -> AttendanceWorld:
    return build_attendance_world(database, teachers=4)


@pytest.fixture
def desk(window: MainWindow, att_world: AttendanceWorld, runner: TaskRunner, database: Database, qtbot: Any) -> Desk:
    d = _desk(window, att_world, runner, database, att_world.coordinator)
    _open(d, qtbot, att_world.course.code.lower())
    return d


def test_the_course_opens_with_teachers_segments_and_hours(desk: Desk) -> None:
    page, grid = desk.page, desk.grid
    assert desk.world.course.code in page.heading.text() and "4 位學員" in page.heading.text()
    assert grid.rowCount() == 4 and grid.columnCount() == FIRST_SEGMENT + 5
    assert [desk.cell(r, 1) for r in range(4)] == list(desk.world.teacher_names)
    assert desk.cell(0, 0) == "1"  # the row code of the sign-in sheet
    header = grid.headerData(LUNCH, Qt.Orientation.Horizontal)
    assert "12:10–13:10" in header and "午休" in header
    # Lunch and the tea break are shown but cannot be marked; instruction cells can.
    assert not grid.flags(grid.index(0, LUNCH)) & Qt.ItemFlag.ItemIsEditable
    assert grid.flags(grid.index(0, S1)) & Qt.ItemFlag.ItemIsEditable
    assert desk.hours(0) == ("6", "核給時數")  # three 90-minute blocks: 2 hours each
    assert QApplication.focusWidget() is page.grid_view


def test_typing_codes_saves_them_moves_down_and_updates_hours_and_trace(desk: Desk, qtbot: Any) -> None:
    desk.type_code(qtbot, 0, S1, "l30")
    assert desk.errors == [] and desk.page.grid_message.text() == ""
    assert desk.cell(0, S1) == "L30"
    assert desk.page.grid_view.currentIndex().row() == 1  # Enter went down, as in a spreadsheet
    assert desk.absences() == {(1, "S1"): (30, AbsenceReason.LEAVE)}
    assert desk.hours(0) == ("5", "核給時數")  # 60 of 90 minutes: 1 hour instead of 2
    desk.go(0, S1)
    desk.settle()
    trace = desk.page.trace.toPlainText()
    assert desk.world.teacher_names[0] in trace and "本課程採計 5 小時" in trace

    desk.type_code(qtbot, 1, S2, "A")
    desk.type_code(qtbot, 1, S3, "A")
    assert desk.hours(1) == ("0", "曠課達三分之一不予核給")  # 180 of 270 minutes unexcused


def test_a_bad_code_or_a_non_instruction_segment_is_refused_with_the_cell_named(desk: Desk, qtbot: Any) -> None:
    desk.type_code(qtbot, 2, S1, "L95")
    assert desk.absences() == {}
    assert desk.page.grid_view.currentIndex().row() == 2  # still on the refused cell
    message = desk.page.grid_message.text()
    assert "座號 3" in message and desk.world.teacher_names[2] in message and "90" in message
    desk.page.paste_text("A")  # current cell is still S1 of row 3: fine
    desk.settle()
    desk.go(0, TEA)
    desk.page.paste_text("A")
    assert "茶敘" in desk.page.grid_message.text() and "不能登錄出缺席" in desk.page.grid_message.text()
    assert desk.absences() == {(3, "S1"): (90, AbsenceReason.UNEXCUSED)}


def test_paste_a_block_from_excel_then_undo_and_redo(desk: Desk, qtbot: Any) -> None:
    desk.go(1, S1)
    QGuiApplication.clipboard().setText("A\t\tL30\r\nL\t\t\r\n")  # two rows × three columns (S1, 茶敘, S2)
    qtbot.keyClick(desk.page.grid_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    desk.settle()
    stored = {
        (2, "S1"): (90, AbsenceReason.UNEXCUSED),
        (2, "S2"): (30, AbsenceReason.LEAVE),
        (3, "S1"): (90, AbsenceReason.LEAVE),
    }
    assert desk.absences() == stored
    assert [desk.cell(1, c) for c in (S1, TEA, S2)] == ["A", "", "L30"]
    assert desk.hours(2) == ("4", "核給時數")

    qtbot.keyClick(desk.page.grid_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    desk.settle()
    assert desk.absences() == {} and desk.cell(1, S1) == "" and desk.hours(2) == ("6", "核給時數")
    qtbot.keyClick(desk.page.grid_view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    desk.settle()
    assert desk.absences() == stored and desk.cell(2, S1) == "L"


def test_a_paste_of_the_wrong_shape_changes_nothing(desk: Desk) -> None:
    desk.go(3, S1)
    desk.page.paste_text("A\nA\n")  # two rows from the last row
    assert "2 列" in desk.page.grid_message.text() and "沒有貼上任何資料" in desk.page.grid_message.text()
    desk.go(0, S3)
    desk.page.paste_text("A\tA")  # two columns from the last segment
    assert desk.absences() == {}


def test_delete_clears_the_selected_cells(desk: Desk, qtbot: Any) -> None:
    desk.type_code(qtbot, 0, S1, "A")
    desk.go(0, S1)
    qtbot.keyClick(desk.page.grid_view, Qt.Key.Key_Delete)
    desk.settle()
    assert desk.absences() == {} and desk.cell(0, S1) == ""


def test_rest_present_marks_the_roll_without_touching_codes(desk: Desk, qtbot: Any) -> None:
    desk.type_code(qtbot, 0, S1, "L")
    desk.go(1, S1)
    qtbot.keyClick(desk.page.grid_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    desk.settle()
    assert [desk.cell(r, S1) for r in range(4)] == ["L", "✓", "✓", "✓"]
    assert desk.cell(1, S2) == ""
    with desk.database.session() as s:
        taken = dict(
            s.execute(select(Segment.label, Segment.roll_taken).where(Segment.course_id == desk.world.course.id)).all()
        )
    assert taken["S1"] and not taken["S2"]
    assert desk.absences() == {(1, "S1"): (90, AbsenceReason.LEAVE)}


def test_jump_to_a_seat_from_the_paper_sheet(desk: Desk, qtbot: Any) -> None:
    desk.go(0, S2)
    qtbot.keyClick(desk.page, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is desk.page.seat_field
    qtbot.keyClicks(desk.page.seat_field, "3")
    qtbot.keyClick(desk.page.seat_field, Qt.Key.Key_Return)
    current = desk.page.grid_view.currentIndex()
    assert (current.row(), current.column()) == (2, S2)
    assert QApplication.focusWidget() is desk.page.grid_view


def test_the_grid_model_passes_qts_model_tester(desk: Desk, qtmodeltester: Any) -> None:
    qtmodeltester.check(desk.grid, force_py=True)


def test_a_second_course_the_same_day_is_cut_by_the_six_hour_cap_and_the_trace_names_the_first(
    window: MainWindow, att_world: AttendanceWorld, runner: TaskRunner, database: Database, qtbot: Any
) -> None:
    evening = add_course(
        database,
        code="115T0002",
        title="夜間閱讀策略研習",
        teacher_ids=att_world.course.teachers[:1],
        segments=(SegmentSpec("E1", "18:00", "20:00", topic="閱讀理解策略"),),
    )
    d = _desk(window, att_world, runner, database, att_world.coordinator)
    _open(d, qtbot, evening.code)
    assert d.hours(0) == ("0", "受每日／每週上限減列")
    d.go(0, FIRST_SEGMENT)
    d.settle()
    trace = d.page.trace.toPlainText()
    assert "115T0001" in trace and "6" in trace


def test_add_a_known_teacher_by_id_and_a_new_one_with_name_and_school(
    desk: Desk, qtbot: Any, database: Database
) -> None:
    page = desk.page
    with database.session() as s:
        known = Teacher(national_id="B123456780", name="陳老師", organization_id=None)
        s.add(known)
    qtbot.keyClick(page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.id_field
    qtbot.keyClicks(page.id_field, "A123456788")
    assert "檢查碼" in page.id_message.text() or page.id_message.text()  # the checksum fails at once
    page.id_field.clear()
    qtbot.keyClicks(page.id_field, "b123456780")
    qtbot.keyClick(page.id_field, Qt.Key.Key_Return)
    desk.settle()
    assert desk.grid.rowCount() == 5 and desk.cell(4, 1) == "陳老師" and desk.cell(4, 0) == "5"

    qtbot.keyClicks(page.id_field, "A123456789")
    qtbot.keyClick(page.id_field, Qt.Key.Key_Return)
    desk.settle()
    dialog = page.active_dialog
    assert dialog is not None
    dialog.name.setText("王大明")
    dialog.school.setText("353301")
    dialog.accept()
    desk.settle()
    assert desk.grid.rowCount() == 6 and desk.cell(5, 1) == "王大明"
    assert "臺北市立建國高級中學" in desk.cell(5, 2)


def test_a_pasted_roster_with_a_bad_line_adds_nobody(desk: Desk, qtbot: Any) -> None:
    desk.page.paste_roster()
    dialog = desk.page.active_dialog
    dialog.text.setPlainText("身分證字號\n B123456780 \nA123456788\n")
    dialog.run_enrol()
    desk.settle()
    assert "名單沒有任何變更" in dialog.summary.text()
    problems = [
        (item.text(0), item.text(1))
        for item in (dialog.problems.topLevelItem(i) for i in range(dialog.problems.topLevelItemCount()))
        if item is not None
    ]
    assert ("3", "身分證字號") in problems
    assert desk.grid.rowCount() == 4


def test_the_sign_in_sheet_is_saved_with_the_roster(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    desk.page.save_sheet_to(path)
    desk.settle()
    text = pdf_text(path.read_bytes())
    assert desk.world.course.title in text
    assert all(name in text for name in desk.world.teacher_names)
    assert desk.window.statusBar().currentMessage().startswith("簽到表已存到")


def test_certificate_staff_see_the_grid_read_only_and_award_it(
    window: MainWindow, att_world: AttendanceWorld, runner: TaskRunner, database: Database, qtbot: Any
) -> None:
    d = _desk(window, att_world, runner, database, att_world.certificate_staff)
    _open(d, qtbot, att_world.course.code)
    assert "唯讀" in d.page.heading.text()
    assert not d.grid.flags(d.grid.index(0, S1)) & Qt.ItemFlag.ItemIsEditable
    assert not d.page.add_action.isEnabled() and not d.page.id_field.isEnabled()
    assert d.page.award_action.isEnabled()
    d.page.award()
    d.settle()
    box = d.page.active_dialog  # the day's rolls are not taken: asked first
    assert box is not None and "尚未點名完成" in box.text()
    box.button(box.StandardButton.Yes).click()
    d.settle()
    with database.session() as s:
        assert s.get(Course, att_world.course.id).state is CourseState.AWARDED
        assert s.scalar(select(func.sum(HourAward.hours)).where(HourAward.course_id == att_world.course.id)) == 24
    assert "已核發時數" in window.statusBar().currentMessage()
    assert d.page.award_action.text() == "重新核算時數"


def test_an_edit_of_an_awarded_course_re_awards_it(desk: Desk, qtbot: Any, database: Database) -> None:
    desk.page.award_action.trigger()
    desk.settle()
    box = desk.page.active_dialog
    box.button(box.StandardButton.Yes).click()
    desk.settle()
    desk.type_code(qtbot, 0, S1, "L")  # leave for a whole 90-minute block: 2 hours less
    with database.session() as s:
        first = s.execute(
            select(HourAward.hours).where(
                HourAward.course_id == desk.world.course.id, HourAward.teacher_id == desk.world.course.teachers[0]
            )
        ).scalar_one()
    assert first == 4
    assert "重新核算" in desk.window.statusBar().currentMessage()


def test_a_clerk_of_another_district_does_not_see_the_course(
    window: MainWindow, att_world: AttendanceWorld, runner: TaskRunner, database: Database, qtbot: Any
) -> None:
    d = _desk(window, att_world, runner, database, att_world.other_clerk)
    assert d.page.model.total == 0
    qtbot.keyClicks(d.page.code_field, att_world.course.code)
    qtbot.keyClick(d.page.code_field, Qt.Key.Key_Return)
    d.settle()
    assert "不能查看" in d.page.code_message.text()
    assert d.grid.rowCount() == 0


def test_the_district_clerk_records_a_course_of_a_school_in_the_district(
    window: MainWindow, att_world: AttendanceWorld, runner: TaskRunner, database: Database, qtbot: Any
) -> None:
    d = _desk(window, att_world, runner, database, att_world.clerk)
    assert d.page.model.total == 1
    _open(d, qtbot, att_world.course.code)
    d.type_code(qtbot, 0, S3, "a20")
    assert d.absences() == {(1, "S3"): (20, AbsenceReason.UNEXCUSED)}


def test_the_course_list_searches_titles(desk: Desk, qtbot: Any, database: Database) -> None:
    add_course(database, code="115T0002", title="閱讀理解教學", teacher_ids=(), day=date(2026, 3, 9))
    desk.page.refresh()
    desk.settle()
    assert desk.page.model.total == 2
    desk.page.search.setText("閱讀")  # QTest types Latin-1 only
    qtbot.waitUntil(lambda: desk.page.model.total == 1, timeout=5_000)
    desk.settle()
    assert desk.page.model.data(desk.page.model.index(0, 0)) == "115T0002"
