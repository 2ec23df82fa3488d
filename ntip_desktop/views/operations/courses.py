"""The course desk's use cases (課程審核: the review desk, the course form and imports, report months) as
operations for the task runner."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from ntip_desktop.i18n import translate
from ntip_desktop.models import CourseState
from ntip_desktop.services import courses
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.courses import (
    ChecklistChange,
    ColumnChoice,
    CountyOption,
    CourseDetail,
    CourseFilter,
    CourseImportResult,
    CourseInput,
    CourseMove,
    CoursePreview,
    CourseRecord,
    CourseSaved,
    ExternalList,
    ExternalListChange,
    ExternalPreview,
    FormChoices,
    MonthMove,
    MonthRow,
    Problem,
    Recheck,
)
from ntip_desktop.services.files import write_atomically
from ntip_desktop.views.operations import Operation
from ntip_desktop.vocabulary import CheckOutcome

#: A long job for ``TaskRunner.run_long``: ``job(session, progress, cancelled)``.
LongJob = Callable[[Any, Callable[[int, int, str], None], Callable[[], bool]], Any]


def _tr(text: str) -> str:
    return translate("courses", text)


def open_code(user: CurrentUser, text: str) -> Operation[CourseDetail]:
    """The course with this code as typed (spaces and case do not matter), in full."""

    def work(session: Any) -> CourseDetail:
        row = courses.find_course(session, user, text)
        return courses.course_detail(session, user, row.id)

    return Operation(work, translate("courses", "開啟課程"), success=lambda _d: "")


def open_course(user: CurrentUser, course_id: uuid.UUID) -> Operation[CourseDetail]:
    return Operation(
        lambda session: courses.course_detail(session, user, course_id),
        translate("courses", "開啟課程"),
        success=lambda _d: "",
    )


def desk_counts(
    user: CurrentUser, f: CourseFilter, with_counties: bool
) -> Operation[tuple[dict[CourseState, int], list[CountyOption] | None]]:
    """Courses by state under the filter (its states aside), and (once) the counties the filter offers."""

    def work(session: Any) -> tuple[dict[CourseState, int], list[CountyOption] | None]:
        counties = courses.counties_in_scope(session, user) if with_counties else None
        return courses.counts_by_state(session, user, f), counties

    return Operation(work, translate("courses", "讀取各狀態件數"), success=lambda _r: "")


def decide(
    user: CurrentUser, course_id: uuid.UUID, version: int, action: str, reason: str = ""
) -> Operation[CourseMove]:
    """A move of the course workflow (開始審核, 核准, 退回補正, 不予採計) on the version on screen."""
    verb = _tr(courses.WORKFLOW.move_named(action).verb)
    return Operation(
        lambda session: courses.decide(session, user, course_id, action, reason=reason, expected_version=version),
        verb,
    )


def override_check(
    user: CurrentUser, course_id: uuid.UUID, version: int, check_id: str, outcome: CheckOutcome, reason: str
) -> Operation[ChecklistChange]:
    """變更檢核結果: the reviewer's outcome for an automatic check, with the reason."""
    return Operation(
        lambda session: courses.override_check(
            session, user, course_id, check_id, outcome, reason, expected_version=version
        ),
        translate("courses", "變更檢核結果"),
    )


def answer_manual(
    user: CurrentUser, course_id: uuid.UUID, version: int, check_id: str, agrees: bool, note: str
) -> Operation[ChecklistChange]:
    """A manual item answered yes (符合) or no (不符, with a note)."""
    return Operation(
        lambda session: courses.answer_manual(
            session, user, course_id, check_id, agrees, note, expected_version=version
        ),
        translate("courses", "人工判定"),
    )


def record_consent(user: CurrentUser, course_id: uuid.UUID, version: int, document: str) -> Operation[ChecklistChange]:
    """The competent authority's consent document number for an Art 9 activity."""
    return Operation(
        lambda session: courses.record_consent(session, user, course_id, document, expected_version=version),
        translate("courses", "登錄同意文號"),
    )


def recheck_job(user: CurrentUser) -> LongJob:
    """重新檢核 as a long job for ``runner.run_long``: every open course of the user's units, with progress;
    a cancel writes nothing."""

    def job(session: Any, progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> Recheck:
        return courses.recheck_open_courses(session, user, progress=progress, cancelled=cancelled)

    return job


def recheck_message(result: Recheck) -> str:
    return translate("courses", "已重新檢核 {n} 門待審課程，其中 {m} 門的檢核結果有變動。").format(
        n=f"{result.courses:,}", m=f"{result.changed:,}"
    )


# --- the course form and the imports


def open_course_record(user: CurrentUser, course_id: uuid.UUID) -> Operation[CourseRecord]:
    return Operation(
        lambda session: courses.course_record(session, user, course_id),
        translate("courses", "開啟課程"),
        success=lambda _r: "",
    )


def form_choices(user: CurrentUser) -> Operation[FormChoices]:
    return Operation(
        lambda session: courses.form_choices(session, user), translate("courses", "讀取選項"), success=lambda _r: ""
    )


def save_course(
    user: CurrentUser,
    data: CourseInput,
    *,
    course_id: uuid.UUID | None = None,
    version: int | None = None,
    reason: str = "",
) -> Operation[CourseSaved | list[Problem]]:
    """Check the form; with no error, create the course (``course_id`` None) or save it over the version shown.

    Returns the problems (errors and warnings) when any error keeps it from being stored.
    """

    def work(session: Any) -> CourseSaved | list[Problem]:
        problems = courses.check_course(session, user, data)
        if any(not p.warning for p in problems):
            return problems
        if course_id is None:
            return courses.create_course(session, user, data)
        return courses.update_course(session, user, course_id, data, expected_version=version, reason=reason)

    return Operation(
        work,
        translate("courses", "儲存課程"),
        success=lambda r: r.message if isinstance(r, CourseSaved) else "",
    )


def read_columns(path: Path) -> Operation[ColumnChoice]:
    return Operation(
        lambda _session: courses.read_columns(courses.read_file(path), path.name),
        translate("courses", "讀取標題列"),
        success=lambda _r: "",
    )


def preview_courses(user: CurrentUser, path: Path, mapping: dict[str, int]) -> Operation[CoursePreview]:
    return Operation(
        lambda session: courses.preview_import(session, user, courses.read_file(path), path.name, mapping),
        translate("courses", "檢查匯入檔"),
        success=lambda _r: "",
    )


def import_courses_job(user: CurrentUser, path: Path, mapping: dict[str, int]) -> LongJob:
    """The import as a long job: progress by course, Cancel rolls everything back."""

    def job(
        session: Any, progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]
    ) -> CourseImportResult:
        from ntip_desktop.views.tasks import Cancelled

        def step(done: int, total: int) -> None:
            if cancelled():
                raise Cancelled()
            progress(done, total, translate("courses", "寫入第 {done}／{total} 門課程").format(done=done, total=total))

        return courses.import_courses(session, user, courses.read_file(path), path.name, mapping, progress=step)

    return job


def preview_external(user: CurrentUser, path: Path) -> Operation[ExternalPreview]:
    return Operation(
        lambda session: courses.preview_external(session, user, courses.read_file(path), path.name),
        translate("courses", "檢查他站課程清單"),
        success=lambda _r: "",
    )


def import_external_list(user: CurrentUser, path: Path, source: str, list_name: str) -> Operation[ExternalListChange]:
    return Operation(
        lambda session: courses.import_external_list(
            session, user, courses.read_file(path), path.name, source, list_name
        ),
        translate("courses", "匯入他站課程清單"),
    )


def external_lists(user: CurrentUser) -> Operation[list[ExternalList]]:
    return Operation(
        lambda session: courses.external_lists(session, user),
        translate("courses", "讀取他站課程清單"),
        success=lambda _r: "",
    )


def delete_external_list(user: CurrentUser, source: str, list_name: str) -> Operation[ExternalListChange]:
    return Operation(
        lambda session: courses.delete_external_list(session, user, source, list_name),
        translate("courses", "刪除他站課程清單"),
    )


# --- the review sheet and the queue's export


def save_review_sheet(user: CurrentUser, course_id: uuid.UUID, path: Path) -> Operation[str]:
    """The course's 研習課程審核表 as a PDF at ``path`` (written atomically)."""

    def work(session: Any) -> str:
        sheet = courses.render_review_sheet(session, user, course_id)
        write_atomically(path, sheet.pdf)
        return sheet.code

    return Operation(
        work,
        translate("courses", "產生課程審核表"),
        success=lambda code: translate("courses", "已儲存 {code} 的課程審核表：{path}").format(code=code, path=path),
    )


def export_queue_job(user: CurrentUser, f: CourseFilter, heading: str, path: Path) -> LongJob:
    """The queue as the filter shows it, every check's outcome a column, to XLSX (a long job)."""

    def job(session: Any, progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> Any:
        total = courses.count_courses(session, user, f)
        ids = [r.id for r in courses.list_courses(session, user, f, limit=max(total, 1))]
        return courses.export_courses_xlsx(session, user, ids, path, heading=heading, progress=progress)

    return job


# --- report months (back-end counties, Art 12(3)(4))


def report_months(user: CurrentUser, today: date | None = None) -> Operation[list[MonthRow]]:
    """Every month of the back-end counties in the user's scope, deadlines counted from ``today``."""
    return Operation(
        lambda session: courses.months_of(session, user, around=today),
        translate("courses", "讀取傳報月份"),
        success=lambda _rows: "",
    )


def move_report_month(
    user: CurrentUser, row: MonthRow, action: str, today: date | None = None, **params: Any
) -> Operation[MonthMove]:
    """A move of the report-month workflow (上傳, 確認, 開啟更正, 重新確認) on the version on screen."""
    verb = translate("courses", courses.MONTH_WORKFLOW.move_named(action).verb)
    return Operation(
        lambda session: courses.move_month(
            session,
            user,
            row.county_code,
            row.year,
            row.month,
            action,
            expected_version=row.version,
            today=today,
            **params,
        ),
        verb,
    )
