"""The course form's fields (docs/rules.md CRS, Art 8): what a person types, and reading it.

- :class:`CourseInput` is every Art 8 field a person types, its segments (:class:`SegmentInput`) and the
  organiser's code. Times are local wall-clock datetimes, as organisers write them. :data:`FIELD_LABELS`
  names each field in Chinese (the form's labels and the import's column headers); :data:`AUDIENCES`
  lists the audience codes a course may name.
- :func:`read_input` turns it into column values and segment rows and names every bad field at once as a
  :class:`Problem`, without touching the database. It refuses only what cannot be stored (a missing
  title, an end before the start, a segment outside the course or overlapping another, an unknown kind,
  an amount that is not a whole number, a malformed telephone or e-mail, text longer than its column);
  whether the course *qualifies* is the checklist's job (``checks``), so an unofficial-looking basis
  document number or a class nature off the controlled list is only a warning here.

Creating, correcting and auditing a course live in :mod:`.records`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.models import Course, Delivery, Organization, SegmentKind
from ntip_desktop.services import validators
from ntip_desktop.services.rules.checklist_text import is_official_doc_number
from ntip_desktop.services.rules.hours_types import MAX_CERTIFIED_HOURS, MAX_CREDITS
from ntip_desktop.services.rules.rocdate import TAIWAN
from ntip_desktop.services.rules.ruleset import RuleSet

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


# --- reading what was typed -------------------------------------------------------------------------------


def _local(moment: datetime | None) -> datetime | None:
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(TAIWAN).replace(tzinfo=None)


def _max_length(name: str) -> int | None:
    return getattr(Course.__table__.c[name].type, "length", None)


#: The largest value an INTEGER column holds on both engines (PostgreSQL's is 32 bits).
_INT_MAX = 2**31 - 1


def _integer(
    value: int | str | None, name: str, problems: list[Problem], *, minimum: int, maximum: int = _INT_MAX
) -> int | None:
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
    if not minimum <= number <= maximum:
        problems.append(
            Problem(name, translate("courses", "須為 {n} 到 {m} 的整數。").format(n=minimum, m=f"{maximum:,}"))
        )
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
    values["credits"] = _integer(data.credits, "credits", problems, minimum=1, maximum=MAX_CREDITS)
    values["certified_hours"] = _integer(
        data.certified_hours, "certified_hours", problems, minimum=0, maximum=MAX_CERTIFIED_HOURS
    )
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


def errors_of(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if not p.warning]
