"""The 課程審核 desk as a reviewer uses it: open a course by code, read the checklist, answer it, decide."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from account_world import SCHOOL_KHH, World
from course_world import START, add_course
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ntip_desktop.models import CourseState
from ntip_desktop.services import courses
from ntip_desktop.services.db import Database
from ntip_desktop.views.courses.checklist_panel import OUTCOME_COLOURS
from ntip_desktop.views.courses.page import CoursesPage
from ntip_desktop.views.main_window import MainWindow
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.vocabulary import CheckOutcome

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)
S = CourseState
YOGA = "115T0003"


@dataclass
class Desk:
    page: CoursesPage
    window: MainWindow
    runner: TaskRunner
    database: Database
    world: World
    errors: list[str]

    def settle(self) -> None:
        assert self.runner.wait_idle(20_000)

    def state(self, code: str) -> CourseState:
        with self.database.session() as s:
            return courses.load_course(s, code).state

    def queue_codes(self) -> list[str]:
        model = self.page.model
        return [model.data(model.index(r, 0)) for r in range(model.rowCount())]

    def dialog(self, qtbot: Any) -> Any:
        dialog = self.page.active_dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
        return dialog

    def focus(self) -> None:
        self.window.activateWindow()
        QApplication.processEvents()


def _submit(db: Database, w: World, **changes: Any) -> str:
    cid = add_course(db, **changes)
    with db.session() as s:
        return courses.decide(s, w.admin, cid, "submit").code


@pytest.fixture
def seeded(database: Database, world: World) -> None:
    _submit(database, world, code="115T0001")
    _submit(database, world, code="115T0002", session_label="第2場", start_at=START + timedelta(days=7))
    _submit(
        database, world, code=YOGA, title="教師瑜珈紓壓研習", start_at=START + timedelta(days=3),
        outline="以瑜珈伸展與呼吸練習紓解教學壓力，並分享在課堂帶領學生伸展的方法與注意事項。",
    )  # fmt: skip
    _submit(database, world, code="115K0001", org_code=SCHOOL_KHH)
    add_course(database, code="115T0009", title="草稿中的研習", start_at=START + timedelta(days=9))


def _desk(window: MainWindow, world: World, runner: TaskRunner, database: Database, user: Any) -> Desk:
    errors: list[str] = []
    runner.presenter = lambda exc: errors.append(exc.message)
    window.sign_in(user)
    page = window.show_page("courses")
    assert isinstance(page, CoursesPage)
    d = Desk(page, window, runner, database, world, errors)
    d.settle()
    d.focus()
    return d


@pytest.fixture
def desk(window: MainWindow, world: World, runner: TaskRunner, database: Database, seeded: None) -> Desk:
    return _desk(window, world, runner, database, world.clerk)


def _open(desk: Desk, qtbot: Any, code: str) -> None:
    page = desk.page
    with qtbot.waitSignal(page.detail_shown, timeout=10_000):
        qtbot.keyClicks(page.code_field, code)
        qtbot.keyClick(page.code_field, Qt.Key.Key_Return)
    desk.settle()


def _checklist(desk: Desk) -> dict[str, tuple[str, str, str]]:
    """The checklist as shown: item → (outcome text, its colour, message)."""
    tree = desk.page.detail_pane.checklist.tree
    shown = {}
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        assert item is not None
        shown[item.text(0)] = (item.text(1), item.foreground(1).color().name(), item.text(2))
    return shown


def test_the_desk_opens_on_whats_waiting_in_start_order(desk: Desk) -> None:
    assert QApplication.focusWidget() is desk.page.code_field
    assert desk.queue_codes() == ["115T0001", YOGA, "115T0002"]  # 臺北's, not 高雄's, no draft
    counts = desk.page.filter_bar.counts.text()
    assert "待審核 3" in counts and "審核中 0" in counts
    assert desk.page.matching.text() == "符合條件 3 門課程"


def test_open_an_art9_course_enter_the_consent_document_and_approve(desk: Desk, qtbot: Any) -> None:
    page = desk.page
    _open(desk, qtbot, "115t0003")
    panel = page.detail_pane.checklist
    assert QApplication.focusWidget() is panel.tree  # typing goes on in the checklist
    assert f"{YOGA}" in page.detail_pane.heading.text() and "待審核" in page.detail_pane.heading.text()
    shown = _checklist(desk)
    assert len(shown) == 13
    outcome, colour, message = shown["第9條 須經同意的活動"]
    assert (outcome, colour) == ("不符", OUTCOME_COLOURS[CheckOutcome.FAIL])
    assert "瑜珈" in message and "同意文號" in message
    assert panel.consent_row.isVisible() and not panel.override_button.isEnabled()
    assert page.approve_action.isEnabled() and page.take_action.isEnabled()
    assert "尚有 3 項須處理才能核准" in panel.summary.text()

    qtbot.keyClick(panel.tree, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # 同意文號(&C)
    assert QApplication.focusWidget() is panel.consent
    with qtbot.waitSignal(page.decided, timeout=10_000):
        panel.consent.setText("北市教研字第1153099999號")  # QTest types Latin-1 only
        qtbot.keyClick(panel.consent, Qt.Key.Key_Return)
    desk.settle()
    outcome, colour, message = _checklist(desk)["第9條 須經同意的活動"]
    assert (outcome, colour) == ("通過", OUTCOME_COLOURS[CheckOutcome.PASS]) and "北市教研字第1153099999號" in message

    for item in ("第8條 研習重點（人工判斷）", "第8條第2款 依據文號"):  # the manual items, by keyboard
        panel.select_check(next(c.check_id for c in page.current.checks if item.endswith(_name(c.check_id))))
        with qtbot.waitSignal(page.decided, timeout=10_000):
            qtbot.keyClick(panel.tree, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
        desk.settle()
    assert "可以核准" in panel.summary.text()
    with qtbot.waitSignal(page.decided, timeout=10_000):
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # 核准
    desk.settle()
    assert desk.state(YOGA) is S.APPROVED
    assert YOGA not in desk.queue_codes()  # the row leaves 待審核
    assert desk.window.statusBar().currentMessage() == f"已核准：{YOGA} 教師瑜珈紓壓研習"
    assert "已核准" in page.detail_pane.heading.text() and not page.approve_action.isEnabled()
    assert page.detail_pane.fields["consent_doc"].text() == "北市教研字第1153099999號"
    history = page.detail_pane.history
    assert [history.topLevelItem(r).text(2) for r in range(history.topLevelItemCount())] == [  # type: ignore[union-attr]
        "送審", "登錄同意文號", "人工判定", "人工判定", "核准",
    ]  # fmt: skip
    assert desk.errors == []


def _name(check_id: str) -> str:
    from ntip_desktop.views.courses.check_names import CHECK_NAMES

    return CHECK_NAMES[check_id]


def test_approval_is_refused_while_a_check_fails_and_the_message_names_it(desk: Desk, qtbot: Any) -> None:
    page = desk.page
    _open(desk, qtbot, YOGA)
    qtbot.keyClick(page.detail_pane.checklist.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    desk.settle()
    assert desk.state(YOGA) is S.SUBMITTED
    assert len(desk.errors) == 1 and "第9條所列活動" in desk.errors[0] and "同意文號" in desk.errors[0]


def test_an_automatic_outcome_is_changed_with_a_reason(desk: Desk, qtbot: Any) -> None:
    page = desk.page
    _open(desk, qtbot, "115T0001")
    panel = page.detail_pane.checklist
    panel.select_check("art8.5.audience")
    qtbot.keyClick(panel.tree, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    dialog = desk.dialog(qtbot)
    assert "研習對象" in dialog.windowTitle() or "115T0001" in dialog.windowTitle()
    dialog.outcome.setCurrentIndex(1)  # 提醒
    dialog.accept()
    assert dialog.error.text() == "變更檢核結果必須寫明理由。" and dialog.isVisible()
    dialog.text.setPlainText("對象含代理教師，提醒承辦人")
    with qtbot.waitSignal(page.decided, timeout=10_000):
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    desk.settle()
    desk.focus()
    outcome, colour, _ = _checklist(desk)["第8條第5款 研習對象"]
    assert (outcome, colour) == ("提醒（原判定：通過）", OUTCOME_COLOURS[CheckOutcome.WARN])
    panel.select_check("art8.5.audience")
    assert "林書記" in panel.explanation.text() and "對象含代理教師，提醒承辦人" in panel.explanation.text()


def test_return_for_correction_asks_what_to_correct(desk: Desk, qtbot: Any) -> None:
    page = desk.page
    _open(desk, qtbot, "115T0001")
    qtbot.keyClick(page.detail_pane.checklist.tree, Qt.Key.Key_F6)  # 開始審核
    desk.settle()
    assert desk.state("115T0001") is S.IN_REVIEW and "審核中" in page.detail_pane.heading.text()
    desk.focus()
    qtbot.keyClick(page.code_field, Qt.Key.Key_F7)
    dialog = desk.dialog(qtbot)
    with qtbot.waitSignal(page.decided, timeout=10_000):
        dialog.text.setPlainText("請補正課程大綱")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    desk.settle()
    assert desk.state("115T0001") is S.RETURNED
    assert "請補正課程大綱" in page.detail_pane.fields["decision"].text()


def test_the_series_is_shown_together(desk: Desk, qtbot: Any) -> None:
    page = desk.page
    _open(desk, qtbot, "115T0002")
    series = page.detail_pane.series
    assert page.detail_pane.series_box.isVisible()
    assert [series.topLevelItem(r).text(0) for r in range(series.topLevelItemCount())] == ["115T0001", "115T0002"]  # type: ignore[union-attr]
    with qtbot.waitSignal(page.detail_shown, timeout=10_000):
        series.itemActivated.emit(series.topLevelItem(0), 0)
    assert page.current is not None and page.current.row.code == "115T0001"


def test_filters_and_counts(desk: Desk, qtbot: Any) -> None:
    bar = desk.page.filter_bar
    with qtbot.waitSignal(desk.page.model.loaded, timeout=10_000):
        bar.failing.setCurrentIndex(bar.failing.findData("art9.restricted"))
    desk.settle()
    assert desk.queue_codes() == [YOGA]
    with qtbot.waitSignal(desk.page.model.loaded, timeout=10_000):
        bar.failing.setCurrentIndex(0)
    with qtbot.waitSignal(desk.page.model.loaded, timeout=10_000):
        bar.text.setText("瑜珈")
        qtbot.keyClick(bar.text, Qt.Key.Key_Return)
    desk.settle()
    assert desk.queue_codes() == [YOGA]
    with qtbot.waitSignal(desk.page.model.loaded, timeout=10_000):
        bar.text.clear()
        qtbot.keyClick(bar.text, Qt.Key.Key_Return)
    with qtbot.waitSignal(desk.page.model.loaded, timeout=10_000):
        bar.show_state("approved")
    desk.settle()
    assert desk.queue_codes() == [] and bar.state.currentText() == "已核准"


def test_a_reviewer_of_another_office_does_not_see_them(
    window: MainWindow, world: World, runner: TaskRunner, database: Database, seeded: None, qtbot: Any
) -> None:
    desk = _desk(window, world, runner, database, world.other_clerk)
    assert desk.queue_codes() == ["115K0001"]
    qtbot.keyClicks(desk.page.code_field, YOGA)
    qtbot.keyClick(desk.page.code_field, Qt.Key.Key_Return)
    desk.settle()
    assert "由臺北市政府教育局審核，不在您的範圍" in desk.page.code_message.text()
    assert desk.page.current is None


def test_a_coordinator_follows_their_schools_courses_and_submits_drafts(
    window: MainWindow, world: World, runner: TaskRunner, database: Database, seeded: None, qtbot: Any
) -> None:
    desk = _desk(window, world, runner, database, world.coordinator)
    assert desk.queue_codes() == ["115T0001", YOGA, "115T0002", "115T0009"]  # drafts too, all states
    page = desk.page
    _open(desk, qtbot, "115T0009")
    assert not page.decision_buttons["approve"].isVisible() and page.decision_buttons["submit"].isVisible()
    assert page.submit_action.isEnabled()
    assert "尚未送審" in page.detail_pane.checklist.summary.text()
    assert not page.detail_pane.checklist.yes_button.isEnabled()
    with qtbot.waitSignal(page.decided, timeout=10_000):
        qtbot.keyClick(page.code_field, Qt.Key.Key_F9)
    desk.settle()
    assert desk.state("115T0009") is S.SUBMITTED
    assert not page.recheck_action.isEnabled()


def test_the_clerk_prints_the_review_sheet_and_exports_the_queue(desk: Desk, qtbot: Any, tmp_path: Any) -> None:
    from pdf_reading import pdf_flat_text

    page = desk.page
    _open(desk, qtbot, YOGA)
    sheet = tmp_path / "sheet.pdf"
    page.save_sheet_to(sheet)
    desk.settle()
    text = pdf_flat_text(sheet.read_bytes())
    assert YOGA in text and "第9條" in text and "研習課程審核表" in text
    assert desk.window.statusBar().currentMessage().startswith(f"已儲存 {YOGA} 的課程審核表")

    from openpyxl import load_workbook

    book = tmp_path / "queue.xlsx"
    page.export_queue_to(book)
    qtbot.waitUntil(lambda: book.exists(), timeout=20_000)
    desk.settle()
    sheet_rows = list(load_workbook(book, read_only=True).active.iter_rows(values_only=True))
    codes = [row[0] for row in sheet_rows if row and row[0] in set(desk.queue_codes())]
    assert sorted(codes) == sorted(desk.queue_codes())


def test_the_clerk_corrects_a_typo_from_the_page(desk: Desk, qtbot: Any) -> None:
    page = desk.page
    _open(desk, qtbot, YOGA)
    assert page.edit_action.isEnabled()
    page.edit_course()
    dialog = desk.dialog(qtbot)
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=10_000)
    dialog.inputs["venue"].setText("建國中學視聽教室")
    dialog.reason.setText("依來文更正地點")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    desk.settle()
    assert desk.window.statusBar().currentMessage() == f"已更正課程 {YOGA}：地點"
    with desk.database.session() as s:
        assert courses.load_course(s, YOGA).venue == "建國中學視聽教室"


def test_recheck_runs_as_a_long_job(desk: Desk, qtbot: Any) -> None:
    page = desk.page
    qtbot.keyClick(
        page.code_field, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert not page.recheck_action.isEnabled()  # once at a time
    qtbot.waitUntil(page.recheck_action.isEnabled, timeout=20_000)
    desk.settle()
    assert desk.window.statusBar().currentMessage() == "已重新檢核 3 門待審課程，其中 0 門的檢核結果有變動。"


def test_the_queue_model_passes_the_model_tester(desk: Desk, qtmodeltester: Any) -> None:
    desk.page.filter_bar.state.setCurrentIndex(1)
    desk.settle()
    qtmodeltester.check(desk.page.model)
    desk.settle()


def test_a_decided_demo_course_shows_who_decided_it_and_the_checklist_they_left(
    window: MainWindow, runner: TaskRunner, database: Database, qtbot: Any
) -> None:
    """On the demo data (``ntip demo seed``) the clerk opens an approved course of 臺北市 and reads the decision."""
    from sqlalchemy import select

    from ntip_desktop.models import Course, CourseReview
    from ntip_desktop.services import auth
    from ntip_desktop.services.demo import DEMO_PASSWORD, seed
    from ntip_desktop.services.rules.rocdate import roc_moment

    seed(database, "small", today=date(2026, 11, 25))
    with database.session() as s:
        clerk = auth.authenticate(s, "clerk", DEMO_PASSWORD)
        code, decided_at = s.execute(
            select(Course.code, CourseReview.decided_at)
            .join(CourseReview, CourseReview.course_id == Course.id)
            .where(Course.state == S.APPROVED, Course.review_unit.in_(courses.units_of(s, clerk) or ()))
            .order_by(Course.code)
        ).first()  # type: ignore[misc]
    desk = _desk(window, None, runner, database, clerk)  # type: ignore[arg-type]
    _open(desk, qtbot, code)
    pane = desk.page.detail_pane
    assert code in pane.heading.text() and "已核准" in pane.heading.text()
    decision = pane.fields["decision"].text()
    assert "核准" in decision and "林書記" in decision and roc_moment(decided_at) in decision
    assert pane.checklist.summary.text().startswith("檢核結果（已核准，已不能變更）")
    shown = _checklist(desk)
    assert len(shown) == 13 and not any(
        outcome.startswith(("不符", "須人工判斷")) for outcome, _c, _m in shown.values()
    )
    assert shown["第8條 研習重點（人工判斷）"][0] == "通過（原判定：須人工判斷）"
    pane.checklist.select_check("art8.focus")
    assert "林書記 於" in pane.checklist.explanation.text() and "審核人判定符合" in pane.checklist.explanation.text()
