"""``ntip db upgrade|info`` as an administrator or a script runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

import ntip_desktop.migrations
from ntip_desktop.services.db import head_revision


def ntip(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ntip_desktop.cli.main", *args],
        capture_output=True,
        timeout=120,
        text=True,
        encoding="utf-8",
    )


def test_upgrade_creates_the_database_then_says_it_is_current(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    first = ntip("--db", str(path), "db", "upgrade")
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == f"資料庫檔「{path}」已建立：（空白）→ {head_revision()}"
    second = ntip("--db", str(path), "db", "upgrade")
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip() == f"資料庫檔「{path}」已是最新版本（{head_revision()}），不需升級。"
    assert not list(tmp_path.glob("*.backup-*")), "nothing to back up when nothing changes"


def test_upgrade_from_an_older_revision_says_from_to_and_where_the_backup_is(tmp_path: Path) -> None:
    script = ScriptDirectory(str(Path(ntip_desktop.migrations.__file__).parent))
    previous = script.get_revision(head_revision()).down_revision
    if not isinstance(previous, str):
        pytest.skip("only one schema revision so far")
    path = tmp_path / "older.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", script.dir)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, previous)
    engine.dispose()
    run = ntip("--db", str(path), "db", "upgrade")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == f"資料庫檔「{path}」已升級：{previous} → {head_revision()}"
    backups = list(tmp_path.glob(f"older.backup-{previous}-*.sqlite3"))
    assert len(backups) == 1 and lines[1] == f"升級前的備份：{backups[0]}"


def test_a_file_that_is_not_a_database_is_refused_with_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("這是一份會議紀錄，不是資料庫。" * 100, encoding="utf-8")
    before = path.read_bytes()
    run = ntip("--db", str(path), "db", "upgrade")
    assert run.returncode == 2
    assert run.stdout == ""
    assert "不是資料庫檔" in run.stderr and run.stderr.startswith("ntip: ")
    assert path.read_bytes() == before


def test_info_names_the_revision_and_counts_rows(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    assert ntip("--db", str(path), "db", "upgrade").returncode == 0
    run = ntip("--db", str(path), "db", "info")
    assert run.returncode == 0, run.stderr
    assert f"資料庫檔「{path}」" in run.stdout
    assert f"結構版本：{head_revision()}（最新）" in run.stdout
    assert any(line.split()[-2:] == ["0", "teachers"] for line in run.stdout.splitlines())


def test_info_on_a_missing_file_says_so_and_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "office.sqlite3"
    run = ntip("--db", str(path), "db", "info")
    assert run.returncode == 2
    assert "不存在" in run.stderr and "ntip db upgrade" in run.stderr
    assert not path.parent.exists()
