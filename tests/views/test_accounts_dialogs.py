"""The 帳號審核 page's forms: 新增申請 and 承辦人異動 with inline Chinese validation, 匯入 with its error
preview, and the 權限對照表."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from account_world import SCHOOL_TPE, World, business_input
from pdf_reading import pdf_flat_text
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from ntip_desktop.models import AccountApplication, ApplicationSource, ApplicationState, FaxCheckItem
from ntip_desktop.services import accounts
from ntip_desktop.services.accounts.intake import submit_application
from ntip_desktop.services.accounts.queries import ApplicationFilter, find_by_number, list_applications
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import Database
from ntip_desktop.views.accounts.page import AccountsPage
from ntip_desktop.views.main_window import MainWindow
from ntip_desktop.views.tasks import TaskRunner

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


def type_keys(qtbot: Any, widget: Any, text: str) -> None:
    for ch in text:
        if ord(ch) < 0x80:
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def fill(qtbot: Any, dialog: Any, values: dict[str, str]) -> None:
    """Type into the named fields as a clerk would, leaving each with Tab (which checks it)."""
    for name, value in values.items():
        widget = dialog.inputs[name]
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.clear()
        type_keys(qtbot, widget, value)
        if isinstance(widget, QLineEdit):
            widget.editingFinished.emit()


@pytest.fixture
def page(window: MainWindow, world: World, runner: TaskRunner, qtbot: Any) -> AccountsPage:
    window.sign_in(world.clerk)
    page = window.show_page("accounts")
    assert isinstance(page, AccountsPage)
    runner.wait_idle()
    return page


def _open(page: AccountsPage, action: Any, qtbot: Any) -> Any:
    action.trigger()
    dialog = page.active_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    return dialog


GOOD = {
    "organization_code": SCHOOL_TPE,
    "login_id": "ckhs.paper",
    "applicant_name": "李校長",
    "applicant_title": "校長",
    "contact_name": "王小明",
    "contact_phone": "02-2303-4381#215",
    "contact_email": "paper@ck.tp.edu.tw",
}


def test_new_application_shows_problems_beside_the_fields_and_stores_nothing(
    page: AccountsPage, runner: TaskRunner, database: Database, qtbot: Any
) -> None:
    dialog = _open(page, page.new_action, qtbot)
    fill(qtbot, dialog, {**GOOD, "login_id": "9ab", "contact_phone": "2303-4381", "contact_email": "paper@ck"})
    runner.wait_idle()
    shown = dialog.visible_problems()
    assert "以英文字母開頭" in shown["login_id"]
    assert "市話請加區碼" in shown["contact_phone"]
    assert "格式不正確" in shown["contact_email"]
    assert dialog.organization_name.text().startswith("臺北市立建國高級中學")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # agreement not ticked either
    runner.wait_idle()
    assert "未同意帳號使用同意書" in dialog.visible_problems()["agreement_accepted_at"]
    assert dialog.isVisible()
    with database.session() as s:
        assert list_applications(s, console_user()) == []


def test_new_application_from_paper_is_stored_and_opened(
    page: AccountsPage, runner: TaskRunner, database: Database, qtbot: Any
) -> None:
    dialog = _open(page, page.new_action, qtbot)
    fill(qtbot, dialog, GOOD)
    dialog.agreement.setChecked(True)
    with qtbot.waitSignal(page.detail_shown, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    runner.wait_idle()
    assert page.active_dialog is None  # closed (and deleted) once stored
    number = page.current.row.number
    with database.session() as s:
        row = find_by_number(s, console_user(), number)
        assert (row.login_id, row.state) == ("ckhs.paper", ApplicationState.PENDING_FAX)
        app = s.get(AccountApplication, row.id)
        assert app.source is ApplicationSource.CLERK and app.agreement_version == "98.07.08"
    assert f"已送出業務帳號申請 {number}" in page.window().statusBar().currentMessage()


def test_a_login_id_already_in_use_is_shown_after_the_database_check(
    page: AccountsPage, runner: TaskRunner, database: Database, world: World, qtbot: Any
) -> None:
    with database.session() as s:
        submit_application(s, world.coordinator, business_input(login_id="ckhs.paper"))
    dialog = _open(page, page.new_action, qtbot)
    fill(qtbot, dialog, {**GOOD, "organization_code": "999999"})
    dialog.agreement.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    runner.wait_idle()
    shown = dialog.visible_problems()
    assert "已有人使用或申請中" in shown["login_id"] and "不存在" in shown["organization_code"]
    assert dialog.isVisible()


def test_contact_change_form_files_a_c_number(
    page: AccountsPage, runner: TaskRunner, database: Database, world: World, qtbot: Any
) -> None:
    with database.session() as s:
        number = submit_application(s, world.coordinator, business_input()).number
        accounts.record_fax_received(s, world.clerk, number, pages=1)
        for item in FaxCheckItem:
            accounts.set_fax_check(s, world.clerk, number, item, True)
        accounts.approve(s, world.clerk, number)
    dialog = _open(page, page.contact_action, qtbot)
    fill(
        qtbot,
        dialog,
        {
            "login_id": "ckhs.train",
            "contact_name": "陳大文",
            "contact_phone": "0912-345-678",
            "contact_email": "chen@ck.tp.edu.tw",
            "applicant_name": "李校長",
            "change_reason": "原承辦人調職",
        },
    )
    dialog.agreement.setChecked(True)
    with qtbot.waitSignal(page.detail_shown, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    runner.wait_idle()
    assert page.current.row.number.startswith("C") and page.current.change_reason == "原承辦人調職"


def _csv(tmp_path: Path, name: str, rows: list[str]) -> Path:
    header = "帳號類別,身分類別,機關代碼,登入帳號,申請人姓名,承辦人姓名,承辦人電話,承辦人電子郵件,同意書版本,同意時間"
    path = tmp_path / name
    path.write_bytes(("\n".join([header, *rows]) + "\n").encode("cp950"))
    return path


def test_import_lists_bad_lines_first_and_imports_only_a_clean_file(
    page: AccountsPage, runner: TaskRunner, database: Database, qtbot: Any, tmp_path: Path
) -> None:
    good = f"業務帳號,各級學校,{SCHOOL_TPE},ckhs.web1,李校長,王小明,02-2303-4381,web1@ck.tp.edu.tw,98.07.08,115/03/02 09:00"
    bad = f"業務帳號,各級學校,{SCHOOL_TPE},ckhs.web2,李校長,王小明,12345,web2@ck.tp.edu.tw,98.07.08,115/03/02 09:00"
    dialog = _open(page, page.import_action, qtbot)
    dialog.path.setText(str(_csv(tmp_path, "bad.csv", [good, bad])))
    dialog.check_file()
    runner.wait_idle()
    problems = [
        [dialog.problems.topLevelItem(i).text(c) for c in range(3)] for i in range(dialog.problems.topLevelItemCount())
    ]
    assert [p[:2] for p in problems] == [["3", "承辦人電話"]]
    assert "目前不會匯入任何資料" in dialog.summary.text() and not dialog.import_button.isEnabled()
    dialog.path.setText(str(_csv(tmp_path, "good.csv", [good])))
    dialog.check_file()
    runner.wait_idle()
    assert dialog.import_button.isEnabled() and "全部正確" in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    runner.wait_idle()
    with database.session() as s:
        assert [r.login_id for r in list_applications(s, console_user(), ApplicationFilter())] == ["ckhs.web1"]
    assert "已匯入 1 件申請" in page.window().statusBar().currentMessage()
    assert page.model.total == 1  # the queue picked it up


def test_permission_matrix_is_shown_and_printed(
    page: AccountsPage, runner: TaskRunner, qtbot: Any, tmp_path: Path
) -> None:
    dialog = _open(page, page.matrix_action, qtbot)
    table = dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:3] == ["功能", "教師個人帳號", "各級學校"] and "區管中心" in headers
    functions = [table.item(r, 0).text() for r in range(table.rowCount())]
    center = headers.index("區管中心")
    assert table.item(functions.index("帳號管理"), center).text() == "轄區"
    target = tmp_path / "matrix.pdf"
    dialog.save_pdf_to(target)
    runner.wait_idle()
    assert "帳號功能權限對照表" in pdf_flat_text(target.read_bytes())


def _clipped(label: Any) -> bool:
    """Whether a shown, word-wrapped message is cut off: its lines need more height than it has."""
    return label.isVisible() and label.height() < label.heightForWidth(label.width())


def test_a_school_is_offered_only_the_subtypes_it_may_hold(page: AccountsPage, runner: TaskRunner, qtbot: Any) -> None:
    dialog = _open(page, page.new_action, qtbot)
    subtypes = [dialog.subtype.itemText(i) for i in range(dialog.subtype.count())]
    assert subtypes[0] == "各級學校" and "區管中心" in subtypes  # before the organisation is known
    fill(qtbot, dialog, {"organization_code": SCHOOL_TPE})  # 建國高中
    runner.wait_idle()
    assert [dialog.subtype.itemText(i) for i in range(dialog.subtype.count())] == [
        "各級學校",
        "普通高級中學課程學科中心",
    ]
    assert dialog.subtype.currentText() == "各級學校"


def test_a_refused_login_is_shown_whole_and_the_stored_case_opens_over_the_one_open(
    page: AccountsPage, runner: TaskRunner, database: Database, world: World, qtbot: Any
) -> None:
    with database.session() as s:
        submit_application(s, world.coordinator, business_input(login_id="ckhs.paper"))
        earlier = submit_application(s, world.coordinator, business_input(login_id="ckhs.other")).number
    page.open_number(earlier)  # the clerk was looking at another application
    runner.wait_idle()
    assert page.current.row.number == earlier
    dialog = _open(page, page.new_action, qtbot)
    fill(qtbot, dialog, GOOD)
    dialog.agreement.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    runner.wait_idle()
    message = dialog.errors["login_id"]
    assert message.text() == "登入帳號「ckhs.paper」已有人使用或申請中，請改用其他帳號。"
    assert not _clipped(message)
    fill(qtbot, dialog, {"login_id": "ckhs.paper2"})
    with qtbot.waitSignal(page.detail_shown, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    runner.wait_idle()
    assert page.current.row.login_id == "ckhs.paper2"  # the new case, not the one open before
    assert page.detail_pane.heading.text().startswith(page.current.row.number)


def test_import_dialog_lists_the_columns_and_saves_a_template(
    page: AccountsPage, runner: TaskRunner, database: Database, qtbot: Any, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    dialog = _open(page, page.import_action, qtbot)
    assert dialog.tabs.currentWidget() is dialog.columns
    listed = [dialog.columns.topLevelItem(i).text(0) for i in range(dialog.columns.topLevelItemCount())]
    assert listed[:4] == ["帳號類別", "身分類別", "機關代碼", "登入帳號"]
    login = dialog.columns.topLevelItem(3)
    assert (login.text(1), login.text(2)) == ("login_id", "必要") and "申請後不可變更" in login.text(3)
    target = tmp_path / "範本.xlsx"
    dialog.save_template_to(target)
    runner.wait_idle()
    assert dialog.summary.text().startswith("已儲存範本：")
    book = load_workbook(target, read_only=True)
    header = next(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    assert list(header) == listed
    dialog.path.setText(str(target))  # the template as it is imports its example row
    dialog.check_file()
    runner.wait_idle()
    assert dialog.tabs.currentWidget() is dialog.problems
    assert "共 1 列申請，全部正確" in dialog.summary.text()


def test_the_permission_matrix_fits_its_dialog_and_the_dialog_the_screen(page: AccountsPage, qtbot: Any) -> None:
    dialog = _open(page, page.matrix_action, qtbot)
    table = dialog.table
    reading = next(label for label in dialog.findChildren(QLabel) if label.text().startswith("圖例："))
    screen = dialog.screen().availableGeometry()

    def fits() -> bool:
        return (
            dialog.width() <= screen.width()
            and dialog.height() <= screen.height()
            and table.horizontalScrollBar().maximum() == 0  # every column in view
            and table.horizontalHeader().length() <= table.viewport().width()
            and reading.geometry().right() < dialog.width()
            and reading.height() >= reading.heightForWidth(reading.width())  # the legend's every line
        )

    qtbot.waitUntil(fits, timeout=3_000)
    assert reading.text().startswith("圖例：本人：帳號持有人本人的資料")
    header = table.horizontalHeader()
    last = table.columnCount() - 1
    assert table.horizontalHeaderItem(last).text() == "全國教師在職進修資訊網及全國推廣中心"
    text_height = (
        header.fontMetrics()
        .boundingRect(
            QRect(0, 0, header.sectionSize(last) - 12, 10_000),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            table.horizontalHeaderItem(last).text(),
        )
        .height()
    )
    assert header.height() >= text_height  # the long name wraps in its header, whole
