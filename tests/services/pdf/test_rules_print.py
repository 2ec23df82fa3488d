"""The rule set and award traces print as readable Chinese PDFs."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pdfplumber

from ntip_desktop.services.pdf.rules_print import TraceEntry, render_award_traces, render_rule_set
from ntip_desktop.services.rules import hours
from ntip_desktop.services.rules.ids import mask_id
from ntip_desktop.services.rules.ruleset import DEFAULT_RULE_SET, describe


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def test_rule_set_sheet_lists_every_parameter_in_chinese() -> None:
    rows = describe(DEFAULT_RULE_SET)
    text = _text(render_rule_set(rows, version="2009-10-08", printed_on=date(2026, 11, 25)))
    flat = text.replace("\n", "").replace(" ", "")
    assert "研習時數與課程審核規則參數" in text
    assert "每日採計上限（第10條第2款）6小時" in flat
    assert "每週採計上限（第10條第2款）35小時" in flat
    assert "瑜珈" in flat and "法輪功" in flat  # Art 9 category 4 terms
    assert "中華民國115年11月25日" in flat
    with pdfplumber.open(io.BytesIO(render_rule_set(rows, version="2009-10-08"))) as doc:
        printed_rows = [
            "".join(c or "" for c in row).replace("\n", "").replace(" ", "")
            for page in doc.pages
            for table in page.extract_tables()
            for row in table
        ]
    body = [r for r in printed_rows if r != "項目參數"]  # the header repeats on each page
    assert body == [(label + value).replace(" ", "") for label, value in rows]


def test_award_trace_sheet_shows_the_steps_and_masks_the_id() -> None:
    d = datetime
    course = hours.CourseInput(
        "115A0001",
        "in_person",
        (
            hours.Segment("s1", d(2026, 3, 2, 9), d(2026, 3, 2, 10, 30)),
            hours.Segment("s2", d(2026, 3, 2, 10, 30), d(2026, 3, 2, 10, 45), "tea_break"),
        ),
    )
    (award,) = hours.compute_awards([course], [hours.Enrollment("A123456789", "115A0001")])
    entry = TraceEntry(
        mask_id("A123456789"), "王大明", "115A0001", "數學素養導向教學工作坊", award.hours, "核發", award.trace
    )
    flat = _text(render_award_traces([entry], rule_set_version="2009-10-08")).replace("\n", "").replace(" ", "")
    assert "A12345****" in flat and "A123456789" not in flat
    assert "連續90分鐘→2小時（第10條第1款）" in flat
    assert "結果：核發，核發2小時" in flat


def test_cli_prints_the_rule_set_in_force(tmp_path: Path) -> None:
    out = tmp_path / "rules.pdf"
    db = str(tmp_path / "x.sqlite3")
    created = subprocess.run(
        [sys.executable, "-m", "ntip_desktop.cli.main", "--db", db, "db", "upgrade"], capture_output=True
    )
    assert created.returncode == 0  # (printing only reads: it no longer creates the database itself)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "ntip_desktop.cli.main",
            "--db",
            str(tmp_path / "x.sqlite3"),
            "rules",
            "print",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert "2009-10-08" in proc.stderr and proc.stdout == ""
    assert "每日採計上限" in _text(out.read_bytes())


def test_cli_refuses_a_missing_folder_and_writes_nothing(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "ntip_desktop.cli.main",
            "rules",
            "print",
            "--default",
            "--out",
            str(tmp_path / "no" / "r.pdf"),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2 and "資料夾不存在" in proc.stderr
    assert not (tmp_path / "no").exists()
