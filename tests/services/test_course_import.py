"""Importing courses (XLSX, CSV in CP950 and UTF-8 with BOM) and other sites' lists, all or nothing."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from account_world import SCHOOL_KHH, SCHOOL_TPE, World, build_world
from course_world import START, add_course
from openpyxl import Workbook
from sqlalchemy import func, select

from ntip_desktop.errors import PermissionDenied
from ntip_desktop.models import AuditEntry, Course, ExternalCourse, Segment
from ntip_desktop.services import courses
from ntip_desktop.services.courses import CourseImportRejected
from ntip_desktop.services.db import Database

DAY = START.date()
ROC_DAY = f"{DAY.year - 1911}/{DAY.month:02d}/{DAY.day:02d}"
HEADER = [
    "課程編號",
    "主辦單位代碼",
    "辦理單位資格",
    "研習名稱",
    "開始時間",
    "結束時間",
    "時段類別",
    "班別性質",
    "依據文號",
    "承辦人電話",
]


def _rows() -> list[list[object]]:
    return [
        [
            "A",
            SCHOOL_TPE,
            "第7款",
            "閱讀理解教學研習",
            f"{ROC_DAY} 09:00",
            "12:00",
            "授課",
            "研討會",
            "北市教研字第1153012345號",
            "02-2303-4381",
        ],
        [
            "B",
            SCHOOL_TPE,
            7,
            "數位學習工作坊",
            f"{DAY.isoformat()} 13:30",
            f"{DAY.isoformat()} 16:30",
            "",
            "工作坊",
            "",
            "",
        ],
        ["B", "", "", "", f"{(DAY + timedelta(days=1)).isoformat()} 09:00", "12:00", "", "", "", ""],
        ["B", "", "", "", f"{(DAY + timedelta(days=1)).isoformat()} 12:00", "13:00", "午休", "", "", ""],
    ]


def _csv(rows: list[list[object]], header: list[str] = HEADER) -> str:
    return "\n".join(",".join(str(c) for c in r) for r in [header, *rows]) + "\n"


def _xlsx(rows: list[list[object]], header: list[str] = HEADER) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for r in rows:
        sheet.append(r)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


def _count(db: Database, model: type) -> int:
    with db.session() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


@pytest.mark.parametrize(
    ("encode", "name"),
    [
        (lambda text: text.encode("cp950"), "courses.csv"),
        (lambda text: ("\ufeff" + text).encode("utf-8"), "courses.csv"),
        (None, "courses.xlsx"),
    ],
    ids=["cp950", "utf8-bom", "xlsx"],
)
def test_a_file_is_imported_with_grouped_segments(database: Database, world: World, encode, name) -> None:  # type: ignore[no-untyped-def]
    data = _xlsx(_rows()) if encode is None else encode(_csv(_rows()))
    with database.session() as s:
        columns = courses.read_columns(data, name)
    assert columns.headers[3] == "研習名稱"
    assert columns.suggested["group"] == 0 and columns.suggested["kind"] == 6
    with database.session() as s:
        preview = courses.preview_import(s, world.clerk, data, name, columns.suggested)
    assert preview.ok, preview.problems
    assert [(c.line, c.lines) for c in preview.courses] == [(2, (2,)), (3, (3, 4, 5))]
    with database.session() as s:
        result = courses.import_courses(s, world.clerk, data, name, columns.suggested)
    assert (result.courses, result.segments) == (2, 4)
    with database.session() as s:
        stored = {c.title: c for c in s.execute(select(Course)).scalars()}
        workshop = stored["數位學習工作坊"]
        assert workshop.state.value == "draft" and workshop.code in result.codes
        assert (workshop.start_at.hour, workshop.end_at.date()) == (13, DAY + timedelta(days=1))
        assert [(g.start_at.hour, g.kind.value) for g in workshop.segments] == [
            (13, "instruction"),
            (9, "instruction"),
            (12, "lunch"),
        ]
        assert stored["閱讀理解教學研習"].end_at.hour == 12  # a bare end time is on the start's day
        [entry] = s.execute(select(AuditEntry).where(AuditEntry.entity == "course_import")).scalars()
        assert entry.entity_id == name and entry.new["courses"] == 2 and entry.new["segments"] == 4
        assert entry.actor_name == "林書記"


def test_a_half_broken_file_applies_nothing_and_lists_every_bad_row(database: Database, world: World) -> None:
    rows = _rows()
    rows[0][4] = "115/13/45 09:00"  # no such date
    rows[1][3] = ""  # no title
    rows[2][1] = "999999"  # a later row of group B names another organiser
    rows.append(["", SCHOOL_KHH, "1", "高雄場次", f"{DAY.isoformat()} 09:00", "12:00", "打盹", "", "", "07-12"])
    data = ("\ufeff" + _csv(rows)).encode("utf-8")
    with pytest.raises(CourseImportRejected) as refused, database.session() as s:
        courses.import_courses(s, world.clerk, data, "broken.csv")
    found = {(p.line, p.column) for p in refused.value.problems}
    assert {(2, "開始時間"), (3, "研習名稱"), (4, "主辦單位代碼"), (6, "時段類別"), (6, "承辦人電話")} <= found
    assert any(p.line == 6 and p.column == "主辦單位代碼" and "不能替" in p.message for p in refused.value.problems)
    assert "未匯入任何資料" in refused.value.message
    assert _count(database, Course) == 0 and _count(database, Segment) == 0


def test_the_mapping_decides_what_the_preview_reads(database: Database, world: World) -> None:
    header = ["名稱A", "名稱B", "學校", "起", "迄", "資格款次"]
    rows = [["研習甲", "研習乙", SCHOOL_TPE, f"{DAY} 09:00", f"{DAY} 11:00", 7]]
    data = _xlsx(rows, header)
    with database.session() as s:
        columns = courses.read_columns(data, "x.xlsx")
        assert "title" not in columns.suggested
        preview = courses.preview_import(s, world.clerk, data, "x.xlsx", columns.suggested)
    assert {p.field for p in preview.problems} >= {"title", "start_at", "end_at", "organizer_code"}
    mapping = {"title": 1, "organizer_code": 2, "start_at": 3, "end_at": 4, "organizer_category": 5}
    with database.session() as s:
        preview = courses.preview_import(s, world.clerk, data, "x.xlsx", mapping)
    assert preview.ok and [c.data.title for c in preview.courses] == ["研習乙"]


def test_a_coordinator_imports_drafts_of_their_own_school(database: Database, world: World) -> None:
    header = ["研習名稱", "開始時間", "結束時間", "辦理單位資格"]
    data = _csv([["校內研習", f"{DAY} 14:00", f"{DAY} 16:00", "7"]], header).encode("cp950")
    with database.session() as s:
        result = courses.import_courses(s, world.coordinator, data, "mine.csv")
    with database.session() as s:
        course = courses.load_course(s, result.codes[0])
        assert course.organizer.code == SCHOOL_TPE and len(course.segments) == 1


def test_an_imported_external_course_makes_the_duplicate_check_warn(database: Database, world: World) -> None:
    cid = add_course(database)
    with database.session() as s:
        title = s.get(Course, cid).title  # type: ignore[union-attr]
    header = ["主辦單位", "開始日期", "研習名稱"]
    rows = [["臺北市立建國高級中學", ROC_DAY, title], ["他校", "2026-01-05", "其他研習"]]
    with database.session() as s:
        change = courses.import_external_list(
            s, world.clerk, _xlsx(rows, header), "county.xlsx", "county", "臺北市 115 年"
        )
    assert change.rows == 2 and "縣市研習系統" in change.message
    with database.session() as s:
        moved = courses.decide(s, world.coordinator, cid, "submit")
        review = courses.course_review(s, cid)
        assert review is not None
        item = next(i for i in review.items if i.check_id == "art12.1.duplicate")
        assert item.outcome.value == "warn" and title in item.message
    with database.session() as s:
        [listed] = courses.external_lists(s, world.clerk)
    assert (listed.source, listed.list_name, listed.courses) == ("county", "臺北市 115 年", 2)
    with database.session() as s:
        courses.delete_external_list(s, world.clerk, "county", "臺北市 115 年")
    assert _count(database, ExternalCourse) == 0
    with database.session() as s:
        actions = [
            e.action for e in s.execute(select(AuditEntry).where(AuditEntry.entity == "external_courses")).scalars()
        ]
    assert actions == ["import", "delete"]
    assert moved.code


def test_a_bad_external_list_stores_nothing(database: Database, world: World) -> None:
    header = ["辦理單位", "日期", "課程名稱"]
    rows = [["建國中學", "115/02/30", "研習"], ["", "2026-03-01", "研習"], ["建國中學", "2026-03-02", "好研習"]]
    data = _csv(rows, header).encode("cp950")
    with pytest.raises(CourseImportRejected) as refused, database.session() as s:
        courses.import_external_list(s, world.clerk, data, "cs.csv", "civil_service")
    assert {(p.line, p.column) for p in refused.value.problems} == {(2, "日期"), (3, "辦理單位")}
    assert _count(database, ExternalCourse) == 0
    with pytest.raises(PermissionDenied), database.session() as s:
        courses.import_external_list(s, world.coordinator, data, "cs.csv", "civil_service")


def test_reimporting_a_list_of_the_same_name_replaces_it(database: Database, world: World) -> None:
    header = ["主辦單位", "開始日期", "研習名稱"]
    first = _csv([["甲校", "2026-03-01", "研習一"], ["乙校", "2026-03-02", "研習二"]], header).encode()
    second = _csv([["甲校", "2026-03-01", "研習一"]], header).encode()
    with database.session() as s:
        courses.import_external_list(s, world.admin, first, "se.csv", "special_education")
    with database.session() as s:
        change = courses.import_external_list(s, world.admin, second, "se.csv", "special_education")
    assert (change.rows, change.replaced) == (1, 2)
    with database.session() as s:
        assert [(x.list_name, x.courses) for x in courses.external_lists(s, world.admin)] == [("se.csv", 1)]
    assert date(2026, 3, 1)


def test_an_import_into_a_confirmed_month_applies_nothing(database: Database, world: World) -> None:
    from ntip_desktop.models import ReportMonth, ReportState

    with database.session() as s:
        s.add(ReportMonth(county_code="64", year=DAY.year, month=DAY.month, state=ReportState.CONFIRMED))
    header = ["主辦單位代碼", "研習名稱", "開始時間", "結束時間", "辦理單位資格"]
    data = _csv([[SCHOOL_KHH, "高雄場", f"{DAY} 09:00", f"{DAY} 12:00", "7"]], header).encode("cp950")
    with pytest.raises(CourseImportRejected) as refused, database.session() as s:
        courses.import_courses(s, world.other_clerk, data, "khh.csv")
    [problem] = refused.value.problems
    assert (problem.line, problem.field) == (2, "start_at") and "已確認並鎖定" in problem.message
    assert _count(database, Course) == 0
