"""Clerks importing report packages into one shared PostgreSQL database at once, in real processes (issue 12).

The same package raced by several clerks is applied exactly once: one process writes its records, the others
find it applied (or are told another clerk just did) and write nothing. Two packages of the same school that
change the same course, raced: the second to take the rows' locks plans on what the first wrote, and the
older package is refused once the newer one is in, so the course ends with the newer package's values and
one audit entry per package applied, and the audit chain verifies.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from account_world import SCHOOL_TPE, build_world
from attendance_world import build_attendance_world
from processes import run_ntip
from sqlalchemy import func, select, update

from ntip_desktop.models import AppliedPackage, AuditEntry, AuditSource, Course, Segment
from ntip_desktop.services import audit, packages
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import Database


@pytest.fixture
def office(database: Database) -> Database:
    if database.dialect != "postgresql":
        pytest.skip("several clerks share an office's PostgreSQL database; a coordinator's SQLite file has one user")
    build_world(database)
    with database.session() as s:
        packages.trust_installation(s, console_user(), packages.installation_line(), SCHOOL_TPE)
    return database


@pytest.fixture
def laptop(sqlite_template: Path, tmp_path: Path) -> Database:
    path = tmp_path / "laptop.sqlite3"
    shutil.copy(sqlite_template, path)
    db = Database(str(path))
    build_attendance_world(db, teachers=40)
    yield db
    db.dispose()


def _export(laptop: Database, path: Path) -> None:
    with laptop.session() as s:
        packages.export_package(s, console_user(), SCHOOL_TPE, (2026, 3), path)


def _count(db: Database, *where: object, model: type = AuditEntry) -> int:
    with db.session() as s:
        return s.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


def test_the_same_package_raced_by_four_clerks_is_applied_once(
    office: Database, laptop: Database, tmp_path: Path
) -> None:
    package = tmp_path / "p.zip"
    _export(laptop, package)
    runs = run_ntip(tmp_path, *[["--db", office.url, "package", "import", str(package)] for _ in range(4)])
    applied = [json.loads(r.stdout)["applied"] for r in runs if r.exitcode == 0]
    refused = [r for r in runs if r.exitcode != 0]
    assert sorted(applied, reverse=True)[:1] == [1 + 5 + 40] and applied.count(46) == 1, [r.stderr for r in runs]
    assert all(r.exitcode == 2 and "另一位承辦人" in r.stderr for r in refused), [r.stderr for r in refused]
    assert _count(office, model=AppliedPackage) == 1
    assert _count(office, AuditEntry.source == AuditSource.SYNC, AuditEntry.entity == "enrollment") == 40
    with office.session() as s:
        assert audit.verify(s, console_user()).ok


def test_two_packages_changing_one_course_raced_are_applied_one_after_the_other(
    office: Database, laptop: Database, tmp_path: Path
) -> None:
    _export(laptop, tmp_path / "base.zip")
    with office.session() as s:
        packages.import_package(s, console_user(), tmp_path / "base.zip")
    with laptop.session() as s:
        s.execute(update(Course).values(venue="視聽教室"))
    _export(laptop, tmp_path / "a.zip")
    with laptop.session() as s:
        s.execute(update(Course).values(venue="禮堂"))
        s.execute(update(Segment).where(Segment.label == "S1").values(topic="改過的主題"))
    _export(laptop, tmp_path / "b.zip")

    runs = run_ntip(
        tmp_path,
        ["--db", office.url, "package", "import", str(tmp_path / "a.zip")],
        ["--db", office.url, "package", "import", str(tmp_path / "b.zip")],
    )
    older, newer = runs
    assert newer.exitcode == 0, newer.stderr
    # the older package goes first, or is refused once the newer one is in: never put back over it
    assert older.exitcode == 0 or (older.exitcode == 2 and "較新的傳報檔" in older.stderr), older.stderr
    with office.session() as s:
        venue = s.execute(select(Course.venue)).scalar_one()
        topic = s.execute(select(Segment.topic).where(Segment.label == "S1")).scalar_one()
        version = s.execute(select(Course.version)).scalar_one()
        assert audit.verify(s, console_user()).ok
    assert (venue, topic) == ("禮堂", "改過的主題")
    applied = 1 + (older.exitcode == 0)
    assert _count(office, AuditEntry.entity == "course", AuditEntry.action == "import") == 1 + applied
    assert version == 1 + applied
    assert _count(office, model=AppliedPackage) == 1 + applied
