"""Who may see and change a course's roster and attendance, and who may award its hours.

- a course's roster and attendance are *recorded* (``RECORD_ATTENDANCE``) by its organiser's school
  coordinator, or by a clerk of the district the organiser belongs to (keying in a faxed sign-in sheet);
  the administrator records for every course;
- certificate staff (``ISSUE_CERTIFICATES``) *see* every course's attendance and *award* its hours, but do
  not change attendance;
- hours are *awarded* (核發) by whoever may record the course's attendance, or by certificate staff.

Only approved and awarded courses have attendance: a course still under review may yet change its
segments.
"""

from __future__ import annotations

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.models import Course, CourseState, Role
from ntip_desktop.services.auth import CurrentUser, Permission

#: Course states whose roster and attendance can be recorded.
RECORDABLE_STATES = (CourseState.APPROVED, CourseState.AWARDED)


def in_recording_scope(user: CurrentUser, course: Course) -> bool:
    """Whether ``user`` may record this course's roster and attendance (state aside)."""
    if not user.can(Permission.RECORD_ATTENDANCE):
        return False
    if user.role is Role.ADMIN:
        return True
    if user.role is Role.SCHOOL_COORDINATOR:
        return course.organizer_id == user.organization_id
    if user.role is Role.DISTRICT_CLERK:
        return user.district_center_id is not None and course.organizer.district_center_id == user.district_center_id
    return False


def may_view(user: CurrentUser, course: Course) -> bool:
    """Whether ``user`` may see this course's roster, attendance and live hours."""
    return user.can(Permission.ISSUE_CERTIFICATES) or in_recording_scope(user, course)


def check_view_scope(user: CurrentUser, course: Course) -> None:
    if not may_view(user, course):
        raise PermissionDenied(
            translate("services.attendance.access", "您（{scope}）不能查看課程「{title}」的出席紀錄。").format(
                scope=user.scope_label, title=course.title
            )
        )


def check_record_scope(user: CurrentUser, course: Course) -> None:
    """The course's attendance may be changed by ``user`` now: permission, scope and course state."""
    user.require(Permission.RECORD_ATTENDANCE)
    if not in_recording_scope(user, course):
        raise PermissionDenied(
            translate("services.attendance.access", "您（{scope}）不能登錄「{org}」所辦課程「{title}」的出席。").format(
                scope=user.scope_label, org=course.organizer.name, title=course.title
            )
        )
    if course.state not in RECORDABLE_STATES:
        raise UserError(
            translate(
                "services.attendance.access", "課程「{title}」目前為「{state}」，核准後才能登錄名單與出席。"
            ).format(title=course.title, state=label(course.state)),
            field="state",
        )


def check_award_scope(user: CurrentUser, course: Course) -> None:
    """Who may award (or re-award) the course's hours: certificate staff, or whoever records it."""
    if user.can(Permission.ISSUE_CERTIFICATES):
        return
    user.require(Permission.RECORD_ATTENDANCE)
    if not in_recording_scope(user, course):
        raise PermissionDenied(
            translate(
                "services.attendance.access", "您（{scope}）不能核發「{org}」所辦課程「{title}」的研習時數。"
            ).format(scope=user.scope_label, org=course.organizer.name, title=course.title)
        )
