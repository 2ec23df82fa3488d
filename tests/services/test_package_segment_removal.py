"""A segment removed on the school computer travels in the next report package (docs/packages.md, 「學校刪除的資料」).

On the laptop the only way to remove a segment is to edit the course and drop it (``courses.update_course``);
a coordinator may edit only a course of theirs that is a draft or returned for correction (退回補正), and
attendance is recorded only on an approved course. So the round trip is: the office returns 建國中學's course of
three 90-minute segments asking for the third to go; the starter file takes it to the laptop; the coordinator
drops S3 there through the course service; the report package deletes S3 at the office. The office ("database",
both engines) then has the course resubmitted, approves and awards it: the teachers get the hours of two
segments.

The laptop is a fresh SQLite file and an installation of its own (its own configuration folder), as in
tests/services/test_starter.py.
"""

from __future__ import annotations

import dataclasses
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from account_world import SCHOOL_TPE, World, build_world
from attendance_world import add_teachers
from course_world import START, add_course
from sqlalchemy import select

from ntip_desktop.errors import UserError
from ntip_desktop.models import (
    Absence,
    AbsenceReason,
    AuditEntry,
    AuditSource,
    Course,
    CourseState,
    Enrollment,
    HourAward,
    Segment,
    Teacher,
)
from ntip_desktop.services import attendance, audit, courses, packages
from ntip_desktop.services.attendance import CellChange, Mark
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.db import Database

PASSWORD = "laptop pass 1"
MONTH = (START.year, START.month)


@dataclasses.dataclass(frozen=True)
class Office:
    world: World
    course: uuid.UUID
    code: str
    segments: dict[str, uuid.UUID]  #: label → id
    enrollments: tuple[uuid.UUID, ...]  #: in seat order
    national_ids: tuple[str, ...]  #: of the teachers, in seat order


@pytest.fixture
def laptop(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "laptop.sqlite3"
    shutil.copy(sqlite_template, path)
    db = Database(str(path))
    yield db
    db.dispose()


@pytest.fixture
def office(database: Database) -> Office:
    """建國中學's course of three segments S1-S3 (09:00-13:30) with two teachers, submitted by the school and
    returned by the district office for correction."""
    world = build_world(database)
    course_id = add_course(database, segments=3)
    teacher_ids = add_teachers(database, 2)
    with database.session() as s:
        enrollments = [Enrollment(course_id=course_id, teacher_id=t, seat_no=n) for n, t in enumerate(teacher_ids, 1)]
        s.add_all(enrollments)
        s.flush()
        seats = tuple(e.id for e in enrollments)
        segments = dict(s.execute(select(Segment.label, Segment.id).where(Segment.course_id == course_id)).all())
        national_ids = tuple(s.get_one(Teacher, t).national_id for t in teacher_ids)
    with database.session() as s:
        code = courses.decide(s, world.coordinator, course_id, "submit").code
    with database.session() as s:
        courses.decide(s, world.clerk, course_id, "return", reason="第三時段與另案重複，請刪除")
    return Office(world, course_id, code, segments, seats, national_ids)


@pytest.fixture
def side(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, installation_config: Path) -> Side:
    return Side(monkeypatch, tmp_path / "laptop-config", installation_config)


@dataclasses.dataclass(frozen=True)
class Side:
    """Which computer this process is: the laptop has an installation (keys) of its own; the office's is the
    run's configuration folder."""

    monkeypatch: pytest.MonkeyPatch
    laptop_config: Path
    office_config: Path

    def laptop(self) -> None:
        self.monkeypatch.setenv("NTIP_CONFIG_DIR", str(self.laptop_config))

    def office(self) -> None:
        self.monkeypatch.setenv("NTIP_CONFIG_DIR", str(self.office_config))


def _start_laptop(database: Database, laptop: Database, office: Office, side: Side, tmp_path: Path) -> CurrentUser:
    with database.session() as s:
        made = packages.export_starter(
            s, office.world.clerk, org_code=SCHOOL_TPE, coordinator_login="coord", out_path=tmp_path / "設定檔.zip"
        )
    side.laptop()
    with laptop.session() as s:
        coordinator = packages.start_from_starter(s, made.path, password=PASSWORD)
    side.office()
    return coordinator


def _report(
    laptop: Database, coordinator: CurrentUser, database: Database, office: Office, side: Side, path: Path
) -> Path:
    """The laptop exports the month's package; the office registers the laptop's installation."""
    side.laptop()
    with laptop.session() as s:
        line = packages.installation_line()
        packages.export_package(s, coordinator, SCHOOL_TPE, MONTH, path)
    side.office()
    with database.session() as s:
        packages.trust_installation(s, office.world.clerk, line, SCHOOL_TPE)
    return path


def _drop_segment(laptop: Database, coordinator: CurrentUser, office: Office, side: Side) -> courses.CourseSaved:
    """On the laptop the coordinator opens the course, deletes the row of S3 and saves, as the form does."""
    side.laptop()
    with laptop.session() as s:
        record = courses.course_record(s, coordinator, office.course)
    kept = tuple(seg for seg in record.data.segments if seg.label != "S3")
    data = dataclasses.replace(record.data, segments=kept, end_at=max(seg.end for seg in kept if seg.end))
    try:
        with laptop.session() as s:
            return courses.update_course(s, coordinator, office.course, data, expected_version=record.version)
    finally:
        side.office()


def _segments(database: Database, office: Office) -> list[str]:
    with database.session() as s:
        return sorted(s.execute(select(Segment.label).where(Segment.course_id == office.course)).scalars())


def _approve(database: Database, office: Office) -> None:
    """The corrected course is resubmitted at the office and approved there. A resubmission made on the laptop
    does not travel (a course's state is the office's), and a clerk may not resubmit (an organiser's move): the
    school's coordinator does it with their account at the office."""
    clerk = office.world.clerk
    with database.session() as s:
        courses.decide(s, office.world.coordinator, office.course, "resubmit", reason="已依退回意見補正")
    with database.session() as s:
        courses.answer_manual(s, clerk, office.course, "art8.focus", True, "")
        courses.answer_manual(s, clerk, office.course, "art8.2.basis", True, "臺北市政府教育局函")
    with database.session() as s:
        courses.decide(s, clerk, office.course, "approve")


def _hours(database: Database, office: Office) -> dict[str, float]:
    with database.session() as s:
        attendance.award_course(s, office.world.certificate_staff, office.course)
    with database.session() as s:
        return {
            national_id: float(hours)
            for national_id, hours in s.execute(
                select(Teacher.national_id, HourAward.hours)
                .join(Teacher, Teacher.id == HourAward.teacher_id)
                .where(HourAward.course_id == office.course)
            )
        }


def test_a_segment_dropped_on_the_laptop_is_deleted_at_the_office_and_the_hours_follow(
    database: Database, laptop: Database, office: Office, side: Side, tmp_path: Path
) -> None:
    coordinator = _start_laptop(database, laptop, office, side, tmp_path)
    saved = _drop_segment(laptop, coordinator, office, side)
    assert saved.state is CourseState.RETURNED and "segments" in saved.changed
    package = _report(laptop, coordinator, database, office, side, tmp_path / "傳報.zip")

    with database.session() as s:
        preview = packages.preview_import(s, office.world.clerk, package)
    tables = {t.table: t for t in preview.tables}
    assert tables["segments"].deleted == 1 and tables["segments"].unchanged == 2
    assert preview.counts()["deleted"] == 1 and not preview.conflicts
    assert _segments(database, office) == ["S1", "S2", "S3"]  # the preview wrote nothing

    with database.session() as s:
        done = packages.import_package(s, office.world.clerk, package)
    assert done.deleted == 1 and not done.preview.conflicts
    assert _segments(database, office) == ["S1", "S2"]
    with database.session() as s:  # the course now ends with S2, as the coordinator saved it
        s2_end = s.execute(select(Segment.end_at).where(Segment.label == "S2")).scalar_one()
        assert s.get_one(Course, office.course).end_at == s2_end
    with database.session() as s:
        (entry,) = s.execute(
            select(AuditEntry).where(AuditEntry.action == "delete", AuditEntry.entity == "segment")
        ).scalars()
        assert (entry.entity_id, entry.source, entry.new) == (str(office.segments["S3"]), AuditSource.SYNC, None)
        assert entry.old is not None and entry.old["label"] == "S3"
        assert done.preview.sha256 in entry.reason
        chain = audit.verify(s, office.world.admin)
    assert chain.ok, chain.explanation()

    # the office finishes the review it asked for: the teachers get the hours of S1 and S2 only, one block of
    # 180 minutes: 3 hours (RULES.md HRS-2)
    _approve(database, office)
    after = _hours(database, office)
    assert set(after) == set(office.national_ids)
    assert set(after.values()) == {3.0}


def test_the_course_the_office_kept_whole_gives_the_hours_of_three_segments(database: Database, office: Office) -> None:
    """The same course approved at the office as it was: one block of 270 minutes, 5 hours, which the removal
    above took down to 3."""
    _approve(database, office)
    assert set(_hours(database, office).values()) == {5.0}


def test_a_segment_the_office_recorded_an_absence_under_stays_and_is_listed(
    database: Database, laptop: Database, office: Office, side: Side, tmp_path: Path
) -> None:
    """A course's state is the office's and does not travel back to the laptop: the office approves the course
    and records an absence in S3 while the laptop, still holding the course as returned, drops S3. Deleting S3
    would take the office's absence with it: S3 is a conflict, and nothing is deleted."""
    coordinator = _start_laptop(database, laptop, office, side, tmp_path)
    _approve(database, office)
    with database.session() as s:
        attendance.set_marks(
            s,
            office.world.clerk,
            office.course,
            [CellChange(office.enrollments[0], office.segments["S3"], None, Mark(30, AbsenceReason.LEAVE))],
        )
    _drop_segment(laptop, coordinator, office, side)
    package = _report(laptop, coordinator, database, office, side, tmp_path / "傳報.zip")

    with database.session() as s:
        done = packages.import_package(s, office.world.clerk, package)
    assert done.deleted == 0 and done.preview.counts()["deleted"] == 0
    (conflict,) = done.preview.conflicts
    assert conflict.table == "segments" and conflict.label == f"{office.code} S3"
    assert "學校已刪除此筆，但本處仍有其下的出缺席資料" in conflict.reason
    assert _segments(database, office) == ["S1", "S2", "S3"]
    with database.session() as s:
        assert s.execute(select(Absence.minutes)).scalars().all() == [30]
        assert s.execute(select(AuditEntry.seq).where(AuditEntry.action == "delete")).first() is None


def test_a_segment_the_office_corrected_since_is_a_conflict_and_stays(
    database: Database, laptop: Database, office: Office, side: Side, tmp_path: Path
) -> None:
    coordinator = _start_laptop(database, laptop, office, side, tmp_path)
    with database.session() as s:  # the district office corrects S3's topic on the returned course
        record = courses.course_record(s, office.world.clerk, office.course)
        segments = tuple(
            dataclasses.replace(seg, topic="成果發表") if seg.label == "S3" else seg for seg in record.data.segments
        )
        courses.update_course(
            s,
            office.world.clerk,
            office.course,
            dataclasses.replace(record.data, segments=segments),
            expected_version=record.version,
        )
    _drop_segment(laptop, coordinator, office, side)
    package = _report(laptop, coordinator, database, office, side, tmp_path / "傳報.zip")

    with database.session() as s:
        done = packages.import_package(s, office.world.clerk, package)
    assert done.deleted == 0
    (conflict,) = done.preview.conflicts
    assert conflict.table == "segments" and conflict.label == f"{office.code} S3"
    assert "學校已刪除此筆，但本處在上次傳報後修改了此筆" in conflict.reason
    assert _segments(database, office) == ["S1", "S2", "S3"]


def test_a_segment_with_absences_cannot_be_dropped_on_the_laptop(
    database: Database, laptop: Database, office: Office, side: Side, tmp_path: Path
) -> None:
    """Absences exist only under an approved (or awarded) course, and a coordinator cannot edit one: no
    package can carry a segment's removal together with absences the school recorded under it."""
    _approve(database, office)
    with database.session() as s:
        attendance.set_marks(
            s,
            office.world.clerk,
            office.course,
            [CellChange(office.enrollments[0], office.segments["S3"], None, Mark(30, AbsenceReason.LEAVE))],
        )
    coordinator = _start_laptop(database, laptop, office, side, tmp_path)
    with pytest.raises(UserError, match="不能再修改"):
        _drop_segment(laptop, coordinator, office, side)
    with laptop.session() as s:
        assert s.execute(select(Absence.minutes)).scalars().all() == [30]
