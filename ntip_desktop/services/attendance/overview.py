"""Courses open for attendance, enrollments and absences in the user's scope."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ntip_desktop.i18n import translate
from ntip_desktop.models import Absence, AbsenceReason, Course, CourseState, Enrollment
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.overview import CountLine, Overview, Section, course_scope


def attendance_overview(session: Session, user: CurrentUser) -> Overview:
    scope = course_scope(user)
    open_courses = session.execute(
        select(func.count()).select_from(Course).where(Course.state == CourseState.APPROVED, *scope)
    ).scalar_one()
    enrollments = session.execute(
        select(func.count()).select_from(Enrollment).join(Course, Course.id == Enrollment.course_id).where(*scope)
    ).scalar_one()
    absences = dict(
        session.execute(
            select(Absence.reason, func.count())
            .join(Enrollment, Enrollment.id == Absence.enrollment_id)
            .join(Course, Course.id == Enrollment.course_id)
            .where(*scope)
            .group_by(Absence.reason)
        ).all()
    )
    lines = (
        CountLine(translate("services.attendance.overview", "已核准、可登錄出席的研習"), int(open_courses)),
        CountLine(translate("services.attendance.overview", "報名人次"), int(enrollments)),
        CountLine(translate("services.attendance.overview", "請假紀錄"), int(absences.get(AbsenceReason.LEAVE, 0))),
        CountLine(translate("services.attendance.overview", "曠課紀錄"), int(absences.get(AbsenceReason.UNEXCUSED, 0))),
    )
    return Overview(user.scope_label, (Section(translate("services.attendance.overview", "研習與出席"), lines),))
