"""How fast is the 課程審核 desk's batch work with 50,000 courses in the database?

Builds an SQLite database (bulk insert): 2 district centers, 2 counties (one online, one back end), 400
schools and 50,000 courses waiting for review (1–3 segments each; a few with an Art 9 title, a late
registration or a missing basis document, so the checks have something to find). Then times:

(a) the batch re-check after a rule-set change: ``recheck_open_courses`` over every open course, run as the
    command line's user (all units), storing a review per course (the first run), then (a') again over the
    stored reviews (what a rule-set change costs when little changes). Target: < 30 s.

The course import (20,000-row XLSX against openpyxl merely reading it) is ``bench/bench_course_import.py``.
Run: ``python bench/bench_courses.py [--courses 50000] [--db FILE] [--seed N]``.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from ntip_desktop.models import (
    County,
    Course,
    CourseReview,
    CourseState,
    Delivery,
    DistrictCenter,
    Organization,
    OrgKind,
    Ownership,
    ReportingMode,
    ReviewItem,
    Segment,
    SegmentKind,
)
from ntip_desktop.services import courses
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import Database
from ntip_desktop.services.rules.checklist import CHECK_IDS
from ntip_desktop.vocabulary import CheckOutcome

RECHECK_TARGET = 30.0
TITLES = ("差異化教學策略工作坊", "素養導向評量設計", "閱讀理解教學研習", "數位學習融入教學", "班級經營實務分享")
RESTRICTED = ("教職員瑜珈紓壓", "戶外教學行前準備", "退休理財規劃講座")
OUTLINE = "說明{t}的理念與課堂實例，並由教師分組設計適合本校學生的學習任務與評量方式，最後交流回饋。"
XLSX_COLUMNS = (
    "課程代碼",
    "研習名稱",
    "場次",
    "課程大綱",
    "主辦單位代碼",
    "辦理資格",
    "依據文號",
    "開始",
    "結束",
    "地點",
    "辦理方式",
    "班別性質",
    "研習對象",
    "承辦人",
    "電話",
    "電子郵件",
    "登錄日期",
)


#: The default world: two counties (one back end, one online), each served by its own district center.
TWO_COUNTIES: tuple[tuple[str, str, ReportingMode], ...] = (
    ("63", "臺北市", ReportingMode.BACK_END),
    ("66", "臺中市", ReportingMode.ONLINE),
)
#: Where a course of the mixed world stands, by whether it has started (weights).
PAST_STATES = {CourseState.APPROVED: 70, CourseState.AWARDED: 20, CourseState.REJECTED: 5, CourseState.CANCELLED: 5}
FUTURE_STATES = {
    CourseState.SUBMITTED: 30,
    CourseState.IN_REVIEW: 10,
    CourseState.RETURNED: 8,
    CourseState.APPROVED: 45,
    CourseState.DRAFT: 5,
    CourseState.REJECTED: 2,
}
DECISIONS = {CourseState.APPROVED: "approve", CourseState.AWARDED: "approve", CourseState.RETURNED: "return",
             CourseState.REJECTED: "reject"}  # fmt: skip


def build(
    db: Database,
    count: int,
    rng: random.Random,
    *,
    counties: Sequence[tuple[str, str, ReportingMode]] = TWO_COUNTIES,
    centers: int = 2,
    schools: int = 400,
    mixed: bool = False,
) -> None:
    """The world and ``count`` courses, inserted in bulk.

    By default every course waits for review (submitted, starting in the next 300 days) and none has a
    stored review. ``mixed``: a school year's courses instead (started ones decided, coming ones in every
    state of the workflow) with the review each submission stores (13 items; 不符 where the checks find
    something), so the queue's filters have realistic work.
    """
    now = datetime.now(UTC)
    with db.session() as s:
        center_rows = [
            DistrictCenter(code=f"DC{i}", name=f"第{i}區管中心", fax="02-2720-0000", phone="02-2720-1111")
            for i in range(1, centers + 1)
        ]
        s.add_all(center_rows)
        s.flush()
        s.add_all(
            [
                County(code=code, name=name, reporting_mode=mode, authority_name=f"{name}政府教育局",
                       municipality=name.endswith("市"), district_center_id=center_rows[i % centers].id)
                for i, (code, name, mode) in enumerate(counties)
            ]
        )  # fmt: skip
        s.flush()
        orgs = []
        for n in range(schools):
            i = n % len(counties)
            county, name = counties[i][:2]
            orgs.append(
                {
                    "id": uuid.uuid4(),
                    "code": f"{county}{n:04d}",
                    "name": f"{name}立第{n}國民中學",
                    "kind": OrgKind.JUNIOR_HIGH,
                    "ownership": Ownership.MUNICIPAL,
                    "county_code": county,
                    "district_center_id": center_rows[i % centers].id,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        s.execute(insert(Organization), orgs)
        today = date.today()
        first, spread = (today - timedelta(days=300), 500) if mixed else (today + timedelta(days=30), 300)
        course_rows, segment_rows = [], []
        for n in range(count):
            org = orgs[n % len(orgs)]
            day = first + timedelta(days=rng.randrange(0, spread))
            start = datetime.combine(day, datetime.min.time()).replace(hour=rng.choice((9, 13, 14)))
            title = RESTRICTED[n % 3] if n % 97 == 0 else f"{rng.choice(TITLES)}{n}"
            state = CourseState.SUBMITTED
            if mixed:
                weights = PAST_STATES if day < today else FUTURE_STATES
                state = rng.choices(list(weights), list(weights.values()))[0]
            cid = uuid.uuid4()
            parts = rng.randrange(1, 4)
            for k in range(parts):
                seg_start = start + timedelta(minutes=100 * k)
                segment_rows.append(
                    {"id": uuid.uuid4(), "course_id": cid, "label": f"s{k + 1}", "start_at": seg_start,
                     "end_at": seg_start + timedelta(minutes=90), "kind": SegmentKind.INSTRUCTION, "topic": "分組實作"}
                )  # fmt: skip
            course_rows.append(
                {
                    "id": cid,
                    "code": f"115{n:07d}",
                    "title": title,
                    "session_label": "",
                    "outline": OUTLINE.format(t=title),
                    "organizer_id": org["id"],
                    "organizer_category": 7,
                    "cross_school": False,
                    "basis_doc": None if n % 50 == 0 else f"北市教研字第{1150000000 + n}號",
                    "start_at": start,
                    "end_at": start + timedelta(minutes=100 * (parts - 1) + 90),
                    "venue": f"{org['name']}會議室",
                    "delivery": Delivery.IN_PERSON,
                    "class_nature": "研習班",
                    "audience": ["k12_teacher"],
                    "contact_name": "王小明",
                    "contact_phone": "02-2303-4381",
                    "contact_email": f"t{n}@school.edu.tw",
                    "registered_on": day - timedelta(days=3 if n % 40 == 0 else 20),
                    "registered_elsewhere": False,
                    "state": state,
                    "review_unit": f"authority:{org['county_code']}",
                    "school_year": 115,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        for chunk in range(0, len(course_rows), 5000):
            s.execute(insert(Course), course_rows[chunk : chunk + 5000])
        for chunk in range(0, len(segment_rows), 5000):
            s.execute(insert(Segment), segment_rows[chunk : chunk + 5000])
    if mixed:
        _store_reviews(db, course_rows, rng, now)


def _store_reviews(db: Database, course_rows: list[dict[str, Any]], rng: random.Random, now: datetime) -> None:
    """The stored review of every course submitted at least once: 13 items, 不符 where the checks would
    find something (no basis document, late registration, an Art 9 title) and now and then elsewhere."""
    review_rows, item_rows = [], []
    for n, course in enumerate(course_rows):
        state = course["state"]
        if state is CourseState.DRAFT:
            continue
        rid = uuid.uuid4()
        decision = DECISIONS.get(state)
        review_rows.append(
            {"id": rid, "course_id": course["id"], "rule_set_version": "bench", "decision": decision,
             "decision_reason": "依規定辦理" if decision else None, "decided_at": now if decision else None,
             "created_at": now, "updated_at": now}
        )  # fmt: skip
        for check_id, _article in CHECK_IDS:
            if check_id == "art8.focus":
                outcome = CheckOutcome.PASS if decision else CheckOutcome.MANUAL
            elif check_id == "art8.2.basis":
                outcome = CheckOutcome.FAIL if course["basis_doc"] is None else CheckOutcome.PASS
            elif check_id == "art12.2.lead_time":
                outcome = CheckOutcome.FAIL if n % 40 == 0 else CheckOutcome.PASS
            elif check_id == "art9.restricted":
                outcome = CheckOutcome.FAIL if n % 97 == 0 else CheckOutcome.PASS
            else:
                outcome = CheckOutcome.FAIL if rng.random() < 0.01 else CheckOutcome.PASS
            item_rows.append(
                {"id": uuid.uuid4(), "review_id": rid, "check_id": check_id, "auto_outcome": outcome,
                 "outcome": outcome, "message": "", "data": {}}
            )  # fmt: skip
    with db.engine.begin() as conn:
        for chunk in range(0, len(review_rows), 5000):
            conn.execute(insert(CourseReview.__table__), review_rows[chunk : chunk + 5000])
        for chunk in range(0, len(item_rows), 10000):
            conn.execute(insert(ReviewItem.__table__), item_rows[chunk : chunk + 10000])


def time_recheck(db: Database) -> tuple[float, int, int]:
    started = time.perf_counter()
    with db.session() as s:
        result = courses.recheck_open_courses(s, console_user())
    seconds = time.perf_counter() - started
    with db.session() as s:
        stored = s.execute(select(func.count()).select_from(CourseReview)).scalar_one()
    return seconds, result.courses, stored


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--courses", type=int, default=50_000)
    parser.add_argument("--db", help="SQLite file to build (default: a temporary one)")
    parser.add_argument("--seed", type=int, default=20261125)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="ntip-bench-courses-") as tmp:
        db = Database(args.db or str(Path(tmp) / "courses.sqlite3"))
        db.upgrade(backup=False)
        started = time.perf_counter()
        build(db, args.courses, rng)
        print(f"built {args.courses:,} courses in {time.perf_counter() - started:.1f} s")

        for label in ("(a)  batch re-check, no review stored yet", "(a') batch re-check over stored reviews"):
            seconds, checked, stored = time_recheck(db)
            verdict = "within" if seconds < RECHECK_TARGET else "OVER"
            print(f"{label}: {checked:,} open courses, {stored:,} reviews stored, {seconds:.1f} s "
                  f"({checked / seconds:,.0f} courses/s); target < {RECHECK_TARGET:.0f} s: {verdict}")  # fmt: skip

        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
