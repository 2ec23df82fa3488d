"""National ID numbers (身分證字號) and resident certificate numbers (docs/rules.md ID-1)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate

IdKind = Literal["national", "resident_new", "resident_old"]

#: Letter → two-digit code, the official table (note I, O, W–Z out of alphabetical order).
LETTER_CODES: dict[str, int] = {
    "A": 10,
    "B": 11,
    "C": 12,
    "D": 13,
    "E": 14,
    "F": 15,
    "G": 16,
    "H": 17,
    "I": 34,
    "J": 18,
    "K": 19,
    "L": 20,
    "M": 21,
    "N": 22,
    "O": 35,
    "P": 23,
    "Q": 24,
    "R": 25,
    "S": 26,
    "T": 27,
    "U": 28,
    "V": 29,
    "W": 32,
    "X": 30,
    "Y": 31,
    "Z": 33,
}

#: Weights over the 11 digits (letter code's two digits, then the nine digits).
WEIGHTS = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)

#: Old-style resident numbers (second character A–D) are valid until this day.
OLD_RESIDENT_VALID_UNTIL = date(2031, 1, 1)

#: How many trailing digits are hidden when a full ID is not needed.
MASKED_DIGITS = 4

_SHAPE = re.compile(r"^[A-Z][A-Z0-9][0-9]{8}$")


@dataclass(frozen=True)
class IdCheck:
    """The verdict on one ID: normalised text, its kind and, when invalid, why (in Chinese)."""

    valid: bool
    normalized: str
    kind: IdKind | None
    reason: str | None = None


#: What :func:`normalize_id` folds: full-width ASCII forms (``Ａ``, ``１``: an input method left in
#: full-width mode) to ASCII, Latin lower case to upper case, and spaces inside the number (typed in groups)
#: to nothing. Nothing else is folded: NFKC would also read ``𝐀``, ``①`` or ``ᴬ`` as a letter or digit,
#: and ``str.upper`` would turn ``ı`` and ``ſ`` into ``I`` and ``S``.
_ID_FOLD: dict[int, str | None] = {
    **{code: chr(code - 0xFEE0).upper() for code in range(0xFF01, 0xFF5F)},
    **{ord(c): c.upper() for c in "abcdefghijklmnopqrstuvwxyz"},
    **dict.fromkeys(map(ord, " \u3000\u00a0")),
}


def normalize_id(text: str) -> str:
    """Upper-case half-width text without spaces (full-width letters and digits are tolerated).

    Whitespace around the number (a scanner's line end) is dropped; a tab or line break inside it is kept,
    so that such a number is invalid rather than silently joined.
    """
    return text.strip().translate(_ID_FOLD)


def _digits(normalized: str) -> list[int]:
    """The 11 digits the checksum runs over (second character A–D: its code's last digit)."""
    code = LETTER_CODES[normalized[0]]
    second = normalized[1]
    second_digit = LETTER_CODES[second] % 10 if second.isalpha() else int(second)
    return [code // 10, code % 10, second_digit, *(int(c) for c in normalized[2:])]


def _checksum_ok(normalized: str) -> bool:
    return sum(w * d for w, d in zip(WEIGHTS, _digits(normalized), strict=True)) % 10 == 0


def check_id(text: str, *, today: date | None = None) -> IdCheck:
    """Check a national ID or resident certificate number (both forms)."""
    normalized = normalize_id(text) if isinstance(text, str) else ""
    if len(normalized) != 10 or not _SHAPE.match(normalized):
        if normalized[:1] and not ("A" <= normalized[0] <= "Z"):
            reason = translate("services.rules.ids", "第1碼須為英文字母")
        else:
            reason = translate("services.rules.ids", "格式錯誤：應為1個英文字母加9位數字（例：A123456789）")
        return IdCheck(False, normalized, None, reason)
    second = normalized[1]
    kind: IdKind
    if second in "12":
        kind = "national"
    elif second in "89":
        kind = "resident_new"
    elif second in "ABCD":
        kind = "resident_old"
    elif second.isalpha():
        return IdCheck(
            False, normalized, None, translate("services.rules.ids", "第2碼為英文字母時僅限 A–D（舊式居留證號）")
        )
    else:
        return IdCheck(
            False, normalized, None, translate("services.rules.ids", "第2碼須為1或2（身分證）、8或9（居留證）")
        )
    if not _checksum_ok(normalized):
        return IdCheck(False, normalized, kind, translate("services.rules.ids", "檢查碼錯誤"))
    if kind == "resident_old" and (today or date.today()) >= OLD_RESIDENT_VALID_UNTIL:
        return IdCheck(False, normalized, kind, translate("services.rules.ids", "舊式居留證號已於2031年1月1日停用"))
    return IdCheck(True, normalized, kind, None)


def validate_id(text: str, field: str | None = None) -> str:
    """The normalised ID, or UserError with the reason (nothing is saved with an invalid ID)."""
    result = check_id(text)
    if not result.valid:
        raise UserError(
            translate("services.rules.ids", "身分證字號 {id} 無效：{reason}").format(
                id=result.normalized or text, reason=result.reason
            ),
            field=field,
        )
    return result.normalized


def mask_id(text: str) -> str:
    """``A123456789`` → ``A12345****``: the last four characters hidden, for lists, exports, certificates."""
    normalized = normalize_id(text)
    keep = max(len(normalized) - MASKED_DIGITS, 0)
    return normalized[:keep] + "*" * (len(normalized) - keep)


def make_id(letter: str, digits8: str) -> str:
    """``letter`` + ``digits8`` + the check digit that makes a valid number (for demo data and tests).

    ``digits8`` starts with the second character (1/2, 8/9, or A–D for the old resident form).
    """
    body = normalize_id(letter + digits8)
    if not re.fullmatch(r"[A-Z][A-D0-9][0-9]{7}", body):
        raise ValueError(f"need a letter and 8 characters (second 0-9 or A-D), got {letter!r} {digits8!r}")
    partial = sum(w * d for w, d in zip(WEIGHTS[:10], _digits(body + "0")[:10], strict=True))
    return body + str((10 - partial % 10) % 10)
