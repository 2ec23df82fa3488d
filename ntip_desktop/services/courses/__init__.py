"""Courses (docs/rules.md CRS): submission, the review checklist and its decisions.

The domain's public API: views and the command line import from here only.

- ``decisions``: the course state machine (``WORKFLOW``) and :func:`decide`;
- ``checks``: the checklist of a stored course — run, stored, overridden, answered, consent, re-check;
- ``access``: who may review or submit a course (Art 11 routing), loading, conflicts;
- ``queries``: the review desk's queue (filtered, counted and paged in SQL) and one course in full;
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
from ntip_desktop.services.courses.queries import (
    AWAITING_REVIEW,
    SORT_KEYS,
    CheckRow,
    CountyOption,
    CourseDetail,
    CourseFilter,
    CourseRow,
    SegmentRow,
    count_courses,
    counties_in_scope,
    counts_by_state,
    course_detail,
    find_course,
    list_courses,
    series_of,
)

__all__ = [
    "AWAITING_REVIEW",
    "ENTITY",
    "MANUAL_CHECKS",
    "MONTH_WORKFLOW",
    "RESTRICTED_CHECK",
    "SORT_KEYS",
    "WORKFLOW",
    "AmendmentRow",
    "CheckRow",
    "ChecklistChange",
    "CountyOption",
    "CourseDetail",
    "CourseFilter",
    "CourseMove",
    "CourseRow",
    "MonthMove",
    "MonthRow",
    "Recheck",
    "SegmentRow",
    "answer_manual",
    "blocking_items",
    "check_title",
    "check_unlocked",
    "count_courses",
    "counties_in_scope",
    "counts_by_state",
    "course_detail",
    "course_facts",
    "course_review",
    "courses_overview",
    "deadline",
    "decide",
    "find_course",
    "is_locked",
    "items_in_order",
    "list_courses",
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
    "series_of",
    "unit_name",
    "units_of",
]
