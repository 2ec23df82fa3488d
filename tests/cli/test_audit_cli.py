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
    assert intact.stdout.splitlines()[0] == f"稽核紀錄完整：{entries} 筆"
    assert f"其中 {entries} 筆的金鑰驗證碼已用本機持有的金鑰核對無誤" in intact.stdout

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


def _tamper(path: Path, *statements: str) -> None:
    """Someone with the file: drop the append-only triggers, then change rows."""
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER IF EXISTS trg_audit_log_no_update")
    con.execute("DROP TRIGGER IF EXISTS trg_audit_log_no_delete")
    for stmt in statements:
        con.execute(stmt)
    con.commit()
    con.close()


def test_a_checkpoint_on_paper_catches_a_cut_tail_and_an_emptied_log(demo_file: Path, tmp_path: Path) -> None:
    paper = tmp_path / "檢查點.txt"
    taken = ntip("--db", str(demo_file), "audit", "checkpoint", "--out", str(paper))
    assert taken.returncode == 0, taken.stderr
    con = sqlite3.connect(demo_file)
    entries = con.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    con.close()
    assert f"紀錄筆數（最後序號）：{entries}" in taken.stdout
    line = taken.stdout.strip().splitlines()[-1]
    assert line.startswith("NTIP-AUDIT-CHECKPOINT/1 ") and paper.read_text(encoding="utf-8").strip().endswith(line)

    for against in (str(paper), line):
        ok = ntip("--db", str(demo_file), "audit", "verify", "--checkpoint", against)
        assert ok.returncode == 0, ok.stdout + ok.stderr
        assert f"與檢查點（序號 {entries}" in ok.stdout

    keep = entries - 3
    _tamper(
        demo_file,
        f"DELETE FROM audit_log WHERE seq > {keep}",
        f"UPDATE audit_head SET seq = {keep}, hash = (SELECT hash FROM audit_log WHERE seq = {keep}), "
        f"key_id = (SELECT key_id FROM audit_log WHERE seq = {keep}), "
        f"mac = (SELECT mac FROM audit_log WHERE seq = {keep})",
    )
    cut = ntip("--db", str(demo_file), "audit", "verify")
    assert cut.returncode == 1 and f"紀錄結尾（序號 {keep}）的金鑰驗證碼不符" in cut.stdout
    cut = ntip("--db", str(demo_file), "audit", "verify", "--checkpoint", str(paper))
    assert cut.returncode == 1
    assert f"檢查點記載紀錄已到序號 {entries}，現在只到序號 {keep}" in cut.stdout

    _tamper(
        demo_file,
        "DELETE FROM audit_log",
        "UPDATE audit_head SET seq = 0, hash = '" + "0" * 64 + "', key_id = NULL, mac = NULL",
    )
    empty = ntip("--db", str(demo_file), "audit", "verify", "--checkpoint", str(paper))
    assert empty.returncode == 1 and f"檢查點記載紀錄已到序號 {entries}，現在只到序號 0" in empty.stdout
    assert "完整" not in empty.stdout


def test_a_rewritten_chain_is_named_at_the_edited_entry(demo_file: Path) -> None:
    from ntip_desktop.models import AuditEntry
    from ntip_desktop.services import audit

    _tamper(demo_file, "UPDATE audit_log SET reason = '順手改一下' WHERE seq = 5")
    db = Database(str(demo_file))
    with db.session() as s:  # the forger recomputes every hash from entry 5 on
        rows = list(s.query(AuditEntry).where(AuditEntry.seq >= 5).order_by(AuditEntry.seq))
        prev, updates = rows[0].prev_hash, []
        for e in rows:
            digest = audit.entry_hash(prev, audit._entry_fields(e))
            updates.append((prev, digest, e.seq))
            prev = digest
    db.dispose()
    con = sqlite3.connect(demo_file)
    con.executemany("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", updates)
    con.execute("UPDATE audit_head SET hash = ?", (prev,))
    con.commit()
    con.close()
    run = ntip("--db", str(demo_file), "audit", "verify")
    assert run.returncode == 1
    assert "序號 5 的金鑰驗證碼不符" in run.stdout and "完整" not in run.stdout
    refused = ntip("--db", str(demo_file), "audit", "checkpoint")
    assert refused.returncode == 1 and "序號 5" in refused.stdout and "NTIP-AUDIT-CHECKPOINT" not in refused.stdout


def test_a_checkpoint_that_cannot_be_read_exits_2(demo_file: Path, tmp_path: Path) -> None:
    for bad in ("seq=5 hash=abc", str(tmp_path / "none.txt")):
        run = ntip("--db", str(demo_file), "audit", "verify", "--checkpoint", bad)
        assert run.returncode == 2 and run.stdout == ""
        assert "--checkpoint" in run.stderr
