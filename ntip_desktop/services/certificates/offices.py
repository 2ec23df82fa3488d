"""The issuing office (發證機關) of a certificate and its short name in certificate numbers.

Only certificate staff and the administrator may issue, and both act for every county, so the acting user's
scope never narrows the choice: a certificate is issued by the education authority of the county where the
course's organiser stands (``Organization.county_code``), e.g. 高雄市政府教育局 for a course of a 高雄市
school. A course whose organiser has no county cannot be certified until the organiser's county is set.
"""

from __future__ import annotations

from dataclasses import dataclass

from ntip_desktop.models import Course

#: County name → the short name used in official document numbers (北市, 高市 …): the middle part of a
#: certificate number. Unknown names fall back to their first two characters.
SHORT_NAMES = {
    "臺北市": "北市",
    "新北市": "新北",
    "桃園市": "桃市",
    "臺中市": "中市",
    "臺南市": "南市",
    "高雄市": "高市",
    "基隆市": "基市",
    "新竹市": "竹市",
    "嘉義市": "嘉市",
    "新竹縣": "竹縣",
    "苗栗縣": "苗縣",
    "彰化縣": "彰縣",
    "南投縣": "投縣",
    "雲林縣": "雲縣",
    "嘉義縣": "嘉縣",
    "屏東縣": "屏縣",
    "宜蘭縣": "宜縣",
    "花蓮縣": "花縣",
    "臺東縣": "東縣",
    "澎湖縣": "澎縣",
    "金門縣": "金門",
    "連江縣": "連江",
}


@dataclass(frozen=True)
class Office:
    """An issuing office: a county's education authority."""

    code: str  #: county code, e.g. ``64``
    name: str  #: e.g. 高雄市政府教育局
    short: str  #: e.g. 高市


def short_name(county_name: str) -> str:
    name = county_name.replace("台", "臺")
    return SHORT_NAMES.get(name, name[:2])


def office_of(course: Course) -> Office | None:
    """The office that certifies ``course``: its organiser's county authority (None when it has no county)."""
    county = course.organizer.county
    if county is None:
        return None
    return Office(county.code, county.authority_name or county.name, short_name(county.name))
