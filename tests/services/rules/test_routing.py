"""Art 11: who reviews a course."""

from __future__ import annotations

import pytest

from ntip_desktop.errors import UserError
from ntip_desktop.services.rules.routing import county_authority, route_review_unit

NC = "全國教師在職進修資訊網及全國推廣中心"
K12 = "教育部國民及學前教育署"


@pytest.mark.parametrize(
    ("kind", "county", "public", "level", "unit", "article"),
    [
        pytest.param("university", "臺中市", "national", None, NC, "第11條第1款", id="Art11(1) university"),
        pytest.param(
            "teacher_university", "高雄市", "national", None, NC, "第11條第1款", id="Art11(1) teacher university"
        ),
        pytest.param("senior_high", "臺中市", "national", None, K12, "第11條第2款", id="Art11(2) national senior high"),
        pytest.param("vocational", "彰化縣", "private", None, K12, "第11條第2款", id="Art11(2) private vocational"),
        pytest.param("special_education", "臺南市", "national", None, K12, "第11條第2款", id="Art11(2) special school"),
        pytest.param(
            "senior_high",
            "臺北市",
            "private",
            None,
            "臺北市政府教育局",
            "第11條第2款",
            id="Art11(2) private senior high in Taipei is not the K-12 Administration's",
        ),
        pytest.param(
            "vocational", "高雄市", "private", None, "高雄市政府教育局", "第11條第2款", id="Art11(2) Kaohsiung"
        ),
        pytest.param("training_center", None, "national", "central", "教育部", "第11條第3款", id="Art11(3) central"),
        pytest.param(
            "training_center", "臺北市", "municipal", "local", "臺北市政府教育局", "第11條第3款", id="Art11(3) local"
        ),
        pytest.param(
            "senior_high",
            "台中市",
            "municipal",
            None,
            "臺中市政府教育局",
            "第11條第4款",
            id="Art11(4) municipal senior high (台 spelling)",
        ),
        pytest.param(
            "junior_high", "南投縣", "county", None, "南投縣政府教育處", "第11條第4款", id="Art11(4) junior high"
        ),
        pytest.param(
            "elementary", "嘉義市", "county", None, "嘉義市政府教育處", "第11條第4款", id="Art11(4) elementary"
        ),
        pytest.param(
            "kindergarten",
            "新北市",
            "private",
            None,
            "新北市政府教育局",
            "第11條第4款",
            id="Art11(4) private kindergarten",
        ),
        pytest.param("social_edu", "臺北市", "private", None, NC, "第11條第5款", id="Art11(5) social education"),
    ],
)
def test_routing(kind: str, county: str | None, public: str, level: str | None, unit: str, article: str) -> None:
    routed = route_review_unit(kind, county, public, level)
    assert (routed.name, routed.article) == (unit, article)
    assert routed.kind == ("national_center" if unit == NC else "authority")


def test_back_end_counties_verify_their_own_schools() -> None:
    routed = route_review_unit("elementary", "臺南市", "municipal", back_end=True)
    assert (routed.name, routed.article) == ("臺南市政府教育局", "第11條第6款")
    assert route_review_unit("university", "臺南市", "national", back_end=True).name == NC


def test_only_the_routed_unit_may_decide() -> None:
    routed = route_review_unit("junior_high", "臺中市", "municipal")
    assert routed.may_decide("台中市政府教育局")
    assert not routed.may_decide("彰化縣政府教育處")


def test_unknown_inputs_are_explained() -> None:
    with pytest.raises(UserError):
        route_review_unit("bakery", "臺中市", "private")
    with pytest.raises(UserError):
        route_review_unit("junior_high", "火星市", "county")
    with pytest.raises(UserError):
        route_review_unit("senior_high", "臺中市", None)
    assert county_authority("連江縣") == "連江縣政府教育處"
