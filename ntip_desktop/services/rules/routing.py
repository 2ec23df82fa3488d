"""Who reviews a course (Art 11): the national center or a competent education authority.

Our reading where the 2009 text is terse: national schools of any level and private senior high /
vocational / special-education schools outside Taipei and Kaohsiung answer to the K-12 Education
Administration (教育部國民及學前教育署, successor of the MOE central office); private ones in Taipei and
Kaohsiung to their city; subject centers (hosted by senior highs) to the K-12 Administration; a
district management center to its county's authority.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.vocabulary import OrgKind, Ownership

NATIONAL_CENTER = "全國教師在職進修資訊網及全國推廣中心"
K12_ADMINISTRATION = "教育部國民及學前教育署"
MINISTRY = "教育部"

#: The 22 municipalities, counties and cities; municipalities have an 教育局, the others an 教育處.
MUNICIPALITIES = ("臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市")
COUNTIES = (
    *MUNICIPALITIES,
    "基隆市",
    "新竹市",
    "嘉義市",
    "新竹縣",
    "苗栗縣",
    "彰化縣",
    "南投縣",
    "雲林縣",
    "嘉義縣",
    "屏東縣",
    "宜蘭縣",
    "花蓮縣",
    "臺東縣",
    "澎湖縣",
    "金門縣",
    "連江縣",
)

UnitKind = Literal["national_center", "authority"]

#: Senior high level schools (Art 11(2) and (4) tell national, private and local ones apart).
SCHOOL_KINDS = (OrgKind.SENIOR_HIGH, OrgKind.VOCATIONAL, OrgKind.SPECIAL_EDUCATION)
#: Junior high schools down to preschools (Art 11(4)).
BASIC_KINDS = (OrgKind.JUNIOR_HIGH, OrgKind.ELEMENTARY, OrgKind.KINDERGARTEN, OrgKind.PRESCHOOL)
ORG_KINDS: tuple[str, ...] = tuple(k.value for k in OrgKind)
OWNERSHIPS: tuple[str, ...] = tuple(o.value for o in Ownership)


@dataclass(frozen=True)
class ReviewUnit:
    """The unit that reviews a course and confirms its list (Art 11)."""

    kind: UnitKind
    #: Its name, e.g. 臺中市政府教育局.
    name: str
    #: The county/city of a local authority.
    county: str | None
    #: Which item of Art 11 decided it, e.g. 第11條第4款.
    article: str

    def may_decide(self, unit_name: str) -> bool:
        """Whether a clerk of ``unit_name`` may decide this course (only the routed unit may)."""
        return normalize_county(unit_name) == self.name


def normalize_county(name: str) -> str:
    """``台中市`` → ``臺中市`` (both spellings are in everyday use)."""
    return name.strip().replace("台", "臺")


def county_authority(county: str | None) -> str:
    """The education authority of a county/city, e.g. 臺北市政府教育局, 南投縣政府教育處."""
    name = normalize_county(county or "")
    if name not in COUNTIES:
        raise UserError(
            translate("services.rules.routing", "無法辨識的縣市：{county}").format(
                county=county or translate("services.rules.routing", "（未填）")
            ),
            field="county",
        )
    return f"{name}政府教育局" if name in MUNICIPALITIES else f"{name}政府教育處"


def _local(county: str | None, item: int) -> ReviewUnit:
    return ReviewUnit("authority", county_authority(county), normalize_county(county or ""), f"第11條第{item}款")


def _default_route(org_kind: str, county: str | None, public: str | None, level: str | None) -> ReviewUnit:
    if org_kind in (OrgKind.UNIVERSITY, OrgKind.TEACHER_UNIVERSITY):
        return ReviewUnit("national_center", NATIONAL_CENTER, None, "第11條第1款")
    if org_kind in (OrgKind.SOCIAL_EDU, OrgKind.NATIONAL_CENTER):
        return ReviewUnit("national_center", NATIONAL_CENTER, None, "第11條第5款")
    if org_kind in SCHOOL_KINDS:
        if public is None:
            raise UserError(
                translate("services.rules.routing", "高中職須註明設立別（國立、直轄市立、縣市立或私立）"),
                field="organizer.ownership",
            )
        if public == Ownership.NATIONAL:
            return ReviewUnit("authority", K12_ADMINISTRATION, None, "第11條第2款")
        if public == Ownership.PRIVATE:
            if normalize_county(county or "") in ("臺北市", "高雄市"):
                return _local(county, 2)
            return ReviewUnit("authority", K12_ADMINISTRATION, None, "第11條第2款")
        return _local(county, 4)
    if org_kind in BASIC_KINDS:
        if public == Ownership.NATIONAL:
            return ReviewUnit("authority", K12_ADMINISTRATION, None, "第11條第4款")
        return _local(county, 4)
    if org_kind == OrgKind.TRAINING_CENTER:
        central = level == "central" or (level is None and public == Ownership.NATIONAL)
        if central:
            return ReviewUnit("authority", MINISTRY, None, "第11條第3款")
        return _local(county, 3)
    if org_kind == OrgKind.SUBJECT_CENTER:
        return ReviewUnit("authority", K12_ADMINISTRATION, None, "第11條第2款")
    if org_kind == OrgKind.AUTHORITY and public == Ownership.NATIONAL:
        return ReviewUnit("authority", MINISTRY, None, "第11條第3款")
    return _local(county, 4)  # a county authority or district center: the county's own authority


def route_review_unit(
    org_kind: str,
    county: str | None,
    public: str | None,
    level: str | None = None,
    back_end: bool = False,
) -> ReviewUnit:
    """Art 11 routing.

    ``org_kind`` is an organisation kind (``university``, ``senior_high``, ``junior_high``,
    ``training_center``, ``social_edu`` …), ``public`` its ownership (``national``, ``municipal``,
    ``county``, ``private``), ``level`` ``central``/``local`` for a training center, ``back_end`` whether
    the organiser's county reports through the back end (Art 11(6): that county's authority then
    verifies the data it uploads, i.e. of the organisers it would review anyway).
    """
    if org_kind not in ORG_KINDS:
        raise UserError(
            translate("services.rules.routing", "不明的開辦單位類別：{kind}").format(kind=org_kind),
            field="organizer.kind",
        )
    if public is not None and public not in OWNERSHIPS:
        raise UserError(
            translate("services.rules.routing", "不明的設立別：{value}").format(value=public),
            field="organizer.ownership",
        )
    unit = _default_route(org_kind, county, public, level)
    if back_end and unit.county is not None:
        return replace(unit, article="第11條第6款")
    return unit
