"""ACC-5: the function matrix by account kind and subtype, on screen and printed."""

from __future__ import annotations

import pytest
from pdf_reading import pdf_flat_text, pdf_pages

from ntip_desktop.models import AccountKind, BusinessSubtype
from ntip_desktop.services.accounts.functions import COLUMNS, FUNCTIONS, Reach, functions_of, permission_matrix, reach
from ntip_desktop.services.pdf.permission_matrix import render_permission_matrix

ART5_TEACHER = [
    "查詢個人研習紀錄",
    "公務人員終身學習網研習紀錄",
    "專長登錄申請",
    "專長瀏覽",
    "個人報名紀錄",
    "研習資訊訂閱",
    "變更登入密碼",
    "修改個人基本資料",
    "意見交流",
    "登出系統",
]
ART5_BUSINESS = [
    "研習課程",
    "帳號管理",
    "教師專長證照管理",
    "教師資料",
    "機關資料",
    "資源分享區",
    "個人資料",
    "統計圖表",
    "Web Mail",
    "其他",
]


def test_every_function_of_article_5_is_in_the_matrix_for_every_column() -> None:
    names = [f[1] for f in FUNCTIONS]
    assert names == ART5_TEACHER + ART5_BUSINESS
    assert all(len(cells) == len(COLUMNS) for *_, cells in FUNCTIONS)
    assert len(COLUMNS) == 1 + len(BusinessSubtype)


def test_a_teacher_reaches_only_their_own_records() -> None:
    assert [name for name, _ in functions_of(AccountKind.TEACHER)] == ART5_TEACHER
    assert {r for _, r in functions_of(AccountKind.TEACHER)} == {Reach.SELF}


@pytest.mark.parametrize("subtype", list(BusinessSubtype))
def test_every_business_subtype_has_the_core_business_functions(subtype: BusinessSubtype) -> None:
    names = [name for name, _ in functions_of(AccountKind.BUSINESS, subtype)]
    for core in ("研習課程", "帳號管理", "機關資料", "個人資料", "Web Mail"):
        assert core in names
    assert "查詢個人研習紀錄" not in names


def test_reach_follows_the_units_place_in_the_network() -> None:
    assert reach(AccountKind.BUSINESS, BusinessSubtype.DISTRICT_CENTER, "帳號管理") is Reach.DISTRICT
    assert reach(AccountKind.BUSINESS, BusinessSubtype.SCHOOL, "帳號管理") is Reach.OWN
    assert reach(AccountKind.BUSINESS, BusinessSubtype.NATIONAL_CENTER, "研習課程") is Reach.ALL
    assert reach(AccountKind.BUSINESS, BusinessSubtype.AUTHORITY, "研習課程") is Reach.JURISDICTION
    assert reach(AccountKind.BUSINESS, BusinessSubtype.SOCIAL_EDU, "教師專長證照管理") is Reach.NONE
    assert reach(AccountKind.BUSINESS, BusinessSubtype.TRAINING_CENTER, "教師資料") is Reach.PARTICIPANTS


def test_the_printed_matrix_is_one_page_with_its_chinese_text_and_our_reading() -> None:
    matrix = permission_matrix()
    pdf = render_permission_matrix(matrix)
    assert pdf_pages(pdf) == 1
    text = pdf_flat_text(pdf)
    for expected in (
        "帳號功能權限對照表（第5條）",
        "教師專長證照管理",
        "所辦研習學員",
        "區管中心",
        "本程式之解讀",
        "Web Mail",
    ):
        assert expected in text, expected
