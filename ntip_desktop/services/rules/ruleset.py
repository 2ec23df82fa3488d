"""The versioned rule set: every number and list of docs/rules.md as a named, documented parameter.

Version ``2009-10-08`` is the regulation as filed with the Ministry of Education (台中(三)字第0980169437號).
An office may save an adjusted copy (``to_dict``/``from_dict``) with a recorded reason; nothing in the
rule functions is hard-coded a second time.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.labels import source_text
from ntip_desktop.vocabulary import SegmentKind


@dataclass(frozen=True)
class RestrictedCategory:
    """One item of Art 9: activities creditable only with the competent authority's consent."""

    #: Item number in Art 9 (1–7).
    number: int
    #: The item's name, in the regulation's words.
    name: str
    #: Terms that suggest the item (the regulation's own examples first, then close variants).
    terms: tuple[str, ...]


@dataclass(frozen=True)
class OrganizerCategory:
    """One item of Art 7: who may organise creditable courses."""

    #: Item number in Art 7 (1–8).
    number: int
    #: The item's text.
    text: str
    #: Whether the approving authority's document number must be recorded (items 3 and 5).
    needs_approval_doc: bool = False
    #: Whether an accreditation reference must be recorded (item 6).
    needs_accreditation: bool = False
    #: Whether the course must be open to other schools' teachers (跨校, items 4 and 5).
    needs_cross_school: bool = False


_RESTRICTED = (
    RestrictedCategory(
        1,
        "依學校例行性業務",
        (
            "學年會議",
            "教科書選購",
            "學校願景計畫",
            "校慶籌備",
            "選書會議",
            "教科書評選",
            "學年度會議",
            "校務會議",
            "校慶",
            "運動會籌備",
            "畢業典禮籌備",
        ),
    ),
    RestrictedCategory(
        2,
        "學校各項行政會議",
        ("說明會", "討論會議", "小組會議", "行政會議", "工作會議", "籌備會議", "協調會", "業務會報"),
    ),
    RestrictedCategory(
        3,
        "參加對象為學生之活動",
        ("週會", "童軍露營", "戶外教學", "師生座談", "社團成果展", "朝會", "露營", "校外教學", "畢業旅行", "學生營隊"),
    ),
    RestrictedCategory(
        4,
        "屬個人休閒性質與教學無關之研習",
        (
            "國際標準舞",
            "元極舞",
            "法輪功",
            "理財",
            "瑜珈",
            "減肥",
            "雞尾酒",
            "插花",
            "養生",
            "國標舞",
            "瑜伽",
            "減重",
            "調酒",
            "花藝",
            "品酒",
        ),
    ),
    RestrictedCategory(
        5,
        "屬個人宗教信仰與教學無關之研習",
        ("佛經", "風水", "命理", "佛學", "聖經", "禪修", "紫微斗數", "占卜", "塔羅", "算命", "八字"),
    ),
    RestrictedCategory(
        6,
        "純粹參觀性質無實際授課之研習活動",
        ("參觀", "參訪"),
    ),
    RestrictedCategory(
        7,
        "其他與教學無關之研習",
        ("選務", "選舉事務", "投開票", "兵役", "報稅"),
    ),
)

_ORGANIZERS = (
    OrganizerCategory(1, "教育行政主管機關委託各級學校、社會教育機構或法人辦理"),
    OrganizerCategory(2, "師資培育之大學自行辦理各類教師進修研習活動"),
    OrganizerCategory(3, "大學校院辦理教師進修，經參加教師所屬主管機關核定者", needs_approval_doc=True),
    OrganizerCategory(4, "高中職辦理跨校性質之教師進修研習活動", needs_cross_school=True),
    OrganizerCategory(
        5,
        "國中小及幼稚園、托兒所辦理跨校性質教師進修研習活動經主管教育行政機關審核通過",
        needs_approval_doc=True,
        needs_cross_school=True,
    ),
    OrganizerCategory(
        6,
        "依「社會教育機構或法人辦理高級中等以下學校及幼稚園教師進修認可辦法」辦理教師進修之社會教育機構或法人單位",
        needs_accreditation=True,
    ),
    OrganizerCategory(7, "各級學校自行辦理校內教師進修研習活動"),
    OrganizerCategory(8, "經主管機關核定之高級中等以下學校及幼稚園辦理之教師進修"),
)


@dataclass(frozen=True)
class RuleSet:
    """All parameters of the rules. Field docs name the article they come from."""

    #: Version label; ``2009-10-08`` is the regulation as filed.
    version: str = "2009-10-08"

    # --- HRS: Art 10 ---------------------------------------------------------------------------
    #: Art 10(1): a period of this many minutes counts as one hour.
    period_minutes: int = 50
    #: Art 10(1): this many continuous minutes count as two hours.
    two_hour_minutes: int = 90
    #: From ``two_hour_minutes`` on, hours = floor((m + half_hour_tail) / 60): a tail of half an hour counts.
    half_hour_tail: int = 30
    #: Art 10(2): at most this many hours a calendar day per teacher (unless specially approved).
    daily_cap_hours: int = 6
    #: Art 10(2): at most this many hours an ISO week (Monday–Sunday) per teacher.
    weekly_cap_hours: int = 35
    #: Art 10(5): unexcused absence reaching this fraction of a course's creditable minutes voids it,
    #: as (numerator, denominator): (1, 3) means ``3 × unexcused ≥ total``.
    unexcused_void_fraction: tuple[int, int] = (1, 3)
    #: Art 10(3): hours per credit of a degree/credit class.
    credit_hours: int = 18
    #: Art 10(4): segment kinds never credited, with their Chinese names (by default every kind but
    #: instruction, named as ntip_desktop.labels names them).
    non_creditable_kinds: tuple[tuple[str, str], ...] = tuple(
        (kind.value, source_text(kind)) for kind in SegmentKind if kind is not SegmentKind.INSTRUCTION
    )

    # --- CRS: Art 7, 8, 9, 12 ------------------------------------------------------------------
    #: Art 7: organiser qualification items 1–8.
    organizer_categories: tuple[OrganizerCategory, ...] = _ORGANIZERS
    #: Art 8(1): an outline needs at least this many characters (spaces not counted).
    outline_min_chars: int = 20
    #: Art 8(2): the issuer part of a document number (CJK, letters, digits, brackets), before 字第.
    basis_doc_issuer_pattern: str = r"[\u3400-\u9fffA-Za-z0-9()]*[\u3400-\u9fff][\u3400-\u9fffA-Za-z0-9()]*"
    #: Art 8(2): fewest digits of the serial number between 字第 and 號.
    basis_doc_digits_min: int = 6
    #: Art 8(2): most digits of the serial number.
    basis_doc_digits_max: int = 12
    #: Art 8(4): the controlled list of 班別性質. Our reading of the categories the NTIP site offers.
    class_natures: tuple[str, ...] = (
        "研習班",
        "研討會",
        "工作坊",
        "讀書會",
        "專題講座",
        "觀摩會",
        "學分班",
        "學位班",
        "數位學習",
        "其他",
    )
    #: Art 8(5): audience code of in-service (編制內) teachers of senior high level and below.
    k12_audience_code: str = "k12_teacher"
    #: Art 9: restricted activity categories 1–7.
    restricted_categories: tuple[RestrictedCategory, ...] = _RESTRICTED
    #: Art 12(2): online counties register at least this many days before the first segment.
    lead_time_days: int = 7
    #: Art 12(3): back-end counties upload and confirm the previous month by this day of the month.
    back_end_confirm_day: int = 5

    def to_dict(self) -> dict[str, Any]:
        """All parameters as plain JSON-able values (tuples become lists)."""
        data: dict[str, Any] = _jsonable(asdict(self))
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RuleSet:
        """The rule set ``data`` describes; missing keys take this version's defaults."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise UserError(
                translate("services.rules.ruleset", "規則集含有不明的參數：{names}").format(names="、".join(unknown)),
                field=unknown[0],
            )
        values: dict[str, Any] = {}
        for name, value in data.items():
            if name == "restricted_categories":
                value = tuple(
                    RestrictedCategory(int(c["number"]), str(c["name"]), tuple(str(t) for t in c["terms"]))
                    for c in value
                )
            elif name == "organizer_categories":
                value = tuple(OrganizerCategory(**c) for c in value)
            elif name == "non_creditable_kinds":
                value = tuple((str(k), str(v)) for k, v in value)
            elif isinstance(value, list):
                value = tuple(value)
            values[name] = value
        return replace(cls(), **values)

    @property
    def non_creditable_names(self) -> dict[str, str]:
        """Kind → Chinese name of the Art 10(4) segment kinds."""
        return dict(self.non_creditable_kinds)

    def organizer_category(self, number: int) -> OrganizerCategory | None:
        for category in self.organizer_categories:
            if category.number == number:
                return category
        return None


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


DEFAULT_RULE_SET = RuleSet()


def describe(rule_set: RuleSet) -> list[tuple[str, str]]:
    """(Chinese label, value) rows for showing or printing a rule set."""
    rs = rule_set
    rows = [
        (translate("services.rules.ruleset", "規則集版本"), rs.version),
        (
            translate("services.rules.ruleset", "一節課可採計1小時的分鐘數（第10條第1款）"),
            translate("services.rules.ruleset", "{n}分鐘").format(n=rs.period_minutes),
        ),
        (
            translate("services.rules.ruleset", "連續上課採計2小時的分鐘數（第10條第1款）"),
            translate("services.rules.ruleset", "{n}分鐘").format(n=rs.two_hour_minutes),
        ),
        (
            translate("services.rules.ruleset", "超過後的進位規則（第10條第1款）"),
            translate("services.rules.ruleset", "時數＝(分鐘＋{n})÷60 取整數（滿半小時以1小時計）").format(
                n=rs.half_hour_tail
            ),
        ),
        (
            translate("services.rules.ruleset", "每日採計上限（第10條第2款）"),
            translate("services.rules.ruleset", "{n}小時").format(n=rs.daily_cap_hours),
        ),
        (
            translate("services.rules.ruleset", "每週採計上限（第10條第2款）"),
            translate("services.rules.ruleset", "{n}小時").format(n=rs.weekly_cap_hours),
        ),
        (
            translate("services.rules.ruleset", "學分班每學分時數（第10條第3款）"),
            translate("services.rules.ruleset", "{n}小時").format(n=rs.credit_hours),
        ),
        (
            translate("services.rules.ruleset", "不予採計的時段（第10條第4款）"),
            "、".join(name for _, name in rs.non_creditable_kinds),
        ),
        (
            translate("services.rules.ruleset", "曠課達此比例不核發時數（第10條第5款）"),
            "{}/{}".format(*rs.unexcused_void_fraction),
        ),
        (
            translate("services.rules.ruleset", "課程大綱最少字數（第8條第1款）"),
            translate("services.rules.ruleset", "{n}字").format(n=rs.outline_min_chars),
        ),
        (
            translate("services.rules.ruleset", "依據文號格式（第8條第2款）"),
            translate("services.rules.ruleset", "○○字第{a}至{b}位數字號").format(
                a=rs.basis_doc_digits_min, b=rs.basis_doc_digits_max
            ),
        ),
        (translate("services.rules.ruleset", "班別性質（第8條第4款）"), "、".join(rs.class_natures)),
        (
            translate("services.rules.ruleset", "線上使用縣市的登錄期限（第12條第2款）"),
            translate("services.rules.ruleset", "研習前{n}日").format(n=rs.lead_time_days),
        ),
        (
            translate("services.rules.ruleset", "後端傳報確認期限（第12條第3款）"),
            translate("services.rules.ruleset", "每月{n}日前").format(n=rs.back_end_confirm_day),
        ),
    ]
    for organizer in rs.organizer_categories:
        rows.append(
            (translate("services.rules.ruleset", "開辦資格第{n}款（第7條）").format(n=organizer.number), organizer.text)
        )
    for restricted in rs.restricted_categories:
        rows.append(
            (
                translate("services.rules.ruleset", "採計限制第{n}款：{name}（第9條）").format(
                    n=restricted.number, name=restricted.name
                ),
                "、".join(restricted.terms),
            )
        )
    return rows
