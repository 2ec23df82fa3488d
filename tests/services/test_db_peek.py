"""The first look at an SQLite file with the standard library (issue 14 item 14): it must read the database
as services.db does, and answer "ready for signing in" only for an up-to-date file with users."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ntip_desktop.services import auth
from ntip_desktop.services.db import Database, default_sqlite_path, head_revision, migrate, resolve_url
from ntip_desktop.services.db_peek import ReadyFile, newest_revision, ready_to_sign_in, sqlite_file


def test_it_finds_the_file_services_db_opens(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NTIP_DB_URL", raising=False)
    assert sqlite_file(None) == default_sqlite_path()
    for given in (str(tmp_path / "辦公室.sqlite3"), f"sqlite:///{tmp_path / 'x.sqlite3'}", "~/ntip.sqlite3"):
        assert f"sqlite:///{sqlite_file(given)}" == resolve_url(given), given
    monkeypatch.setenv("NTIP_DB_URL", str(tmp_path / "env.sqlite3"))
    assert sqlite_file(None) == tmp_path / "env.sqlite3"
    assert sqlite_file("postgresql://ntip@server/ntip") is None
    assert newest_revision() == head_revision()


def _database(path: Path, *, users: bool) -> Database:
    db = Database(str(path))
    db.upgrade(backup=False)
    if users:
        with db.session() as s:
            auth.create_first_admin(s, login="admin", display_name="陳主任", password="correct horse")
    return db


def test_an_up_to_date_file_with_users_is_ready(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    db = _database(path, users=True)
    try:
        assert ready_to_sign_in(str(path)) == ReadyFile(path, db.describe())
    finally:
        db.dispose()


def test_every_other_database_gets_the_full_check(tmp_path: Path) -> None:
    assert ready_to_sign_in(str(tmp_path / "missing.sqlite3")) is None
    assert not (tmp_path / "missing.sqlite3").exists(), "a look creates nothing"
    assert ready_to_sign_in("postgresql://ntip@server/ntip") is None

    empty = _database(tmp_path / "new.sqlite3", users=False)  # first run: the wizard
    assert ready_to_sign_in(str(tmp_path / "new.sqlite3")) is None
    empty.dispose()

    older = _database(tmp_path / "older.sqlite3", users=True)  # must be migrated (and backed up) first
    migrate(older.engine, "0001", down=True)
    older.dispose()
    assert ready_to_sign_in(str(tmp_path / "older.sqlite3")) is None

    text = tmp_path / "notes.sqlite3"
    text.write_text("不是資料庫\n" * 100, encoding="utf-8")
    assert ready_to_sign_in(str(text)) is None

    foreign = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    assert ready_to_sign_in(str(foreign)) is None
