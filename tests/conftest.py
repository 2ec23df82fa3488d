"""Shared fixtures: a fresh, migrated database per test on SQLite and, when configured, PostgreSQL.

``NTIP_TEST_PG_URL`` names a PostgreSQL database the tests may wipe (``.ci/run`` starts one). Without it
the PostgreSQL half is skipped locally and fails in CI (``CI`` set), so a missing server cannot pass.

Run in parallel (pytest-xdist, as ``scripts/test`` does), each worker process wipes a database of its own on
the same server, named after the given one and the worker (``ntip_test_gw0``, ``ntip_test_gw1``, ...) and
created when missing; ``NTIP_TEST_PG_URL`` is rewritten to it in the worker, so the tests and the programs
they start all see the worker's database. Run without xdist, the given database is used as it is.
"""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ntip_desktop.models import Base, ddl
from ntip_desktop.services.db import Database


def _database_of_this_process() -> str:
    """The PostgreSQL URL this test process may wipe: the given one, or in an xdist worker a database of
    the worker's own on the same server (created when missing), which the environment then names too."""
    given = os.environ.get("NTIP_TEST_PG_URL", "")
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")  # set by xdist before it loads this file; gw0, gw1, ...
    if not given or not worker:
        return given
    if not worker.isalnum():
        raise pytest.UsageError(f"unexpected pytest-xdist worker name {worker!r}")
    url = make_url(given)
    name = f"{url.database}_{worker}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")  # CREATE DATABASE runs outside a transaction
    try:
        with admin.connect() as conn:
            if conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first() is None:
                conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    finally:
        admin.dispose()
    mine = url.set(database=name).render_as_string(hide_password=False)
    os.environ["NTIP_TEST_PG_URL"] = mine  # for the test modules and the processes the tests start
    return mine


PG_URL = _database_of_this_process()


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_main_thread() -> Iterator[None]:
    """Python's cyclic collector runs only here, on the main thread, after each test; never on its own.

    Left to itself it runs in whichever thread happens to allocate: once it collected an earlier test's Qt
    objects on a task runner's thread, whose ``~QObject`` held Qt's connection lock while waiting for the
    interpreter, which the GUI thread held while waiting for that lock (the suite hung in a page's set-up).
    """
    gc.disable()
    yield
    gc.collect()


@pytest.fixture(scope="session", autouse=True)
def installation_config(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The configuration folder of the run (the installation's audit key): never the user's own."""
    folder = tmp_path_factory.mktemp("config")
    before = os.environ.get("NTIP_CONFIG_DIR")
    os.environ["NTIP_CONFIG_DIR"] = str(folder)
    yield folder
    if before is None:
        os.environ.pop("NTIP_CONFIG_DIR", None)
    else:
        os.environ["NTIP_CONFIG_DIR"] = before


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file per run; each test gets a copy (much faster than migrating each time)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(str(path))
    db.upgrade(backup=False)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_database() -> Iterator[Database]:
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("NTIP_TEST_PG_URL is not set: CI must run the PostgreSQL half of the suite")
        pytest.skip("no PostgreSQL server configured (set NTIP_TEST_PG_URL)")
    db = Database(PG_URL)
    with db.engine.begin() as conn:  # start from nothing, then migrate like a real install
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    db.upgrade(backup=False)
    yield db
    db.dispose()


def _wipe_postgres(db: Database) -> None:
    tables = ", ".join(t.name for t in Base.metadata.sorted_tables if t.name != "audit_head")
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        conn.execute(
            text("UPDATE audit_head SET seq = 0, hash = :h, key_id = NULL, mac = NULL WHERE id = 1"), {"h": "0" * 64}
        )
        for stmt in ddl.drop_guards("postgresql") + ddl.create_guards("postgresql"):  # a test may drop them
            conn.exec_driver_sql(stmt)


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated, empty database: every test using it runs on both engines."""
    if request.param == "sqlite":
        path = tmp_path / "ntip.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        db = Database(str(path))
        yield db
        db.dispose()
    else:
        db = request.getfixturevalue("pg_database")
        _wipe_postgres(db)
        yield db


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def module_database(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A fresh, migrated, empty database on each engine that a module's tests share (each test must then
    make data of its own, e.g. a new application per race)."""
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("module") / "ntip.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        db = Database(str(path))
        yield db
        db.dispose()
    else:
        db = request.getfixturevalue("pg_database")
        _wipe_postgres(db)
        yield db


@pytest.fixture
def session(database: Database) -> Iterator:
    """A session on the fresh database; the test commits what it wants to keep."""
    s = database.new_session()
    try:
        yield s
    finally:
        s.rollback()
        s.close()
