"""Deletions travel in report packages (docs/packages.md, 「學校刪除的資料」): a package carries each of its
courses whole, so a record the office holds under such a course that the package no longer carries, and that
came from the school unchanged, was deleted at the school; the import deletes it too.

The laptop is the world of tests/attendance_world.py (建國中學's course of 2026-03-02, three teachers, absences
of teacher 1 in S1 and teacher 3 in S3); the office is the ``database`` fixture (both engines).
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from account_world import SCHOOL_TPE, build_world
from attendance_world import AttendanceWorld, build_attendance_world
from sqlalchemy import select

from ntip_desktop.errors import UserError
from ntip_desktop.models import (
    Absence,
    AbsenceReason,
    AuditEntry,
    AuditSource,
    Enrollment,
    HourAward,
    ReportMonth,
    ReportState,
    Teacher,
)
from ntip_desktop.services import attendance, audit, packages
from ntip_desktop.services.attendance import CellChange, Mark
from ntip_desktop.services.db import Database

MONTH = (2026, 3)


@pytest.fixture
def laptop(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "laptop.sqlite3"
    shutil.copy(sqlite_template, path)
    db = Database(str(path))
    yield db
    db.dispose()


@pytest.fixture
def school(laptop: Database) -> AttendanceWorld:
    world = build_attendance_world(laptop, teachers=3)
    with laptop.session() as s:
        attendance.set_marks(
            s,
            world.coordinator,
            world.course.id,
            [
                _cell(world, 1, "S1", Mark(30, AbsenceReason.LEAVE)),
                _cell(world, 3, "S3", Mark(90, AbsenceReason.UNEXCUSED)),
            ],
        )
    return world


@pytest.fixture
def office(database: Database) -> Any:
    world = build_world(database)
    with database.session() as s:
        packages.trust_installation(s, world.clerk, packages.installation_line(), SCHOOL_TPE)
    return world


def _cell(world: AttendanceWorld, seat: int, segment: str, new: Mark | None, old: Mark | None = None) -> CellChange:
    return CellChange(world.course.enrollments[seat - 1], world.course.segments[segment], old, new)


def _send(laptop: Database, school: AttendanceWorld, path: Path) -> Path:
    with laptop.session() as s:
        packages.export_package(s, school.coordinator, SCHOOL_TPE, MONTH, path)
    return path


def _first_report(laptop: Database, school: AttendanceWorld, office: Any, database: Database, tmp_path: Path) -> None:
    with database.session() as s:
        assert packages.import_package(s, office.clerk, _send(laptop, school, tmp_path / "first.zip")).applied == 11


def _school_corrects(laptop: Database, school: AttendanceWorld) -> None:
    """The school clears teacher 1's absence (wrongly keyed) and removes teacher 3 (and so their absence)."""
    with laptop.session() as s:
        attendance.set_marks(
            s, school.coordinator, school.course.id, [_cell(school, 1, "S1", None, Mark(30, AbsenceReason.LEAVE))]
        )
    with laptop.session() as s:
        attendance.unenrol(s, school.coordinator, school.course.id, [school.course.enrollments[2]], reason="報名錯誤")


def _deleted(preview: packages.Preview) -> dict[str, int]:
    return {t.table: t.deleted for t in preview.tables}


def _absences(database: Database) -> set[tuple[uuid.UUID, uuid.UUID]]:
    with database.session() as s:
        return set(s.execute(select(Absence.enrollment_id, Absence.segment_id)))


def _enrollments(database: Database) -> set[uuid.UUID]:
    with database.session() as s:
        return set(s.execute(select(Enrollment.id)).scalars())


def test_what_the_school_deleted_is_deleted_at_the_office_with_an_audit_entry_each(
    laptop: Database, school: AttendanceWorld, office: Any, database: Database, tmp_path: Path
) -> None:
    _first_report(laptop, school, office, database, tmp_path)
    _school_corrects(laptop, school)
    path = _send(laptop, school, tmp_path / "second.zip")

    with database.session() as s:
        preview = packages.preview_import(s, office.clerk, path)
    assert _deleted(preview) == {"courses": 0, "segments": 0, "enrollments": 1, "attendance": 2}
    assert preview.counts()["deleted"] == 3 and not preview.conflicts
    assert len(_absences(database)) == 2  # the preview wrote nothing

    with database.session() as s:
        done = packages.import_package(s, office.clerk, path)
    assert done.deleted == 3 and done.applied == 0
    assert _absences(database) == set()
    assert _enrollments(database) == set(school.course.enrollments[:2])
    with database.session() as s:
        entries = s.execute(
            select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.old, AuditEntry.new, AuditEntry.reason).where(
                AuditEntry.action == "delete", AuditEntry.source == AuditSource.SYNC
            )
        ).all()
        chain = audit.verify(s, office.admin)
    assert sorted(e.entity for e in entries) == ["absence", "absence", "enrollment"]
    assert all(done.preview.sha256 in e.reason and e.new is None for e in entries)
    removed = next(e for e in entries if e.entity == "enrollment")
    assert removed.entity_id == str(school.course.enrollments[2]) and removed.old["seat_no"] == 3
    assert {e.old["minutes"] for e in entries if e.entity == "absence"} == {30, 90}
    assert chain.ok, chain.explanation()

    # the office's hours follow the school's correction: teacher 1 has the whole course, teacher 3 none
    with database.session() as s:
        attendance.award_course(s, office.certificate_staff, school.course.id)
    with database.session() as s:
        hours = dict(
            s.execute(
                select(Teacher.national_id, HourAward.hours).join(Teacher, Teacher.id == HourAward.teacher_id)
            ).all()
        )
    with laptop.session() as s:
        ids = dict(s.execute(select(Teacher.id, Teacher.national_id)).all())
    first, second, third = (ids[t] for t in school.course.teachers)
    assert hours[first] == hours[second] > 0 and third not in hours


def test_the_same_package_again_deletes_nothing(
    laptop: Database, school: AttendanceWorld, office: Any, database: Database, tmp_path: Path
) -> None:
    _first_report(laptop, school, office, database, tmp_path)
    _school_corrects(laptop, school)
    path = _send(laptop, school, tmp_path / "second.zip")
    with database.session() as s:
        packages.import_package(s, office.clerk, path)
    with database.session() as s:
        again = packages.preview_import(s, office.clerk, path)
        assert again.already_applied and again.counts()["deleted"] == 0
        assert packages.import_package(s, office.clerk, path).deleted == 0
    # a fresh export of the same state is another file, and finds nothing left to delete
    with database.session() as s:
        third = packages.import_package(s, office.clerk, _send(laptop, school, tmp_path / "third.zip"))
    assert third.deleted == 0 and third.preview.counts()["deleted"] == 0 and not third.preview.conflicts


def test_a_record_the_office_changed_since_is_a_conflict_and_one_it_entered_is_left_alone(
    laptop: Database, school: AttendanceWorld, office: Any, database: Database, tmp_path: Path
) -> None:
    _first_report(laptop, school, office, database, tmp_path)
    with database.session() as s:  # the office corrects teacher 1's absence, and records one of teacher 2
        attendance.set_marks(
            s,
            office.clerk,
            school.course.id,
            [
                _cell(school, 1, "S1", Mark(20, AbsenceReason.LEAVE), Mark(30, AbsenceReason.LEAVE)),
                _cell(school, 2, "S2", Mark(10, AbsenceReason.LEAVE)),
            ],
        )
    _school_corrects(laptop, school)
    path = _send(laptop, school, tmp_path / "second.zip")
    with database.session() as s:
        done = packages.import_package(s, office.clerk, path)
    # teacher 3 and their absence go; teacher 1's absence, changed here, stays and is listed; teacher 2's stays
    assert _deleted(done.preview) == {"courses": 0, "segments": 0, "enrollments": 1, "attendance": 1}
    (conflict,) = done.preview.conflicts
    assert conflict.table == "attendance" and conflict.label.startswith("115T0001 ") and conflict.label.endswith(" S1")
    assert "學校已刪除此筆，但本處在上次傳報後修改了此筆" in conflict.reason
    assert _absences(database) == {
        (school.course.enrollments[0], school.course.segments["S1"]),
        (school.course.enrollments[1], school.course.segments["S2"]),
    }


def test_an_enrollment_keeps_its_place_while_the_office_holds_an_absence_of_it(
    laptop: Database, school: AttendanceWorld, office: Any, database: Database, tmp_path: Path
) -> None:
    _first_report(laptop, school, office, database, tmp_path)
    with database.session() as s:  # the office records an absence of teacher 3 the school never saw
        attendance.set_marks(s, office.clerk, school.course.id, [_cell(school, 3, "S1", Mark(10, AbsenceReason.LEAVE))])
    _school_corrects(laptop, school)
    with database.session() as s:
        done = packages.import_package(s, office.clerk, _send(laptop, school, tmp_path / "second.zip"))
    assert _deleted(done.preview)["enrollments"] == 0
    assert [c.table for c in done.preview.conflicts] == ["enrollments"]
    assert school.course.enrollments[2] in _enrollments(database)
    assert (school.course.enrollments[2], school.course.segments["S1"]) in _absences(database)


def test_a_deletion_in_a_locked_month_is_refused_like_a_change(
    laptop: Database, school: AttendanceWorld, office: Any, database: Database, tmp_path: Path
) -> None:
    _first_report(laptop, school, office, database, tmp_path)
    with database.session() as s:
        s.add(ReportMonth(county_code="63", year=2026, month=3, state=ReportState.CONFIRMED, records=1))
    _school_corrects(laptop, school)
    path = _send(laptop, school, tmp_path / "second.zip")
    with database.session() as s:
        preview = packages.preview_import(s, office.clerk, path)
    assert preview.locked_months == ("115年3月",) and preview.counts()["locked"] == 3
    with database.session() as s, pytest.raises(UserError, match="鎖定"):
        packages.import_package(s, office.clerk, path)
    assert len(_absences(database)) == 2 and len(_enrollments(database)) == 3
