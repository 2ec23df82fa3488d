"""ID-1: national ID and resident certificate numbers, masking."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ntip_desktop.errors import UserError
from ntip_desktop.services.rules.ids import LETTER_CODES, check_id, make_id, mask_id, validate_id


@pytest.mark.parametrize(
    ("text", "valid", "kind"),
    [
        pytest.param("A123456789", True, "national", id="RULES vector A123456789 valid"),
        pytest.param("A123456788", False, "national", id="RULES vector A123456788 invalid"),
        pytest.param("A800000014", True, "resident_new", id="RULES vector A800000014 valid (2021 resident form)"),
        pytest.param("AC01234567", True, "resident_old", id="RULES vector AC01234567 valid (old resident form)"),
        pytest.param("F231234567", None, "national", id="second digit 2"),
    ],
)
def test_rules_vectors(text: str, valid: bool | None, kind: str) -> None:
    result = check_id(text, today=date(2026, 1, 1))
    if valid is not None:
        assert result.valid is valid
    assert result.kind == kind


@pytest.mark.parametrize(
    "typed", ["a123456789", " A123456789 ", "Ａ１２３４５６７８９", "A 1234 56789", "ａ１２３４５６７８９\n"]
)
def test_lower_case_full_width_and_spaces_are_tolerated(typed: str) -> None:
    result = check_id(typed)
    assert result.valid
    assert result.normalized == "A123456789"


@pytest.mark.parametrize(
    "look_alike",
    [
        "𝐀123456789",  # MATHEMATICAL BOLD CAPITAL A (NFKC would read it as A)
        "A１２３４５６７８９".replace("１", "①"),  # circled digit one
        "ı" + make_id("I", "12345678")[1:],  # dotless i: str.upper() makes it I
        "ſ" + make_id("S", "12345678")[1:],  # long s: str.upper() makes it S
        "A1234\n56789",  # a line break inside the number is no space typed between groups
        "A1234\t56789",
    ],
)
def test_only_full_width_forms_and_spaces_are_folded(look_alike: str) -> None:
    assert not check_id(look_alike).valid


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("A123456788", "檢查碼錯誤"),
        ("A12345678", "格式錯誤：應為1個英文字母加9位數字（例：A123456789）"),
        ("A1234567890", "格式錯誤：應為1個英文字母加9位數字（例：A123456789）"),
        ("", "格式錯誤：應為1個英文字母加9位數字（例：A123456789）"),
        ("1123456789", "第1碼須為英文字母"),
        ("A323456789", "第2碼須為1或2（身分證）、8或9（居留證）"),
        ("A023456789", "第2碼須為1或2（身分證）、8或9（居留證）"),
        ("AE01234567", "第2碼為英文字母時僅限 A–D（舊式居留證號）"),
        ("A12345678X", "格式錯誤：應為1個英文字母加9位數字（例：A123456789）"),
    ],
)
def test_reasons_are_clear(text: str, reason: str) -> None:
    result = check_id(text)
    assert not result.valid
    assert result.reason == reason


def test_old_resident_numbers_lapse_in_2031() -> None:
    assert check_id("AC01234567", today=date(2030, 12, 31)).valid
    late = check_id("AC01234567", today=date(2031, 1, 1))
    assert not late.valid and "2031" in (late.reason or "")


def test_letter_table_has_the_official_out_of_order_codes() -> None:
    assert (LETTER_CODES["I"], LETTER_CODES["O"], LETTER_CODES["W"]) == (34, 35, 32)
    assert (LETTER_CODES["X"], LETTER_CODES["Y"], LETTER_CODES["Z"]) == (30, 31, 33)
    assert sorted(LETTER_CODES.values()) == list(range(10, 36))


def test_mask_hides_the_last_four() -> None:
    assert mask_id("A123456789") == "A12345****"
    assert mask_id("ａ123456789") == "A12345****"


def test_validate_id_returns_the_normalised_id_or_refuses() -> None:
    assert validate_id(" a123456789") == "A123456789"
    with pytest.raises(UserError) as info:
        validate_id("A123456788", field="teacher_id")
    assert info.value.field == "teacher_id"
    assert info.value.message == "身分證字號 A123456788 無效：檢查碼錯誤"


def test_make_id_known_values() -> None:
    assert make_id("A", "12345678") == "A123456789"
    assert make_id("A", "80000001") == "A800000014"
    assert make_id("A", "C0123456") == "AC01234567"
    with pytest.raises(ValueError):
        make_id("A", "1234567")


@given(
    st.sampled_from(sorted(LETTER_CODES)),
    st.sampled_from(["1", "2", "8", "9", "A", "B", "C", "D"]),
    st.text("0123456789", min_size=7, max_size=7),
)
def test_make_id_always_makes_a_valid_number(letter: str, second: str, rest: str) -> None:
    made = make_id(letter, second + rest)
    assert check_id(made, today=date(2026, 1, 1)).valid
    wrong = made[:-1] + str((int(made[-1]) + 1) % 10)
    assert check_id(wrong, today=date(2026, 1, 1)).reason == "檢查碼錯誤"
