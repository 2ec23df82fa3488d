"""Application numbers printed on fax forms (docs/rules.md ACC "Fax form"), with a check digit.

Shape: one prefix letter, the 3-digit 民國 year, a 6-digit serial and one check digit, e.g.
``B1150001234`` = ``B`` · ``115`` · ``000123`` · ``4``.

Prefixes: ``B`` business-account application (業務帳號申請), ``C`` contact-person change (承辦人異動).

Check digit: the Damm algorithm (H. M. Damm, 2004) over the digit string ``<letter code><year><serial>``,
where the letter code is the letter's two-digit value ``A=10, B=11, C=12 …``. Its table is a weakly
totally anti-symmetric quasigroup of order 10, so it detects *every* single-digit error and *every*
transposition of two adjacent digits, the check digit included. (ISO/IEC 7064 MOD 11-10 misses about
2 % of adjacent transpositions and Luhn misses 09↔90, so neither is used.) Since B and C differ in one
digit of their code, a B/C mix-up is caught as well.
"""

from __future__ import annotations

import re
import unicodedata

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate

#: Business-account application (業務帳號申請表).
PREFIX_BUSINESS = "B"
#: Contact-person change (承辦人異動申請表).
PREFIX_CONTACT_CHANGE = "C"
PREFIXES = (PREFIX_BUSINESS, PREFIX_CONTACT_CHANGE)

#: Largest serial that fits the six serial digits.
MAX_SERIAL = 999_999

# Damm's quasigroup table: row = interim digit, column = next digit.
_DAMM = tuple(
    tuple(int(c) for c in row)
    for row in (
        "0317598642",
        "7092154863",
        "4206871359",
        "1750983426",
        "6123045978",
        "3674209581",
        "5869720134",
        "8945362017",
        "9438617205",
        "2581436790",
    )
)

_SHAPE = re.compile(r"^([A-Z])(\d{3})(\d{6})(\d)$")
# Characters a person or a keyboard-wedge scanner may add around or inside a number: whitespace
# (incl. CR/LF/Tab), hyphens and dashes of every width, and dots/slashes used as group separators.
_NOISE = re.compile(r"[\s\-\u2010-\u2015\u2212\u30fc\uff70_./]+")


def _letter_code(letter: str) -> str:
    return str(ord(letter) - ord("A") + 10)


def damm_check_digit(digits: str) -> str:
    """The Damm check digit for a string of decimal digits (``"572"`` → ``"4"``)."""
    interim = 0
    for ch in digits:
        interim = _DAMM[interim][int(ch)]
    return str(interim)


def _check_digit(prefix: str, body: str) -> str:
    return damm_check_digit(_letter_code(prefix) + body)


def make_application_number(roc_year: int, serial: int, prefix: str = PREFIX_BUSINESS) -> str:
    """``prefix`` + 3-digit ROC year + 6-digit serial + check digit, e.g. ``B1150001234``."""
    if prefix not in PREFIXES:
        raise ValueError(f"unknown application number prefix: {prefix!r}")
    if not 1 <= roc_year <= 999:
        raise ValueError(f"ROC year out of range: {roc_year}")
    if not 1 <= serial <= MAX_SERIAL:
        raise ValueError(f"serial out of range: {serial}")
    body = f"{roc_year:03d}{serial:06d}"
    return f"{prefix}{body}{_check_digit(prefix, body)}"


def normalize_application_number(text: str) -> str:
    """``text`` as typed or scanned, in canonical spelling (upper case, no separators).

    Tolerates full-width characters (an IME left on), lower case, spaces, hyphens and a trailing
    Enter/CR/Tab from a keyboard-wedge scanner. The result is not checked: see
    :func:`check_application_number`.
    """
    text = unicodedata.normalize("NFKC", text)
    return _NOISE.sub("", text).upper()


def check_application_number(text: str) -> bool:
    """True when ``text`` (after normalisation) is a well-formed number whose check digit matches."""
    match = _SHAPE.match(normalize_application_number(text))
    if not match:
        return False
    prefix, year, serial, check = match.groups()
    return prefix in PREFIXES and int(year) >= 1 and _check_digit(prefix, year + serial) == check


def parse_application_number(text: str, field: str | None = None) -> str:
    """The canonical number for ``text``; UserError (naming ``field``) when it is not a valid one."""
    number = normalize_application_number(text)
    if not check_application_number(number):
        raise UserError(
            translate(
                "services.accounts.appno",
                "申請編號「{text}」不正確：請核對表單上方的編號（例如 B1150001234），或重新掃描條碼。",
            ).format(text=text.strip()),
            field=field,
        )
    return number
