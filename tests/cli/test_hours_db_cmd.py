"""``ntip hours award``, ``attendance export`` and ``awards list`` as another program calls them (docs/cli.md), on both engines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

import pytest
from sqlalchemy import func, select

from ntip_desktop.models import AuditEntry, Course, CourseState, Enrollment, HourAward, Organization
from ntip_desktop.services.db import Database
from ntip_desktop.services.demo import seed

TODAY = date(2026, 11, 25)


def ntip(db: Database, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ntip_desktop.cli.main", "--db", db.url, *args],
        env=dict(os.environ),
        input=stdin,
        capture_output=True,
        timeout=300,
        text=True,
        encoding="utf-8",
    )


def _count(database: Database, model: type) -> int:
    with database.session() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


@pytest.fixture
def approved(database: Database) -> str:
    """The small demo; the code of an approved (not yet awarded) course with enrollments."""
    seed(database, "small", today=TODAY)
    with database.session() as s:
        return s.execute(
            select(Course.code)
            .join(Enrollment, Enrollment.course_id == Course.id)
            .where(Course.state == CourseState.APPROVED)
            .group_by(Course.code)
            .having(func.count() >= 2)
            .order_by(Course.code)
            .limit(1)
        ).scalar_one()


def test_award_a_course_then_list_it_and_award_again_changes_nothing(database: Database, approved: str) -> None:
    with database.session() as s:
        enrolled = set(
            s.execute(
                select(Enrollment.teacher_id)
                .join(Course, Course.id == Enrollment.course_id)
                .where(Course.code == approved)
            ).scalars()
        )
    assert json.loads(ntip(database, "awards", "list", "--course", approved, "--json").stdout) == []

    done = ntip(database, "hours", "award", "--course", approved.lower())
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(approved + "\t") and f"{len(enrolled)} 人" in done.stdout

    listed = json.loads(ntip(database, "awards", "list", "--course", approved, "--json").stdout)
    assert len(listed) == len(enrolled) == len({a["teacher"] for a in listed})
    assert {a["course"] for a in listed} == {approved}
    for award in listed:
        assert award["status"] in {"awarded", "capped", "void_unexcused", "not_completed"}
        assert award["rule_set"] and award["trace"] and isinstance(award["hours"], int)
    with database.session() as s:
        assert s.execute(select(Course.state).where(Course.code == approved)).scalar_one() is CourseState.AWARDED
        entries = s.execute(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "hour_award")
        ).scalar_one()
        assert entries >= len(enrolled)  # every new award audited

    audit_before, awards_before = _count(database, AuditEntry), _count(database, HourAward)
    again = ntip(database, "hours", "award", "--course", approved)
    assert again.returncode == 0, again.stderr
    assert (_count(database, AuditEntry), _count(database, HourAward)) == (audit_before, awards_before)
    assert json.loads(ntip(database, "awards", "list", "--course", approved, "--json").stdout) == listed


def test_exported_attendance_recomputes_to_the_stored_awards(database: Database, approved: str) -> None:
    """The consistency check of the issue: export, recompute outside the program, compare with the list."""
    assert ntip(database, "hours", "award", "--course", approved).returncode == 0
    exported = ntip(database, "attendance", "export", "--all", "--json")
    assert exported.returncode == 0, exported.stderr
    computed = ntip(database, "hours", "compute", "-", stdin=exported.stdout)
    assert computed.returncode == 0, computed.stderr
    recomputed = json.loads(computed.stdout)
    by_key = {(a["teacher"], a["course"]): (a["hours"], a["status"]) for a in recomputed["awards"]}

    listed = json.loads(ntip(database, "awards", "list", "--json").stdout)
    assert len(listed) == _count(database, HourAward) > 0
    assert approved in {a["course"] for a in listed}
    for award in listed:
        assert by_key.get((award["teacher"], award["course"])) == (award["hours"], award["status"]), award
        assert award["rule_set"] == recomputed["rule_set"]

    # One course's export holds its teachers' whole records, so it recomputes that course's awards too.
    one = ntip(database, "attendance", "export", "--course", approved, "--json")
    assert one.returncode == 0, one.stderr
    document = json.loads(one.stdout)
    assert approved in {c["code"] for c in document["courses"]}
    again = json.loads(ntip(database, "hours", "compute", "-", stdin=one.stdout).stdout)
    of_course = {(a["teacher"], a["hours"], a["status"]) for a in again["awards"] if a["course"] == approved}
    assert of_course == {(a["teacher"], a["hours"], a["status"]) for a in listed if a["course"] == approved}


def test_an_unknown_course_is_named_and_nothing_is_written(database: Database, approved: str) -> None:
    audit_before, awards_before = _count(database, AuditEntry), _count(database, HourAward)
    for args in (
        ("hours", "award", "--course", "1159999999"),
        ("attendance", "export", "--course", "1159999999", "--json"),
        ("awards", "list", "--course", "1159999999", "--json"),
    ):
        done = ntip(database, *args)
        assert done.returncode == 2, (args, done.stderr)
        assert "1159999999" in done.stderr and done.stdout == "", args
    assert (_count(database, AuditEntry), _count(database, HourAward)) == (audit_before, awards_before)
    usage = ntip(database, "hours", "award")
    assert usage.returncode == 2 and usage.stdout == ""


def test_award_all_of_a_county_year_then_everything_in_one_transaction(database: Database, approved: str) -> None:
    """``--all`` in one pass: a line per course in start order; ``--county``/``--year`` narrow it (beyond CLI.md)."""
    with database.session() as s:
        county, year = s.execute(
            select(Organization.county_code, Course.school_year)
            .join(Course, Course.organizer_id == Organization.id)
            .where(Course.code == approved)
        ).one()
        in_county_year = list(
            s.execute(
                select(Course.code)
                .join(Organization, Organization.id == Course.organizer_id)
                .where(
                    Organization.county_code == county,
                    Course.school_year == year,
                    Course.state.in_([CourseState.APPROVED, CourseState.AWARDED]),
                )
                .order_by(Course.start_at, Course.code)
            ).scalars()
        )
        states = dict(s.execute(select(Course.code, Course.state)).all())
    creditable = sum(state in {CourseState.APPROVED, CourseState.AWARDED} for state in states.values())
    approved = {code for code, state in states.items() if state is CourseState.APPROVED}

    done = ntip(database, "hours", "award", "--all", "--county", county, "--year", str(year))
    assert done.returncode == 0, done.stderr
    assert [line.split("\t")[0] for line in done.stdout.splitlines()] == in_county_year
    assert f"{len(in_county_year)} 門" in done.stderr
    with database.session() as s:
        states = dict(s.execute(select(Course.code, Course.state)).all())
    assert {code for code, state in states.items() if state is CourseState.APPROVED} == approved - set(in_county_year)
    assert {states[code] for code in in_county_year} == {CourseState.AWARDED}

    everything = ntip(database, "hours", "award", "--all")
    assert everything.returncode == 0, everything.stderr
    assert len(everything.stdout.splitlines()) == creditable
    audit_before, awards_before = _count(database, AuditEntry), _count(database, HourAward)
    again = ntip(database, "hours", "award", "--all")
    assert again.returncode == 0, again.stderr
    assert (_count(database, AuditEntry), _count(database, HourAward)) == (audit_before, awards_before)
    assert all("其他課程重算 0 筆" in line for line in again.stdout.splitlines())

    # Every stored award is what the engine computes from the exported attendance.
    exported = ntip(database, "attendance", "export", "--all", "--json")
    recomputed = json.loads(ntip(database, "hours", "compute", "-", stdin=exported.stdout).stdout)
    by_key = {(a["teacher"], a["course"]): (a["hours"], a["status"]) for a in recomputed["awards"]}
    listed = json.loads(ntip(database, "awards", "list", "--json").stdout)
    assert len(listed) == len(by_key)
    assert all(by_key[a["teacher"], a["course"]] == (a["hours"], a["status"]) for a in listed)


def test_county_and_year_are_checked_and_nothing_is_written(database: Database, approved: str) -> None:
    audit_before, awards_before = _count(database, AuditEntry), _count(database, HourAward)
    unknown = ntip(database, "hours", "award", "--all", "--county", "99", "--year", "114")
    assert unknown.returncode == 2 and "99" in unknown.stderr and unknown.stdout == ""
    mixed = ntip(database, "hours", "award", "--course", approved, "--county", "63")
    assert mixed.returncode == 2 and "--all" in mixed.stderr and mixed.stdout == ""
    assert (_count(database, AuditEntry), _count(database, HourAward)) == (audit_before, awards_before)
