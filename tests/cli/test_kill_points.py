"""``kill -9`` in the middle of ``demo seed``, ``hours award --all``, ``accounts import`` and ``db upgrade``
(issue 13).

Each command first runs whole once, counting its kill points: every database statement and every commit
it makes. Then, on fresh copies of the database it started from, it is run again and killed with SIGKILL
just before one of them: ``KILLS`` points drawn at random (a fixed seed, so a failure can be replayed;
``NTIP_TEST_KILL_SEED`` draws others), every commit, and the point just after each commit; and a few times
from outside, at a random moment of the run, wherever it then is (inside SQLite's commit, say). After each
kill the SQLite file must pass ``PRAGMA integrity_check`` and ``foreign_key_check``, hold either exactly the
rows it held before (byte for byte: running the command again is then the whole run, already seen to pass)
or the rows of the whole run, and its audit chain must verify.

Small data throughout (a shrunk demo, a few courses, a short file): the transactions are the ones big data
goes through, and each command takes seconds here, not minutes.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from account_world import SCHOOL_TPE, build_world
from attendance_world import add_course, build_attendance_world
from processes import run_ntip, small_demo

from ntip_desktop.services import audit
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import Database

pytestmark = pytest.mark.crash

#: Random kill points per command (besides every commit and the point after it).
KILLS = 10
#: Kills sent from outside at a random moment of the run, wherever the command then is.
KILLS_FROM_OUTSIDE = 3
SEED = int(os.environ.get("NTIP_TEST_KILL_SEED", "13"))


@dataclass(frozen=True)
class Survivor:
    """What a database file holds: a digest of every table's rows, and the row counts (the schema revision
    under ``alembic_version``). Empty for no file, or a file without tables."""

    contents: dict[str, str]
    counts: dict[str, object]


def _survivor(path: Path) -> Survivor:
    """Read the file, after checking that SQLite finds it sound."""
    if not path.exists():
        return Survivor({}, {})
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = [
            name
            for (name,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        contents, counts = {}, {}
        for table in tables:
            rows = con.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
            contents[table] = hashlib.sha256(repr(rows).encode()).hexdigest()
            counts[table] = rows if table == "alembic_version" else len(rows)
        return Survivor(contents, counts)
    finally:
        con.close()


def _audit_verifies(path: Path) -> bool:
    db = Database(str(path))
    try:
        with db.session() as s:
            return audit.verify(s, console_user()).ok
    finally:
        db.dispose()


def _copy(source: Path | None, target: Path) -> Path:
    """A fresh copy of the starting database (or no file, when the command starts from nothing)."""
    for leftover in target.parent.glob(target.name + "*"):
        leftover.unlink()
    if source is not None:
        shutil.copy(source, target)
    return target


def _kill_points(count: int, commits: Sequence[int], rng: random.Random) -> list[int]:
    """``KILLS`` random points, each commit, and the point after each commit."""
    points = set(rng.sample(range(1, count + 1), min(KILLS, count)))
    return sorted(points | set(commits) | {c + 1 for c in commits if c < count})


def _kill_everywhere(
    tmp: Path,
    start: Path | None,
    args: Callable[[Path], list[str]],
    *,
    prepare: Callable[[], None] | None = None,
) -> list[int]:
    """Run ``ntip *args(db)`` whole, then killed at each kill point on a copy of ``start`` (None: no file
    yet); check each survivor. Returns the kill points used."""
    whole = _copy(start, tmp / "whole.sqlite3")
    points_file = tmp / "points.json"
    started = time.monotonic()
    (run,) = run_ntip(tmp, args(whole), points_file=points_file, prepare=prepare)
    took = time.monotonic() - started
    assert run.exitcode == 0, run.stderr
    before, after = _survivor(start) if start else Survivor({}, {}), _survivor(whole)
    assert after.counts != before.counts and _audit_verifies(whole)
    counted = json.loads(points_file.read_text())
    rng = random.Random(SEED)
    points = _kill_points(counted["points"], counted["commits"], rng)

    def survived(where: str) -> None:
        left = _survivor(victim)
        # "after": the rows of the whole run (their ids and times differ from run to run, so they are counted)
        assert left.contents == before.contents or left.counts == after.counts, f"{where}: half done: {left.counts}"
        if left.contents:
            assert _audit_verifies(victim), f"{where}: the audit chain does not verify"

    for point in points:
        where = f"kill point {point} of {counted['points']} (commits: {counted['commits']})"
        victim = _copy(start, tmp / "victim.sqlite3")
        (killed,) = run_ntip(tmp, args(victim), kill_at=point, prepare=prepare)
        assert killed.killed, f"{where}: the command ended by itself ({killed.exitcode}): {killed.stderr}"
        survived(where)
    for _ in range(KILLS_FROM_OUTSIDE):  # anywhere at all, SQLite's own commit included
        moment = rng.uniform(0, took)
        victim = _copy(start, tmp / "victim.sqlite3")
        (killed,) = run_ntip(tmp, args(victim), kill_after=moment, prepare=prepare)
        assert killed.killed or killed.exitcode == 0, killed.stderr
        survived(f"kill -9 after {moment:.2f} s (the whole run took {took:.2f} s)")
    return points


def _built(path: Path, fill: Callable[[Database], object] | None = None) -> Path:
    """A database at the newest schema, filled by ``fill``, with everything in the main file (not the WAL),
    so that a copy of the file is a copy of the database."""
    db = Database(str(path))
    db.upgrade(backup=False)
    if fill is not None:
        fill(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


def test_kill_9_during_db_upgrade_of_a_new_database(tmp_path: Path) -> None:
    """Building the schema is one transaction: killed anywhere, the file has no tables, or all of them at
    the newest revision — never half a schema that the next start would call another program's database."""
    points = _kill_everywhere(tmp_path, None, lambda db: ["--db", str(db), "db", "upgrade"])
    assert len(points) >= KILLS


def test_kill_9_during_demo_seed(tmp_path: Path) -> None:
    """The seed is one transaction (on a new file ``demo seed`` first builds the schema: the test above):
    killed anywhere, the database is as empty as before, or holds the whole demo."""
    start = _built(tmp_path / "start.sqlite3")
    points = _kill_everywhere(tmp_path, start, lambda db: ["--db", str(db), "demo", "seed"], prepare=small_demo)
    assert len(points) >= KILLS


def _three_courses(db: Database) -> None:
    """Three approved courses that have ended, six teachers (four in every course): nothing awarded yet."""
    world = build_attendance_world(db, teachers=6)
    add_course(db, code="115T0002", title="差異化教學", teacher_ids=world.course.teachers, day=date(2026, 3, 3))
    add_course(db, code="115T0003", title="閱讀理解策略", teacher_ids=world.course.teachers[:4], day=date(2026, 3, 9))


def test_kill_9_during_hours_award_all(tmp_path: Path) -> None:
    """``hours award --all`` is one transaction: killed anywhere, no course has awards, or all have."""
    start = _built(tmp_path / "start.sqlite3", _three_courses)
    points = _kill_everywhere(tmp_path, start, lambda db: ["--db", str(db), "hours", "award", "--all"])
    assert len(points) >= KILLS


IMPORT_HEADER = (
    "帳號類別,身分類別,機關代碼,登入帳號,身分證字號,申請人姓名,申請人職稱,承辦人姓名,承辦人電話,承辦人電子郵件,"
    "同意書版本,同意時間"
)


def _import_file(path: Path) -> Path:
    """Eight web applications: six business accounts and two teacher accounts (activated at once)."""
    rows = [
        f"業務帳號,各級學校,{SCHOOL_TPE},ckhs.unit{n},,李校長,校長,王小明,02-2303-4381,unit{n}@ck.tp.edu.tw,"
        "98.07.08,115/03/02 09:15"
        for n in range(1, 7)
    ]
    rows += [
        f"教師個人帳號,,{SCHOOL_TPE},teacher.{name},{national_id},{name}老師,教師,{name}老師,0912-345-678,"
        f"{name}@ck.tp.edu.tw,98.07.08,115/03/02 09:15"
        for name, national_id in (("lin", "A123456789"), ("chen", "B123456780"))
    ]
    path.write_text("\n".join([IMPORT_HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_kill_9_during_accounts_import(tmp_path: Path) -> None:
    """An import is all or nothing: killed anywhere, none of the file's applications exist, or all do."""
    start = _built(tmp_path / "start.sqlite3", build_world)
    data = _import_file(tmp_path / "export.csv")
    points = _kill_everywhere(tmp_path, start, lambda db: ["--db", str(db), "accounts", "import", str(data)])
    assert len(points) >= KILLS
