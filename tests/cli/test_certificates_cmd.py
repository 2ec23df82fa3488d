"""``ntip certificates issue|export|verify|record`` as another program calls them (docs/cli.md), on both engines."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from certificate_world import COURSE, TITLE, CertWorld, absent, build_certificate_world
from pdf_reading import pdf_flat_text, pdf_pages
from sqlalchemy import func, select

from ntip_desktop.models import Certificate, CertificateVerification
from ntip_desktop.services.db import Database
from ntip_desktop.services.rules.rocdate import format_roc, local_today, roc_year

YEAR = roc_year(local_today())


def ntip(db: Database, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ntip_desktop.cli.main", "--db", db.url, *args],
        env=dict(os.environ),
        capture_output=True,
        timeout=300,
        text=True,
        encoding="utf-8",
    )


def _count(database: Database, model: type) -> int:
    with database.session() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


@pytest.fixture
def cw(database: Database) -> CertWorld:
    return build_certificate_world(database)


def test_issue_export_and_verify_a_course(database: Database, cw: CertWorld, tmp_path: Path) -> None:
    issued = ntip(database, "certificates", "issue", "--course", COURSE, "--out", str(tmp_path / "batch.pdf"))
    assert issued.returncode == 1, issued.stderr  # two teachers could not be certified, and are named
    assert "陳志豪" in issued.stderr and "張曠課" in issued.stderr
    rows = [line.split("\t") for line in issued.stdout.splitlines()]
    assert [(r[0], r[2], r[3], r[4], r[5]) for r in rows] == [
        (f"{YEAR}-北市-000001", "A12345****", "王大明", COURSE, "3"),
        (f"{YEAR}-北市-000002", "B22345****", "林小華", COURSE, "3"),
    ]
    assert pdf_pages((tmp_path / "batch.pdf").read_bytes()) == 2

    out = tmp_path / "export"
    out.mkdir()
    exported = ntip(database, "certificates", "export", "--course", COURSE, "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    assert sorted(p.name for p in out.iterdir()) == [f"{YEAR}-北市-000001.pdf", f"{YEAR}-北市-000002.pdf"]
    assert "1 位教師" in exported.stderr  # 陳志豪: hours but no certificate
    merged = ntip(database, "certificates", "export", "--course", COURSE, "--out", str(out), "--one-file")
    assert merged.returncode == 0 and TITLE in pdf_flat_text((out / f"{COURSE}.pdf").read_bytes())

    code = rows[0][1]
    verified = ntip(database, "certificates", "verify", code.lower())
    assert verified.returncode == 0, verified.stderr
    fields = dict(line.split("\t") for line in verified.stdout.splitlines())
    assert fields["持有人"] == "王大明（A12345****）"
    assert fields["課程"] == f"{COURSE} {TITLE} 第1場"
    assert fields["時數"] == "3"
    assert fields["發證日期"] == format_roc(local_today(), "long")
    assert _count(database, CertificateVerification) == 1


def test_verify_exits_1_for_unknown_and_superseded_codes(database: Database, cw: CertWorld) -> None:
    code = ntip(database, "certificates", "issue", "--course", COURSE).stdout.splitlines()[0].split("\t")[1]
    unknown = ntip(database, "certificates", "verify", "ZZZZ-ZZZZ-ZZZZ")
    assert unknown.returncode == 1 and "查無此證明" in unknown.stdout
    absent(database, cw, "王大明", 60)
    superseded = ntip(database, "certificates", "verify", code)
    assert superseded.returncode == 1
    fields = dict(line.split("\t") for line in superseded.stdout.splitlines())
    assert fields["狀態"] == "已被取代" and "出席紀錄變更" in fields["原因"]
    again = ntip(database, "certificates", "issue", "--course", COURSE)
    new_number = again.stdout.splitlines()[0].split("\t")[0]
    replaced = ntip(database, "certificates", "verify", code)
    assert dict(line.split("\t") for line in replaced.stdout.splitlines())["現行證書字號"] == new_number
    assert _count(database, CertificateVerification) == 3


def test_bad_input_exits_2_and_writes_nothing(database: Database, cw: CertWorld, tmp_path: Path) -> None:
    unknown = ntip(database, "certificates", "issue", "--course", "NOPE")
    assert unknown.returncode == 2 and "NOPE" in unknown.stderr and unknown.stdout == ""
    bad_out = ntip(database, "certificates", "issue", "--course", COURSE, "--out", str(tmp_path / "x.txt"))
    assert bad_out.returncode == 2 and "--out" in bad_out.stderr
    missing = ntip(database, "certificates", "issue", "--course", COURSE, "--out", str(tmp_path / "no" / "x.pdf"))
    assert missing.returncode == 2
    both = ntip(database, "certificates", "issue", "--course", COURSE, "--year", "115")
    assert both.returncode == 2
    assert _count(database, Certificate) == 0
    out = tmp_path / "out"
    out.mkdir()
    none = ntip(database, "certificates", "export", "--course", COURSE, "--out", str(out))
    assert none.returncode == 1 and list(out.iterdir()) == []


def test_year_batch_and_annual_record(database: Database, cw: CertWorld, tmp_path: Path) -> None:
    from course_world import START

    year = START.year - 1911
    issued = ntip(database, "certificates", "issue", "--year", str(year), "--out", str(tmp_path / "year.zip"))
    assert issued.returncode == 1 and len(issued.stdout.splitlines()) == 2
    assert (tmp_path / "year.zip").stat().st_size > 0
    record = ntip(
        database,
        "certificates",
        "record",
        "--teacher",
        "A123456789",
        "--year",
        str(year),
        "--out",
        str(tmp_path / "r.pdf"),
    )
    assert record.returncode == 0, record.stderr
    assert "全年核給研習時數合計：3 小時" in pdf_flat_text((tmp_path / "r.pdf").read_bytes())
