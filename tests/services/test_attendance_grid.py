"""The 出席登錄 page's services: cell codes, the grid, recording absences (compare-and-set), live hours."""

from __future__ import annotations

import threading
import time
from datetime import datetime

import pytest
from attendance_world import DAY, AttendanceWorld, SegmentSpec, add_course, build_attendance_world
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from ntip_desktop.errors import ConflictError, PermissionDenied, UserError
from ntip_desktop.models import (
    Absence,
    AbsenceReason,
    Certificate,
    CertificateState,
    CourseState,
    HourAward,
    Segment,
)
from ntip_desktop.services import attendance, audit, certificates
from ntip_desktop.services.attendance import CellChange, Mark, code_of, parse_code
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import Database
from ntip_desktop.vocabulary import AwardStatus, SegmentKind

LEAVE, UNEXCUSED = AbsenceReason.LEAVE, AbsenceReason.UNEXCUSED


# --- codes -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["", " ", "V", "v", "✓", ".", "  v  ", "．"])
def test_blank_and_ticks_mean_present(typed: str) -> None:
    assert parse_code(typed, 90) is None


@pytest.mark.parametrize(
    ("typed", "mark"),
    [
        ("A", Mark(90, UNEXCUSED)),
        ("a", Mark(90, UNEXCUSED)),
        ("L", Mark(90, LEAVE)),
        ("l", Mark(90, LEAVE)),
        ("A20", Mark(20, UNEXCUSED)),
        ("a20", Mark(20, UNEXCUSED)),
        ("L30", Mark(30, LEAVE)),
        (" L30 ", Mark(30, LEAVE)),
        ("L 30", Mark(30, LEAVE)),
        ("ｌ３０", Mark(30, LEAVE)),
        ("Ａ", Mark(90, UNEXCUSED)),
        ("曠", Mark(90, UNEXCUSED)),
        ("曠20", Mark(20, UNEXCUSED)),
        ("假", Mark(90, LEAVE)),
        ("假３０", Mark(30, LEAVE)),
        ("請假", Mark(90, LEAVE)),
        ("L90", Mark(90, LEAVE)),  # the whole segment, as minutes
        ("L090", Mark(90, LEAVE)),
    ],
)
def test_codes_people_type(typed: str, mark: Mark) -> None:
    assert parse_code(typed, 90) == mark


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("L95", "「L95」超過此時段的 90 分鐘"),
        ("ｌ９５", "「ｌ９５」超過此時段的 90 分鐘"),
        ("A91", "「A91」超過此時段的 90 分鐘"),
        ("L0", "「L0」的缺席分鐘數須大於 0；整段缺席請只輸入 L。"),
        ("曠0", "「曠0」的缺席分鐘數須大於 0；整段缺席請只輸入 A。"),
        ("X", "「X」不是出缺席代碼"),
        ("30", "「30」不是出缺席代碼"),
        ("L3O", "「L3O」不是出缺席代碼"),
        ("LA", "「LA」不是出缺席代碼"),
        ("L-5", "「L-5」不是出缺席代碼"),
        ("出席", "「出席」不是出缺席代碼"),
    ],
)
def test_codes_refused_name_what_was_typed(typed: str, message: str) -> None:
    with pytest.raises(UserError) as refused:
        parse_code(typed, 90)
    assert message in refused.value.message


def test_the_refusal_of_garbage_says_what_to_type() -> None:
    with pytest.raises(UserError) as refused:
        parse_code("?", 50)
    assert "A（曠課）" in refused.value.message and "L30" in refused.value.message


@pytest.mark.parametrize(
    ("mark", "code"),
    [
        (None, ""),
        (Mark(90, UNEXCUSED), "A"),
        (Mark(90, LEAVE), "L"),
        (Mark(20, UNEXCUSED), "A20"),
        (Mark(30, LEAVE), "L30"),
    ],
)
def test_code_of_a_mark(mark: Mark | None, code: str) -> None:
    assert code_of(mark, 90) == code


@given(length=st.integers(1, 600), data=st.data())
def test_a_code_shown_reads_back_as_the_same_mark(length: int, data: st.DataObject) -> None:
    mark = Mark(data.draw(st.integers(1, length)), data.draw(st.sampled_from([LEAVE, UNEXCUSED])))
    assert parse_code(code_of(mark, length), length) == mark


# --- helpers ---------------------------------------------------------------------------------------


@pytest.fixture
def world(database: Database) -> AttendanceWorld:
    return build_attendance_world(database, teachers=3)


def _cell(world: AttendanceWorld, seat: int, segment: str, new: Mark | None, old: Mark | None = None) -> CellChange:
    return CellChange(world.course.enrollments[seat - 1], world.course.segments[segment], old, new)


def _set(database: Database, user, world: AttendanceWorld, *cells: CellChange, reason: str = ""):
    with database.session() as s:
        return attendance.set_marks(s, user, world.course.id, cells, reason=reason)


def _grid(database: Database, user, world: AttendanceWorld) -> attendance.AttendanceGrid:
    with database.session() as s:
        return attendance.load_grid(s, user, world.course.id)


def _live(database: Database, user, course_id, teacher_ids=None) -> dict:
    with database.session() as s:
        return attendance.live_hours(s, user, course_id, teacher_ids)


def _absences(database: Database) -> int:
    with database.session() as s:
        return s.execute(select(func.count()).select_from(Absence)).scalar_one()


def _entries(database: Database, entity: str = "attendance") -> list[audit.AuditRow]:
    with database.session() as s:
        return audit.list_entries(s, console_user(), audit.AuditFilter(entity=entity))


# --- the grid ----------------------------------------------------------------------------------------


def test_the_grid_lists_segments_in_time_order_and_teachers_in_seat_order(database: Database, world) -> None:
    grid = _grid(database, world.coordinator, world)
    assert (grid.code, grid.title, grid.state) == ("115T0001", "素養導向評量工作坊", CourseState.APPROVED)
    assert [s.label for s in grid.segments] == ["S1", "茶敘", "S2", "午休", "S3"]
    assert [s.markable for s in grid.segments] == [True, False, True, False, True]
    assert [s.minutes for s in grid.segments] == [90, 10, 90, 60, 90]
    assert grid.segments[3].kind is SegmentKind.LUNCH and grid.segments[0].topic == "素養導向評量的理念"
    assert [(r.seat_no, r.name) for r in grid.rows] == [(1, "教師001"), (2, "教師002"), (3, "教師003")]
    assert [r.school for r in grid.rows] == ["臺北市立建國高級中學", "臺北市大安區大安國民小學", "臺北市立建國高級中學"]
    first = grid.rows[0]
    assert first.masked_id == "A20000****"  # ID-1: the last four characters hidden
    assert first.teacher_id == world.course.teachers[0] and first.completed
    assert grid.marks == {}
    assert grid.editable and grid.awardable


def test_set_marks_then_the_grid_shows_them_and_the_live_hours_follow(database: Database, world) -> None:
    teacher = world.course.teachers[0]
    assert _live(database, world.coordinator, world.course.id)[teacher].hours == 6
    result = _set(
        database,
        world.coordinator,
        world,
        _cell(world, 1, "S1", Mark(30, LEAVE)),
        _cell(world, 2, "S3", Mark(90, LEAVE)),
    )
    assert result.changed == 2 and result.changes.attendance and result.reawarded is None
    grid = _grid(database, world.coordinator, world)
    assert grid.marks == {
        (world.course.enrollments[0], world.course.segments["S1"]): Mark(30, LEAVE),
        (world.course.enrollments[1], world.course.segments["S3"]): Mark(90, LEAVE),
    }
    live = _live(database, world.coordinator, world.course.id)
    first = live[teacher]
    # Art 10(5): 60 of the 90 minutes attended → 1 hour instead of 2.
    assert (first.hours, first.status) == (5, AwardStatus.AWARDED)
    assert any("請假30分鐘，實際出席60分鐘 → 1小時" in line for line in first.trace)
    assert first.explanation == first.trace
    assert live[world.course.teachers[1]].hours == 4
    assert live[world.course.teachers[2]].hours == 6
    # One teacher only, as after an edit.
    assert set(_live(database, world.coordinator, world.course.id, [teacher])) == {teacher}


def test_unexcused_for_a_third_of_the_course_voids_it(database: Database, world) -> None:
    """HRS-4: 90 of 270 creditable minutes unexcused is a third → no hours."""
    _set(database, world.coordinator, world, _cell(world, 1, "S2", Mark(90, UNEXCUSED)))
    live = _live(database, world.coordinator, world.course.id)[world.course.teachers[0]]
    assert (live.hours, live.status) == (0, AwardStatus.VOID_UNEXCUSED)
    assert "本課程不核發時數" in live.trace[-2]
    # Changing the mark back to leave gives the hours of the other blocks again.
    _set(database, world.coordinator, world, _cell(world, 1, "S2", Mark(90, LEAVE), old=Mark(90, UNEXCUSED)))
    live = _live(database, world.coordinator, world.course.id)[world.course.teachers[0]]
    assert (live.hours, live.status) == (4, AwardStatus.AWARDED)


def test_clearing_a_mark_removes_the_absence(database: Database, world) -> None:
    _set(database, world.clerk, world, _cell(world, 3, "S1", Mark(90, LEAVE)))
    result = _set(database, world.clerk, world, _cell(world, 3, "S1", None, old=Mark(90, LEAVE)))
    assert result.changed == 1 and _absences(database) == 0
    assert _grid(database, world.clerk, world).marks == {}
    # Writing what is already there changes nothing and writes no audit entry.
    assert _set(database, world.clerk, world, _cell(world, 3, "S1", None)).changed == 0
    assert len(_entries(database)) == 2


def test_a_second_course_the_same_day_is_cut_by_the_daily_cap_and_says_by_which(database: Database, world) -> None:
    """HRS-5: the workshop gives 6 hours by 14:40; an afternoon course that day gets none of its 2 hours."""
    teacher = world.course.teachers[0]
    later = add_course(
        database,
        code="115T0002",
        title="閱讀理解策略",
        teacher_ids=[teacher],
        segments=[SegmentSpec("S1", "15:00", "17:00")],
    )
    live = _live(database, world.coordinator, later.id)[teacher]
    assert (live.hours, live.status) == (0, AwardStatus.CAPPED)
    assert any("當日已採計6小時，本段2小時只採計0小時" in line for line in live.trace)
    cut_note = next(i for i, line in enumerate(live.explanation) if "當日已採計6小時" in line)
    assert live.explanation[cut_note + 1 : cut_note + 3] == (
        "3月2日上午已由「115T0001 素養導向評量工作坊」採計 4 小時",
        "3月2日下午已由「115T0001 素養導向評量工作坊」採計 2 小時",
    )
    assert live.explanation[-1] == live.trace[-1] == "核發 0 小時"
    # The first course is not cut, and nobody else took the second.
    assert _live(database, world.coordinator, world.course.id)[teacher].status is AwardStatus.AWARDED
    assert set(_live(database, world.coordinator, later.id)) == {teacher}
    # Leave in the first course's afternoon frees 2 hours of the day for the second.
    _set(database, world.coordinator, world, _cell(world, 1, "S3", Mark(90, LEAVE)))
    live = _live(database, world.coordinator, later.id)[teacher]
    assert (live.hours, live.status) == (2, AwardStatus.AWARDED)
    assert live.explanation == live.trace


def test_the_weekly_cap_names_the_courses_of_the_week(database: Database) -> None:
    """35 hours a week: six 6-hour days, Monday to Saturday; Saturday's course keeps 5 of its 6 hours."""
    world = build_attendance_world(database, teachers=1)
    teacher = world.course.teachers[0]
    day_long = [SegmentSpec("AM", "08:00", "11:00"), SegmentSpec("PM", "13:00", "16:00")]
    courses = [
        add_course(
            database,
            code=f"115W000{n}",
            title=f"週課程{n}",
            teacher_ids=[teacher],
            day=DAY.replace(day=DAY.day + n),
            segments=day_long,
        )
        for n in range(1, 6)
    ]
    live = _live(database, world.coordinator, courses[-1].id)[teacher]
    assert (live.hours, live.status) == (5, AwardStatus.CAPPED)
    assert any("本週已採計33小時" in line for line in live.explanation)
    assert "3月2日上午已由「115T0001 素養導向評量工作坊」採計 4 小時" in live.explanation
    assert "3月6日下午已由「115W0004 週課程4」採計 3 小時" in live.explanation


def test_live_hours_leaves_out_teachers_not_in_the_course(database: Database, world) -> None:
    stranger = add_course(database, code="115T0009", title="其他", teacher_ids=[], day=DAY.replace(day=9))
    assert _live(database, world.coordinator, stranger.id) == {}
    assert _live(database, world.coordinator, world.course.id, []) == {}


# --- refusals -----------------------------------------------------------------------------------------


def test_a_break_is_not_markable(database: Database, world) -> None:
    with pytest.raises(UserError) as refused:
        _set(database, world.coordinator, world, _cell(world, 1, "午休", Mark(60, LEAVE)))
    assert refused.value.message == "「午休 12:10–13:10」不是授課時段，不能登錄出缺席"
    assert refused.value.field == "cells[0]"


def test_minutes_over_the_segment_are_refused_and_nothing_is_written(database: Database, world) -> None:
    with pytest.raises(UserError) as refused:
        _set(
            database,
            world.coordinator,
            world,
            _cell(world, 1, "S1", Mark(30, LEAVE)),
            _cell(world, 2, "S2", Mark(95, LEAVE)),
        )
    assert refused.value.message == "教師002（第 2 號）於「S2 10:40–12:10」缺席 95 分鐘，超過此時段的 90 分鐘。"
    assert refused.value.field == "cells[1]"
    assert _absences(database) == 0 and _entries(database) == []
    with pytest.raises(UserError, match="須大於 0"):
        _set(database, world.coordinator, world, _cell(world, 1, "S1", Mark(0, LEAVE)))


def test_cells_of_another_course_or_twice_the_same_cell_are_refused(database: Database, world) -> None:
    other = add_course(database, code="115T0003", title="其他課程", teacher_ids=world.course.teachers[:1])
    with pytest.raises(UserError, match="不屬於課程「素養導向評量工作坊」"):
        _set(
            database,
            world.coordinator,
            world,
            CellChange(world.course.enrollments[0], other.segments["S1"], None, None),
        )
    with pytest.raises(UserError, match="不在課程「素養導向評量工作坊」的名單上"):
        _set(
            database,
            world.coordinator,
            world,
            CellChange(other.enrollments[0], world.course.segments["S1"], None, None),
        )
    with pytest.raises(UserError, match="重複出現"):
        _set(
            database,
            world.coordinator,
            world,
            _cell(world, 1, "S1", Mark(30, LEAVE)),
            _cell(world, 1, "S1", Mark(20, LEAVE)),
        )
    assert _absences(database) == 0


def test_a_stale_old_value_is_a_conflict_naming_who_changed_it_and_nothing_is_written(
    database: Database, world
) -> None:
    _set(database, world.clerk, world, _cell(world, 2, "S2", Mark(30, LEAVE)))
    with pytest.raises(ConflictError) as refused:
        _set(
            database,
            world.coordinator,
            world,
            _cell(world, 1, "S1", Mark(90, LEAVE)),  # fine on its own
            _cell(world, 2, "S2", Mark(20, UNEXCUSED), old=None),  # the coordinator still saw "present"
        )
    message = refused.value.message
    assert message.startswith("教師002（第 2 號）於「S2 10:40–12:10」的出缺席已由 林書記 於 ")
    assert "改為「L30」，您看到的是「出席」" in message
    with database.session() as s:
        held = s.execute(select(Absence.minutes, Absence.reason)).all()
    assert held == [(30, LEAVE)]
    assert len(_entries(database)) == 1


def test_the_course_must_be_approved_to_record(database: Database) -> None:
    world = build_attendance_world(database, teachers=1, state=CourseState.IN_REVIEW)
    with pytest.raises(UserError, match="核准後才能登錄名單與出席"):
        _set(database, world.coordinator, world, _cell(world, 1, "S1", Mark(30, LEAVE)))
    grid = _grid(database, world.coordinator, world)
    assert not grid.editable and not grid.awardable
    # Live hours are shown all the same, as if the course were approved.
    assert _live(database, world.coordinator, world.course.id)[world.course.teachers[0]].hours == 6


def test_who_may_see_and_change_attendance(database: Database, world) -> None:
    cell = _cell(world, 1, "S1", Mark(30, LEAVE))
    for outsider in (world.other_coordinator, world.other_clerk):
        with pytest.raises(PermissionDenied):
            _set(database, outsider, world, cell)
        with pytest.raises(PermissionDenied, match="不能查看課程「素養導向評量工作坊」的出席紀錄"):
            _grid(database, outsider, world)
        with pytest.raises(PermissionDenied):
            _live(database, outsider, world.course.id)
    # Certificate staff see every course and award it, but do not change attendance.
    grid = _grid(database, world.certificate_staff, world)
    assert not grid.editable and grid.awardable
    assert _live(database, world.certificate_staff, world.course.id)[world.course.teachers[0]].hours == 6
    with pytest.raises(PermissionDenied):
        _set(database, world.certificate_staff, world, cell)
    # The organiser's coordinator, the district's clerk and the administrator record it.
    for n, recorder in enumerate((world.coordinator, world.clerk, world.admin), start=1):
        assert _grid(database, recorder, world).editable
        assert _set(database, recorder, world, _cell(world, n, "S1", Mark(30, LEAVE))).changed == 1
    assert _absences(database) == 3


# --- audit ------------------------------------------------------------------------------------------


def test_one_audit_entry_per_teacher_with_the_cells_changed(database: Database, world) -> None:
    _set(database, world.coordinator, world, _cell(world, 1, "S1", Mark(20, UNEXCUSED)))
    _set(
        database,
        world.clerk,
        world,
        _cell(world, 1, "S1", Mark(90, LEAVE), old=Mark(20, UNEXCUSED)),
        _cell(world, 1, "S3", Mark(45, LEAVE)),
        _cell(world, 3, "S2", Mark(90, UNEXCUSED)),
        reason="依簽到表補登",
    )
    entries = _entries(database)  # newest first
    assert [(e.entity_id, e.actor_name, e.action) for e in entries] == [
        ("115T0001#3", "林書記", "update"),
        ("115T0001#1", "林書記", "update"),
        ("115T0001#1", "王組長", "update"),
    ]
    assert (entries[1].old, entries[1].new) == ({"S1": "A20", "S3": ""}, {"S1": "L", "S3": "L45"})
    assert (entries[0].old, entries[0].new) == ({"S2": ""}, {"S2": "A"})
    assert entries[0].reason == entries[1].reason == "依簽到表補登"
    assert entries[2].reason == "登錄出缺席" and entries[2].new == {"S1": "A20"}
    with database.session() as s:
        assert audit.verify(s, console_user()).ok


# --- 其餘出席 and segments not yet recorded --------------------------------------------------------------


def test_roll_taken_marks_segments_complete_without_touching_absences(database: Database, world) -> None:
    _set(database, world.coordinator, world, _cell(world, 1, "S1", Mark(30, LEAVE)))
    after_the_day = datetime.combine(DAY, datetime.min.time()).replace(hour=18)
    with database.session() as s:
        unrecorded = attendance.unrecorded_segments(s, world.coordinator, world.course.id, now=after_the_day)
        assert [seg.label for seg in unrecorded] == ["S1", "S2", "S3"]
        # At noon only the morning's segments have ended.
        noon = after_the_day.replace(hour=12, minute=30)
        assert [
            seg.label for seg in attendance.unrecorded_segments(s, world.coordinator, world.course.id, now=noon)
        ] == ["S1", "S2"]
    segments = world.course.segments
    with database.session() as s:
        changes = attendance.set_roll_taken(
            s, world.coordinator, world.course.id, [segments["S1"], segments["S2"]], True
        )
    assert changes.attendance
    with database.session() as s:
        assert [
            seg.label
            for seg in attendance.unrecorded_segments(s, world.coordinator, world.course.id, now=after_the_day)
        ] == ["S3"]
        assert attendance.set_roll_taken(s, world.coordinator, world.course.id, [segments["S1"]], True).any() is False
    grid = _grid(database, world.coordinator, world)
    assert [seg.roll_taken for seg in grid.segments] == [True, False, True, False, False]
    assert len(grid.marks) == 1
    entry = _entries(database)[0]
    assert (entry.entity_id, entry.action, entry.old, entry.new) == (
        "115T0001",
        "roll_taken",
        {"S1": False, "S2": False},
        {"S1": True, "S2": True},
    )
    with pytest.raises(UserError, match="「茶敘 10:30–10:40」不是授課時段"), database.session() as s:
        attendance.set_roll_taken(s, world.coordinator, world.course.id, [segments["茶敘"]], True)
    with pytest.raises(PermissionDenied), database.session() as s:
        attendance.set_roll_taken(s, world.certificate_staff, world.course.id, [segments["S3"]], True)
    with database.session() as s:
        assert s.execute(select(func.count()).select_from(Segment).where(Segment.roll_taken)).scalar_one() == 2


# --- an awarded course ------------------------------------------------------------------------------------


def test_a_change_on_an_awarded_course_re_awards_and_supersedes_the_certificate(database: Database, world) -> None:
    teacher = world.course.teachers[0]
    with database.session() as s:
        summary = attendance.award_course(s, world.coordinator, world.course.id)
    assert summary.hours_total == 18 and summary.by_status == {"awarded": 3}
    with database.session() as s:
        award = s.execute(select(HourAward).where(HourAward.teacher_id == teacher)).scalar_one()
        assert award.hours == 6
        issued = certificates.issue_certificates(
            s, world.certificate_staff, certificates.Selection(award_ids=(award.id,))
        ).issued
        assert [c.hours for c in issued] == [6]
        number = issued[0].number
    assert _grid(database, world.coordinator, world).state is CourseState.AWARDED
    result = _set(database, world.clerk, world, _cell(world, 1, "S1", Mark(30, LEAVE)), reason="補請假單")
    assert result.reawarded is not None
    assert (result.reawarded.teachers, result.reawarded.hours_total) == (1, 5)
    assert result.reawarded.certificates_superseded == 1
    assert result.changes.awards and result.changes.certificates and result.changes.attendance
    with database.session() as s:
        award = s.execute(select(HourAward).where(HourAward.teacher_id == teacher)).scalar_one()
        assert (award.hours, award.status) == (5, AwardStatus.AWARDED)
        assert any("實際出席60分鐘 → 1小時" in line for line in award.trace)
        assert s.execute(select(Certificate.state)).scalar_one() is CertificateState.SUPERSEDED
        others = s.execute(select(HourAward.hours).where(HourAward.teacher_id != teacher)).scalars().all()
        assert others == [6, 6]
    recompute = [e for e in _entries(database, "hour_award") if e.action == "recompute"]
    assert len(recompute) == 1 and recompute[0].actor_name == "林書記" and recompute[0].reason == "補請假單"
    assert recompute[0].old["hours"] == 6 and recompute[0].new["hours"] == 5
    supersede = _entries(database, "certificate")
    assert [(e.entity_id, e.action) for e in supersede if e.action == "supersede"] == [(number, "supersede")]
    # The stored award agrees with the live hours.
    assert _live(database, world.clerk, world.course.id)[teacher].hours == 5


def test_awarding_warns_of_segments_whose_roll_is_not_taken_and_certificate_staff_award(
    database: Database, world
) -> None:
    with database.session() as s:
        assert len(attendance.unrecorded_segments(s, world.coordinator, world.course.id, now=datetime(2026, 3, 3))) == 3
        summary = attendance.award_course(s, world.certificate_staff, world.course.id)
    assert summary.teachers == 3
    with pytest.raises(PermissionDenied), database.session() as s:
        attendance.award_course(s, world.other_coordinator, world.course.id)


# --- two people at once (PostgreSQL) ------------------------------------------------------------------------


def _waiting_on_a_lock(database: Database) -> bool:
    with database.engine.connect() as conn:
        return bool(
            conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
                )
            ).scalar()
        )


def _race(database: Database, world: AttendanceWorld, first: tuple, second: tuple) -> dict[str, object]:
    """``first`` writes and holds its transaction open; ``second`` starts and must wait for it; then both end.

    Each is (name, user, cell). Returns name → MarksResult or the exception raised.
    """
    outcomes: dict[str, object] = {}
    holder = database.new_session()
    name, user, cell = first
    outcomes[name] = attendance.set_marks(holder, user, world.course.id, [cell])

    def other() -> None:
        name2, user2, cell2 = second
        try:
            with database.session() as s:
                outcomes[name2] = attendance.set_marks(s, user2, world.course.id, [cell2])
        except Exception as exc:
            outcomes[name2] = exc

    thread = threading.Thread(target=other)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not _waiting_on_a_lock(database):  # the second writer is blocked by the first's locks
            assert thread.is_alive(), outcomes
            assert time.monotonic() < deadline, "the second writer never waited for the first"
            time.sleep(0.01)
    finally:
        holder.commit()
        holder.close()
    thread.join(30)
    assert not thread.is_alive()
    return outcomes


def test_two_people_setting_different_cells_at_once_both_land(database: Database, world) -> None:
    if database.dialect != "postgresql":
        pytest.skip("SQLite serialises writers; the race is a PostgreSQL matter")
    outcomes = _race(
        database,
        world,
        ("coordinator", world.coordinator, _cell(world, 1, "S1", Mark(30, LEAVE))),
        ("clerk", world.clerk, _cell(world, 1, "S2", Mark(20, UNEXCUSED))),
    )
    assert all(isinstance(o, attendance.MarksResult) and o.changed == 1 for o in outcomes.values()), outcomes
    assert set(_grid(database, world.admin, world).marks.values()) == {Mark(30, LEAVE), Mark(20, UNEXCUSED)}


def test_two_people_setting_the_same_cell_from_the_same_value_one_wins(database: Database, world) -> None:
    if database.dialect != "postgresql":
        pytest.skip("SQLite serialises writers; the race is a PostgreSQL matter")
    outcomes = _race(
        database,
        world,
        ("coordinator", world.coordinator, _cell(world, 2, "S3", Mark(30, LEAVE))),
        ("clerk", world.clerk, _cell(world, 2, "S3", Mark(90, UNEXCUSED))),
    )
    assert isinstance(outcomes["coordinator"], attendance.MarksResult)
    refused = outcomes["clerk"]
    assert isinstance(refused, ConflictError), refused
    assert "已由 王組長 於" in refused.message and "改為「L30」" in refused.message
    assert list(_grid(database, world.admin, world).marks.values()) == [Mark(30, LEAVE)]
    assert [e.actor_name for e in _entries(database)] == ["王組長"]


def test_racing_writers_without_choreography_never_lose_an_update(database: Database, world) -> None:
    """Several people write the same cell from "present" at once: exactly one lands, the rest are refused."""
    if database.dialect != "postgresql":
        pytest.skip("SQLite serialises writers; the race is a PostgreSQL matter")
    users = [world.coordinator, world.clerk, world.admin]
    barrier = threading.Barrier(len(users))
    outcomes: list[object] = []

    def write(user, minutes: int) -> None:
        barrier.wait()
        try:
            with database.session() as s:
                outcomes.append(
                    attendance.set_marks(s, user, world.course.id, [_cell(world, 3, "S1", Mark(minutes, LEAVE))])
                )
        except Exception as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=write, args=(u, 10 + n)) for n, u in enumerate(users)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    wins = [o for o in outcomes if isinstance(o, attendance.MarksResult)]
    assert len(wins) == 1 and all(isinstance(o, ConflictError) for o in outcomes if o not in wins), outcomes
    assert _absences(database) == 1 and len(_entries(database)) == 1
