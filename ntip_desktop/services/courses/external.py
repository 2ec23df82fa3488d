"""Other sites' course lists for Art 12(1)'s duplicate check (docs/rules.md CRS ``art12.1.duplicate``).

A clerk imports the list a county system, the civil-service lifelong-learning portal or the
special-education network exports (CSV or XLSX: organiser, start date in ROC or Gregorian, title), all
or nothing, every bad row listed with its column. Rows are stored in ``external_courses`` under the
list's name; importing a list of the same source and name again replaces it (a newer export of the same
list). The checklist compares each submitted course with them (``checks._Neighbours``): same organiser,
same start date, a similar title → ``warn``. Every import and deletion is audited (entity
``external_courses``, id the list's name) with the number of rows.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from ntip_desktop.changes import Changes
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.models import AuditSource, ExternalCourse
from ntip_desktop.models.base import table_of, utcnow
from ntip_desktop.services import audit, tabular
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.courses.importing import CourseImportRejected, ImportProblem
from ntip_desktop.services.rules.rocdate import parse_date

#: The audit log's entity of other sites' lists (entity id: the list's name).
EXTERNAL_ENTITY = "external_courses"
#: The sites Art 12(1) names, by the code stored in ``ExternalCourse.source``.
SOURCES = {
    "county": QT_TRANSLATE_NOOP("courses", "縣市研習系統"),
    "civil_service": QT_TRANSLATE_NOOP("courses", "公務人員終身學習入口網站"),
    "special_education": QT_TRANSLATE_NOOP("courses", "特殊教育通報網"),
}
_COLUMNS = {
    "organizer": (
        QT_TRANSLATE_NOOP("courses", "主辦單位"),
        ("辦理單位", "開課單位", "主辦機關", "organizer", "organiser", "unit"),
    ),
    "start_on": (
        QT_TRANSLATE_NOOP("courses", "開始日期"),
        ("日期", "研習日期", "開課日期", "上課日期", "起始日期", "開始時間", "start", "start date", "date"),
    ),
    "title": (QT_TRANSLATE_NOOP("courses", "研習名稱"), ("課程名稱", "名稱", "班別名稱", "title", "course", "name")),
}
_LENGTH = 200


def source_label(source: str) -> str:
    return translate("courses", SOURCES.get(source, source))


@dataclass(frozen=True)
class ExternalRow:
    line: int
    organizer: str
    start_on: date
    title: str


@dataclass(frozen=True)
class ExternalPreview:
    rows: tuple[ExternalRow, ...]
    problems: tuple[ImportProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)


@dataclass(frozen=True)
class ExternalList:
    """One stored list: its site, name, how many courses, when imported."""

    source: str
    source_label: str
    list_name: str
    courses: int
    imported_at: datetime


@dataclass(frozen=True)
class ExternalListChange:
    source: str
    list_name: str
    rows: int
    replaced: int
    message: str
    changes: Changes = Changes(courses=True, audit=True)  # noqa: RUF009 - frozen, shared safely


def _check_source(source: str) -> None:
    if source not in SOURCES:
        raise UserError(
            translate("courses", "來源須為：{sources}").format(sources="、".join(source_label(s) for s in SOURCES)),
            field="source",
        )


def preview_external(session: Session, user: CurrentUser, data: bytes, filename: str = "") -> ExternalPreview:
    """Read and check every row of another site's list (nothing is written)."""
    user.require(Permission.REVIEW_COURSES)
    rows = tabular.non_empty_rows(data, filename)
    if not rows:
        raise UserError(translate("courses", "檔案是空的：至少要有標題列及一列課程。"), field="file")
    (header_line, header), body = rows[0], rows[1:]
    names = {
        tabular.header_key(spelling): name
        for name, (caption, aliases) in _COLUMNS.items()
        for spelling in (name, caption, *aliases)
    }
    columns: dict[str, int] = {}
    for index, text in enumerate(header):
        name = names.get(tabular.header_key(text))
        if name and name not in columns:
            columns[name] = index
    problems = [
        ImportProblem(header_line, name, translate("courses", caption), translate("courses", "標題列缺少此欄位。"))
        for name, (caption, _aliases) in _COLUMNS.items()
        if name not in columns
    ]
    if problems:
        return ExternalPreview((), tuple(problems))
    if not body:
        raise UserError(translate("courses", "檔案只有標題列，沒有課程。"), field="file")
    found: list[ExternalRow] = []
    for line, cells in body:

        def cell(name: str, cells: list[str] = cells) -> str:
            index = columns[name]
            return cells[index].strip() if index < len(cells) else ""

        def bad(name: str, message: str, line: int = line) -> None:
            problems.append(ImportProblem(line, name, header[columns[name]].strip(), message))

        values = {name: cell(name) for name in _COLUMNS}
        for name in ("organizer", "title"):
            if not values[name]:
                bad(name, translate("courses", "此欄不可空白。"))
            elif len(values[name]) > _LENGTH:
                bad(name, translate("courses", "最多 {n} 字。").format(n=_LENGTH))
        day: date | None = None
        if not values["start_on"]:
            bad("start_on", translate("courses", "此欄不可空白。"))
        else:
            try:
                day = parse_date(values["start_on"].split()[0])
            except UserError as exc:
                bad("start_on", exc.message)
        if day is not None:
            found.append(ExternalRow(line, values["organizer"], day, values["title"]))
    return ExternalPreview(tuple(found), tuple(problems))


def import_external_list(
    session: Session,
    user: CurrentUser,
    data: bytes,
    filename: str,
    source: str,
    list_name: str = "",
    *,
    progress: Callable[[int, int], None] | None = None,
) -> ExternalListChange:
    """Store the list (replacing one of the same source and name), or nothing when any row is bad."""
    _check_source(source)
    list_name = (list_name or filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]).strip()[:_LENGTH]
    if not list_name:
        raise UserError(translate("courses", "請填清單名稱。"), field="list_name")
    preview = preview_external(session, user, data, filename)
    if preview.problems:
        raise CourseImportRejected(list(preview.problems))
    replaced = _count(session, source, list_name)
    session.execute(
        delete(ExternalCourse).where(ExternalCourse.source == source, ExternalCourse.list_name == list_name)
    )
    now = utcnow()
    rows = [
        {
            "id": uuid.uuid4(),
            "source": source,
            "list_name": list_name,
            "organizer": r.organizer,
            "start_on": r.start_on,
            "title": r.title,
            "imported_at": now,
        }
        for r in preview.rows
    ]
    for start in range(0, len(rows), 5000):
        session.execute(insert(table_of(ExternalCourse)), rows[start : start + 5000])
        if progress:
            progress(min(start + 5000, len(rows)), len(rows))
    audit.record(
        session,
        user.actor(AuditSource.IMPORT),
        EXTERNAL_ENTITY,
        list_name[:60],
        "import",
        old={"source": source, "list": list_name, "rows": replaced} if replaced else None,
        new={"source": source, "list": list_name, "rows": len(rows), "file": filename.rsplit("/", 1)[-1]},
        reason=translate("courses", "匯入他站課程清單（第12條第1款）"),
    )
    message = translate("courses", "已匯入{source}清單「{name}」{n} 門課程").format(
        source=source_label(source), name=list_name, n=len(rows)
    )
    if replaced:
        message += translate("courses", "（取代原有的 {n} 門）").format(n=replaced)
    return ExternalListChange(source, list_name, len(rows), replaced, message)


def _count(session: Session, source: str, list_name: str) -> int:
    return int(
        session.execute(
            select(func.count())
            .select_from(ExternalCourse)
            .where(ExternalCourse.source == source, ExternalCourse.list_name == list_name)
        ).scalar_one()
    )


def external_lists(session: Session, user: CurrentUser) -> list[ExternalList]:
    """Every stored list with its number of courses, by source and name."""
    user.require(Permission.REVIEW_COURSES)
    rows = session.execute(
        select(
            ExternalCourse.source,
            ExternalCourse.list_name,
            func.count(),
            func.max(ExternalCourse.imported_at),
        )
        .group_by(ExternalCourse.source, ExternalCourse.list_name)
        .order_by(ExternalCourse.source, ExternalCourse.list_name)
    ).all()
    return [ExternalList(s, source_label(s), name, int(n), at) for s, name, n, at in rows]


def delete_external_list(session: Session, user: CurrentUser, source: str, list_name: str) -> ExternalListChange:
    """Remove a stored list (the duplicate check no longer sees it); audited with its size."""
    user.require(Permission.REVIEW_COURSES)
    _check_source(source)
    count = _count(session, source, list_name)
    if not count:
        raise UserError(translate("courses", "查無清單「{name}」。").format(name=list_name), field="list_name")
    session.execute(
        delete(ExternalCourse).where(ExternalCourse.source == source, ExternalCourse.list_name == list_name)
    )
    audit.record(
        session,
        user.actor(),
        EXTERNAL_ENTITY,
        list_name[:60],
        "delete",
        old={"source": source, "list": list_name, "rows": count},
        reason=translate("courses", "刪除他站課程清單"),
    )
    return ExternalListChange(
        source,
        list_name,
        0,
        count,
        translate("courses", "已刪除{source}清單「{name}」（{n} 門課程）").format(
            source=source_label(source), name=list_name, n=count
        ),
    )
