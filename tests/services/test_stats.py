"""統計報表 figures on a small hand-built database (tests/stats_world.py has the hand counts), on both engines:
what a district office would read off the tables, in the scope of the person asking."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from stats_world import YEAR, StatsWorld, build_stats_world

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.services import stats
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.db import Database
from ntip_desktop.services.stats import Figures, Grouping, StatsFilter

TPE, KHH = "63", "64"


@pytest.fixture(scope="module")
def world(module_database: Database) -> StatsWorld:
    return build_stats_world(module_database)


@pytest.fixture
def read(module_database: Database, world: StatsWorld) -> Iterator[object]:
    session = module_database.new_session()

    def figures(kind: str, user: CurrentUser | None = None, **wanted: object) -> Figures:
        fn = {"courses": stats.course_figures, "hours": stats.hour_figures, "accounts": stats.account_figures}[kind]
        values: dict[str, object] = {"year": YEAR}
        values.update(wanted)
        return fn(session, user or world.users.admin, StatsFilter(**values))  # type: ignore[arg-type]

    try:
        yield figures
    finally:
        session.rollback()
        session.close()


def table(figure: stats.Figure, column: str) -> dict[str, object]:
    """``{group key: value}`` of one column, the total under ``"total"``."""
    return {**{r.key: figure.value(r.key, column) for r in figure.rows}, "total": figure.value(None, column)}


# --- courses ---------------------------------------------------------------------------------------------------


def test_course_review_figures_by_county_equal_the_hand_count(read) -> None:
    f = read("courses").figure("courses.review")
    assert [(r.key, r.name) for r in f.rows] == [(TPE, "臺北市"), (KHH, "高雄市")]
    assert table(f, "submitted") == {TPE: 4, KHH: 2, "total": 6}
    assert table(f, "pending") == {TPE: 1, KHH: 0, "total": 1}
    assert table(f, "approved") == {TPE: 2, KHH: 1, "total": 3}
    assert table(f, "returned") == {TPE: 1, KHH: 0, "total": 1}
    assert table(f, "rejected") == {TPE: 0, KHH: 1, "total": 1}
    assert table(f, "decided") == {TPE: 3, KHH: 1, "total": 4}
    # 1.5, 2 and 4 days in 臺北市; 10 in 高雄市; overall the mean of the middle two of four (2 and 4)
    assert table(f, "median_review_days") == {TPE: 2.0, KHH: 10.0, "total": 3.0}
    assert f.total.name == "合計"


def test_course_figures_by_term_month_category_and_delivery(read) -> None:
    term2 = read("courses", term=2).figure("courses.review")
    assert table(term2, "submitted") == {TPE: 2, "total": 2}
    assert table(term2, "median_review_days") == {TPE: 1.5, "total": 1.5}

    months = read("courses", by=Grouping.MONTH).figure("courses.review")
    assert [(r.key, r.name) for r in months.rows] == [
        ("2026-09", "115年9月"),
        ("2026-10", "115年10月"),
        ("2026-11", "115年11月"),
        ("2026-12", "115年12月"),
        ("2027-03", "116年3月"),
    ]
    assert table(months, "submitted") == {
        "2026-09": 1,
        "2026-10": 1,
        "2026-11": 1,
        "2026-12": 1,
        "2027-03": 2,
        "total": 6,
    }

    categories = read("courses", by=Grouping.CATEGORY).figure("courses.review")
    assert table(categories, "submitted") == {"1": 3, "2": 1, "3": 2, "total": 6}
    assert categories.rows[0].name == "第7條第1款"

    delivery = read("courses", by=Grouping.DELIVERY).figure("courses.review")
    assert table(delivery, "submitted") == {"in_person": 5, "online": 1, "total": 6}
    assert [r.name for r in delivery.rows] == ["實體研習", "數位／遠距研習"]

    organizers = read("courses", by=Grouping.ORGANIZER).figure("courses.review")
    assert {r.name: r.values[0] for r in organizers.rows} == {
        "臺北市立建國高級中學": 2,
        "臺北市大安區大安國民小學": 2,
        "高雄市立高雄高級中學": 2,
    }


def test_another_year_counts_only_its_own_courses(read) -> None:
    f = read("courses", year=YEAR - 1).figure("courses.review")
    assert table(f, "submitted") == {TPE: 1, "total": 1}
    assert table(f, "median_review_days") == {TPE: 1.0, "total": 1.0}


# --- hours and certificates ------------------------------------------------------------------------------------


def test_hour_award_figures_count_distinct_teachers_in_the_total(read) -> None:
    f = read("hours").figure("hours.awards")
    assert table(f, "awards") == {TPE: 5, KHH: 2, "total": 7}
    assert table(f, "teachers_trained") == {TPE: 2, KHH: 2, "total": 3}  # T1 trained in both counties
    assert table(f, "hours") == {TPE: 21, KHH: 22, "total": 43}
    assert table(f, "capped") == {TPE: 1, KHH: 0, "total": 1}
    assert table(f, "void") == {TPE: 1, KHH: 0, "total": 1}
    assert table(f, "not_completed") == {TPE: 1, KHH: 0, "total": 1}
    assert table(f, "capped_share") == {TPE: 20.0, KHH: 0.0, "total": 14.3}
    assert table(f, "void_share") == {TPE: 20.0, KHH: 0.0, "total": 14.3}


def test_teachers_by_hours_band_and_under_a_chosen_number(read) -> None:
    f = read("hours").figure("hours.teachers")
    assert table(f, "teachers") == {TPE: 3, KHH: 2, "total": 5}
    assert table(f, "hours") == {TPE: 23, KHH: 20, "total": 43}
    assert table(f, "band_0_0") == {TPE: 1, KHH: 1, "total": 2}  # T4 (void) and T5 (no course at all)
    assert table(f, "band_1_5") == {TPE: 1, KHH: 0, "total": 1}
    assert table(f, "band_18_35") == {TPE: 1, KHH: 1, "total": 2}
    assert table(f, "under") == {TPE: 2, KHH: 1, "total": 3}
    assert f.columns[-1].header == "未滿 18 小時"
    assert table(f, "band_36") == {TPE: 0, KHH: 0, "total": 0}


def test_under_hours_follows_the_chosen_number(module_database: Database, world: StatsWorld) -> None:
    with module_database.session() as s:
        f = stats.hour_figures(s, world.users.admin, StatsFilter(year=YEAR), under_hours=4).figure("hours.teachers")
    assert table(f, "under") == {TPE: 2, KHH: 1, "total": 3}  # 0, 3 | 0
    with module_database.session() as s:
        f = stats.hour_figures(s, world.users.admin, StatsFilter(year=YEAR), under_hours=3).figure("hours.teachers")
    assert table(f, "under") == {TPE: 1, KHH: 1, "total": 2}
    assert f.columns[-1].header == "未滿 3 小時"


def test_certificates_issued_and_verified(read) -> None:
    hours = read("hours")
    issued = hours.figure("certificates.issued")
    assert table(issued, "issued") == {TPE: 4, KHH: 1, "total": 5}
    assert table(issued, "current") == {TPE: 3, KHH: 0, "total": 3}
    assert table(issued, "superseded") == {TPE: 1, KHH: 0, "total": 1}
    assert table(issued, "revoked") == {TPE: 0, KHH: 1, "total": 1}
    assert table(issued, "current_hours") == {TPE: 21, KHH: 0, "total": 21}

    checked = hours.figure("certificates.verified")
    assert table(checked, "checks") == {TPE: 2, KHH: 1, "": 1, "total": 4}
    assert checked.rows[-1].name == "（未歸屬）"
    assert table(checked, "unknown") == {TPE: 0, KHH: 0, "": 1, "total": 1}
    assert checked.value(None, "genuine") == 1
    assert checked.value(None, "revoked") == 1

    by_month = read("hours", by=Grouping.MONTH).figure("certificates.issued")
    # issued at 00:30 on 1 August in Taiwan (still 31 July in UTC): school year 115, month August
    assert table(by_month, "issued") == {"2026-08": 1, "2026-09": 3, "2026-12": 1, "total": 5}


# --- accounts --------------------------------------------------------------------------------------------------


def test_account_figures_and_fax_turnaround_in_taiwan_days(read) -> None:
    f = read("accounts").figure("accounts.applications")
    assert table(f, "applied") == {TPE: 3, KHH: 2, "total": 5}
    assert table(f, "pending") == {TPE: 0, KHH: 1, "total": 1}
    assert table(f, "approved") == {TPE: 2, KHH: 0, "total": 2}
    assert table(f, "returned") == {TPE: 1, KHH: 0, "total": 1}
    assert table(f, "rejected") == {TPE: 0, KHH: 1, "total": 1}
    assert table(f, "fax_decided") == {TPE: 2, KHH: 1, "total": 3}
    assert table(f, "median_fax_days") == {TPE: 3.5, KHH: 1.0, "total": 2.0}

    months = read("accounts", by=Grouping.MONTH).figure("accounts.applications")
    assert table(months, "applied") == {"2026-09": 2, "2026-10": 1, "2026-11": 1, "2027-01": 1, "total": 5}


def test_accounts_cannot_be_grouped_by_course_fields(read) -> None:
    with pytest.raises(UserError, match="不能依「辦理方式」分列"):
        read("accounts", by=Grouping.DELIVERY)


# --- scope -------------------------------------------------------------------------------------------------------


def test_a_district_clerk_sees_only_their_district(read, world: StatsWorld) -> None:
    clerk = world.users.clerk  # 臺北市區管中心
    courses = read("courses", clerk).figure("courses.review")
    assert [r.key for r in courses.rows] == [TPE]
    assert table(courses, "submitted") == {TPE: 4, "total": 4}
    assert courses.value(None, "median_review_days") == 2.0
    hours = read("hours", clerk)
    assert table(hours.figure("hours.awards"), "teachers_trained") == {TPE: 2, "total": 2}
    assert table(hours.figure("certificates.verified"), "checks") == {TPE: 2, "total": 2}  # no unplaced checks
    assert table(read("accounts", clerk).figure("accounts.applications"), "applied") == {TPE: 3, "total": 3}
    assert read("accounts", clerk).scope == "臺北市區管中心"

    other = world.users.other_clerk  # 高雄市區管中心
    assert table(read("courses", other).figure("courses.review"), "submitted") == {KHH: 2, "total": 2}


def test_a_district_clerk_cannot_ask_for_another_districts_county(read, world: StatsWorld) -> None:
    for kind in ("courses", "hours", "accounts"):
        with pytest.raises(PermissionDenied, match="高雄市不在您的區管中心"):
            read(kind, world.users.clerk, county_code=KHH)
    own = read("courses", world.users.clerk, county_code=TPE)
    assert table(own.figure("courses.review"), "submitted") == {TPE: 4, "total": 4}
    assert "臺北市" in own.filter_text


def test_certificate_staff_see_hours_everywhere_but_not_course_review(read, world: StatsWorld) -> None:
    staff = world.users.certificate_staff
    assert table(read("hours", staff).figure("certificates.issued"), "issued") == {TPE: 4, KHH: 1, "total": 5}
    with pytest.raises(PermissionDenied):
        read("courses", staff)
    with pytest.raises(PermissionDenied):
        read("hours", world.users.coordinator)


def test_only_who_may_view_statistics_exports_the_workbook(read, world: StatsWorld, tmp_path: Path) -> None:
    """The figures were checked when computed; writing them is checked again, by the service: a coordinator
    handed figures gets no file."""
    figures = read("hours")
    path = tmp_path / "hours.xlsx"
    with pytest.raises(PermissionDenied):
        stats.write_figures_xlsx(world.users.coordinator, path, figures)
    assert not path.exists()


def test_bad_filters_are_refused_in_words(read) -> None:
    with pytest.raises(UserError, match="找不到縣市代碼「99」"):
        read("courses", county_code="99")
    with pytest.raises(UserError, match="指定學期時須一併指定學年度"):
        read("courses", year=None, term=1)
    with pytest.raises(UserError, match="學期須為 1"):
        read("courses", term=3)


# --- outputs -----------------------------------------------------------------------------------------------------


def test_json_has_every_row_and_the_total(read) -> None:
    data = read("accounts").to_json()
    assert data["year"] == YEAR and data["by"] == "county"
    (figure,) = data["figures"]
    assert figure["total"]["applied"] == 5
    assert [r["key"] for r in figure["rows"]] == [TPE, KHH]
    assert figure["columns"][0] == {"id": "applied", "header": "申請件數", "unit": "count"}


def test_the_workbook_holds_the_same_numbers(read, world: StatsWorld, tmp_path: Path) -> None:
    figures = read("hours")
    path = tmp_path / "hours.xlsx"
    stats.write_figures_xlsx(world.users.admin, path, figures)
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == [f.title for f in figures.figures]
    for figure in figures.figures:
        rows = [r for r in book[figure.title].iter_rows(values_only=True)]
        assert rows[0][0] == figure.title
        assert "115學年度" in rows[1][0] and "全部縣市" in rows[1][0]
        assert f"匯出者：{world.users.admin.display_name}" in rows[2][0]
        header = rows[4]
        assert list(header) == [figure.group_header, *(c.header for c in figure.columns)]
        body = {r[0]: list(r[1:]) for r in rows[5:] if r and r[0] is not None}
        for row in (*figure.rows, figure.total):
            assert body[row.name] == [v for v in row.values], (figure.id, row.name)
