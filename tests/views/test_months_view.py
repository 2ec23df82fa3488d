"""後端傳報月份 (Art 12(3)(4)): the month view a clerk opens from the 課程審核 page — deadlines, 上傳, 確認,
開啟更正 with an official letter, 重新確認 — as the clerk sees and does it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from account_world import World
from PySide6.QtCore import Qt

from ntip_desktop.services import courses
from ntip_desktop.services.db import Database
from ntip_desktop.views.courses.months_view import MonthsDialog
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.report_months import AmendmentDialog, UploadDialog

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)

#: Two days before October's deadline (the 5th of November).
TODAY = date(2026, 11, 3)
DEADLINE = "期限（每月5日前上傳並確認上月）"


def _open(runner: TaskRunner, user: Any, qtbot: Any) -> MonthsDialog:
    dialog = MonthsDialog(runner, user, None, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert runner.wait_idle()
    return dialog


@pytest.fixture
def dialog(runner: TaskRunner, world: World, database: Database, qtbot: Any) -> MonthsDialog:
    """高雄市 (back end, served by the 高雄市區管中心): September uploaded and confirmed, October not yet."""
    with database.session() as s:
        courses.move_month(s, world.other_clerk, "64", 2026, 9, "upload", records=30, today=TODAY)
        courses.move_month(s, world.other_clerk, "64", 2026, 9, "confirm", today=TODAY)
    return _open(runner, world.other_clerk, qtbot)


def _enabled(dialog: MonthsDialog) -> list[str]:
    return [action for action, button in dialog.panel.buttons.items() if button.isEnabled()]


def test_the_months_show_their_state_and_the_deadline_ahead(dialog: MonthsDialog, qtmodeltester: Any) -> None:
    qtmodeltester.check(dialog.panel.model)
    assert [dialog.panel.model.text(r, 1) for r in range(dialog.panel.model.rowCount())] == [
        "115年11月",
        "115年10月",
        "115年9月",
    ]
    october = dialog.panel.row_text("64-2026-10")
    assert (october["縣市"], october["狀態"], october["上傳筆數"]) == ("高雄市", "傳報中", "0")
    assert october[DEADLINE] == "115/11/05 剩 2 天"
    september = dialog.panel.row_text("64-2026-09")
    assert (september["狀態"], september["上傳筆數"], september[DEADLINE]) == ("已確認", "30", "115/10/05")
    assert september["確認"].endswith("黃書記")
    dialog.panel.select("64-2026-10")
    assert _enabled(dialog) == ["upload"]
    dialog.panel.select("64-2026-09")
    assert _enabled(dialog) == ["open_amendment"]


def test_upload_then_confirm_a_month(dialog: MonthsDialog, runner: TaskRunner, qtbot: Any) -> None:
    dialog.panel.select("64-2026-10")
    qtbot.mouseClick(dialog.panel.buttons["upload"], Qt.MouseButton.LeftButton)
    upload = dialog.panel.active_dialog
    assert isinstance(upload, UploadDialog)
    upload.records.setValue(42)
    upload.accept()
    qtbot.waitUntil(lambda: dialog.panel.row_text("64-2026-10")["狀態"] == "已上傳待確認")
    assert not upload.isVisible()
    assert dialog.panel.row_text("64-2026-10")["上傳筆數"] == "42"
    assert dialog.panel.status.text() == "已上傳：高雄市115年10月"
    assert _enabled(dialog) == ["upload", "confirm"]
    qtbot.mouseClick(dialog.panel.buttons["confirm"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.panel.row_text("64-2026-10")["狀態"] == "已確認")
    assert dialog.panel.row_text("64-2026-10")[DEADLINE] == "115/11/05"  # no countdown once confirmed
    assert _enabled(dialog) == ["open_amendment"]


def test_an_amendment_is_opened_by_an_official_letter_and_reconfirmed(
    dialog: MonthsDialog, runner: TaskRunner, qtbot: Any
) -> None:
    dialog.panel.select("64-2026-09")
    qtbot.mouseClick(dialog.panel.buttons["open_amendment"], Qt.MouseButton.LeftButton)
    form = dialog.panel.active_dialog
    assert isinstance(form, AmendmentDialog)
    assert form.letter_date.text() == "115/11/03"  # today, in the ROC calendar
    form.letter_no.setText("高雄市教育局公文一件")
    form.letter_date.setText("115/11/02")
    form.reason.setPlainText("補傳漏報之研習出席名單")
    form.accept()
    qtbot.waitUntil(lambda: form.error.isVisible())
    assert "不是正式文號的格式" in form.error.text()
    assert form.isVisible() and dialog.panel.row_text("64-2026-09")["狀態"] == "已確認"

    form.letter_no.setText("高市教研字第1150012345號")
    form.accept()
    qtbot.waitUntil(lambda: dialog.panel.row_text("64-2026-09")["狀態"] == "更正中")
    assert not form.isVisible()
    assert dialog.panel.row_text("64-2026-09")["更正公文"] == "高市教研字第1150012345號（115/11/02）"
    assert dialog.panel.status.text() == "已開啟更正：高雄市115年9月"
    assert _enabled(dialog) == ["reconfirm"]

    qtbot.mouseClick(dialog.panel.buttons["reconfirm"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.panel.row_text("64-2026-09")["狀態"] == "已確認")
    assert dialog.panel.row_text("64-2026-09")["更正公文"] == "高市教研字第1150012345號（115/11/02），已重新確認"


def test_a_clerk_whose_center_serves_no_back_end_county_sees_none(runner: TaskRunner, world: World, qtbot: Any) -> None:
    dialog = _open(runner, world.clerk, qtbot)  # 臺北市區管中心: 臺北市 registers online
    assert dialog.panel.model.rowCount() == 0
    assert dialog.panel.status.text() == "您的轄區沒有採後端傳報的縣市。"
    assert _enabled(dialog) == []
