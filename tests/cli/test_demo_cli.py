"""``ntip demo seed`` as the setup script runs it: upgrade, seed, summary; a second run is refused."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path


def ntip(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ntip_desktop.cli.main", *args],
        capture_output=True,
        timeout=300,
        text=True,
        encoding="utf-8",
    )


def test_seed_creates_the_database_prints_a_summary_and_refuses_a_second_run(tmp_path: Path) -> None:
    path = tmp_path / "demo" / "ntip-demo.sqlite3"
    run = ntip("--db", str(path), "demo", "seed", "--scale", "small")
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "規模 small" in out
    assert any(line.split()[-2:] == ["2,000", "teachers"] for line in out.splitlines())
    assert "密碼皆為 ntipdemo" in out
    for login in ("admin", "clerk", "coordinator", "certstaff"):
        assert any(line.split()[:1] == [login] for line in out.splitlines()), login
    assert "臺北市教師在職進修資訊網區管中心" in out

    con = sqlite3.connect(path)
    teachers = con.execute("SELECT count(*) FROM teachers").fetchone()[0]
    con.close()
    assert teachers == 2000

    again = ntip("--db", str(path), "demo", "seed")
    assert again.returncode == 2
    assert again.stdout == ""
    assert "已有資料" in again.stderr and "資料庫未被更動" in again.stderr
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM teachers").fetchone()[0] == 2000
    con.close()


def test_an_unknown_scale_is_a_usage_error(tmp_path: Path) -> None:
    run = ntip("--db", str(tmp_path / "x.sqlite3"), "demo", "seed", "--scale", "nation")
    assert run.returncode == 2
    assert run.stdout == "" and "--scale" in run.stderr
    assert not (tmp_path / "x.sqlite3").exists()
