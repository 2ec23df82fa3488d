"""Opening, migrating and failing safely: what a user sees when the database is not as expected."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from ntip_desktop.errors import DatabaseProblem
from ntip_desktop.models import County, ReportingMode
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import Database, backup_sqlite, head_revision, open_database, resolve_url


def test_new_sqlite_file_is_created_migrated_and_upgrade_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "office.sqlite3"
    db = open_database(str(path))
    assert path.exists()
    again = db.upgrade()
    assert not again.changed and again.to_revision == head_revision()
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    db.dispose()


def test_bare_path_and_postgres_scheme_are_understood(tmp_path: Path) -> None:
    assert resolve_url(str(tmp_path / "x.sqlite3")).startswith("sqlite:///")
    assert resolve_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(str(path)).dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    con.commit()
    con.close()
    with pytest.raises(DatabaseProblem, match="比本程式新"):
        open_database(str(path))
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("ffff9999",)
    con.close()
    assert not list(tmp_path.glob("*.backup-*")), "a refused database must not be copied or changed"


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseProblem, match="不是 NTIP Desk 的資料庫"):
        open_database(str(path))
    con = sqlite3.connect(path)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["invoices"]
    con.close()


def test_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes("這是一份文字檔，不是資料庫。".encode() * 200)
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem, match="不是資料庫檔"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_locked_database_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NTIP_SQLITE_BUSY_MS", "200")
    path = tmp_path / "locked.sqlite3"
    open_database(str(path)).dispose()
    holder = sqlite3.connect(path, timeout=0.1)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        db = Database(str(path))
        with pytest.raises(DatabaseProblem, match="鎖定"), db.session() as s:
            s.add(
                County(code="99", name="測試縣", reporting_mode=ReportingMode.ONLINE, authority_name="測試縣政府教育處")
            )
        db.dispose()
    finally:
        holder.rollback()
        holder.close()
    db = Database(str(path))
    with db.session() as s:
        assert s.execute(select(County)).first() is None, "nothing was written while locked"
    db.dispose()


def test_full_disk_is_explained_and_nothing_half_written(tmp_path: Path) -> None:
    path = tmp_path / "full.sqlite3"
    db = open_database(str(path))
    with db.engine.connect() as conn:  # a database that cannot grow: SQLite's real "disk is full" path
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    db.dispose()
    db = Database(str(path))

    from sqlalchemy import event

    @event.listens_for(db.engine, "connect")
    def _cap(dbapi_conn, _rec):
        dbapi_conn.execute(f"PRAGMA max_page_count={pages + 2}")

    with pytest.raises(DatabaseProblem, match="磁碟空間已滿"), db.session() as s:
        for i in range(3000):
            s.add(
                County(code=f"{i:04d}", name=f"縣{i}", reporting_mode=ReportingMode.ONLINE, authority_name="教育處" * 5)
            )
    with db.session() as s:
        assert s.execute(select(County)).first() is None
    db.dispose()


def test_backup_copies_a_consistent_database(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    db = open_database(str(path))
    with db.session() as s:
        s.add(
            County(code="38", name="臺北市", reporting_mode=ReportingMode.BACK_END, authority_name="臺北市政府教育局")
        )
    copy = backup_sqlite(path, "0001")
    db.dispose()
    con = sqlite3.connect(copy)
    assert con.execute("SELECT name FROM counties").fetchall() == [("臺北市",)]
    con.close()


def test_killed_process_loses_no_committed_change(tmp_path: Path) -> None:
    path = tmp_path / "kill.sqlite3"
    open_database(str(path)).dispose()
    code = f"""
import os, signal
from ntip_desktop.models import County, ReportingMode
from ntip_desktop.services.db import Database
db = Database({str(path)!r})
with db.session() as s:
    s.add(County(code="66", name="臺中市", reporting_mode=ReportingMode.ONLINE, authority_name="臺中市政府教育局"))
s = db.new_session()
s.add(County(code="67", name="臺南市", reporting_mode=ReportingMode.ONLINE, authority_name="臺南市政府教育局"))
s.flush()
os.kill(os.getpid(), signal.SIGKILL)
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True)
    assert proc.returncode == -9
    db = Database(str(path))
    with db.session() as s:
        assert s.execute(select(County.name)).scalars().all() == ["臺中市"]
    db.dispose()


def test_both_engines_round_trip_timezone_aware_times(database: Database) -> None:
    from ntip_desktop.services import audit

    with database.session() as s:
        entry = audit.record(s, audit.Actor.system(), "county", "38", "create", new={"name": "臺北市"})
        at = entry.at
    with database.session() as s:
        row = s.execute(text("SELECT count(*) FROM audit_log")).scalar()
        assert row == 1
        got = audit.list_entries(s, console_user())[0]
        assert got.at == at and got.at.tzinfo is not None


@pytest.mark.postgres
def test_wrong_postgres_password_is_explained(pg_database: Database) -> None:
    url = pg_database.engine.url.set(password="wrong-password")
    with pytest.raises(DatabaseProblem, match="帳號或密碼錯誤"):
        open_database(url.render_as_string(hide_password=False))


def test_opening_an_older_database_backs_it_up_before_migrating(tmp_path: Path) -> None:
    """Issue 2: the program upgrades on start after copying the SQLite file it is about to migrate."""
    from ntip_desktop.services.db import migrate

    path = tmp_path / "office.sqlite3"
    db = open_database(str(path))
    migrate(db.engine, "0001", down=True)
    with db.session() as s:
        s.add(
            County(code="38", name="臺北市", reporting_mode=ReportingMode.BACK_END, authority_name="臺北市政府教育局")
        )
    db.dispose()

    db = Database(str(path))
    result = db.upgrade()
    db.dispose()
    assert (result.from_revision, result.to_revision) == ("0001", head_revision())
    assert result.backup is not None and result.backup.parent == tmp_path and "0001" in result.backup.name
    con = sqlite3.connect(result.backup)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert con.execute("SELECT name FROM counties").fetchall() == [("臺北市",)]
    con.close()
    db = open_database(str(path))  # the migrated file still holds the data
    with db.session() as s:
        assert s.execute(select(County.name)).scalars().all() == ["臺北市"]
    db.dispose()


def test_the_quick_look_at_the_schema_agrees_with_alembic(tmp_path: Path) -> None:
    """Start-up reads the newest revision from the migration files without Alembic: it must be Alembic's."""
    from ntip_desktop.services.db_peek import newest_revision

    assert newest_revision() == head_revision()


def test_has_users_answers_without_the_models(database: Database) -> None:
    """The start-up question (sign in, or the first-run wizard) in one plain query, on both engines."""
    from ntip_desktop.services import auth

    assert database.has_users() is False
    with database.session() as s:
        auth.create_first_admin(s, login="admin", display_name="陳主任", password="correct horse")
    assert database.has_users() is True


class _TurnedToWalByAnother:
    """A real SQLite connection to a new file whose first ``times`` ``PRAGMA journal_mode=WAL`` meet the lock
    of a second program turning the same file to WAL at that moment — which SQLite answers at once with
    "database is locked", without its busy handler (seen about once in two hundred starts of four programs;
    too rare to wait for in a test, so the lock is played here)."""

    def __init__(self, path: Path, times: int) -> None:
        self.real = sqlite3.connect(path)
        self.times = times

    def cursor(self) -> _TurnedToWalByAnother:
        self._cursor = self.real.cursor()
        return self

    def execute(self, sql: str) -> sqlite3.Cursor:
        if sql == "PRAGMA journal_mode=WAL" and self.times:
            self.times -= 1
            raise sqlite3.OperationalError("database is locked")
        return self._cursor.execute(sql)

    def close(self) -> None:
        self._cursor.close()


def test_a_new_file_another_program_is_turning_to_wal_is_opened_once_it_has(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ntip_desktop.services.db import _sqlite_pragmas

    conn = _TurnedToWalByAnother(tmp_path / "new.sqlite3", times=3)
    _sqlite_pragmas(conn, None)  # type: ignore[arg-type]
    assert conn.real.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    conn.real.close()

    monkeypatch.setenv("NTIP_SQLITE_BUSY_MS", "100")  # a lock that stays is reported after the busy timeout
    stuck = _TurnedToWalByAnother(tmp_path / "stuck.sqlite3", times=10**9)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        _sqlite_pragmas(stuck, None)  # type: ignore[arg-type]
    stuck.real.close()
