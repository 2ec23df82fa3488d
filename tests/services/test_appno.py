"""Application numbers: what a clerk types or scans off a returned fax must be caught when wrong."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ntip_desktop.errors import UserError
from ntip_desktop.services.accounts.appno import (
    check_application_number,
    damm_check_digit,
    make_application_number,
    normalize_application_number,
    parse_application_number,
)

SAMPLES = [
    make_application_number(115, 123),
    make_application_number(115, 1),
    make_application_number(114, 987654, prefix="C"),
    make_application_number(99, 90909),  # many 0/9 pairs: Luhn would miss 09<->90 here
]


def test_damm_matches_the_published_example() -> None:
    assert damm_check_digit("572") == "4"  # Damm's own worked example


@given(st.text("0123456789", min_size=1, max_size=14), st.data())
def test_damm_detects_any_single_error_or_adjacent_swap(digits: str, data: st.DataObject) -> None:
    full = digits + damm_check_digit(digits)
    pos = data.draw(st.integers(0, len(full) - 1))
    wrong = data.draw(st.sampled_from([d for d in "0123456789" if d != full[pos]]))
    typo = full[:pos] + wrong + full[pos + 1 :]
    assert damm_check_digit(typo[:-1]) != typo[-1]
    if pos < len(full) - 1 and full[pos] != full[pos + 1]:
        swapped = full[:pos] + full[pos + 1] + full[pos] + full[pos + 2 :]
        assert damm_check_digit(swapped[:-1]) != swapped[-1]


def test_number_shape() -> None:
    number = make_application_number(115, 123)
    assert number[:10] == "B115000123" and len(number) == 11 and number[10].isdigit()
    assert make_application_number(115, 123, prefix="C")[:10] == "C115000123"
    assert check_application_number(number)


@pytest.mark.parametrize(
    ("year", "serial", "prefix"), [(0, 1, "B"), (1000, 1, "B"), (115, 0, "B"), (115, 1_000_000, "B"), (115, 1, "X")]
)
def test_make_refuses_out_of_range(year: int, serial: int, prefix: str) -> None:
    with pytest.raises(ValueError):
        make_application_number(year, serial, prefix=prefix)


@pytest.mark.parametrize("number", SAMPLES)
def test_every_single_digit_error_is_detected(number: str) -> None:
    for pos in range(1, len(number)):
        for digit in "0123456789":
            if digit != number[pos]:
                typo = number[:pos] + digit + number[pos + 1 :]
                assert not check_application_number(typo), typo


@pytest.mark.parametrize("number", SAMPLES)
def test_every_adjacent_transposition_is_detected(number: str) -> None:
    for pos in range(1, len(number) - 1):
        a, b = number[pos], number[pos + 1]
        if a != b:
            swapped = number[:pos] + b + a + number[pos + 2 :]
            assert not check_application_number(swapped), swapped


@pytest.mark.parametrize("number", SAMPLES)
def test_wrong_prefix_is_detected(number: str) -> None:
    other = {"B": "C", "C": "B"}[number[0]]
    assert not check_application_number(other + number[1:])
    assert not check_application_number("A" + number[1:])


@given(st.integers(1, 999), st.integers(1, 999_999), st.sampled_from("BC"))
def test_every_made_number_checks(year: int, serial: int, prefix: str) -> None:
    assert check_application_number(make_application_number(year, serial, prefix=prefix))


@pytest.mark.parametrize(
    "typed",
    [
        "B1150001234",
        "b1150001234",
        "B1150001234\r",  # keyboard-wedge scanner sends Enter
        "B1150001234\r\n",
        "  B115 000123 4\t",
        "B-115-000123-4",
        "Ｂ１１５０００１２３４",  # full-width: an IME left on
        "ｂ１１５－０００１２３－４",
    ],
)
def test_normalize_tolerates_what_people_and_scanners_type(typed: str) -> None:
    assert make_application_number(115, 123) == "B1150001234"
    assert normalize_application_number(typed) == "B1150001234"
    assert check_application_number(typed)
    assert parse_application_number(typed) == "B1150001234"


@pytest.mark.parametrize(
    "typed", ["", "B115000123", "B11500012340", "1150001234", "B115000123X", "A1150001234", "中文"]
)
def test_malformed_numbers_are_refused_with_a_chinese_message(typed: str) -> None:
    assert not check_application_number(typed)
    with pytest.raises(UserError) as info:
        parse_application_number(typed, field="申請編號")
    assert "申請編號" in info.value.message and info.value.field == "申請編號"
