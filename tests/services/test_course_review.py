"""The course review desk's services (docs/rules.md CRS): routing, the stored checklist, decisions, audit."""

from __future__ import annotations

import pytest
from account_world import SCHOOL_KHH, World, build_world
from course_world import add_course
from sqlalchemy import select

from ntip_desktop.errors import ConflictError, PermissionDenied, UserError
from ntip_desktop.models import AuditEntry, Course, CourseState
from ntip_desktop.services import courses
from ntip_desktop.services.db import Database
from ntip_desktop.services.rules.checklist import CHECK_IDS
from ntip_desktop.vocabulary import CheckOutcome

S = CourseState


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


def _submitted(db: Database, w: World, **changes: object) -> str:
    cid = add_course(db, **changes)
    with db.session() as s:
        return courses.decide(s, w.coordinator, cid, "submit").code


def _outcomes(db: Database, code: str) -> dict[str, str]:
    with db.session() as s:
        course = courses.load_course(s, code)
        review = courses.course_review(s, course.id)
        assert review is not None
        return {i.check_id: i.outcome.value for i in courses.items_in_order(review)}


def _state(db: Database, code: str) -> CourseState:
    with db.session() as s:
        return courses.load_course(s, code).state


def _answer_manual_items(db: Database, w: World, code: str) -> None:
    with db.session() as s:
        for check in ("art8.focus", "art8.2.basis"):
            courses.answer_manual(s, w.clerk, code, check, True, "")


def test_submitting_routes_the_course_and_stores_every_check(database: Database, world: World) -> None:
    code = _submitted(database, world)
    with database.session() as s:
        course = courses.load_course(s, code)
        assert (course.state, course.review_unit) == (S.SUBMITTED, "authority:63")
        assert courses.unit_name(s, course.review_unit) == "臺北市政府教育局"
    outcomes = _outcomes(database, code)
    assert list(outcomes) == [check_id for check_id, _article in CHECK_IDS]
    assert outcomes["art8.focus"] == "manual" and outcomes["art8.2.basis"] == "manual"
    assert {k for k, v in outcomes.items() if v == "fail"} == set()


def test_a_course_is_approved_only_once_manual_items_are_answered(database: Database, world: World) -> None:
    code = _submitted(database, world)
    with pytest.raises(UserError, match="尚有 2 項檢核未通過或未判定") as refused, database.session() as s:
        courses.decide(s, world.clerk, code, "approve")
    assert refused.value.field == "checks"
    _answer_manual_items(database, world, code)
    with database.session() as s:
        move = courses.decide(s, world.clerk, code, "approve")
    assert (move.old_state, move.new_state) == (S.SUBMITTED, S.APPROVED)
    assert move.message == "已核准：115T0001 差異化教學策略工作坊"


def test_an_art9_hit_needs_the_consent_document_before_approval(database: Database, world: World) -> None:
    code = _submitted(
        database,
        world,
        title="教師瑜珈紓壓研習",
        outline="以瑜珈伸展與呼吸練習紓解教學壓力，並分享在課堂帶領學生伸展的方法與注意事項。",
    )
    assert _outcomes(database, code)["art9.restricted"] == "fail"
    _answer_manual_items(database, world, code)
    with pytest.raises(UserError, match="第9條所列活動") as refused, database.session() as s:
        courses.decide(s, world.clerk, code, "approve")
    assert refused.value.field == "consent_doc"
    with pytest.raises(UserError, match="不能以理由略過"), database.session() as s:
        courses.override_check(s, world.clerk, code, "art9.restricted", CheckOutcome.PASS, "主任說可以")
    with pytest.raises(UserError, match="同意文號格式不符"), database.session() as s:
        courses.record_consent(s, world.clerk, code, "同意")
    with database.session() as s:
        change = courses.record_consent(s, world.clerk, code, "北市教研字第1153099999號")
    assert change.outcome is CheckOutcome.PASS
    with database.session() as s:
        assert courses.decide(s, world.clerk, code, "approve").new_state is S.APPROVED


def test_a_failing_check_may_be_overridden_with_a_reason(database: Database, world: World) -> None:
    code = _submitted(database, world, class_nature="讀書分享")
    assert _outcomes(database, code)["art8.4.class_nature"] == "fail"
    _answer_manual_items(database, world, code)
    with pytest.raises(UserError, match="必須寫明理由"), database.session() as s:
        courses.override_check(s, world.clerk, code, "art8.4.class_nature", CheckOutcome.PASS, " ")
    with database.session() as s:
        courses.override_check(s, world.clerk, code, "art8.4.class_nature", CheckOutcome.PASS, "即讀書會，名稱不同")
    with database.session() as s:
        assert courses.decide(s, world.clerk, code, "approve").new_state is S.APPROVED
        entry = s.execute(
            select(AuditEntry).where(AuditEntry.entity == "course", AuditEntry.action == "override_check")
        ).scalar_one()
    assert entry.entity_id == code and entry.new["outcome"] == "pass" and entry.reason == "即讀書會，名稱不同"


def test_a_reviewer_of_another_office_cannot_decide(database: Database, world: World) -> None:
    code = _submitted(database, world)
    for action, kwargs in (("take", {}), ("approve", {}), ("reject", {"reason": "不符"})):
        with pytest.raises(PermissionDenied, match="由臺北市政府教育局審核"), database.session() as s:
            courses.decide(s, world.other_clerk, code, action, **kwargs)
    with pytest.raises(PermissionDenied), database.session() as s:
        courses.answer_manual(s, world.other_clerk, code, "art8.focus", True)
    assert _state(database, code) is S.SUBMITTED


def test_return_resubmit_and_the_audit_trail(database: Database, world: World) -> None:
    code = _submitted(database, world)
    with database.session() as s:
        courses.decide(s, world.clerk, code, "take")
    with pytest.raises(UserError, match="必須寫明"), database.session() as s:
        courses.decide(s, world.clerk, code, "return")
    with database.session() as s:
        courses.decide(s, world.clerk, code, "return", reason="請補課程大綱細節")
    with pytest.raises(PermissionDenied), database.session() as s:  # only the organiser's side resubmits
        courses.decide(s, world.other_clerk, code, "resubmit", reason="已補")
    with database.session() as s:
        courses.decide(s, world.coordinator, code, "resubmit", reason="已補充大綱")
        actions = [
            (e.action, e.old["state"], e.new["state"])
            for e in s.execute(
                select(AuditEntry).where(AuditEntry.entity == "course").order_by(AuditEntry.seq)
            ).scalars()
        ]
    assert actions == [
        ("submit", "draft", "submitted"),
        ("take", "submitted", "in_review"),
        ("return", "in_review", "returned"),
        ("resubmit", "returned", "submitted"),
    ]


def test_a_decision_on_a_stale_copy_is_refused(database: Database, world: World) -> None:
    code = _submitted(database, world)
    with database.session() as s:
        seen = courses.load_course(s, code).version
        courses.decide(s, world.admin, code, "take")
    with pytest.raises(ConflictError, match=r"已由 陳主任 於 .* 變更（目前狀態：審核中）"), database.session() as s:
        courses.decide(s, world.clerk, code, "reject", reason="重複", expected_version=seen)
    assert _state(database, code) is S.IN_REVIEW


def test_a_course_of_a_back_end_county_is_routed_to_its_authority(database: Database, world: World) -> None:
    cid = add_course(database, org_code=SCHOOL_KHH, code="115K0001")
    with database.session() as s:
        courses.decide(s, world.admin, cid, "submit")
        course = s.get(Course, cid)
        assert course is not None and course.review_unit == "authority:64"
    with pytest.raises(PermissionDenied), database.session() as s:
        courses.decide(s, world.clerk, cid, "take")
    with database.session() as s:
        assert courses.decide(s, world.other_clerk, cid, "take").new_state is S.IN_REVIEW


def test_a_confirmed_month_locks_its_courses_against_decisions(database: Database, world: World) -> None:
    """Art 12(3)(4): once 高雄市 confirms a month, its courses starting in it cannot move until amended."""
    from course_world import START

    from ntip_desktop.models import ReportMonth, ReportState

    cid = add_course(database, org_code=SCHOOL_KHH, code="115K0002")
    with database.session() as s:
        courses.decide(s, world.admin, cid, "submit")
        s.add(ReportMonth(county_code="64", year=START.year, month=START.month, state=ReportState.CONFIRMED))
    with pytest.raises(UserError, match="傳報已確認並鎖定") as refused, database.session() as s:
        courses.decide(s, world.other_clerk, cid, "take")
    assert refused.value.field == "month"
    with database.session() as s:
        month = s.execute(select(ReportMonth)).scalar_one()
        month.state = ReportState.AMENDING
    with database.session() as s:
        assert courses.decide(s, world.other_clerk, cid, "take").new_state is S.IN_REVIEW


def test_a_recheck_stores_new_outcomes_and_keeps_answers_that_still_apply(database: Database, world: World) -> None:
    """After a rule or data change the whole queue is checked again in bulk; a reviewer's answers stay."""
    from datetime import UTC, datetime

    from course_world import START

    from ntip_desktop.models import CourseReview, ExternalCourse

    code = _submitted(database, world)
    _answer_manual_items(database, world, code)
    other = add_course(database, code="115T0002", title="閱讀理解策略研習")
    with database.session() as s:  # a submitted course whose review was never stored
        courses.decide(s, world.coordinator, other, "submit")
        s.query(CourseReview).filter(CourseReview.course_id == other).delete()
        s.add(  # another site lists the first course: Art 12(1) should now warn
            ExternalCourse(source="county", list_name="縣市系統.xlsx", organizer="臺北市立建國高級中學",
                           start_on=START.date(), title="差異化教學策略工作坊", imported_at=datetime.now(UTC))
        )  # fmt: skip
    with database.session() as s:
        done = courses.recheck_open_courses(s, world.clerk)
    assert (done.courses, done.changed) == (2, 2)
    outcomes = _outcomes(database, code)
    assert outcomes["art12.1.duplicate"] == "warn"
    assert outcomes["art8.focus"] == "pass" and outcomes["art8.2.basis"] == "pass"  # answers kept
    assert len(_outcomes(database, "115T0002")) == len(CHECK_IDS)
    with database.session() as s:
        again = courses.recheck_open_courses(s, world.clerk)
    assert (again.courses, again.changed) == (2, 0)
