"""Attendance and hour awards (docs/rules.md HRS): rosters, absences, and the awards stored from them.

The domain's public API: views and the command line import from here only.

- ``access``: who may see, record and award a course's attendance;
- ``rosters``: enrolling teachers (seat numbers never reused) and removing them; ``roster_input``: rosters
  pasted from Excel or read from XLSX/CSV (preview, column mapping);
- ``signin_sheet``: the sign-in sheet PDF (研習簽到表), one section per course day;
- ``awards``, ``exchange``: hour awards stored from the attendance, and the command line's export and list.
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
    "AwardSummary",
    "EnrolResult",
    "ListedAward",
    "RosterEntry",
    "RosterInvalid",
    "RosterPreview",
    "RosterProblem",
    "TeacherInfo",
    "TeacherRecord",
    "attendance_overview",
    "award_course",
    "award_course_by_code",
    "compute_for_teachers",
    "course_input",
    "creditable_course_codes",
    "enrol",
    "export_attendance",
    "field_label",
    "list_awards",
    "load_records",
    "load_teacher_records",
    "lookup_teacher",
    "parse_pasted_roster",
    "preview_roster_file",
    "read_roster_file",
    "seat_code",
    "signin_sheet_pdf",
    "unenrol",
]
