"""The 統計報表 page as a district clerk and an administrator use it, on the hand-counted world of
tests/stats_world.py: the tables under the charts show their scope's numbers, the filters change the rows, the
chart has a bar per charted group, a long list is charted by its top groups, and the XLSX written from the page
holds the numbers of its tables. A role without the permission does not get the page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from stats_world import YEAR, StatsWorld, build_stats_world

from ntip_desktop.services.db import Database
from ntip_desktop.services.stats import Column, Figure, FigureRow, Grouping, format_value
from ntip_desktop.views.main_window import MainWindow
from ntip_desktop.views.pages import PAGE_SPECS
from ntip_desktop.views.stats.figure_view import FigureView
from ntip_desktop.views.stats.page import StatsPage
from ntip_desktop.views.tasks import TaskRunner

SQLITE = pytest.mark.parametrize("database", ["sqlite"], indirect=True)

#: The clerk's district (臺北市區管中心) in school year 115, by county: the hand count of tests/stats_world.py.
CLERK_COURSES = [
    ["臺北市", "4", "1", "2", "1", "0", "0", "3", "2.0"],
    ["合計", "4", "1", "2", "1", "0", "0", "3", "2.0"],
]


def settle(runner: TaskRunner) -> None:
    QApplication.processEvents()
    assert runner.wait_idle(30_000)
    QApplication.processEvents()


@pytest.fixture
def stats_world(database: Database) -> StatsWorld:
    return build_stats_world(database)


def _page(window: MainWindow, runner: TaskRunner, user: Any) -> StatsPage:
    window.sign_in(user)
    page = window.show_page("stats")
    assert isinstance(page, StatsPage)
    settle(runner)
    page.choose(page.year, YEAR)
    settle(runner)
    return page


def _shown_text(page: StatsPage) -> str:
    return "\n".join("|".join(row) for view in page.views for row in view.table_rows())


@SQLITE
def test_a_district_clerk_sees_the_hand_counted_figures_of_their_district_only(
    window: MainWindow, runner: TaskRunner, stats_world: StatsWorld, qtbot: Any
) -> None:
    page = _page(window, runner, stats_world.users.clerk)
    assert page.scope_label.text() == "範圍：臺北市區管中心"
    assert page.filter_label.text() == "115學年度；全部縣市；依縣市分列"
    assert [page.county.itemText(i) for i in range(page.county.count())] == ["全部", "臺北市"]
    courses = page.view("courses.review")
    assert courses.table_rows() == CLERK_COURSES
    assert "高雄" not in _shown_text(page)
    # one bar per charted group (here one county) in each of the four series
    assert courses.plan.categories == ["臺北市"]
    assert courses.bar_counts() == [1, 1, 1, 1]
    assert courses.toolTip().startswith("已送審")

    page.choose(page.grouping, Grouping.ORGANIZER.value)
    settle(runner)
    by_school = page.view("courses.review")
    assert [row[:2] for row in by_school.table_rows()] == [
        ["臺北市立建國高級中學", "2"],
        ["臺北市大安區大安國民小學", "2"],
        ["合計", "4"],
    ]
    assert by_school.bar_counts() == [2, 2, 2, 2]

    page.choose(page.topic, "accounts")
    settle(runner)
    assert [page.grouping.itemText(i) for i in range(page.grouping.count())] == ["縣市", "單位", "月份"]
    assert page.grouping.currentText() == "單位"  # kept: applications have it too
    applications = page.view("accounts.applications")
    assert applications.table_rows()[-1][:2] == ["合計", "3"]
    assert "高雄" not in _shown_text(page)

    page.choose(page.topic, "hours")
    settle(runner)
    assert page.under.isVisible()
    assert [v.figure.id for v in page.views] == [
        "hours.awards",
        "hours.teachers",
        "certificates.issued",
        "certificates.verified",
    ]
    awards = page.view("hours.awards").table_rows()[-1]
    assert awards[:4] == ["合計", "5", "2", "21.0"]  # 5 awards, 2 teachers, 21 hours, with one decimal
    # the district's teachers by their school: 3, of whom 2 under 18 hours (T4 0 h, T2 3 h; T1 20 h)
    assert page.view("hours.teachers").table_rows()[-1][-1] == "2"
    page.under.setValue(3)  # recomputed after a short pause in typing
    qtbot.waitUntil(lambda: bool(page.views) and page.views[1].figure.columns[-1].header == "未滿 3 小時")
    settle(runner)
    assert page.view("hours.teachers").table_rows()[-1][-1] == "1"  # only T4 (0 h); T2 has 3


@SQLITE
def test_a_county_outside_the_clerks_district_is_refused_in_red(
    window: MainWindow, runner: TaskRunner, stats_world: StatsWorld
) -> None:
    page = _page(window, runner, stats_world.users.clerk)
    page.county.addItem("高雄市", "64")  # not offered to this clerk; the service refuses it all the same
    page.choose(page.county, "64")
    settle(runner)
    assert not page.status.isHidden()
    assert page.status.text() == "高雄市不在您的區管中心（臺北市區管中心）轄區內，不能檢視其統計。"
    assert page.views == [] and not page.xlsx_button.isEnabled()  # nothing of an earlier filter to export
    page.choose(page.county, "63")
    settle(runner)
    assert page.status.isHidden() and page.filter_label.text() == "115學年度；臺北市；依縣市分列"
    assert page.view("courses.review").table_rows() == CLERK_COURSES


@SQLITE
def test_month_grouping_draws_a_line_and_the_term_narrows_the_rows(
    window: MainWindow, runner: TaskRunner, stats_world: StatsWorld
) -> None:
    page = _page(window, runner, stats_world.users.admin)
    assert page.scope_label.text() == "範圍：全部"
    page.choose(page.grouping, Grouping.MONTH.value)
    settle(runner)
    months = page.view("courses.review")
    assert months.plan.line and months.bar_counts() == []
    assert [row[0] for row in months.table_rows()] == [
        "115年9月",
        "115年10月",
        "115年11月",
        "115年12月",
        "116年3月",
        "合計",
    ]
    page.choose(page.term, 2)
    settle(runner)
    assert [row[:2] for row in page.view("courses.review").table_rows()] == [["116年3月", "2"], ["合計", "2"]]
    assert page.filter_label.text() == "115學年度第2學期；全部縣市；依月份分列"


@SQLITE
def test_the_table_sorts_by_a_column_and_keeps_the_total_last(
    window: MainWindow, runner: TaskRunner, stats_world: StatsWorld
) -> None:
    page = _page(window, runner, stats_world.users.admin)
    view = page.view("courses.review")
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [r[0] for r in view.table_rows()] == ["高雄市", "臺北市", "合計"]
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [r[0] for r in view.table_rows()] == ["臺北市", "高雄市", "合計"]


@SQLITE
def test_the_xlsx_written_from_the_page_holds_the_numbers_of_its_tables(
    window: MainWindow, runner: TaskRunner, stats_world: StatsWorld, tmp_path: Path
) -> None:
    page = _page(window, runner, stats_world.users.clerk)
    page.choose(page.topic, "hours")
    settle(runner)
    path = tmp_path / page.suggested_name("xlsx")
    assert path.name == "研習時數與時數證明統計-115.xlsx"
    page.export_xlsx_to(path)
    settle(runner)
    book = load_workbook(path, read_only=True)
    assert len(book.sheetnames) == len(page.views) == 4
    for view, sheet in zip(page.views, book.worksheets):
        rows = list(sheet.iter_rows(values_only=True))
        assert rows[0][0] == view.figure.title
        units = [c.unit for c in view.figure.columns]
        from_book = [[str(r[0]), *(format_value(v, u) for v, u in zip(r[1:], units))] for r in rows[5:]]
        assert from_book == view.table_rows(), view.figure.id
    assert "臺北市區管中心" in str(book.worksheets[0].cell(3, 1).value)

    pdf = tmp_path / page.suggested_name("pdf")
    page.print_pdf_to(pdf)
    settle(runner)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage().startswith("已存成")


def test_a_long_list_of_groups_is_charted_by_its_top_twenty_and_tabled_whole(qapp: QApplication) -> None:
    rows = tuple(FigureRow(f"{n:06d}", f"學校{n:02d}", (n, n % 7)) for n in range(60))
    figure = Figure(
        id="courses.review",
        title="課程送審與審核結果",
        definition="測試",
        group_header="單位",
        columns=(Column("submitted", "送審課程"), Column("approved", "核准")),
        rows=rows,
        total=FigureRow("", "合計", (sum(range(60)), sum(n % 7 for n in range(60)))),
    )
    view = FigureView(figure)
    assert view.bar_counts() == [20, 20]
    assert view.plan.categories[:3] == ["學校59", "學校58", "學校57"]  # the largest first
    assert "前 20 名" in view.chart.title()
    assert len(view.table_rows()) == 61 and view.table_rows()[-1][0] == "合計"


@SQLITE
def test_the_page_is_the_eighth_and_not_open_to_a_role_without_the_permission(
    window: MainWindow, stats_world: StatsWorld
) -> None:
    assert [s.key for s in PAGE_SPECS].index("stats") == 7
    window.sign_in(stats_world.users.coordinator)
    item = window.nav.item(7)
    assert item.text() == "統計報表"
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "檢視統計報表" in item.toolTip()
    assert window.show_page("stats") is None or not isinstance(window.current_page(), StatsPage)
