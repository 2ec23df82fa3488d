"""How fast is ``ntip hours compute`` on a county-year?

Generates 40,000 teachers, 4,000 courses (1–3 days; instruction, tea-break, lunch and sign-in segments;
a few credit, online and specially approved courses) and about 1,000,000 enrollment-segment pairs with
~5% of enrollments carrying absences, writes it to a temporary JSON file, then times in this process:

(a) baseline: read and parse the JSON, sum each teacher's instruction minutes (per course once, then one
    addition per enrollment and per absence);
(b) the full ``ntip hours compute`` path: read, parse, validate, compute, serialise and write the output.

Targets: (b) < 10 s and (b)/(a) ≤ 4. Run: ``python bench/bench_hours.py [--seed N] [--pairs N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from ntip_desktop.services.rules.hours_json import write_hours_json
from ntip_desktop.services.rules.ids import make_id

#: Day templates: (start, end, kind) rows; names for the record only.
DAY_TEMPLATES = {
    "half_day": [
        ("13:20", "13:30", "sign_in"),
        ("13:30", "15:00", "instruction"),
        ("15:00", "15:15", "tea_break"),
        ("15:15", "16:45", "instruction"),
    ],
    "full_day": [
        ("08:40", "09:00", "sign_in"),
        ("09:00", "10:30", "instruction"),
        ("10:30", "10:40", "tea_break"),
        ("10:40", "11:40", "instruction"),
        ("11:40", "13:00", "lunch"),
        ("13:00", "14:30", "instruction"),
        ("14:30", "14:40", "tea_break"),
        ("14:40", "15:40", "instruction"),
    ],
    "long_day": [  # 7 creditable hours: the daily cap cuts it
        ("08:00", "08:30", "sign_in"),
        ("08:30", "10:00", "instruction"),
        ("10:00", "10:10", "intermission"),
        ("10:10", "12:10", "instruction"),
        ("12:10", "13:10", "lunch"),
        ("13:10", "15:10", "instruction"),
        ("15:10", "15:20", "tea_break"),
        ("15:20", "16:20", "instruction"),
    ],
    "field_trip": [
        ("07:30", "09:00", "travel"),
        ("09:00", "11:00", "instruction"),
        ("11:00", "12:00", "instruction"),
        ("12:00", "13:00", "lunch"),
        ("13:00", "14:40", "instruction"),
        ("14:40", "16:10", "travel"),
    ],
}


def generate(rng: random.Random, teachers: int, courses: int, pairs: int) -> dict:
    teacher_ids = sorted(
        {
            make_id(rng.choice("ABCDEFGHJKLMNPQRSTUVXYWZIO"), rng.choice("12") + f"{n:07d}")
            for n in rng.sample(range(10_000_000), teachers)
        }
    )
    year_start = date(2025, 8, 1)
    course_rows = []
    for c in range(courses):
        code = f"114{'ABCDEFGH'[c % 8]}{c:05d}"
        roll = rng.random()
        delivery = "credit" if roll < 0.02 else "online" if roll < 0.05 else "in_person"
        days = rng.choices([1, 2, 3], weights=[60, 25, 15])[0]
        first = year_start + timedelta(days=rng.randrange(330))
        while first.weekday() == 6:
            first += timedelta(days=1)
        segments = []
        for d in range(days):
            day = first + timedelta(days=d)
            template = rng.choices(list(DAY_TEMPLATES), weights=[35, 45, 12, 8])[0]
            for start, end, kind in DAY_TEMPLATES[template]:
                segments.append(
                    {
                        "id": f"s{len(segments) + 1}",
                        "start": f"{day.isoformat()}T{start}",
                        "end": f"{day.isoformat()}T{end}",
                        "kind": kind,
                    }
                )
        course_rows.append(
            {
                "code": code,
                "delivery": delivery,
                "special_approval": "臺教師(三)字第1140012345號"
                if delivery == "in_person" and rng.random() < 0.01
                else None,
                "credits": rng.choice([2, 3]) if delivery == "credit" else None,
                "certified_hours": rng.choice([1, 2, 3, 6]) if delivery == "online" else None,
                "segments": segments,
            }
        )
    total_segments = sum(len(c["segments"]) for c in course_rows)
    mean_class = pairs / total_segments
    enrollments = []
    for course in course_rows:
        size = max(5, min(teachers, round(rng.gauss(mean_class, mean_class / 4))))
        segs = course["segments"]
        for teacher in rng.sample(teacher_ids, size):
            absences = []
            if rng.random() < 0.05:
                for seg in rng.sample(segs, min(len(segs), rng.choice([1, 1, 2]))):
                    length = (
                        int((datetime.fromisoformat(seg["end"]) - datetime.fromisoformat(seg["start"])).total_seconds())
                        // 60
                    )
                    absences.append(
                        {
                            "segment": seg["id"],
                            "minutes": rng.choice([length, rng.randint(1, length)]),
                            "reason": rng.choice(["leave", "leave", "unexcused"]),
                        }
                    )
            row = {"teacher": teacher, "course": course["code"], "completed": rng.random() > 0.01}
            if absences:
                row["absences"] = absences
            enrollments.append(row)
    rng.shuffle(enrollments)
    return {"courses": course_rows, "enrollments": enrollments}


def baseline(path: str) -> int:
    """Read + parse the JSON, then sum instruction minutes per teacher."""
    with open(path, "rb") as handle:
        data = json.loads(handle.read())
    course_minutes = {}
    segment_minutes = {}
    for course in data["courses"]:
        total = 0
        for seg in course["segments"]:
            m = int((datetime.fromisoformat(seg["end"]) - datetime.fromisoformat(seg["start"])).total_seconds()) // 60
            segment_minutes[(course["code"], seg["id"])] = m
            if seg["kind"] == "instruction":
                total += m
        course_minutes[course["code"]] = total
    per_teacher: dict[str, int] = {}
    for e in data["enrollments"]:
        m = course_minutes[e["course"]]
        for a in e.get("absences", ()):
            m -= a["minutes"]
        per_teacher[e["teacher"]] = per_teacher.get(e["teacher"], 0) + m
    return len(per_teacher)


def full_path(path: str, out_path: str) -> int:
    """What ``ntip hours compute FILE`` does, minus interpreter start-up."""
    with open(path, "rb") as handle:
        text = handle.read()
    with open(out_path, "wb") as handle:
        write_hours_json(text, handle)
        handle.write(b"\n")
        return handle.tell()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20260302)
    parser.add_argument("--teachers", type=int, default=40_000)
    parser.add_argument("--courses", type=int, default=4_000)
    parser.add_argument("--pairs", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs of each")
    args = parser.parse_args()

    t0 = time.perf_counter()
    data = generate(random.Random(args.seed), args.teachers, args.courses, args.pairs)
    seg_count = {c["code"]: len(c["segments"]) for c in data["courses"]}
    pairs = sum(seg_count[e["course"]] for e in data["enrollments"])
    absent = sum(1 for e in data["enrollments"] if "absences" in e)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "county-year.json")
        out_path = os.path.join(tmp, "awards.json")
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False)
        del data
        size = os.path.getsize(path)
        print(
            f"input: {len({e for e in seg_count})} courses, {len(json.loads(Path(path).read_text(encoding='utf-8'))['enrollments'])} enrollments, "
            f"{pairs} enrollment-segment pairs, {absent} enrollments with absences, "
            f"{size / 1e6:.1f} MB (generated in {time.perf_counter() - t0:.1f} s)"
        )
        a_times, b_times = [], []
        out_size = 0
        for _ in range(args.repeat):
            t = time.perf_counter()
            teachers = baseline(path)
            a_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            out_size = full_path(path, out_path)
            b_times.append(time.perf_counter() - t)
        with open(out_path, encoding="utf-8") as handle:
            awards = json.load(handle)["awards"]
        statuses: dict[str, int] = {}
        for award in awards:
            statuses[award["status"]] = statuses.get(award["status"], 0) + 1
        a, b = min(a_times), min(b_times)
        print(
            f"teachers with enrollments: {teachers}; awards: {len(awards)} {statuses}; output {out_size / 1e6:.1f} MB"
        )
        print(f"(a) baseline parse + sum:       {a:6.2f} s  (runs: {', '.join(f'{x:.2f}' for x in a_times)})")
        print(f"(b) full hours compute path:    {b:6.2f} s  (runs: {', '.join(f'{x:.2f}' for x in b_times)})")
        print(f"    awards/s: {len(awards) / b:,.0f}; enrollment-segment pairs/s: {pairs / b:,.0f}")
        print(f"ratio b/a: {b / a:.2f}  (targets: b < 10 s, ratio <= 4)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
