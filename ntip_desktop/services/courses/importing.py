"""Importing courses from XLSX or CSV (UTF-8 with or without BOM, Big5/CP950), all or nothing.

Steps: :func:`.import_columns.read_columns` reads the header and suggests which column holds which field
(Chinese and English spellings, :data:`.import_columns.ALIASES`); the person may change that mapping;
:func:`preview_import` reads every row with it and lists every problem as (line, column, message);
:func:`import_courses` stores every course of the file or, when any row is bad, none
(:class:`CourseImportRejected`).

What a row is:

- one row is one course. An in-person course gets one instruction segment from its start to its end
  (which must then fall on one day); an online or credit course gets no segments;
- rows that give the same value in the 課程編號 column (``group``) are one course with one segment per
  row (a workshop over several days, or a day with a lunch break: the 時段類別 column names the kind).
  The course's fields are read from the group's first row; a later row may leave them empty, but one
  that gives a different value is a problem. The course runs from its first segment's start to its
  last segment's end. The number only groups rows: the stored course code is always the desk's own
  (school year + serial), since organisers' own numbers would collide;
- the file must give the title, the organiser's Art 7 item (辦理單位資格, ``1``–``8`` or ``第7款``),
  start and end; every other field is optional and left for the organiser to complete in the form;
- a school coordinator's courses are drafts of their own organisation (a 主辦單位代碼 column, if any,
  must name it); a clerk's or the administrator's are drafts of the organiser the row names, which must
  be within their scope.

Speed: the file is read in openpyxl's read-only mode, every row is checked in memory against organisers
read once, and the courses and segments are inserted in bulk through SQLAlchemy Core (20,000 rows well
under 20 s, ``bench/``). The audit log gets one summary entry per file (entity ``course_import``, id the
file name): what file, how many courses and segments, the course codes given out (a range per school
year, as they are consecutive) and the courses per organiser. One entry per course would be 20,000
hash-chained writes for one person's one act of importing; the summary names every code it created,
and each course's later edits are audited under its own code as usual.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ntip_desktop.changes import Changes
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.labels import source_text
from ntip_desktop.models import AuditSource, Course, CourseState, Delivery, Organization, Role, Segment, SegmentKind
from ntip_desktop.models.base import table_of, utcnow
from ntip_desktop.services import audit, tabular
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.courses import months
from ntip_desktop.services.courses.access import check_course_access, check_organiser_scope
from ntip_desktop.services.courses.course_fields import (
    AUDIENCES,
    CourseInput,
    SegmentInput,
    read_input,
)
from ntip_desktop.services.courses.import_columns import (
    REQUIRED,
    TARGETS,
    header_and_body,
    suggest_mapping,
    target_label,
)
from ntip_desktop.services.courses.records import (
    course_code,
    next_serial,
    school_year_of,
)
from ntip_desktop.services.rules.rocdate import parse_date
from ntip_desktop.services.rulesets import rule_set_in_force

#: The audit log's entity of an import's summary entry (entity id: the file name).
IMPORT_ENTITY = "course_import"

_COURSE_FIELDS = frozenset(TARGETS) - {"group", "kind", "topic", "start_at", "end_at"}
_YES = {"是", "有", "y", "yes", "true", "1", "v", "✓", "○", "o"}
_NO = {"", "否", "無", "n", "no", "false", "0", "x", "×"}


@dataclass(frozen=True)
class ImportProblem:
    """One bad value: file line, the column (as the file names it) and what is wrong."""

    line: int
    field: str
    column: str
    message: str

    def __str__(self) -> str:
        return translate("courses", "第 {line} 行「{column}」：{message}").format(
            line=self.line, column=self.column, message=self.message
        )


class CourseImportRejected(UserError):
    """The file has bad rows: nothing was imported. ``problems`` lists every one."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        lines = sorted({p.line for p in problems})
        super().__init__(
            translate("courses", "匯入檔有 {n} 處錯誤（第 {lines} 行），未匯入任何資料：\n{items}").format(
                n=len(problems), lines="、".join(str(n) for n in lines), items="\n".join(str(p) for p in problems)
            ),
            field=translate("courses", "第 {line} 行").format(line=lines[0]) if lines else None,
        )
        self.problems = problems


@dataclass(frozen=True)
class PreviewCourse:
    """A course the file would create: its first line, every line of it, and what it holds."""

    line: int
    lines: tuple[int, ...]
    data: CourseInput


@dataclass(frozen=True)
class CoursePreview:
    courses: tuple[PreviewCourse, ...]
    problems: tuple[ImportProblem, ...]
    #: Said but not blocking (an unofficial-looking document number …).
    warnings: tuple[ImportProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.courses)


@dataclass(frozen=True)
class CourseImportResult:
    courses: int
    segments: int
    codes: tuple[str, ...]
    message: str
    changes: Changes = Changes(courses=True, audit=True)  # noqa: RUF009 - frozen, shared safely


# --- reading cells ------------------------------------------------------------------------------------------


def _words(enum_type: type[Any], extra: dict[str, Any]) -> dict[str, Any]:
    words = {**{source_text(m): m for m in enum_type}, **{m.value: m for m in enum_type}, **extra}
    return {tabular.header_key(k): v for k, v in words.items()}


_DELIVERY = _words(
    Delivery,
    {"實體": Delivery.IN_PERSON, "線上": Delivery.ONLINE, "數位": Delivery.ONLINE, "學分班": Delivery.CREDIT},
)
_KINDS = _words(SegmentKind, {"授課": SegmentKind.INSTRUCTION, "上課": SegmentKind.INSTRUCTION})
_AUDIENCE = {tabular.header_key(k): k for k in AUDIENCES} | {tabular.header_key(v): k for k, v in AUDIENCES.items()}
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")


def _moment(text: str, base: date | None = None) -> datetime:
    """``2026-11-24 13:30``, ``115/11/24 13:30``, ``1151124 0930`` …; a bare time is on ``base``."""
    text = unicodedata.normalize("NFKC", text).strip()
    clock = _TIME.match(text)
    if clock and base is not None:
        day_text, time_text = "", text
    else:
        parts = re.split(r"[ T]+", text, maxsplit=1)
        day_text, time_text = parts[0], parts[1] if len(parts) > 1 else ""
    day = parse_date(day_text) if day_text else base
    assert day is not None
    if not time_text:
        return datetime.combine(day, time())
    found = _TIME.match(time_text) or re.match(r"^(\d{2})(\d{2})()$", time_text)
    if found is None:
        raise UserError(translate("courses", "無法辨識的時間「{text}」（例：115/11/24 13:30）。").format(text=text))
    hour, minute, second = (int(g or 0) for g in found.groups())
    if hour > 23 or minute > 59 or second > 59:
        raise UserError(translate("courses", "時間「{text}」不正確。").format(text=text))
    return datetime.combine(day, time(hour, minute, second))


def _bool(text: str) -> bool | None:
    key = tabular.header_key(text)
    if key in _YES:
        return True
    if key in _NO:
        return False
    return None


class _Row:
    """One line's cells, read through the mapping; problems land in ``problems`` with the column's name."""

    def __init__(
        self,
        line: int,
        cells: list[str],
        mapping: dict[str, int],
        headers: tuple[str, ...],
        problems: list[ImportProblem],
    ) -> None:
        self.line, self.cells, self.mapping, self.headers, self.problems = line, cells, mapping, headers, problems

    def get(self, name: str) -> str:
        index = self.mapping.get(name)
        if index is None or index >= len(self.cells):
            return ""
        return self.cells[index].strip()

    def column(self, name: str) -> str:
        index = self.mapping.get(name)
        if index is not None and index < len(self.headers) and self.headers[index]:
            return self.headers[index]
        return target_label(name)

    def bad(self, name: str, message: str) -> None:
        self.problems.append(ImportProblem(self.line, name, self.column(name), message))


def _course_values(row: _Row, base: CourseInput) -> CourseInput:
    """The course-level fields of ``row`` over ``base`` (unmapped columns keep ``base``'s values)."""
    changes: dict[str, Any] = {}
    mapped = row.mapping
    for name in _COURSE_FIELDS:
        if name not in mapped:
            continue
        text = row.get(name)
        if name in ("cross_school", "registered_elsewhere"):
            flag = _bool(text)
            if flag is None:
                row.bad(name, translate("courses", "「{text}」請填 是 或 否。").format(text=text))
            changes[name] = bool(flag)
        elif name == "delivery":
            if text:
                delivery = _DELIVERY.get(tabular.header_key(text))
                if delivery is None:
                    row.bad(
                        name,
                        translate("courses", "「{text}」不是研習方式（實體、線上、學分班）。").format(text=text),
                    )
                changes[name] = delivery or text
        elif name == "audience":
            codes = []
            for part in re.split(r"[、,;；／/]+", text):
                if part.strip():
                    code = _AUDIENCE.get(tabular.header_key(part))
                    if code is None:
                        row.bad(name, translate("courses", "不認得的研習對象「{text}」。").format(text=part.strip()))
                    else:
                        codes.append(code)
            changes[name] = tuple(codes)
        elif name == "registered_on":
            try:
                changes[name] = parse_date(text) if text else None
            except UserError as exc:
                row.bad(name, exc.message)
        elif name == "organizer_category":
            digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", text))
            changes[name] = digits or text
        else:
            changes[name] = text
    return replace(base, **changes)


def _segment(row: _Row) -> SegmentInput:
    start = end = None
    try:
        start = _moment(row.get("start_at")) if row.get("start_at") else None
    except UserError as exc:
        row.bad("start_at", exc.message)
    if not row.get("start_at"):
        row.bad("start_at", translate("courses", "請填開始時間。"))
    try:
        end = _moment(row.get("end_at"), start.date() if start else None) if row.get("end_at") else None
    except UserError as exc:
        row.bad("end_at", exc.message)
    if not row.get("end_at"):
        row.bad("end_at", translate("courses", "請填結束時間。"))
    kind: SegmentKind | str = SegmentKind.INSTRUCTION
    if row.get("kind"):
        found = _KINDS.get(tabular.header_key(row.get("kind")))
        if found is None:
            row.bad("kind", translate("courses", "「{text}」不是時段類別。").format(text=row.get("kind")))
        kind = found or SegmentKind.INSTRUCTION
    return SegmentInput("", start, end, kind, row.get("topic"))


def _column_of_problem(field: str) -> str:
    return "start_at" if field == "segments" else field


def preview_import(
    session: Session, user: CurrentUser, data: bytes, filename: str = "", mapping: dict[str, int] | None = None
) -> CoursePreview:
    """Read and check every row with ``mapping`` (None: the suggested one); nothing is written."""
    return _checked(session, user, data, filename, mapping)[0]


#: What the checks read of one course: its column values, segment rows and organiser.
_Read = tuple[dict[str, Any], list[dict[str, Any]], Organization | None]


def _checked(
    session: Session, user: CurrentUser, data: bytes, filename: str, mapping: dict[str, int] | None
) -> tuple[CoursePreview, list[_Read]]:
    """The preview, and what the checks read of each of its courses (the import stores that as it is)."""
    check_course_access(user)
    (header_line, header), body = header_and_body(data, filename)
    headers = tuple(h.strip() for h in header)
    mapping = dict(suggest_mapping(headers) if mapping is None else mapping)
    coordinator = user.role is Role.SCHOOL_COORDINATOR
    problems: list[ImportProblem] = []
    required = REQUIRED if coordinator else (*REQUIRED, "organizer_code")
    for name in required:
        if name not in mapping:
            problems.append(
                ImportProblem(header_line, name, target_label(name), translate("courses", "沒有對應到任何欄位。"))
            )
    if problems:
        return CoursePreview((), tuple(problems)), []
    if not body:
        raise UserError(translate("courses", "檔案只有標題列，沒有課程資料。"), field="file")
    read: list[_Read] = []
    own = session.get(Organization, user.organization_id) if coordinator and user.organization_id else None
    # Group the rows: one course per group number, or per row without one.
    groups: dict[str, list[_Row]] = {}
    for n, cells in body:
        row = _Row(n, cells, mapping, headers, problems)
        key = row.get("group") or f"\x00{n}"
        groups.setdefault(key, []).append(row)
    codes = {own.code} if own else {rows[0].get("organizer_code") for rows in groups.values()}
    organizers = {
        o.code: o
        for o in session.execute(select(Organization).where(Organization.code.in_([c for c in codes if c]))).scalars()
    }
    in_scope: dict[str, str | None] = {}
    rule_set = rule_set_in_force(session)
    courses: list[PreviewCourse] = []
    warnings: list[ImportProblem] = []
    for rows in groups.values():
        first = rows[0]
        code = first.get("organizer_code")
        if own is not None:
            if code and code != own.code:
                first.bad(
                    "organizer_code",
                    translate("courses", "您只能匯入本校（{code} {name}）的課程。").format(
                        code=own.code, name=own.name
                    ),
                )
            code = own.code
        base = _course_values(first, CourseInput(organizer_code=code, title=""))
        for later in rows[1:]:
            other = _course_values(later, base)
            for name in _COURSE_FIELDS & set(mapping):
                if later.get(name) and getattr(other, name) != getattr(base, name):
                    later.bad(
                        name,
                        translate("courses", "與同一課程第 {line} 行的值不同。").format(line=first.line),
                    )
        segments = [_segment(r) for r in rows]
        grouped = "group" in mapping and first.get("group") != ""
        starts = [s.start for s in segments if s.start]
        ends = [s.end for s in segments if s.end]
        course = replace(
            base,
            start_at=min(starts) if starts else None,
            end_at=max(ends) if ends else None,
            segments=tuple(segments) if grouped or base.delivery == Delivery.IN_PERSON else (),
        )
        organizer = organizers.get(code)
        if organizer is not None and organizer.code not in in_scope:
            try:
                check_organiser_scope(session, user, organizer)
                in_scope[organizer.code] = None
            except UserError as exc:
                in_scope[organizer.code] = exc.message
        if organizer is not None and in_scope.get(organizer.code):
            first.bad("organizer_code", in_scope[organizer.code] or "")
        # A cell already said to be unreadable is not reported again by the record's own checks.
        said = {(p.line, p.field) for p in problems}
        values, segment_rows, found = read_input(course, organizer, rule_set)
        read.append((values, segment_rows, organizer))
        for p in found:
            row = rows[p.segment - 1] if p.segment and p.segment <= len(rows) else first
            target = _column_of_problem(p.field)
            if (row.line, target) in said or (p.segment and (row.line, "end_at") in said):
                continue
            message = p.message.split("：", 1)[-1] if p.segment else p.message  # the line names the segment
            problem = ImportProblem(row.line, target, row.column(target), message)
            (warnings if p.warning else problems).append(problem)
            said.add((row.line, target))
        courses.append(PreviewCourse(first.line, tuple(r.line for r in rows), course))
    problems.sort(key=lambda p: p.line)
    return CoursePreview(tuple(courses), tuple(problems), tuple(warnings)), read


def import_courses(
    session: Session,
    user: CurrentUser,
    data: bytes,
    filename: str = "",
    mapping: dict[str, int] | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> CourseImportResult:
    """Store every course of the file as a draft, or none: CourseImportRejected lists every bad row."""
    preview, read = _checked(session, user, data, filename, mapping)
    if preview.problems:
        raise CourseImportRejected(list(preview.problems))
    locked: dict[tuple[str | None, int, int], str | None] = {}
    bad: list[ImportProblem] = []
    now = utcnow()
    serials: dict[int, int] = {}
    course_rows: list[dict[str, Any]] = []
    segment_rows: list[dict[str, Any]] = []
    per_year: dict[int, list[str]] = defaultdict(list)
    per_organizer: Counter[str] = Counter()
    for item, (values, segments, found_organizer) in zip(preview.courses, read, strict=True):
        assert found_organizer is not None
        organizer = found_organizer
        start: datetime = values["start_at"]
        month = (organizer.county_code, start.year, start.month)
        if month not in locked:
            try:
                months.check_unlocked(session, organizer.county_code, start.date())
                locked[month] = None
            except UserError as exc:
                locked[month] = exc.message
        if locked[month]:
            bad.append(ImportProblem(item.line, "start_at", target_label("start_at"), locked[month] or ""))
            continue
        year = school_year_of(start.date())
        if year not in serials:
            serials[year] = next_serial(session, year)
        code = course_code(year, serials[year])
        serials[year] += 1
        course_id = uuid.uuid4()
        course_rows.append(
            {
                **values,
                "id": course_id,
                "code": code,
                "state": CourseState.DRAFT,
                "review_unit": None,
                "school_year": year,
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
        )
        segment_rows.extend({**s, "id": uuid.uuid4(), "course_id": course_id} for s in segments)
        per_year[year].append(code)
        per_organizer[organizer.code] += 1
    if bad:
        raise CourseImportRejected(bad)
    chunk = 2000
    for start_at in range(0, len(course_rows), chunk):
        session.execute(insert(table_of(Course)), course_rows[start_at : start_at + chunk])
        if progress:
            progress(min(start_at + chunk, len(course_rows)), len(course_rows))
    for start_at in range(0, len(segment_rows), chunk * 2):
        session.execute(insert(table_of(Segment)), segment_rows[start_at : start_at + chunk * 2])
    name = filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1] or "-"
    audit.record(
        session,
        user.actor(AuditSource.IMPORT),
        IMPORT_ENTITY,
        name[:60],
        "import",
        new={
            "file": name,
            "courses": len(course_rows),
            "segments": len(segment_rows),
            "codes": {str(y): [c[0], c[-1]] for y, c in sorted(per_year.items())},
            "organizers": dict(sorted(per_organizer.items())),
        },
        reason=translate("courses", "匯入課程檔"),
    )
    codes = tuple(r["code"] for r in course_rows)
    return CourseImportResult(
        len(course_rows),
        len(segment_rows),
        codes,
        translate("courses", "已匯入 {n} 門課程（草稿，{first}～{last}）").format(
            n=len(codes), first=codes[0], last=codes[-1]
        ),
    )
