"""The pages whose work screens come later: what the database holds, in the user's scope, and nothing that
pretends to work."""

from __future__ import annotations

import pytest
from account_world import World
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton

from ntip_desktop.models import ReportMonth, ReportState
from ntip_desktop.services.db import Database
from ntip_desktop.views.main_window import MainWindow
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.overview_page import OverviewPage

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


@pytest.fixture
def records(database: Database, world: World) -> None:
    """Report months of 臺北市 and 高雄市."""
    with database.session() as s:
        s.add_all(
            [
                ReportMonth(county_code="63", year=2026, month=9, state=ReportState.CONFIRMED, records=120),
                ReportMonth(county_code="63", year=2026, month=10, state=ReportState.UPLOADED, records=80),
                ReportMonth(county_code="64", year=2026, month=10, state=ReportState.OPEN, records=5),
            ]
        )


def _shown(window: MainWindow, runner: TaskRunner, key: str) -> dict[str, dict[str, str]]:
    """What the page shows: each group's title → {line label: value}, as read off the screen."""
    page = window.show_page(key)
    assert isinstance(page, OverviewPage)
    assert runner.wait_idle()
    shown: dict[str, dict[str, str]] = {}
    for box in page.findChildren(QGroupBox):
        form = box.layout()
        assert isinstance(form, QFormLayout)
        lines = {}
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            value = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            lines[label.text()] = value.text()
        shown[box.title()] = lines
    return shown


def test_reports(window: MainWindow, world: World, runner: TaskRunner, records: None) -> None:
    window.sign_in(world.admin)
    reports = _shown(window, runner, "reports")
    assert reports["月報（依狀態，縣市×月份）"] == {
        "傳報中": "1",
        "已上傳待確認": "1",
        "已確認": "1",
        "更正中": "0",
        "更正案件": "0",
    }
    assert list(reports["最近的月報（傳報筆數）"].items())[:2] == [
        ("115年10月 臺北市", "80　已上傳待確認"),
        ("115年10月 高雄市", "5　傳報中"),
    ]


def test_a_coordinator_counts_only_the_report_months_of_their_county(
    window: MainWindow, world: World, runner: TaskRunner, records: None
) -> None:
    window.sign_in(world.coordinator)  # 建國中學, in 臺北市
    reports = _shown(window, runner, "reports")
    assert reports["月報（依狀態，縣市×月份）"]["傳報中"] == "0"
    assert list(reports["最近的月報（傳報筆數）"]) == ["115年10月 臺北市", "115年9月 臺北市"]


def test_overview_pages_say_the_work_screens_come_later_and_offer_nothing_else(
    window: MainWindow, world: World, runner: TaskRunner
) -> None:
    window.sign_in(world.admin)
    for key in ("reports",):
        page = window.show_page(key)
        assert runner.wait_idle()
        notice = page.findChild(QLabel, "laterNotice").text()
        assert "之後的版本提供" in notice and "不能在此處理案件" in notice
        assert [b.text() for b in page.findChildren(QPushButton)] == ["重新整理"]
        assert page.state_line.text().startswith("資料時間：")
