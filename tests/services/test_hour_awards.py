"""Hours from the database: caps see every course of a teacher; changes re-cut, audit and supersede."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.models import (
    Absence,
    AbsenceReason,
    Certificate,
    CertificateState,
    Course,
    CourseState,
    Delivery,
    Enrollment,
    HourAward,
    Organization,
    OrgKind,
    Ownership,
    Role,
    Segment,
    SegmentKind,
    Teacher,
)
from ntip_desktop.services import audit, auth, rulesets
from ntip_desktop.services.attendance import awards as hour_awards
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import Database


def _course(org: Organization, code: str, start: str, end: str, state=CourseState.APPROVED) -> Course:
    s, e = datetime.fromisoformat(start), datetime.fromisoformat(end)
    return Course(
        code=code,
        title=f"課程{code}",
        organizer=org,
        organizer_category=7,
        start_at=s,
        end_at=e,
        delivery=Delivery.IN_PERSON,
        state=state,
        school_year=115,
        segments=[Segment(label="s1", start_at=s, end_at=e, kind=SegmentKind.INSTRUCTION)],
    )


@pytest.fixture
def office(database: Database):
    with database.session() as s:
        admin = auth.create_first_admin(s, login="admin", display_name="陳主任", password="correct horse")
        org = Organization(
            code="383601", name="臺北市立建國高級中學", kind=OrgKind.SENIOR_HIGH, ownership=Ownership.MUNICIPAL
        )
        teacher = Teacher(national_id="A123456789", name="王大明", organization=org)
        morning = _course(org, "115A0001", "2026-03-02T09:00", "2026-03-02T12:00")
        afternoon = _course(org, "115A0002", "2026-03-02T13:00", "2026-03-02T17:00")
        s.add_all([org, teacher, morning, afternoon])
        s.flush()
        for c in (morning, afternoon):
            s.add(Enrollment(course=c, teacher=teacher, seat_no=1))
        ids = {"teacher": teacher.id, "morning": morning.id, "afternoon": afternoon.id}
    return admin, ids


def _award(database: Database, user, course_id):
    with database.session() as s:
        return hour_awards.award_course(s, user, course_id)


def _hours(database: Database, course_id) -> tuple[int, str, list[str]]:
    with database.session() as s:
        a = s.execute(select(HourAward).where(HourAward.course_id == course_id)).scalar_one()
        return a.hours, a.status.value, list(a.trace)


def test_daily_cap_counts_a_course_not_yet_awarded(database: Database, office) -> None:
    """Art 10(2): 6 h a day across all courses; the earlier morning course is credited first."""
    admin, ids = office
    summary = _award(database, admin, ids["afternoon"])
    assert summary.by_status == {"capped": 1} and summary.hours_total == 3
    hours, status, trace = _hours(database, ids["afternoon"])
    assert (hours, status) == (3, "capped")
    assert any("第10條第2款" in line for line in trace)
    assert summary.rule_set_version == "2009-10-08"


def test_leave_recomputes_supersedes_certificate_and_frees_the_cap(database: Database, office) -> None:
    admin, ids = office
    _award(database, admin, ids["afternoon"])
    _award(database, admin, ids["morning"])
    assert _hours(database, ids["morning"])[:2] == (3, "awarded")
    with database.session() as s:
        award = s.execute(select(HourAward).where(HourAward.course_id == ids["morning"])).scalar_one()
        s.add(
            Certificate(
                code="7KQ2M9XD4RTB",
                number="115-北市-000001",
                office_code="63",
                roc_year=115,
                serial=1,
                award=award,
                hours=3,
                snapshot={"number": "115-北市-000001", "hours": 3},
                rule_set_version="2009-10-08",
                pdf_sha256="0" * 64,
                state=CertificateState.ISSUED,
                issued_at=datetime(2026, 3, 10, tzinfo=UTC),
            )
        )
        enrollment = s.execute(select(Enrollment).where(Enrollment.course_id == ids["morning"])).scalar_one()
        seg = s.execute(select(Segment).where(Segment.course_id == ids["morning"])).scalar_one()
        s.add(Absence(enrollment=enrollment, segment_id=seg.id, minutes=60, reason=AbsenceReason.LEAVE))
    summary = _award(database, admin, ids["morning"])
    assert _hours(database, ids["morning"])[:2] == (2, "awarded")  # Art 10(5): 120 attended minutes → 2 h
    assert _hours(database, ids["afternoon"])[:2] == (4, "awarded")  # the cap now leaves room for all 4 h
    assert summary.certificates_superseded == 1 and summary.other_awards_changed == 1
    with database.session() as s:
        cert = s.execute(select(Certificate)).scalar_one()
        assert cert.state is CertificateState.SUPERSEDED and "出席紀錄變更" in (cert.end_reason or "")
        assert cert.ended_at is not None
        entries = audit.list_entries(s, console_user(), audit.AuditFilter(entity="certificate"))
        assert [(r.entity, r.entity_id, r.action) for r in entries] == [("certificate", "115-北市-000001", "supersede")]
        recomputes = audit.list_entries(s, console_user(), audit.AuditFilter(entity="hour_award"))
        assert {r.action for r in recomputes} >= {"award", "recompute"}
        assert any(r.old and r.old["hours"] == 3 and r.new["hours"] == 2 for r in recomputes)


def test_awarding_is_refused_before_approval_and_outside_the_organisers_scope(database: Database, office) -> None:
    admin, ids = office
    with database.session() as s:
        s.get(Course, ids["morning"]).state = CourseState.SUBMITTED
    with pytest.raises(UserError, match="需已核准"):
        _award(database, admin, ids["morning"])
    with database.session() as s:
        other = Organization(
            code="403303", name="高雄市立左營高中", kind=OrgKind.SENIOR_HIGH, ownership=Ownership.MUNICIPAL
        )
        s.add(other)
        s.flush()
        outsider, organiser = (
            auth.create_user(
                s,
                admin,
                login=login,
                display_name="張",
                password="12345678",
                role=Role.SCHOOL_COORDINATOR,
                organization_id=org_id,
            )
            for login, org_id in (
                ("zy_coord", other.id),
                ("ck_coord", s.get(Course, ids["afternoon"]).organizer_id),
            )
        )
    with pytest.raises(PermissionDenied, match="不能核發"):
        _award(database, outsider, ids["afternoon"])
    # The organising school's coordinator awards the course whose attendance they keep.
    assert _award(database, organiser, ids["afternoon"]).teachers == 1


def test_adjusted_rule_set_is_used_recorded_and_audited(database: Database, office) -> None:
    admin, ids = office
    with database.session() as s:
        saved = rulesets.save_adjusted(s, admin, {"daily_cap_hours": 8}, "本縣專案核准每日上限 8 小時")
    assert saved.version == "2009-10-08+1" and saved.changed == {"daily_cap_hours": 8}
    summary = _award(database, admin, ids["afternoon"])
    assert summary.rule_set_version == "2009-10-08+1"
    assert _hours(database, ids["afternoon"])[:2] == (4, "awarded")
    with database.session() as s:
        entry = audit.list_entries(s, console_user(), audit.AuditFilter(entity="rule_set"))[0]
        assert entry.old == {"version": "2009-10-08", "daily_cap_hours": 6}
        assert entry.new == {"version": "2009-10-08+1", "daily_cap_hours": 8}
        assert entry.reason == "本縣專案核准每日上限 8 小時"


def test_rule_set_adjustment_needs_reason_and_sane_values(database: Database, office) -> None:
    admin, _ = office
    with database.session() as s:
        with pytest.raises(UserError, match="原因"):
            rulesets.save_adjusted(s, admin, {"daily_cap_hours": 8}, " ")
        with pytest.raises(UserError, match="正整數"):
            rulesets.save_adjusted(s, admin, {"daily_cap_hours": -1}, "測試")
        with pytest.raises(UserError, match="不明的參數"):
            rulesets.save_adjusted(s, admin, {"nonsense": 1}, "測試")
        assert rulesets.rule_set_in_force(s).version == "2009-10-08"
