"""The course record: the form's checks, creating a draft with its code, editing and correcting (audited)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from account_world import SCHOOL_KHH, SCHOOL_TPE, World, build_world
from course_world import START, add_course, course_input
from sqlalchemy import select

from ntip_desktop.errors import ConflictError, PermissionDenied, UserError
from ntip_desktop.models import AuditEntry, Course, CourseState, ReportMonth, ReportState, Segment
from ntip_desktop.services import courses
from ntip_desktop.services.courses import CourseInvalid, SegmentInput
from ntip_desktop.services.db import Database


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


def _audit(db: Database, entity_id: str) -> list[AuditEntry]:
    with db.session() as s:
        return list(
            s.execute(select(AuditEntry).where(AuditEntry.entity_id == entity_id).order_by(AuditEntry.seq)).scalars()
        )


def _outcome(db: Database, code: str, check_id: str) -> str:
    with db.session() as s:
        review = courses.course_review(s, courses.load_course(s, code).id)
        assert review is not None
        return next(i.outcome.value for i in review.items if i.check_id == check_id)


def test_check_names_every_bad_field_at_once(database: Database, world: World) -> None:
    bad = course_input(
        title=" ",
        end_at=START - timedelta(hours=1),
        subsidy_amount="三千",
        contact_email="wang@",
        delivery="hybrid",
        segments=(
            SegmentInput("S1", START, START + timedelta(hours=2), "instruction"),
            SegmentInput("S2", START + timedelta(hours=1), START + timedelta(hours=2), "nap"),
        ),
    )
    with database.session() as s:
        problems = courses.check_course(s, world.coordinator, bad)
    by_field = {p.field: p.message for p in problems if not p.warning}
    assert by_field["title"] == "請填研習名稱。"
    assert by_field["end_at"] == "結束時間須晚於開始時間。"
    assert by_field["subsidy_amount"] == "「三千」不是整數。"
    assert "電子郵件格式不正確" in by_field["contact_email"]
    assert "不是研習方式" in by_field["delivery"]
    segment_messages = [p.message for p in problems if p.field == "segments"]
    assert "第 2 段：「nap」不是時段類別。" in segment_messages
    assert "第 2 段：與時段「S1」時間重疊。" in segment_messages


def test_numbers_beyond_the_hour_rules_limits_are_refused(database: Database, world: World) -> None:
    # The limits of docs/rules.md: the hours engine would refuse such a course when its hours are awarded,
    # and a subsidy past the INTEGER column would be a database error rather than a message.
    data = course_input(delivery="credit", credits="101", certified_hours=1001, subsidy_amount=3_000_000_000)
    with database.session() as s:
        problems = courses.check_course(s, world.coordinator, data)
    by_field = {p.field: p.message for p in problems if not p.warning}
    assert by_field["credits"] == "須為 1 到 100 的整數。"
    assert by_field["certified_hours"] == "須為 0 到 1,000 的整數。"
    assert by_field["subsidy_amount"] == "須為 1 到 2,147,483,647 的整數。"


def test_a_segment_outside_the_course_is_refused_and_an_odd_basis_document_only_warned(
    database: Database, world: World
) -> None:
    data = course_input(
        basis_doc="教育局通知",
        segments=(SegmentInput("", START + timedelta(hours=2), START + timedelta(hours=4)),),
    )
    with database.session() as s:
        problems = courses.check_course(s, world.coordinator, data)
    assert [(p.field, p.message) for p in problems if not p.warning] == [
        ("segments", "第 1 段：時段不在課程的開始與結束時間之內。")
    ]
    assert [p.field for p in problems if p.warning] == ["basis_doc"]


def test_create_stores_a_draft_with_the_next_code_of_its_school_year(database: Database, world: World) -> None:
    with database.session() as s:
        first = courses.create_course(s, world.coordinator, course_input())
    with database.session() as s:
        second = courses.create_course(s, world.coordinator, course_input(title="閱讀理解教學研習"))
    year = START.year - 1911 if START.month >= 8 else START.year - 1912
    assert first.code == f"{year:03d}0000001" and second.code == f"{year:03d}0000002"
    assert first.state is CourseState.DRAFT
    assert first.message == f"已新增課程 {first.code} 差異化教學策略工作坊（草稿）"
    with database.session() as s:
        course = courses.load_course(s, first.code)
        assert [(g.label, g.topic) for g in course.segments] == [("S1", "理念"), ("S2", "實作")]
        assert course.school_year == year and course.organizer.code == SCHOOL_TPE
    [entry] = _audit(database, first.code)
    assert entry.action == "create" and entry.new["title"] == "差異化教學策略工作坊"
    assert [g["label"] for g in entry.new["segments"]] == ["S1", "S2"]


def test_create_refuses_bad_input_and_another_school(database: Database, world: World) -> None:
    with pytest.raises(CourseInvalid) as refused, database.session() as s:
        courses.create_course(s, world.coordinator, course_input(title=""))
    assert [p.field for p in refused.value.problems if not p.warning] == ["title"]
    with pytest.raises(PermissionDenied, match="不能替「高雄市立高雄高級中學」登錄"), database.session() as s:
        courses.create_course(s, world.coordinator, course_input(organizer_code=SCHOOL_KHH))
    with database.session() as s:
        assert s.execute(select(Course)).first() is None


def test_the_organiser_edits_a_draft_audited_old_to_new(database: Database, world: World) -> None:
    with database.session() as s:
        saved = courses.create_course(s, world.coordinator, course_input())
    new_segments = (SegmentInput("S1", START, START + timedelta(hours=3), "instruction", "全日實作"),)
    with database.session() as s:
        updated = courses.update_course(
            s,
            world.coordinator,
            saved.code,
            course_input(venue="建國中學視聽教室", segments=new_segments),
            expected_version=saved.version,
        )
    assert updated.version == saved.version + 1
    assert set(updated.changed) == {"venue", "segments"}
    entry = _audit(database, saved.code)[-1]
    assert entry.action == "update"
    assert entry.old["venue"] == "建國中學會議室" and entry.new["venue"] == "建國中學視聽教室"
    assert [g["label"] for g in entry.old["segments"]] == ["S1", "S2"]
    assert entry.new["segments"] == [
        {
            "label": "S1",
            "start": START.isoformat(),
            "end": (START + timedelta(hours=3)).isoformat(),
            "kind": "instruction",
            "topic": "全日實作",
        }
    ]
    with database.session() as s:
        assert [g.label for g in s.execute(select(Segment)).scalars()] == ["S1"]


def test_a_stale_update_is_refused_not_overwritten(database: Database, world: World) -> None:
    with database.session() as s:
        saved = courses.create_course(s, world.coordinator, course_input())
    with database.session() as s:
        courses.update_course(
            s, world.clerk, saved.code, course_input(venue="第二會議室"), expected_version=saved.version
        )
    with pytest.raises(ConflictError, match="林書記") as refused, database.session() as s:
        courses.update_course(
            s, world.coordinator, saved.code, course_input(venue="第三會議室"), expected_version=saved.version
        )
    assert "您看到的是舊資料" in refused.value.message
    with database.session() as s:
        assert courses.load_course(s, saved.code).venue == "第二會議室"


def test_a_clerk_corrects_a_submitted_course_only_with_a_reason(database: Database, world: World) -> None:
    cid = add_course(database, class_nature="工做坊")  # a typo: not on the controlled list
    with database.session() as s:
        moved = courses.decide(s, world.coordinator, cid, "submit")
    assert _outcome(database, moved.code, "art8.4.class_nature") == "fail"
    with database.session() as s:
        record = courses.course_record(s, world.clerk, moved.code)
    assert record.correction
    fixed = replace(record.data, class_nature="工作坊", contact_phone="02-2303-4381#202")
    with pytest.raises(UserError, match="必須寫明理由") as refused, database.session() as s:
        courses.update_course(s, world.clerk, moved.code, fixed, expected_version=record.version)
    assert refused.value.field == "reason"
    with pytest.raises(PermissionDenied, match="只有審核單位能更正"), database.session() as s:
        courses.update_course(s, world.coordinator, moved.code, fixed, expected_version=record.version, reason="x")
    with pytest.raises(PermissionDenied), database.session() as s:
        courses.update_course(s, world.other_clerk, moved.code, fixed, expected_version=record.version, reason="x")
    with database.session() as s:
        saved = courses.update_course(
            s, world.clerk, moved.code, fixed, expected_version=record.version, reason="依來文更正錯字"
        )
    assert saved.state is CourseState.SUBMITTED and saved.message.startswith("已更正課程")
    entry = _audit(database, moved.code)[-1]
    assert (entry.action, entry.reason, entry.actor_name) == ("correct", "依來文更正錯字", "林書記")
    assert entry.old == {"class_nature": "工做坊", "contact_phone": "02-2303-4381#201"}
    assert entry.new == {"class_nature": "工作坊", "contact_phone": "02-2303-4381#202"}
    assert _outcome(database, moved.code, "art8.4.class_nature") == "pass"  # the checklist ran again


def test_an_approved_course_cannot_be_edited(database: Database, world: World) -> None:
    code = "115T0009"
    add_course(database, code=code, state=CourseState.APPROVED)
    with pytest.raises(UserError, match="不能再修改") as refused, database.session() as s:
        courses.update_course(s, world.admin, code, course_input(), expected_version=None)
    assert refused.value.field == "state"


def test_a_confirmed_back_end_month_refuses_an_edit(database: Database, world: World) -> None:
    day = START.date()
    with database.session() as s:
        s.add(ReportMonth(county_code="64", year=day.year, month=day.month, state=ReportState.CONFIRMED))
    add_course(database, org_code=SCHOOL_KHH, code="115K0001")
    with database.session() as s:
        record = courses.course_record(s, world.other_clerk, "115K0001")
    with pytest.raises(UserError, match="已確認並鎖定") as refused, database.session() as s:
        courses.update_course(
            s, world.other_clerk, "115K0001", replace(record.data, venue="高雄中學禮堂"), expected_version=1
        )
    assert refused.value.field == "month"
    with pytest.raises(UserError, match="已確認並鎖定"), database.session() as s:
        courses.create_course(
            s, world.other_clerk, course_input(organizer_code=SCHOOL_KHH, basis_doc="高市教研字第1153012345號")
        )
    with database.session() as s:
        assert courses.load_course(s, "115K0001").venue == "建國中學會議室"
