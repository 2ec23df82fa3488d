"""Who may touch a course, finding it, and telling a reviewer who got there first.

Scope (Art 11, docs/rules.md CRS ``art11.route``):

- a course is *reviewed* by the unit it is routed to (``Course.review_unit``): ``authority:<county code>``
  (a county/city education authority), ``authority:<name>`` (another competent authority, e.g. the K-12
  administration) or ``national_center``. In this program a district center's clerks act for the
  education authority of each county/city their center serves; units no district center serves (the
  national center, central authorities) are reviewed by the administrator;
- a course is *entered and resubmitted* by its organiser's school coordinator, or by a clerk of the
  district the organiser belongs to (keying in paper, correcting a typo); the administrator does all.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ntip_desktop.errors import ConflictError, PermissionDenied, UserError
from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.models import County, Course, CourseState, Organization, Role
from ntip_desktop.services import audit
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.rules.rocdate import roc_moment

#: The entity name of courses in the audit log (entity id: the course code).
ENTITY = "course"
NATIONAL_CENTER = "national_center"
AUTHORITY_PREFIX = "authority:"


def load_course(session: Session, ref: uuid.UUID | str) -> Course:
    """The course by id or by its code (as typed: spaces and case do not matter); UserError when none."""
    if isinstance(ref, uuid.UUID):
        course = session.get(Course, ref)
        shown = str(ref)
    else:
        shown = ref.strip().upper()
        course = session.execute(select(Course).where(Course.code == shown)).scalar_one_or_none()
    if course is None:
        raise UserError(translate("courses", "查無課程 {code}。").format(code=shown), field="code")
    return course


def unit_name(session: Session, review_unit: str | None) -> str:
    """The review unit as people call it: 臺北市政府教育局, 全國教師在職進修資訊網 …"""
    if not review_unit:
        return translate("courses", "（尚未分派審核單位）")
    if review_unit == NATIONAL_CENTER:
        return translate("courses", "全國教師在職進修資訊網（國家層級）")
    name = review_unit.removeprefix(AUTHORITY_PREFIX)
    county = session.get(County, name)
    return county.authority_name if county is not None else name


def units_of(session: Session, user: CurrentUser) -> list[str] | None:
    """The review units ``user`` decides for (None: every unit, for the administrator)."""
    if user.role is Role.ADMIN:
        return None
    if user.role is not Role.DISTRICT_CLERK or user.district_center_id is None:
        return []
    codes = session.execute(
        select(County.code).where(County.district_center_id == user.district_center_id).order_by(County.code)
    ).scalars()
    return [AUTHORITY_PREFIX + code for code in codes]


def check_course_access(user: CurrentUser) -> None:
    """Courses are for those who review them (offices) or enter them (schools); others are refused."""
    user.require_any(Permission.REVIEW_COURSES, Permission.EDIT_COURSES)


def check_review_scope(session: Session, user: CurrentUser, course: Course) -> None:
    """Only the routed unit decides a course (Art 11); a clerk of another office is refused here."""
    user.require(Permission.REVIEW_COURSES)
    units = units_of(session, user)
    if units is None or course.review_unit in units:
        return
    raise PermissionDenied(
        translate("courses", "課程「{title}」由{unit}審核，不在您的轄區（{scope}），您不能決定它。").format(
            title=course.title, unit=unit_name(session, course.review_unit), scope=user.scope_label
        )
    )


def check_organiser_scope(session: Session, user: CurrentUser, organizer: Organization) -> None:
    """Who may enter, correct or resubmit a course of ``organizer``."""
    user.require(Permission.EDIT_COURSES if user.role is Role.SCHOOL_COORDINATOR else Permission.REVIEW_COURSES)
    if user.role is Role.ADMIN:
        return
    if user.role is Role.SCHOOL_COORDINATOR and organizer.id == user.organization_id:
        return
    if user.role is Role.DISTRICT_CLERK and organizer.district_center_id == user.district_center_id:
        return
    raise PermissionDenied(
        translate("courses", "您（{scope}）不能替「{org}」登錄或修改研習課程。").format(
            scope=user.scope_label, org=organizer.name
        )
    )


def _conflict(code: str, state: CourseState, handled: tuple[str, datetime] | None) -> ConflictError:
    who, when = handled if handled else (translate("courses", "其他人"), None)
    return ConflictError(
        translate(
            "courses",
            "課程 {code} 已由 {who} 於 {when} 變更（目前狀態：{state}），您看到的是舊資料。請重新開啟再處理。",
        ).format(
            code=code,
            who=who,
            when=roc_moment(when) if when else translate("courses", "剛才"),
            state=label(state),
        ),
        field="version",
    )


def stale_copy(session: Session, course: Course) -> ConflictError:
    """The person worked on an older copy than the database holds: say who changed it since, and when."""
    return _conflict(course.code, course.state, audit.last_change(session, ENTITY, course.code))


def fresh_conflict(session: Session, course_id: uuid.UUID, code: str) -> ConflictError:
    """After a lost race: read what the winner committed with a fresh session (this one is spent)."""
    with Session(bind=session.get_bind()) as fresh:
        state = fresh.execute(select(Course.state).where(Course.id == course_id)).scalar_one()
        return _conflict(code, state, audit.last_change(fresh, ENTITY, code))


def check_version(session: Session, course: Course, expected_version: int | None) -> None:
    if expected_version is not None and course.version != expected_version:
        raise stale_copy(session, course)
