"""The audit log in words: every field, state and person of an entry as a clerk reads it, the record named by
its number, login or course code; and the search that finds an entry by any of them."""

from __future__ import annotations

import contextlib
import enum
import re
from datetime import UTC, datetime

import pytest
from account_world import World, build_world, business_input
from certificate_world import COURSE, absent, build_certificate_world
from course_world import add_course
from sqlalchemy import select

from ntip_desktop import vocabulary
from ntip_desktop.errors import UserError
from ntip_desktop.models import AuditSource, Course, CourseState, FaxCheckItem, Teacher
from ntip_desktop.services import accounts, attendance, audit, auth, certificates, courses, rulesets, users
from ntip_desktop.services.audit import AuditFilter, AuditRow
from ntip_desktop.services.audit_words import action_label, change_lines, change_summary, subject
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import Database

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")
#: A code written the way a program writes it (``decided_by_id``, ``fax_received``): never shown to a person.
IDENTIFIER = re.compile(r"\b[a-z]+(_[a-z0-9]+)+\b")
#: Every value a vocabulary enum stores (``approved``, ``in_review``, ``void_unexcused`` …).
ENUM_VALUES = {
    member.value
    for cls in vars(vocabulary).values()
    if isinstance(cls, type) and issubclass(cls, enum.Enum) and cls is not enum.Enum
    for member in cls
    if isinstance(member.value, str)
}


def _entries(database: Database, f: AuditFilter | None = None) -> list[AuditRow]:
    with database.session() as s:
        return list(reversed(audit.list_entries(s, console_user(), f or AuditFilter(), limit=1000)))


def _application_trail(database: Database, world: World) -> str:
    with database.session() as s:
        number = accounts.submit_application(s, world.coordinator, business_input(login_id="ckhs.train")).number
    with database.session() as s:
        accounts.record_fax_received(s, world.clerk, number, pages=2)
    with database.session() as s:
        accounts.set_fax_check(s, world.clerk, number, FaxCheckItem.SEAL, True)
    with database.session() as s:
        accounts.return_for_correction(s, world.clerk, number, "缺單位主管簽章")
    with database.session() as s:
        accounts.answer_return(s, world.coordinator, number, "已補主管簽章")
    with database.session() as s:
        accounts.record_fax_received(s, world.clerk, number)
    with database.session() as s:
        accounts.approve(s, world.clerk, number, checklist_override="主管於電話中確認")
    return number


def test_an_applications_trail_names_its_number_fields_states_and_people(database: Database) -> None:
    world = build_world(database)
    number = _application_trail(database, world)
    entries = _entries(database, AuditFilter(entity="account_application"))
    assert [e.action for e in entries] == [
        "submit", "receive_fax", "fax_check", "return", "answer_return", "receive_fax", "approve",
    ]  # fmt: skip
    assert {subject(e) for e in entries} == {f"帳號申請 {number}"}  # not the record's UUID
    submit, receive, tick, returned, _answer, _again, approve = entries

    assert ("狀態", "—", "待傳真") in change_lines(submit)
    assert ("身分類別", "—", "各級學校") in change_lines(submit)
    assert ("帳號類別", "—", "業務帳號") in change_lines(submit)
    assert ("來源", "—", "學校承辦人填寫") in change_lines(submit)
    agreed = next(b for a, _, b in change_lines(submit) if a == "同意時間")
    assert re.fullmatch(r"1\d\d/\d\d/\d\d \d\d:\d\d", agreed)  # a ROC date and time, not an ISO stamp
    assert ("傳真頁數", "—", "2") in change_lines(receive)
    assert change_lines(tick) == [("機關印信", "未勾選", "已勾選")]
    assert change_summary(returned) == (
        "狀態：已收傳真 → 退件補正；處理人：— → 林書記（clerk）；處理理由：— → 缺單位主管簽章"
    )
    lines = change_lines(approve)
    assert ("狀態", "已收傳真", "已核准") in lines
    assert ("處理人", "林書記（clerk）", "林書記（clerk）") not in lines  # unchanged fields are not written
    assert ("略過檢核的理由", "—", "主管於電話中確認") in lines
    moment = next(b for a, _, b in lines if a == "處理時間")
    assert re.fullmatch(r"1\d\d/\d\d/\d\d \d\d:\d\d", moment)  # a ROC date and time, not an ISO stamp

    account = _entries(database, AuditFilter(entity="account"))
    assert [subject(e) for e in account] == ["帳號 ckhs.train"]
    assert account[0].reason == number
    users = _entries(database, AuditFilter(entity="office_user"))
    assert "使用者 林書記（clerk）" in [subject(e) for e in users]
    assert ("身分", "—", "區管中心承辦人") in change_lines(next(e for e in users if e.code.startswith("林書記")))


#: Fields whose values are whatever a person typed (a login may well be ``admin``).
TYPED = {"帳號", "登入帳號"}


def _words_of(entry: AuditRow) -> list[str]:
    return [subject(entry), *(text for line in change_lines(entry) if line[0] not in TYPED for text in line)]


def test_every_entry_of_courses_rosters_hours_and_certificates_reads_in_words(database: Database) -> None:
    """A working stretch of the other pages: a course reviewed, a roster entered, hours awarded and
    recomputed, certificates issued and revoked, a rule changed. No entry shows a code, a UUID or an
    English state to the person reading the log."""
    cw = build_certificate_world(database)
    world = cw.world
    draft = add_course(database, code="115T0002", title="閱讀理解教學研習")
    with database.session() as s:
        code = courses.decide(s, world.coordinator, draft, "submit").code
    with database.session() as s:
        courses.decide(s, world.clerk, code, "take")
        courses.decide(s, world.clerk, code, "return", reason="請補課程大綱細節")
    with database.session() as s:
        issued = certificates.issue_certificates(s, world.certificate_staff, certificates.Selection(course_code=COURSE))
    with database.session() as s:
        certificates.revoke_certificate(s, world.certificate_staff, issued.issued[0].number, "誤發")
    absent(database, cw, "林小華", 60)  # the award changes: recomputed, its certificate superseded
    with database.session() as s:
        rulesets.save_adjusted(s, world.admin, {"daily_cap_hours": 8}, "專案核准延長")
    approved = add_course(database, code="115T0003", title="戶外教育研習", state=CourseState.APPROVED)
    with database.session() as s:
        attendance.enrol(
            s, world.coordinator, approved, [attendance.RosterEntry("A123456789"), attendance.RosterEntry("Q123456782", "何新來", "353301")]
        )  # fmt: skip

    entries = _entries(database)
    kinds = {(e.entity, e.action) for e in entries}
    assert {
        ("course", "submit"), ("course", "take"), ("course", "return"), ("course", "award"), ("course", "enrol"),
        ("hour_award", "award"), ("hour_award", "recompute"), ("certificate", "issue"), ("certificate", "revoke"),
        ("certificate", "supersede"), ("rule_set", "adjust"), ("teacher", "create"), ("office_user", "create"),
    } <= kinds  # fmt: skip
    for entry in entries:
        for text in _words_of(entry):
            assert not UUID.search(text), (entry.entity, entry.action, text)
            assert not IDENTIFIER.search(text), (entry.entity, entry.action, text)
            assert text not in ENUM_VALUES, (entry.entity, entry.action, text)

    with database.session() as s:
        teacher = s.execute(select(Teacher).where(Teacher.name == "林小華")).scalar_one()
        assert teacher is not None
    recompute = next(e for e in entries if e.action == "recompute" and "林小華" in e.code)
    assert subject(recompute) == f"研習時數 {COURSE} 林小華"
    assert ("時數", "3", "2") in change_lines(recompute)
    assert change_summary(recompute) == "時數：3 → 2；核發結果：核給時數；規則版本：2009-10-08"  # unchanged: once
    submit = next(e for e in entries if e.action == "submit" and e.entity == "course")
    assert subject(submit) == f"研習課程 {code}"
    assert ("狀態", "草稿", "待審核") in change_lines(submit)
    assert ("審核單位", "—", "臺北市政府教育局") in change_lines(submit)
    issue = next(e for e in entries if e.action == "issue")
    assert next(b for a, _, b in change_lines(issue) if a == "研習時數").startswith(f"{COURSE} ")
    enrol = next(e for e in entries if e.action == "enrol")
    assert "2 號 何新來（Q12345****）" in change_summary(enrol, limit=500)
    rule = next(e for e in entries if e.entity == "rule_set")
    assert ("每日採計上限（小時）", "6", "8") in change_lines(rule)
    assert ("規則版本", "2009-10-08", "2009-10-08+1") in change_lines(rule)


def test_managing_office_users_reads_in_words(database: Database) -> None:
    """Issue 14 item 7: an edit, a disable and enable, a password reset and change, a lock and its lifting."""
    from ntip_desktop.models import DistrictCenter, Role

    world = build_world(database)
    with database.session() as s:
        khh = s.execute(select(DistrictCenter.id).where(DistrictCenter.code == "KHH")).scalar_one()
        users.update_user(
            s, world.admin, world.clerk.id, display_name="林組長", role=Role.DISTRICT_CLERK,
            district_center_id=khh, expected_version=None, reason="調任",
        )  # fmt: skip
        users.update_user(
            s, world.admin, world.certificate_staff.id, display_name="張專員", role=Role.SCHOOL_COORDINATOR,
            organization_id=world.coordinator.organization_id, expected_version=None,
        )  # fmt: skip
        users.set_user_active(s, world.admin, world.coordinator.id, False, "離職")
        users.set_user_active(s, world.admin, world.coordinator.id, True, "復職")
    for n in range(auth.MAX_FAILED_SIGN_INS):
        with contextlib.suppress(UserError), database.session() as s:
            auth.authenticate(s, "clerk2", f"guess {n}")
    with database.session() as s:
        users.reset_password(s, world.admin, world.other_clerk.id, "temporary 1", "忘記密碼")
    with database.session() as s:
        auth.change_password(s, world.other_clerk, "temporary 1", "my own secret")
    entries = _entries(database, AuditFilter(entity="office_user"))
    actions = {e.action for e in entries}
    assert {"update", "disable", "enable", "reset_password", "change_password", "sign_in_failed"} <= actions
    labels = {e.action: action_label(e.action) for e in entries}
    assert (labels["disable"], labels["enable"], labels["reset_password"]) == ("停用", "啟用", "重設密碼")
    for entry in entries:
        for text in [labels[entry.action], *_words_of(entry)]:
            assert not UUID.search(text), (entry.action, text)
            assert not IDENTIFIER.search(text), (entry.action, text)
            assert text not in ENUM_VALUES, (entry.action, text)
    reset = next(e for e in entries if e.action == "reset_password")
    assert ("連續密碼錯誤次數", "5", "0") in change_lines(reset)
    locked = next(line for line in change_lines(reset) if line[0] == "登入鎖定至")
    assert re.fullmatch(r"1\d\d/\d\d/\d\d \d\d:\d\d", locked[1]) and locked[2] == "—"


def test_an_attendance_entry_names_its_seat_teacher_and_marks(database: Database) -> None:
    cw = build_certificate_world(database)
    with database.session() as s:
        course = s.execute(select(Course).where(Course.code == COURSE)).scalar_one()
        audit.record(
            s,
            cw.world.coordinator.actor(),
            "attendance",
            f"{course.code}#2",
            "update",
            old={"S1": "", "S2": "A"},
            new={"S1": "L30", "S2": ""},
            reason="登錄出缺席",
        )
    entry = _entries(database, AuditFilter(entity="attendance"))[0]
    assert subject(entry) == f"出缺席 {COURSE} 第 2 位 林小華"
    assert change_lines(entry) == [("時段 S1", "出席", "請假 30 分鐘"), ("時段 S2", "曠課（整段）", "出席")]


def _count(database: Database, text: str, entity: str | None = None) -> int:
    with database.session() as s:
        return audit.count_entries(s, console_user(), AuditFilter(entity=entity, text=text))


def test_the_search_finds_an_application_by_number_login_and_people(database: Database) -> None:
    world = build_world(database)
    number = _application_trail(database, world)
    trail = 7
    assert _count(database, number, "account_application") == trail  # its entries keep the UUID, not the number
    assert _count(database, number.lower()) == trail + 1  # and the account its approval created
    assert _count(database, "ＣＫＨＳ．ＴＲＡＩＮ") == trail + 1  # its login, as an input method types it
    assert _count(database, "王小明", "account_application") == trail  # the contact person it names
    assert _count(database, "林書記", "account_application") == 5  # what the clerk did to it
    assert _count(database, "林書記", "office_user") == 1  # the clerk's own user record
    assert _count(database, "缺單位主管") == 1  # words of a reason


def test_the_search_takes_percent_and_underscore_literally(database: Database) -> None:
    world = build_world(database)
    with database.session() as s:
        for reason in ("調整 100% 完成", "調整 1000 完成", "a_b", "axb"):
            audit.record(s, world.admin.actor(AuditSource.CLI), "setting", "x", "set", new={"v": 1}, reason=reason)
    assert _count(database, "100%") == 1
    assert _count(database, "%") == 1
    assert _count(database, "a_b") == 1
    assert _count(database, "_") == 1 + 0  # the CLI entries' action has none; only a_b's reason


def test_the_search_finds_a_courses_hours_and_certificates_by_its_code_and_a_teacher(database: Database) -> None:
    cw = build_certificate_world(database)
    with database.session() as s:
        certificates.issue_certificates(s, cw.world.certificate_staff, certificates.Selection(course_code=COURSE))
    awards = _count(database, COURSE, "hour_award")
    assert awards == 4  # every teacher's award entry, though each is keyed by the award's UUID
    assert _count(database, COURSE, "certificate") == 2  # the two certifiable teachers
    assert _count(database, "王大明", "certificate") == 1
    assert _count(database, "王大明", "hour_award") == 1
    assert _count(database, "115T") >= 1 + awards + 2  # the course's own entry too


def test_a_record_that_is_gone_is_named_by_its_id() -> None:
    row = AuditRow(
        1,
        datetime(2026, 1, 1, tzinfo=UTC),
        "系統",
        "system",
        "account",
        "5055d68d-a907-4e05-b3ce-34e28e1c4f33",
        "create",
        None,
        {"login_id": "x1234"},
        "",
    )
    assert subject(row) == "帳號 5055d68d…"


@pytest.mark.parametrize(
    ("entity", "old", "new", "line"),
    [
        ("report_month", {"state": "uploaded"}, {"state": "confirmed"}, ("狀態", "已上傳待確認", "已確認")),
        ("report_month", None, {"letter_date": "2026-11-02"}, ("更正公文日期", "—", "115/11/02")),
        ("course", {"delivery": "in_person"}, {"delivery": "online"}, ("研習方式", "實體研習", "數位／遠距研習")),
        ("course", None, {"audience": ["k12_teacher"]}, ("研習對象", "—", "高級中等以下學校編制內教師")),
        ("course", {"outcome": "manual"}, {"outcome": "pass"}, ("檢核結果", "須人工判斷", "通過")),
        ("external_courses", None, {"source": "county"}, ("清單來源", "—", "縣市研習系統")),
        ("office_user", {"active": True}, {"active": False}, ("啟用", "是", "否")),
        ("absence", None, {"count": 3, "scale": "small"}, ("規模", "—", "小型（small）")),
    ],
)
def test_values_read_as_their_labels(entity: str, old: dict | None, new: dict, line: tuple[str, str, str]) -> None:
    row = AuditRow(1, datetime(2026, 1, 1, tzinfo=UTC), "系統", "system", entity, "x", "update", old, new, "")
    assert line in change_lines(row)
