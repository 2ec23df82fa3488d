"""Courses (docs/rules.md CRS): submission, the review checklist and its decisions.

The domain's public API: views and the command line import from here only.

- ``decisions``: the course state machine (``WORKFLOW``) and :func:`decide`;
- ``checks``: the checklist of a stored course — run, stored, overridden, answered, consent, re-check;
- ``access``: who may review or submit a course (Art 11 routing), loading, conflicts;
- ``overview``: counts by state for the overview page;
- ``sheets``: the printable review sheet (研習課程審核表) and who may see a course;
- ``export``: the review queue as an XLSX workbook;
- ``listing``: stored courses as plain rows and their stored checklist (the command line).
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
from ntip_desktop.services.courses.export import ExportedQueue, export_courses_xlsx
from ntip_desktop.services.courses.listing import CheckLine, CourseRow, list_courses, stored_checklist
from ntip_desktop.services.courses.overview import courses_overview
from ntip_desktop.services.courses.sheets import RenderedSheet, check_view_scope, render_review_sheet

__all__ = [
    "ENTITY",
    "MANUAL_CHECKS",
    "RESTRICTED_CHECK",
    "WORKFLOW",
    "CheckLine",
    "ChecklistChange",
    "CourseMove",
    "CourseRow",
    "ExportedQueue",
    "Recheck",
    "RenderedSheet",
    "answer_manual",
    "blocking_items",
    "check_title",
    "check_view_scope",
    "course_facts",
    "course_review",
    "courses_overview",
    "decide",
    "export_courses_xlsx",
    "items_in_order",
    "list_courses",
    "load_course",
    "override_check",
    "recheck_open_courses",
    "record_consent",
    "render_review_sheet",
    "review_course",
    "review_unit_of",
    "run_checks",
    "stored_checklist",
    "unit_name",
    "units_of",
]
