"""A school computer in use takes the office's decisions from a newer starter file (docs/packages.md,
「更新學校電腦」).

The office ("database", both engines) holds the account world (tests/account_world.py) with two teachers of
建國中學; the laptop is a fresh SQLite file started from the office's first starter file, an installation of
its own (its own configuration folder), as in tests/services/test_starter.py and
tests/services/test_package_segment_removal.py.
"""

from __future__ import annotations

import dataclasses
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from account_world import SCHOOL_KHH, SCHOOL_TPE, World, build_world
from attendance_world import add_teachers
from course_world import START, add_course, course_input
from sqlalchemy import func, select

from ntip_desktop.errors import UserError
from ntip_desktop.models import (
    Absence,
    AbsenceReason,
    AuditEntry,
    AuditSource,
    Course,
    CourseState,
    Enrollment,
    Organization,
    Role,
    Segment,
    Teacher,
)
from ntip_desktop.services import attendance, audit, auth, courses, packages
from ntip_desktop.services.attendance import CellChange, Mark
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.db import Database

PASSWORD = "laptop pass 1"
MONTH = (START.year, START.month)


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


@dataclasses.dataclass(frozen=True)
class Setup:
    world: World
    laptop: Database
    coordinator: CurrentUser  #: signed in on the laptop
    side: Side
    tmp: Path
    teachers: tuple[str, ...]  #: national IDs of the office's two teachers


@pytest.fixture
def laptop(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "laptop.sqlite3"
    shutil.copy(sqlite_template, path)
    db = Database(str(path))
    yield db
    db.dispose()


@pytest.fixture
def setup(
    database: Database,
    laptop: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    installation_config: Path,
) -> Setup:
    """The office with two teachers of 建國中學 (and none of its courses); the laptop started from its file."""
    world = build_world(database)
    teacher_ids = add_teachers(database, 3)  # 教師001 and 教師003 of 建國中學, 教師002 of 大安國小
    with database.session() as s:
        national_ids = tuple(s.get_one(Teacher, t).national_id for t in teacher_ids[::2])
    side = Side(monkeypatch, tmp_path / "laptop-config", installation_config)
    first = _starter(database, world, tmp_path / "設定檔-1.zip")
    side.laptop()
    with laptop.session() as s:
        coordinator = packages.start_from_starter(s, first, password=PASSWORD)
    side.office()
    return Setup(world, laptop, coordinator, side, tmp_path, national_ids)


def _starter(database: Database, world: World, path: Path) -> Path:
    with database.session() as s:
        return packages.export_starter(
            s, world.clerk, org_code=SCHOOL_TPE, coordinator_login="coord", out_path=path
        ).path


def _refresh(setup: Setup, path: Path) -> packages.StarterRefresh:
    setup.side.laptop()
    try:
        with setup.laptop.session() as s:
            return packages.refresh_from_starter(s, setup.coordinator, path)
    finally:
        setup.side.office()


def _counts(db: Database) -> dict[str, int]:
    with db.session() as s:
        return {
            model.__tablename__: s.execute(select(func.count()).select_from(model)).scalar_one()
            for model in (Organization, Teacher, Course, Segment, Enrollment, Absence, AuditEntry)
        }


def _approve(database: Database, world: World, course_id: uuid.UUID) -> None:
    with database.session() as s:
        courses.answer_manual(s, world.clerk, course_id, "art8.focus", True, "")
        courses.answer_manual(s, world.clerk, course_id, "art8.2.basis", True, "臺北市政府教育局函")
    with database.session() as s:
        courses.decide(s, world.clerk, course_id, "approve")


def test_a_course_submitted_on_the_laptop_and_approved_at_the_office_can_take_attendance_there(
    database: Database, setup: Setup
) -> None:
    laptop, coordinator, side = setup.laptop, setup.coordinator, setup.side
    side.laptop()
    with laptop.session() as s:  # the coordinator enters a course on the laptop and submits it
        course_id = courses.create_course(s, coordinator, course_input()).course_id
    with laptop.session() as s:
        code = courses.decide(s, coordinator, course_id, "submit").code
    with laptop.session() as s:
        line = packages.installation_line()
        package = packages.export_package(s, coordinator, SCHOOL_TPE, MONTH, setup.tmp / "傳報.zip")
    side.office()
    with database.session() as s:
        packages.trust_installation(s, setup.world.clerk, line, SCHOOL_TPE)
    with database.session() as s:
        assert packages.import_package(s, setup.world.clerk, package.path).preview.counts()["new"] == 3
    _approve(database, setup.world, course_id)

    side.laptop()
    with laptop.session() as s, pytest.raises(UserError, match="核准後才能登錄名單與出席"):  # still submitted here
        attendance.enrol(s, coordinator, course_id, [attendance.RosterEntry(setup.teachers[0])])
    side.office()
    done = _refresh(setup, _starter(database, setup.world, setup.tmp / "設定檔-2.zip"))
    assert (done.updated, done.added, done.teachers_added, done.skipped) == (1, 0, 0, ())
    assert done.state_changes == (
        packages.StateChange(code, "差異化教學策略工作坊", CourseState.SUBMITTED, CourseState.APPROVED),
    )
    assert done.changes.courses

    side.laptop()
    with laptop.session() as s:
        course = s.get_one(Course, course_id)
        assert course.state is CourseState.APPROVED and course.review_unit is not None
    with laptop.session() as s:  # now the school enrols its teacher and records an absence, offline
        attendance.enrol(s, coordinator, course_id, [attendance.RosterEntry(setup.teachers[0])])
    with laptop.session() as s:
        enrollment = s.execute(select(Enrollment.id).where(Enrollment.course_id == course_id)).scalar_one()
        s1 = s.execute(select(Segment.id).where(Segment.course_id == course_id, Segment.label == "S1")).scalar_one()
    with laptop.session() as s:
        attendance.set_marks(
            s, coordinator, course_id, [CellChange(enrollment, s1, None, Mark(30, AbsenceReason.LEAVE))]
        )
    with laptop.session() as s:
        assert s.execute(select(Absence.minutes, Absence.reason)).all() == [(30, AbsenceReason.LEAVE)]
        entry = s.execute(
            select(AuditEntry).where(AuditEntry.entity == "course", AuditEntry.action == "refresh")
        ).scalar_one()
        chain = audit.verify(s, auth.console_user())
    assert entry.source is AuditSource.STARTER and entry.entity_id == str(course_id)
    assert entry.old == {"state": "submitted"} and entry.new == {"state": "approved"}
    assert done.sha256 in entry.reason and entry.actor_name == coordinator.display_name
    assert chain.ok, chain.explanation()


def test_a_course_the_office_entered_arrives_whole_and_the_same_file_twice_changes_nothing(
    database: Database, setup: Setup
) -> None:
    world = setup.world
    course_id = add_course(database, segments=2, code="1150000077", state=CourseState.APPROVED)
    newcomer = add_teachers(database, 1, first=5)[0]  # not known on the laptop
    with database.session() as s:
        national_id = s.get_one(Teacher, newcomer).national_id
        known = s.execute(select(Teacher.id).where(Teacher.national_id == setup.teachers[1])).scalar_one()
        seats = [Enrollment(course_id=course_id, teacher_id=t, seat_no=n) for n, t in enumerate((known, newcomer), 1)]
        s.add_all(seats)
        s.flush()
        s2 = s.execute(select(Segment.id).where(Segment.course_id == course_id, Segment.label == "S2")).scalar_one()
        s.add(Absence(enrollment_id=seats[1].id, segment_id=s2, minutes=45, reason=AbsenceReason.UNEXCUSED))
    path = _starter(database, world, setup.tmp / "設定檔-2.zip")
    with database.session() as s:
        office_digests = dict(
            s.execute(select(Segment.label, Segment.sync_digest).where(Segment.course_id == course_id)).all()
        )

    done = _refresh(setup, path)
    assert (done.updated, done.added, done.teachers_added, done.state_changes) == (0, 1, 1, ())
    with setup.laptop.session() as s:
        course = s.get_one(Course, course_id)
        assert (course.code, course.state, course.title) == ("1150000077", CourseState.APPROVED, "差異化教學策略工作坊")
        assert (
            dict(s.execute(select(Segment.label, Segment.sync_digest).where(Segment.course_id == course_id)).all())
            == office_digests
        )
        assert sorted(
            s.execute(
                select(Teacher.national_id, Enrollment.seat_no)
                .join(Enrollment, Enrollment.teacher_id == Teacher.id)
                .where(Enrollment.course_id == course_id)
            ).all()
        ) == sorted([(setup.teachers[1], 1), (national_id, 2)])
        assert s.execute(select(Absence.minutes)).scalars().all() == [45]
        # the course's teachers now show on the laptop under their names
        assert s.execute(select(Teacher.name).where(Teacher.national_id == national_id)).scalar_one() == "教師005"
        sources = set(s.execute(select(AuditEntry.source).where(AuditEntry.entity_id == str(course_id))).scalars())
    assert sources == {AuditSource.STARTER}

    before = _counts(setup.laptop)
    again = _refresh(setup, path)
    assert (again.updated, again.added, again.teachers_added, again.state_changes) == (0, 0, 0, ())
    assert not again.changes.any()
    assert _counts(setup.laptop) == before


def test_a_file_signed_by_another_office_key_is_refused_and_nothing_written(database: Database, setup: Setup) -> None:
    setup.side.monkeypatch.setenv("NTIP_CONFIG_DIR", str(setup.tmp / "another-office"))
    other = _starter(database, setup.world, setup.tmp / "他處設定檔.zip")
    printed = packages.read_starter(other).fingerprint
    setup.side.office()
    add_course(database, segments=1, code="1150000078", state=CourseState.APPROVED)
    before = _counts(setup.laptop)
    with pytest.raises(UserError) as refused:
        _refresh(setup, other)
    assert printed in refused.value.message and "不是本機所信任的區管中心金鑰" in refused.value.message
    assert packages.installation_fingerprint() in refused.value.message  # the one trusted here
    assert _counts(setup.laptop) == before


def test_another_schools_file_is_refused(database: Database, setup: Setup) -> None:
    with database.session() as s:  # 高雄中學's coordinator, for whom the office makes a file of its own
        khh = s.execute(select(Organization.id).where(Organization.code == SCHOOL_KHH)).scalar_one()
        auth.create_user(
            s,
            setup.world.admin,
            login="coord.khh",
            display_name="高雄組長",
            password="khh coord pass 1",
            role=Role.SCHOOL_COORDINATOR,
            organization_id=khh,
        )
    with database.session() as s:
        other = packages.export_starter(
            s, setup.world.admin, org_code=SCHOOL_KHH, coordinator_login="coord.khh", out_path=setup.tmp / "高雄.zip"
        ).path
    before = _counts(setup.laptop)
    with pytest.raises(UserError, match="不是本機的單位"):
        _refresh(setup, other)
    assert _counts(setup.laptop) == before


def test_the_schools_own_edits_survive_a_refresh(database: Database, setup: Setup) -> None:
    """The office returns a course; on the laptop the coordinator corrects a segment's topic; the office
    meanwhile has the course resubmitted and approves it: the laptop takes the approval, and keeps its topic."""
    world = setup.world
    course_id = add_course(database, segments=2, code="1150000079")
    with database.session() as s:
        courses.decide(s, world.coordinator, course_id, "submit")
    with database.session() as s:
        courses.decide(s, world.clerk, course_id, "return", reason="請補充第一時段主題")
    done = _refresh(setup, _starter(database, world, setup.tmp / "設定檔-2.zip"))
    assert done.added == 1

    setup.side.laptop()
    with setup.laptop.session() as s:
        record = courses.course_record(s, setup.coordinator, course_id)
    segments = tuple(
        dataclasses.replace(seg, topic="學校改的主題") if seg.label == "S1" else seg for seg in record.data.segments
    )
    with setup.laptop.session() as s:
        courses.update_course(
            s,
            setup.coordinator,
            course_id,
            dataclasses.replace(record.data, segments=segments),
            expected_version=record.version,
        )
    setup.side.office()
    with database.session() as s:
        courses.decide(s, world.coordinator, course_id, "resubmit", reason="已補充")
    _approve(database, world, course_id)

    done = _refresh(setup, _starter(database, world, setup.tmp / "設定檔-3.zip"))
    assert [(c.code, c.old_state, c.new_state) for c in done.state_changes] == [
        ("1150000079", CourseState.RETURNED, CourseState.APPROVED)
    ]
    with setup.laptop.session() as s:
        assert s.get_one(Course, course_id).state is CourseState.APPROVED
        topics = dict(s.execute(select(Segment.label, Segment.topic).where(Segment.course_id == course_id)).all())
    assert topics["S1"] == "學校改的主題"


def test_a_file_older_than_the_one_applied_is_refused_and_nothing_written(database: Database, setup: Setup) -> None:
    """The office's decisions only move forward on the laptop: after a newer file, an older one would take
    them back, so it is refused, naming both files' times in ROC form."""
    older = _starter(database, setup.world, setup.tmp / "設定檔-舊.zip")
    add_course(database, segments=1, code="1150000079", state=CourseState.APPROVED)
    newer = _starter(database, setup.world, setup.tmp / "設定檔-新.zip")
    assert _refresh(setup, newer).added == 1
    before = _counts(setup.laptop)
    with pytest.raises(UserError, match=r"比本機已套用的設定檔（製作於 1\d\d/\d\d/\d\d \d\d:\d\d）舊") as refused:
        _refresh(setup, older)
    assert "未寫入任何資料" in refused.value.message
    assert _counts(setup.laptop) == before
