"""ROC (民國) calendar dates (docs/rules.md DATE-1): what users see is 民國, what is stored is ISO.

Year 1 of the Republic is 1912. Input is forgiving (ROC or ISO, full-width digits, spaces); output
has one spelling per style.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta, timezone
from typing import Literal

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate

#: Taiwan time (UTC+8, no daylight saving): the zone every date a user sees is in.
TAIWAN = timezone(timedelta(hours=8), "Asia/Taipei")

#: Gregorian year of ROC year 0 (ROC year 1 = 1912).
ROC_OFFSET = 1911

RocStyle = Literal["short", "long", "official", "compact"]

#: The last 民國 year the program shows and numbers documents with (three digits: 2910).
LATEST_ROC_YEAR = 999


def check_roc_year(year: int, field: str | None = None) -> int:
    """``year`` when it is a 民國 year the program can hold (1 to 999), else UserError naming ``field``."""
    if not 1 <= year <= LATEST_ROC_YEAR:
        raise UserError(
            translate("services.rules.rocdate", "民國年須為 1 到 {last} 的整數").format(last=LATEST_ROC_YEAR),
            field=field,
        )
    return year


def roc_year(d: date) -> int:
    """The 民國 year of ``d``; ValueError before 1912."""
    year = d.year - ROC_OFFSET
    if year < 1:
        raise ValueError(f"date before the ROC era (1912): {d.isoformat()}")
    return year


def school_year_of(day: date) -> int:
    """The 學年度 (ROC) ``day`` falls in: August to July (courses, awards and statistics count by it)."""
    return day.year - ROC_OFFSET if day.month >= 8 else day.year - ROC_OFFSET - 1


def format_roc(d: date, style: RocStyle = "long") -> str:
    """``d`` as a 民國 date.

    short ``115/03/02`` · long ``115年3月2日`` · official ``中華民國115年3月2日`` · compact ``1150302``.
    """
    year = roc_year(d)
    if style == "short":
        return f"{year}/{d.month:02d}/{d.day:02d}"
    if style == "long":
        return f"{year}年{d.month}月{d.day}日"
    if style == "official":
        return f"中華民國{year}年{d.month}月{d.day}日"
    if style == "compact":
        return f"{year:03d}{d.month:02d}{d.day:02d}"
    raise ValueError(f"unknown ROC date style: {style!r}")


def format_roc_datetime(dt: datetime) -> str:
    """``dt`` as ``115/11/24 14:05`` (wall clock as given)."""
    return f"{format_roc(dt.date(), 'short')} {dt.hour:02d}:{dt.minute:02d}"


_SEPARATED = re.compile(r"^(\d{1,4})[/\-.](\d{1,2})[/\-.](\d{1,2})$")
_CHINESE = re.compile(r"^(中華民國|民國|西元)?(\d{1,4})年(\d{1,2})月(\d{1,2})日?$")
_DIGITS = re.compile(r"^\d{6,8}$")


def roc_moment(moment: datetime) -> str:
    """An aware timestamp as a 民國 date and time in Taiwan, e.g. ``115/11/24 14:05``."""
    return format_roc_datetime(moment.astimezone(TAIWAN))


def local_today() -> date:
    """Today's date in Taiwan: the date people see and type."""
    return datetime.now(TAIWAN).date()


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", text)


def _year(raw: str, roc: bool | None) -> int:
    """Gregorian year from ``raw``; ``roc`` None means: four digits are Gregorian, fewer are ROC."""
    value = int(raw)
    if roc is None:
        roc = len(raw) < 4
    return value + ROC_OFFSET if roc else value


def _build(year: int, month: int, day: int, roc_year_value: int | None = None) -> date | None:
    if roc_year_value is not None and roc_year_value < 1:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _try_parse(text: str) -> date | None:
    m = _SEPARATED.match(text)
    if m:
        y, mo, d = m.groups()
        roc = len(y) < 4
        return _build(_year(y, roc), int(mo), int(d), int(y) if roc else None)
    m = _CHINESE.match(text)
    if m:
        prefix, y, mo, d = m.groups()
        if prefix in ("中華民國", "民國"):
            roc = True
        elif prefix == "西元":
            roc = False
        else:
            roc = len(y) < 4
        return _build(_year(y, roc), int(mo), int(d), int(y) if roc else None)
    if _DIGITS.match(text):
        if len(text) == 8:  # ISO basic: 20261124
            return _build(int(text[:4]), int(text[4:6]), int(text[6:]))
        y = text[:-4]  # 7 digits: 3-digit ROC year; 6 digits: 2-digit ROC year
        return _build(int(y) + ROC_OFFSET, int(text[-4:-2]), int(text[-2:]), int(y))
    return None


def parse_date(text: str, field: str | None = None) -> date:
    """A date typed by a user, ROC or ISO; UserError naming ``field`` when it is not one.

    Accepted: ``115/11/24``, ``115-11-24``, ``115.11.24``, ``1151124``, ``0991231``, ``991231``,
    ``115年11月24日``, ``民國115年11月24日``, ``中華民國115年11月24日``, ``2026-11-24``, ``20261124``;
    full-width digits and spaces are tolerated.
    """
    result = _try_parse(_normalise(text)) if isinstance(text, str) else None
    if result is None:
        raise UserError(
            translate("services.rules.rocdate", "無法辨識的日期：{text}（請用 115/11/24 或 2026-11-24）").format(
                text=text
            ),
            field=field,
        )
    return result
