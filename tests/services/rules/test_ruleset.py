"""The versioned rule set: every docs/rules.md number is a named parameter, savable and printable."""

from __future__ import annotations

import json

import pytest

from ntip_desktop.errors import UserError
from ntip_desktop.services.rules.ruleset import DEFAULT_RULE_SET, RuleSet, describe


def test_the_filed_version_holds_the_regulation_numbers() -> None:
    rs = DEFAULT_RULE_SET
    assert rs.version == "2009-10-08"
    assert (rs.period_minutes, rs.two_hour_minutes, rs.half_hour_tail) == (50, 90, 30)  # Art 10(1)
    assert (rs.daily_cap_hours, rs.weekly_cap_hours) == (6, 35)  # Art 10(2)
    assert rs.credit_hours == 18  # Art 10(3)
    assert [k for k, _ in rs.non_creditable_kinds] == ["travel", "sign_in", "lunch", "intermission", "tea_break"]
    assert rs.unexcused_void_fraction == (1, 3)  # Art 10(5)
    assert (rs.outline_min_chars, rs.lead_time_days) == (20, 7)  # Art 8(1), 12(2)
    assert [c.number for c in rs.organizer_categories] == list(range(1, 9))  # Art 7
    assert [c.number for c in rs.restricted_categories] == list(range(1, 8))  # Art 9


@pytest.mark.parametrize(
    ("number", "examples"),
    [
        (1, ["學年會議", "教科書選購", "校慶籌備"]),
        (2, ["說明會", "討論會議", "小組會議"]),
        (3, ["週會", "童軍露營", "戶外教學", "師生座談", "社團成果展"]),
        (4, ["國際標準舞", "元極舞", "法輪功", "理財", "瑜珈", "減肥", "雞尾酒", "插花", "養生"]),
        (5, ["佛經", "風水", "命理"]),
        (6, ["參觀"]),
        (7, ["選務"]),
    ],
)
def test_art9_lists_carry_the_regulations_own_examples(number: int, examples: list[str]) -> None:
    (category,) = [c for c in DEFAULT_RULE_SET.restricted_categories if c.number == number]
    assert set(examples) <= set(category.terms)
    assert category.name


def test_round_trip_through_json() -> None:
    text = json.dumps(DEFAULT_RULE_SET.to_dict(), ensure_ascii=False)
    assert RuleSet.from_dict(json.loads(text)) == DEFAULT_RULE_SET


def test_an_adjusted_copy_keeps_the_rest() -> None:
    adjusted = RuleSet.from_dict({"version": "2009-10-08+臺中市-1", "daily_cap_hours": 8})
    assert adjusted.daily_cap_hours == 8
    assert adjusted.weekly_cap_hours == 35
    assert adjusted.restricted_categories == DEFAULT_RULE_SET.restricted_categories


def test_unknown_parameters_are_refused() -> None:
    with pytest.raises(UserError) as info:
        RuleSet.from_dict({"dialy_cap_hours": 8})
    assert info.value.field == "dialy_cap_hours"


def test_describe_lists_every_number_in_chinese() -> None:
    rows = dict(describe(DEFAULT_RULE_SET))
    assert rows["規則集版本"] == "2009-10-08"
    assert rows["每日採計上限（第10條第2款）"] == "6小時"
    assert rows["每週採計上限（第10條第2款）"] == "35小時"
    assert rows["曠課達此比例不核發時數（第10條第5款）"] == "1/3"
    assert rows["不予採計的時段（第10條第4款）"] == "車程、簽到退、午休、中場休息、茶敘"
    assert "瑜珈" in rows["採計限制第4款：屬個人休閒性質與教學無關之研習（第9條）"]
    assert rows["開辦資格第3款（第7條）"].startswith("大學校院辦理教師進修")
