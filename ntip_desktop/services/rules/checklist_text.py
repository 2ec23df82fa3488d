"""Reading the CRS checklist's text fields (docs/rules.md CRS; Art 7, 8(1), 8(2), 8(7), 12(1)).

Small pure recognisers the checklist and the course services share: an official document number
(:func:`is_official_doc_number`), a telephone number and an e-mail address (:func:`valid_phone`,
:func:`valid_email`), a title's session marker (:func:`session_marker`, 第3場, 第三梯次 …), the title of
its series without it (:func:`base_title`) and whether two titles look alike (:func:`similar_titles`).
They are re-exported by :mod:`.checklist`, whose ``__all__`` is their public home.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from ntip_desktop.services.rules.ruleset import DEFAULT_RULE_SET, RuleSet
from ntip_desktop.services.rules.terms import normalize_text
from ntip_desktop.services.validators import is_email, is_phone, normalize


def compact_text(text: str) -> str:
    """``text`` normalised (full-width to half-width …) without any whitespace."""
    return re.sub(r"\s+", "", normalize(text))


@lru_cache(maxsize=8)
def _doc_pattern(issuer: str, lo: int, hi: int) -> re.Pattern[str]:
    return re.compile(rf"(?P<issuer>{issuer})字第(?P<number>\d{{{lo},{hi}}})號")


def is_official_doc_number(text: str | None, rule_set: RuleSet = DEFAULT_RULE_SET) -> bool:
    """``<issuer>字第<6–12 digits>號``, full- or half-width, spaces tolerated."""
    if not text:
        return False
    pattern = _doc_pattern(
        rule_set.basis_doc_issuer_pattern, rule_set.basis_doc_digits_min, rule_set.basis_doc_digits_max
    )
    return pattern.fullmatch(compact_text(text)) is not None


def valid_phone(text: str | None) -> bool:
    """A Taiwan phone number (:func:`ntip_desktop.services.validators.is_phone`, shared with account forms)."""
    return is_phone(text)


def valid_email(text: str | None) -> bool:
    """An e-mail address (:func:`ntip_desktop.services.validators.is_email`, shared with account forms)."""
    return is_email(text)


_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_NUM = r"[0-9零〇一二兩三四五六七八九十百]+"
_MARKERS = (
    re.compile(rf"第({_NUM})(?:場次|梯次|場|梯|期|次|回)"),
    re.compile(rf"(?:場次|梯次)[:：]?({_NUM})"),
)


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _CN_DIGITS.get(ch, 0)
    return total + current


def session_marker(text: str | None) -> int | None:
    """The session number a title or label carries (第3場, 第三梯次, 場次2 …), or None."""
    if not text:
        return None
    compact = compact_text(text)
    for pattern in _MARKERS:
        m = pattern.search(compact)
        if m:
            return _number(m.group(1))
    return None


@lru_cache(maxsize=65536)
def base_title(title: str) -> str:
    """A title without its session marker, normalised: courses of one series share it (Art 8(1))."""
    compact = compact_text(title)
    for pattern in _MARKERS:
        compact = pattern.sub("", compact)
    return normalize_text(compact)


def similar_titles(a: str, b: str) -> bool:
    """Whether two titles look like one series (Art 12(1)): one base title inside the other, or 80% alike."""
    x, y = base_title(a), base_title(b)
    if not x or not y:
        return False
    return x in y or y in x or difflib.SequenceMatcher(None, x, y).ratio() >= 0.8
