"""The attendance page's use cases (出席登錄: rosters, the grid, live hours, awarding, the sign-in sheet) as
operations for the task runner."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ntip_desktop.changes import Changes
from ntip_desktop.i18n import translate
from ntip_desktop.services import attendance, courses
from ntip_desktop.services.attendance import (
    AttendanceGrid,
    AwardSummary,
    CellChange,
    EnrolResult,
    GridSegment,
    LiveHours,
    MarksResult,
    RosterEntry,
    RosterPreview,
    TeacherInfo,
)
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.files import write_atomically
from ntip_desktop.views.operations import Operation


def open_course(user: CurrentUser, course_id: uuid.UUID) -> Operation[AttendanceGrid]:
    """The course's grid: segments, roster and marks (hours come after, see :func:`hours_of`)."""
    return Operation(
        lambda session: attendance.load_grid(session, user, course_id),
        translate("views.operations.attendance", "開啟出席紀錄"),
        lambda _g: "",
    )


def open_code(user: CurrentUser, text: str) -> Operation[AttendanceGrid]:
    """The course with this code as typed (spaces and case do not matter)."""

    def work(session: Any) -> AttendanceGrid:
        return attendance.load_grid(session, user, courses.load_course(session, text).id)

    return Operation(work, translate("views.operations.attendance", "開啟出席紀錄"), lambda _g: "")


def hours_of(
    user: CurrentUser, course_id: uuid.UUID, teacher_ids: Collection[uuid.UUID] | None = None
) -> Operation[dict[uuid.UUID, LiveHours]]:
    """The hours this course gives these teachers (all when None), over each one's whole record."""
    return Operation(
        lambda session: attendance.live_hours(session, user, course_id, teacher_ids),
        translate("views.operations.attendance", "核計時數"),
        lambda _h: "",
    )


@dataclass(frozen=True)
class MarksSaved:
    """Cells written, and the hours of the teachers they touch as they are now."""

    result: MarksResult
    hours: dict[uuid.UUID, LiveHours]

    @property
    def changes(self) -> Changes:
        return self.result.changes


def set_marks(
    user: CurrentUser, course_id: uuid.UUID, cells: Sequence[CellChange], teacher_ids: Collection[uuid.UUID]
) -> Operation[MarksSaved]:
    """Write these cells (compare-and-set against what the grid showed), then read the teachers' hours."""

    def work(session: Any) -> MarksSaved:
        result = attendance.set_marks(session, user, course_id, cells)
        session.flush()
        return MarksSaved(result, attendance.live_hours(session, user, course_id, teacher_ids))

    def message(saved: MarksSaved) -> str:
        summary = saved.result.reawarded
        if summary is None:
            return translate("views.operations.attendance", "已儲存 {n} 格出缺席。").format(n=saved.result.changed)
        return translate(
            "views.operations.attendance",
            "已儲存 {n} 格出缺席；本課程已核發，時數已重新核算（{superseded} 張證明改為失效）。",
        ).format(n=saved.result.changed, superseded=summary.certificates_superseded)

    return Operation(work, translate("views.operations.attendance", "儲存出缺席"), message)


def set_roll(
    user: CurrentUser, course_id: uuid.UUID, segment_ids: Sequence[uuid.UUID], taken: bool
) -> Operation[Changes]:
    def message(_changes: Changes) -> str:
        if taken:
            return translate("views.operations.attendance", "{n} 個時段已點名完成：未登錄缺席者皆為出席。").format(
                n=len(segment_ids)
            )
        return translate("views.operations.attendance", "{n} 個時段改回未點名。").format(n=len(segment_ids))

    return Operation(
        lambda session: attendance.set_roll_taken(session, user, course_id, segment_ids, taken),
        translate("views.operations.attendance", "其餘出席"),
        message,
    )


def unrecorded(user: CurrentUser, course_id: uuid.UUID) -> Operation[list[GridSegment]]:
    """Instruction segments that have ended without their roll complete (asked before awarding)."""

    def work(session: Any) -> list[GridSegment]:
        return attendance.unrecorded_segments(session, user, course_id)

    return Operation(work, translate("views.operations.attendance", "檢查點名"), lambda _s: "")


def award(user: CurrentUser, course_id: uuid.UUID) -> Operation[AwardSummary]:
    def message(s: AwardSummary) -> str:
        text = translate(
            "views.operations.attendance", "課程 {code} 已核發時數：{teachers} 位教師，共 {hours} 小時。"
        ).format(code=s.course_code, teachers=s.teachers, hours=s.hours_total)
        if s.other_awards_changed:
            text += translate("views.operations.attendance", "其他課程有 {n} 筆時數因上限重新核算。").format(
                n=s.other_awards_changed
            )
        if s.certificates_superseded:
            text += translate("views.operations.attendance", "{n} 張證明改為失效。").format(n=s.certificates_superseded)
        return text

    return Operation(
        lambda session: attendance.award_course(session, user, course_id),
        translate("views.operations.attendance", "核發時數"),
        message,
    )


def lookup_teacher(user: CurrentUser, national_id: str) -> Operation[TeacherInfo | None]:
    return Operation(
        lambda session: attendance.lookup_teacher(session, user, national_id),
        translate("views.operations.attendance", "查詢教師"),
        lambda _t: "",
    )


def enrolled_message(result: EnrolResult) -> str:
    text = translate("views.operations.attendance", "已加入 {n} 位學員").format(n=result.added)
    if result.created_teachers:
        text += translate("views.operations.attendance", "（新建 {n} 位教師資料）").format(n=result.created_teachers)
    return text + translate("views.operations.attendance", "。")


def enrol(
    user: CurrentUser, course_id: uuid.UUID, entries: Sequence[RosterEntry], source: str
) -> Operation[EnrolResult]:
    return Operation(
        lambda session: attendance.enrol(session, user, course_id, entries, source=source),
        translate("views.operations.attendance", "加入學員"),
        enrolled_message,
    )


def unenrol(
    user: CurrentUser, course_id: uuid.UUID, enrollment_ids: Sequence[uuid.UUID], reason: str
) -> Operation[Changes]:
    return Operation(
        lambda session: attendance.unenrol(session, user, course_id, enrollment_ids, reason=reason),
        translate("views.operations.attendance", "移除學員"),
        lambda _c: translate("views.operations.attendance", "已移除 {n} 位學員。").format(n=len(enrollment_ids)),
    )


def preview_roster(path: Path) -> Operation[RosterPreview]:
    return Operation(
        lambda _session: attendance.preview_roster_file(path),
        translate("views.operations.attendance", "讀取名單檔"),
        lambda _p: "",
    )


def import_roster(
    user: CurrentUser, course_id: uuid.UUID, path: Path, mapping: Mapping[str, int | None]
) -> Operation[EnrolResult]:
    def work(session: Any) -> EnrolResult:
        entries = attendance.read_roster_file(path, mapping)
        return attendance.enrol(
            session,
            user,
            course_id,
            entries,
            source=translate("views.operations.attendance", "匯入：{name}").format(name=path.name),
        )

    return Operation(work, translate("views.operations.attendance", "匯入名單"), enrolled_message)


def save_signin_sheet(user: CurrentUser, course_id: uuid.UUID, path: Path, blank_rows: int) -> Operation[Path]:
    def work(session: Any) -> Path:
        data = attendance.signin_sheet_pdf(session, user, course_id, blank_rows=blank_rows)
        write_atomically(path, data)
        return path

    return Operation(
        work,
        translate("views.operations.attendance", "製作簽到表"),
        lambda p: translate("views.operations.attendance", "簽到表已存到 {path}").format(path=p),
    )
