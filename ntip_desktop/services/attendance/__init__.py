"""Attendance and hour awards (docs/rules.md HRS): rosters, absences, and the awards stored from them.

The domain's public API: views and the command line import from here only.

- ``codes``: the cell codes people type (``A``, ``L30`` …) and back (pure);
- ``grid``: a course's teachers × segments with their absences (:func:`load_grid`), segments not yet recorded;
- ``marks``: recording absences cell by cell (compare-and-set, audited, re-awarding an awarded course) and
  「其餘出席」;
- ``live``: a course's hours over each teacher's whole record, with the caps explained;
- ``awards``: storing hour awards (核發); ``exchange``: the CLI's export and listing; ``access``: who may do what.
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
from ntip_desktop.services.attendance.codes import Mark, code_of, parse_code
from ntip_desktop.services.attendance.exchange import (
    ListedAward,
    award_course_by_code,
    creditable_course_codes,
    export_attendance,
    list_awards,
)
from ntip_desktop.services.attendance.grid import (
    AttendanceGrid,
    GridRow,
    GridSegment,
    describe_segment,
    load_grid,
    unrecorded_segments,
)
from ntip_desktop.services.attendance.live import LiveHours, live_hours
from ntip_desktop.services.attendance.marks import CellChange, MarksResult, set_marks, set_roll_taken
from ntip_desktop.services.attendance.overview import attendance_overview

__all__ = [
    "AttendanceGrid",
    "AwardSummary",
    "CellChange",
    "GridRow",
    "GridSegment",
    "ListedAward",
    "LiveHours",
    "Mark",
    "MarksResult",
    "TeacherRecord",
    "attendance_overview",
    "award_course",
    "award_course_by_code",
    "code_of",
    "compute_for_teachers",
    "course_input",
    "creditable_course_codes",
    "describe_segment",
    "export_attendance",
    "list_awards",
    "live_hours",
    "load_grid",
    "load_records",
    "load_teacher_records",
    "parse_code",
    "set_marks",
    "set_roll_taken",
    "unrecorded_segments",
]
