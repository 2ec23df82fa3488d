"""Art 9 restricted-activity terms found in a course's title and outline.

Matching is tolerant of full-/half-width forms (NFKC), spacing and punctuation: ``瑜 珈``, ``瑜．珈``
and ``ＹＯＧＡ``-style full-width text all normalise before comparison. A hit is a suggestion for the
clerk, never a verdict (docs/rules.md CRS: automatic outcomes can be overridden with a reason).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ntip_desktop.services.rules.ruleset import DEFAULT_RULE_SET, RestrictedCategory, RuleSet


@dataclass(frozen=True)
class TermMatch:
    """One Art 9 term found in a course text."""

    #: Art 9 item number (1–7).
    category: int
    #: The item's name.
    category_name: str
    #: The term as listed in the rule set.
    term: str
    #: ``"title"`` or ``"outline"``.
    where: str


def normalize_text(text: str) -> str:
    """NFKC, lower-case, without spaces, punctuation or symbols: the form terms are compared in."""
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PZSC")


@lru_cache(maxsize=8)
def _normalized_terms(categories: tuple[RestrictedCategory, ...]) -> tuple[tuple[RestrictedCategory, str, str], ...]:
    return tuple((c, term, normalize_text(term)) for c in categories for term in c.terms if normalize_text(term))


def find_restricted_terms(
    title: str | None, outline: str | None, rule_set: RuleSet = DEFAULT_RULE_SET
) -> list[TermMatch]:
    """Art 9 hits in ``title`` and ``outline``, by category; a term inside a longer hit of its category
    (露營 inside 童軍露營) is not repeated."""
    found: list[TermMatch] = []
    for where, text in (("title", title), ("outline", outline)):
        if not text:
            continue
        haystack = normalize_text(text)
        hits = [
            (c, term, norm) for c, term, norm in _normalized_terms(rule_set.restricted_categories) if norm in haystack
        ]
        for c, term, norm in hits:
            if any(other_c.number == c.number and norm != other and norm in other for other_c, _, other in hits):
                continue
            found.append(TermMatch(c.number, c.name, term, where))
    found.sort(key=lambda m: (m.category, m.where != "title"))
    return found
