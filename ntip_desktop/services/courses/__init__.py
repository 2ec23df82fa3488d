"""Courses (docs/rules.md CRS): submission, the review checklist and its decisions.

The domain's public API: views and the command line import from here only.

- ``decisions``: the course state machine (``WORKFLOW``) and :func:`decide`;
- ``checks``: the checklist of a stored course — run, stored, overridden, answered, consent, re-check;
- ``access``: who may review or submit a course (Art 11 routing), loading, conflicts;
- ``queries``: the review desk's queue (filtered, counted and paged in SQL) and one course in full;
- ``months``: back-end counties' report months (Art 12(3)(4)): deadlines, the lock, upload, confirm, amend;
  ``month_rows``: the month view's rows;
- ``course_fields``: the course form's data (``CourseInput``) and reading it; ``records``: its checks,
  creating and correcting a course;
- ``importing``: courses from XLSX/CSV (preview, all or nothing); ``import_columns``: its column mapping;
- ``external``: other sites' course lists for Art 12(1)'s duplicate check;
- ``sheets``, ``export``: the review sheet PDF and the queue's XLSX export; ``listing``: ``ntip courses``.
"""

from __future__ import annotations

from ntip_desktop.services.courses.access import (
    ENTITY,
    load_course,
    unit_name,
    units_of,
)
from ntip_desktop.services.courses.checks import (
    MANUAL_CHECKS,
    RESTRICTED_CHECK,
    ChecklistChange,
    CourseChecklists,
    Recheck,
    answer_manual,
    blocking_items,
    check_title,
    course_checklists,
    course_facts,
    course_review,
    items_in_order,
    override_check,
    recheck_open_courses,
    record_consent,
    review_course,
    run_checks,
)
from ntip_desktop.services.courses.course_fields import (
    AUDIENCES,
    FIELD_LABELS,
    CourseInput,
    CourseInvalid,
    Problem,
    SegmentInput,
    field_label,
)
from ntip_desktop.services.courses.decisions import (
    WORKFLOW,
    CourseMove,
    decide,
    review_unit_of,
)
from ntip_desktop.services.courses.export import (
    ExportedQueue,
    export_courses_xlsx,
)
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
from ntip_desktop.services.courses.import_columns import (
    TARGETS,
    ColumnChoice,
    read_columns,
    target_label,
)
from ntip_desktop.services.courses.importing import (
    CourseImportRejected,
    CourseImportResult,
    CoursePreview,
    ImportProblem,
    import_courses,
    preview_import,
)
from ntip_desktop.services.courses.listing import (
    CheckLine,
    ListedCourse,
    listed_courses,
    stored_checklist,
)
from ntip_desktop.services.courses.month_rows import (
    AmendmentRow,
    MonthRow,
    months_of,
)
from ntip_desktop.services.courses.months import (
    MONTH_WORKFLOW,
    MonthMove,
    check_unlocked,
    deadline,
    is_locked,
    month_code,
    move_month,
)
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
)
from ntip_desktop.services.courses.records import (
    CourseRecord,
    CourseSaved,
    FormChoices,
    check_course,
    course_record,
    create_course,
    form_choices,
    update_course,
)
from ntip_desktop.services.courses.sheets import (
    RenderedSheet,
    check_view_scope,
    render_review_sheet,
)
from ntip_desktop.services.tabular import (
    read_file,
)

__all__ = [
    "AUDIENCES",
    "AWAITING_REVIEW",
    "ENTITY",
    "FIELD_LABELS",
    "MANUAL_CHECKS",
    "MONTH_WORKFLOW",
    "RESTRICTED_CHECK",
    "SORT_KEYS",
    "SOURCES",
    "TARGETS",
    "WORKFLOW",
    "AmendmentRow",
    "CheckLine",
    "CheckRow",
    "ChecklistChange",
    "ColumnChoice",
    "CountyOption",
    "CourseChecklists",
    "CourseDetail",
    "CourseFilter",
    "CourseImportRejected",
    "CourseImportResult",
    "CourseInput",
    "CourseInvalid",
    "CourseMove",
    "CoursePreview",
    "CourseRecord",
    "CourseRow",
    "CourseSaved",
    "ExportedQueue",
    "ExternalList",
    "ExternalListChange",
    "ExternalPreview",
    "FormChoices",
    "ImportProblem",
    "ListedCourse",
    "MonthMove",
    "MonthRow",
    "Problem",
    "Recheck",
    "RenderedSheet",
    "SegmentInput",
    "SegmentRow",
    "answer_manual",
    "blocking_items",
    "check_course",
    "check_title",
    "check_unlocked",
    "check_view_scope",
    "count_courses",
    "counties_in_scope",
    "counts_by_state",
    "course_checklists",
    "course_detail",
    "course_facts",
    "course_record",
    "course_review",
    "create_course",
    "deadline",
    "decide",
    "delete_external_list",
    "export_courses_xlsx",
    "external_lists",
    "field_label",
    "find_course",
    "form_choices",
    "import_courses",
    "import_external_list",
    "is_locked",
    "items_in_order",
    "list_courses",
    "listed_courses",
    "load_course",
    "month_code",
    "months_of",
    "move_month",
    "override_check",
    "preview_external",
    "preview_import",
    "read_columns",
    "read_file",
    "recheck_open_courses",
    "record_consent",
    "render_review_sheet",
    "review_course",
    "review_unit_of",
    "run_checks",
    "source_label",
    "stored_checklist",
    "target_label",
    "unit_name",
    "units_of",
    "update_course",
]
