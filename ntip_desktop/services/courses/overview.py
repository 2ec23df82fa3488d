"""Courses by state in the user's scope (the 課程審核 page until its review desk lands)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ntip_desktop.i18n import translate
from ntip_desktop.models import Course, CourseState
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.overview import Overview, Section, by_state, course_scope


def courses_overview(session: Session, user: CurrentUser) -> Overview:
    scope = course_scope(user)
    states = by_state(session, Course.state, CourseState, *scope)
    return Overview(user.scope_label, (Section(translate("services.courses.overview", "研習課程（依狀態）"), states),))
