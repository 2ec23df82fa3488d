"""Art 9 terms found in title and outline, whatever the width, spacing or punctuation."""

from __future__ import annotations

import pytest

from ntip_desktop.services.rules.terms import find_restricted_terms, normalize_text


@pytest.mark.parametrize(
    ("title", "outline", "category", "term"),
    [
        pytest.param("114學年會議暨教師研習", None, 1, "學年會議", id="Art9(1) 學年會議"),
        pytest.param("教科書 選購 會議", None, 1, "教科書選購", id="Art9(1) spaced 教科書選購"),
        pytest.param("校慶籌備會", None, 1, "校慶籌備", id="Art9(1) 校慶籌備"),
        pytest.param("新課綱說明會", None, 2, "說明會", id="Art9(2) 說明會"),
        pytest.param("領域小組會議", None, 2, "小組會議", id="Art9(2) 小組會議"),
        pytest.param("全校週會演講", None, 3, "週會", id="Art9(3) 週會"),
        pytest.param("童軍露營帶隊研習", None, 3, "童軍露營", id="Art9(3) 童軍露營"),
        pytest.param("研習", "本次活動為戶外教學行前準備", 3, "戶外教學", id="Art9(3) 戶外教學 in the outline"),
        pytest.param("國際標準舞入門", None, 4, "國際標準舞", id="Art9(4) 國際標準舞"),
        pytest.param("教師瑜伽紓壓", None, 4, "瑜伽", id="Art9(4) variant 瑜伽"),
        pytest.param("教師ㄉ瑜　珈課", None, 4, "瑜珈", id="Art9(4) 瑜珈 with an ideographic space"),
        pytest.param("雞尾酒．調製", None, 4, "雞尾酒", id="Art9(4) 雞尾酒 with full-width punctuation"),
        pytest.param("個人理財規劃", None, 4, "理財", id="Art9(4) 理財"),
        pytest.param("佛經閱讀與人生", None, 5, "佛經", id="Art9(5) 佛經"),
        pytest.param("居家風水", None, 5, "風水", id="Art9(5) 風水"),
        pytest.param("紫微斗數與命理", None, 5, "命理", id="Art9(5) 命理"),
        pytest.param("科技園區參觀", None, 6, "參觀", id="Art9(6) 參觀"),
        pytest.param("選務工作講習", None, 7, "選務", id="Art9(7) 選務"),
    ],
)
def test_each_category_is_found(title: str, outline: str | None, category: int, term: str) -> None:
    hits = find_restricted_terms(title, outline)
    assert (category, term) in [(h.category, h.term) for h in hits]
    hit = next(h for h in hits if h.term == term)
    assert hit.category_name
    assert hit.where == ("title" if term in normalize_text(title) else "outline")


def test_full_width_latin_and_digits_normalise() -> None:
    assert normalize_text("ＡＢＣ　１２３，瑜珈！") == "abc123瑜珈"


def test_ordinary_courses_have_no_hits() -> None:
    assert find_restricted_terms("素養導向數學教學工作坊", "以差異化教學提升學生學習成效，實作評量設計。") == []
    assert find_restricted_terms("", None) == []


def test_a_term_inside_a_longer_hit_is_not_repeated() -> None:
    hits = find_restricted_terms("童軍露營", None)
    assert [h.term for h in hits] == ["童軍露營"]


def test_several_categories_are_all_reported() -> None:
    hits = find_restricted_terms("選務工作說明會", None)
    assert [(h.category, h.term) for h in hits] == [(2, "說明會"), (7, "選務")]
