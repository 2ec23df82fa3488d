"""How fast are report packages (月報傳報) for a county month of 100,000 attendance entries?

Builds a coordinator's SQLite database with Core inserts: one organisation of a back-end county with
``--courses`` courses in October 2026 (4 segments each), ``--enrollments`` enrollments of ``--teachers``
teachers, and ``--absences`` attendance entries (absences; default 100,000). Then, as the person at the
command line (the console user):

(a) export: ``export_package`` of that month to a package file;
(b) verify: ``verify_package`` at an office database that holds the same organisation (and none of the
    records) and has registered the installation;
(c) import: ``import_package`` (verify, diff against the office's records by UUID, apply with the audit
    entries), committed;
(d) the baseline: a bare SQLAlchemy Core bulk insert of the same rows (teachers, courses, segments,
    enrollments, absences) into another empty office database, in the same run; and the ratio (c)/(d).

Targets (issue 12): import < 10 s, ratio ≤ 10. Prints wall seconds, the process's CPU seconds beside them
(they compare runs on a busy machine) and both ratios; asserts nothing. The office is SQLite unless
``--office URL`` names a PostgreSQL database the bench may wipe (it runs ``DROP SCHEMA public CASCADE``).
Run: ``python bench/bench_packages.py [--absences 100000] [--office postgresql+psycopg://…]``.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert, text

from ntip_desktop.models import (
    Absence,
    AbsenceReason,
    County,
    Course,
    CourseState,
    Delivery,
    DistrictCenter,
    Enrollment,
    Organization,
    OrgKind,
    Ownership,
    ReportingMode,
    Segment,
    SegmentKind,
    Teacher,
)
from ntip_desktop.models.base import table_of
from ntip_desktop.services import packages
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import Database
from ntip_desktop.services.rules.ids import make_id

ORG_CODE = "643601"
MONTH = (2026, 10)


def _reference(db: Database, org_id: uuid.UUID, dc_id: uuid.UUID) -> None:
    """The district center, county and organisation, with the same keys in every database of the run."""
    with db.session() as s:
        s.execute(insert(DistrictCenter).values(id=dc_id, code="KHH", name="高雄市區管中心", fax="07-1", phone="07-2"))
        s.execute(
            insert(County).values(
                code="64",
                name="高雄市",
                reporting_mode=ReportingMode.BACK_END,
                authority_name="高雄市政府教育局",
                municipality=True,
                district_center_id=dc_id,
            )
        )
        s.execute(
            insert(Organization).values(
                id=org_id,
                code=ORG_CODE,
                name="高雄市教師研習中心",
                kind=OrgKind.SENIOR_HIGH,
                ownership=Ownership.MUNICIPAL,
                county_code="64",
                district_center_id=dc_id,
            )
        )


def _rows(args: argparse.Namespace, org_id: uuid.UUID) -> dict[str, list[dict[str, Any]]]:
    """Every row of the coordinator's month, as Core insert parameters (the baseline inserts the same)."""
    rng = random.Random(12)
    now = datetime.now(UTC)
    teachers = [
        {
            "id": uuid.uuid4(),
            "national_id": make_id("E", f"{1 + n % 2}{n:07d}"),
            "name": f"教師{n:05d}",
            "created_at": now,
            "updated_at": now,
        }
        for n in range(args.teachers)
    ]
    courses, segments, enrollments, absences = [], [], [], []
    per_course = args.enrollments // args.courses
    for c in range(args.courses):
        day = datetime(*MONTH, 1 + c % 28, 9)
        course_id = uuid.uuid4()
        courses.append(
            {
                "id": course_id,
                "code": f"115K{c:06d}",
                "title": f"研習課程 {c}",
                "organizer_id": org_id,
                "organizer_category": 1,
                "start_at": day,
                "end_at": day + timedelta(hours=7),
                "delivery": Delivery.IN_PERSON,
                "audience": ["k12_teacher"],
                "state": CourseState.APPROVED,
                "school_year": 115,
                "captured_at": now,
                "created_at": now,
                "updated_at": now,
            }
        )
        seg_ids = []
        for n in range(4):
            seg_id = uuid.uuid4()
            seg_ids.append(seg_id)
            start = day + timedelta(minutes=100 * n)
            segments.append(
                {
                    "id": seg_id,
                    "course_id": course_id,
                    "label": f"S{n + 1}",
                    "start_at": start,
                    "end_at": start + timedelta(minutes=90),
                    "kind": SegmentKind.INSTRUCTION,
                    "topic": f"主題 {n + 1}",
                    "captured_at": now,
                }
            )
        for seat, teacher in enumerate(rng.sample(teachers, per_course), start=1):
            enrollment_id = uuid.uuid4()
            enrollments.append(
                {
                    "id": enrollment_id,
                    "course_id": course_id,
                    "teacher_id": teacher["id"],
                    "seat_no": seat,
                    "captured_at": now,
                    "created_at": now,
                    "updated_at": now,
                }
            )
    per_enrollment = -(-args.absences // len(enrollments))
    by_course: dict[uuid.UUID, list[uuid.UUID]] = {}
    for seg in segments:
        by_course.setdefault(seg["course_id"], []).append(seg["id"])
    for enrollment in enrollments:
        if len(absences) >= args.absences:
            break
        for seg_id in by_course[enrollment["course_id"]][:per_enrollment]:
            if len(absences) >= args.absences:
                break
            absences.append(
                {
                    "id": uuid.uuid4(),
                    "enrollment_id": enrollment["id"],
                    "segment_id": seg_id,
                    "minutes": rng.choice((10, 30, 90)),
                    "reason": rng.choice((AbsenceReason.LEAVE, AbsenceReason.UNEXCUSED)),
                    "captured_at": now,
                }
            )
    return {
        "teachers": teachers,
        "courses": courses,
        "segments": segments,
        "enrollments": enrollments,
        "absences": absences,
    }


TABLES = (
    ("teachers", Teacher),
    ("courses", Course),
    ("segments", Segment),
    ("enrollments", Enrollment),
    ("absences", Absence),
)


def _bulk_insert(db: Database, rows: dict[str, list[dict[str, Any]]]) -> None:
    with db.session() as s:
        for name, model in TABLES:
            s.execute(insert(table_of(model)), rows[name])


def _fresh(url: str | None, folder: Path, name: str) -> Database:
    if url:
        db = Database(url)
        with db.engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    else:
        db = Database(str(folder / f"{name}.sqlite3"))
    db.upgrade(backup=False)
    return db


#: (label, wall seconds, this process's CPU seconds) of every step timed.
TIMES: list[tuple[str, float, float]] = []


def _timed(label: str, fn: Any) -> tuple[float, Any]:
    """Wall seconds, printed with the process's CPU seconds: on a busy machine the CPU time (SQLite works in
    this process) compares runs better than the wall clock, which waits for the other processes too."""
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    TIMES.append((label, seconds, cpu_seconds))
    print(f"{label:<44}{seconds:8.2f} s  (CPU {cpu_seconds:.2f} s)", flush=True)
    return seconds, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--absences", type=int, default=100_000)
    parser.add_argument("--courses", type=int, default=400)
    parser.add_argument("--enrollments", type=int, default=50_000)
    parser.add_argument("--teachers", type=int, default=20_000)
    parser.add_argument("--office", help="a PostgreSQL URL for the office databases (wiped); default: SQLite files")
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="ntip-bench-packages-"))
    os.environ.setdefault("NTIP_CONFIG_DIR", str(folder / "config"))
    print(
        f"Python {platform.python_version()} on {platform.machine()}; office: {'PostgreSQL' if args.office else 'SQLite'}"
    )
    org_id, dc_id = uuid.uuid4(), uuid.uuid4()
    rows = _rows(args, org_id)
    print("records: " + ", ".join(f"{name} {len(rows[name]):,}" for name, _ in TABLES))

    laptop = Database(str(folder / "laptop.sqlite3"))
    laptop.upgrade(backup=False)
    _reference(laptop, org_id, dc_id)
    _bulk_insert(laptop, rows)
    user = console_user("bench")
    package = folder / "package.zip"

    def export() -> packages.Exported:
        with laptop.session() as s:
            return packages.export_package(s, user, ORG_CODE, MONTH, package)

    t_export, exported = _timed("(a) export", export)
    print(f"    package {package.stat().st_size / 1e6:.1f} MB, counts {exported.counts}")

    office = _fresh(args.office, folder, "office")
    _reference(office, org_id, dc_id)
    with office.session() as s:
        packages.trust_installation(s, user, packages.installation_line(), ORG_CODE)

    def verify() -> packages.Verification:
        with office.session() as s:
            return packages.verify_package(s, user, package)

    t_verify, report = _timed("(b) verify", verify)
    assert report.ok, report.problems

    def take() -> packages.Imported:
        with office.session() as s:
            return packages.import_package(s, user, package)

    t_import, done = _timed("(c) import (verify + diff + apply + audit)", take)
    print(f"    applied {done.applied:,} records, {done.audit_entries:,} audit entries")
    office.dispose()

    baseline_db = _fresh(args.office, folder, "baseline")
    _reference(baseline_db, org_id, dc_id)
    t_bulk, _ = _timed("(d) bare Core bulk insert of the same rows", lambda: _bulk_insert(baseline_db, rows))
    baseline_db.dispose()
    laptop.dispose()

    ratio = t_import / t_bulk if t_bulk else float("inf")
    cpu_import, cpu_bulk = TIMES[2][2], TIMES[3][2]
    cpu_ratio = cpu_import / cpu_bulk if cpu_bulk else float("inf")
    print(f"ratio import / bulk insert: {ratio:.1f} (target ≤ 10); import {t_import:.2f} s (target < 10 s)")
    print(
        f"in CPU seconds of this process: import {cpu_import:.2f} s, bulk insert {cpu_bulk:.2f} s, ratio {cpu_ratio:.1f}"
    )
    print(f"export {t_export:.2f} s, verify {t_verify:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
