"""The JSON form of the review checklist (docs/cli.md ``ntip review check``).

Types are checked strictly (a wrong type or an unknown key is bad input, exit 2, naming its JSON path);
a missing or null field is not an input error: the check that needs it fails.
Beyond docs/cli.md's fields the object may carry ``cross_school`` (bool), ``series_titles`` (titles of the
organiser's other courses) and ``external_courses`` (imported lists, for the duplicate check), and
``organizer`` may carry ``ownership`` and ``level`` for the Art 11 routing.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services.rules.checklist import (
    CheckResult,
    Contact,
    CourseFacts,
    ExternalCourse,
    Organizer,
    Subsidy,
    run_checklist,
)
from ntip_desktop.services.rules.hours import DELIVERIES, Segment
from ntip_desktop.services.rules.hours_json import check_year, load_json, parse_local_time, parse_segments
from ntip_desktop.services.rules.hours_plan import check_segments
from ntip_desktop.services.rules.ruleset import DEFAULT_RULE_SET, RuleSet

_TEXT_FIELDS = ("code", "title", "session_label", "outline", "basis_doc", "venue", "class_nature", "consent_doc")
_BOOL_FIELDS = ("online_county", "registered_elsewhere", "cross_school")
_KEYS = frozenset(
    {
        *_TEXT_FIELDS,
        *_BOOL_FIELDS,
        "start",
        "end",
        "delivery",
        "audience",
        "subsidy",
        "contact",
        "organizer",
        "registered_on",
        "segments",
        "series_titles",
        "external_courses",
    }
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _object(value: Any, path: str, allowed: frozenset[str]) -> dict[str, Any]:
    if type(value) is not dict:
        raise UserError(translate("services.rules.review_json", "須為 JSON 物件"), field=path)
    for key in value:
        if key not in allowed:
            raise UserError(
                translate("services.rules.review_json", "不明的欄位 {key}").format(key=key),
                field=f"{path}.{key}" if path != "$" else key,
            )
    return value


def _text(value: Any, path: str) -> str | None:
    if value is None or type(value) is str:
        return value
    raise UserError(translate("services.rules.review_json", "須為文字或 null"), field=path)


def _bool(value: Any, path: str) -> bool | None:
    if value is None or type(value) is bool:
        return value
    raise UserError(translate("services.rules.review_json", "須為 true、false 或 null"), field=path)


def _date(value: Any, path: str) -> date | None:
    if value is None:
        return None
    if type(value) is str and _ISO_DATE.fullmatch(value):
        try:
            result = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            check_year(result.year, path)
            return result
    raise UserError(translate("services.rules.review_json", "日期須寫成 YYYY-MM-DD（例 2026-03-02）"), field=path)


def _text_list(value: Any, path: str) -> tuple[str, ...] | None:
    if value is None:
        return None
    if type(value) is not list:
        raise UserError(translate("services.rules.review_json", "須為文字陣列或 null"), field=path)
    for i, item in enumerate(value):
        if type(item) is not str:
            raise UserError(translate("services.rules.review_json", "須為文字"), field=f"{path}[{i}]")
    return tuple(value)


def _subsidy(value: Any) -> Subsidy | None:
    if value is None:
        return None
    raw = _object(value, "subsidy", frozenset({"unit", "amount"}))
    amount = raw.get("amount")
    if amount is not None and (type(amount) not in (int, float)):
        raise UserError(translate("services.rules.review_json", "須為數字或 null"), field="subsidy.amount")
    return Subsidy(_text(raw.get("unit"), "subsidy.unit"), amount)


def _contact(value: Any) -> Contact | None:
    if value is None:
        return None
    raw = _object(value, "contact", frozenset({"name", "phone", "email"}))
    return Contact(*(_text(raw.get(k), f"contact.{k}") for k in ("name", "phone", "email")))


def _organizer(value: Any) -> Organizer | None:
    if value is None:
        return None
    keys = ("name", "category", "approval_doc", "county", "kind", "ownership", "level")
    raw = _object(value, "organizer", frozenset(keys))
    category = raw.get("category")
    if category is not None and type(category) is not int:
        raise UserError(
            translate("services.rules.review_json", "須為 1 到 8 的整數或 null"), field="organizer.category"
        )
    texts = {k: _text(raw.get(k), f"organizer.{k}") for k in keys if k != "category"}
    return Organizer(category=category, **texts)


def _external(value: Any) -> tuple[ExternalCourse, ...]:
    if value is None:
        return ()
    if type(value) is not list:
        raise UserError(translate("services.rules.review_json", "須為 JSON 陣列"), field="external_courses")
    result = []
    for i, item in enumerate(value):
        path = f"external_courses[{i}]"
        raw = _object(item, path, frozenset({"source", "organizer", "start", "title"}))
        fields = {k: _text(raw.get(k), f"{path}.{k}") for k in ("source", "organizer", "title")}
        start = _date(raw.get("start"), f"{path}.start")
        if not all(fields.values()) or start is None:
            raise UserError(
                translate("services.rules.review_json", "外部課程須有 source、organizer、start、title"), field=path
            )
        result.append(ExternalCourse(fields["source"], fields["organizer"], start, fields["title"]))  # type: ignore[arg-type]
    return tuple(result)


def _segments(value: Any) -> tuple[Segment, ...]:
    """The course's segments, held to the consistency rules ``hours compute`` applies (no overlap, unique
    ids, …): segments it would refuse cannot pass the checklist either."""
    segments = parse_segments(value, "segments")
    check_segments(segments, "segments")
    return segments


def parse_review_input(data: Any) -> tuple[CourseFacts, tuple[str, ...], tuple[ExternalCourse, ...]]:
    """Course facts, series titles and external courses from the decoded JSON."""
    raw = _object(data, "$", _KEYS)
    texts = {k: _text(raw.get(k), k) for k in _TEXT_FIELDS}
    flags = {k: _bool(raw.get(k), k) for k in _BOOL_FIELDS}
    delivery = raw.get("delivery")
    if delivery is not None and delivery not in DELIVERIES:
        raise UserError(
            translate("services.rules.review_json", "須為下列之一：{values}").format(values="、".join(DELIVERIES)),
            field="delivery",
        )
    start = raw.get("start")
    end = raw.get("end")
    segments = raw.get("segments")
    facts = CourseFacts(
        code=texts["code"],
        title=texts["title"],
        session_label=texts["session_label"],
        outline=texts["outline"],
        basis_doc=texts["basis_doc"],
        venue=texts["venue"],
        class_nature=texts["class_nature"],
        consent_doc=texts["consent_doc"],
        online_county=flags["online_county"],
        registered_elsewhere=flags["registered_elsewhere"],
        cross_school=flags["cross_school"],
        start=None if start is None else parse_local_time(start, "start"),
        end=None if end is None else parse_local_time(end, "end"),
        delivery=delivery,
        audience=_text_list(raw.get("audience"), "audience"),
        subsidy=_subsidy(raw.get("subsidy")),
        contact=_contact(raw.get("contact")),
        organizer=_organizer(raw.get("organizer")),
        registered_on=_date(raw.get("registered_on"), "registered_on"),
        segments=() if segments is None else _segments(segments),
    )
    series = _text_list(raw.get("series_titles"), "series_titles") or ()
    return facts, series, _external(raw.get("external_courses"))


def checks_to_json(results: list[CheckResult]) -> str:
    """``{"checks": [...]}`` as docs/cli.md prints it."""
    return json.dumps(
        {"checks": [{"id": r.id, "article": r.article, "outcome": r.outcome, "message": r.message} for r in results]},
        ensure_ascii=False,
        indent=1,
    )


def review_json(text: str | bytes, rule_set: RuleSet = DEFAULT_RULE_SET) -> tuple[str, bool]:
    """The whole ``ntip review check`` path: (output JSON, whether any check failed)."""
    facts, series, external = parse_review_input(load_json(text))
    results = run_checklist(facts, rule_set, series_titles=series, external_courses=external)
    return checks_to_json(results), any(r.outcome == "fail" for r in results)
