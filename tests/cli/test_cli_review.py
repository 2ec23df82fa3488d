"""``ntip review check`` as another program calls it (docs/cli.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from copy import deepcopy
from typing import Any

import pytest

IDS = [
    "art7.organizer",
    "art8.focus",
    "art8.1.title",
    "art8.2.basis",
    "art8.3.when_where",
    "art8.4.class_nature",
    "art8.5.audience",
    "art8.6.subsidy",
    "art8.7.contact",
    "art9.restricted",
    "art11.route",
    "art12.1.duplicate",
    "art12.2.lead_time",
]

GOOD: dict[str, Any] = {
    "code": "115A0001",
    "title": "素養導向數學教學工作坊",
    "session_label": None,
    "outline": "介紹素養導向數學教學的設計原則，並實作評量題目的編寫、試教與修正。",
    "basis_doc": "台中(三)字第 0980169437 號",
    "start": "2026-03-02T09:00",
    "end": "2026-03-02T16:00",
    "venue": "臺中市立忠明高級中學 圖書館",
    "delivery": "in_person",
    "class_nature": "工作坊",
    "audience": ["k12_teacher"],
    "subsidy": {"unit": "教育部", "amount": 12000},
    "contact": {"name": "王小明", "phone": "04-2222-3333", "email": "wang@example.edu.tw"},
    "organizer": {
        "name": "臺中市立忠明高級中學",
        "category": 7,
        "approval_doc": None,
        "county": "臺中市",
        "kind": "senior_high",
        "ownership": "municipal",
    },
    "registered_on": "2026-02-20",
    "online_county": True,
    "registered_elsewhere": False,
    "consent_doc": None,
    "segments": [{"id": "s1", "start": "2026-03-02T09:00", "end": "2026-03-02T12:00", "kind": "instruction"}],
}


def review(data: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "ntip_desktop.cli.main", "review", "check", "-"],
        input=json.dumps(data, ensure_ascii=False).encode("utf-8"),
        capture_output=True,
        timeout=120,
    )


def test_a_good_course_exits_0_with_every_check() -> None:
    run = review(GOOD)
    assert run.returncode == 0, run.stdout.decode("utf-8")
    checks = json.loads(run.stdout)["checks"]
    assert [c["id"] for c in checks] == IDS
    assert {c["outcome"] for c in checks} <= {"pass", "manual"}
    route = next(c for c in checks if c["id"] == "art11.route")
    assert "臺中市政府教育局" in route["message"]


def test_a_restricted_activity_fails_with_exit_1() -> None:
    data = deepcopy(GOOD)
    data["title"] = "教師瑜珈紓壓研習"
    run = review(data)
    assert run.returncode == 1
    checks = {c["id"]: c for c in json.loads(run.stdout)["checks"]}
    assert checks["art9.restricted"]["outcome"] == "fail"
    assert "瑜珈" in checks["art9.restricted"]["message"]


def test_an_empty_course_fails_every_check_it_can_without_crashing() -> None:
    run = review({})
    assert run.returncode == 1
    checks = json.loads(run.stdout)["checks"]
    assert [c["id"] for c in checks] == IDS
    assert sum(c["outcome"] == "fail" for c in checks) == 10


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d.update(audience="k12_teacher"), "audience"),
        (lambda d: d["organizer"].update(category="7"), "organizer.category"),
        (lambda d: d.update(start="2026-03-02"), "start"),
        (lambda d: d.update(registered_on="115/02/20"), "registered_on"),
        (lambda d: d.update(online_county="yes"), "online_county"),
        (lambda d: d.update(colour="blue"), "colour"),
        (lambda d: d["segments"][0].update(kind="nap"), "segments[0].kind"),
        # Segments that ``hours compute`` refuses are refused here too, with the same message:
        (lambda d: d["segments"].append(dict(d["segments"][0], id="s2")), "segments[1].start"),  # overlapping
        (
            lambda d: d["segments"].append(dict(d["segments"][0], start="2026-03-02T13:00", end="2026-03-02T16:00")),
            "segments[1].id",  # the same id twice
        ),
        (lambda d: d["segments"][0].update(end="2026-03-02T08:00"), "segments[0].end"),
        (lambda d: d.update(registered_on="0001-02-20"), "registered_on"),
    ],
)
def test_malformed_fields_exit_2_naming_them(change: Any, field: str) -> None:
    data = deepcopy(GOOD)
    change(data)
    run = review(data)
    assert run.returncode == 2
    assert run.stdout == b""
    assert run.stderr.decode("utf-8").startswith(f"ntip: {field}: ")
