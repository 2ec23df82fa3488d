"""The 統計報表 PDF as a person reads it: the office, the title, the filters, the totals of the hand-counted
world (tests/stats_world.py), the ROC printing date and 「第 x 頁，共 y 頁」 on every page, in an embedded font;
and only a user who may view statistics can print it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pdf_reading import pdf_flat_text, pdf_pages, pdf_text
from pypdf import PdfReader
from stats_world import YEAR, StatsWorld, build_stats_world

from ntip_desktop.errors import PermissionDenied
from ntip_desktop.services import stats
from ntip_desktop.services.db import Database
from ntip_desktop.services.stats import FigureRow, Figures, Grouping, StatsFilter

TPE = "63"


@pytest.fixture(scope="module")
def world(module_database: Database) -> StatsWorld:
    return build_stats_world(module_database)


@pytest.fixture
def session(module_database: Database, world: StatsWorld) -> Iterator[object]:
    s = module_database.new_session()
    try:
        yield s
    finally:
        s.rollback()
        s.close()


def _fonts(path: Path) -> list[tuple[str, bool]]:
    """(base font name, embedded) of every font the pages use."""
    found = []
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found.append((str(font["/BaseFont"]), embedded))
    return found


def test_a_clerks_course_report_has_the_office_the_title_the_totals_and_the_pages(
    session, world: StatsWorld, tmp_path: Path
) -> None:
    clerk = world.users.clerk
    figures = stats.course_figures(session, clerk, StatsFilter(year=YEAR))
    path = tmp_path / "課程審核統計.pdf"
    stats.write_figures_pdf(session, clerk, path, figures, printed_on=date(2027, 3, 2))
    pdf = path.read_bytes()
    text = pdf_flat_text(pdf)
    assert "臺北市區管中心" in text  # the office printing it
    assert "課程審核統計" in text and "課程送審與審核結果" in text
    assert "115學年度" in text and "統計範圍：臺北市區管中心" in text
    assert "列印日期：中華民國116年3月2日" in text
    # the total row of the clerk's district: 4 submitted, 1 pending, 2 approved, 1 returned, 0 rejected …
    assert re.search(r"合計\s*4\s*1\s*2\s*1\s*0\s*0\s*3\s*2\.0", pdf_text(pdf)), pdf_text(pdf)
    assert "高雄市" not in text  # nothing of the other district
    pages = pdf_pages(pdf)
    for n in range(1, pages + 1):
        assert f"第 {n} 頁，共 {pages} 頁" in text
    assert _fonts(path) and all(embedded for _, embedded in _fonts(path))


def test_a_long_hours_report_runs_onto_more_pages_each_numbered_with_the_header_repeated(
    session, world: StatsWorld, tmp_path: Path
) -> None:
    figures = stats.hour_figures(session, world.users.admin, StatsFilter(year=YEAR, by=Grouping.ORGANIZER))
    awards = figures.figure("hours.awards")
    # an organiser list as long as a county's: 60 schools (the chart keeps the top 20, the table all of them)
    many = tuple(FigureRow(f"9{n:05d}", f"測試學校{n:02d}", (n, n, float(n), 0, 0, 0, None, None)) for n in range(60))
    long = Figures(
        figures.topic,
        figures.title,
        figures.filter,
        figures.filter_text,
        figures.scope,
        (awards.__class__(**{**awards.__dict__, "rows": many}), *figures.figures[1:]),
    )
    path = tmp_path / "時數.pdf"
    stats.write_figures_pdf(session, world.users.admin, path, long)
    pdf = path.read_bytes()
    pages = pdf_pages(pdf)
    assert pages >= 3
    text = pdf_flat_text(pdf)
    assert "全國教師在職進修資訊網" in text  # an administrator's figures of every county
    assert f"第 1 頁，共 {pages} 頁" in text and f"第 {pages} 頁，共 {pages} 頁" in text
    assert "研習時數核給（依時數核給筆數前 20 名）" in text
    assert "測試學校00" in text and "測試學校59" in text  # the table lists every group
    assert text.count("時數核給筆數") >= 2  # the header repeated on the page the table runs onto
    assert "43.0" in text  # the hours of the other figures' totals are printed with one decimal


def test_months_are_drawn_as_lines_and_a_single_month_as_bars(session, world: StatsWorld, tmp_path: Path) -> None:
    admin = world.users.admin
    for term, months in ((None, ["115年9月", "115年10月", "115年11月", "115年12月", "116年3月"]), (2, ["116年3月"])):
        figures = stats.course_figures(session, admin, StatsFilter(year=YEAR, term=term, by=Grouping.MONTH))
        plan = stats.chart_plan(figures.figure("courses.review"))
        assert plan.categories == months and plan.line is (len(months) > 1)
        path = tmp_path / f"months-{term}.pdf"
        stats.write_figures_pdf(session, admin, path, figures)
        assert "116年3月" in pdf_flat_text(path.read_bytes())


def test_a_user_without_the_statistics_permission_cannot_print_them(session, world: StatsWorld, tmp_path: Path) -> None:
    figures = stats.course_figures(session, world.users.admin, StatsFilter(year=YEAR))
    path = tmp_path / "x.pdf"
    for user in (world.users.coordinator, world.users.certificate_staff):
        with pytest.raises(PermissionDenied):
            stats.write_figures_pdf(session, user, path, figures)
    assert not path.exists()
