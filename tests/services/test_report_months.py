"""Back-end counties' report months (docs/rules.md CRS back-end reporting, Art 12(3)(4)): the deadline, the
month view's rows, each move of the workflow, its refusals, and the lock a confirmed month puts on courses."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from account_world import SCHOOL_KHH, World, build_world
from course_world import add_course
from sqlalchemy import select

from ntip_desktop.errors import ConflictError, PermissionDenied, UserError
from ntip_desktop.models import Amendment, AuditEntry, Course, ReportMonth, ReportState
from ntip_desktop.services import courses
from ntip_desktop.services.db import Database

R = ReportState
#: The day the calendar rules are checked against: 2026-11-03, two days before October's deadline.
TODAY = date(2026, 11, 3)
LETTER = "高市教研字第1150012345號"


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


def _rows(db: Database, user: object, today: date = TODAY) -> dict[str, courses.MonthRow]:
    with db.session() as s:
        return {f"{r.county_name}{r.label}": r for r in courses.months_of(s, user, around=today)}  # type: ignore[arg-type]


def _move(db: Database, w: World, action: str, *, month: int = 10, **params: object) -> courses.MonthMove:
    params.setdefault("today", TODAY)
    with db.session() as s:
        return courses.move_month(s, w.other_clerk, "64", 2026, month, action, **params)  # type: ignore[arg-type]


def _confirmed_october(db: Database, w: World) -> None:
    _move(db, w, "upload", records=42)
    _move(db, w, "confirm")


@pytest.mark.parametrize(
    ("year", "month", "due"),
    [(2026, 10, date(2026, 11, 5)), (2026, 12, date(2027, 1, 5)), (2027, 1, date(2027, 2, 5))],
)
def test_a_month_is_due_on_the_fifth_of_the_following_month(year: int, month: int, due: date) -> None:
    assert courses.deadline(year, month) == due


def test_the_transition_table_reads_as_the_regulation_says() -> None:
    assert courses.MONTH_WORKFLOW.table() == [
        ("open | uploaded", "upload", "uploaded", "report_months", ""),
        ("uploaded", "confirm", "confirmed", "report_months", ""),
        ("confirmed", "open_amendment", "amending", "report_months", "reason"),
        ("amending", "reconfirm", "confirmed", "report_months", ""),
    ]


def test_the_month_view_shows_the_deadline_ahead_and_overdue(database: Database, world: World) -> None:
    rows = _rows(database, world.other_clerk)
    assert list(rows) == ["高雄市115年11月", "高雄市115年10月"]  # newest first; months with no row are open
    october = rows["高雄市115年10月"]
    assert (october.state_label, october.records, october.code) == ("傳報中", 0, "64-2026-10")
    assert october.deadline_text == "115/11/05 剩 2 天" and not october.overdue
    assert october.actions == ("upload",)
    assert _rows(database, world.other_clerk, date(2026, 11, 5))["高雄市115年10月"].due_text == "今日截止"
    late = _rows(database, world.other_clerk, date(2026, 11, 9))["高雄市115年10月"]
    assert (late.due_text, late.overdue) == ("逾期 4 天", True)
    # The admin sees every back-end county; the Taipei clerk none (臺北市 registers online); the coordinator
    # of a Taipei school none either, and certificate staff may not look.
    assert list(_rows(database, world.admin)) == list(rows)
    assert _rows(database, world.clerk) == {}
    assert _rows(database, world.coordinator) == {}
    with pytest.raises(PermissionDenied), database.session() as s:
        courses.months_of(s, world.certificate_staff)


def test_upload_confirm_amend_and_reconfirm_each_audited(database: Database, world: World) -> None:
    up = _move(database, world, "upload", records=42)
    assert (up.old_state, up.new_state, up.message) == (R.OPEN, R.UPLOADED, "已上傳：高雄市115年10月")
    row = _rows(database, world.other_clerk)["高雄市115年10月"]
    assert (row.state_label, row.records, row.actions) == ("已上傳待確認", 42, ("upload", "confirm"))

    confirmed = _move(database, world, "confirm", expected_version=row.version)
    assert (confirmed.new_state, confirmed.message) == (R.CONFIRMED, "已確認：高雄市115年10月")
    row = _rows(database, world.other_clerk)["高雄市115年10月"]
    assert row.confirmed_by == "黃書記" and row.confirmed_text.endswith(" 黃書記")
    assert (row.due_text, row.actions) == ("", ("open_amendment",))

    opened = _move(
        database,
        world,
        "open_amendment",
        letter_no=LETTER,
        letter_date=date(2026, 11, 2),
        reason="補傳漏報之出席名單",
        expected_version=row.version,
    )
    assert opened.new_state is R.AMENDING
    row = _rows(database, world.other_clerk)["高雄市115年10月"]
    assert row.amendments_text == f"{LETTER}（115/11/02）"
    assert row.open_amendment is not None and row.open_amendment.opened_by == "黃書記"
    assert row.actions == ("reconfirm",)

    _move(database, world, "reconfirm", records=45, expected_version=row.version)
    row = _rows(database, world.other_clerk)["高雄市115年10月"]
    assert (row.state_label, row.records, row.open_amendment) == ("已確認", 45, None)
    assert row.amendments_text == f"{LETTER}（115/11/02），已重新確認"

    with database.session() as s:
        entries = (
            s.execute(
                select(AuditEntry)
                .where(AuditEntry.entity == "report_month", AuditEntry.entity_id == "64-2026-10")
                .order_by(AuditEntry.seq)
            )
            .scalars()
            .all()
        )
        assert [(e.action, e.new["state"]) for e in entries] == [
            ("upload", "uploaded"),
            ("confirm", "confirmed"),
            ("open_amendment", "amending"),
            ("reconfirm", "confirmed"),
        ]
        assert entries[2].new["letter_no"] == LETTER and entries[2].reason == "補傳漏報之出席名單"
        assert entries[3].old["records"] == 42 and entries[3].new["records"] == 45
        assert {e.actor_name for e in entries} == {"黃書記"}
        amendment = s.execute(select(Amendment)).scalar_one()
        assert amendment.reconfirmed_at is not None and amendment.letter_date == date(2026, 11, 2)


def test_confirming_a_month_not_uploaded_is_refused(database: Database, world: World) -> None:
    with pytest.raises(UserError, match="目前為「傳報中」，不能確認。尚未上傳") as refused:
        _move(database, world, "confirm")
    assert refused.value.field == "state"
    with database.session() as s:  # the refused move left no row behind
        assert s.execute(select(ReportMonth)).first() is None


def test_a_month_is_confirmed_only_once_it_is_over(database: Database, world: World) -> None:
    _move(database, world, "upload", month=11, records=3)
    with pytest.raises(UserError, match="115年11月尚未結束，月底過後才能確認（期限：115/12/05）"):
        _move(database, world, "confirm", month=11)
    with pytest.raises(UserError, match="115年12月尚未開始，不能上傳"):
        _move(database, world, "upload", month=12, records=0)


@pytest.mark.parametrize("records", [None, -1, "很多"])
def test_an_upload_needs_its_record_count(database: Database, world: World, records: object) -> None:
    with pytest.raises(UserError, match="請填寫上傳的研習紀錄筆數") as refused:
        _move(database, world, "upload", records=records)
    assert refused.value.field == "records"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"letter_no": "高雄市教育局公文一件"}, "letter_no", "不是正式文號的格式"),
        ({"letter_no": ""}, "letter_no", "請填寫更正公文的文號"),
        ({"letter_date": None}, "letter_date", "請填寫更正公文的發文日期"),
        ({"letter_date": date(2026, 11, 4)}, "letter_date", "公文日期 115/11/04 晚於今天"),
        ({"letter_date": date(2026, 10, 20)}, "letter_date", "在115年10月結束之前"),
        ({"reason": "  "}, "reason", "開啟更正必須寫明更正的原因"),
    ],
)
def test_an_amendment_needs_an_official_letter_and_a_reason(
    database: Database, world: World, changes: dict[str, object], field: str, message: str
) -> None:
    _confirmed_october(database, world)
    params: dict[str, object] = {"letter_no": LETTER, "letter_date": date(2026, 11, 2), "reason": "補傳", **changes}
    with pytest.raises(UserError, match=message) as refused:
        _move(database, world, "open_amendment", **params)
    assert refused.value.field == field
    assert _rows(database, world.other_clerk)["高雄市115年10月"].state is R.CONFIRMED


def test_an_amendment_is_opened_only_on_a_confirmed_month(database: Database, world: World) -> None:
    _move(database, world, "upload", records=1)
    with pytest.raises(UserError, match="尚未確認，可直接上傳更正後的資料"):
        _move(database, world, "open_amendment", letter_no=LETTER, letter_date=date(2026, 11, 2), reason="x")


def test_a_clerk_of_another_district_cannot_move_the_month(database: Database, world: World) -> None:
    for user in (world.clerk, world.coordinator):
        with (
            pytest.raises(PermissionDenied, match="高雄市的傳報月份由服務該縣市的區管中心處理"),
            database.session() as s,
        ):
            courses.move_month(s, user, "64", 2026, 10, "upload", records=5, today=TODAY)
    with pytest.raises(UserError, match="臺北市的學校直接於本網線上登錄，不採後端傳報"), database.session() as s:
        courses.move_month(s, world.admin, "63", 2026, 10, "upload", records=5, today=TODAY)
    with database.session() as s:  # the administrator may
        assert (
            courses.move_month(s, world.admin, "64", 2026, 10, "upload", records=5, today=TODAY).new_state is R.UPLOADED
        )


def test_a_stale_copy_is_refused_naming_who_moved_first(database: Database, world: World) -> None:
    seen = _rows(database, world.other_clerk)["高雄市115年10月"]
    assert seen.version == 0  # no row yet
    with database.session() as s:
        courses.move_month(s, world.admin, "64", 2026, 10, "upload", records=7, today=TODAY)
    with pytest.raises(ConflictError, match=r"傳報月份 64-2026-10 已由 陳主任 於 .* 變更（目前狀態：已上傳待確認）"):
        _move(database, world, "upload", records=8, expected_version=seen.version)
    seen = _rows(database, world.other_clerk)["高雄市115年10月"]
    _move(database, world, "confirm", expected_version=seen.version)
    with pytest.raises(ConflictError, match="已由 黃書記 於"), database.session() as s:
        courses.move_month(
            s, world.admin, "64", 2026, 10, "open_amendment", reason="x", letter_no=LETTER,
            letter_date=date(2026, 11, 2), expected_version=seen.version, today=TODAY,
        )  # fmt: skip


def test_a_confirmed_month_locks_its_courses_and_an_amendment_unlocks_them(database: Database, world: World) -> None:
    course_id = add_course(database, org_code=SCHOOL_KHH, code="115K0001", start_at=datetime(2026, 10, 15, 9))

    def edit_course() -> None:
        """What every course edit does first: refuse a course of a locked month."""
        with database.session() as s:
            course = s.get(Course, course_id)
            assert course is not None
            courses.check_unlocked(s, course.organizer.county_code, course.start_at.date())

    edit_course()  # open: editable
    _confirmed_october(database, world)
    with pytest.raises(UserError, match="高雄市115年10月的傳報已確認並鎖定，不能更動其課程") as refused:
        edit_course()
    assert refused.value.field == "month"
    with database.session() as s:  # November is not locked by October's confirmation
        assert not courses.is_locked(s, "64", date(2026, 11, 1))
    _move(database, world, "open_amendment", letter_no=LETTER, letter_date=date(2026, 11, 2), reason="補傳")
    edit_course()  # amending: editable again
    _move(database, world, "reconfirm")
    with pytest.raises(UserError, match="已確認並鎖定"):
        edit_course()


def test_the_demo_months_keep_the_deadline_rule(database: Database) -> None:
    """The demo data: every month before the last is confirmed (one amended), by someone, by its deadline."""
    from ntip_desktop.services.auth import console_user
    from ntip_desktop.services.demo import seed

    today = date(2026, 11, 25)
    seed(database, "small", today=today)
    with database.session() as s:
        rows = courses.months_of(s, console_user("demo-check"), around=today)
    assert rows and not [r.code for r in rows if r.overdue]
    last_month = (today.year, today.month - 1)
    for row in rows:
        if (row.year, row.month) < last_month:
            assert row.state in (R.CONFIRMED, R.AMENDING), row.code
        if row.confirmed_at is not None:
            assert row.confirmed_by, row.code
            assert row.confirmed_at.date() <= row.deadline, row.code
    assert [r.state for r in rows if r.amendments] == [R.AMENDING]
