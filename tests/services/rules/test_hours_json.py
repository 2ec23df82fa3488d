"""The JSON form of ``ntip hours compute``: strict reading, and output identical to json.dumps."""

from __future__ import annotations

import json
from copy import deepcopy
from typing import Any

import pytest

from ntip_desktop.errors import UserError
from ntip_desktop.services.rules.hours import compute_awards
from ntip_desktop.services.rules.hours_json import (
    awards_to_json,
    compute_hours_json,
    load_json,
    parse_hours_input,
)

EXAMPLE: dict[str, Any] = {
    "courses": [
        {
            "code": "115A0001",
            "delivery": "in_person",
            "special_approval": None,
            "credits": None,
            "certified_hours": None,
            "segments": [
                {"id": "s1", "start": "2026-03-02T09:00", "end": "2026-03-02T10:30", "kind": "instruction"},
                {"id": "s2", "start": "2026-03-02T10:30", "end": "2026-03-02T10:45", "kind": "tea_break"},
            ],
        },
        {"code": "115B0002", "delivery": "credit", "credits": 2, "segments": []},
    ],
    "enrollments": [
        {
            "teacher": "A123456789",
            "course": "115A0001",
            "completed": True,
            "absences": [{"segment": "s1", "minutes": 30, "reason": "leave"}],
        },
        {"teacher": "B223456780", "course": "115A0001", "completed": True},
        {"teacher": "A123456789", "course": "115B0002", "completed": False, "absences": []},
    ],
}


def test_the_cli_md_example() -> None:
    out = json.loads(compute_hours_json(json.dumps(EXAMPLE)))
    assert out["rule_set"] == "2009-10-08"
    assert [(a["teacher"], a["course"], a["hours"], a["status"]) for a in out["awards"]] == [
        ("A123456789", "115A0001", 1, "awarded"),
        ("A123456789", "115B0002", 0, "not_completed"),
        ("B223456780", "115A0001", 2, "awarded"),
    ]
    assert (
        "03/02 09:00–10:30 連續90分鐘，請假30分鐘，實際出席60分鐘 → 1小時（第10條第5款）" in out["awards"][0]["trace"]
    )


def test_output_is_exactly_what_json_dumps_writes() -> None:
    courses, enrollments = parse_hours_input(deepcopy(EXAMPLE))
    awards = compute_awards(courses, enrollments)
    expected = json.dumps(
        {
            "rule_set": "2009-10-08",
            "awards": [
                {"teacher": a.teacher, "course": a.course, "hours": a.hours, "status": a.status, "trace": list(a.trace)}
                for a in awards
            ],
        },
        ensure_ascii=False,
    )
    assert awards_to_json(awards).decode("utf-8") == expected
    assert compute_hours_json(json.dumps(EXAMPLE).encode()).decode("utf-8") == expected


def test_teacher_text_that_needs_escaping_stays_valid_json() -> None:
    data = deepcopy(EXAMPLE)
    data["enrollments"][1]["teacher"] = 'quote " back\\slash\ttab 王'
    out = json.loads(compute_hours_json(json.dumps(data)))
    assert out["awards"][-1]["teacher"] == 'quote " back\\slash\ttab 王'


def broken(mutate: Any) -> UserError:
    data = deepcopy(EXAMPLE)
    mutate(data)
    with pytest.raises(UserError) as info:
        parse_hours_input(data)
    return info.value


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d.pop("courses"), "$.courses"),
        (lambda d: d.update(extra=1), "$.extra"),
        (lambda d: d.update(courses={}), "courses"),
        (lambda d: d["courses"][0].pop("code"), "courses[0].code"),
        (lambda d: d["courses"][0].update(code=7), "courses[0].code"),
        (lambda d: d["courses"][0].update(delivery="hybrid"), "courses[0].delivery"),
        (lambda d: d["courses"][0].update(credits="2"), "courses[0].credits"),
        (lambda d: d["courses"][0].update(special_approval=5), "courses[0].special_approval"),
        (lambda d: d["courses"][0]["segments"][1].update(kind="nap"), "courses[0].segments[1].kind"),
        (lambda d: d["courses"][0]["segments"][0].update(start="2026-03-02 09:00"), "courses[0].segments[0].start"),
        (lambda d: d["courses"][0]["segments"][0].update(end="2026-02-30T10:30"), "courses[0].segments[0].end"),
        (lambda d: d["courses"][0]["segments"][0].update(room="A1"), "courses[0].segments[0].room"),
        (lambda d: d["courses"][0]["segments"][0].pop("id"), "courses[0].segments[0].id"),
        (lambda d: d["enrollments"][1].update(completed="yes"), "enrollments[1].completed"),
        (lambda d: d["enrollments"][1].update(teacher=None), "enrollments[1].teacher"),
        (lambda d: d["enrollments"][1].pop("course"), "enrollments[1].course"),
        (lambda d: d["enrollments"][1].update(absence=[]), "enrollments[1].absence"),
        (lambda d: d["enrollments"][1].update(absences={}), "enrollments[1].absences"),
        (lambda d: d["enrollments"][0]["absences"][0].update(minutes="30"), "enrollments[0].absences[0].minutes"),
        (lambda d: d["enrollments"][0]["absences"][0].update(minutes=30.5), "enrollments[0].absences[0].minutes"),
        (lambda d: d["enrollments"][0]["absences"][0].update(minutes=True), "enrollments[0].absences[0].minutes"),
        (lambda d: d["enrollments"][0]["absences"][0].update(reason="sick"), "enrollments[0].absences[0].reason"),
        (lambda d: d["enrollments"].append(3), "enrollments[3]"),
    ],
)
def test_every_malformed_field_is_named(mutate: Any, field: str) -> None:
    assert broken(mutate).field == field


def test_json_syntax_errors_name_the_line() -> None:
    with pytest.raises(UserError) as info:
        load_json('{\n  "courses": [,\n}')
    assert info.value.field == "第 2 行第 15 欄"
    assert info.value.message.startswith("JSON 格式錯誤")


def test_nan_is_refused() -> None:
    with pytest.raises(UserError):
        load_json('{"courses": NaN}')


def test_input_must_be_utf8() -> None:
    with pytest.raises(UserError):
        load_json("{}".encode("utf-16"))


def test_utf8_byte_order_mark_is_accepted() -> None:
    assert load_json(b"\xef\xbb\xbf{}") == {}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param("[" * 5000 + "]" * 5000, "巢狀層數過多", id="nested 5,000 deep"),
        pytest.param('{"courses": [' + "9" * 5000 + "]}", "整數位數過多", id="an integer of 5,000 digits"),
        pytest.param('{"courses": [1e999]}', "數值 1e999 超出範圍", id="a number that reads as infinity"),
    ],
)
def test_json_the_parser_cannot_hold_is_refused_with_a_message(text: str, words: str) -> None:
    with pytest.raises(UserError) as info:
        load_json(text)
    assert words in info.value.message
    assert info.value.field == "JSON"


def test_a_lone_surrogate_escape_is_refused_naming_where_it_is() -> None:
    # "\udcff" is valid JSON syntax, but no UTF-8 output can carry it: refused before anything is computed.
    text = json.dumps(EXAMPLE)[:-2] + ', {"teacher": "\\udcff", "course": "115A0001", "completed": true}]}'
    with pytest.raises(UserError) as info:
        compute_hours_json(text)
    assert info.value.field == "enrollments[3].teacher"
    assert "無法以 UTF-8 表示" in info.value.message
    # A surrogate pair is one character (U+1F600), and an escaped backslash before "udcff" is no escape.
    data = json.loads(compute_hours_json(json.dumps(EXAMPLE).replace("B223456780", "\\ud83d\\ude00 \\\\udcff")))
    assert data["awards"][-1]["teacher"] == "\U0001f600 \\udcff"


@pytest.mark.parametrize(
    ("mutate", "field", "words"),
    [
        (lambda d: d["enrollments"][1].update(teacher="   "), "enrollments[1].teacher", "非空白"),
        (lambda d: d["enrollments"][1].update(teacher="\u3000"), "enrollments[1].teacher", "非空白"),
        (lambda d: d["courses"][1].update(credits=10**4000), "courses[1].credits", "1 到 100"),
        (lambda d: d["courses"][1].update(credits=101), "courses[1].credits", "1 到 100"),
        (
            lambda d: d["courses"][1].update(delivery="online", credits=None, certified_hours=1001),
            "courses[1].certified_hours",
            "0 到 1,000",
        ),
        (
            lambda d: d["courses"][0]["segments"][0].update(start="0001-03-02T09:00", end="0001-03-02T10:30"),
            "courses[0].segments[0].start",
            "1912 到 2910",
        ),
        (
            lambda d: d["courses"][0]["segments"][1].update(start="9999-03-02T10:30", end="9999-03-02T10:45"),
            "courses[0].segments[1].start",
            "1912 到 2910",
        ),
    ],
)
def test_implausible_values_are_refused(mutate: Any, field: str, words: str) -> None:
    data = deepcopy(EXAMPLE)
    mutate(data)
    with pytest.raises(UserError) as info:
        compute_hours_json(json.dumps(data))
    assert info.value.field == field
    assert words in info.value.message


def test_the_limits_themselves_are_accepted() -> None:
    data = deepcopy(EXAMPLE)
    data["courses"][1]["credits"] = 100
    data["courses"].append(
        {"code": "C3", "delivery": "online", "certified_hours": 1000, "segments": []},
    )
    data["courses"][0]["segments"] = [
        {"id": "s1", "start": "1912-01-01T09:00", "end": "1912-01-01T10:30", "kind": "instruction"},
        {"id": "s2", "start": "2910-12-31T09:00", "end": "2910-12-31T10:30", "kind": "instruction"},
    ]
    data["enrollments"] = [
        {"teacher": "T", "course": code, "completed": True} for code in ("115A0001", "115B0002", "C3")
    ]
    out = json.loads(compute_hours_json(json.dumps(data)))
    assert [(a["course"], a["hours"]) for a in out["awards"]] == [("115A0001", 4), ("115B0002", 1800), ("C3", 1000)]
