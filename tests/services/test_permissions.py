"""Every service entry point checks who may call it: one table, generated from the permission matrix.

``CASES`` names each public use case (a function of a domain's ``__init__``, or of ``services.auth``, ``services.users``,
``services.audit``, ``services.backup``, ``services.rulesets``, ``services.lookups``, ``services.settings``, that takes a session or a
database), the permissions that let a role call it and how far each reaches (``Grant``), and a call with
valid arguments on one side's records. The test calls every case as every role, on the records of the
signed-in clerk's district and coordinator's school (in scope) and on those of another district (out of
scope), and expects exactly what ``services.auth.ROLE_PERMISSIONS`` says: the call works, or it raises
``PermissionDenied`` (a list leaves out what is out of scope instead; an import refuses the lines). Each call
runs in its own transaction, rolled back afterwards, so every call sees the same world.

A new public function that takes a session and is neither in ``CASES`` nor in ``EXEMPT`` (with the reason it
needs no user) fails ``test_every_public_entry_point_is_in_the_table``; one in ``CASES`` that does not check
fails ``test_every_role_gets_what_the_permission_matrix_says``.
"""

from __future__ import annotations

import enum
import inspect
import io
import itertools
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from account_world import TAIWAN, business_input
from attendance_world import DAY
from course_world import course_input
from permission_world import PermissionWorld, Side, build_permission_world
from sqlalchemy import select
from sqlalchemy.orm import Session

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.models import AbsenceReason, CheckOutcome, CourseState, Enrollment, FaxCheckItem, Role
from ntip_desktop.services import (
    accounts,
    attendance,
    audit,
    auth,
    backup,
    certificates,
    change_poll,
    courses,
    demo,
    lookups,
    packages,
    rulesets,
    settings,
    stats,
    users,
)
from ntip_desktop.services.accounts import ApplicationFilter, BulkTarget
from ntip_desktop.services.accounts.intake import AGREEMENT_VERSION, ContactChangeInput
from ntip_desktop.services.attendance import CellChange, Mark, RosterEntry
from ntip_desktop.services.auth import ROLE_PERMISSIONS, CurrentUser, Permission
from ntip_desktop.services.courses import CourseFilter
from ntip_desktop.services.db import Database
from ntip_desktop.services.rules.ids import make_id

P = Permission

#: The modules whose public functions are entry points: each domain's API and the shared use-case modules.
MODULES: dict[str, ModuleType] = {
    "accounts": accounts,
    "courses": courses,
    "attendance": attendance,
    "certificates": certificates,
    "packages": packages,
    "stats": stats,
    "demo": demo,
    "auth": auth,
    "users": users,
    "audit": audit,
    "backup": backup,
    "change_poll": change_poll,
    "rulesets": rulesets,
    "lookups": lookups,
    "settings": settings,
}


class Scope(enum.Enum):
    """How far a permission reaches for one use case."""

    ANYWHERE = "anywhere"  #: every record
    OWN = "own"  #: a clerk's district, a coordinator's school; the admin and certificate staff are not scoped
    DISTRICT = "district"  #: a clerk's district only (a coordinator's school does not count)


@dataclass(frozen=True)
class Grant:
    """One way to be allowed: a permission, and how far it reaches."""

    permission: Permission
    scope: Scope = Scope.OWN


#: Out-of-scope data: refused with PermissionDenied, left out of a list, or refused by line (an import).
DENY, HIDE, REFUSE = "denied", "hidden", "refused"


@dataclass(frozen=True)
class World:
    """What a call needs: the records of the side it works on, the whole world, a fresh folder."""

    side: Side
    whole: PermissionWorld
    folder: Path
    user: CurrentUser


Call = Callable[[Session, CurrentUser, World], Any]


@dataclass(frozen=True)
class Case:
    grants: tuple[Grant, ...] | None  #: None: every signed-in user may (e.g. their own password)
    call: Call
    out_of_scope: str = DENY
    #: For a list: whether the result shows the side's record (in scope: it must; out of scope: it must not).
    shows: Callable[[Any, Side], bool] | None = None


def g(*permissions: Permission, scope: Scope = Scope.OWN) -> tuple[Grant, ...]:
    return tuple(Grant(p, scope) for p in permissions)


ANYWHERE = Scope.ANYWHERE
REVIEW_OR_EDIT = g(P.REVIEW_COURSES, P.EDIT_COURSES)
DECIDE_OR_SUBMIT = g(P.DECIDE_ACCOUNTS, P.SUBMIT_APPLICATIONS)
VIEW_ATTENDANCE = (Grant(P.ISSUE_CERTIFICATES, ANYWHERE), Grant(P.RECORD_ATTENDANCE))
CERTIFICATES = g(P.ISSUE_CERTIFICATES, scope=ANYWHERE)


# --- the arguments of the calls ------------------------------------------------------------------------


def _csv(header: list[str], *rows: list[str]) -> bytes:
    return ("\ufeff" + "\n".join(",".join(r) for r in [header, *rows]) + "\n").encode("utf-8")


def _application_file(w: World) -> bytes:
    header = ["帳號類別", "身分類別", "機關代碼", "登入帳號", "申請人姓名", "申請人職稱", "承辦人姓名"]
    header += ["承辦人電話", "承辦人電子郵件", "同意書版本", "同意時間", "申請時間"]
    row = ["業務帳號", "各級學校", w.side.org_code, f"{w.side.name}.imported", "李校長", "校長", "王小明"]
    row += ["02-2303-4381#215", "train@example.edu.tw", AGREEMENT_VERSION, "115/03/02 09:15", "115/03/02 09:20"]
    return _csv(header, row)


def _course_file(w: World) -> bytes:
    day = (datetime.now(TAIWAN) + timedelta(days=40)).date().isoformat()
    header = ["主辦單位代碼", "研習名稱", "開始時間", "結束時間", "辦理單位資格", "班別性質"]
    return _csv(header, [w.side.org_code, "匯入的研習", f"{day} 09:00", f"{day} 12:00", "1", "研討會"])


def _external_file() -> bytes:
    return _csv(["主辦單位", "開始日期", "研習名稱"], ["他校", "2026-01-05", "其他研習"])


def _contact_change(w: World) -> ContactChangeInput:
    return ContactChangeInput(
        login_id=w.side.business_login,
        applicant_name="李校長",
        contact_name="陳新承辦",
        contact_phone="02-2303-4381#216",
        contact_email="new@example.edu.tw",
        change_reason="承辦人調職",
        agreement_version=AGREEMENT_VERSION,
        agreement_accepted_at=datetime.now(TAIWAN) - timedelta(minutes=5),
    )


def _course(s: Session, course_id: uuid.UUID) -> Any:
    return courses.load_course(s, course_id)


def _enrollment(s: Session, w: World) -> Enrollment:
    return s.execute(select(Enrollment).where(Enrollment.course_id == w.side.awarded.id)).scalars().first()


def _segment(w: World) -> uuid.UUID:
    return w.side.awarded.segments["S1"]


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGBA", (64, 64), (200, 0, 0, 255)).save(buffer, "PNG")
    return buffer.getvalue()


def _password(user: CurrentUser) -> str:
    return "correct horse" if user.login == "admin" else "office pass 1"


def _month() -> tuple[int, int]:
    last = date.today().replace(day=1) - timedelta(days=1)
    return last.year, last.month


def _package(s: Session, w: World) -> Path:
    """A package of the side's school for the month of its awarded course, signed by an installation the office
    registered (as the administrator, in the call's own transaction, rolled back with it)."""
    path = w.folder / "package.zip"
    packages.trust_installation(s, w.whole.base.admin, packages.installation_line(), w.side.org_code)
    packages.export_package(s, w.whole.base.admin, w.side.org_code, (DAY.year, DAY.month), path)
    return path


def _starter(s: Session, w: World) -> Path:
    """A starter file of the side's school, signed by this installation, which the database trusts for the
    school as a school computer trusts its office (as the administrator, rolled back with the call)."""
    path = w.folder / "starter.zip"
    packages.trust_installation(s, w.whole.base.admin, packages.installation_line(), w.side.org_code)
    packages.export_starter(
        s, w.whole.base.admin, org_code=w.side.org_code, coordinator_login=w.side.coordinator.login, out_path=path
    )
    return path


def _database_of(s: Session) -> Database:
    """The database the session works on (for the use cases that take the database itself)."""
    return Database(engine=s.get_bind())  # type: ignore[arg-type]


def _backup_file(s: Session, w: World) -> Path:
    """A backup of the world, taken by the person at the console."""
    return backup.backup_database(_database_of(s), auth.console_user(), w.folder / "world.zip").path


def _empty_database(w: World) -> Database:
    db = Database(str(w.folder / "restored.sqlite3"))
    db.upgrade(backup=False)
    return db


def _codes(rows: Any) -> set[str]:
    return {getattr(r, "code", None) or getattr(r, "number", None) for r in rows}


# --- the table ---------------------------------------------------------------------------------------------

CASES: dict[str, Case] = {
    # 帳號審核
    "accounts.answer_return": Case(
        g(P.SUBMIT_APPLICATIONS), lambda s, u, w: accounts.answer_return(s, u, w.side.returned, "已補簽章")
    ),
    "accounts.application_detail": Case(
        DECIDE_OR_SUBMIT, lambda s, u, w: accounts.application_detail(s, u, w.side.pending_id)
    ),
    "accounts.approve": Case(g(P.DECIDE_ACCOUNTS), lambda s, u, w: accounts.approve(s, u, w.side.received)),
    "accounts.count_applications": Case(
        DECIDE_OR_SUBMIT,
        lambda s, u, w: accounts.count_applications(s, u, ApplicationFilter(text=w.side.pending)),
        HIDE,
        lambda n, side: n == 1,
    ),
    "accounts.count_awaiting": Case(DECIDE_OR_SUBMIT, lambda s, u, w: accounts.count_awaiting(s, u), HIDE),
    "accounts.counties_in_scope": Case(
        DECIDE_OR_SUBMIT,
        lambda s, u, w: accounts.counties_in_scope(s, u),
        HIDE,
        lambda rows, side: side.county_code in {c.code for c in rows},
    ),
    "accounts.decide": Case(
        g(P.DECIDE_ACCOUNTS), lambda s, u, w: accounts.decide(s, u, w.side.pending, "reject", reason="資料不符")
    ),
    "accounts.decide_many": Case(
        g(P.DECIDE_ACCOUNTS),
        lambda s, u, w: accounts.decide_many(s, u, [BulkTarget(w.side.pending_id)], "reject", reason="資料不符"),
    ),
    "accounts.export_applications_xlsx": Case(
        DECIDE_OR_SUBMIT,
        lambda s, u, w: accounts.export_applications_xlsx(
            s, u, ApplicationFilter(text=w.side.pending), w.folder / "a.xlsx", heading="全部"
        ),
        HIDE,
        lambda done, side: done.rows == 1,
    ),
    "accounts.find_by_number": Case(DECIDE_OR_SUBMIT, lambda s, u, w: accounts.find_by_number(s, u, w.side.pending)),
    "accounts.import_applications": Case(
        g(P.SUBMIT_APPLICATIONS),
        lambda s, u, w: accounts.import_applications(s, u, _application_file(w), "a.csv"),
        REFUSE,
    ),
    "accounts.list_applications": Case(
        DECIDE_OR_SUBMIT,
        lambda s, u, w: accounts.list_applications(s, u, ApplicationFilter(text=w.side.pending)),
        HIDE,
        lambda rows, side: side.pending in _codes(rows),
    ),
    "accounts.preview_import": Case(
        g(P.SUBMIT_APPLICATIONS),
        lambda s, u, w: accounts.preview_import(s, u, _application_file(w), "a.csv"),
        HIDE,
        lambda preview, side: not preview.problems,
    ),
    "accounts.record_fax_received": Case(
        g(P.DECIDE_ACCOUNTS), lambda s, u, w: accounts.record_fax_received(s, u, w.side.pending, pages=2)
    ),
    "accounts.reject": Case(g(P.DECIDE_ACCOUNTS), lambda s, u, w: accounts.reject(s, u, w.side.pending, "資料不符")),
    "accounts.render_application_form": Case(
        g(P.SUBMIT_APPLICATIONS), lambda s, u, w: accounts.render_application_form(s, u, w.side.pending)
    ),
    "accounts.return_for_correction": Case(
        g(P.DECIDE_ACCOUNTS), lambda s, u, w: accounts.return_for_correction(s, u, w.side.pending, "缺印信")
    ),
    "accounts.set_fax_check": Case(
        g(P.DECIDE_ACCOUNTS),
        lambda s, u, w: accounts.set_fax_check(s, u, w.side.received, FaxCheckItem.SEAL, False),
    ),
    "accounts.submit_application": Case(
        g(P.SUBMIT_APPLICATIONS),
        lambda s, u, w: accounts.submit_application(
            s, u, business_input(organization_code=w.side.org_code, login_id=f"{w.side.name}.new")
        ),
    ),
    "accounts.submit_contact_change": Case(
        g(P.SUBMIT_APPLICATIONS), lambda s, u, w: accounts.submit_contact_change(s, u, _contact_change(w))
    ),
    # 課程審核
    "courses.answer_manual": Case(
        g(P.REVIEW_COURSES),
        lambda s, u, w: courses.answer_manual(s, u, w.side.submitted_code, "art8.focus", True),
    ),
    "courses.check_course": Case(
        REVIEW_OR_EDIT,
        lambda s, u, w: courses.check_course(s, u, course_input(w.side.org_code)),
        HIDE,
        lambda problems, side: not any(p.field == "organizer_code" for p in problems),
    ),
    "courses.check_view_scope": Case(
        REVIEW_OR_EDIT, lambda s, u, w: courses.check_view_scope(s, u, _course(s, w.side.submitted))
    ),
    "courses.count_courses": Case(
        REVIEW_OR_EDIT,
        lambda s, u, w: courses.count_courses(s, u, CourseFilter(text=w.side.submitted_code)),
        HIDE,
        lambda n, side: n == 1,
    ),
    "courses.counties_in_scope": Case(
        REVIEW_OR_EDIT,
        lambda s, u, w: courses.counties_in_scope(s, u),
        HIDE,
        lambda rows, side: side.county_code in {c.code for c in rows},
    ),
    "courses.counts_by_state": Case(
        REVIEW_OR_EDIT,
        lambda s, u, w: courses.counts_by_state(s, u, CourseFilter(text=w.side.submitted_code)),
        HIDE,
        lambda counts, side: counts[CourseState.SUBMITTED] == 1,
    ),
    "courses.course_checklists": Case(
        g(P.REVIEW_COURSES), lambda s, u, w: courses.course_checklists(s, u, [w.side.submitted])
    ),
    "courses.course_detail": Case(REVIEW_OR_EDIT, lambda s, u, w: courses.course_detail(s, u, w.side.submitted)),
    "courses.course_record": Case(REVIEW_OR_EDIT, lambda s, u, w: courses.course_record(s, u, w.side.draft)),
    "courses.create_course": Case(
        REVIEW_OR_EDIT, lambda s, u, w: courses.create_course(s, u, course_input(w.side.org_code))
    ),
    "courses.decide": Case(g(P.REVIEW_COURSES), lambda s, u, w: courses.decide(s, u, w.side.submitted, "take")),
    "courses.delete_external_list": Case(
        g(P.REVIEW_COURSES, scope=ANYWHERE),
        lambda s, u, w: courses.delete_external_list(s, u, "county", w.side.external_list),
    ),
    "courses.export_courses_xlsx": Case(
        REVIEW_OR_EDIT,
        lambda s, u, w: courses.export_courses_xlsx(s, u, [w.side.submitted], w.folder / "q.xlsx", heading="全部"),
    ),
    "courses.external_lists": Case(g(P.REVIEW_COURSES, scope=ANYWHERE), lambda s, u, w: courses.external_lists(s, u)),
    "courses.find_course": Case(REVIEW_OR_EDIT, lambda s, u, w: courses.find_course(s, u, w.side.submitted_code)),
    "courses.form_choices": Case(
        g(P.REVIEW_COURSES, P.EDIT_COURSES, scope=ANYWHERE), lambda s, u, w: courses.form_choices(s, u)
    ),
    "courses.import_courses": Case(
        REVIEW_OR_EDIT, lambda s, u, w: courses.import_courses(s, u, _course_file(w), "c.csv"), REFUSE
    ),
    "courses.import_external_list": Case(
        g(P.REVIEW_COURSES, scope=ANYWHERE),
        lambda s, u, w: courses.import_external_list(s, u, _external_file(), "x.csv", "county", "新清單"),
    ),
    "courses.list_courses": Case(
        REVIEW_OR_EDIT,
        lambda s, u, w: courses.list_courses(s, u, CourseFilter(text=w.side.submitted_code)),
        HIDE,
        lambda rows, side: side.submitted_code in _codes(rows),
    ),
    "courses.listed_courses": Case(
        REVIEW_OR_EDIT,
        lambda s, u, w: courses.listed_courses(s, u),
        HIDE,
        lambda rows, side: side.submitted_code in _codes(rows),
    ),
    "courses.months_of": Case(g(P.REPORT_MONTHS), lambda s, u, w: courses.months_of(s, u, w.side.county_code)),
    "courses.move_month": Case(
        g(P.REPORT_MONTHS, scope=Scope.DISTRICT),
        lambda s, u, w: courses.move_month(s, u, w.side.county_code, *_month(), "upload", records=3),
    ),
    "courses.override_check": Case(
        g(P.REVIEW_COURSES),
        lambda s, u, w: courses.override_check(
            s, u, w.side.submitted_code, w.side.auto_check, CheckOutcome.WARN, "依公文補正"
        ),
    ),
    "courses.preview_external": Case(
        g(P.REVIEW_COURSES, scope=ANYWHERE), lambda s, u, w: courses.preview_external(s, u, _external_file(), "x.csv")
    ),
    "courses.preview_import": Case(
        REVIEW_OR_EDIT,
        lambda s, u, w: courses.preview_import(s, u, _course_file(w), "c.csv"),
        HIDE,
        lambda preview, side: not preview.problems,
    ),
    "courses.recheck_open_courses": Case(
        g(P.REVIEW_COURSES, scope=ANYWHERE), lambda s, u, w: courses.recheck_open_courses(s, u)
    ),
    "courses.record_consent": Case(
        g(P.REVIEW_COURSES),
        lambda s, u, w: courses.record_consent(s, u, w.side.submitted_code, "北市教研字第1083012345號"),
    ),
    "courses.render_review_sheet": Case(
        REVIEW_OR_EDIT, lambda s, u, w: courses.render_review_sheet(s, u, w.side.submitted)
    ),
    "courses.stored_checklist": Case(
        REVIEW_OR_EDIT, lambda s, u, w: courses.stored_checklist(s, u, w.side.submitted_code)
    ),
    "courses.units_of": Case(None, lambda s, u, w: courses.units_of(s, u)),
    "courses.update_course": Case(
        REVIEW_OR_EDIT,
        lambda s, u, w: courses.update_course(
            s, u, w.side.draft, course_input(w.side.org_code, title="更名的研習"), expected_version=None
        ),
    ),
    # 出席登錄
    "attendance.award_course": Case(VIEW_ATTENDANCE, lambda s, u, w: attendance.award_course(s, u, w.side.awarded.id)),
    "attendance.award_courses": Case(
        VIEW_ATTENDANCE, lambda s, u, w: attendance.award_courses(s, u, [w.side.awarded.id], reason="重新核算")
    ),
    "attendance.award_course_by_code": Case(
        VIEW_ATTENDANCE, lambda s, u, w: attendance.award_course_by_code(s, u, w.side.awarded.code)
    ),
    "attendance.count_attendance_courses": Case(
        VIEW_ATTENDANCE,
        lambda s, u, w: attendance.count_attendance_courses(s, u, w.side.awarded.code),
        HIDE,
        lambda n, side: n == 1,
    ),
    "attendance.creditable_course_codes": Case(CERTIFICATES, lambda s, u, w: attendance.creditable_course_codes(s, u)),
    "attendance.enrol": Case(
        g(P.RECORD_ATTENDANCE),
        lambda s, u, w: attendance.enrol(
            s, u, w.side.awarded.id, [RosterEntry(make_id("A", "19999999"), "新教師", w.side.org_code)]
        ),
    ),
    "attendance.export_attendance": Case(
        CERTIFICATES, lambda s, u, w: attendance.export_attendance(s, u, w.side.awarded.code)
    ),
    "attendance.list_attendance_courses": Case(
        VIEW_ATTENDANCE,
        lambda s, u, w: attendance.list_attendance_courses(s, u, w.side.awarded.code),
        HIDE,
        lambda rows, side: side.awarded.code in _codes(rows),
    ),
    "attendance.list_awards": Case(CERTIFICATES, lambda s, u, w: attendance.list_awards(s, u, w.side.awarded.code)),
    "attendance.live_hours": Case(VIEW_ATTENDANCE, lambda s, u, w: attendance.live_hours(s, u, w.side.awarded.id)),
    "attendance.load_grid": Case(VIEW_ATTENDANCE, lambda s, u, w: attendance.load_grid(s, u, w.side.awarded.id)),
    "attendance.lookup_teacher": Case(
        g(P.RECORD_ATTENDANCE, scope=ANYWHERE), lambda s, u, w: attendance.lookup_teacher(s, u, w.side.teacher_id)
    ),
    "attendance.set_marks": Case(
        g(P.RECORD_ATTENDANCE),
        lambda s, u, w: attendance.set_marks(
            s,
            u,
            w.side.awarded.id,
            [CellChange(w.side.awarded.enrollments[0], _segment(w), None, Mark(10, AbsenceReason.LEAVE))],
            reason="補登請假",
        ),
    ),
    "attendance.set_roll_taken": Case(
        g(P.RECORD_ATTENDANCE),
        lambda s, u, w: attendance.set_roll_taken(s, u, w.side.awarded.id, [_segment(w)], True),
    ),
    "attendance.signin_sheet_pdf": Case(
        VIEW_ATTENDANCE, lambda s, u, w: attendance.signin_sheet_pdf(s, u, w.side.awarded.id)
    ),
    "attendance.unenrol": Case(
        g(P.RECORD_ATTENDANCE),
        lambda s, u, w: attendance.unenrol(s, u, w.side.approved.id, [w.side.approved.enrollments[0]], reason="未報到"),
    ),
    "attendance.unrecorded_segments": Case(
        VIEW_ATTENDANCE, lambda s, u, w: attendance.unrecorded_segments(s, u, w.side.awarded.id)
    ),
    # 時數證明
    "certificates.annual_record": Case(
        CERTIFICATES, lambda s, u, w: certificates.annual_record(s, u, w.side.teacher_id, DAY.year - 1911)
    ),
    "certificates.annual_record_pdf": Case(
        CERTIFICATES, lambda s, u, w: certificates.annual_record_pdf(s, u, w.side.teacher_id, DAY.year - 1911)
    ),
    "certificates.certificates_pdf": Case(
        CERTIFICATES, lambda s, u, w: certificates.certificates_pdf(s, u, [w.side.certificate])
    ),
    "certificates.count_certificate_courses": Case(
        CERTIFICATES, lambda s, u, w: certificates.count_certificate_courses(s, u, w.side.awarded.code)
    ),
    "certificates.course_certificates": Case(
        CERTIFICATES, lambda s, u, w: certificates.course_certificates(s, u, w.side.awarded.code)
    ),
    "certificates.count_verifications": Case(CERTIFICATES, lambda s, u, w: certificates.count_verifications(s, u)),
    "certificates.export_course": Case(
        CERTIFICATES, lambda s, u, w: certificates.export_course(s, u, w.side.awarded.code, w.folder)
    ),
    "certificates.issue_certificates": Case(
        CERTIFICATES,
        lambda s, u, w: certificates.issue_certificates(s, u, certificates.Selection(course_code=w.side.awarded.code)),
    ),
    "certificates.issuing_offices": Case(CERTIFICATES, lambda s, u, w: certificates.issuing_offices(s, u)),
    "certificates.list_certificates": Case(
        CERTIFICATES, lambda s, u, w: certificates.list_certificates(s, u, w.side.awarded.code)
    ),
    "certificates.list_certificate_courses": Case(
        CERTIFICATES, lambda s, u, w: certificates.list_certificate_courses(s, u, w.side.awarded.code)
    ),
    "certificates.list_printer_offsets": Case(CERTIFICATES, lambda s, u, w: certificates.list_printer_offsets(s, u)),
    "certificates.reissue_certificate": Case(
        CERTIFICATES, lambda s, u, w: certificates.reissue_certificate(s, u, w.side.certificate, "姓名誤植")
    ),
    "certificates.remove_seal": Case(CERTIFICATES, lambda s, u, w: certificates.remove_seal(s, u, w.side.county_code)),
    "certificates.revoke_certificate": Case(
        CERTIFICATES, lambda s, u, w: certificates.revoke_certificate(s, u, w.side.certificate, "重複核發")
    ),
    "certificates.seal_image": Case(CERTIFICATES, lambda s, u, w: certificates.seal_image(s, u, w.side.county_code)),
    "certificates.seal_version": Case(
        CERTIFICATES, lambda s, u, w: certificates.seal_version(s, u, w.side.county_code)
    ),
    "certificates.set_printer_offset": Case(
        CERTIFICATES, lambda s, u, w: certificates.set_printer_offset(s, u, "辦公室印表機", 1.0, -0.5)
    ),
    "certificates.store_seal": Case(
        CERTIFICATES, lambda s, u, w: certificates.store_seal(s, u, w.side.county_code, _png())
    ),
    "certificates.verify_certificate": Case(
        None, lambda s, u, w: certificates.verify_certificate(s, u, w.side.certificate_code)
    ),
    # 月報傳報
    # 月報傳報: report packages
    "packages.export_package": Case(
        g(P.REPORT_MONTHS),
        lambda s, u, w: packages.export_package(s, u, w.side.org_code, (DAY.year, DAY.month), w.folder / "out.zip"),
    ),
    "packages.verify_package": Case(
        g(P.REPORT_MONTHS, scope=ANYWHERE), lambda s, u, w: packages.verify_package(s, u, _package(s, w))
    ),
    "packages.preview_import": Case(
        g(P.REPORT_MONTHS, scope=Scope.DISTRICT), lambda s, u, w: packages.preview_import(s, u, _package(s, w))
    ),
    "packages.import_package": Case(
        g(P.REPORT_MONTHS, scope=Scope.DISTRICT), lambda s, u, w: packages.import_package(s, u, _package(s, w))
    ),
    "packages.own_organization": Case(
        g(P.REPORT_MONTHS, scope=ANYWHERE), lambda s, u, w: packages.own_organization(s, u)
    ),
    "packages.trust_installation": Case(
        g(P.REPORT_MONTHS, scope=Scope.DISTRICT),
        lambda s, u, w: packages.trust_installation(s, u, packages.installation_line(), w.side.org_code),
    ),
    "packages.export_starter": Case(  # as registering a school computer: the district's clerks, the admin
        g(P.REPORT_MONTHS, scope=Scope.DISTRICT),
        lambda s, u, w: packages.export_starter(
            s, u, org_code=w.side.org_code, coordinator_login=w.side.coordinator.login, out_path=w.folder / "s.zip"
        ),
    ),
    "packages.refresh_from_starter": Case(  # as exporting: the side's coordinator, its district's clerks, the admin
        g(P.REPORT_MONTHS), lambda s, u, w: packages.refresh_from_starter(s, u, _starter(s, w))
    ),
    "packages.starter_schools": Case(  # the starter file's chooser: out of scope (any school for a coordinator)
        g(P.REPORT_MONTHS, scope=Scope.DISTRICT),
        lambda s, u, w: packages.starter_schools(s, u),
        out_of_scope=HIDE,
        shows=lambda result, side: any(school.code == side.org_code for school in result),
    ),
    # 統計報表: asked for the side's county, a clerk of another district is refused
    "stats.course_figures": Case(
        g(P.VIEW_STATISTICS),
        lambda s, u, w: stats.course_figures(s, u, stats.StatsFilter(county_code=w.side.county_code)),
    ),
    "stats.hour_figures": Case(
        (Grant(P.VIEW_STATISTICS), Grant(P.ISSUE_CERTIFICATES, ANYWHERE)),
        lambda s, u, w: stats.hour_figures(s, u, stats.StatsFilter(county_code=w.side.county_code)),
    ),
    "stats.account_figures": Case(
        g(P.VIEW_STATISTICS),
        lambda s, u, w: stats.account_figures(s, u, stats.StatsFilter(county_code=w.side.county_code)),
    ),
    "stats.write_figures_pdf": Case(
        g(P.VIEW_STATISTICS),
        lambda s, u, w: stats.write_figures_pdf(
            s, u, w.folder / "統計.pdf", stats.course_figures(s, u, stats.StatsFilter(county_code=w.side.county_code))
        ),
    ),
    "stats.stats_counties": Case(
        g(P.VIEW_STATISTICS),
        lambda s, u, w: stats.stats_counties(s, u),
        out_of_scope=HIDE,
        shows=lambda counties, side: side.county_code in {c.code for c in counties},
    ),
    # 使用者、稽核紀錄、規則
    "auth.change_password": Case(None, lambda s, u, w: auth.change_password(s, u, _password(u), "a new password 9")),
    "auth.confirm_password": Case(None, lambda s, u, w: auth.confirm_password(s, u, _password(u))),
    "auth.create_user": Case(
        g(P.MANAGE_USERS, scope=ANYWHERE),
        lambda s, u, w: auth.create_user(
            s, u, login="newadmin", display_name="新管理者", password="new admin pass", role=Role.ADMIN
        ),
    ),
    "users.list_users": Case(g(P.MANAGE_USERS, scope=ANYWHERE), lambda s, u, w: users.list_users(s, u)),
    "users.unlock_user": Case(
        g(P.MANAGE_USERS, scope=ANYWHERE), lambda s, u, w: users.unlock_user(s, u, w.side.clerk.id)
    ),
    "users.update_user": Case(
        g(P.MANAGE_USERS, scope=ANYWHERE),
        lambda s, u, w: users.update_user(
            s,
            u,
            w.side.clerk.id,
            display_name="改名的書記",
            role=Role.DISTRICT_CLERK,
            district_center_id=w.side.clerk.district_center_id,
            expected_version=None,
        ),
    ),
    "users.set_user_active": Case(
        g(P.MANAGE_USERS, scope=ANYWHERE), lambda s, u, w: users.set_user_active(s, u, w.side.clerk.id, False, "離職")
    ),
    "users.reset_password": Case(
        g(P.MANAGE_USERS, scope=ANYWHERE),
        lambda s, u, w: users.reset_password(s, u, w.side.clerk.id, "a new password 9", "忘記密碼"),
    ),
    "audit.count_entries": Case(g(P.VIEW_AUDIT, scope=ANYWHERE), lambda s, u, w: audit.count_entries(s, u)),
    "audit.list_entries": Case(g(P.VIEW_AUDIT, scope=ANYWHERE), lambda s, u, w: audit.list_entries(s, u)),
    "audit.verify": Case(g(P.VIEW_AUDIT, scope=ANYWHERE), lambda s, u, w: audit.verify(s, u)),
    "audit.checkpoint": Case(g(P.VIEW_AUDIT, scope=ANYWHERE), lambda s, u, w: audit.checkpoint(s, u)),
    "lookups.audit_entity_kinds": Case(
        g(P.VIEW_AUDIT, scope=ANYWHERE), lambda s, u, w: lookups.audit_entity_kinds(s, u)
    ),
    "rulesets.save_adjusted": Case(
        g(P.EDIT_RULE_SET, scope=ANYWHERE),
        lambda s, u, w: rulesets.save_adjusted(s, u, {"daily_cap_hours": 9}, "依新函釋調整"),
    ),
    "backup.backup_database": Case(
        g(P.BACKUP_DATABASE, scope=ANYWHERE),
        lambda s, u, w: backup.backup_database(_database_of(s), u, w.folder / "backup.zip"),
    ),
    "backup.restore_database": Case(
        g(P.BACKUP_DATABASE, scope=ANYWHERE),
        lambda s, u, w: backup.restore_database(_empty_database(w), u, _backup_file(s, w)),
    ),
}

#: Public functions that take a session (or the database) but no signed-in user, and why they need none.
EXEMPT: dict[str, str] = {
    "accounts.check_application": "checks a form's fields before sending; writes nothing, as the public web form",
    "accounts.organization_by_code": "names the organisation of a typed code: public reference data",
    "courses.check_unlocked": "a guard the course use cases call after their own checks",
    "courses.is_locked": "a guard the course use cases call after their own checks",
    "courses.course_review": "a building block: the stored review of a course its caller may see",
    "courses.load_course": "a building block: loads the course the calling use case then checks",
    "courses.review_course": "a building block: runs the checklist of a course its caller may change",
    "courses.run_checks": "a building block: the checklist of a course its caller may see",
    "courses.unit_name": "names a review unit: public reference data",
    "attendance.county_year_course_ids": "a building block: which courses award_courses then checks one by one",
    "attendance.compute_for_teachers": "a building block of award_course and live_hours, after their checks",
    "attendance.load_records": "a building block of award_course and live_hours, after their checks",
    "attendance.load_teacher_records": "a building block of award_course and live_hours, after their checks",
    "certificates.printer_offset": "a building block of printing, after issue_certificates' check",
    "certificates.seal_info": "a building block of printing, after issue_certificates' check",
    "demo.seed": "the console's demo data set: the person at the console holds the database file",
    "auth.authenticate": "signing in: it establishes who is acting",
    "auth.create_first_admin": "the first-run wizard: only while the database has no user at all",
    "auth.create_first_coordinator": "a school computer's first start: only while the database has no user",
    "packages.start_from_starter": "a school computer's first start: only on an empty database, where no one "
    "can sign in yet; it creates the coordinator the office's signed file names",
    "auth.get_current": "re-reads the signed-in user's own row",
    "auth.scope_label_of": "words for the scope of a user row the caller has already read",
    "auth.has_users": "whether the first-run wizard must run",
    "audit.record": "the log itself: every use case writes it after its own checks",
    "audit.record_many": "the log itself: every use case writes it after its own checks",
    "audit.entity_history": "one record's history, for use cases that checked the record first",
    "rulesets.known_rule_set": "the regulation's numbers: public",
    "rulesets.rule_set_in_force": "the regulation's numbers: public",
    "lookups.district_centers": "reference data for choosers",
    "lookups.search_organizations": "reference data for choosers",
    "change_poll.changes_since": "the views' change marker: the log's position and kinds of records, no content",
    "settings.read_setting": "the settings store: the service owning a key checks who may read it",
    "settings.read_settings": "the settings store: the service owning a key checks who may read it",
    "settings.write_setting": "the settings store: the service owning a key checks who may write it",
    "settings.delete_setting": "the settings store: the service owning a key checks who may write it",
    "settings.setting_version": "the settings store: the service owning a key checks who may read it",
}


# --- finding the entry points --------------------------------------------------------------------------------


def _public_functions(module: ModuleType) -> dict[str, Callable[..., Any]]:
    names = getattr(module, "__all__", None)
    if names is None:
        names = [n for n, obj in vars(module).items() if getattr(obj, "__module__", None) == module.__name__]
    return {n: getattr(module, n) for n in names if not n.startswith("_") and inspect.isfunction(getattr(module, n))}


def _takes_the_database(fn: Callable[..., Any]) -> bool:
    for parameter in inspect.signature(fn).parameters.values():
        annotation = str(parameter.annotation)
        if parameter.name in ("session", "db", "database") or "Session" in annotation or "Database" in annotation:
            return True
    return False


def entry_points() -> dict[str, Callable[..., Any]]:
    """``domain.name`` → function, for every public function that reaches the database."""
    return {
        f"{domain}.{name}": fn
        for domain, module in MODULES.items()
        for name, fn in _public_functions(module).items()
        if _takes_the_database(fn)
    }


def test_every_public_entry_point_is_in_the_table() -> None:
    found = entry_points()
    unlisted = sorted(set(found) - set(CASES) - set(EXEMPT))
    assert not unlisted, f"new entry points: add each to CASES (who may call it) or EXEMPT (why no user): {unlisted}"
    stale = sorted((set(CASES) | set(EXEMPT)) - set(found))
    assert not stale, f"no longer public entry points: {stale}"
    assert not set(CASES) & set(EXEMPT)
    for name in CASES:  # a use case takes the acting user right after the session (or the whole database)
        parameters = list(inspect.signature(found[name]).parameters)
        assert parameters[:2] in (["session", "user"], ["db", "user"]), f"{name}{inspect.signature(found[name])}"
    for name in EXEMPT:
        assert "user" not in inspect.signature(found[name]).parameters, f"{name} takes a user: put it in CASES"


# --- what the matrix says --------------------------------------------------------------------------------


UNSCOPED_ROLES = (Role.ADMIN, Role.CERTIFICATE_STAFF)


def _reaches(role: Role, scope: Scope, side: str) -> bool:
    if scope is Scope.ANYWHERE or role in UNSCOPED_ROLES:
        return True
    if scope is Scope.DISTRICT and role is Role.SCHOOL_COORDINATOR:
        return False
    return side == "in"


def expected(case: Case, role: Role, side: str) -> str:
    if case.grants is None:
        return "allowed"
    held = [grant for grant in case.grants if grant.permission in ROLE_PERMISSIONS[role]]
    if not held:
        return DENY
    if any(_reaches(role, grant.scope, side) for grant in held):
        return "allowed"
    return case.out_of_scope


def observed(case: Case, session: Session, user: CurrentUser, w: World) -> tuple[str, str]:
    try:
        result = case.call(session, user, w)
    except PermissionDenied as exc:
        return DENY, exc.message
    except UserError as exc:
        return REFUSE, exc.message
    except Exception as exc:  # a crash is never what the matrix says
        return "crashed", repr(exc)
    if case.shows is not None and not case.shows(result, w.side):
        return HIDE, ""
    return "allowed", ""


def _agrees(case: Case, want: str, got: str) -> bool:
    if want == REFUSE:  # an import may refuse out-of-scope lines one by one, or refuse the whole file
        return got in (REFUSE, DENY)
    if want == HIDE and case.shows is None:  # a count or overview that cannot single the record out
        return got == "allowed"
    return got == want


@pytest.fixture
def permission_world(database: Database) -> PermissionWorld:
    return build_permission_world(database)


def test_every_role_gets_what_the_permission_matrix_says(
    database: Database, permission_world: PermissionWorld, tmp_path: Path
) -> None:
    roles = permission_world.roles()
    wrong: list[str] = []
    calls = itertools.count()
    for name, case in CASES.items():
        for (role_name, user), side in itertools.product(
            roles.items(), (permission_world.inside, permission_world.outside)
        ):
            want = expected(case, Role(role_name), side.name)
            folder = tmp_path / str(next(calls))
            folder.mkdir()
            session = database.new_session()
            try:
                got, message = observed(case, session, user, World(side, permission_world, folder, user))
            finally:
                session.rollback()
                session.close()
            if not _agrees(case, want, got):
                wrong.append(f"{name} as {role_name} on {side.name}: expected {want}, got {got} {message}")
    assert not wrong, "\n".join(wrong)
