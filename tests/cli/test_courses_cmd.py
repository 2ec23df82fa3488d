"""``ntip courses list|check`` as another program calls it (docs/cli.md), on both engines."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from account_world import SCHOOL_KHH, SCHOOL_TPE, World, build_world
from course_world import START, add_course
from sqlalchemy import select

from ntip_desktop.models import CourseState, Enrollment, Organization, Teacher
from ntip_desktop.services import courses
from ntip_desktop.services.attendance import award_course
from ntip_desktop.services.db import Database
from ntip_desktop.services.rules.checklist import CHECK_IDS
from ntip_desktop.vocabulary import CheckOutcome

YOGA = {
    "title": "教師瑜珈紓壓研習",
    "outline": "以瑜珈伸展與呼吸練習紓解教學壓力，並分享在課堂帶領學生伸展的方法與注意事項。",
}


def ntip(db: Database, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ntip_desktop.cli.main", "--db", db.url, "courses", *args],
        env=os.environ.copy(),
        capture_output=True,
        timeout=120,
        text=True,
        encoding="utf-8",
    )


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


@pytest.fixture
def codes(database: Database, world: World) -> dict[str, str]:
    """A draft, a submitted Art 9 course, one approved with hours awarded, one approved without."""
    add_course(database, code="115T0001")
    add_course(database, code="115T0002", session_label="第2場", **YOGA)
    awarded = add_course(database, code="115T0003", session_label="第3場", state=CourseState.APPROVED)
    add_course(database, code="115K0001", org_code=SCHOOL_KHH, state=CourseState.APPROVED)
    with database.session() as s:
        courses.decide(s, world.coordinator, "115T0002", "submit")
        org = s.execute(select(Organization).where(Organization.code == SCHOOL_TPE)).scalar_one()
        teacher = Teacher(national_id="A123456789", name="王大明", organization=org)
        s.add(teacher)
        s.flush()
        s.add(Enrollment(course_id=awarded, teacher_id=teacher.id, seat_no=1))
    with database.session() as s:
        award_course(s, world.admin, awarded)
    return {"draft": "115T0001", "yoga": "115T0002", "awarded": "115T0003", "approved": "115K0001"}


def test_list_json_gives_every_course_with_the_contract_fields(database: Database, codes: dict[str, str]) -> None:
    done = ntip(database, "list", "--json")
    assert done.returncode == 0, done.stderr
    listed = json.loads(done.stdout)
    assert [c["code"] for c in listed] == sorted(codes.values())
    yoga = next(c for c in listed if c["code"] == codes["yoga"])
    assert {k: yoga[k] for k in ("title", "state", "organizer", "start")} == {
        "title": "教師瑜珈紓壓研習",
        "state": "submitted",
        "organizer": "臺北市立建國高級中學",
        "start": START.isoformat(timespec="minutes"),
    }
    assert yoga["end"] > yoga["start"]
    states = {c["code"]: c["state"] for c in listed}
    assert states == {"115K0001": "approved", "115T0001": "draft", "115T0002": "submitted", "115T0003": "awarded"}


def test_list_filters_by_state_and_by_stored_awards(database: Database, codes: dict[str, str]) -> None:
    approved = json.loads(ntip(database, "list", "--state", "approved", "--json").stdout)
    assert [c["code"] for c in approved] == [codes["approved"]]
    awarded = json.loads(ntip(database, "list", "--awarded", "--json").stdout)
    assert [c["code"] for c in awarded] == [codes["awarded"]]  # the approved course has no award rows
    assert json.loads(ntip(database, "list", "--state", "rejected", "--json").stdout) == []
    bad = ntip(database, "list", "--state", "lost", "--json")
    assert bad.returncode == 2 and bad.stdout == "" and "lost" in bad.stderr


def test_check_prints_every_stored_check_and_exits_1_on_a_failure(database: Database, codes: dict[str, str]) -> None:
    done = ntip(database, "check", codes["yoga"], "--json")
    assert done.returncode == 1, done.stderr
    checks = json.loads(done.stdout)["checks"]
    assert [c["id"] for c in checks] == [check_id for check_id, _ in CHECK_IDS]
    art9 = next(c for c in checks if c["id"] == "art9.restricted")
    assert art9["outcome"] == "fail" and "瑜珈" in art9["message"] and "第9條" in art9["message"]
    assert {c["outcome"] for c in checks} <= {"pass", "warn", "fail", "manual"}


def test_check_shows_a_reviewers_override_in_force(database: Database, world: World, codes: dict[str, str]) -> None:
    with database.session() as s:
        courses.record_consent(s, world.clerk, codes["yoga"], "北市教研字第1153099999號")
        courses.override_check(s, world.clerk, codes["yoga"], "art8.focus", CheckOutcome.PASS, "內容與輔導知能相關")
    done = ntip(database, "check", codes["yoga"], "--json")
    assert done.returncode == 0, done.stdout
    checks = {c["id"]: c for c in json.loads(done.stdout)["checks"]}
    assert checks["art9.restricted"]["outcome"] == "pass"
    assert (checks["art8.focus"]["outcome"], checks["art8.focus"]["auto_outcome"]) == ("pass", "manual")


def test_check_of_a_draft_runs_the_checks_and_stores_nothing(database: Database, codes: dict[str, str]) -> None:
    done = ntip(database, "check", codes["draft"].lower(), "--json")
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["checks"]) == len(CHECK_IDS)
    with database.session() as s:
        assert courses.course_review(s, courses.load_course(s, codes["draft"]).id) is None


def test_check_of_an_unknown_code_exits_2_naming_it(database: Database, codes: dict[str, str]) -> None:
    done = ntip(database, "check", "115X9999", "--json")
    assert done.returncode == 2 and done.stdout == ""
    assert "115X9999" in done.stderr
