"""Attendance and hour awards (docs/rules.md HRS): rosters, absences, and the awards stored from them.

The domain's public API: views and the command line import from here only.
"""

from __future__ import annotations

from ntip_desktop.services.attendance.awards import (
    AwardSummary,
    TeacherRecord,
    award_course,
    compute_for_teachers,
    course_input,
    load_records,
    load_teacher_records,
)
from ntip_desktop.services.attendance.exchange import (
    ListedAward,
    award_course_by_code,
    creditable_course_codes,
    export_attendance,
    list_awards,
)
from ntip_desktop.services.attendance.overview import attendance_overview

__all__ = [
    "AwardSummary",
    "ListedAward",
    "TeacherRecord",
    "attendance_overview",
    "award_course",
    "award_course_by_code",
    "compute_for_teachers",
    "course_input",
    "creditable_course_codes",
    "export_attendance",
    "list_awards",
    "load_records",
    "load_teacher_records",
]
