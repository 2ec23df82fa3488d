"""The course record (docs/rules.md CRS, Art 8): what the form holds, its checks, creating and correcting.

- :class:`CourseInput` is every Art 8 field a person types, its segments and the organiser's code. Times are
  local wall-clock datetimes, as organisers write them.
- :func:`check_course` names every bad field at once. It refuses only what cannot be stored (a missing
  title, an end before the start, a segment outside the course or overlapping another, an unknown kind,
  an amount that is not a whole number, a malformed telephone or e-mail, text longer than its column);
  whether the course *qualifies* is the checklist's job (``checks``), so an unofficial-looking basis
  document number or a class nature off the controlled list is only a warning here.
- :func:`create_course` stores a draft with a new course code: the school year (學年度, ROC) in three
  digits and a serial of seven (``1150000042``), unique per school year, as the demo data numbers them.
- :func:`update_course`: the organiser's side edits a draft or a returned course; a clerk of the reviewing
  office corrects typos of a submitted or in-review course, with a reason, and the checklist is re-run.
  Every edit is audited old → new field by field (entity ``course``, id the course code), refuses a
  stale copy, and refuses a course of a confirmed back-end month (``months.check_unlocked``).
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ntip_desktop.changes import Changes
from ntip_desktop.errors import ConflictError, PermissionDenied, UserError
from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.labels import label
from ntip_desktop.models import AuditSource, Course, CourseState, Delivery, Organization, Role, Segment, SegmentKind
from ntip_desktop.models.base import utcnow
from ntip_desktop.services import audit, validators
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.courses import months
from ntip_desktop.services.courses.access import (
    ENTITY,
    check_organiser_scope,
    check_review_scope,
    check_version,
    load_course,
)
from ntip_desktop.services.courses.checks import OPEN_STATES, review_course
from ntip_desktop.services.rules.checklist import is_official_doc_number
from ntip_desktop.services.rules.rocdate import ROC_OFFSET, TAIWAN
from ntip_desktop.services.rules.ruleset import RuleSet
from ntip_desktop.services.rulesets import rule_set_in_force

#: Audience codes a course may name (Art 8(5)); ``k12_teacher`` is the one the checklist looks for.
AUDIENCES = {
    "k12_teacher": QT_TRANSLATE_NOOP("courses", "高級中等以下學校編制內教師"),
    "other_staff": QT_TRANSLATE_NOOP("courses", "其他教育人員"),
}

#: Every field of the form and the imports, with its Chinese name (also the import's column header).
FIELD_LABELS = {
    "organizer_code": QT_TRANSLATE_NOOP("courses", "主辦單位代碼"),
    "title": QT_TRANSLATE_NOOP("courses", "研習名稱"),
    "session_label": QT_TRANSLATE_NOOP("courses", "場次"),
    "outline": QT_TRANSLATE_NOOP("courses", "課程內容大綱"),
    "organizer_category": QT_TRANSLATE_NOOP("courses", "辦理單位資格（第7條款次）"),
    "approval_doc": QT_TRANSLATE_NOOP("courses", "主管機關核准文號"),
    "accreditation_ref": QT_TRANSLATE_NOOP("courses", "認可文號"),
    "cross_school": QT_TRANSLATE_NOOP("courses", "跨校辦理"),
    "basis_doc": QT_TRANSLATE_NOOP("courses", "依據文號"),
    "start_at": QT_TRANSLATE_NOOP("courses", "開始時間"),
    "end_at": QT_TRANSLATE_NOOP("courses", "結束時間"),
    "venue": QT_TRANSLATE_NOOP("courses", "地點"),
    "delivery": QT_TRANSLATE_NOOP("courses", "研習方式"),
    "class_nature": QT_TRANSLATE_NOOP("courses", "班別性質"),
    "audience": QT_TRANSLATE_NOOP("courses", "研習對象"),
    "subsidy_unit": QT_TRANSLATE_NOOP("courses", "補助單位"),
    "subsidy_amount": QT_TRANSLATE_NOOP("courses", "補助金額"),
    "contact_name": QT_TRANSLATE_NOOP("courses", "承辦人姓名"),
    "contact_phone": QT_TRANSLATE_NOOP("courses", "承辦人電話"),
    "contact_email": QT_TRANSLATE_NOOP("courses", "承辦人電子郵件"),
    "registered_on": QT_TRANSLATE_NOOP("courses", "登錄日期"),
    "registered_elsewhere": QT_TRANSLATE_NOOP("courses", "已登錄於其他網站"),
    "consent_doc": QT_TRANSLATE_NOOP("courses", "主管機關同意文號（第9條）"),
    "special_approval_doc": QT_TRANSLATE_NOOP("courses", "專案核准文號"),
    "credits": QT_TRANSLATE_NOOP("courses", "學分數"),
    "certified_hours": QT_TRANSLATE_NOOP("courses", "認證時數"),
    "certified_ref": QT_TRANSLATE_NOOP("courses", "時數認證文號"),
    "segments": QT_TRANSLATE_NOOP("courses", "時段"),
}

_TEXT_FIELDS = (
    "title",
    "session_label",
    "outline",
    "approval_doc",
    "accreditation_ref",
    "basis_doc",
    "venue",
    "class_nature",
    "subsidy_unit",
    "contact_name",
    "contact_phone",
    "contact_email",
    "consent_doc",
    "special_approval_doc",
    "certified_ref",
)
#: Text columns stored as NULL when empty (the others store "").
_NULLABLE = frozenset(
    {
        "approval_doc",
        "accreditation_ref",
        "basis_doc",
        "class_nature",
        "subsidy_unit",
        "consent_doc",
        "special_approval_doc",
        "certified_ref",
    }
)
#: Columns a record writes (the order of the audit entry and of the form).
RECORD_COLUMNS = (
    *_TEXT_FIELDS[:3],
    "organizer_id",
    "organizer_category",
    "approval_doc",
    "accreditation_ref",
    "cross_school",
    "basis_doc",
    "start_at",
    "end_at",
    "venue",
    "delivery",
    "class_nature",
    "audience",
    "subsidy_unit",
    "subsidy_amount",
    "contact_name",
    "contact_phone",
    "contact_email",
    "registered_on",
    "registered_elsewhere",
    "consent_doc",
    "special_approval_doc",
    "credits",
    "certified_hours",
    "certified_ref",
)
#: States the organiser's side edits; states a reviewing clerk corrects (with a reason).
ORGANISER_STATES = (CourseState.DRAFT, CourseState.RETURNED)
CORRECTION_STATES = OPEN_STATES


def field_label(name: str) -> str:
    """The Chinese name of a form field (``segments`` included)."""
    return translate("courses", FIELD_LABELS.get(name, name))


@dataclass(frozen=True)
class SegmentInput:
    """One 時段: a label unique in the course (empty: numbered S1, S2 … on saving), local start and end."""

    label: str
    start: datetime | None
    end: datetime | None
    kind: SegmentKind | str = SegmentKind.INSTRUCTION
    topic: str = ""


@dataclass(frozen=True)
class CourseInput:
    """Every Art 8 field of a course as a person gives it (see the module's description)."""

    organizer_code: str
    title: str
    session_label: str = ""
    outline: str = ""
    organizer_category: int | str | None = None
    approval_doc: str = ""
    accreditation_ref: str = ""
    cross_school: bool = False
    basis_doc: str = ""
    start_at: datetime | None = None
    end_at: datetime | None = None
    venue: str = ""
    delivery: Delivery | str = Delivery.IN_PERSON
    class_nature: str = ""
    audience: tuple[str, ...] = ("k12_teacher",)
    subsidy_unit: str = ""
    subsidy_amount: int | str | None = None
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    registered_on: date | None = None
    registered_elsewhere: bool = False
    consent_doc: str = ""
    special_approval_doc: str = ""
    credits: int | str | None = None
    certified_hours: int | str | None = None
    certified_ref: str = ""
    segments: tuple[SegmentInput, ...] = ()


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a field (``warning``: said, but the record is stored anyway)."""

    field: str
    message: str
    warning: bool = False
    #: The segment (1-based, in the order given) a ``segments`` problem is about.
    segment: int | None = None


class CourseInvalid(UserError):
    """The record cannot be stored: ``problems`` names every bad field."""

    def __init__(self, problems: list[Problem]) -> None:
        errors = [p for p in problems if not p.warning]
        super().__init__(
            translate("courses", "課程資料有 {n} 處錯誤，未儲存：\n{items}").format(
                n=len(errors), items="\n".join(f"{field_label(p.field)}：{p.message}" for p in errors)
            ),
            field=errors[0].field if errors else None,
        )
        self.problems = problems


@dataclass(frozen=True)
class CourseSaved:
    """What a save did, for the dialog, the status bar and the views."""

    course_id: uuid.UUID
    code: str
    state: CourseState
    version: int
    message: str
    warnings: tuple[Problem, ...] = ()
    changed: tuple[str, ...] = ()  #: fields whose value changed (an update)
    changes: Changes = field(default_factory=lambda: Changes(courses=True, audit=True))


@dataclass(frozen=True)
class CourseRecord:
    """A stored course as the form shows it."""

    course_id: uuid.UUID
    code: str
    state: CourseState
    version: int
    organizer_name: str
    data: CourseInput
    #: The person corrects a submitted course: a reason is required and the checklist is re-run.
    correction: bool


@dataclass(frozen=True)
class FormChoices:
    """What the form offers: the rule set's class natures and, for a coordinator, their organisation."""

    class_natures: tuple[str, ...]
    organizer_code: str
    organizer_name: str


# --- reading what was typed -------------------------------------------------------------------------------


def school_year_of(day: date) -> int:
    """The 學年度 (ROC) a date falls in: August to July."""
    return day.year - ROC_OFFSET if day.month >= 8 else day.year - ROC_OFFSET - 1


def _local(moment: datetime | None) -> datetime | None:
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(TAIWAN).replace(tzinfo=None)


def _max_length(name: str) -> int | None:
    return getattr(Course.__table__.c[name].type, "length", None)


def _integer(value: int | str | None, name: str, problems: list[Problem], *, minimum: int) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    else:
        text = unicodedata.normalize("NFKC", value).strip().replace(",", "").removeprefix("NT$").removesuffix("元")
        number = int(text) if text.isascii() and text.isdigit() else None
    if number is None:
        problems.append(Problem(name, translate("courses", "「{text}」不是整數。").format(text=value)))
        return None
    if number < minimum:
        problems.append(Problem(name, translate("courses", "須為 {n} 以上的整數。").format(n=minimum)))
        return None
    return number


def _segments(
    data: CourseInput, start: datetime | None, end: datetime | None, problems: list[Problem]
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    used = {s.label.strip() for s in data.segments if s.label.strip()}
    seen: set[str] = set()
    auto = 0

    def bad(n: int, message: str) -> None:
        problems.append(
            Problem("segments", translate("courses", "第 {n} 段：{message}").format(n=n, message=message), segment=n)
        )

    for n, seg in enumerate(data.segments, start=1):
        name = seg.label.strip()
        if not name:
            while True:
                auto += 1
                name = f"S{auto}"
                if name not in used:
                    break
            used.add(name)
        if name in seen:
            bad(n, translate("courses", "代號「{label}」重複。").format(label=name))
        seen.add(name)
        if len(name) > 20:
            bad(n, translate("courses", "代號最多 20 字。"))
        try:
            kind: SegmentKind | None = SegmentKind(seg.kind)
        except ValueError:
            kind = None
            bad(n, translate("courses", "「{kind}」不是時段類別。").format(kind=seg.kind))
        s_start, s_end = _local(seg.start), _local(seg.end)
        if s_start is None or s_end is None:
            bad(n, translate("courses", "請填開始與結束時間。"))
        elif s_end <= s_start:
            bad(n, translate("courses", "結束時間須晚於開始時間。"))
        elif s_start.date() != s_end.date():
            bad(n, translate("courses", "一個時段須在同一天內。"))
        elif start is not None and end is not None and (s_start < start or s_end > end):
            bad(n, translate("courses", "時段不在課程的開始與結束時間之內。"))
        if len(seg.topic.strip()) > 120:
            bad(n, translate("courses", "主題最多 120 字。"))
        rows.append({"label": name, "start_at": s_start, "end_at": s_end, "kind": kind, "topic": seg.topic.strip()})
    timed = sorted(
        ((n, r) for n, r in enumerate(rows, start=1) if r["start_at"] and r["end_at"] and r["end_at"] > r["start_at"]),
        key=lambda item: item[1]["start_at"],
    )
    latest: dict[str, Any] | None = None  # the segment that ends last among those before
    for n, row in timed:
        if latest is not None and row["start_at"] < latest["end_at"]:
            bad(n, translate("courses", "與時段「{label}」時間重疊。").format(label=latest["label"]))
        if latest is None or row["end_at"] > latest["end_at"]:
            latest = row
    return rows


def read_input(
    data: CourseInput, organizer: Organization | None, rule_set: RuleSet
) -> tuple[dict[str, Any], list[dict[str, Any]], list[Problem]]:
    """The column values and segment rows ``data`` stands for, and every problem (no database)."""
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        text = (getattr(data, name) or "").strip()
        limit = _max_length(name)
        if limit is not None and len(text) > limit:
            problems.append(
                Problem(name, translate("courses", "最多 {n} 字（目前 {m} 字）。").format(n=limit, m=len(text)))
            )
        values[name] = (text or None) if name in _NULLABLE else text
    if not values["title"]:
        problems.append(Problem("title", translate("courses", "請填研習名稱。")))
    code = (data.organizer_code or "").strip()
    if organizer is None:
        message = (
            translate("courses", "請填主辦單位代碼。")
            if not code
            else translate("courses", "查無機關代碼 {code}。").format(code=code)
        )
        problems.append(Problem("organizer_code", message))
    elif not organizer.active:
        problems.append(Problem("organizer_code", translate("courses", "此機關已停用或裁撤。")))
    values["organizer_id"] = organizer.id if organizer is not None else None
    category = _integer(data.organizer_category, "organizer_category", problems, minimum=1)
    if data.organizer_category in (None, "") or (category is not None and category > 8):
        problems.append(Problem("organizer_category", translate("courses", "請選第7條第1至8款之一。")))
        category = None
    values["organizer_category"] = category
    start, end = _local(data.start_at), _local(data.end_at)
    if start is None:
        problems.append(Problem("start_at", translate("courses", "請填開始時間。")))
    if end is None:
        problems.append(Problem("end_at", translate("courses", "請填結束時間。")))
    elif start is not None and end <= start:
        problems.append(Problem("end_at", translate("courses", "結束時間須晚於開始時間。")))
    values["start_at"], values["end_at"] = start, end
    try:
        values["delivery"] = Delivery(data.delivery)
    except ValueError:
        values["delivery"] = None
        problems.append(
            Problem("delivery", translate("courses", "「{text}」不是研習方式。").format(text=data.delivery))
        )
    audience = [a.strip() for a in data.audience if a.strip()]
    unknown = [a for a in audience if a not in AUDIENCES]
    if unknown:
        problems.append(
            Problem("audience", translate("courses", "不認得的研習對象：{codes}").format(codes="、".join(unknown)))
        )
    values["audience"] = list(dict.fromkeys(audience))
    values["subsidy_amount"] = _integer(data.subsidy_amount, "subsidy_amount", problems, minimum=1)
    values["credits"] = _integer(data.credits, "credits", problems, minimum=1)
    values["certified_hours"] = _integer(data.certified_hours, "certified_hours", problems, minimum=0)
    if values["contact_phone"] and not validators.is_phone(values["contact_phone"]):
        problems.append(Problem("contact_phone", translate("courses", "電話號碼格式不正確（例：02-2720-1234#201）。")))
    if values["contact_email"] and not validators.is_email(values["contact_email"]):
        problems.append(
            Problem("contact_email", translate("courses", "電子郵件格式不正確（例：name@school.edu.tw）。"))
        )
    values["cross_school"] = bool(data.cross_school)
    values["registered_on"] = data.registered_on
    values["registered_elsewhere"] = bool(data.registered_elsewhere)
    segments = _segments(data, start, end, problems)
    # Warnings: the checklist judges these; the form only says so.
    if values["basis_doc"] and not is_official_doc_number(values["basis_doc"], rule_set):
        problems.append(
            Problem(
                "basis_doc",
                translate("courses", "文號格式看來不像公文文號（例：北市教研字第1083012345號），審核時會再檢核。"),
                warning=True,
            )
        )
    if values["class_nature"] and values["class_nature"] not in rule_set.class_natures:
        problems.append(
            Problem(
                "class_nature",
                translate("courses", "不在班別性質清單內（{allowed}），審核時會再檢核。").format(
                    allowed="、".join(rule_set.class_natures)
                ),
                warning=True,
            )
        )
    return values, segments, problems


def organizer_by_code(session: Session, code: str) -> Organization | None:
    code = unicodedata.normalize("NFKC", code or "").strip()
    if not code:
        return None
    return session.execute(select(Organization).where(Organization.code == code)).scalar_one_or_none()


def _scope_problem(session: Session, user: CurrentUser, organizer: Organization | None) -> list[Problem]:
    if organizer is None:
        return []
    try:
        check_organiser_scope(session, user, organizer)
    except PermissionDenied as exc:
        return [Problem("organizer_code", exc.message)]
    return []


def check_course(session: Session, user: CurrentUser, data: CourseInput) -> list[Problem]:
    """Every problem of ``data`` at once, by field (warnings included; nothing is written)."""
    organizer = organizer_by_code(session, data.organizer_code)
    _values, _rows, problems = read_input(data, organizer, rule_set_in_force(session))
    return problems + _scope_problem(session, user, organizer)


def errors_of(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if not p.warning]


# --- course codes ----------------------------------------------------------------------------------------


def next_serial(session: Session, school_year: int) -> int:
    """The next free serial of ``school_year``'s course codes (``YYY`` + seven digits)."""
    prefix = f"{school_year:03d}"
    highest = session.execute(
        select(func.max(Course.code)).where(Course.code.like(prefix + "%"), func.length(Course.code) == 10)
    ).scalar_one_or_none()
    if highest is None:
        return 1
    tail = highest[3:]
    if tail.isdigit():
        return int(tail) + 1
    codes = session.execute(
        select(Course.code).where(Course.code.like(prefix + "%"), func.length(Course.code) == 10)
    ).scalars()
    return max((int(c[3:]) for c in codes if c[3:].isdigit()), default=0) + 1


def course_code(school_year: int, serial: int) -> str:
    return f"{school_year:03d}{serial:07d}"


# --- storing ----------------------------------------------------------------------------------------------


def _segment_plain(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "label": r["label"],
            "start": r["start_at"],
            "end": r["end_at"],
            "kind": r["kind"],
            "topic": r["topic"],
        }
        for r in sorted(rows, key=lambda r: (r["start_at"], r["label"]))
    ]


def _audit_values(values: dict[str, Any], organizer_code: str, segments: list[dict[str, Any]]) -> dict[str, Any]:
    plain = {k: v for k, v in values.items() if k != "organizer_id"}
    plain["organizer_code"] = organizer_code
    plain["segments"] = _segment_plain(segments)
    return plain


def _flush(session: Session) -> None:
    try:
        session.flush()
    except IntegrityError:
        raise ConflictError(
            translate("courses", "同時有其他人儲存了課程，課程代碼或時段代號衝突。請再儲存一次。"), field="code"
        ) from None


def create_course(
    session: Session, user: CurrentUser, data: CourseInput, *, source: AuditSource | None = None
) -> CourseSaved:
    """Store ``data`` as a draft of its organiser with a new course code; audited (``create``)."""
    organizer = organizer_by_code(session, data.organizer_code)
    if organizer is not None:
        check_organiser_scope(session, user, organizer)
    values, segments, problems = read_input(data, organizer, rule_set_in_force(session))
    if errors_of(problems):
        raise CourseInvalid(problems)
    assert organizer is not None
    months.check_unlocked(session, organizer.county_code, values["start_at"].date())
    year = school_year_of(values["start_at"].date())
    course = Course(
        code=course_code(year, next_serial(session, year)),
        state=CourseState.DRAFT,
        school_year=year,
        **values,
    )
    for row in segments:
        course.segments.append(Segment(**row))
    session.add(course)
    _flush(session)
    audit.record(
        session,
        user.actor(source),
        ENTITY,
        course.code,
        "create",
        new=_audit_values(values, organizer.code, segments),
    )
    return CourseSaved(
        course.id,
        course.code,
        course.state,
        course.version,
        translate("courses", "已新增課程 {code} {title}（草稿）").format(code=course.code, title=course.title),
        tuple(p for p in problems if p.warning),
        tuple(values),
    )


def _stored_segments(course: Course) -> list[dict[str, Any]]:
    return [
        {"label": s.label, "start_at": s.start_at, "end_at": s.end_at, "kind": s.kind, "topic": s.topic}
        for s in course.segments
    ]


def _check_can_edit(session: Session, user: CurrentUser, course: Course) -> bool:
    """Scope by state; True when this is a clerk's correction of a submitted course."""
    if course.state in ORGANISER_STATES:
        check_organiser_scope(session, user, course.organizer)
        return False
    if course.state in CORRECTION_STATES:
        if user.role is Role.SCHOOL_COORDINATOR:
            raise PermissionDenied(
                translate(
                    "courses", "課程 {code} 已送審（{state}），只有審核單位能更正；如需修改請洽審核單位。"
                ).format(code=course.code, state=label(course.state))
            )
        check_review_scope(session, user, course)
        return True
    raise UserError(
        translate("courses", "課程 {code} 目前為「{state}」，不能再修改。").format(
            code=course.code, state=label(course.state)
        ),
        field="state",
    )


def course_record(session: Session, user: CurrentUser, ref: uuid.UUID | str) -> CourseRecord:
    """A stored course as the form edits it (the organiser's side, or the reviewing office)."""
    course = load_course(session, ref)
    try:
        correction = _check_can_edit(session, user, course)
    except UserError as refused:
        if refused.field != "state":
            raise
        correction = False
        try:
            check_organiser_scope(session, user, course.organizer)
        except PermissionDenied:
            check_review_scope(session, user, course)
    data = CourseInput(
        organizer_code=course.organizer.code,
        title=course.title,
        session_label=course.session_label,
        outline=course.outline,
        organizer_category=course.organizer_category,
        approval_doc=course.approval_doc or "",
        accreditation_ref=course.accreditation_ref or "",
        cross_school=course.cross_school,
        basis_doc=course.basis_doc or "",
        start_at=course.start_at,
        end_at=course.end_at,
        venue=course.venue,
        delivery=course.delivery,
        class_nature=course.class_nature or "",
        audience=tuple(course.audience or ()),
        subsidy_unit=course.subsidy_unit or "",
        subsidy_amount=course.subsidy_amount,
        contact_name=course.contact_name,
        contact_phone=course.contact_phone,
        contact_email=course.contact_email,
        registered_on=course.registered_on,
        registered_elsewhere=course.registered_elsewhere,
        consent_doc=course.consent_doc or "",
        special_approval_doc=course.special_approval_doc or "",
        credits=course.credits,
        certified_hours=course.certified_hours,
        certified_ref=course.certified_ref or "",
        segments=tuple(SegmentInput(s.label, s.start_at, s.end_at, s.kind, s.topic) for s in course.segments),
    )
    return CourseRecord(course.id, course.code, course.state, course.version, course.organizer.name, data, correction)


def form_choices(session: Session, user: CurrentUser) -> FormChoices:
    rs = rule_set_in_force(session)
    org = session.get(Organization, user.organization_id) if user.organization_id else None
    return FormChoices(tuple(rs.class_natures), org.code if org else "", org.name if org else "")


def update_course(
    session: Session,
    user: CurrentUser,
    ref: uuid.UUID | str,
    data: CourseInput,
    *,
    expected_version: int | None,
    reason: str = "",
) -> CourseSaved:
    """Save ``data`` over the course ``ref`` (see the module's description); audited old → new."""
    course = load_course(session, ref)
    correction = _check_can_edit(session, user, course)
    check_version(session, course, expected_version)
    reason = (reason or "").strip()
    if correction and not reason:
        raise UserError(translate("courses", "更正已送審的課程必須寫明理由（例：依來文更正錯字）。"), field="reason")
    organizer = organizer_by_code(session, data.organizer_code)
    values, segments, problems = read_input(data, organizer, rule_set_in_force(session))
    if organizer is not None and organizer.id != course.organizer_id:
        if correction:
            problems.append(
                Problem("organizer_code", translate("courses", "送審後不能更換主辦單位；請退回補正後由主辦單位修改。"))
            )
        else:
            problems += _scope_problem(session, user, organizer)
    if errors_of(problems):
        raise CourseInvalid(problems)
    assert organizer is not None
    old_county = course.organizer.county_code
    months.check_unlocked(session, old_county, course.start_at.date())
    months.check_unlocked(session, organizer.county_code, values["start_at"].date())
    old_all = _audit_values(
        {name: getattr(course, name) for name in values}, course.organizer.code, _stored_segments(course)
    )
    new_all = _audit_values(values, organizer.code, segments)
    changed = [name for name in new_all if old_all.get(name) != new_all.get(name)]
    if not changed:
        return CourseSaved(
            course.id,
            course.code,
            course.state,
            course.version,
            translate("courses", "課程 {code} 沒有變更。").format(code=course.code),
            tuple(p for p in problems if p.warning),
        )
    _sync_segments(session, course, segments)  # first: it flushes, and the course row must change once
    for name, value in values.items():
        if getattr(course, name) != value:
            setattr(course, name, value)
    course.school_year = school_year_of(values["start_at"].date())
    course.updated_at = utcnow()  # the row changes even when only segments did: the version moves on
    _flush(session)
    audit.record(
        session,
        user.actor(),
        ENTITY,
        course.code,
        "correct" if correction else "update",
        old={name: old_all[name] for name in changed},
        new={name: new_all[name] for name in changed},
        reason=reason,
    )
    if course.state in OPEN_STATES:
        review_course(session, course)
        session.flush()
    names = "、".join(field_label(n) if n in FIELD_LABELS else n for n in changed)
    verb = translate("courses", "已更正") if correction else translate("courses", "已儲存")
    return CourseSaved(
        course.id,
        course.code,
        course.state,
        course.version,
        translate("courses", "{verb}課程 {code}：{fields}").format(verb=verb, code=course.code, fields=names),
        tuple(p for p in problems if p.warning),
        tuple(changed),
    )


def _sync_segments(session: Session, course: Course, rows: list[dict[str, Any]]) -> None:
    """Make the course's segments ``rows``, keeping (and updating) those whose label stays."""
    wanted = {r["label"]: r for r in rows}
    for seg in list(course.segments):
        if seg.label not in wanted:
            course.segments.remove(seg)
    session.flush()  # a removed label may be reused below
    existing = {s.label: s for s in course.segments}
    for name, row in wanted.items():
        kept = existing.get(name)
        if kept is None:
            course.segments.append(Segment(**row))
            continue
        for key, value in row.items():
            if getattr(kept, key) != value:
                setattr(kept, key, value)
