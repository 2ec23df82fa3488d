"""Course rosters: enrolling by ID, by paste and from files, all or nothing; seats never reused; scope; audit."""

from __future__ import annotations

import io
import uuid
from collections.abc import Sequence
from pathlib import Path

import pytest
from account_world import ELEMENTARY_TPE, SCHOOL_KHH, SCHOOL_TPE, World, build_world
from course_world import add_course
from openpyxl import Workbook
from sqlalchemy import func, select

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.models import (
    Absence,
    AbsenceReason,
    AuditEntry,
    AuditSource,
    CourseState,
    Enrollment,
    Organization,
    Segment,
    Teacher,
)
from ntip_desktop.services import attendance
from ntip_desktop.services.attendance import RosterEntry, RosterInvalid
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.db import Database
from ntip_desktop.services.rules.ids import make_id

KNOWN_ID = make_id("A", "12345678")  #: 王大明 of 建國中學, in the database from the start
OTHER_ID = make_id("B", "22345678")  #: 李小華 of 大安國小, in the database from the start
NEW_ID = make_id("F", "13572468")  #: nobody yet
NEW_ID_2 = make_id("H", "24681357")
BAD_ID = KNOWN_ID[:-1] + str((int(KNOWN_ID[-1]) + 1) % 10)  #: the check digit is wrong


@pytest.fixture
def world(database: Database) -> World:
    world = build_world(database)
    with database.session() as s:
        orgs = {o.code: o for o in s.execute(select(Organization)).scalars()}
        s.add_all(
            [
                Teacher(national_id=KNOWN_ID, name="王大明", organization=orgs[SCHOOL_TPE]),
                Teacher(national_id=OTHER_ID, name="李小華", organization=orgs[ELEMENTARY_TPE]),
            ]
        )
    return world


@pytest.fixture
def course_id(database: Database, world: World) -> uuid.UUID:
    return add_course(database, state=CourseState.APPROVED, segments=2)


def _enrol(db: Database, user: CurrentUser, course: uuid.UUID, entries: Sequence[RosterEntry], source: str = ""):  # type: ignore[no-untyped-def]
    with db.session() as s:
        return attendance.enrol(s, user, course, entries, source=source)


def _counts(db: Database) -> tuple[int, int, int]:
    """(teachers, enrollments, audit entries): a refusal changes none of them."""
    with db.session() as s:
        return tuple(  # type: ignore[return-value]
            int(s.execute(select(func.count()).select_from(m)).scalar_one()) for m in (Teacher, Enrollment, AuditEntry)
        )


def _roster(db: Database, course: uuid.UUID) -> list[tuple[int, str, str, str | None]]:
    """(seat, ID, name, school code) in seat order."""
    with db.session() as s:
        rows = s.execute(
            select(Enrollment.seat_no, Teacher.national_id, Teacher.name, Organization.code)
            .join(Teacher, Teacher.id == Enrollment.teacher_id)
            .outerjoin(Organization, Organization.id == Teacher.organization_id)
            .where(Enrollment.course_id == course)
            .order_by(Enrollment.seat_no)
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def _refused(db: Database, user: CurrentUser, course: uuid.UUID, entries: Sequence[RosterEntry]) -> RosterInvalid:
    before = _counts(db)
    with pytest.raises(RosterInvalid) as refused:
        _enrol(db, user, course, entries)
    assert _counts(db) == before
    return refused.value


# --- enrolling ------------------------------------------------------------------------------------------------


def test_a_known_teacher_is_enrolled_by_id_alone(database: Database, world: World, course_id: uuid.UUID) -> None:
    result = _enrol(database, world.coordinator, course_id, [RosterEntry(f" {KNOWN_ID.lower()} ")], "scan")
    assert (result.added, result.created_teachers, result.seats) == (1, 0, (1,))
    assert result.changes.attendance and not result.changes.teachers
    assert _roster(database, course_id) == [(1, KNOWN_ID, "王大明", SCHOOL_TPE)]
    with database.session() as s:
        [entry] = s.execute(select(AuditEntry).where(AuditEntry.action == "enrol")).scalars()
    assert (entry.entity, entry.actor_name) == ("course", "王組長")
    assert entry.new["enrolled"] == [{"seat": 1, "teacher": KNOWN_ID[:6] + "****", "name": "王大明"}]
    assert KNOWN_ID not in str(entry.new)  # the audit log keeps the masked ID only
    assert "掃描" in entry.reason


def test_an_unknown_teacher_is_created_with_name_and_school(
    database: Database, world: World, course_id: uuid.UUID
) -> None:
    entries = [
        RosterEntry(NEW_ID, "陳 美玲", SCHOOL_KHH),  # the school by its code
        RosterEntry(NEW_ID_2, "張志明", "臺北市大安區大安國民小學"),  # … or by its full name
        RosterEntry(KNOWN_ID, "王大明", "臺北市立建國高級中學"),  # a known teacher, typed the same
    ]
    result = _enrol(database, world.clerk, course_id, entries, "paste")
    assert (result.added, result.created_teachers, result.seats) == (3, 2, (1, 2, 3))
    assert result.changes.teachers
    assert _roster(database, course_id) == [
        (1, NEW_ID, "陳 美玲", SCHOOL_KHH),
        (2, NEW_ID_2, "張志明", ELEMENTARY_TPE),
        (3, KNOWN_ID, "王大明", SCHOOL_TPE),
    ]
    with database.session() as s:
        created = s.execute(select(AuditEntry).where(AuditEntry.entity == "teacher")).scalars().all()
        assert [(e.action, e.new["organization"]) for e in created] == [
            ("create", SCHOOL_KHH),
            ("create", ELEMENTARY_TPE),
        ]
        assert all(e.new["national_id"].endswith("****") for e in created)
        [enrol] = s.execute(select(AuditEntry).where(AuditEntry.action == "enrol")).scalars()
        assert [line["seat"] for line in enrol.new["enrolled"]] == [1, 2, 3]


def test_an_invalid_id_is_named_and_nothing_is_written(database: Database, world: World, course_id: uuid.UUID) -> None:
    refused = _refused(
        database,
        world.coordinator,
        course_id,
        [RosterEntry(KNOWN_ID), RosterEntry(BAD_ID), RosterEntry("", "沒有證號"), RosterEntry("12345")],
    )
    problems = {(p.line, p.field): p.message for p in refused.problems}
    assert set(problems) == {(2, "national_id"), (3, "national_id"), (4, "national_id")}
    assert BAD_ID in problems[(2, "national_id")] and "檢查碼錯誤" in problems[(2, "national_id")]
    assert "請輸入身分證字號" in problems[(3, "national_id")]
    assert "第1碼須為英文字母" in problems[(4, "national_id")]
    assert "未登錄任何人" in refused.message and "第 2、3、4 行" in refused.message
    assert _roster(database, course_id) == []


def test_a_teacher_already_in_the_course_or_twice_in_the_list_is_refused(
    database: Database, world: World, course_id: uuid.UUID
) -> None:
    _enrol(database, world.coordinator, course_id, [RosterEntry(OTHER_ID), RosterEntry(KNOWN_ID)])
    refused = _refused(
        database,
        world.coordinator,
        course_id,
        [RosterEntry(NEW_ID, "陳美玲", SCHOOL_TPE), RosterEntry(KNOWN_ID), RosterEntry(NEW_ID.lower(), "陳美玲")],
    )
    messages = {p.line: p.message for p in refused.problems}
    assert "王大明" in messages[2] and "已在本課程名冊中" in messages[2] and "座號 2" in messages[2]
    assert "與第 1 行重複" in messages[3]
    assert _roster(database, course_id) == [
        (1, OTHER_ID, "李小華", ELEMENTARY_TPE),
        (2, KNOWN_ID, "王大明", SCHOOL_TPE),
    ]


def test_an_unknown_school_or_a_missing_name_is_refused(database: Database, world: World, course_id: uuid.UUID) -> None:
    refused = _refused(
        database,
        world.coordinator,
        course_id,
        [
            RosterEntry(NEW_ID, "陳美玲", "不存在國小"),
            RosterEntry(NEW_ID_2, "", SCHOOL_TPE),
            RosterEntry(make_id("E", "11223344"), "林老師"),  # new, but no school
            RosterEntry(KNOWN_ID, "", "353999"),  # a closed school
        ],
    )
    problems = {(p.line, p.field): p.message for p in refused.problems}
    assert "找不到學校「不存在國小」" in problems[(1, "school")]
    assert "請填姓名" in problems[(2, "name")]
    assert "請填服務學校" in problems[(3, "school")]
    assert "已停用" in problems[(4, "school")]


def test_a_known_teacher_is_never_renamed_or_moved_silently(
    database: Database, world: World, course_id: uuid.UUID
) -> None:
    refused = _refused(
        database,
        world.coordinator,
        course_id,
        [RosterEntry(KNOWN_ID, "王小明"), RosterEntry(OTHER_ID, "李小華", SCHOOL_KHH)],
    )
    problems = {(p.line, p.field): p.message for p in refused.problems}
    assert "「王大明」" in problems[(1, "name")] and "「王小明」" in problems[(1, "name")]
    assert "臺北市大安區大安國民小學" in problems[(2, "school")]
    # A name typed with a full-width space is the same name.
    assert _enrol(database, world.coordinator, course_id, [RosterEntry(KNOWN_ID, "王\u3000大明")]).added == 1


def test_lookup_checks_the_id_at_once_and_shows_a_known_teacher(database: Database, world: World) -> None:
    with database.session() as s:
        info = attendance.lookup_teacher(s, world.coordinator, "ａ" + KNOWN_ID[1:])
        assert info is not None
        assert (info.national_id, info.masked_id, info.name, info.school) == (
            KNOWN_ID,
            KNOWN_ID[:6] + "****",
            "王大明",
            "臺北市立建國高級中學",
        )
        assert attendance.lookup_teacher(s, world.clerk, NEW_ID) is None
        with pytest.raises(UserError) as invalid:
            attendance.lookup_teacher(s, world.coordinator, BAD_ID)
        assert BAD_ID in invalid.value.message and "檢查碼錯誤" in invalid.value.message
        with pytest.raises(PermissionDenied):
            attendance.lookup_teacher(s, world.certificate_staff, KNOWN_ID)


# --- scope and state ------------------------------------------------------------------------------------------


def test_a_coordinator_of_another_school_is_refused(database: Database, world: World) -> None:
    khh_course = add_course(database, org_code=SCHOOL_KHH, code="115K0001", state=CourseState.APPROVED)
    before = _counts(database)
    for user in (world.coordinator, world.clerk, world.certificate_staff):
        with pytest.raises(PermissionDenied), database.session() as s:
            attendance.enrol(s, user, khh_course, [RosterEntry(KNOWN_ID)])
    assert _counts(database) == before
    assert _enrol(database, world.other_clerk, khh_course, [RosterEntry(KNOWN_ID)]).added == 1


def test_a_course_not_yet_approved_has_no_roster(database: Database, world: World) -> None:
    draft = add_course(database, code="115T0002")
    with pytest.raises(UserError) as refused, database.session() as s:
        attendance.enrol(s, world.coordinator, draft, [RosterEntry(KNOWN_ID)])
    assert "核准後才能登錄" in refused.value.message


# --- removing, seats ------------------------------------------------------------------------------------------


def test_seats_are_never_reused_after_removal(database: Database, world: World, course_id: uuid.UUID) -> None:
    first = _enrol(
        database,
        world.coordinator,
        course_id,
        [RosterEntry(KNOWN_ID), RosterEntry(OTHER_ID), RosterEntry(NEW_ID, "陳美玲", SCHOOL_TPE)],
    )
    assert first.seats == (1, 2, 3)
    with database.session() as s:
        third = s.execute(select(Enrollment).where(Enrollment.seat_no == 3)).scalar_one()
        segment = s.execute(select(Segment).where(Segment.course_id == course_id).limit(1)).scalar_one()
        s.add(Absence(enrollment_id=third.id, segment_id=segment.id, minutes=30, reason=AbsenceReason.LEAVE))
        third_id = third.id
    with pytest.raises(UserError) as no_reason, database.session() as s:
        attendance.unenrol(s, world.coordinator, course_id, [third_id], reason="  ")
    assert no_reason.value.field == "reason"
    with database.session() as s:
        changes = attendance.unenrol(s, world.coordinator, course_id, [third_id], reason="報名後取消")
    assert changes.attendance
    with database.session() as s:
        assert s.execute(select(func.count()).select_from(Absence)).scalar_one() == 0  # absences go with it
        [removal] = s.execute(select(AuditEntry).where(AuditEntry.action == "unenrol")).scalars()
        assert removal.reason == "報名後取消"
        assert removal.old["removed"] == [{"seat": 3, "teacher": NEW_ID[:6] + "****", "name": "陳美玲", "absences": 1}]
    # The highest seat was removed: the next teacher still gets a new one, and so does the removed one.
    again = _enrol(database, world.coordinator, course_id, [RosterEntry(NEW_ID_2, "張志明", SCHOOL_TPE)])
    assert again.seats == (4,)
    assert _enrol(database, world.coordinator, course_id, [RosterEntry(NEW_ID)]).seats == (5,)
    assert [seat for seat, *_ in _roster(database, course_id)] == [1, 2, 4, 5]


def test_removal_is_refused_on_an_awarded_course_and_out_of_scope(database: Database, world: World) -> None:
    awarded = add_course(database, code="115T0003", state=CourseState.APPROVED)
    _enrol(database, world.coordinator, awarded, [RosterEntry(KNOWN_ID)])
    with database.session() as s:
        enrollment_id = s.execute(select(Enrollment.id)).scalar_one()
    with pytest.raises(PermissionDenied), database.session() as s:
        attendance.unenrol(s, world.other_clerk, awarded, [enrollment_id], reason="誤植")
    with database.session() as s:
        attendance.award_course(s, world.certificate_staff, awarded)
    before = _counts(database)
    with pytest.raises(UserError) as refused, database.session() as s:
        attendance.unenrol(s, world.coordinator, awarded, [enrollment_id], reason="誤植")
    assert "已核發研習時數" in refused.value.message and "不能重新開放" in refused.value.message
    assert _counts(database) == before


# --- pasting --------------------------------------------------------------------------------------------------


def test_a_paste_with_a_header_and_full_width_digits(database: Database, world: World, course_id: uuid.UUID) -> None:
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in NEW_ID)  # Ａ１２… as some sites write IDs
    text = (
        "姓名\t身分證字號\t服務學校\r\n"
        "\r\n"
        f"陳美玲\t{full_width}\t３５３３０１\r\n"
        f"王大明\t {KNOWN_ID[:4]} {KNOWN_ID[4:]} \t\r\n"
        "\t\t\r\n"
    )
    entries = attendance.parse_pasted_roster(text)
    assert entries == [
        RosterEntry(NEW_ID, "陳美玲", SCHOOL_TPE, line=3),
        RosterEntry(f"{KNOWN_ID[:4]} {KNOWN_ID[4:]}", "王大明", "", line=4),
    ]
    result = _enrol(database, world.coordinator, course_id, entries, "paste")
    assert (result.added, result.created_teachers) == (2, 1)
    assert _roster(database, course_id)[0] == (1, NEW_ID, "陳美玲", SCHOOL_TPE)


def test_a_paste_of_one_id_per_line_and_its_problems_by_line() -> None:
    assert attendance.parse_pasted_roster(f"{KNOWN_ID}\n\n  {OTHER_ID.lower()}  \n") == [
        RosterEntry(KNOWN_ID, line=1),
        RosterEntry(OTHER_ID.lower(), line=3),
    ]
    assert attendance.parse_pasted_roster(f"{NEW_ID} 陳美玲 {SCHOOL_TPE}") == [
        RosterEntry(NEW_ID, "陳美玲", SCHOOL_TPE, line=1)
    ]
    assert attendance.parse_pasted_roster(" \n\t\n") == []
    with pytest.raises(RosterInvalid) as wrong_shape:
        attendance.parse_pasted_roster(f"{KNOWN_ID}\t王大明\t{SCHOOL_TPE}\t0912345678\n{OTHER_ID}\t李小華")
    [problem] = wrong_shape.value.problems
    assert problem.line == 1 and "0912345678" in problem.message
    with pytest.raises(RosterInvalid) as no_id:
        attendance.parse_pasted_roster(f"身分證字號\t姓名\n{KNOWN_ID}\t王大明\n\t李小華\n")
    assert [(p.line, p.field) for p in no_id.value.problems] == [(3, "national_id")]


# --- files ----------------------------------------------------------------------------------------------------


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    path.write_bytes(out.getvalue())
    return path


def test_an_xlsx_roster_is_previewed_mapped_and_enrolled(
    database: Database, world: World, course_id: uuid.UUID, tmp_path: Path
) -> None:
    path = _xlsx(
        tmp_path / "名冊.xlsx",
        [
            ["序號", "教師姓名", "身分證字號", "服務學校"],
            [1, "陳美玲", NEW_ID, int(SCHOOL_KHH)],  # Excel keeps a school code as a number
            [2, "王大明", KNOWN_ID, None],
            [None, None, None, None],
            [3, "李小華", OTHER_ID.lower(), "臺北市大安區大安國民小學"],
        ],
    )
    preview = attendance.preview_roster_file(path)
    assert preview.has_header and preview.headers == ("序號", "教師姓名", "身分證字號", "服務學校")
    assert preview.suggested == {"national_id": 2, "name": 1, "school": 3}
    assert preview.row_count == 3 and [n for n, _cells in preview.rows] == [2, 3, 5]
    entries = attendance.read_roster_file(path, preview.suggested)
    assert [(e.line, e.national_id, e.school) for e in entries] == [
        (2, NEW_ID, SCHOOL_KHH),
        (3, KNOWN_ID, ""),
        (5, OTHER_ID.lower(), "臺北市大安區大安國民小學"),
    ]
    result = _enrol(database, world.clerk, course_id, entries, f"import: {path.name}")
    assert (result.added, result.created_teachers) == (3, 1)
    with database.session() as s:
        [entry] = s.execute(select(AuditEntry).where(AuditEntry.action == "enrol")).scalars()
    assert entry.source is AuditSource.IMPORT and "名冊.xlsx" in entry.reason


@pytest.mark.parametrize("encoding", ["cp950", "utf-8-sig"])
def test_a_csv_roster_names_its_bad_rows_by_number(
    database: Database, world: World, course_id: uuid.UUID, tmp_path: Path, encoding: str
) -> None:
    path = tmp_path / "roster.csv"
    lines = [
        "身分證字號,姓名,服務學校",
        f"{KNOWN_ID},王大明,",
        ",林老師,353301",  # row 3: no ID
        f"{NEW_ID},陳美玲,{SCHOOL_TPE}",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    preview = attendance.preview_roster_file(path)
    assert preview.suggested == {"national_id": 0, "name": 1, "school": 2}
    with pytest.raises(RosterInvalid) as missing:
        attendance.read_roster_file(path, preview.suggested)
    assert [(p.line, p.field) for p in missing.value.problems] == [(3, "national_id")]
    assert "第 3 行" in missing.value.message

    # Fixed on paper but mistyped: the database checks name the file's row too, and nothing is written.
    lines[2] = f"{BAD_ID},林老師,353301"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    refused = _refused(database, world.coordinator, course_id, attendance.read_roster_file(path, preview.suggested))
    assert [(p.line, p.field) for p in refused.problems] == [(3, "national_id")]


def test_a_file_without_a_header_maps_the_id_column(tmp_path: Path) -> None:
    path = tmp_path / "ids.csv"
    path.write_text(f"{KNOWN_ID},王大明\n{OTHER_ID},李小華\n", encoding="utf-8")
    preview = attendance.preview_roster_file(path)
    assert not preview.has_header and preview.row_count == 2
    assert preview.suggested == {"national_id": 0, "name": 1, "school": None}
    assert [e.line for e in attendance.read_roster_file(path, preview.suggested)] == [1, 2]
    with pytest.raises(UserError) as unmapped:
        attendance.read_roster_file(path, {"national_id": None, "name": 1, "school": None})
    assert unmapped.value.field == "mapping"


def test_two_clerks_enrolling_at_once_get_different_seats(
    database: Database, world: World, course_id: uuid.UUID
) -> None:
    """PostgreSQL: the second enrolment waits for the first to commit, then continues after its seats."""
    if database.dialect != "postgresql":
        pytest.skip("concurrent writers: PostgreSQL (SQLite serialises writers on the file)")
    import threading

    from sqlalchemy import text

    first = database.new_session()
    try:
        assert attendance.enrol(first, world.coordinator, course_id, [RosterEntry(KNOWN_ID)]).seats == (1,)
        outcome: dict[str, object] = {}

        def second() -> None:
            try:
                outcome["seats"] = _enrol(database, world.clerk, course_id, [RosterEntry(OTHER_ID)]).seats
            except Exception as exc:  # reported below
                outcome["error"] = exc

        worker = threading.Thread(target=second)
        worker.start()
        with database.engine.connect() as watch:  # wait until the second writer is blocked on the lock
            while (
                worker.is_alive()
                and not watch.execute(
                    text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
                ).scalar_one()
            ):
                watch.rollback()
        first.commit()
    finally:
        first.close()
    worker.join()
    assert "error" not in outcome, outcome
    assert outcome["seats"] == (2,)
    assert [seat for seat, *_ in _roster(database, course_id)] == [1, 2]
