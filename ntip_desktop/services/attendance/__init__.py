"""Attendance and hour awards (docs/rules.md HRS): rosters, absences, and the awards stored from them.

The domain's public API: views and the command line import from here only.

- ``codes``: the cell codes people type (``A``, ``L30`` …) and back (pure);
- ``grid``: a course's teachers × segments with their absences (:func:`load_grid`), segments not yet recorded;
- ``marks``: recording absences cell by cell (compare-and-set, audited, re-awarding an awarded course) and
  「其餘出席」;
- ``live``: a course's hours over each teacher's whole record, with the caps explained;
- ``access``: who may see, record and award a course's attendance; ``listing``: the page's course list;
- ``rosters``: enrolling teachers (seat numbers never reused) and removing them; ``roster_input``: rosters
  pasted from Excel or read from XLSX/CSV (preview, column mapping);
- ``signin_sheet``: the sign-in sheet PDF (研習簽到表), one section per course day;
- ``awards``: storing hour awards (核發); ``bulk_awards``: awarding many courses at once (a county's
  school year) in one pass; ``exchange``: the command line's export and listing.
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
from ntip_desktop.services.attendance.bulk_awards import (
    AwardingCancelled,
    BulkAwardSummary,
    award_courses,
    county_year_course_ids,
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
from ntip_desktop.services.attendance.listing import (
    AttendanceCourse,
    count_attendance_courses,
    list_attendance_courses,
)
from ntip_desktop.services.attendance.live import LiveHours, live_hours
from ntip_desktop.services.attendance.marks import CellChange, MarksResult, set_marks, set_roll_taken
from ntip_desktop.services.attendance.roster_input import (
    RosterPreview,
    parse_pasted_roster,
    preview_roster_file,
    read_roster_file,
)
from ntip_desktop.services.attendance.rosters import (
    EnrolResult,
    RosterEntry,
    RosterInvalid,
    RosterProblem,
    TeacherInfo,
    enrol,
    field_label,
    lookup_teacher,
    seat_code,
    unenrol,
)
from ntip_desktop.services.attendance.signin_sheet import signin_sheet_pdf

__all__ = [
    "AttendanceCourse",
    "AttendanceGrid",
    "AwardSummary",
    "AwardingCancelled",
    "BulkAwardSummary",
    "CellChange",
    "EnrolResult",
    "GridRow",
    "GridSegment",
    "ListedAward",
    "LiveHours",
    "Mark",
    "MarksResult",
    "RosterEntry",
    "RosterInvalid",
    "RosterPreview",
    "RosterProblem",
    "TeacherInfo",
    "TeacherRecord",
    "award_course",
    "award_course_by_code",
    "award_courses",
    "code_of",
    "compute_for_teachers",
    "count_attendance_courses",
    "county_year_course_ids",
    "course_input",
    "creditable_course_codes",
    "describe_segment",
    "enrol",
    "export_attendance",
    "field_label",
    "list_attendance_courses",
    "list_awards",
    "live_hours",
    "load_grid",
    "load_records",
    "load_teacher_records",
    "lookup_teacher",
    "parse_code",
    "parse_pasted_roster",
    "preview_roster_file",
    "read_roster_file",
    "seat_code",
    "set_marks",
    "set_roll_taken",
    "signin_sheet_pdf",
    "unenrol",
    "unrecorded_segments",
]
