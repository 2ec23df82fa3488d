"""Courses (docs/rules.md CRS): submission, the review checklist and its decisions.

The domain's public API: views and the command line import from here only.

- ``decisions``: the course state machine (``WORKFLOW``) and :func:`decide`;
- ``checks``: the checklist of a stored course — run, stored, overridden, answered, consent, re-check;
- ``access``: who may review or submit a course (Art 11 routing), loading, conflicts;
- ``months``: back-end counties' report months (Art 12(3)(4)): deadlines, the lock, upload, confirm, amend;
- ``overview``: counts by state for the overview page.
"""

from __future__ import annotations

from ntip_desktop.services.courses.access import ENTITY, load_course, unit_name, units_of
from ntip_desktop.services.courses.checks import (
    MANUAL_CHECKS,
    RESTRICTED_CHECK,
    ChecklistChange,
    Recheck,
    answer_manual,
    blocking_items,
    check_title,
    course_facts,
    course_review,
    items_in_order,
    override_check,
    recheck_open_courses,
    record_consent,
    review_course,
    run_checks,
)
from ntip_desktop.services.courses.decisions import WORKFLOW, CourseMove, decide, review_unit_of
from ntip_desktop.services.courses.months import (
    MONTH_WORKFLOW,
    AmendmentRow,
    MonthMove,
    MonthRow,
    check_unlocked,
    deadline,
    is_locked,
    month_code,
    months_of,
    move_month,
)
from ntip_desktop.services.courses.overview import courses_overview

__all__ = [
    "ENTITY",
    "MANUAL_CHECKS",
    "MONTH_WORKFLOW",
    "RESTRICTED_CHECK",
    "WORKFLOW",
    "AmendmentRow",
    "ChecklistChange",
    "CourseMove",
    "MonthMove",
    "MonthRow",
    "Recheck",
    "answer_manual",
    "blocking_items",
    "check_title",
    "check_unlocked",
    "course_facts",
    "course_review",
    "courses_overview",
    "deadline",
    "decide",
    "is_locked",
    "items_in_order",
    "load_course",
    "month_code",
    "months_of",
    "move_month",
    "override_check",
    "recheck_open_courses",
    "record_consent",
    "review_course",
    "review_unit_of",
    "run_checks",
    "unit_name",
    "units_of",
]
