"""稽核紀錄: the rows a user sees, filters applied by the database, lazy paging, verification of the chain."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from account_world import World
from PySide6.QtCore import Qt
from sqlalchemy import text

from ntip_desktop.models import AuditSource
from ntip_desktop.services import audit, auth
from ntip_desktop.services.db import Database
from ntip_desktop.services.rules.rocdate import format_roc
from ntip_desktop.views.audit.model import AuditTableModel
from ntip_desktop.views.audit.page import AuditPage
from ntip_desktop.views.main_window import MainWindow
from ntip_desktop.views.tasks import TaskRunner

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)

TAIWAN = timezone(timedelta(hours=8))
CLI = audit.Actor(user_id="", name="排程工作", source=AuditSource.CLI)


def _cli_entries(database: Database, n: int, reason: str = "夜間匯入") -> None:
    with database.session() as s:
        for i in range(n):
            audit.record(
                s,
                CLI,
                "course",
                f"115000{i:04d}",
                "award",
                old={"state": "approved"},
                new={"state": "awarded"},
                reason=reason,
            )


def _open(window: MainWindow, world: World, qtbot) -> AuditPage:  # type: ignore[no-untyped-def]
    window.sign_in(world.admin)
    page = window.show_page("audit")
    assert isinstance(page, AuditPage)
    qtbot.waitUntil(lambda: not page.model.loading and page.count_label.text().startswith("共"))
    return page


def _column(model: AuditTableModel, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_the_rows_written_are_shown_newest_first_with_roc_times(
    window: MainWindow, world: World, database: Database, qtbot, qtmodeltester
) -> None:
    _cli_entries(database, 2)
    page = _open(window, world, qtbot)
    # build_world: the first admin (系統) and four office users (by the admin, 程式畫面); then two from the CLI
    assert page.count_label.text() == "共 7 筆（已載入 7 筆）"
    model = page.model
    assert model.rowCount() == 7
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)] == [
        "時間",
        "操作者",
        "來源",
        "對象",
        "動作",
        "原值→新值",
        "原因",
    ]
    assert _column(model, 1) == ["排程工作", "排程工作", "陳主任", "陳主任", "陳主任", "陳主任", "系統"]
    assert _column(model, 2) == ["命令列", "命令列", "程式畫面", "程式畫面", "程式畫面", "程式畫面", "系統"]
    assert _column(model, 4)[0] == "核發時數" and _column(model, 4)[-1] == "新增"
    assert _column(model, 5)[0] == "狀態：已核准 → 已核發時數"
    assert _column(model, 3)[0] == "研習課程 1150000001"
    today = format_roc(datetime.now(TAIWAN).date(), "short")
    assert all(t.startswith(today) for t in _column(model, 0))
    qtmodeltester.check(model)


def test_filtering_by_source_narrows_the_rows(window: MainWindow, world: World, database: Database, qtbot) -> None:
    _cli_entries(database, 3)
    page = _open(window, world, qtbot)
    assert page.model.total == 8
    page.source.setCurrentIndex(page.source.findText("命令列"))
    page.source.activated.emit(page.source.currentIndex())
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total == 3)
    assert page.count_label.text() == "共 3 筆（已載入 3 筆）"
    assert set(_column(page.model, 2)) == {"命令列"}

    page.actor.insert("陳")  # Chinese arrives through an input method
    page.source.setCurrentIndex(0)
    qtbot.keyClick(page.actor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.model.loading and page.count_label.text() == "共 4 筆（已載入 4 筆）")
    assert set(_column(page.model, 1)) == {"陳主任"}


def test_the_starter_files_entries_have_a_source_of_their_own(
    window: MainWindow, world: World, database: Database, qtbot
) -> None:
    starter = audit.Actor.system(AuditSource.STARTER, "學校設定檔")
    with database.session() as s:
        audit.record(s, starter, "organization", "1", "create", new={"code": "353301"}, reason="學校設定檔 ab12")
    _cli_entries(database, 1)
    page = _open(window, world, qtbot)
    page.source.setCurrentIndex(page.source.findText("學校設定檔"))
    page.source.activated.emit(page.source.currentIndex())
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total == 1)
    assert _column(page.model, 2) == ["學校設定檔"] and _column(page.model, 1) == ["學校設定檔"]


def test_entity_keyword_and_roc_date_filters(window: MainWindow, world: World, database: Database, qtbot) -> None:
    _cli_entries(database, 2, reason="第二次匯入")
    page = _open(window, world, qtbot)
    assert page.entity.findText("研習課程") > 0 and page.entity.findText("使用者") > 0
    page.entity.setCurrentIndex(page.entity.findText("使用者"))
    page.apply_filter()
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total == 5)

    page.entity.setCurrentIndex(0)
    page.keyword.setText("第二次")
    page.apply_filter()
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total == 2)

    page.keyword.clear()
    yesterday = datetime.now(TAIWAN).date() - timedelta(days=1)
    page.until.setText(format_roc(yesterday, "short"))  # nothing was written before today
    page.apply_filter()
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total == 0)
    assert page.count_label.text() == "共 0 筆（已載入 0 筆）"
    page.since.setText(format_roc(yesterday, "long"))
    page.until.setText(format_roc(yesterday + timedelta(days=1), "short"))
    page.apply_filter()
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total == 7)

    page.since.setText("去年")
    page.apply_filter()
    assert page.filter_problem.isVisible()
    assert page.filter_problem.text() == "無法辨識的日期：去年（請用 115/11/24 或 2026-11-24）"
    assert page.focusWidget() is page.since


def test_the_detail_pane_shows_old_and_new_values(window: MainWindow, world: World, database: Database, qtbot) -> None:
    _cli_entries(database, 1)
    page = _open(window, world, qtbot)
    page.table.selectRow(0)
    assert page.detail.rowCount() == 1
    assert [page.detail.item(0, c).text() for c in range(3)] == ["狀態", "已核准", "已核發時數"]
    assert page.detail_reason.text() == "原因：夜間匯入"
    assert page.detail_title.text().startswith("序號 6｜") and "排程工作（命令列）" in page.detail_title.text()


def test_rows_are_fetched_a_page_at_a_time(window: MainWindow, world: World, database: Database, qtbot) -> None:
    _cli_entries(database, 450)
    page = _open(window, world, qtbot)
    model = page.model
    assert (model.total, model.rowCount(), model.loaded_count) == (455, 455, AuditTableModel.PAGE_SIZE)
    assert page.count_label.text() == "共 455 筆（已載入 200 筆）"
    page.table.scrollToBottom()  # the view asks only for the rows it shows: the last page
    qtbot.waitUntil(lambda: model.row_at(454) is not None)
    assert model.loaded_count == 200 + 55  # the middle page was never needed
    assert page.count_label.text() == "共 455 筆（已載入 255 筆）"
    assert model.data(model.index(300, 0)) == "讀取中…"  # until its page arrives
    qtbot.waitUntil(lambda: model.row_at(300) is not None)
    seqs = [model.entry(r).seq for r in range(model.rowCount())]
    assert seqs == list(range(455, 0, -1))


def test_the_page_goes_stale_on_audit_changes_and_reloads(
    window: MainWindow, world: World, runner: TaskRunner, qtbot
) -> None:
    page = _open(window, world, qtbot)
    assert page.model.total == 5

    def add_user(session) -> None:  # type: ignore[no-untyped-def]
        auth.create_user(
            session,
            world.admin,
            login="newclerk",
            display_name="新承辦",
            password="long enough",
            role=auth.Role.CERTIFICATE_STAFF,
        )

    from ntip_desktop.changes import Changes

    runner.run(add_user, on_done=lambda _v: None, changes=Changes(users=True, audit=True))
    qtbot.waitUntil(lambda: page.model.total == 6 and not page.model.loading)
    assert page.model.data(page.model.index(0, 4)) == "新增"


def test_verify_reports_a_sound_chain_then_names_the_tampered_entry(
    window: MainWindow, world: World, database: Database, qtbot
) -> None:
    _cli_entries(database, 2)
    page = _open(window, world, qtbot)
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.verify_button.isEnabled())
    assert page.verify_result.text().splitlines() == [
        "稽核紀錄完整：共 7 筆，雜湊鏈驗證無誤。",
        "其中 7 筆的金鑰驗證碼已用本機持有的金鑰核對無誤。",
    ]

    with database.engine.begin() as conn:  # someone edits the file behind the program's back
        conn.execute(text("DROP TRIGGER trg_audit_log_no_update"))
        conn.execute(text("UPDATE audit_log SET reason = '改過的原因' WHERE seq = 3"))
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.verify_button.isEnabled())
    assert page.verify_result.text() == (
        "稽核紀錄有誤：序號 3 的內容與其雜湊值不符（遭竄改）。請保留此資料庫（勿再修改）並通知系統管理者。"
    )


def test_a_role_without_the_audit_permission_is_refused_by_the_task_too(
    world: World, runner: TaskRunner, qtbot
) -> None:
    model = AuditTableModel(runner, world.coordinator)
    problems: list[str] = []
    model.failed.connect(problems.append)
    model.reload()
    assert runner.wait_idle()
    assert problems == ["您的身分（學校研習承辦人）不能「檢視稽核紀錄」。請洽系統管理者。"]
    assert model.rowCount() == 0


def _application_with_a_return(database: Database, world: World) -> str:
    from account_world import business_input

    from ntip_desktop.services import accounts

    with database.session() as s:
        number = accounts.submit_application(s, world.coordinator, business_input()).number
    with database.session() as s:
        accounts.record_fax_received(s, world.clerk, number)
    with database.session() as s:
        accounts.return_for_correction(s, world.clerk, number, "缺機關印信")
    return number


def test_an_applications_entries_name_its_number_and_read_in_words(
    window: MainWindow, world: World, database: Database, qtbot
) -> None:
    number = _application_with_a_return(database, world)
    page = _open(window, world, qtbot)
    model = page.model
    assert _column(model, 3)[:3] == [f"帳號申請 {number}"] * 3  # three rows told apart by what they are about
    assert _column(model, 1)[:3] == ["林書記", "林書記", "王組長"]
    assert _column(model, 4)[:3] == ["退件補正", "收件", "送出申請"]
    assert _column(model, 5)[0] == "狀態：已收傳真 → 退件補正；處理人：— → 林書記（clerk）；處理理由：— → 缺機關印信"
    assert "使用者 林書記（clerk）" in _column(model, 3)  # a user entry names the user, not a UUID

    page.table.selectRow(0)
    assert [tuple(page.detail.item(r, c).text() for c in range(3)) for r in range(page.detail.rowCount())] == [
        ("狀態", "已收傳真", "退件補正"),
        ("處理人", "—", "林書記（clerk）"),
        ("處理理由", "—", "缺機關印信"),
    ]
    assert f"｜帳號申請 {number}｜退件補正" in page.detail_title.text()


@pytest.mark.parametrize("typed", ["number", "lower-case number", "login", "contact", "clerk"])
def test_searching_a_number_login_or_person_finds_the_applications_entries(
    window: MainWindow, world: World, database: Database, qtbot, typed: str
) -> None:
    number = _application_with_a_return(database, world)
    page = _open(window, world, qtbot)
    text, found = {
        "number": (number, 3),
        "lower-case number": (number.lower(), 3),
        "login": ("ckhs.train", 3),
        "contact": ("王小明", 3),
        "clerk": ("林書記", 3),  # the two moves the clerk made and the clerk's own user entry
    }[typed]
    page.keyword.setText(text)
    qtbot.keyClick(page.keyword, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.model.loading and page.count_label.text() == f"共 {found} 筆（已載入 {found} 筆）")
    if typed != "clerk":
        assert set(_column(page.model, 3)) == {f"帳號申請 {number}"}
    page.keyword.setText("%")  # taken literally: no entry has one
    page.apply_filter()
    qtbot.waitUntil(lambda: not page.model.loading and page.count_label.text() == "共 0 筆（已載入 0 筆）")


def test_the_filtered_entries_export_to_a_workbook(
    window: MainWindow, world: World, database: Database, qtbot, tmp_path
) -> None:
    from openpyxl import load_workbook

    number = _application_with_a_return(database, world)
    page = _open(window, world, qtbot)
    page.keyword.setText(number)
    page.apply_filter()
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total == 3)
    target = tmp_path / "audit.xlsx"
    page.export_to(target)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("已匯出 3 筆稽核紀錄至 audit.xlsx"))
    book = load_workbook(target, read_only=True)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    assert rows[1][0] == f"篩選條件：關鍵字：{number}"
    assert [r[4:6] for r in rows[5:]] == [
        [f"帳號申請 {number}", "退件補正"],
        [f"帳號申請 {number}", "收件"],
        [f"帳號申請 {number}", "送出申請"],
    ]  # as the table shows them
    assert [r[4:6] for r in rows[5:]] == [[_column(page.model, 3)[i], _column(page.model, 4)[i]] for i in range(3)]
