"""The 帳號審核 fax desk as a clerk uses it: find by number (typed or scanned), receive, tick, decide."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from account_world import SCHOOL_KHH, World, business_input
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from ntip_desktop.models import ApplicationState, FaxCheckItem
from ntip_desktop.services import accounts, audit
from ntip_desktop.services.accounts.intake import submit_application
from ntip_desktop.services.accounts.queries import find_by_number
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import Database
from ntip_desktop.views.accounts.page import AccountsPage
from ntip_desktop.views.main_window import MainWindow
from ntip_desktop.views.tasks import TaskRunner

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)
S = ApplicationState


@dataclass
class Desk:
    page: AccountsPage
    window: MainWindow
    runner: TaskRunner
    database: Database
    world: World
    numbers: list[str]  #: 臺北 applications, oldest first; the last one is 高雄's
    errors: list[str]

    def settle(self) -> None:
        assert self.runner.wait_idle(20_000)

    def state(self, number: str) -> ApplicationState:
        with self.database.session() as s:
            return find_by_number(s, console_user(), number).state

    def history(self, number: str) -> list[str]:
        with self.database.session() as s:
            row = find_by_number(s, console_user(), number)
            entries = audit.list_entries(
                s, console_user(), audit.AuditFilter(entity="account_application", entity_id=str(row.id))
            )
        return [e.action for e in reversed(entries)]

    def queue_numbers(self) -> list[str]:
        model = self.page.model
        return [model.data(model.index(r, 0)) for r in range(model.rowCount())]

    def dialog(self, qtbot: Any) -> Any:
        """The dialog the page just opened, once it is the active window (keys then go to it)."""
        dialog = self.page.active_dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
        return dialog

    def focus(self) -> None:
        """Bring the page's window to the front again (the offscreen platform does not after a dialog)."""
        self.window.activateWindow()
        QApplication.processEvents()


@pytest.fixture
def desk(window: MainWindow, world: World, runner: TaskRunner, database: Database, qtbot: Any) -> Desk:
    numbers = []
    for i in range(4):
        with database.session() as s:
            numbers.append(submit_application(s, world.coordinator, business_input(login_id=f"ckhs.unit{i}")).number)
    with database.session() as s:
        numbers.append(
            submit_application(
                s, world.admin, business_input(organization_code=SCHOOL_KHH, login_id="khhs.unit")
            ).number
        )
    errors: list[str] = []
    runner.presenter = lambda exc: errors.append(exc.message)
    window.sign_in(world.clerk)
    page = window.show_page("accounts")
    assert isinstance(page, AccountsPage)
    d = Desk(page, window, runner, database, world, numbers, errors)
    d.settle()
    d.focus()
    return d


def type_keys(qtbot: Any, widget: Any, text: str) -> None:
    """Key presses as a keyboard (or a keyboard-wedge scanner) sends them, one character each.

    QTest only types Latin-1; a full-width character (an IME left in full-width mode) arrives as a key
    event carrying that text, which is what is sent for those.
    """
    for ch in text:
        if ord(ch) < 0x80:
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def _open(desk: Desk, qtbot: Any, typed: str) -> None:
    page = desk.page
    with qtbot.waitSignal(page.detail_shown, timeout=10_000):
        type_keys(qtbot, page.number_field, typed)
        qtbot.keyClick(page.number_field, Qt.Key.Key_Return)


def test_the_desk_opens_on_whats_waiting_with_the_number_field_ready(desk: Desk) -> None:
    assert QApplication.focusWidget() is desk.page.number_field
    assert desk.queue_numbers() == list(reversed(desk.numbers[:4]))  # newest first, 高雄 not in this district
    assert desk.page.filter_bar.awaiting.text() == "待處理 4 件"


@pytest.mark.parametrize("variant", ["typed", "lower-case", "full-width", "with-spaces"])
def test_a_typed_or_scanned_number_opens_the_application(desk: Desk, qtbot: Any, variant: str) -> None:
    number = desk.numbers[1]
    typed = {
        "typed": number,
        "lower-case": number.lower(),
        "full-width": "".join(chr(ord(c) + 0xFEE0) for c in number),
        "with-spaces": f" {number[:4]} {number[4:]} ",
    }[variant]
    desk.page.table.setFocus()
    qtbot.keyClick(desk.page.table, Qt.Key.Key_F2)  # F2 (or Ctrl+F) reaches the field from anywhere on the page
    assert QApplication.focusWidget() is desk.page.number_field
    _open(desk, qtbot, typed)
    assert desk.page.current is not None and desk.page.current.row.number == number
    assert number in desk.page.detail_pane.heading.text() and "待傳真" in desk.page.detail_pane.heading.text()
    assert desk.page.detail_pane.fields["login_id"].text().startswith("ckhs.unit1")
    assert desk.page.number_field.text() == ""  # ready for the next scan
    assert desk.page.table.currentIndex().row() == desk.queue_numbers().index(number)


def test_ctrl_f_also_reaches_the_number_field(desk: Desk, qtbot: Any) -> None:
    desk.page.filter_bar.text.setFocus()
    qtbot.keyClick(desk.page.filter_bar.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is desk.page.number_field


def test_a_misread_or_foreign_number_is_explained_beside_the_field(desk: Desk, qtbot: Any) -> None:
    number = desk.numbers[0]
    typo = number[:-1] + str((int(number[-1]) + 1) % 10)
    for typed, expected in (
        (typo, "檢查碼不符"),
        (desk.numbers[4], "屬於高雄市區管中心，不在您的轄區"),
        ("B12", "不是申請編號"),
    ):
        qtbot.keyClicks(desk.page.number_field, typed)
        qtbot.keyClick(desk.page.number_field, Qt.Key.Key_Return)
        desk.settle()
        assert expected in desk.page.number_message.text()
        assert desk.page.current is None
        desk.page.number_field.clear()
    assert desk.errors == []  # said in place, not in a box


def test_receive_tick_and_approve_by_keyboard_moves_the_row_out_of_waiting(desk: Desk, qtbot: Any) -> None:
    page, number = desk.page, desk.numbers[2]
    _open(desk, qtbot, number)
    qtbot.keyClick(page.number_field, Qt.Key.Key_F6)  # 收件
    dialog = desk.dialog(qtbot)
    assert dialog is not None and dialog.pages.value() == 1
    dialog.pages.setValue(2)
    with qtbot.waitSignal(page.decided, timeout=10_000):
        qtbot.keyClick(dialog.pages, Qt.Key.Key_Return)
    desk.settle()
    desk.focus()
    assert desk.state(number) is S.FAX_RECEIVED and "已收傳真" in page.detail_pane.heading.text()
    for n in range(1, 6):  # Alt+1 … Alt+5 tick the checklist
        qtbot.keyClick(page.number_field, getattr(Qt.Key, f"Key_{n}"), Qt.KeyboardModifier.AltModifier)
    desk.settle()
    assert all(box.isChecked() for box in page.detail_pane.checks.values())
    with qtbot.waitSignal(page.decided, timeout=10_000):
        qtbot.keyClick(page.number_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # 核准
    desk.settle()
    assert desk.state(number) is S.APPROVED
    assert number not in desk.queue_numbers()
    assert page.filter_bar.awaiting.text() == "待處理 3 件"
    assert desk.window.statusBar().currentMessage().startswith(f"已核准：{number}")
    assert "已核准" in page.detail_pane.heading.text()
    assert desk.history(number) == ["submit", "receive_fax"] + ["fax_check"] * 5 + ["approve"]
    assert desk.errors == []


def test_reject_without_a_reason_is_refused_with_a_message(desk: Desk, qtbot: Any) -> None:
    page, number = desk.page, desk.numbers[0]
    _open(desk, qtbot, number)
    qtbot.keyClick(page.number_field, Qt.Key.Key_F8)
    dialog = desk.dialog(qtbot)
    assert dialog is not None and "駁回" in dialog.windowTitle()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == "駁回必須填寫原因。"
    desk.settle()
    assert desk.state(number) is S.PENDING_FAX and desk.history(number) == ["submit"]
    type_keys(qtbot, dialog.text, "同一學校重複申請")
    with qtbot.waitSignal(page.decided, timeout=10_000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    desk.settle()
    assert desk.state(number) is S.REJECTED and number not in desk.queue_numbers()


def test_return_for_correction_says_what_is_missing(desk: Desk, qtbot: Any) -> None:
    page, number = desk.page, desk.numbers[1]
    with desk.database.session() as s:
        accounts.record_fax_received(s, desk.world.clerk, number, pages=1)
    desk.page.refresh()
    desk.settle()
    _open(desk, qtbot, number)
    qtbot.keyClick(page.number_field, Qt.Key.Key_F7)
    dialog = desk.dialog(qtbot)
    type_keys(qtbot, dialog.text, "缺機關印信")
    with qtbot.waitSignal(page.decided, timeout=10_000):
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    desk.settle()
    assert desk.state(number) is S.RETURNED
    assert "缺機關印信" in page.detail_pane.fields["decision"].text()
    history = page.detail_pane.history
    last = history.topLevelItem(history.topLevelItemCount() - 1)
    assert [last.text(c) for c in range(1, 5)] == [  # 處理紀錄 in words: fields, states, the clerk's name
        "林書記",
        "退件補正",
        "狀態：已收傳真 → 退件補正；處理人：— → 林書記（clerk）；處理理由：— → 缺機關印信",
        "缺機關印信",
    ]
    desk.focus()
    qtbot.keyClick(page.number_field, Qt.Key.Key_F9)  # the applicant's answer, keyed in from paper
    dialog = desk.dialog(qtbot)
    assert "缺機關印信" in dialog.findChild(QLabel).text()
    type_keys(qtbot, dialog.text, "已補蓋機關印信")
    with qtbot.waitSignal(page.decided, timeout=10_000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    desk.settle()
    assert desk.state(number) is S.PENDING_FAX
    assert desk.history(number)[-2:] == ["return", "answer_return"]


def test_approving_with_the_checklist_incomplete_needs_a_stated_reason(desk: Desk, qtbot: Any) -> None:
    page, number = desk.page, desk.numbers[3]
    with desk.database.session() as s:
        accounts.record_fax_received(s, desk.world.clerk, number, pages=1)
    _open(desk, qtbot, number)
    qtbot.keyClick(page.number_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog = desk.dialog(qtbot)
    assert dialog is not None and "略過檢核" in dialog.required_message
    type_keys(qtbot, dialog.text, "主管於電話中確認")
    with qtbot.waitSignal(page.decided, timeout=10_000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    desk.settle()
    assert desk.state(number) is S.APPROVED


def test_bulk_approve_shows_the_selection_before_doing_it(desk: Desk, qtbot: Any) -> None:
    page = desk.page
    chosen = desk.numbers[:2]
    with desk.database.session() as s:
        for number in chosen:
            accounts.record_fax_received(s, desk.world.clerk, number, pages=1)
            for item in FaxCheckItem:
                accounts.set_fax_check(s, desk.world.clerk, number, item, True)
    page.refresh()
    desk.settle()
    rows = [desk.queue_numbers().index(n) for n in chosen]
    page.table.selectRow(rows[0])
    page.table.selectionModel().select(
        page.model.index(rows[1], 0),
        page.table.selectionModel().SelectionFlag.Select | page.table.selectionModel().SelectionFlag.Rows,
    )
    desk.settle()
    page.table.setFocus()
    qtbot.keyClick(
        page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = desk.dialog(qtbot)
    listed = [dialog.list.topLevelItem(i).text(0) for i in range(dialog.list.topLevelItemCount())]
    assert sorted(listed) == sorted(chosen)
    assert all(desk.state(n) is S.FAX_RECEIVED for n in chosen)  # nothing done before the clerk confirms
    with qtbot.waitSignal(page.decided, timeout=10_000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    desk.settle()
    assert all(desk.state(n) is S.APPROVED for n in chosen)
    assert desk.window.statusBar().currentMessage() == "已批次處理 2 件申請"
    assert page.filter_bar.awaiting.text() == "待處理 2 件"


def test_a_decision_made_meanwhile_by_someone_else_is_explained(desk: Desk, qtbot: Any) -> None:
    page, number = desk.page, desk.numbers[0]
    _open(desk, qtbot, number)
    with desk.database.session() as s:
        accounts.reject(s, desk.world.admin, number, "重複申請")
    qtbot.keyClick(page.number_field, Qt.Key.Key_F7)
    dialog = desk.dialog(qtbot)
    type_keys(qtbot, dialog.text, "缺印信")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    desk.settle()
    assert len(desk.errors) == 1 and "此申請已由 陳主任 於" in desk.errors[0] and "已駁回" in desk.errors[0]
    assert desk.state(number) is S.REJECTED
    assert "已駁回" in page.detail_pane.heading.text()  # the pane now shows what really happened


def test_filters_ask_the_database_again(desk: Desk, qtbot: Any) -> None:
    page, bar = desk.page, desk.page.filter_bar
    with desk.database.session() as s:
        accounts.reject(s, desk.world.clerk, desk.numbers[0], "重複申請")
    page.refresh()
    desk.settle()
    assert desk.numbers[0] not in desk.queue_numbers()
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        bar.state.setCurrentIndex(bar.state.findText("已駁回"))
    assert desk.queue_numbers() == [desk.numbers[0]]
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        bar.state.setCurrentIndex(bar.state.findText("全部狀態"))
    assert len(desk.queue_numbers()) == 4
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        qtbot.keyClicks(bar.text, "ckhs.unit2")
        qtbot.keyClick(bar.text, Qt.Key.Key_Return)
    assert desk.queue_numbers() == [desk.numbers[2]]
    bar.text.clear()
    today = date.today()
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        qtbot.keyClicks(bar.date_from, f"{today.year - 1911}/{today.month:02d}/{today.day:02d}")
        qtbot.keyClick(bar.date_from, Qt.Key.Key_Return)
    assert len(desk.queue_numbers()) in (3, 4)  # submitted today (Taiwan time): all of them, unless past midnight
    type_keys(qtbot, bar.date_to, "明天")
    qtbot.keyClick(bar.date_to, Qt.Key.Key_Return)
    assert "無法辨識的日期" in bar.date_to.toolTip()
    assert [bar.county.itemText(i) for i in range(bar.county.count())] == ["全部縣市", "臺北市"]


def test_the_queue_model_passes_the_model_tester(desk: Desk, qtmodeltester: Any) -> None:
    desk.page.filter_bar.state.setCurrentIndex(1)
    desk.settle()
    qtmodeltester.check(desk.page.model)
    desk.settle()


def test_the_open_applications_form_is_saved_as_pdf(desk: Desk, qtbot: Any, tmp_path: Any) -> None:
    from pdf_reading import pdf_barcodes, pdf_flat_text

    _open(desk, qtbot, desk.numbers[0])
    target = tmp_path / "form.pdf"
    desk.page.save_form_to(target)
    desk.settle()
    assert desk.numbers[0] in pdf_flat_text(target.read_bytes())
    assert set(pdf_barcodes(target.read_bytes()).values()) == {desk.numbers[0]}
    assert "已儲存業務帳號申請表" in desk.window.statusBar().currentMessage()


def test_errors_of_a_check_untick_it_again(desk: Desk, qtbot: Any) -> None:
    """A tick the service refuses (here: the fax was returned meanwhile) does not stay ticked on screen."""
    page, number = desk.page, desk.numbers[0]
    with desk.database.session() as s:
        accounts.record_fax_received(s, desk.world.clerk, number, pages=1)
    _open(desk, qtbot, number)
    with desk.database.session() as s:
        accounts.return_for_correction(s, desk.world.admin, number, "補件")
    qtbot.keyClick(page.number_field, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    desk.settle()
    assert not page.detail_pane.checks[FaxCheckItem.SEAL].isChecked()
    assert desk.errors and "只有已收傳真的申請可以勾選" in desk.errors[0]


def test_a_check_someone_else_changed_meanwhile_is_refused_and_the_checklist_shown_as_it_is(
    desk: Desk, qtbot: Any
) -> None:
    """Two clerks on one fax: the other ticks 印信 and unticks it again; this clerk's tick (on the copy seen
    before) is refused naming them, and the application reopens with the checklist as stored."""
    page, number = desk.page, desk.numbers[0]
    with desk.database.session() as s:
        accounts.record_fax_received(s, desk.world.clerk, number, pages=1)
    _open(desk, qtbot, number)
    admin = desk.world.admin
    with desk.database.session() as s:
        accounts.set_fax_check(s, admin, number, FaxCheckItem.SEAL, True)
    with desk.database.session() as s:
        accounts.set_fax_check(s, admin, number, FaxCheckItem.SEAL, False)
    qtbot.keyClick(page.number_field, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    desk.settle()
    assert desk.errors and f"已由 {admin.display_name} 於" in desk.errors[0] and "（目前：未勾選）" in desk.errors[0]
    assert not page.detail_pane.checks[FaxCheckItem.SEAL].isChecked()
    with desk.database.session() as s:
        seal = [
            c
            for c in accounts.application_detail(s, desk.world.clerk, page.current.row.id).fax_checks
            if c.item is FaxCheckItem.SEAL
        ]
    assert seal[0].version == 3 and not seal[0].ok  # nothing written for the refused tick
    qtbot.keyClick(page.number_field, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # again, on the reopened copy
    desk.settle()
    assert page.detail_pane.checks[FaxCheckItem.SEAL].isChecked() and len(desk.errors) == 1
    qtbot.keyClick(page.number_field, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # and off, at once
    desk.settle()
    assert not page.detail_pane.checks[FaxCheckItem.SEAL].isChecked() and len(desk.errors) == 1


def test_a_school_coordinator_sees_their_own_applications_and_may_submit_but_not_decide(
    window: MainWindow, world: World, runner: TaskRunner, database: Database, qtbot: Any
) -> None:
    """Issue 4: applications are entered by the applicant's side through a form in the program."""
    with database.session() as s:
        own = submit_application(s, world.coordinator, business_input(login_id="ckhs.mine")).number
        other = submit_application(
            s, world.admin, business_input(organization_code=SCHOOL_KHH, login_id="khhs.other")
        ).number
    window.sign_in(world.coordinator)
    page = window.show_page("accounts")
    assert isinstance(page, AccountsPage)
    assert runner.wait_idle(20_000)
    model = page.model
    shown = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert own in shown and other not in shown
    with qtbot.waitSignal(page.detail_shown, timeout=10_000):
        page.open_number(own)
    assert runner.wait_idle(20_000)
    assert page.new_action.isEnabled()
    assert not page.approve_action.isEnabled() and not page.reject_action.isEnabled()
    assert not page.receive_action.isEnabled() and not page.bulk_approve_action.isEnabled()


def test_the_queue_exports_as_the_filter_shows_it(desk: Desk, qtbot: Any, tmp_path: Any) -> None:
    from openpyxl import load_workbook

    page = desk.page
    target = tmp_path / "queue.xlsx"
    page.export_queue_to(target)
    desk.settle()
    qtbot.waitUntil(lambda: desk.window.statusBar().currentMessage().startswith("已匯出 4 件申請至 queue.xlsx"))
    book = load_workbook(target, read_only=True)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    assert rows[1][0] == "篩選條件：狀態：待處理（待傳真、已收傳真）"
    assert [r[0] for r in rows[5:]] == desk.queue_numbers()  # the rows on screen, in their order
    assert page.export_action.shortcut().toString() == "Ctrl+Shift+E"


def _select(desk: Desk, numbers: list[str]) -> None:
    page, flags = desk.page, desk.page.table.selectionModel().SelectionFlag
    page.table.clearSelection()
    for number in numbers:
        index = page.model.index(desk.queue_numbers().index(number), 0)
        page.table.selectionModel().select(index, flags.Select | flags.Rows)
    desk.settle()


def test_a_bulk_refusal_names_each_application_and_a_reason_covers_skipped_checks(desk: Desk, qtbot: Any) -> None:
    from ntip_desktop.errors import UserError
    from ntip_desktop.views.errors import show_user_error

    page = desk.page
    ready, unchecked, pending = desk.numbers[:3]
    with desk.database.session() as s:
        for number in (ready, unchecked):
            accounts.record_fax_received(s, desk.world.clerk, number, pages=1)
        for item in FaxCheckItem:
            accounts.set_fax_check(s, desk.world.clerk, ready, item, True)
    page.refresh()
    desk.settle()
    _select(desk, [ready, unchecked, pending])
    page.bulk_approve_action.trigger()
    dialog = desk.dialog(qtbot)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    desk.settle()
    assert len(desk.errors) == 1
    lines = desk.errors[0].splitlines()
    assert lines[0] == "批次核准未執行：以下 2 件無法核准，其餘 1 件也沒有變更。"
    assert sorted(lines[1:]) == [  # one line per application, in the queue's order
        f"{unchecked}：傳真檢核尚未完成：機關印信、承辦人簽章、單位主管簽章、機關代碼正確、傳真內容與線上資料相符。"
        "請逐項勾選，或填寫略過檢核的理由。",
        f"申請 {pending} 尚未收到傳真（目前：待傳真），請先「收件」再核准。",
    ]
    box = show_user_error(page, UserError(desk.errors[0]))
    assert box.informativeText() == ""  # no 「相關欄位：selection」
    box.close()
    assert all(desk.state(n) is not S.APPROVED for n in (ready, unchecked, pending))

    desk.focus()
    _select(desk, [ready, unchecked])
    page.bulk_approve_action.trigger()
    dialog = desk.dialog(qtbot)
    type_keys(qtbot, dialog.text, "主管電話確認")
    with qtbot.waitSignal(page.decided, timeout=10_000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    desk.settle()
    assert desk.state(ready) is S.APPROVED and desk.state(unchecked) is S.APPROVED
    assert len(desk.errors) == 1


def _approved_contact_change(desk: Desk) -> str:
    """An approved 承辦人異動 of an approved account: the pane's longest values (帳號現況, 異動原因)."""
    from datetime import datetime, timedelta

    from account_world import TAIWAN

    from ntip_desktop.services.accounts import ContactChangeInput

    clerk, number = desk.world.clerk, desk.numbers[0]
    with desk.database.session() as s:
        accounts.record_fax_received(s, clerk, number, pages=1)
        for item in FaxCheckItem:
            accounts.set_fax_check(s, clerk, number, item, True)
        accounts.approve(s, clerk, number)
        change = accounts.submit_contact_change(
            s,
            desk.world.coordinator,
            ContactChangeInput(
                login_id="ckhs.unit0",
                applicant_name="李校長",
                contact_name="歐陽承辦",
                contact_phone="02-2303-4381#1234",
                contact_email="ouyang.office@ck.tp.edu.tw",
                change_reason="原承辦人調校，改由新任教學組長承辦，並請更新聯絡電話。",
                agreement_version="98.07.08",
                agreement_accepted_at=datetime.now(TAIWAN) - timedelta(minutes=1),
            ),
        ).number
        accounts.record_fax_received(s, clerk, change, pages=1)
        for item in FaxCheckItem:
            accounts.set_fax_check(s, clerk, change, item, True)
        accounts.approve(s, clerk, change)
    return change


def test_at_the_default_width_the_pane_needs_no_sideways_scrolling_and_cuts_no_line(desk: Desk, qtbot: Any) -> None:
    change = _approved_contact_change(desk)
    desk.window.resize(1180, 740)  # the window's size on first start
    _open(desk, qtbot, change)
    desk.settle()
    pane = desk.page.detail_pane
    scroll = pane.findChild(QScrollArea)
    labels = [pane.fields[name] for name in ("agreement", "account", "change_reason", "fax", "decision")]

    def cut() -> list[str]:
        return [label.text() for label in labels if label.height() < label.heightForWidth(label.width())]

    qtbot.waitUntil(lambda: not cut() and scroll.horizontalScrollBar().maximum() == 0, timeout=3_000)
    assert pane.fields["account"].text() == "ckhs.unit0：承辦人 歐陽承辦（02-2303-4381#1234）"


def test_each_application_opens_at_the_top_of_the_pane(desk: Desk, qtbot: Any) -> None:
    change = _approved_contact_change(desk)
    desk.window.resize(1180, 740)
    _open(desk, qtbot, change)
    bar = desk.page.detail_pane.findChild(QScrollArea).verticalScrollBar()
    assert bar.maximum() > 0  # the pane is longer than the window
    bar.setValue(bar.maximum())  # the clerk read the history at the bottom
    kept = bar.value()
    desk.page.refresh()  # the same application shown again keeps its place
    desk.settle()
    assert bar.value() == kept
    _open(desk, qtbot, desk.numbers[1])
    assert bar.value() == 0  # the next one starts with its state and the decision buttons in view
    heading = desk.page.detail_pane.heading
    assert heading.visibleRegion().boundingRect().height() == heading.height()
