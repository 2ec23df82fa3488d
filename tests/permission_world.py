"""Two sides of the same records for the permission test: everything of 臺北市立建國高級中學 (the signed-in
clerk's district and the coordinator's own school: in scope) and the same of 高雄市立高雄高級中學 (another
district: out of scope) — applications in each state, courses in each state, an awarded course with
certificates, a back-end county's report month.

Imported by tests/services/test_permissions.py (not a test module itself).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

from account_world import SCHOOL_KHH, SCHOOL_TPE, business_input
from attendance_world import DAY, AttendanceWorld, CourseRef, add_course, add_teachers, build_attendance_world
from course_world import add_course as add_draft
from sqlalchemy import select, update

from ntip_desktop.models import AccountApplication, County, CourseState, FaxCheckItem, ReportingMode, Teacher
from ntip_desktop.services import accounts, attendance, certificates, courses
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.db import Database


@dataclass(frozen=True)
class Side:
    """The records of one school, each in the state a use case needs."""

    name: str  #: ``in`` or ``out``
    org_code: str
    county_code: str  #: a back-end county (report months)
    coordinator: CurrentUser  #: the school's own coordinator
    clerk: CurrentUser  #: a clerk of the school's district
    pending: str  #: application number, waiting for the fax
    pending_id: uuid.UUID
    received: str  #: fax received, every check ticked
    returned: str  #: returned for correction
    business_login: str  #: an approved business account
    draft: uuid.UUID  #: a draft course
    submitted: uuid.UUID  #: a submitted course, its checklist stored
    submitted_code: str
    auto_check: str  #: a check of the submitted course that the rules decided (not a manual one)
    awarded: CourseRef  #: an awarded course with attendance and certificates
    approved: CourseRef  #: an approved course whose hours are not awarded yet (its roster may still change)
    certificate: str  #: number of a current certificate of the awarded course
    certificate_code: str  #: its verification code
    teacher_id: str  #: national ID of a teacher of the awarded course
    external_list: str  #: an imported external course list (source ``county``)


@dataclass(frozen=True)
class PermissionWorld:
    base: AttendanceWorld
    inside: Side
    outside: Side

    def roles(self) -> dict[str, CurrentUser]:
        """One signed-in user of each role; the clerk and the coordinator are scoped to the inside."""
        return {
            "admin": self.base.admin,
            "district_clerk": self.base.clerk,
            "school_coordinator": self.base.coordinator,
            "certificate_staff": self.base.certificate_staff,
        }


def _applications(db: Database, org_code: str, prefix: str, coordinator: CurrentUser, clerk: CurrentUser) -> dict:
    numbers = {}
    with db.session() as s:
        for state in ("pending", "received", "returned", "approved"):
            numbers[state] = accounts.submit_application(
                s, coordinator, business_input(organization_code=org_code, login_id=f"{prefix}.{state}")
            ).number
    with db.session() as s:
        for state in ("received", "returned", "approved"):
            accounts.record_fax_received(s, clerk, numbers[state], pages=1)
        for state in ("received", "approved"):
            for item in FaxCheckItem:
                accounts.set_fax_check(s, clerk, numbers[state], item, True)
        accounts.return_for_correction(s, clerk, numbers["returned"], "缺單位主管簽章")
        accounts.approve(s, clerk, numbers["approved"])
        numbers["pending_id"] = s.execute(
            select(AccountApplication.id).where(AccountApplication.number == numbers["pending"])
        ).scalar_one()
    return numbers


def _side(
    db: Database,
    name: str,
    org_code: str,
    county_code: str,
    coordinator: CurrentUser,
    clerk: CurrentUser,
    awarded: CourseRef,
    admin: CurrentUser,
    serial: int,
) -> Side:
    approved = add_course(
        db,
        code=f"115P{serial:03d}3",
        title="尚未核發的研習",
        teacher_ids=awarded.teachers,
        day=DAY + timedelta(days=1),
        org_code=org_code,
    )
    prefix = "ckhs" if name == "in" else "kshs"
    apps = _applications(db, org_code, prefix, coordinator, clerk)
    draft = add_draft(db, org_code=org_code, code=f"115P{serial:03d}1", state=CourseState.DRAFT)
    submitted = add_draft(db, org_code=org_code, code=f"115P{serial:03d}2", state=CourseState.DRAFT, segments=2)
    with db.session() as s:
        courses.decide(s, coordinator, submitted, "submit")
    with db.session() as s:
        review = courses.course_review(s, submitted)
        assert review is not None
        auto = next(i.check_id for i in courses.items_in_order(review) if i.check_id not in courses.MANUAL_CHECKS)
        attendance.award_course(s, admin, awarded.id)
    with db.session() as s:
        issued = certificates.issue_certificates(s, admin, certificates.Selection(course_code=awarded.code))
        first = issued.issued[0]
        national_id = s.execute(select(Teacher.national_id).where(Teacher.id == awarded.teachers[0])).scalar_one()
    with db.session() as s:
        external = f"{prefix} 縣市清單"
        courses.import_external_list(
            s,
            admin,
            "主辦單位,開始日期,研習名稱\n他校,2026-01-05,其他研習\n".encode(),
            "list.csv",
            "county",
            external,
        )
    return Side(
        name=name,
        org_code=org_code,
        county_code=county_code,
        coordinator=coordinator,
        clerk=clerk,
        pending=apps["pending"],
        pending_id=apps["pending_id"],
        received=apps["received"],
        returned=apps["returned"],
        business_login=f"{prefix}.approved",
        draft=draft,
        submitted=submitted,
        submitted_code=f"115P{serial:03d}2",
        auto_check=auto,
        awarded=awarded,
        approved=approved,
        certificate=first.number,
        certificate_code=first.code,
        teacher_id=national_id,
        external_list=external,
    )


def build_permission_world(db: Database) -> PermissionWorld:
    base = build_attendance_world(db, teachers=2)
    with db.session() as s:  # both counties report through the back end: each side has report months
        s.execute(update(County).values(reporting_mode=ReportingMode.BACK_END))
    khh_teachers = add_teachers(db, 2, first=101)
    khh_course = add_course(
        db,
        code="115K0001",
        title="高雄場研習",
        teacher_ids=khh_teachers,
        org_code=SCHOOL_KHH,
        state=CourseState.APPROVED,
    )
    inside = _side(db, "in", SCHOOL_TPE, "63", base.coordinator, base.clerk, base.course, base.admin, 1)
    outside = _side(db, "out", SCHOOL_KHH, "64", base.other_coordinator, base.other_clerk, khh_course, base.admin, 2)
    return PermissionWorld(base, inside, outside)
