"""How fast is attendance (出席登錄 and 核發) on the ``county`` demo database?

Seeds ``ntip demo seed --scale county`` into a temporary SQLite file (or reuses ``--db FILE`` or a database
URL seeded before), picks the county and school year with the most creditable enrollments (or ``--county``
and ``--year``), and adds one course to it once (code ``BENCH500X30``, kept in a reused database): approved,
500 teachers of that county who all attend other courses, 30 segments over five days (Monday to Friday of
the week with the most of the county's courses) with tea and lunch breaks, and absences in about 3% of
the instruction cells. Then, signed in as the demo administrator (``admin``) and certificate staff
(``certstaff``):

(a) opening the course in the grid: ``load_grid`` in a fresh session, as the page's task does, plus
    building the page's grid model (``AttendanceGridModel.set_grid``, under QT_QPA_PLATFORM=offscreen) when
    that module exists; median over ``--runs`` runs (two warm-up runs first). Also shown, not a target:
    the live hours of all 500 teachers, which the page computes in the background once the grid shows;
(b) an edit to hours shown: ``set_marks`` of one cell (toggled between present and 請假30分鐘) and
    ``live_hours`` of that teacher, in one session, committed, as the page does; median over ``--runs``;
(c) re-awarding the county's school year (every creditable course, the bench course included) with
    ``award_courses``: once as the first award (the demo has awarded almost nothing) and once more with
    nothing changed, in one transaction that is rolled back (the database stays as it was); beside it the
    pure hours engine (``compute_awards``) on the same teachers' whole records already in memory, and the
    ratio; and ``award_course`` called course by course on the first ``--one-by-one`` courses, for scale.

Targets (issue 10): (a) < 300 ms median, (b) < 50 ms median, (c) < 60 s. Prints figures, asserts nothing.
Run: ``python bench/bench_attendance.py [--db FILE|URL] [--runs 20] [--county CODE --year ROC_YEAR]``.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from datetime import datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from ntip_desktop.models import (
    Absence,
    AbsenceReason,
    Course,
    CourseState,
    Delivery,
    Enrollment,
    OfficeUser,
    Organization,
    Segment,
    SegmentKind,
    Teacher,
)
from ntip_desktop.services import attendance, auth
from ntip_desktop.services.attendance import CellChange, Mark
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.db import Database
from ntip_desktop.services.demo import seed
from ntip_desktop.services.rules import hours
from ntip_desktop.services.rulesets import rule_set_in_force

TARGETS = {"a": 0.300, "b": 0.050, "c": 60.0}
CODE = "BENCH500X30"
TEACHERS = 500
#: One day of the bench course: (label, start, end, kind); six segments, five days.
DAY = (
    ("S1", "09:00", "10:30", SegmentKind.INSTRUCTION),
    ("茶敘", "10:30", "10:40", SegmentKind.TEA_BREAK),
    ("S2", "10:40", "12:10", SegmentKind.INSTRUCTION),
    ("午休", "12:10", "13:10", SegmentKind.LUNCH),
    ("S3", "13:10", "14:40", SegmentKind.INSTRUCTION),
    ("S4", "14:50", "16:20", SegmentKind.INSTRUCTION),
)
CREDITABLE = (CourseState.APPROVED, CourseState.AWARDED)


def _stats(label: str, values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    p90 = ms[min(len(ms) - 1, round(0.9 * (len(ms) - 1)))]
    return (
        f"  {label:<46} median {statistics.median(ms):7.1f} ms   p90 {p90:7.1f}   min {ms[0]:6.1f}"
        f"   max {ms[-1]:7.1f}   (n={len(ms)})"
    )


def _verdict(key: str, value: float) -> str:
    target = TARGETS[key]
    shown = f"{target * 1000:.0f} ms" if target < 1 else f"{target:.0f} s"
    return f"target < {shown}: {'met' if value < target else 'NOT met'}"


def _user(db: Database, login: str) -> CurrentUser:
    with db.session() as s:
        uid = s.execute(select(OfficeUser.id).where(OfficeUser.login == login)).scalar_one()
        return auth.get_current(s, uid)


def open_database(where: str | None, tmp: Path) -> Database:
    """The county demo database: ``where`` when given (seeded when empty), else a new temporary file."""
    target = where or str(tmp / "county.sqlite3")
    db = Database(target)
    db.upgrade(backup=False)
    with db.session() as s:
        empty = s.execute(select(func.count()).select_from(Course)).scalar_one() == 0
    if empty:
        started = time.perf_counter()
        report = seed(db, "county")
        print(f"seeded the county demo ({report.total_rows:,} rows) in {time.perf_counter() - started:.1f} s")
    return db


def busiest_county_year(db: Database) -> tuple[str, int]:
    """The county and school year with the most enrollments in creditable courses."""
    with db.session() as s:
        county, year, _n = s.execute(
            select(Organization.county_code, Course.school_year, func.count())
            .join(Course, Course.organizer_id == Organization.id)
            .join(Enrollment, Enrollment.course_id == Course.id)
            .where(Course.state.in_(CREDITABLE), Organization.county_code.is_not(None))
            .group_by(Organization.county_code, Course.school_year)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    return county, year


def add_bench_course(db: Database, county: str, year: int, rng: random.Random) -> uuid.UUID:
    """The 500 × 30 course of the docstring, added once; its id."""
    with db.session() as s:
        found = s.execute(select(Course.id).where(Course.code == CODE)).scalar_one_or_none()
        if found is not None:
            return found
        in_county = (
            select(Course)
            .join(Organization, Organization.id == Course.organizer_id)
            .where(Organization.county_code == county, Course.school_year == year, Course.state.in_(CREDITABLE))
        )
        model = s.execute(in_county.order_by(Course.code).limit(1)).scalar_one()
        starts = [c.start_at.date() for c in s.execute(in_county).scalars()]
        weeks = Counter(d - timedelta(days=d.weekday()) for d in starts)
        monday = max(weeks, key=lambda w: (weeks[w], w))
        # Teachers of the county's schools with other creditable courses, those busy that week first.
        busy = set(
            s.execute(
                select(Enrollment.teacher_id)
                .join(Course, Course.id == Enrollment.course_id)
                .join(Teacher, Teacher.id == Enrollment.teacher_id)
                .join(Organization, Organization.id == Teacher.organization_id)
                .where(
                    Organization.county_code == county,
                    Course.state.in_(CREDITABLE),
                    Course.start_at >= datetime.combine(monday, clock()),
                    Course.start_at < datetime.combine(monday + timedelta(days=5), clock()),
                )
            ).scalars()
        )
        others = sorted(
            set(
                s.execute(
                    select(Enrollment.teacher_id)
                    .join(Course, Course.id == Enrollment.course_id)
                    .join(Teacher, Teacher.id == Enrollment.teacher_id)
                    .join(Organization, Organization.id == Teacher.organization_id)
                    .where(Organization.county_code == county, Course.state.in_(CREDITABLE))
                ).scalars()
            )
            - busy
        )
        chosen = rng.sample(sorted(busy), min(len(busy), TEACHERS // 2))
        chosen += rng.sample(others, TEACHERS - len(chosen))
        segments = [
            Segment(
                label=f"D{d + 1}{label}",
                start_at=datetime.combine(monday + timedelta(days=d), clock.fromisoformat(start)),
                end_at=datetime.combine(monday + timedelta(days=d), clock.fromisoformat(end)),
                kind=kind,
                topic="大型研習" if kind is SegmentKind.INSTRUCTION else "",
            )
            for d in range(5)
            for label, start, end, kind in DAY
        ]
        course = Course(
            code=CODE,
            title="效能量測：五日大型研習（500 人）",
            organizer_id=model.organizer_id,
            organizer_category=model.organizer_category,
            start_at=segments[0].start_at,
            end_at=segments[-1].end_at,
            venue="效能量測會場",
            delivery=Delivery.IN_PERSON,
            audience=["k12_teacher"],
            state=CourseState.APPROVED,
            review_unit=model.review_unit,
            school_year=year,
            segments=segments,
        )
        s.add(course)
        s.flush()
        enrollments = [
            Enrollment(course_id=course.id, teacher_id=tid, seat_no=n) for n, tid in enumerate(chosen, start=1)
        ]
        s.add_all(enrollments)
        s.flush()
        instruction = [seg for seg in segments if seg.kind is SegmentKind.INSTRUCTION]
        for e in enrollments:
            for seg in instruction:
                if rng.random() < 0.03:
                    whole = int((seg.end_at - seg.start_at).total_seconds()) // 60
                    reason = AbsenceReason.LEAVE if rng.random() < 0.7 else AbsenceReason.UNEXCUSED
                    s.add(
                        Absence(enrollment_id=e.id, segment_id=seg.id, minutes=rng.choice((30, whole)), reason=reason)
                    )
        print(f"added {CODE}: {TEACHERS} teachers × {len(segments)} segments, week of {monday}, county {county}")
        return course.id


def measure_grid(db: Database, user: CurrentUser, course_id: uuid.UUID, runs: int) -> float:
    """(a): load_grid in a fresh session, then the page's model and view when they exist; returns the median."""
    shown = _grid_view()
    loads, models, both, painted = [], [], [], []
    for i in range(runs + 2):
        started = time.perf_counter()
        with db.session() as s:
            grid = attendance.load_grid(s, user, course_id)
        loaded = time.perf_counter()
        if shown is not None:
            _app, model, view = shown
            model.set_grid(None)
            loaded = time.perf_counter()
            model.set_grid(grid)
            modelled = time.perf_counter()
            view.size_columns()
            view.viewport().repaint()
            done = time.perf_counter()
        else:
            modelled = done = loaded
        if i >= 2:  # the first ones import modules and warm the caches
            loads.append(loaded - started)
            models.append(modelled - loaded)
            both.append(loads[-1] + models[-1])
            painted.append(loads[-1] + done - loaded)
    print(
        f"(a) opening {grid.code}: {len(grid.rows)} teachers × {len(grid.segments)} segments, {len(grid.marks)} marks"
    )
    print(_stats("load_grid (fresh session)", loads))
    if shown is None:
        print("  AttendanceGridModel.set_grid: not importable on this branch; load_grid alone timed")
        median = statistics.median(loads)
        print(f"  → load_grid alone: {median * 1000:.1f} ms; {_verdict('a', median)}")
    else:
        print(_stats("AttendanceGridModel.set_grid", models))
        print(_stats("load_grid + set_grid", both))
        print(_stats("  … + columns sized, first screen painted", painted))
        median = statistics.median(both)
        print(f"  → load_grid + set_grid: {median * 1000:.1f} ms; {_verdict('a', median)}")
    everyone = []
    for _ in range(3):
        started = time.perf_counter()
        with db.session() as s:
            attendance.live_hours(s, user, course_id)
        everyone.append(time.perf_counter() - started)
    print(_stats("(not a target) live hours of all 500, background", everyone))
    return median


def _grid_view() -> tuple[Any, Any, Any] | None:
    """The page's grid model in its view (1400 × 900, shown offscreen), when they exist on this branch."""
    try:
        from PySide6.QtWidgets import QApplication

        from ntip_desktop.views.attendance.grid_model import AttendanceGridModel
        from ntip_desktop.views.attendance.grid_view import AttendanceGridView
    except ImportError:
        return None
    app = QApplication.instance() or QApplication([])
    model = AttendanceGridModel()
    view = AttendanceGridView()
    view.setModel(model)
    view.resize(1400, 900)
    view.show()
    return app, model, view


def measure_edit(db: Database, user: CurrentUser, course_id: uuid.UUID, runs: int) -> float:
    """(b): one cell toggled and that teacher's live hours, in one committed session; returns the median."""
    with db.session() as s:
        grid = attendance.load_grid(s, user, course_id)
    segment = next(seg for seg in grid.segments if seg.markable and seg.start_at.weekday() == 2)
    row = next(r for r in grid.rows if (r.enrollment_id, segment.id) not in grid.marks)
    mark: Mark | None = None
    took = []
    for i in range(runs + 2 + (runs % 2)):  # an even number of toggles: the cell ends as it began
        new = Mark(30, AbsenceReason.LEAVE) if mark is None else None
        started = time.perf_counter()
        with db.session() as s:
            attendance.set_marks(s, user, course_id, [CellChange(row.enrollment_id, segment.id, mark, new)])
            shown = attendance.live_hours(s, user, course_id, [row.teacher_id])[row.teacher_id]
        if i >= 2:
            took.append(time.perf_counter() - started)
        mark = new
    print(f"(b) one cell of {row.name} in {segment.label} toggled present ↔ 請假30分鐘; hours shown {shown.hours}")
    print(_stats("set_marks + live_hours, committed", took))
    median = statistics.median(took)
    print(f"  → {median * 1000:.1f} ms; {_verdict('b', median)}")
    return median


def measure_award(db: Database, staff: CurrentUser, county: str, year: int, one_by_one: int) -> float:
    """(c): the county's year awarded in one pass, twice, then rolled back; returns the first run's seconds."""
    with db.session() as s:
        ids = attendance.county_year_course_ids(s, county, year)
    sample = ids[:one_by_one]
    s = db.new_session()
    try:  # for scale: award_course course by course, as before award_courses (rolled back)
        began = time.perf_counter()
        for cid in sample:
            attendance.award_course(s, staff, cid)
        sequential_s = time.perf_counter() - began
        sample_enrollments = s.execute(
            select(func.count()).select_from(Enrollment).where(Enrollment.course_id.in_(sample))
        ).scalar_one()
    finally:
        s.rollback()
        s.close()
    s = db.new_session()
    try:
        phases: list[tuple[float, str]] = []
        started = time.perf_counter()

        def progress(_done: int, _total: int, label: str) -> None:
            if not phases or phases[-1][1] != label:
                phases.append((time.perf_counter() - started, label))

        first = attendance.award_courses(s, staff, ids, progress=progress)
        first_s = time.perf_counter() - started
        began = time.perf_counter()
        again = attendance.award_courses(s, staff, ids)
        again_s = time.perf_counter() - began

        same = aliased(Enrollment)
        teachers = select(same.teacher_id).where(same.course_id.in_(ids))
        record = attendance.load_records(s, Enrollment.teacher_id.in_(teachers))
        rule_set = rule_set_in_force(s)
        engine, rows = [], []
        gc.disable()  # as ``ntip hours compute`` and award_courses run the engine
        try:
            for _ in range(3):
                began = time.perf_counter()
                awards = hours.compute_awards(record.courses, record.enrollments, rule_set)
                engine.append(time.perf_counter() - began)
                del awards
                began = time.perf_counter()
                hours.teacher_awards(record.courses, record.enrollments, rule_set)
                rows.append(time.perf_counter() - began)
        finally:
            gc.enable()
        engine_s, rows_s = statistics.median(engine), statistics.median(rows)
    finally:
        s.rollback()
        s.close()
    enrollments = sum(c.teachers for c in first.courses)
    print(
        f"(c) county {county}, school year {year}: {len(ids)} creditable courses, {enrollments:,} enrollments "
        f"in them; {first.teachers:,} teachers whose whole records hold {len(record.enrollments):,} creditable "
        "enrollments"
    )
    print(
        f"  award_courses, first award   {first_s:7.1f} s   ({first.awards_added:,} awards added, "
        f"{first.awards_changed:,} changed)"
    )
    for (at, label), following in zip(phases, [*phases[1:], (first_s, "")], strict=True):
        print(f"      {label:<24}{following[0] - at:7.1f} s")
    print(
        f"  award_courses, nothing new   {again_s:7.1f} s   ({again.awards_added} added, "
        f"{again.awards_changed} changed)"
    )
    print(f"  compute_awards, same records in memory   {engine_s:6.2f} s  (median of 3, garbage collector off)")
    print(f"  teacher_awards (what award_courses runs) {rows_s:6.2f} s  (compute_awards without block credits)")
    print(
        f"  ratio award_courses / compute_awards: first award {first_s / engine_s:.1f}×, "
        f"nothing new {again_s / engine_s:.1f}×   (/ teacher_awards: {first_s / rows_s:.1f}×, "
        f"{again_s / rows_s:.1f}×)"
    )
    if sample:
        rate = sequential_s / max(sample_enrollments, 1)
        print(
            f"  for scale: award_course one by one, first {len(sample)} courses ({sample_enrollments:,} "
            f"enrollments): {sequential_s:.1f} s; at that rate the year's {enrollments:,} would take "
            f"~{rate * enrollments / 60:.0f} min"
        )
    print(f"  → first award {first_s:.1f} s; {_verdict('c', first_s)} (nothing new {again_s:.1f} s)")
    return first_s


def machine() -> str:
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="reuse (or keep) this SQLite file or database URL; seeded when empty")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--county", help="county code (default: the one with the most enrollments)")
    parser.add_argument("--year", type=int, help="school year, ROC (with --county)")
    parser.add_argument("--one-by-one", type=int, default=5, help="courses awarded one by one for scale")
    parser.add_argument("--seed", type=int, default=20261125)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="ntip-bench-attendance-") as tmp:
        db = open_database(args.db, Path(tmp))
        print(f"database: {db.describe()}")
        county, year = (args.county, args.year) if args.county and args.year else busiest_county_year(db)
        course_id = add_bench_course(db, county, year, random.Random(args.seed))
        admin, staff = _user(db, "admin"), _user(db, "certstaff")
        a = measure_grid(db, admin, course_id, args.runs)
        b = measure_edit(db, admin, course_id, args.runs)
        c = measure_award(db, staff, county, year, args.one_by_one)
        db.dispose()
    print(f"summary: (a) {a * 1000:.0f} ms, (b) {b * 1000:.1f} ms, (c) {c:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
