"""``ntip backup --out FILE`` and ``ntip restore FILE`` as a person runs them: exit 0 and what was copied;
exit 2 and nothing written for a database that holds data, a damaged backup or a bad output path."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest

from ntip_desktop.models import Base
from ntip_desktop.services.db import Database
from ntip_desktop.services.demo import seed


def ntip(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ntip_desktop.cli.main", *args],
        capture_output=True,
        timeout=300,
        text=True,
        encoding="utf-8",
    )


@pytest.fixture
def demo_file(tmp_path: Path, sqlite_template: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    db = Database(str(path))
    seed(db, "small", today=date(2026, 11, 25))
    db.dispose()
    return path


def _count(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def test_backup_then_restore_into_a_new_file_then_refuse_a_second_restore(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "備份.zip"
    made = ntip("--db", str(demo_file), "backup", "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"已備份 {len(Base.metadata.sorted_tables)} 個資料表、")  # every table
    assert zipfile.is_zipfile(out)

    copy = tmp_path / "還原" / "copy.sqlite3"
    copy.parent.mkdir()
    restored = ntip("--db", str(copy), "restore", str(out))
    assert restored.returncode == 0, restored.stderr
    entries = _count(demo_file, "audit_log")
    assert f"稽核紀錄完整：{entries} 筆" in restored.stdout
    assert _count(copy, "teachers") == _count(demo_file, "teachers") == 2000
    assert _count(copy, "audit_log") == entries + 1  # the restore, recorded

    again = ntip("--db", str(copy), "restore", str(out))
    assert again.returncode == 2
    assert "此資料庫已有資料" in again.stderr and "資料庫未被更動" in again.stderr
    assert _count(copy, "audit_log") == entries + 1

    verified = ntip("--db", str(copy), "audit", "verify")
    assert verified.returncode == 0, verified.stdout


def test_a_damaged_backup_is_exit_2_and_creates_no_database(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "backup.zip"
    assert ntip("--db", str(demo_file), "backup", "--out", str(out)).returncode == 0
    data = bytearray(out.read_bytes())
    data[len(data) // 3] ^= 0xFF
    bad = tmp_path / "bad.zip"
    bad.write_bytes(bytes(data))
    target = tmp_path / "target.sqlite3"
    refused = ntip("--db", str(target), "restore", str(bad))
    assert refused.returncode == 2
    assert refused.stderr.startswith("ntip: backup: ")
    assert "不能還原" in refused.stderr or "不是 NTIP Desk 的備份檔" in refused.stderr
    assert not target.exists()

    missing = ntip("--db", str(target), "restore", str(tmp_path / "none.zip"))
    assert missing.returncode == 2 and "找不到備份檔" in missing.stderr
    assert not target.exists()


def test_backup_to_a_folder_or_a_missing_folder_is_exit_2(demo_file: Path, tmp_path: Path) -> None:
    folder = ntip("--db", str(demo_file), "backup", "--out", str(tmp_path))
    assert folder.returncode == 2 and "這是資料夾" in folder.stderr
    nowhere = ntip("--db", str(demo_file), "backup", "--out", str(tmp_path / "no" / "b.zip"))
    assert nowhere.returncode == 2 and "資料夾不存在" in nowhere.stderr
    assert not list(tmp_path.rglob("*.zip"))


def test_backup_of_a_missing_database_is_exit_2(tmp_path: Path) -> None:
    gone = ntip("--db", str(tmp_path / "none.sqlite3"), "backup", "--out", str(tmp_path / "b.zip"))
    assert gone.returncode == 2 and "不存在" in gone.stderr
    assert not (tmp_path / "b.zip").exists()
