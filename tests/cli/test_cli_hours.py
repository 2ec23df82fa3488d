"""``ntip hours compute`` as another program calls it (docs/cli.md): stdout JSON, stderr, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from copy import deepcopy
from pathlib import Path
from typing import Any

import pytest

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
                {"id": "s3", "start": "2026-03-02T10:45", "end": "2026-03-02T12:15", "kind": "instruction"},
            ],
        },
    ],
    "enrollments": [
        {
            "teacher": "A123456789",
            "course": "115A0001",
            "completed": True,
            "absences": [{"segment": "s1", "minutes": 30, "reason": "leave"}],
        },
    ],
}


def ntip(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "ntip_desktop.cli.main", *args], input=stdin, capture_output=True, timeout=120
    )


def compute(data: Any) -> subprocess.CompletedProcess[bytes]:
    return ntip("hours", "compute", "-", stdin=json.dumps(data, ensure_ascii=False).encode("utf-8"))


def test_the_contract_example_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(EXAMPLE), encoding="utf-8")
    run = ntip("hours", "compute", str(path))
    assert run.returncode == 0, run.stderr.decode("utf-8")
    assert run.stderr == b""
    out = json.loads(run.stdout.decode("utf-8"))
    assert out["rule_set"] == "2009-10-08"
    (award,) = out["awards"]
    assert (award["teacher"], award["course"], award["hours"], award["status"]) == (
        "A123456789",
        "115A0001",
        3,
        "awarded",
    )
    assert award["trace"] == [
        "03/02 09:00–10:30 連續90分鐘，請假30分鐘，實際出席60分鐘 → 1小時（第10條第5款）",
        "03/02 10:45–12:15 連續90分鐘 → 2小時（第10條第1款）",
        "不予採計：茶敘15分鐘（第10條第4款）",
        "核發 3 小時",
    ]
    assert "請假30分鐘".encode() in run.stdout  # Chinese as UTF-8 text, not \\u escapes


def test_stdin_and_status_values() -> None:
    data = deepcopy(EXAMPLE)
    data["enrollments"] = [
        {
            "teacher": "T1",
            "course": "115A0001",
            "completed": True,
            "absences": [{"segment": "s1", "minutes": 60, "reason": "unexcused"}],
        },
        {"teacher": "T2", "course": "115A0001", "completed": True},
    ]
    run = compute(data)
    assert run.returncode == 0
    awards = json.loads(run.stdout)["awards"]
    assert [(a["teacher"], a["hours"], a["status"]) for a in awards] == [
        ("T1", 0, "void_unexcused"),
        ("T2", 4, "awarded"),
    ]


def expect_bad_input(data: Any, field: str, words: str) -> None:
    run = compute(data)
    assert run.returncode == 2
    assert run.stdout == b""
    message = run.stderr.decode("utf-8")
    assert message.startswith(f"ntip: {field}: "), message
    assert words in message


def mutated(change: Any) -> dict[str, Any]:
    data = deepcopy(EXAMPLE)
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        pytest.param(
            lambda d: d["enrollments"][0].update(course="NOPE"),
            "enrollments[0].course",
            "找不到課程代碼 NOPE",
            id="unknown course",
        ),
        pytest.param(
            lambda d: d["enrollments"][0]["absences"][0].update(segment="s9"),
            "enrollments[0].absences[0].segment",
            "沒有時段 s9",
            id="unknown segment",
        ),
        pytest.param(
            lambda d: d["courses"][0]["segments"][2].update(end="2026-03-02T10:00"),
            "courses[0].segments[2].end",
            "結束時間須晚於開始時間",
            id="end before start",
        ),
        pytest.param(
            lambda d: d["courses"][0]["segments"][2].update(end="2026-03-03T00:30"),
            "courses[0].segments[2].end",
            "跨越午夜",
            id="segment crossing midnight",
        ),
        pytest.param(
            lambda d: d["courses"][0]["segments"][2].update(start="2026-03-02T10:40"),
            "courses[0].segments[2].start",
            "與時段 s2 重疊",
            id="overlapping segments",
        ),
        pytest.param(
            lambda d: d["enrollments"][0]["absences"][0].update(minutes=91),
            "enrollments[0].absences[0].minutes",
            "超過時段 s1 的長度 90 分鐘",
            id="minutes over the length",
        ),
        pytest.param(
            lambda d: d["enrollments"].append(dict(d["enrollments"][0])),
            "enrollments[1].course",
            "重複報名",
            id="teacher enrolled twice",
        ),
        pytest.param(
            lambda d: d["enrollments"][0]["absences"][0].update(minutes="30"),
            "enrollments[0].absences[0].minutes",
            "整數",
            id="minutes as text",
        ),
        pytest.param(
            lambda d: d["courses"][0]["segments"][0].update(start="2026/03/02 09:00"),
            "courses[0].segments[0].start",
            "YYYY-MM-DDTHH:MM",
            id="time format",
        ),
        pytest.param(
            lambda d: d["enrollments"][0].update(absense=[]), "enrollments[0].absense", "不明的欄位", id="misspelt key"
        ),
    ],
)
def test_inconsistent_input_exits_2_naming_the_field(change: Any, field: str, words: str) -> None:
    expect_bad_input(mutated(change), field, words)


def test_broken_json_names_the_line() -> None:
    run = ntip("hours", "compute", "-", stdin=b'{"courses": [],\n "enrollments": [}\n')
    assert run.returncode == 2 and run.stdout == b""
    assert run.stderr.decode("utf-8").startswith("ntip: 第 2 行第 18 欄: JSON 格式錯誤")


def test_missing_file(tmp_path: Path) -> None:
    run = ntip("hours", "compute", str(tmp_path / "nowhere.json"))
    assert run.returncode == 2 and run.stdout == b""
    assert "找不到檔案" in run.stderr.decode("utf-8")


def test_touches_no_database(tmp_path: Path) -> None:
    db = tmp_path / "should-not-exist.sqlite3"
    run = ntip("--db", f"sqlite:///{db}", "hours", "compute", "-", stdin=json.dumps(EXAMPLE).encode())
    assert run.returncode == 0
    assert not db.exists()


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    """``ntip hours compute county.json | head``: the command stops quietly when the pipe closes."""
    data = deepcopy(EXAMPLE)
    data["enrollments"] = [{"teacher": f"T{n:06d}", "course": "115A0001", "completed": True} for n in range(40_000)]
    process = subprocess.Popen(
        [sys.executable, "-m", "ntip_desktop.cli.main", "hours", "compute", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None and process.stdout is not None and process.stderr is not None
    process.stdin.write(json.dumps(data).encode())
    process.stdin.close()
    assert process.stdout.read(100).startswith(b'{"rule_set": "2009-10-08", "awards": [{"teacher": "T000000"')
    process.stdout.close()  # like `head -c 100` exiting
    stderr = process.stderr.read().decode("utf-8")
    assert process.wait(timeout=120) == 141  # as if killed by SIGPIPE
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr


def test_text_that_cannot_be_written_in_the_last_teacher_writes_nothing() -> None:
    # Valid JSON escapes, but "\udcff" alone is no character UTF-8 can carry: megabytes of awards were once
    # written before the last teacher failed with a traceback.
    data = deepcopy(EXAMPLE)
    data["enrollments"] = [{"teacher": f"T{n:06d}", "course": "115A0001", "completed": True} for n in range(20_000)]
    text = json.dumps(data)[:-2] + ', {"teacher": "\\udcff", "course": "115A0001", "completed": true}]}'
    run = ntip("hours", "compute", "-", stdin=text.encode("utf-8"))
    assert run.returncode == 2
    assert run.stdout == b""
    assert (
        run.stderr.decode("utf-8")
        == "ntip: enrollments[20000].teacher: 含有無法以 UTF-8 表示的字元（不成對的 UTF-16 代理字元）\n"
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_on_stdout_is_exit_2_with_a_message() -> None:
    with open("/dev/full", "wb") as full:
        run = subprocess.run(
            [sys.executable, "-m", "ntip_desktop.cli.main", "hours", "compute", "-"],
            input=json.dumps(EXAMPLE).encode(),
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    assert run.returncode == 2
    assert run.stderr.decode("utf-8") == "ntip: stdout: 無法寫出結果：No space left on device\n"
