"""``ntip stats`` on the hand-built statistics database (tests/stats_world.py): the same figures as the service,
as JSON or as a workbook, and the contract's usage."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from stats_world import YEAR, build_stats_world

from ntip_desktop.services.db import Database


def ntip(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ntip_desktop.cli.main", *args],
        capture_output=True,
        timeout=120,
        text=True,
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def stats_file(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    path = tmp_path_factory.mktemp("stats") / "stats.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    db = Database(str(path))
    build_stats_world(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


def test_courses_as_json_by_county(stats_file: Path) -> None:
    run = ntip("--db", str(stats_file), "stats", "courses", "--year", str(YEAR), "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert (data["topic"], data["year"], data["by"], data["scope"]) == ("courses", YEAR, "county", "全部")
    (review,) = data["figures"]
    assert [(r["name"], r["submitted"], r["median_review_days"]) for r in review["rows"]] == [
        ("臺北市", 4, 2.0),
        ("高雄市", 2, 10.0),
    ]
    assert review["total"]["submitted"] == 6 and review["total"]["median_review_days"] == 3.0


def test_hours_by_month_and_accounts_by_organizer(stats_file: Path) -> None:
    run = ntip("--db", str(stats_file), "stats", "hours", "--year", str(YEAR), "--by", "month", "--json")
    assert run.returncode == 0, run.stderr
    figures = {f["id"]: f for f in json.loads(run.stdout)["figures"]}
    assert {r["name"]: r["issued"] for r in figures["certificates.issued"]["rows"]} == {
        "115年8月": 1,
        "115年9月": 3,
        "115年12月": 1,
    }
    assert figures["hours.awards"]["total"]["hours"] == 43
    assert figures["hours.teachers"]["total"]["under"] == 3

    run = ntip("--db", str(stats_file), "stats", "accounts", "--year", str(YEAR), "--by", "organizer", "--json")
    assert run.returncode == 0, run.stderr
    (applications,) = json.loads(run.stdout)["figures"]
    assert {r["name"]: r["applied"] for r in applications["rows"]} == {
        "臺北市立建國高級中學": 2,
        "臺北市大安區大安國民小學": 1,
        "高雄市立高雄高級中學": 2,
    }


def test_xlsx_has_a_sheet_per_figure_with_the_filter_on_top(stats_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "統計.xlsx"
    run = ntip("--db", str(stats_file), "stats", "hours", "--year", str(YEAR), "--xlsx", str(out))
    assert run.returncode == 0, run.stderr
    assert "4 個工作表" in run.stdout
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["研習時數核給", "教師研習時數分布", "時數證明核發", "時數證明查驗"]
    rows = list(book["研習時數核給"].iter_rows(values_only=True))
    assert rows[1][0] == "篩選條件：115學年度；全部縣市；依縣市分列"
    assert "命令列" in rows[2][0]
    total = next(r for r in rows if r[0] == "合計")
    assert list(total[1:9]) == [7, 3, 43, 1, 1, 1, 14.3, 14.3]


def test_usage_follows_the_contract(stats_file: Path) -> None:
    no_output = ntip("--db", str(stats_file), "stats", "courses")
    assert no_output.returncode == 2 and no_output.stdout == ""
    both = ntip("--db", str(stats_file), "stats", "courses", "--json", "--xlsx", "x.xlsx")
    assert both.returncode == 2
    not_offered = ntip("--db", str(stats_file), "stats", "courses", "--by", "delivery", "--json")
    assert not_offered.returncode == 2
    bad_year = ntip("--db", str(stats_file), "stats", "courses", "--year", "0", "--json")
    assert bad_year.returncode == 2 and "學年度須為 1 至 999" in bad_year.stderr
    assert "Traceback" not in bad_year.stderr
