"""Checks of contact details people type, shared by the course checklist (Art 8(7)) and account forms.

One reading of a Taiwanese telephone number and of an e-mail address for the whole program: the course
review (``services/rules/checklist.py``) and the account application fields
(``services/accounts/fields.py``) both call these. Pure: no database, no Qt.

What is read as a telephone number, after NFKC (full-width digits, ＃, （）and － become ASCII):

- a mobile number, ``09`` and eight more digits (``0912-345-678``);
- a landline with its area code, ``02``–``08`` and 7 or 8 more digits (``02-2720-1234``,
  ``037-123456``, ``0836-22345``); a toll-free ``0800``/``0809`` number has ten digits, and no other
  number starts with ``080``;
- digits may be grouped with spaces, hyphens, dots or brackets (``(02)2720-1234``);
- the country code written ``+886``, with or without the trunk 0 (``+886-2-…``, ``+886 (0)912 …``);
- an extension of up to six digits after ``#``, ``分機``, ``轉``, ``ext``/``ext.`` or ``x``.

An e-mail address is ``local@domain``: the local part letters, digits and ``!#$%&'*+/=?^_`{|}~-`` in
dot-separated runs (no leading, trailing or doubled dot), the domain two or more labels ending in a
top-level domain of two or more letters (``name@school.edu.tw``); at most 64 + 1 + 253 characters.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

__all__ = ["Phone", "is_email", "is_phone", "normalize", "parse_phone"]


def normalize(text: str | None) -> str:
    """``text`` in NFKC (full-width letters, digits and punctuation become ASCII), stripped."""
    return unicodedata.normalize("NFKC", text or "").strip()


class Phone(NamedTuple):
    """A telephone number as read: national digits (``0227201234``) and the extension (or ``""``)."""

    number: str
    extension: str


_EXTENSION = re.compile(r"\s*(?:#|分機|轉|ext\.?|x)\s*(\d{1,6})$", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s.\-‐()]")
_MOBILE = re.compile(r"09\d{8}")
_TOLL_FREE = re.compile(r"080[09]\d{6}")
_LANDLINE = re.compile(r"0[2-8]\d{7,8}")


def parse_phone(text: str | None) -> Phone | None:
    """The Taiwanese telephone number ``text`` writes, or ``None`` when it is not one."""
    phone = normalize(text)
    extension = ""
    found = _EXTENSION.search(phone)
    if found:
        extension, phone = found.group(1), phone[: found.start()]
    digits = _SEPARATORS.sub("", phone)
    if digits.startswith("+886"):
        digits = "0" + digits[4:].removeprefix("0")
    if not (digits.isascii() and digits.isdigit()):
        return None
    if digits.startswith("080"):  # no area code starts so: 0800 and 0809 are toll-free numbers
        pattern = _TOLL_FREE
    else:
        pattern = _MOBILE if digits.startswith("09") else _LANDLINE
    return Phone(digits, extension) if pattern.fullmatch(digits) else None


def is_phone(text: str | None) -> bool:
    """Whether ``text`` is a Taiwanese telephone number (see the module's description)."""
    return parse_phone(text) is not None


_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_EMAIL = re.compile(rf"(?P<local>{_ATOM}(?:\.{_ATOM})*)@(?P<domain>(?:{_LABEL}\.)+[A-Za-z]{{2,}})")


def is_email(text: str | None) -> bool:
    """Whether ``text`` (after NFKC) is an e-mail address (see the module's description)."""
    found = _EMAIL.fullmatch(normalize(text))
    return found is not None and len(found["local"]) <= 64 and len(found["domain"]) <= 253
