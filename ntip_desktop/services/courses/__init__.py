"""Courses (docs/rules.md CRS): submission, the review checklist and its decisions.

The domain's public API: views and the command line import from here only.

- ``decisions``: the course state machine (``WORKFLOW``) and :func:`decide`;
- ``checks``: the checklist of a stored course — run, stored, overridden, answered, consent, re-check;
- ``access``: who may review or submit a course (Art 11 routing), loading, conflicts;
- ``overview``: counts by state for the overview page;
- ``records``: the course form's data (``CourseInput``), its checks, creating and correcting a course;
- ``importing``: courses from XLSX/CSV (column mapping, preview, all or nothing);
- ``external``: other sites' course lists for Art 12(1)'s duplicate check.
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
from ntip_desktop.services.courses.external import (
    SOURCES,
    ExternalList,
    ExternalListChange,
    ExternalPreview,
    delete_external_list,
    external_lists,
    import_external_list,
    preview_external,
    source_label,
)
from ntip_desktop.services.courses.importing import (
    TARGETS,
    ColumnChoice,
    CourseImportRejected,
    CourseImportResult,
    CoursePreview,
    ImportProblem,
    import_courses,
    preview_import,
    read_columns,
    target_label,
)
from ntip_desktop.services.courses.overview import courses_overview
from ntip_desktop.services.courses.records import (
    AUDIENCES,
    FIELD_LABELS,
    CourseInput,
    CourseInvalid,
    CourseRecord,
    CourseSaved,
    FormChoices,
    Problem,
    SegmentInput,
    check_course,
    course_record,
    create_course,
    field_label,
    form_choices,
    update_course,
)
from ntip_desktop.services.tabular import read_file

__all__ = [
    "AUDIENCES",
    "ENTITY",
    "FIELD_LABELS",
    "MANUAL_CHECKS",
    "RESTRICTED_CHECK",
    "SOURCES",
    "TARGETS",
    "WORKFLOW",
    "ChecklistChange",
    "ColumnChoice",
    "CourseImportRejected",
    "CourseImportResult",
    "CourseInput",
    "CourseInvalid",
    "CourseMove",
    "CoursePreview",
    "CourseRecord",
    "CourseSaved",
    "ExternalList",
    "ExternalListChange",
    "ExternalPreview",
    "FormChoices",
    "ImportProblem",
    "Problem",
    "Recheck",
    "SegmentInput",
    "answer_manual",
    "blocking_items",
    "check_course",
    "check_title",
    "course_facts",
    "course_record",
    "course_review",
    "courses_overview",
    "create_course",
    "decide",
    "delete_external_list",
    "external_lists",
    "field_label",
    "form_choices",
    "import_courses",
    "import_external_list",
    "items_in_order",
    "load_course",
    "override_check",
    "preview_external",
    "preview_import",
    "read_columns",
    "read_file",
    "recheck_open_courses",
    "record_consent",
    "review_course",
    "review_unit_of",
    "run_checks",
    "source_label",
    "target_label",
    "unit_name",
    "units_of",
    "update_course",
]
