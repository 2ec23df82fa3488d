"""DATE-1: 民國 dates shown, ROC or ISO accepted, year 1 = 1912."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ntip_desktop.errors import UserError
from ntip_desktop.services.rules.rocdate import format_roc, format_roc_datetime, parse_date, roc_year

NOV_24 = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("day", "style", "shown"),
    [
        pytest.param(NOV_24, "short", "115/11/24", id="short"),
        pytest.param(NOV_24, "long", "115年11月24日", id="long"),
        pytest.param(NOV_24, "official", "中華民國115年11月24日", id="official"),
        pytest.param(NOV_24, "compact", "1151124", id="compact"),
        pytest.param(date(2026, 3, 2), "short", "115/03/02", id="short pads month and day"),
        pytest.param(date(2026, 3, 2), "long", "115年3月2日", id="long does not pad"),
        pytest.param(date(2010, 12, 31), "compact", "0991231", id="compact pads the year to 3"),
        pytest.param(date(1912, 1, 1), "official", "中華民國1年1月1日", id="year 1 is 1912"),
    ],
)
def test_format_roc(day: date, style: str, shown: str) -> None:
    assert format_roc(day, style) == shown  # type: ignore[arg-type]


def test_format_roc_defaults_to_long() -> None:
    assert format_roc(NOV_24) == "115年11月24日"


def test_format_roc_datetime() -> None:
    assert format_roc_datetime(datetime(2026, 11, 24, 14, 5)) == "115/11/24 14:05"


def test_dates_before_the_republic_are_refused() -> None:
    with pytest.raises(ValueError):
        format_roc(date(1911, 12, 31))
    with pytest.raises(ValueError):
        roc_year(date(1911, 12, 31))


def test_roc_year() -> None:
    assert roc_year(NOV_24) == 115
    assert roc_year(date(1912, 1, 1)) == 1


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("115/11/24", NOV_24),
        ("115-11-24", NOV_24),
        ("115.11.24", NOV_24),
        ("1151124", NOV_24),
        ("0991231", date(2010, 12, 31)),
        ("991231", date(2010, 12, 31)),
        ("115年11月24日", NOV_24),
        ("中華民國115年11月24日", NOV_24),
        ("民國115年11月24日", NOV_24),
        ("2026-11-24", NOV_24),
        ("20261124", NOV_24),
        ("１１５／１１／２４", NOV_24),
        ("中華民國１１５年１１月２４日", NOV_24),
        (" 115 / 11 / 24 ", NOV_24),
        ("115　年 11 月 24 日", NOV_24),
        ("99/1/5", date(2010, 1, 5)),
        ("1/1/1", date(1912, 1, 1)),
    ],
)
def test_parse_date_accepts(typed: str, meant: date) -> None:
    assert parse_date(typed) == meant


@pytest.mark.parametrize(
    "typed",
    ["", "abc", "115/13/01", "115/02/30", "0/01/01", "11511", "115/11", "2026-11-24T10:00", "12345678901"],
)
def test_parse_date_refuses_with_the_field_named(typed: str) -> None:
    with pytest.raises(UserError) as info:
        parse_date(typed, field="start")
    assert info.value.field == "start"
    assert "無法辨識的日期" in info.value.message
    assert "115/11/24" in info.value.message


@given(st.dates(min_value=date(1912, 1, 1), max_value=date(2910, 12, 31)))
def test_round_trip_every_style(day: date) -> None:
    for style in ("short", "long", "official", "compact"):
        assert parse_date(format_roc(day, style)) == day  # type: ignore[arg-type]
    assert parse_date(day.isoformat()) == day
