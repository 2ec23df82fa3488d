"""Properties of the hour rules over random timetables (HRS-2…5)."""

from __future__ import annotations

import io
import json
import random
from datetime import date, datetime, timedelta
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from ntip_desktop.services.rules import hours_json
from ntip_desktop.services.rules.hours import (
    WEEK_BITS,
    Absence,
    Award,
    CourseInput,
    Enrollment,
    Segment,
    compute_awards,
)
from ntip_desktop.services.rules.ruleset import DEFAULT_RULE_SET

FIRST_DAY = date(2026, 3, 2)  # a Monday; courses fall in a 12-day window, so weeks are shared and crossed
KINDS = ["instruction"] * 5 + ["tea_break", "lunch", "sign_in", "travel", "intermission"]


@st.composite
def day_segments(draw: st.DrawFn, prefix: str, day: date) -> list[Segment]:
    minute = draw(st.integers(7 * 60, 11 * 60))
    segments = []
    for n in range(draw(st.integers(1, 6))):
        minute += draw(st.sampled_from([0, 0, 0, 10, 60]))  # mostly back to back
        length = draw(st.integers(10, 200))
        if minute + length >= 24 * 60:
            break
        start = datetime(day.year, day.month, day.day) + timedelta(minutes=minute)
        segments.append(Segment(f"{prefix}{n}", start, start + timedelta(minutes=length), draw(st.sampled_from(KINDS))))  # type: ignore[arg-type]
        minute += length
    return segments


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[list[CourseInput], list[Enrollment]]:
    courses = []
    for c in range(draw(st.integers(1, 4))):
        days = draw(st.lists(st.integers(0, 11), min_size=1, max_size=3, unique=True))
        segments = [s for i, d in enumerate(days) for s in draw(day_segments(f"d{i}s", FIRST_DAY + timedelta(days=d)))]
        special = "府教研字第1150000001號" if draw(st.integers(0, 6)) == 0 else None
        courses.append(CourseInput(f"C{c}", "in_person", tuple(segments), special_approval=special))
    enrollments = []
    for t in range(draw(st.integers(1, 3))):
        for c in draw(
            st.lists(st.sampled_from(courses), min_size=1, max_size=len(courses), unique_by=lambda x: x.code)
        ):
            absences = []
            for s in c.segments:
                if draw(st.integers(0, 3)) == 0:
                    minutes = draw(st.integers(0, s.minutes))
                    absences.append(Absence(s.id, minutes, draw(st.sampled_from(["leave", "unexcused"]))))
            enrollments.append(Enrollment(f"T{t}", c.code, True, tuple(absences)))
    return courses, enrollments


def totals(awards: list[Award]) -> dict[str, int]:
    result: dict[str, int] = {}
    for a in awards:
        result[a.teacher] = result.get(a.teacher, 0) + a.hours
    return result


def key(awards: list[Award]) -> list[tuple]:
    return [(a.teacher, a.course, a.hours, a.status, a.trace) for a in awards]


@given(scenarios())
def test_hours_are_whole_and_never_negative(scenario: tuple[list[CourseInput], list[Enrollment]]) -> None:
    for award in compute_awards(*scenario):
        assert isinstance(award.hours, int) and award.hours >= 0
        assert award.hours == sum(b.credited for b in award.blocks)


@given(scenarios())
def test_never_above_the_caps_without_special_approval(scenario: tuple[list[CourseInput], list[Enrollment]]) -> None:
    courses, enrollments = scenario
    special = {c.code for c in courses if c.special_approval}
    awards = compute_awards(courses, enrollments)
    for teacher in {a.teacher for a in awards}:
        mine = [a for a in awards if a.teacher == teacher]
        if any(a.course in special for a in mine):
            continue
        per_day: dict[date, int] = {}
        per_week: dict[tuple[int, int], int] = {}
        for a in mine:
            for b in a.blocks:
                per_day[b.start.date()] = per_day.get(b.start.date(), 0) + b.credited
                week = b.start.isocalendar()[:2]
                per_week[week] = per_week.get(week, 0) + b.credited
        assert max(per_day.values(), default=0) <= DEFAULT_RULE_SET.daily_cap_hours
        assert max(per_week.values(), default=0) <= DEFAULT_RULE_SET.weekly_cap_hours


@given(scenarios(), st.randoms(use_true_random=False))
def test_independent_of_input_order(scenario: tuple[list[CourseInput], list[Enrollment]], rnd: random.Random) -> None:
    courses, enrollments = scenario
    expected = key(compute_awards(courses, enrollments))
    shuffled_courses = [c._replace(segments=tuple(rnd.sample(c.segments, len(c.segments)))) for c in courses]
    rnd.shuffle(shuffled_courses)
    shuffled_enrollments = [e._replace(absences=tuple(rnd.sample(e.absences, len(e.absences)))) for e in enrollments]
    rnd.shuffle(shuffled_enrollments)
    assert key(compute_awards(shuffled_courses, shuffled_enrollments)) == expected


@given(scenarios())
def test_courses_that_share_a_week_bit_but_no_week_are_awarded_as_if_alone(
    scenario: tuple[list[CourseInput], list[Enrollment]],
) -> None:
    # Course i moved i * WEEK_BITS weeks on: the courses no longer share a day or a week, yet their week
    # masks are the same bits as before (the masks wrap every WEEK_BITS weeks). Each award must then be
    # what the teacher would get for that course alone.
    courses, enrollments = scenario
    shift = {c.code: timedelta(weeks=i * WEEK_BITS) for i, c in enumerate(courses)}
    moved = [
        c._replace(
            segments=tuple(s._replace(start=s.start + shift[c.code], end=s.end + shift[c.code]) for s in c.segments)
        )
        for c in courses
    ]
    alone = [key(compute_awards(moved, [e]))[0] for e in enrollments]
    assert key(compute_awards(moved, enrollments)) == sorted(alone, key=lambda a: (a[0], a[1]))


@settings(max_examples=150)
@given(scenarios(), st.data())
def test_monotone_in_attended_minutes(
    scenario: tuple[list[CourseInput], list[Enrollment]], data: st.DataObject
) -> None:
    courses, enrollments = scenario
    with_absences = [i for i, e in enumerate(enrollments) if e.absences]
    if not with_absences:
        return
    i = data.draw(st.sampled_from(with_absences))
    j = data.draw(st.integers(0, len(enrollments[i].absences) - 1))
    absence = enrollments[i].absences[j]
    fewer = data.draw(st.integers(0, absence.minutes))  # attend more of that segment
    changed = list(enrollments)
    absences = list(changed[i].absences)
    absences[j] = absence._replace(minutes=fewer)
    changed[i] = changed[i]._replace(absences=tuple(absences))
    before, after = totals(compute_awards(courses, enrollments)), totals(compute_awards(courses, changed))
    assert after[enrollments[i].teacher] >= before[enrollments[i].teacher]


@given(scenarios())
def test_leave_never_earns_more_than_full_attendance(scenario: tuple[list[CourseInput], list[Enrollment]]) -> None:
    courses, enrollments = scenario
    on_leave = [e._replace(absences=tuple(a._replace(reason="leave") for a in e.absences)) for e in enrollments]
    present = [e._replace(absences=()) for e in enrollments]
    leave_awards, full_awards = compute_awards(courses, on_leave), compute_awards(courses, present)
    leave_totals, full_totals = totals(leave_awards), totals(full_awards)
    for teacher, hours in leave_totals.items():
        assert hours <= full_totals[teacher]
    single = {t for t in leave_totals if sum(1 for e in enrollments if e.teacher == t) == 1}
    for a, b in zip(leave_awards, full_awards, strict=True):
        if a.teacher in single:
            assert a.hours <= b.hours


def as_cli_json(courses: list[CourseInput], enrollments: list[Enrollment]) -> str:
    """The scenario as the input document of docs/cli.md ``ntip hours compute``."""
    return json.dumps(
        {
            "courses": [
                {
                    "code": c.code,
                    "delivery": c.delivery,
                    "special_approval": c.special_approval,
                    "segments": [
                        {
                            "id": s.id,
                            "start": s.start.isoformat(timespec="minutes"),
                            "end": s.end.isoformat(timespec="minutes"),
                            "kind": s.kind,
                        }
                        for s in c.segments
                    ],
                }
                for c in courses
            ],
            "enrollments": [
                {
                    "teacher": e.teacher,
                    "course": e.course,
                    "completed": e.completed,
                    "absences": [{"segment": a.segment, "minutes": a.minutes, "reason": a.reason} for a in e.absences],
                }
                for e in enrollments
            ],
        },
        ensure_ascii=False,
    )


@given(scenarios(), st.sampled_from([1, 2, 5, 4096]))
def test_the_command_line_output_is_the_awards_whatever_the_chunking(
    scenario: tuple[list[CourseInput], list[Enrollment]], chunk: int
) -> None:
    """``ntip hours compute`` writes what json.dumps writes for compute_awards, in chunks of any size."""
    expected = json.dumps(
        {
            "rule_set": DEFAULT_RULE_SET.version,
            "awards": [
                {"teacher": a.teacher, "course": a.course, "hours": a.hours, "status": a.status, "trace": list(a.trace)}
                for a in compute_awards(*scenario)
            ],
        },
        ensure_ascii=False,
    ).encode()
    with patch.object(hours_json, "_CHUNK_PARTS", chunk):
        out = io.BytesIO()
        hours_json.write_hours_json(as_cli_json(*scenario), out)
    assert out.getvalue() == expected
