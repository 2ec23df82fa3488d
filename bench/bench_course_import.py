"""How fast is importing a 20,000-row XLSX of courses (課程匯入)?

Writes an XLSX with openpyxl: ``--rows`` rows (default 20,000), one course each, over 200 schools of one
county, with every column a school's export usually has (title, session, organiser code and Art 7 item,
start and end, venue, delivery, class nature, audience, basis document number, contact). Then, on a fresh
SQLite database:

(a) merely reading the file with openpyxl in read-only mode (every cell's value), as the floor;
(b) ``courses.import_courses`` as the administrator: read, map, check every row, allocate the codes,
    insert courses and segments in bulk, one audit entry; committed.

Prints both times and their ratio. Target: (b) under 20 s.
Run: ``python bench/bench_course_import.py [--rows 20000] [--db FILE]``.
"""

from __future__ import annotations

import argparse
import io
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from ntip_desktop.models import County, Course, DistrictCenter, Organization, OrgKind, Ownership, ReportingMode
from ntip_desktop.services import auth, courses
from ntip_desktop.services.db import Database

HEADER = [
    "研習名稱",
    "場次",
    "主辦單位代碼",
    "辦理單位資格",
    "開始時間",
    "結束時間",
    "地點",
    "研習方式",
    "班別性質",
    "研習對象",
    "依據文號",
    "承辦人",
    "承辦人電話",
    "承辦人電子郵件",
]
TOPICS = ["差異化教學", "閱讀理解", "數位學習", "素養導向評量", "班級經營", "特殊教育知能", "STEAM 課程設計"]


def build(db: Database, schools: int) -> auth.CurrentUser:
    with db.session() as s:
        admin = auth.create_first_admin(s, login="admin", display_name="管理者", password="correct horse")
        center = DistrictCenter(code="TPE", name="臺北市區管中心", fax="02-2720-0000", phone="02-2720-1111")
        s.add(center)
        s.flush()
        s.add(
            County(
                code="63",
                name="臺北市",
                reporting_mode=ReportingMode.ONLINE,
                authority_name="臺北市政府教育局",
                municipality=True,
                district_center_id=center.id,
            )
        )
        s.flush()
        s.add_all(
            Organization(
                code=f"35{n:04d}",
                name=f"臺北市立第{n}國民中學",
                kind=OrgKind.JUNIOR_HIGH,
                ownership=Ownership.MUNICIPAL,
                county_code="63",
                district_center_id=center.id,
            )
            for n in range(schools)
        )
    return admin


def workbook(rows: int, schools: int) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADER)
    first = date(2026, 9, 2)
    for n in range(rows):
        day = first + timedelta(days=n % 280)
        start = datetime(day.year, day.month, day.day, 13, 30)
        topic = TOPICS[n % len(TOPICS)]
        sheet.append(
            [
                f"{topic}研習",
                f"第{n // len(TOPICS) + 1}場",
                f"35{n % schools:04d}",
                7,
                start,
                start + timedelta(hours=3),
                "本校會議室",
                "實體",
                "研討會",
                "高級中等以下學校編制內教師",
                f"北市教研字第{1150000000 + n}號",
                "王小明",
                "02-2303-4381#201",
                "teach@school.tp.edu.tw",
            ]
        )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--schools", type=int, default=200)
    parser.add_argument("--db", help="SQLite file (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Database(args.db or str(Path(folder) / "bench.sqlite3"))
        db.upgrade(backup=False)
        admin = build(db, args.schools)
        data = workbook(args.rows, args.schools)
        print(f"file: {args.rows:,} rows, {len(data) / 1e6:.1f} MB")
        began = time.perf_counter()
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        cells = sum(len(row) for row in book.worksheets[0].iter_rows(values_only=True))
        book.close()
        read = time.perf_counter() - began
        print(f"(a) openpyxl read-only, every cell ({cells:,} cells): {read:.2f} s")
        began = time.perf_counter()
        with db.session() as s:
            result = courses.import_courses(s, admin, data, "bench.xlsx")
        imported = time.perf_counter() - began
        with db.session() as s:
            stored = s.execute(select(func.count()).select_from(Course)).scalar_one()
        print(
            f"(b) import_courses, committed ({result.courses:,} courses, {result.segments:,} segments): {imported:.2f} s"
        )
        print(f"ratio (b)/(a): {imported / read:.1f}×; stored courses: {stored:,}; target (b) < 20 s")
        db.dispose()


if __name__ == "__main__":
    main()
