"""HRS-1…8 (Art 10): the hours a teacher gets, and the trace a clerk reads."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from ntip_desktop.errors import UserError
from ntip_desktop.services.rules.hours import (
    Absence,
    Award,
    CourseInput,
    Enrollment,
    Segment,
    block_hours,
    blocks,
    compute_awards,
)
from ntip_desktop.services.rules.ruleset import DEFAULT_RULE_SET, RuleSet

MONDAY = date(2026, 3, 2)  # an ISO week runs 2026-03-02 (Mon) … 2026-03-08 (Sun)


def at(day: date, hhmm: str) -> datetime:
    h, m = hhmm.split(":")
    return datetime(day.year, day.month, day.day, int(h), int(m))


def seg(sid: str, start: str, end: str, kind: str = "instruction", day: date = MONDAY) -> Segment:
    return Segment(sid, at(day, start), at(day, end), kind)  # type: ignore[arg-type]


def course(code: str, *segments: Segment, special: str | None = None) -> CourseInput:
    return CourseInput(code, "in_person", tuple(segments), special_approval=special)


def full_day(prefix: str, day: date) -> list[Segment]:
    """Four 90-minute blocks split by breaks: 8 creditable hours, more than a day's cap."""
    return [
        seg(f"{prefix}1", "08:00", "09:30", day=day),
        seg(f"{prefix}t1", "09:30", "09:45", "tea_break", day=day),
        seg(f"{prefix}2", "09:45", "11:15", day=day),
        seg(f"{prefix}l", "11:15", "12:30", "lunch", day=day),
        seg(f"{prefix}3", "12:30", "14:00", day=day),
        seg(f"{prefix}t2", "14:00", "14:15", "tea_break", day=day),
        seg(f"{prefix}4", "14:15", "15:45", day=day),
    ]


def award_of(awards: list[Award], teacher: str = "T1", course_code: str = "C1") -> Award:
    (found,) = [a for a in awards if a.teacher == teacher and a.course == course_code]
    return found


def one(c: CourseInput, *absences: Absence, teacher: str = "T1", completed: bool = True) -> Award:
    return award_of(compute_awards([c], [Enrollment(teacher, c.code, completed, absences)]), teacher, c.code)


# --- HRS-2 -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minutes", "hours"),
    [
        pytest.param(0, 0, id="Art10(1) 0 min -> 0"),
        pytest.param(45, 0, id="Art10(1) 45 min -> 0"),
        pytest.param(49, 0, id="Art10(1) 49 min -> 0"),
        pytest.param(50, 1, id="Art10(1) 50 min (one period) -> 1"),
        pytest.param(89, 1, id="Art10(1) 89 min -> 1"),
        pytest.param(90, 2, id="Art10(1) 90 continuous min -> 2"),
        pytest.param(120, 2, id="Art10(1) 120 min -> 2"),
        pytest.param(149, 2, id="Art10(1) 149 min -> 2"),
        pytest.param(150, 3, id="Art10(1) 150 min (half-hour tail) -> 3"),
        pytest.param(180, 3, id="Art10(1) 180 min -> 3"),
        pytest.param(210, 4, id="Art10(1) 210 min -> 4"),
        pytest.param(360, 6, id="Art10(1) 360 min -> 6"),
    ],
)
def test_block_hours(minutes: int, hours: int) -> None:
    assert block_hours(minutes) == hours


def test_block_hours_follow_the_rule_set() -> None:
    stricter = RuleSet(version="test", period_minutes=60, two_hour_minutes=120, half_hour_tail=0)
    assert [block_hours(m, stricter) for m in (50, 60, 119, 120, 179, 180)] == [0, 1, 1, 2, 2, 3]


# --- HRS-1 -----------------------------------------------------------------------------------------


def test_back_to_back_instruction_is_one_block_and_breaks_or_gaps_end_it() -> None:
    c = course(
        "C1",
        seg("b", "10:00", "10:50"),  # given out of order on purpose
        seg("a", "09:00", "10:00"),
        seg("tea", "10:50", "11:00", "tea_break"),
        seg("c", "11:00", "12:00"),
        seg("d", "13:00", "13:50"),  # after a gap
    )
    found = blocks(c)
    assert [(b.segment_ids, b.minutes) for b in found] == [(("a", "b"), 110), (("c",), 60), (("d",), 50)]
    assert [b.index for b in found] == [0, 1, 2]


def test_a_block_of_two_segments_counts_as_one_continuous_stretch() -> None:
    # 2 × 45 minutes back to back = 90 continuous minutes = 2 hours (not 0 + 0).
    award = one(course("C1", seg("a", "09:00", "09:45"), seg("b", "09:45", "10:30")))
    assert award.hours == 2
    assert award.status == "awarded"
    assert "03/02 09:00–10:30 連續90分鐘 → 2小時（第10條第1款）" in award.trace


def test_non_creditable_segments_earn_nothing_and_are_named_in_the_trace() -> None:
    c = course(
        "C1",
        seg("bus", "07:30", "09:00", "travel"),
        seg("in", "09:00", "09:10", "sign_in"),
        seg("a", "09:10", "10:40"),
        seg("lunch", "10:40", "12:00", "lunch"),
        seg("br", "12:00", "12:10", "intermission"),
    )
    award = one(c)
    assert award.hours == 2
    assert "不予採計：車程90分鐘、簽到退10分鐘、午休80分鐘、中場休息10分鐘（第10條第4款）" in award.trace
    assert award.trace[-1] == "核發 2 小時"


# --- HRS-3 / HRS-4 ---------------------------------------------------------------------------------

THREE_HOURS = course(
    "C1", seg("a", "09:00", "10:30"), seg("t", "10:30", "10:45", "tea_break"), seg("b", "10:45", "12:15")
)


def test_full_attendance() -> None:
    award = one(THREE_HOURS)
    assert (award.hours, award.status) == (4, "awarded")


def test_leave_is_credited_by_actual_attendance() -> None:
    award = one(THREE_HOURS, Absence("a", 30, "leave"))
    assert award.hours == 1 + 2
    assert "03/02 09:00–10:30 連續90分鐘，請假30分鐘，實際出席60分鐘 → 1小時（第10條第5款）" in award.trace


def test_unexcused_below_a_third_is_credited_like_leave() -> None:
    award = one(THREE_HOURS, Absence("a", 30, "unexcused"))
    assert (award.hours, award.status) == (3, "awarded")
    assert any("曠課30分鐘，實際出席60分鐘 → 1小時" in line for line in award.trace)


@pytest.mark.parametrize(
    ("unexcused", "hours", "status"),
    [
        pytest.param(59, 0 + 1, "awarded", id="Art10(5) 59 of 180 min unexcused: below one third"),
        pytest.param(60, 0, "void_unexcused", id="Art10(5) 60 of 180 min unexcused: exactly one third voids"),
        pytest.param(90, 0, "void_unexcused", id="Art10(5) 90 of 180 min unexcused"),
    ],
)
def test_one_third_rule_boundary(unexcused: int, hours: int, status: str) -> None:
    # 180 creditable minutes in two blocks; 45 unexcused in the first (45 left: 0 h), the rest in the second.
    first = min(unexcused, 45)
    award = one(THREE_HOURS, Absence("a", first, "unexcused"), Absence("b", unexcused - first, "unexcused"))
    assert (award.hours, award.status) == (hours, status)
    if status == "void_unexcused":
        assert f"曠課共{unexcused}分鐘，達可採計180分鐘的1/3（第10條第5款）→ 本課程不核發時數" in award.trace
        assert award.trace[-1] == "核發 0 小時"


def test_the_same_minutes_on_leave_never_void() -> None:
    award = one(THREE_HOURS, Absence("a", 90, "leave"))
    assert (award.hours, award.status) == (2, "awarded")


def test_absent_throughout_without_leave_is_void() -> None:
    award = one(THREE_HOURS, Absence("a", 90, "unexcused"), Absence("b", 90, "unexcused"))
    assert (award.hours, award.status) == (0, "void_unexcused")


def test_absent_throughout_on_leave_gets_nothing_but_is_not_void() -> None:
    award = one(THREE_HOURS, Absence("a", 90, "leave"), Absence("b", 90, "leave"))
    assert (award.hours, award.status) == (0, "awarded")


def test_missing_a_break_changes_nothing() -> None:
    assert one(THREE_HOURS, Absence("t", 15, "unexcused")).hours == 4


def test_leave_and_unexcused_in_one_segment_add_up() -> None:
    award = one(THREE_HOURS, Absence("a", 20, "leave"), Absence("a", 20, "unexcused"))
    assert award.hours == 1 + 2  # 50 minutes attended in the first block
    assert any("請假20分鐘、曠課20分鐘，實際出席50分鐘 → 1小時" in line for line in award.trace)


# --- HRS-5 -----------------------------------------------------------------------------------------


def test_daily_cap_cuts_the_block_that_passes_it() -> None:
    award = one(course("C1", *full_day("a", MONDAY)))
    assert (award.hours, award.status) == (6, "capped")
    assert "當日已採計6小時，本段2小時只採計0小時（第10條第2款每日上限6小時）" in award.trace
    assert [b.credited for b in award.blocks] == [2, 2, 2, 0]
    assert [b.cut for b in award.blocks] == [None, None, None, "day"]


def test_daily_cap_across_courses_credits_blocks_in_start_order() -> None:
    morning = course("Z-MORNING", seg("a", "08:00", "09:30"), seg("b", "09:40", "11:10"))
    afternoon = course("A-AFTERNOON", seg("a", "13:00", "14:30"), seg("b", "14:40", "16:10"))
    enrollments = [Enrollment("T1", "A-AFTERNOON"), Enrollment("T1", "Z-MORNING")]
    awards = compute_awards([afternoon, morning], enrollments)
    assert [(a.course, a.hours, a.status) for a in awards] == [
        ("A-AFTERNOON", 2, "capped"),  # sorted by course code; its second block came last and was cut
        ("Z-MORNING", 4, "awarded"),
    ]
    assert "當日已採計6小時，本段2小時只採計0小時（第10條第2款每日上限6小時）" in awards[0].trace


def test_a_block_is_cut_to_what_remains() -> None:
    long_morning = course("C1", seg("a", "08:00", "12:30"))  # 270 min -> 5 h
    afternoon = course("C2", seg("a", "13:00", "15:00"))  # 120 min -> 2 h
    awards = compute_awards([long_morning, afternoon], [Enrollment("T1", "C1"), Enrollment("T1", "C2")])
    assert award_of(awards, course_code="C2").hours == 1
    assert (
        "當日已採計5小時，本段2小時只採計1小時（第10條第2款每日上限6小時）" in award_of(awards, course_code="C2").trace
    )


def six_hour_day(code: str, day: date) -> CourseInput:
    return course(code, seg("a", "09:00", "12:00", day=day), seg("b", "13:00", "16:00", day=day))


def test_weekly_cap_over_an_iso_week() -> None:
    days = [MONDAY + timedelta(days=i) for i in range(6)]  # Mon–Sat: 36 hours
    courses = [six_hour_day(f"C{i}", d) for i, d in enumerate(days)]
    awards = compute_awards(courses, [Enrollment("T1", c.code) for c in courses])
    assert sum(a.hours for a in awards) == 35
    last = award_of(awards, course_code="C5")
    assert (last.hours, last.status) == (5, "capped")
    assert "本週已採計33小時，本段3小時只採計2小時（第10條第2款每週上限35小時）" in last.trace


def test_the_week_is_monday_to_sunday() -> None:
    days = [MONDAY + timedelta(days=i) for i in range(2, 8)]  # Wed–Mon: two ISO weeks
    courses = [six_hour_day(f"C{i}", d) for i, d in enumerate(days)]
    awards = compute_awards(courses, [Enrollment("T1", c.code) for c in courses])
    assert sum(a.hours for a in awards) == 36
    assert {a.status for a in awards} == {"awarded"}


def test_special_approval_is_not_cut_but_counts_towards_the_cap() -> None:
    approved = course("C1", *full_day("a", MONDAY), special="臺教師(三)字第1140012345號")
    evening = course("C2", seg("e", "18:00", "19:30"))
    awards = compute_awards([approved, evening], [Enrollment("T1", "C1"), Enrollment("T1", "C2")])
    first, second = award_of(awards, course_code="C1"), award_of(awards, course_code="C2")
    assert (first.hours, first.status) == (8, "awarded")
    assert first.trace[0].startswith("專案核准（臺教師(三)字第1140012345號）")
    assert (second.hours, second.status) == (0, "capped")


def test_a_special_approval_past_the_cap_is_explained_whatever_else_the_teacher_attends() -> None:
    """Art 10(2): the approved 8-hour day is not cut, and its trace says the cap was passed, alone or not."""
    approved = course("C1", *full_day("a", MONDAY), special="臺教師(三)字第1140012345號")
    next_week = course("C2", *full_day("b", MONDAY + timedelta(days=7)))
    alone = award_of(compute_awards([approved], [Enrollment("T1", "C1")]), course_code="C1")
    both = compute_awards([approved, next_week], [Enrollment("T1", "C1"), Enrollment("T1", "C2")])
    assert (alone.hours, alone.status) == (8, "awarded")
    assert "當日已採計6小時、本週已採計6小時，專案核准本段2小時全數採計（第10條第2款）" in alone.trace
    assert award_of(both, course_code="C1").trace == alone.trace
    assert award_of(both, course_code="C2").hours == 6


def test_caps_are_per_teacher() -> None:
    c = course("C1", *full_day("a", MONDAY))
    awards = compute_awards([c], [Enrollment("T2", "C1"), Enrollment("T1", "C1")])
    assert [(a.teacher, a.hours) for a in awards] == [("T1", 6), ("T2", 6)]


def test_leave_before_a_cap_lets_a_later_block_count() -> None:
    award = one(course("C1", *full_day("a", MONDAY)), Absence("a1", 90, "leave"))
    assert (award.hours, award.status) == (6, "awarded")


# --- HRS-6 / HRS-7 ---------------------------------------------------------------------------------


def test_credit_class_is_credits_times_eighteen_outside_the_caps() -> None:
    credit = CourseInput("CR", "credit", (seg("x", "09:00", "12:00"),), credits=2)
    day = course("C1", *full_day("a", MONDAY))
    awards = compute_awards([credit, day], [Enrollment("T1", "CR"), Enrollment("T1", "C1")])
    assert (award_of(awards, course_code="CR").hours, award_of(awards, course_code="C1").hours) == (36, 6)
    assert (
        "學分班：2學分 × 18小時 = 36小時（第10條第3款），不計入每日／每週上限"
        in award_of(awards, course_code="CR").trace
    )


def test_online_hours_are_as_certified() -> None:
    online = CourseInput("OL", "online", (), certified_hours=3)
    award = one(online)
    assert (award.hours, award.status) == (3, "awarded")
    assert award.trace[0] == "數位／遠距研習：依主辦單位認證 3 小時（第10條第6款），不計入每日／每週上限"


@pytest.mark.parametrize(
    "c",
    [
        pytest.param(CourseInput("C1", "credit", (), credits=3), id="Art10(3) credit class not completed"),
        pytest.param(CourseInput("C1", "online", (), certified_hours=4), id="Art10(6) online not completed"),
    ],
)
def test_not_completed_awards_nothing(c: CourseInput) -> None:
    award = one(c, completed=False)
    assert (award.hours, award.status) == (0, "not_completed")


def test_in_person_hours_follow_attendance_not_the_completed_flag() -> None:
    assert one(THREE_HOURS, completed=False).hours == 4


# --- output order and validation ------------------------------------------------------------------


def test_awards_are_sorted_by_teacher_then_course() -> None:
    a, b = course("B", seg("s", "09:00", "10:00")), course("A", seg("s", "13:00", "14:00"))
    enrollments = [Enrollment("T2", "B"), Enrollment("T1", "B"), Enrollment("T2", "A"), Enrollment("T1", "A")]
    assert [(x.teacher, x.course) for x in compute_awards([a, b], enrollments)] == [
        ("T1", "A"),
        ("T1", "B"),
        ("T2", "A"),
        ("T2", "B"),
    ]


def test_the_rule_set_version_and_caps_are_parameters() -> None:
    generous = RuleSet(version="test", daily_cap_hours=8)
    award = award_of(compute_awards([course("C1", *full_day("a", MONDAY))], [Enrollment("T1", "C1")], generous))
    assert (award.hours, award.status) == (8, "awarded")
    assert DEFAULT_RULE_SET.daily_cap_hours == 6


def bad(courses: list[CourseInput], enrollments: list[Enrollment]) -> UserError:
    with pytest.raises(UserError) as info:
        compute_awards(courses, enrollments)
    return info.value


def test_unknown_course() -> None:
    error = bad([THREE_HOURS], [Enrollment("T1", "C1"), Enrollment("T2", "NOPE")])
    assert error.field == "enrollments[1].course"
    assert "NOPE" in error.message


def test_unknown_segment() -> None:
    error = bad([THREE_HOURS], [Enrollment("T1", "C1", True, (Absence("a", 10), Absence("zz", 10)))])
    assert error.field == "enrollments[0].absences[1].segment"


def test_end_before_start() -> None:
    error = bad([course("C1", seg("a", "09:00", "10:00"), seg("b", "11:00", "10:30"))], [])
    assert (error.field, error.message) == ("courses[0].segments[1].end", "結束時間須晚於開始時間")


def test_segment_crossing_midnight() -> None:
    late = Segment("a", at(MONDAY, "22:00"), at(MONDAY + timedelta(days=1), "01:00"))
    error = bad([CourseInput("C1", "in_person", (late,))], [])
    assert error.field == "courses[0].segments[0].end"
    assert "午夜" in error.message


def test_overlapping_segments_in_one_course() -> None:
    error = bad([course("C1", seg("a", "09:00", "10:30"), seg("b", "10:00", "11:00"))], [])
    assert error.field == "courses[0].segments[1].start"
    assert "與時段 a 重疊" in error.message


def test_minutes_over_the_segment_length() -> None:
    error = bad([THREE_HOURS], [Enrollment("T1", "C1", True, (Absence("t", 16),))])
    assert error.field == "enrollments[0].absences[0].minutes"
    assert "超過時段 t 的長度 15 分鐘" in error.message


def test_minutes_over_the_length_in_two_entries() -> None:
    error = bad(
        [THREE_HOURS], [Enrollment("T1", "C1", True, (Absence("a", 60, "leave"), Absence("a", 31, "unexcused")))]
    )
    assert error.field == "enrollments[0].absences[1].minutes"


def test_teacher_enrolled_twice() -> None:
    error = bad([THREE_HOURS], [Enrollment("T1", "C1"), Enrollment("T2", "C1"), Enrollment("T1", "C1")])
    assert error.field == "enrollments[2].course"
    assert "enrollments[0]" in error.message


@pytest.mark.parametrize(
    ("courses", "field"),
    [
        ([THREE_HOURS, THREE_HOURS], "courses[1].code"),
        ([course("C1", seg("a", "09:00", "10:00"), seg("a", "11:00", "12:00"))], "courses[0].segments[1].id"),
        ([CourseInput("C1", "credit", ())], "courses[0].credits"),
        ([CourseInput("C1", "online", (), certified_hours=-1)], "courses[0].certified_hours"),
    ],
    ids=["duplicate course code", "duplicate segment id", "credit class without credits", "negative certified hours"],
)
def test_other_inconsistent_courses(courses: list[CourseInput], field: str) -> None:
    assert bad(courses, []).field == field


def test_negative_minutes() -> None:
    assert (
        bad([THREE_HOURS], [Enrollment("T1", "C1", True, (Absence("a", -5),))]).field
        == "enrollments[0].absences[0].minutes"
    )


def _peak_memory(first_day: date, count: int) -> int:
    """Peak bytes allocated computing one course on ``first_day`` and ``count`` courses in 2910 (one
    teacher each, all taking the first course too)."""
    import tracemalloc

    courses = [course("FIRST", seg("s", "09:00", "10:30", day=first_day))]
    courses += [
        course(f"C{n}", seg("s", "09:00", "10:30", day=date(2910, 1, 1) + timedelta(days=n))) for n in range(count)
    ]
    enrollments = [Enrollment(f"T{n}", c, True) for n in range(count) for c in ("FIRST", f"C{n}")]
    tracemalloc.start()
    try:
        awards = compute_awards(courses, enrollments)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert {a.hours for a in awards} == {2}
    return peak


def test_memory_follows_the_data_not_the_date_range() -> None:
    # The same courses and teachers, with the first course ten days or a thousand years before the rest:
    # the computation may not need more memory for the wider range (once, a week bitmask per course
    # spanned the whole range: 52,000 bits a course here).
    near, far = _peak_memory(date(2909, 12, 22), 3000), _peak_memory(date(1912, 1, 1), 3000)
    assert far < near * 1.5, (near, far)
