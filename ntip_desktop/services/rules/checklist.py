"""The course review checklist (docs/rules.md CRS; Art 7, 8, 9, 11, 12).

Every check of the docs/rules.md table runs, in table order, and yields ``pass``, ``warn``, ``fail`` or
``manual`` with a Chinese message naming the article. Outcomes are suggestions: a clerk may override
one with a recorded reason (:func:`apply_override`). A missing field makes its check fail; nothing here
raises on incomplete facts. The text recognisers the checks use (document numbers, telephone and e-mail,
session markers, base titles) live in :mod:`.checklist_text`; the public ones are exported here too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services.rules.checklist_text import (
    base_title,
    compact_text,
    is_official_doc_number,
    session_marker,
    similar_titles,
    valid_email,
    valid_phone,
)
from ntip_desktop.services.rules.hours import Segment
from ntip_desktop.services.rules.rocdate import format_roc
from ntip_desktop.services.rules.routing import ReviewUnit, normalize_county, route_review_unit
from ntip_desktop.services.rules.ruleset import DEFAULT_RULE_SET, RuleSet
from ntip_desktop.services.rules.terms import find_restricted_terms, normalize_text
from ntip_desktop.vocabulary import CheckOutcome, Delivery

__all__ = [
    "CHECK_IDS",
    "CheckResult",
    "Contact",
    "CourseFacts",
    "ExternalCourse",
    "Organizer",
    "ReviewUnit",
    "Subsidy",
    "apply_override",
    "base_title",
    "is_official_doc_number",
    "route_review_unit",
    "run_checklist",
    "session_marker",
    "valid_email",
    "valid_phone",
]

#: A check's outcome (docs/rules.md CRS); a member equals its plain value (``CheckOutcome.PASS == "pass"``).
Outcome = CheckOutcome
OUTCOMES: tuple[Outcome, ...] = tuple(CheckOutcome)
PASS, WARN, FAIL, MANUAL = CheckOutcome.PASS, CheckOutcome.WARN, CheckOutcome.FAIL, CheckOutcome.MANUAL
_SEVERITY = {PASS: 0, WARN: 1, MANUAL: 2, FAIL: 3}

#: The checks of docs/rules.md CRS in table order, with the article each cites.
CHECK_IDS: tuple[tuple[str, str], ...] = (
    ("art7.organizer", "第7條"),
    ("art8.focus", "第8條"),
    ("art8.1.title", "第8條第1款"),
    ("art8.2.basis", "第8條第2款"),
    ("art8.3.when_where", "第8條第3款"),
    ("art8.4.class_nature", "第8條第4款"),
    ("art8.5.audience", "第8條第5款"),
    ("art8.6.subsidy", "第8條第6款"),
    ("art8.7.contact", "第8條第7款"),
    ("art9.restricted", "第9條"),
    ("art11.route", "第11條"),
    ("art12.1.duplicate", "第12條第1款"),
    ("art12.2.lead_time", "第12條第2款"),
)


@dataclass(frozen=True)
class Subsidy:
    unit: str | None = None
    #: NT$; must be a positive integer when present.
    amount: Any = None


@dataclass(frozen=True)
class Contact:
    name: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class Organizer:
    name: str | None = None
    #: Art 7 item 1–8.
    category: int | None = None
    #: Approving authority's document number (items 3, 5) or accreditation reference (item 6).
    approval_doc: str | None = None
    county: str | None = None
    #: Organisation kind for routing (see routing.ORG_KINDS).
    kind: str | None = None
    #: ``national``, ``municipal``, ``county`` or ``private``.
    ownership: str | None = None
    #: ``central`` or ``local`` for a training center.
    level: str | None = None


@dataclass(frozen=True)
class ExternalCourse:
    """A course from an imported external list (county system, lifelong-learning portal …)."""

    source: str
    organizer: str
    start: date
    title: str


@dataclass(frozen=True)
class CourseFacts:
    """What the checklist looks at (the fields of docs/cli.md ``ntip review check``)."""

    code: str | None = None
    title: str | None = None
    session_label: str | None = None
    outline: str | None = None
    basis_doc: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    venue: str | None = None
    delivery: str | None = None
    class_nature: str | None = None
    audience: tuple[str, ...] | None = None
    subsidy: Subsidy | None = None
    contact: Contact | None = None
    organizer: Organizer | None = None
    registered_on: date | None = None
    online_county: bool | None = None
    registered_elsewhere: bool | None = None
    consent_doc: str | None = None
    segments: tuple[Segment, ...] = ()
    #: Whether teachers of other schools may attend (跨校, Art 7 items 4 and 5).
    cross_school: bool | None = None


@dataclass(frozen=True)
class CheckResult:
    id: str
    article: str
    outcome: Outcome
    message: str
    data: dict[str, Any] = field(default_factory=dict)
    #: The automatic outcome, kept when a clerk overrides it.
    auto_outcome: Outcome | None = None
    #: The clerk's recorded reason for an override.
    override_reason: str | None = None


def apply_override(result: CheckResult, outcome: Outcome, reason: str) -> CheckResult:
    """A clerk's decision replacing the automatic outcome; the reason is required (and audited by the caller)."""
    if outcome not in OUTCOMES:
        raise UserError(
            translate("services.rules.checklist", "不明的審核結果：{value}").format(value=outcome), field="outcome"
        )
    if not isinstance(reason, str) or not reason.strip():
        raise UserError(translate("services.rules.checklist", "變更自動判定須填寫理由"), field="reason")
    return replace(
        result,
        outcome=CheckOutcome(outcome),
        auto_outcome=result.auto_outcome or result.outcome,
        override_reason=reason.strip(),
    )


# --- the checks ------------------------------------------------------------------------------------

Verdict = tuple[Outcome, str, dict[str, Any]]


def _worst(parts: list[tuple[Outcome, str]], ok: str) -> tuple[Outcome, str]:
    problems = [(o, m) for o, m in parts if o != PASS]
    if not problems:
        return PASS, ok
    outcome = max((o for o, _ in problems), key=_SEVERITY.__getitem__)
    return outcome, "；".join(m for _, m in problems)


def _organizer(f: CourseFacts, rs: RuleSet, ctx: _Context) -> Verdict:
    org = f.organizer
    if org is None or org.category is None:
        return FAIL, translate("services.rules.checklist", "未填開辦資格類別（第7條第1至8款）"), {}
    category = rs.organizer_category(org.category) if isinstance(org.category, int) else None
    if category is None:
        return (
            FAIL,
            translate("services.rules.checklist", "開辦資格須為第7條第1至8款之一，收到：{value}").format(
                value=org.category
            ),
            {},
        )
    parts: list[tuple[Outcome, str]] = []
    if category.needs_approval_doc:
        if not org.approval_doc:
            parts.append(
                (
                    FAIL,
                    translate("services.rules.checklist", "第7條第{n}款須有主管機關的核定文號").format(
                        n=category.number
                    ),
                )
            )
        elif not is_official_doc_number(org.approval_doc, rs):
            parts.append(
                (
                    WARN,
                    translate("services.rules.checklist", "核定文號「{doc}」格式不像公文文號（第7條第{n}款）").format(
                        doc=org.approval_doc, n=category.number
                    ),
                )
            )
    if category.needs_accreditation and not org.approval_doc:
        parts.append((FAIL, translate("services.rules.checklist", "第7條第6款須有社會教育機構或法人的認可文號")))
    if category.needs_cross_school:
        if f.cross_school is False:
            parts.append(
                (
                    FAIL,
                    translate("services.rules.checklist", "第7條第{n}款須為跨校性質的研習").format(n=category.number),
                )
            )
        elif f.cross_school is None:
            parts.append(
                (
                    MANUAL,
                    translate("services.rules.checklist", "請確認是否為跨校性質的研習（第7條第{n}款）").format(
                        n=category.number
                    ),
                )
            )
    outcome, message = _worst(
        parts,
        translate("services.rules.checklist", "開辦資格：第7條第{n}款 {text}").format(
            n=category.number, text=category.text
        ),
    )
    return outcome, message, {"category": category.number}


def _focus(f: CourseFacts, rs: RuleSet, ctx: _Context) -> Verdict:
    return (
        MANUAL,
        translate("services.rules.checklist", "請判斷研習內容是否以提升學生輔導專業知能、增進教學成效為主（第8條）"),
        {},
    )


def _title(f: CourseFacts, rs: RuleSet, ctx: _Context) -> Verdict:
    parts: list[tuple[Outcome, str]] = []
    if not f.title or not f.title.strip():
        parts.append((FAIL, translate("services.rules.checklist", "未填研習名稱（第8條第1款）")))
    outline_chars = len(compact_text(f.outline or ""))
    if outline_chars < rs.outline_min_chars:
        parts.append(
            (
                FAIL,
                translate(
                    "services.rules.checklist", "課程大綱須簡述辦理目的，至少{n}字（目前{m}字）（第8條第1款）"
                ).format(n=rs.outline_min_chars, m=outline_chars),
            )
        )
    data: dict[str, Any] = {"outline_chars": outline_chars}
    if f.title and f.title.strip():
        base = base_title(f.title)
        series = [(t, lbl) for t, lbl in ctx.series if t and base_title(t) == base]
        if series:
            mine = session_marker(f.session_label) or session_marker(f.title)
            taken = {session_marker(lbl) or session_marker(t) for t, lbl in series}
            data["series"] = len(series) + 1
            if mine is None:
                parts.append(
                    (
                        FAIL,
                        translate(
                            "services.rules.checklist",
                            "同一系列有{n}門課程，名稱須以場次區別（如「第2場」）（第8條第1款）",
                        ).format(n=len(series) + 1),
                    )
                )
            elif mine in taken:
                parts.append(
                    (
                        FAIL,
                        translate("services.rules.checklist", "同一系列已有第{m}場，場次不可重複（第8條第1款）").format(
                            m=mine
                        ),
                    )
                )
            else:
                data["session"] = mine
    outcome, message = _worst(parts, translate("services.rules.checklist", "研習名稱與課程大綱完整（第8條第1款）"))
    return outcome, message, data


def _basis(f: CourseFacts, rs: RuleSet, ctx: _Context) -> Verdict:
    if not f.basis_doc or not f.basis_doc.strip():
        return FAIL, translate("services.rules.checklist", "未填依據文號（第8條第2款）"), {}
    if not is_official_doc_number(f.basis_doc, rs):
        return (
            FAIL,
            translate(
                "services.rules.checklist", "依據文號「{doc}」不符公文文號格式「○○字第…號」（第8條第2款）"
            ).format(doc=f.basis_doc),
            {},
        )
    return (
        MANUAL,
        translate(
            "services.rules.checklist",
            "依據文號格式正確；請確認為教育部或主管教育行政機關核定研習時數的公文（第8條第2款）",
        ),
        {"basis_doc": compact_text(f.basis_doc)},
    )


def _when_where(f: CourseFacts, rs: RuleSet, ctx: _Context) -> Verdict:
    parts: list[tuple[Outcome, str]] = []
    if f.start is None or f.end is None:
        parts.append((FAIL, translate("services.rules.checklist", "須註明研習起迄時間（第8條第3款）")))
    elif f.end <= f.start:
        parts.append((FAIL, translate("services.rules.checklist", "研習結束時間須晚於開始時間（第8條第3款）")))
    else:
        for seg in f.segments:
            if seg.end <= seg.start or seg.end.date() != seg.start.date():
                parts.append(
                    (
                        FAIL,
                        translate(
                            "services.rules.checklist", "時段 {id} 的起迄時間不合理（須同日且結束晚於開始）"
                        ).format(id=seg.id),
                    )
                )
            elif seg.start < f.start or seg.end > f.end:
                parts.append(
                    (
                        FAIL,
                        translate("services.rules.checklist", "時段 {id} 不在研習起迄時間之內（第8條第3款）").format(
                            id=seg.id
                        ),
                    )
                )
    if f.delivery != Delivery.ONLINE and not (f.venue and f.venue.strip()):
        parts.append((FAIL, translate("services.rules.checklist", "須註明辦理地點（第8條第3款）")))
    return (*_worst(parts, translate("services.rules.checklist", "研習起迄時間與地點完整（第8條第3款）")), {})


def _class_nature(f: CourseFacts, rs: RuleSet, ctx: _Context) -> Verdict:
    if not f.class_nature:
        return FAIL, translate("services.rules.checklist", "未註明班別性質（第8條第4款）"), {}
    if f.class_nature.strip() not in rs.class_natures:
        return (
            FAIL,
            translate("services.rules.checklist", "班別性質「{value}」不在清單內：{allowed}（第8條第4款）").format(
                value=f.class_nature, allowed="、".join(rs.class_natures)
            ),
            {},
        )
    return (
        PASS,
        translate("services.rules.checklist", "班別性質：{value}（第8條第4款）").format(value=f.class_nature.strip()),
        {},
    )


def _audience(f: CourseFacts, rs: RuleSet, ctx: _Context) -> Verdict:
    if not f.audience:
        return FAIL, translate("services.rules.checklist", "未註明研習對象（第8條第5款）"), {}
    if rs.k12_audience_code in f.audience:
        return PASS, translate("services.rules.checklist", "研習對象包含高中職以下各級學校編制內教師（第8條第5款）"), {}
    return WARN, translate("services.rules.checklist", "研習對象應以高中職以下各級學校編制內教師為主（第8條第5款）"), {}


def _subsidy(f: CourseFacts, rs: RuleSet, ctx: _Context) -> Verdict:
    s = f.subsidy
    unit = s.unit.strip() if s and isinstance(s.unit, str) and s.unit.strip() else None
    amount = s.amount if s else None
    if unit is None and amount is None:
        return PASS, translate("services.rules.checklist", "無經費補助（第8條第6款）"), {}
    parts: list[tuple[Outcome, str]] = []
    if unit is None:
        parts.append((FAIL, translate("services.rules.checklist", "有補助金額須註明補助單位（第8條第6款）")))
    if amount is None:
        parts.append((FAIL, translate("services.rules.checklist", "有補助單位須註明補助金額（第8條第6款）")))
    elif type(amount) is not int or amount <= 0:
        parts.append((FAIL, translate("services.rules.checklist", "補助金額須為大於0的新臺幣整數（第8條第6款）")))
    return (
        *_worst(
            parts,
            translate("services.rules.checklist", "補助單位：{unit}，金額新臺幣{amount}元（第8條第6款）").format(
                unit=unit, amount=amount
            ),
        ),
        {},
    )


def _contact(f: CourseFacts, rs: RuleSet, ctx: _Context) -> Verdict:
    c = f.contact or Contact()
    parts: list[tuple[Outcome, str]] = []
    if not (c.name and c.name.strip()):
        parts.append((FAIL, translate("services.rules.checklist", "未填承辦人姓名（第8條第7款）")))
    if not (c.phone and c.phone.strip()):
        parts.append((FAIL, translate("services.rules.checklist", "未填承辦人電話（第8條第7款）")))
    elif not valid_phone(c.phone):
        parts.append(
            (
                FAIL,
                translate(
                    "services.rules.checklist", "承辦人電話「{phone}」不是有效的臺灣電話號碼（第8條第7款）"
                ).format(phone=c.phone),
            )
        )
    if not (c.email and c.email.strip()):
        parts.append((FAIL, translate("services.rules.checklist", "未填承辦人電子郵件（第8條第7款）")))
    elif not valid_email(c.email):
        parts.append(
            (
                FAIL,
                translate("services.rules.checklist", "承辦人電子郵件「{email}」格式不正確（第8條第7款）").format(
                    email=c.email
                ),
            )
        )
    return (*_worst(parts, translate("services.rules.checklist", "承辦人資訊完整（第8條第7款）")), {})


def _restricted(f: CourseFacts, rs: RuleSet, ctx: _Context) -> Verdict:
    hits = find_restricted_terms(f.title, f.outline, rs)
    if not hits:
        return PASS, translate("services.rules.checklist", "未發現第9條所列須經同意的活動（第9條）"), {"matches": []}
    listed = "、".join(
        dict.fromkeys(
            translate("services.rules.checklist", "第{n}款{name}「{term}」").format(
                n=h.category, name=h.category_name, term=h.term
            )
            for h in hits
        )
    )
    data = {"matches": [{"category": h.category, "term": h.term, "where": h.where} for h in hits]}
    if f.consent_doc and f.consent_doc.strip():
        return (
            PASS,
            translate("services.rules.checklist", "涉及{listed}，已有主管機關同意文號 {doc}（第9條）").format(
                listed=listed, doc=f.consent_doc.strip()
            ),
            data,
        )
    return (
        FAIL,
        translate("services.rules.checklist", "涉及{listed}，須經教育行政主管機關同意並登錄同意文號（第9條）").format(
            listed=listed
        ),
        data,
    )


def _route(f: CourseFacts, rs: RuleSet, ctx: _Context) -> Verdict:
    org = f.organizer
    if org is None or not org.kind:
        return FAIL, translate("services.rules.checklist", "未填開辦單位類別，無法判定審核單位（第11條）"), {}
    try:
        unit = route_review_unit(org.kind, org.county, org.ownership, org.level, back_end=f.online_county is False)
    except UserError as exc:
        return (
            FAIL,
            translate("services.rules.checklist", "無法判定審核單位：{reason}（第11條）").format(reason=exc.message),
            {},
        )
    return (
        PASS,
        translate("services.rules.checklist", "審核單位：{unit}（{article}），其他單位不得審核").format(
            unit=unit.name, article=unit.article
        ),
        {"unit": unit.name, "unit_kind": unit.kind, "county": unit.county, "article": unit.article},
    )


def _duplicate(f: CourseFacts, rs: RuleSet, ctx: _Context) -> Verdict:
    if f.registered_elsewhere is True:
        return (
            FAIL,
            translate("services.rules.checklist", "已登錄於其他網站的研習課程，不得重複登錄本網（第12條第1款）"),
            {},
        )
    if f.registered_elsewhere is None:
        return (
            FAIL,
            translate(
                "services.rules.checklist",
                "未聲明是否已登錄於其他網站（縣市研習系統、公務人員終身學習入口網站、特殊教育通報網）（第12條第1款）",
            ),
            {},
        )
    org_name = normalize_text(normalize_county(f.organizer.name)) if f.organizer and f.organizer.name else ""
    start_day = f.start.date() if f.start else None
    likely = [
        x
        for x in ctx.external
        if org_name
        and normalize_text(normalize_county(x.organizer)) == org_name
        and x.start == start_day
        and f.title
        and similar_titles(f.title, x.title)
    ]
    if likely:
        where = "、".join(dict.fromkeys(f"{x.source}「{x.title}」" for x in likely))
        return (
            WARN,
            translate("services.rules.checklist", "可能與其他網站的課程重複：{where}（第12條第1款）").format(
                where=where
            ),
            {"likely_duplicates": [{"source": x.source, "title": x.title} for x in likely]},
        )
    return PASS, translate("services.rules.checklist", "未登錄於其他網站（第12條第1款）"), {}


def _lead_time(f: CourseFacts, rs: RuleSet, ctx: _Context) -> Verdict:
    if f.online_county is None:
        return FAIL, translate("services.rules.checklist", "未註明所屬縣市是否線上直接使用本網（第12條第2款）"), {}
    if f.online_county is False:
        return PASS, translate("services.rules.checklist", "後端傳報縣市，不適用登錄期限（第12條第2款）"), {}
    first = min((s.start for s in f.segments), default=f.start)
    if first is None:
        return FAIL, translate("services.rules.checklist", "缺少研習開始時間，無法檢查登錄期限（第12條第2款）"), {}
    if f.registered_on is None:
        return FAIL, translate("services.rules.checklist", "缺少登錄日期，無法檢查登錄期限（第12條第2款）"), {}
    deadline = first.date() - timedelta(days=rs.lead_time_days)
    data = {"deadline": deadline.isoformat()}
    if f.registered_on <= deadline:
        return (
            PASS,
            translate("services.rules.checklist", "已於{day}登錄，不晚於期限{deadline}（第12條第2款）").format(
                day=format_roc(f.registered_on), deadline=format_roc(deadline)
            ),
            data,
        )
    return (
        FAIL,
        translate(
            "services.rules.checklist", "須在研習前{n}日（{deadline}前）登錄本網，實際登錄日為{day}（第12條第2款）"
        ).format(n=rs.lead_time_days, deadline=format_roc(deadline), day=format_roc(f.registered_on)),
        data,
    )


@dataclass(frozen=True)
class _Context:
    series: tuple[tuple[str, str | None], ...]
    external: tuple[ExternalCourse, ...]


_CHECKS: dict[str, Callable[[CourseFacts, RuleSet, _Context], Verdict]] = {
    "art7.organizer": _organizer,
    "art8.focus": _focus,
    "art8.1.title": _title,
    "art8.2.basis": _basis,
    "art8.3.when_where": _when_where,
    "art8.4.class_nature": _class_nature,
    "art8.5.audience": _audience,
    "art8.6.subsidy": _subsidy,
    "art8.7.contact": _contact,
    "art9.restricted": _restricted,
    "art11.route": _route,
    "art12.1.duplicate": _duplicate,
    "art12.2.lead_time": _lead_time,
}


def run_checklist(
    facts: CourseFacts,
    rule_set: RuleSet = DEFAULT_RULE_SET,
    *,
    series_titles: Sequence[str | tuple[str, str | None]] = (),
    external_courses: Sequence[ExternalCourse] = (),
) -> list[CheckResult]:
    """Every CRS check, in the order of the docs/rules.md table.

    ``series_titles``: titles (or (title, session label) pairs) of the organiser's other courses, to tell
    a series apart; ``external_courses``: imported lists of other sites' courses, to spot duplicates.
    """
    ctx = _Context(
        tuple((t, None) if isinstance(t, str) else (t[0], t[1]) for t in series_titles), tuple(external_courses)
    )
    results = []
    for check_id, article in CHECK_IDS:
        outcome, message, data = _CHECKS[check_id](facts, rule_set, ctx)
        results.append(CheckResult(check_id, article, outcome, message, data))
    return results
