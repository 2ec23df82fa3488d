"""The codes people type into an attendance cell, and back (pure: no database, no Qt).

Everyone attended in full unless marked (docs/rules.md HRS-3), so a cell is empty or holds an absence:

- empty, ``V``, ``✓`` or ``.``: present;
- ``A`` (曠課) or ``L`` (請假): the whole segment missed, unexcused or on leave;
- ``A20``, ``L30``: that many minutes of the segment missed.

Letters are case-insensitive, full-width letters and digits are read as half-width (``ｌ３０``), spaces
are ignored, and the Chinese ``曠`` / ``假`` (or ``曠課`` / ``請假``) stand for ``A`` / ``L``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.vocabulary import AbsenceReason


@dataclass(frozen=True)
class Mark:
    """An absence in one segment: minutes missed (1 … the segment's length) and why."""

    minutes: int
    reason: AbsenceReason


#: What a typed cell may say for "present" (after normalisation: NFKC, no spaces, upper case).
PRESENT = frozenset({"", "V", "✓", "✔", "."})

#: The letter or word of each reason, after normalisation.
_REASONS = {
    "A": AbsenceReason.UNEXCUSED,
    "曠": AbsenceReason.UNEXCUSED,
    "曠課": AbsenceReason.UNEXCUSED,
    "L": AbsenceReason.LEAVE,
    "假": AbsenceReason.LEAVE,
    "請假": AbsenceReason.LEAVE,
}
_LETTER = {AbsenceReason.UNEXCUSED: "A", AbsenceReason.LEAVE: "L"}
_CODE = re.compile(r"^(A|L|曠課|請假|曠|假)(\d*)$")


def _normalise(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).upper()


def parse_code(text: str, segment_minutes: int) -> Mark | None:
    """The absence a typed cell means for a segment of ``segment_minutes`` (None: present).

    UserError, naming what was typed, for anything that is not a code, for 0 minutes and for more
    minutes than the segment has. Minutes equal to the segment's length are the whole-segment mark.
    """
    typed = text.strip()
    code = _normalise(text)
    if code in PRESENT:
        return None
    match = _CODE.match(code)
    if match is None:
        raise UserError(
            translate(
                "services.attendance.codes",
                "「{typed}」不是出缺席代碼：請輸入 A（曠課）或 L（請假），缺席部分時間加分鐘數如 L30；空白表示出席。",
            ).format(typed=typed),
            field="code",
        )
    reason = _REASONS[match.group(1)]
    digits = match.group(2)
    if not digits:
        return Mark(segment_minutes, reason)
    minutes = int(digits)
    if minutes <= 0:
        raise UserError(
            translate(
                "services.attendance.codes", "「{typed}」的缺席分鐘數須大於 0；整段缺席請只輸入 {letter}。"
            ).format(typed=typed, letter=_LETTER[reason]),
            field="code",
        )
    if minutes > segment_minutes:
        raise UserError(
            translate("services.attendance.codes", "「{typed}」超過此時段的 {n} 分鐘").format(
                typed=typed, n=segment_minutes
            ),
            field="code",
        )
    return Mark(minutes, reason)


def code_of(mark: Mark | None, segment_minutes: int) -> str:
    """The code a cell shows: ``""`` present, ``A``/``L`` the whole segment, ``A20``/``L30`` part of it."""
    if mark is None:
        return ""
    letter = _LETTER[AbsenceReason(mark.reason)]
    return letter if mark.minutes >= segment_minutes else f"{letter}{mark.minutes}"
