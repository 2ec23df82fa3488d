"""The sign-in sheet as an organiser prints it and a clerk reads it back: one section per course day, every
enrolled teacher with a zero-padded row code and a masked ID, boxes to sign, an embedded font."""

from __future__ import annotations

import io
import uuid
from datetime import datetime, timedelta

import pytest
from account_world import SCHOOL_KHH, SCHOOL_TPE, World, build_world
from course_world import START
from pdf_reading import pdf_flat_text, pdf_pages, pdf_text
from pypdf import PdfReader
from sqlalchemy import select

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.models import Course, CourseState, Delivery, Organization, Segment, SegmentKind, Teacher
from ntip_desktop.services import attendance
from ntip_desktop.services.attendance import RosterEntry
from ntip_desktop.services.db import Database
from ntip_desktop.services.rules.ids import make_id
from ntip_desktop.services.rules.rocdate import format_roc

DAY1 = START.date()
DAY2 = DAY1 + timedelta(days=1)
#: Twelve teachers: row codes 01 … 12.
NAMES = [
    "王大明",
    "李小華",
    "陳美玲",
    "張志明",
    "林淑芬",
    "黃建國",
    "吳佩珊",
    "劉家豪",
    "蔡宜君",
    "楊宗翰",
    "許雅婷",
    "鄭文傑",
]
IDS = [make_id("A", f"1{n:07d}") for n in range(1, len(NAMES) + 1)]


def _at(day, hhmm: str) -> datetime:  # type: ignore[no-untyped-def]
    return datetime.combine(day, datetime.strptime(hhmm, "%H:%M").time())


def _course(db: Database, code: str, segments: list[tuple[datetime, datetime, SegmentKind, str]]) -> uuid.UUID:
    with db.session() as s:
        org = s.execute(select(Organization).where(Organization.code == SCHOOL_TPE)).scalar_one()
        course = Course(
            code=code,
            title="差異化教學策略工作坊",
            session_label="第1場",
            organizer=org,
            organizer_category=1,
            start_at=segments[0][0],
            end_at=segments[-1][1],
            venue="建國中學會議室",
            delivery=Delivery.IN_PERSON,
            state=CourseState.APPROVED,
            school_year=115,
            segments=[
                Segment(label=f"S{n}", start_at=a, end_at=b, kind=kind, topic=topic)
                for n, (a, b, kind, topic) in enumerate(segments, start=1)
            ],
        )
        s.add(course)
        s.flush()
        return course.id


@pytest.fixture
def world(database: Database) -> World:
    world = build_world(database)
    with database.session() as s:
        school = s.execute(select(Organization).where(Organization.code == SCHOOL_TPE)).scalar_one()
        s.add_all(Teacher(national_id=i, name=n, organization=school) for i, n in zip(IDS, NAMES, strict=True))
    return world


@pytest.fixture
def two_days(database: Database, world: World) -> uuid.UUID:
    """Day 1: two instruction segments around a break, lunch, one more; day 2: one morning segment."""
    course_id = _course(
        database,
        "115T0100",
        [
            (_at(DAY1, "09:00"), _at(DAY1, "10:30"), SegmentKind.INSTRUCTION, "差異化教學的理念"),
            (_at(DAY1, "10:30"), _at(DAY1, "10:40"), SegmentKind.TEA_BREAK, ""),
            (_at(DAY1, "10:40"), _at(DAY1, "12:10"), SegmentKind.INSTRUCTION, "分組實作"),
            (_at(DAY1, "12:10"), _at(DAY1, "13:10"), SegmentKind.LUNCH, ""),
            (_at(DAY1, "13:10"), _at(DAY1, "16:10"), SegmentKind.INSTRUCTION, "分層任務設計"),
            (_at(DAY2, "09:00"), _at(DAY2, "12:00"), SegmentKind.INSTRUCTION, "成果發表"),
        ],
    )
    with database.session() as s:
        attendance.enrol(s, world.coordinator, course_id, [RosterEntry(i) for i in IDS])
    return course_id


def _sheet(database: Database, user, course_id: uuid.UUID, **options) -> bytes:  # type: ignore[no-untyped-def]
    with database.session() as s:
        return attendance.signin_sheet_pdf(s, user, course_id, **options)


def test_every_day_lists_every_teacher_with_row_code_and_masked_id(
    database: Database, world: World, two_days: uuid.UUID
) -> None:
    pdf = _sheet(database, world.coordinator, two_days)
    assert pdf_pages(pdf) == 2  # one page per course day
    reader = PdfReader(io.BytesIO(pdf))
    pages = [page.extract_text() for page in reader.pages]
    text = pdf_text(pdf)
    flat = pdf_flat_text(pdf)
    assert "研習簽到表" in text and "差異化教學策略工作坊" in flat and "115T0100" in text
    assert "臺北市立建國高級中學" in flat
    for n, day in enumerate((DAY1, DAY2)):
        assert format_roc(day) in pages[n] and format_roc(day) not in pages[1 - n]
    for name, national_id in zip(NAMES, IDS, strict=True):
        assert flat.count(name) == 2  # on both days' pages
        assert national_id[:6] + "****" in text
        assert national_id not in flat  # never the full ID
    for code in ("01", "09", "10", "12"):
        assert code in text.split()
    assert "第 1 頁，共 2 頁" in flat and "第 2 頁，共 2 頁" in flat
    # Day 1 has three instruction segments: a box for each, headed by its times; breaks and lunch get none.
    assert "09:00–10:30" in text and "10:40–12:10" in text and "13:10–16:10" in text
    assert "10:30–10:40" not in text and "12:10–13:10" not in text
    # The legend tells how to mark on paper.
    assert "A＝曠課" in flat and "L＝請假" in flat and "L30＝請假 30 分鐘" in flat


def test_a_long_roster_runs_over_pages_and_each_day_starts_a_new_one(
    database: Database, world: World, two_days: uuid.UUID
) -> None:
    more = [make_id("C", f"2{n:07d}") for n in range(1, 49)]
    with database.session() as s:
        attendance.enrol(
            s, world.clerk, two_days, [RosterEntry(i, f"教師{n:02d}", SCHOOL_TPE) for n, i in enumerate(more)]
        )
    pdf = _sheet(database, world.clerk, two_days, blank_rows=8)
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    total = len(pages)
    assert total >= 4 and total % 2 == 0  # each day needs the same pages
    first_of_day2 = next(n for n, text in enumerate(pages) if "第 2 天" in text)
    assert first_of_day2 == total // 2
    for n, text in enumerate(pages, start=1):
        assert f"第 {n} 頁，共 {total} 頁" in text
        assert "115T0100" in text  # a loose page still says its course
        assert format_roc(DAY1 if n <= total // 2 else DAY2) in text  # … and its day
    assert "60" in pdf_text(pdf).split()  # 60 seats: row codes stay two digits wide


def test_a_long_day_gets_a_box_per_half_day(database: Database, world: World) -> None:
    times = [("08:30", "09:20"), ("09:30", "10:20"), ("10:30", "11:20"), ("13:30", "14:20"), ("14:30", "15:20")]
    course_id = _course(
        database,
        "115T0200",
        [(_at(DAY1, a), _at(DAY1, b), SegmentKind.INSTRUCTION, f"第{n}節") for n, (a, b) in enumerate(times, 1)],
    )
    with database.session() as s:
        attendance.enrol(s, world.coordinator, course_id, [RosterEntry(IDS[0])])
    flat = pdf_flat_text(_sheet(database, world.coordinator, course_id))
    assert "上午簽到08:30–11:20" in flat and "下午簽到13:30–15:20" in flat
    assert "L30 14:00" in flat  # a mark for part of a half day names the segment
    assert "A＝曠課" in flat


def test_every_font_is_an_embedded_truetype(database: Database, world: World, two_days: uuid.UUID) -> None:
    reader = PdfReader(io.BytesIO(_sheet(database, world.coordinator, two_days)))
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        assert len(fonts) >= 1
        for ref in fonts.values():
            font = ref.get_object()
            assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
            assert "/ToUnicode" in font


def test_who_may_print_and_what_cannot_be_printed(database: Database, world: World, two_days: uuid.UUID) -> None:
    assert pdf_pages(_sheet(database, world.certificate_staff, two_days)) == 2  # sees every course
    with pytest.raises(PermissionDenied):
        _sheet(database, world.other_clerk, two_days)
    with pytest.raises(UserError) as too_many:
        _sheet(database, world.coordinator, two_days, blank_rows=-1)
    assert too_many.value.field == "blank_rows"
    with database.session() as s:
        org = s.execute(select(Organization).where(Organization.code == SCHOOL_KHH)).scalar_one()
        online = Course(
            code="115K0300",
            title="線上自學課程",
            organizer=org,
            organizer_category=1,
            start_at=START,
            end_at=START + timedelta(days=30),
            delivery=Delivery.ONLINE,
            state=CourseState.APPROVED,
            school_year=115,
        )
        s.add(online)
        s.flush()
        online_id = online.id
    with pytest.raises(UserError) as no_days:
        _sheet(database, world.other_clerk, online_id)
    assert "不需要簽到表" in no_days.value.message


def test_an_empty_roster_prints_rows_for_walk_ins(database: Database, world: World) -> None:
    course_id = _course(
        database, "115T0400", [(_at(DAY1, "13:30"), _at(DAY1, "16:30"), SegmentKind.INSTRUCTION, "專題演講")]
    )
    pdf = _sheet(database, world.coordinator, course_id, blank_rows=12)
    flat = pdf_flat_text(pdf)
    assert pdf_pages(pdf) == 1 and "現場報名者" in flat and "13:30–16:30" in flat
