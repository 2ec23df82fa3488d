"""The course desk's use cases (課程審核: the course form and the imports) as operations for the task runner."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ntip_desktop.i18n import translate
from ntip_desktop.services import courses
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.courses import (
    ColumnChoice,
    CourseImportResult,
    CourseInput,
    CoursePreview,
    CourseRecord,
    CourseSaved,
    ExternalList,
    ExternalListChange,
    ExternalPreview,
    FormChoices,
    Problem,
)
from ntip_desktop.views.operations import Operation

#: A long job for ``TaskRunner.run_long``: ``job(session, progress, cancelled)``.
LongJob = Callable[[Any, Callable[[int, int, str], None], Callable[[], bool]], Any]


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
