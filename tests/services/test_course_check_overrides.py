"""Each check of the CRS table, with and without the reviewer's answer: a course the check fails (or leaves
to a person) is not approved, and the refusal names that check; after an override with a reason (a manual
answer; for Art 9 the consent document) it is. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from account_world import World, build_world
from course_world import START, add_course
from sqlalchemy import select

from ntip_desktop.errors import UserError
from ntip_desktop.models import AuditEntry, CourseState
from ntip_desktop.services import courses
from ntip_desktop.services.db import Database
from ntip_desktop.services.rules.checklist import CHECK_IDS
from ntip_desktop.vocabulary import CheckOutcome

#: How to make each check fail (or stay manual) by changing the course; {} keeps the well-formed course.
BREAKS: dict[str, dict[str, Any]] = {
    "art7.organizer": {"organizer_category": 3},  # 大學校院: needs the authority's approval document
    "art8.focus": {},  # always a person's judgement
    "art8.1.title": {"outline": "教學研習"},  # outline under 20 characters
    "art8.2.basis": {"basis_doc": "教育部來函"},  # not <issuer>字第<digits>號
    "art8.3.when_where": {"venue": ""},  # in person without a venue
    "art8.4.class_nature": {"class_nature": "讀書分享"},  # not in the controlled list
    "art8.5.audience": {"audience": []},
    "art8.6.subsidy": {"subsidy_unit": "教育部", "subsidy_amount": None},
    "art8.7.contact": {"contact_email": "wang at ck"},
    "art9.restricted": {"title": "教師瑜珈紓壓研習"},
    "art12.1.duplicate": {"registered_elsewhere": True},
    "art12.2.lead_time": {"registered_on": (START - timedelta(days=2)).date()},
}
#: art11.route names the review unit from the organiser (kind, county), which no field of the course
#: changes: an unroutable organiser cannot submit at all (test_course_review covers the routing).
UNBREAKABLE = {"art11.route"}
#: Manual by nature on the well-formed course: answered yes unless the case is about them.
MANUAL_ON_GOOD_COURSE = ("art8.focus", "art8.2.basis")


def test_the_table_covers_every_check() -> None:
    assert set(BREAKS) | UNBREAKABLE == {check_id for check_id, _ in CHECK_IDS}


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


def _outcome(db: Database, code: str, check_id: str) -> CheckOutcome:
    with db.session() as s:
        review = courses.course_review(s, courses.load_course(s, code).id)
        assert review is not None
        return next(i.outcome for i in review.items if i.check_id == check_id)


@pytest.mark.parametrize("check_id", sorted(BREAKS))
def test_each_check_blocks_approval_until_answered(database: Database, world: World, check_id: str) -> None:
    cid = add_course(database, **BREAKS[check_id])
    with database.session() as s:
        code = courses.decide(s, world.coordinator, cid, "submit").code
    outcome = _outcome(database, code, check_id)
    assert outcome in (CheckOutcome.FAIL, CheckOutcome.MANUAL)
    with database.session() as s:  # the other manual items answered: only this check stands in the way
        for other in MANUAL_ON_GOOD_COURSE:
            if other != check_id and _outcome(database, code, other) is CheckOutcome.MANUAL:
                courses.answer_manual(s, world.clerk, code, other, True, "")

    with pytest.raises(UserError) as refused, database.session() as s:
        courses.decide(s, world.clerk, code, "approve")
    if check_id == courses.RESTRICTED_CHECK:
        assert "第9條所列活動" in refused.value.message and refused.value.field == "consent_doc"
    else:
        assert refused.value.message.endswith(f"：{courses.check_title(check_id)}。請逐項處理，或寫明理由變更結果。")
    assert _state(database, code) is CourseState.SUBMITTED

    with database.session() as s:
        if check_id == courses.RESTRICTED_CHECK:
            courses.record_consent(s, world.clerk, code, "北市教研字第1153099999號")
        elif outcome is CheckOutcome.MANUAL:
            courses.answer_manual(s, world.clerk, code, check_id, True, "內容以教學專業為主")
        else:
            with pytest.raises(UserError, match="必須寫明理由"):
                courses.override_check(s, world.clerk, code, check_id, CheckOutcome.PASS, "")
            courses.override_check(s, world.clerk, code, check_id, CheckOutcome.PASS, "已電話確認，紙本資料完整")
    assert _outcome(database, code, check_id) is CheckOutcome.PASS
    with database.session() as s:
        assert courses.decide(s, world.clerk, code, "approve").new_state is CourseState.APPROVED
        actions = list(
            s.execute(
                select(AuditEntry.action).where(AuditEntry.entity == "course", AuditEntry.entity_id == code)
            ).scalars()
        )
    assert actions[0] == "submit" and actions[-1] == "approve"
    answered = {"art9.restricted": "record_consent"}.get(
        check_id, "answer_check" if outcome is CheckOutcome.MANUAL else "override_check"
    )
    assert answered in actions


def _state(db: Database, code: str) -> CourseState:
    with db.session() as s:
        return courses.load_course(s, code).state
