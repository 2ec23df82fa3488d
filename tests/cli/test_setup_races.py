"""Two programs setting up one new database at once (issue 13): ``db upgrade`` or ``demo seed`` in two
processes released together, on SQLite and PostgreSQL.

One builds it; the other is told plainly that someone else is building it (exit 2, nothing on stdout) or,
when it came after, finds it built. Never SQL text, a unique-key error or 「不是 NTIP Desk 的資料庫」, and the
database ends up whole: the newest schema, one demo data set (not two), a chain that verifies.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from processes import Run, run_ntip, small_demo
from sqlalchemy import create_engine, func, inspect, select, text
from sqlalchemy.engine import make_url

from ntip_desktop.models import OfficeUser, Teacher
from ntip_desktop.services import audit
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import SETUP_LOCK, Database, head_revision, schema_status

BUSY = "另一個程式正在建立這個資料庫，請稍後再試。"
#: What must never reach a person: driver errors, SQL, tracebacks.
RAW = ("Traceback", "IntegrityError", "UniqueViolation", "[SQL", "sqlite3.", "psycopg", "不是 NTIP Desk 的資料庫")


@pytest.fixture(params=["sqlite", "postgresql"])
def new_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The address of a database nobody has set up yet: an SQLite file not yet there, or a new, empty
    PostgreSQL database on the test server (dropped afterwards)."""
    if request.param == "sqlite":
        yield str(tmp_path / "new.sqlite3")
        return
    server = os.environ.get("NTIP_TEST_PG_URL", "")
    if not server:
        if os.environ.get("CI"):
            pytest.fail("NTIP_TEST_PG_URL is not set: CI must run the PostgreSQL half of the suite")
        pytest.skip("no PostgreSQL server configured (set NTIP_TEST_PG_URL)")
    name = f"ntip_new_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()


def _assert_nothing_raw(*runs: Run) -> None:
    for run in runs:
        assert not any(raw in run.stderr or raw in run.stdout for raw in RAW), run.stderr


def _tables(url: str) -> set[str]:
    db = Database(url)
    try:
        with db.engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        db.dispose()


def _built(url: str) -> tuple[str | None, int, int, bool]:
    """Schema revision, office users, teachers, and whether the audit chain verifies."""
    db = Database(url)
    try:
        with db.session() as s:
            return (
                schema_status(db.engine).current,
                s.execute(select(func.count()).select_from(OfficeUser)).scalar_one(),
                s.execute(select(func.count()).select_from(Teacher)).scalar_one(),
                audit.verify(s, console_user()).ok,
            )
    finally:
        db.dispose()


def _winner_and_other(runs: list[Run], won: str) -> tuple[Run, Run]:
    winners = [r for r in runs if r.exitcode == 0 and won in r.stdout]
    assert len(winners) == 1, runs
    return winners[0], next(r for r in runs if r is not winners[0])


def test_two_upgrades_at_once_on_a_new_database_one_builds_it_the_other_is_told(
    new_database: str, tmp_path: Path
) -> None:
    argv = ["--db", new_database, "db", "upgrade"]
    runs = run_ntip(tmp_path, argv, argv)
    _assert_nothing_raw(*runs)
    _, other = _winner_and_other(runs, f"已建立：（空白）→ {head_revision()}")
    if other.exitcode == 2:  # it came while the first was building
        assert other.stdout == "" and other.stderr.strip().endswith(BUSY), other.stderr
    else:  # it came after: nothing to do
        assert other.exitcode == 0 and "已是最新版本" in other.stdout, other
    assert _built(new_database) == (head_revision(), 0, 0, True)


@pytest.mark.parametrize("built", [False, True], ids=["new", "built-and-empty"])
def test_two_demo_seeds_at_once_give_one_data_set(new_database: str, tmp_path: Path, built: bool) -> None:
    if built:  # the seeds race for the data, not for the schema
        (upgrade,) = run_ntip(tmp_path, ["--db", new_database, "db", "upgrade"])
        assert upgrade.exitcode == 0, upgrade.stderr
    argv = ["--db", new_database, "demo", "seed"]
    runs = run_ntip(tmp_path, argv, argv, prepare=small_demo)
    _assert_nothing_raw(*runs)
    _, other = _winner_and_other(runs, "建立示範資料")
    assert other.exitcode == 2 and other.stdout == "", other
    told = other.stderr.strip().splitlines()[-1]
    assert any(
        phrase in told
        for phrase in (
            BUSY,  # while the first built the schema
            "另一個程式正在建立或升級這個資料庫，請稍後再試。",  # while the first seeded (PostgreSQL)
            "正被其他程式使用中（已鎖定）",  # while the first seeded, for longer than the busy timeout (SQLite)
            "此資料庫已有資料",  # after the first
        )
    ), other.stderr
    revision, users, teachers, verified = _built(new_database)
    assert (revision, users, verified) == (head_revision(), 4, True)
    assert 0 < teachers <= 60  # one small data set, not two


@pytest.fixture
def someone_setting_it_up(new_database: str) -> Iterator[None]:
    """Another program holding the setup lock of the new database (as ``db upgrade`` does while it builds)."""
    if new_database.startswith("postgresql"):
        engine = create_engine(new_database)
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": SETUP_LOCK})
            yield
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": SETUP_LOCK})
        engine.dispose()
    else:
        other = sqlite3.connect(new_database, isolation_level=None)
        other.execute("PRAGMA journal_mode=WAL")
        other.execute("BEGIN IMMEDIATE")
        yield
        other.rollback()
        other.close()


@pytest.mark.usefixtures("someone_setting_it_up")
@pytest.mark.parametrize("command", [["db", "upgrade"], ["demo", "seed"]], ids=["db-upgrade", "demo-seed"])
def test_setting_up_a_database_someone_else_is_setting_up_is_refused_at_once(
    new_database: str, tmp_path: Path, command: list[str]
) -> None:
    (run,) = run_ntip(tmp_path, ["--db", new_database, *command], prepare=small_demo)
    _assert_nothing_raw(run)
    assert run.exitcode == 2 and run.stdout == "", run
    assert run.stderr.strip().endswith(BUSY) and run.stderr.count("\n") == 1, run.stderr
    assert _tables(new_database) == set()  # nothing written


def test_a_seed_waits_for_no_one_but_checks_emptiness_under_the_lock(new_database: str, tmp_path: Path) -> None:
    """A built database: the seed that comes second sees the first's data and refuses, changing nothing."""
    argv = ["--db", new_database, "demo", "seed"]
    (first,) = run_ntip(tmp_path, argv, prepare=small_demo)
    assert first.exitcode == 0, first.stderr
    before = _built(new_database)
    (second,) = run_ntip(tmp_path, argv, prepare=small_demo)
    _assert_nothing_raw(second)
    assert second.exitcode == 2 and second.stdout == "" and "此資料庫已有資料" in second.stderr
    assert _built(new_database) == before
