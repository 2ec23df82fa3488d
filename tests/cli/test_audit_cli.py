"""``ntip audit verify|list`` on a demo database: an intact chain, then one a person tampered with."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from ntip_desktop.services.db import Database
from ntip_desktop.services.demo import seed


def ntip(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ntip_desktop.cli.main", *args],
        capture_output=True,
        timeout=120,
        text=True,
        encoding="utf-8",
    )


@pytest.fixture
def demo_file(tmp_path: Path, sqlite_template: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    db = Database(str(path))
    seed(db, "small", today=date(2026, 11, 25))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


def test_verify_says_the_chain_is_intact_then_names_the_tampered_entry(demo_file: Path) -> None:
    con = sqlite3.connect(demo_file)
    entries = con.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    con.close()
    intact = ntip("--db", str(demo_file), "audit", "verify")
    assert intact.returncode == 0, intact.stderr
    assert intact.stdout.strip() == f"稽核紀錄完整：{entries} 筆"

    con = sqlite3.connect(demo_file)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("UPDATE audit_log SET reason = '無' WHERE seq = 6")
    con.execute("DROP TRIGGER trg_audit_log_no_update")
    con.execute("UPDATE audit_log SET reason = '順手改一下' WHERE seq = 6")
    con.commit()
    con.close()

    tampered = ntip("--db", str(demo_file), "audit", "verify")
    assert tampered.returncode == 1
    assert "序號 6 的內容與其雜湊值不符（遭竄改）" in tampered.stdout
    assert "完整" not in tampered.stdout


def test_list_filters_by_entity_and_gives_json(demo_file: Path) -> None:
    run = ntip("--db", str(demo_file), "audit", "list", "--entity", "teacher", "--json")
    assert run.returncode == 0, run.stderr
    rows = json.loads(run.stdout)
    assert [(r["entity"], r["action"], r["reason"], r["source"]) for r in rows] == [
        ("teacher", "demo_seed", "建立示範資料", "system")
    ]
    assert rows[0]["new"]["count"] == 2000

    text = ntip("--db", str(demo_file), "audit", "list", "--limit", "3")
    lines = text.stdout.splitlines()
    assert text.returncode == 0 and len(lines) == 3
    seqs = [int(line.split("\t")[0]) for line in lines]
    assert seqs == sorted(seqs, reverse=True), "newest first"
    assert all(line.split("\t")[1].startswith("115/") for line in lines), "ROC dates"


def test_verify_on_a_database_that_is_not_current_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    sqlite3.connect(path).close()
    run = ntip("--db", str(path), "audit", "verify")
    assert run.returncode == 2
    assert "ntip db upgrade" in run.stderr and run.stdout == ""
