"""Re-awarding a county's school year in one pass stores what awarding course by course stores, on both engines.

The world has the caps cutting across courses: two courses on one day (the earlier one credited first), a
week over 35 hours, a course of another county that is only approved (it counts, but gets no award), an
awarded course of another county whose awards the caps re-cut, an unexcused third, and an issued
certificate whose hours change.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from account_world import SCHOOL_KHH
from attendance_world import (
    DAY,
    AttendanceWorld,
    CourseRef,
    SegmentSpec,
    add_course,
    add_teachers,
    build_attendance_world,
)
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.models import (
    Absence,
    AbsenceReason,
    AuditEntry,
    Certificate,
    CertificateState,
    Course,
    CourseState,
    HourAward,
    SegmentKind,
    Teacher,
)
from ntip_desktop.services import audit
from ntip_desktop.services.attendance import (
    AwardingCancelled,
    award_course,
    award_courses,
    county_year_course_ids,
)
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import Database

#: 臺北市, where the world's own courses are organised; 高雄市 is the other county.
TAIPEI, KAOHSIUNG = "63", "64"

#: Six creditable hours in a day: 08:00–10:00, 10:10–12:10, 13:10–15:10.
FULL_DAY = (
    SegmentSpec("S1", "08:00", "10:00"),
    SegmentSpec("茶敘", "10:00", "10:10", SegmentKind.TEA_BREAK),
    SegmentSpec("S2", "10:10", "12:10"),
    SegmentSpec("午休", "12:10", "13:10", SegmentKind.LUNCH),
    SegmentSpec("S3", "13:10", "15:10"),
)


def _two_hours(start: str, end: str) -> tuple[SegmentSpec, ...]:
    return (SegmentSpec("S1", start, end),)


class CapWorld:
    """Teachers 1–7 and the courses of the module's docstring, awarded so far as a year's run finds them.

    Teachers 1–5 attend 115T0001, the first course of the run; 6 and 7 do not, so their awards of courses
    awarded before are re-computed by a later step of a course-by-course run (115W0002's, 115T0002's).
    """

    def __init__(self, database: Database) -> None:
        # The world's course 115T0001 (Monday 09:00–14:40, 6 h) is still under review while others are awarded.
        self.base: AttendanceWorld = build_attendance_world(database, teachers=5, state=CourseState.SUBMITTED)
        t = (*self.base.course.teachers, *add_teachers(database, 2, first=6))
        self.teacher = {n: t[n - 1] for n in range(1, 8)}
        monday = DAY
        #: Monday afternoon, after 115T0001: awarded, then cut by the day cap once 115T0001 counts.
        self.afternoon = add_course(
            database,
            code="115T0002",
            title="午後場",
            teacher_ids=[t[0], t[1], t[6]],
            segments=_two_hours("15:00", "17:00"),
        )
        #: Monday evening in 高雄市: awarded, outside the county's run, its awards re-cut by the run.
        self.evening_khh = add_course(
            database,
            code="115K0001",
            title="高雄晚場",
            teacher_ids=[t[1], t[4], t[5]],
            segments=_two_hours("17:30", "19:30"),
            org_code=SCHOOL_KHH,
        )
        #: Tuesday early morning in 高雄市: only approved; it counts towards teacher 3's caps but is not stored.
        self.early_khh = add_course(
            database,
            code="115K0002",
            title="高雄晨間場",
            teacher_ids=[t[2]],
            day=monday + timedelta(days=1),
            segments=_two_hours("06:00", "08:00"),
            org_code=SCHOOL_KHH,
        )
        #: Tuesday to Saturday, six hours a day: with Monday, 36 hours in the week for teacher 3.
        self.week = [
            add_course(
                database,
                code=f"115W000{n}",
                title=f"週間研習第{n}天",
                teacher_ids=[t[2], t[5]] if n == 2 else [t[2]],
                day=monday + timedelta(days=n),
                segments=FULL_DAY,
            )
            for n in range(1, 6)
        ]
        admin = self.base.admin
        with database.session() as s:
            award_course(s, admin, self.afternoon.id)
            award_course(s, admin, self.evening_khh.id)
            award_id = s.execute(
                select(HourAward.id).where(
                    HourAward.course_id == self.afternoon.id, HourAward.teacher_id == self.teacher[1]
                )
            ).scalar_one()
            s.add(
                Certificate(
                    code="7KQ2M9XD4RTB",
                    number="115-北市-000001",
                    office_code=TAIPEI,
                    roc_year=115,
                    serial=1,
                    award_id=award_id,
                    hours=2,
                    snapshot={"number": "115-北市-000001", "hours": 2},
                    rule_set_version="2009-10-08",
                    pdf_sha256="0" * 64,
                    state=CertificateState.ISSUED,
                    issued_at=datetime(2026, 3, 10, tzinfo=UTC),
                )
            )
            s.execute(update(Course).where(Course.id == self.base.course.id).values(state=CourseState.APPROVED))
            course = self.base.course
            s.add_all(
                [
                    # Attendance corrected after the awards (as an import would): 60 minutes of leave each.
                    Absence(
                        enrollment_id=self.evening_khh.enrollments[2],
                        segment_id=self.evening_khh.segments["S1"],
                        minutes=60,
                        reason=AbsenceReason.LEAVE,
                    ),
                    Absence(
                        enrollment_id=self.afternoon.enrollments[2],
                        segment_id=self.afternoon.segments["S1"],
                        minutes=60,
                        reason=AbsenceReason.LEAVE,
                    ),
                    # Teacher 2 on leave for S1 (90 of 270 minutes): 4 h, which leaves room for the afternoon.
                    Absence(
                        enrollment_id=course.enrollments[1],
                        segment_id=course.segments["S1"],
                        minutes=90,
                        reason=AbsenceReason.LEAVE,
                    ),
                    # Teacher 4 unexcused for S2: a third of the creditable minutes voids the course.
                    Absence(
                        enrollment_id=course.enrollments[3],
                        segment_id=course.segments["S2"],
                        minutes=90,
                        reason=AbsenceReason.UNEXCUSED,
                    ),
                ]
            )

    @property
    def county_year(self) -> list[CourseRef]:
        return [self.base.course, self.afternoon, *self.week]


def _snapshot(s: Session, since_seq: int) -> dict[str, Any]:
    """What a user can check after the run: awards, certificates, course states, and the new audit entries."""
    nid = dict(s.execute(select(Teacher.id, Teacher.national_id)).all())
    code = dict(s.execute(select(Course.id, Course.code)).all())
    awards = {}
    award_key = {}
    for a in s.execute(select(HourAward)).scalars():
        key = (nid[a.teacher_id], code[a.course_id])
        awards[key] = (a.hours, a.status.value, list(a.trace), a.rule_set_version)
        award_key[str(a.id)] = key
    entries = [
        (
            e.entity,
            award_key.get(e.entity_id, e.entity_id) if e.entity == "hour_award" else e.entity_id,
            e.action,
            e.old,
            e.new,
            e.reason,
            e.actor_name,
        )
        for e in s.execute(select(AuditEntry).where(AuditEntry.seq > since_seq).order_by(AuditEntry.seq)).scalars()
    ]
    return {
        "awards": awards,
        "certificates": {
            number: (state, end_reason)
            for number, state, end_reason in s.execute(
                select(Certificate.number, Certificate.state, Certificate.end_reason)
            )
        },
        "courses": dict(s.execute(select(Course.code, Course.state)).all()),
        "audit": entries,
    }


def _last_seq(s: Session) -> int:
    return s.execute(select(func.coalesce(func.max(AuditEntry.seq), 0))).scalar_one()


def test_one_pass_stores_what_awarding_course_by_course_stores(database: Database) -> None:
    world = CapWorld(database)
    admin = world.base.admin
    with database.session() as s:
        ids = county_year_course_ids(s, TAIPEI, 114)
    assert ids == [c.id for c in world.county_year]  # start order; 高雄市's courses left out

    one_by_one = database.new_session()
    try:
        since = _last_seq(one_by_one)
        summaries = tuple(award_course(one_by_one, admin, cid) for cid in ids)
        one_by_one.flush()
        expected = _snapshot(one_by_one, since)
    finally:
        one_by_one.rollback()
        one_by_one.close()

    seen: list[tuple[int, int, str]] = []
    with database.session() as s:
        since = _last_seq(s)
        bulk = award_courses(s, admin, reversed(ids), progress=lambda *p: seen.append(p))
    with database.session() as s:
        got = _snapshot(s, since)
        assert audit.verify(s, console_user()).ok  # the entries written in bulk extend the hash chain

    assert bulk.courses == summaries  # what the command line prints, course by course
    assert got == expected
    assert seen and all(total >= done >= 0 and label for done, total, label in seen)

    with database.session() as s:
        nid = dict(s.execute(select(Teacher.id, Teacher.national_id)).all())
    t = {n: nid[world.teacher[n]] for n in range(1, 8)}
    awards = got["awards"]
    # Two courses on one day: 115T0001 now counts first, so the afternoon's 2 h are cut to 0 …
    assert awards[t[1], "115T0001"][:2] == (6, "awarded")
    assert awards[t[1], "115T0002"][:2] == (0, "capped")
    # … and the certificate that printed those 2 h is superseded, audited with the old and new hours.
    assert got["certificates"] == {
        "115-北市-000001": (CertificateState.SUPERSEDED, "出席紀錄變更，時數重新計算（規定 HRS-8）")
    }
    assert ("certificate", "115-北市-000001", "supersede") in [e[:3] for e in got["audit"]]
    # Teacher 2's leave leaves 4 + 2 h on Monday: the day is full, 高雄市's evening (awarded) is re-cut to 0.
    assert awards[t[2], "115T0001"][:2] == (4, "awarded")
    assert awards[t[2], "115T0002"][:2] == (2, "awarded")
    assert awards[t[2], "115K0001"][:2] == (0, "capped")
    recut = [e for e in got["audit"] if e[1] == (t[2], "115K0001")]
    assert [(e[2], e[3]["hours"], e[4]["hours"]) for e in recut] == [("recompute", 2, 0)]
    # A week over 35 h: Tuesday's early 高雄市 course (approved, not stored) takes 2 h of the day first.
    assert awards[t[3], "115W0001"][:2] == (4, "capped")
    assert awards[t[3], "115W0005"][:2] == (5, "capped")
    assert (t[3], "115K0002") not in awards
    assert any("35" in line for line in awards[t[3], "115W0005"][2])
    # An unexcused third voids the course.
    assert awards[t[4], "115T0001"][:2] == (0, "void_unexcused")
    # Corrections made after awarding are re-computed, by the step that reaches the teacher first.
    assert awards[t[6], "115K0001"][:2] == (1, "awarded")
    assert awards[t[7], "115T0002"][:2] == (1, "awarded")
    # 115T0001's step re-cuts teacher 1's afternoon and teachers 2 and 5's evening in 高雄市.
    assert [(c.course_code, c.other_awards_changed) for c in bulk.courses if c.other_awards_changed] == [
        ("115T0001", 3),
        ("115W0002", 1),
    ]
    assert {c.code: got["courses"][c.code] for c in world.county_year} == dict.fromkeys(
        (c.code for c in world.county_year), CourseState.AWARDED
    )
    assert got["courses"]["115K0002"] is CourseState.APPROVED
    assert bulk.awards_added == 5 + 5 + 1 and bulk.certificates_superseded == 1


def test_a_second_run_changes_nothing(database: Database) -> None:
    world = CapWorld(database)
    with database.session() as s:
        ids = county_year_course_ids(s, TAIPEI, None)
        award_courses(s, world.base.admin, ids)
    with database.session() as s:
        before = _last_seq(s)
        again = award_courses(s, world.base.admin, ids)
        assert _last_seq(s) == before
    assert (again.awards_added, again.awards_changed, again.certificates_superseded) == (0, 0, 0)
    assert [c.other_awards_changed for c in again.courses] == [0] * len(ids)


def test_cancel_and_refusals_write_nothing(database: Database) -> None:
    world = CapWorld(database)
    ids = [c.id for c in world.county_year]
    with database.session() as s:
        before = _snapshot(s, 0)

    calls = iter(range(1000))
    with pytest.raises(AwardingCancelled, match="已取消"), database.session() as s:
        award_courses(s, world.base.admin, ids, cancelled=lambda: next(calls) >= 3)

    with database.session() as s:
        s.execute(update(Course).where(Course.id == world.week[2].id).values(state=CourseState.SUBMITTED))
    with pytest.raises(UserError, match=r"週間研習第3天.*需已核准"), database.session() as s:
        award_courses(s, world.base.admin, ids)
    with database.session() as s:
        s.execute(update(Course).where(Course.id == world.week[2].id).values(state=CourseState.APPROVED))

    # 高雄中學's coordinator may not award 建國中學's courses; 建國中學's may not award 高雄市's.
    with pytest.raises(PermissionDenied, match="不能核發"), database.session() as s:
        award_courses(s, world.base.other_coordinator, ids)
    with pytest.raises(PermissionDenied, match="高雄"), database.session() as s:
        award_courses(s, world.base.coordinator, [*ids, world.early_khh.id])
    with pytest.raises(UserError, match="找不到此課程"), database.session() as s:
        award_courses(s, world.base.admin, [*ids, uuid.uuid4()])
    with database.session() as s:
        assert _snapshot(s, 0) == before

    # The organiser's coordinator awards their own courses.
    with database.session() as s:
        done = award_courses(s, world.base.coordinator, ids)
    assert [c.course_code for c in done.courses] == [c.code for c in world.county_year]


def test_the_county_and_year_select_the_courses(database: Database) -> None:
    world = CapWorld(database)
    with database.session() as s:
        assert county_year_course_ids(s, KAOHSIUNG, 114) == [world.evening_khh.id, world.early_khh.id]
        assert county_year_course_ids(s, TAIPEI, 113) == []
        assert len(county_year_course_ids(s, None, None)) == 9
        with pytest.raises(UserError, match="99"):
            county_year_course_ids(s, "99", 114)
        assert award_courses(s, world.base.admin, []).courses == ()
