"""Courses (docs/rules.md CRS): submission, the review checklist and its decisions.

The domain's public API: views and the command line import from here only.

- ``decisions``: the course state machine (``WORKFLOW``) and :func:`decide`;
- ``checks``: the checklist of a stored course — run, stored, overridden, answered, consent, re-check;
- ``access``: who may review or submit a course (Art 11 routing), loading, conflicts;
- ``queries``: the review desk's queue (filtered, counted and paged in SQL) and one course in full;
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
    "RESTRICTED_CHECK",
    "SORT_KEYS",
    "WORKFLOW",
    "CheckRow",
    "ChecklistChange",
    "CountyOption",
    "CourseDetail",
    "CourseFilter",
    "CourseMove",
    "CourseRow",
    "Recheck",
    "SegmentRow",
    "answer_manual",
    "blocking_items",
    "check_title",
    "count_courses",
    "counties_in_scope",
    "counts_by_state",
    "course_detail",
    "course_facts",
    "course_review",
    "courses_overview",
    "decide",
    "find_course",
    "items_in_order",
    "list_courses",
    "load_course",
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
