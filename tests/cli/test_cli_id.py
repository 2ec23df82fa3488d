"""``ntip id check`` as another program calls it (docs/cli.md)."""

from __future__ import annotations

import subprocess
import sys


def ntip(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "ntip_desktop.cli.main", *args], input=stdin, capture_output=True, timeout=120
    )


def test_all_valid_exits_0() -> None:
    run = ntip("id", "check", "A123456789", "A800000014", "AC01234567")
    assert run.returncode == 0
    assert run.stdout.decode("utf-8").splitlines() == ["A123456789\tvalid", "A800000014\tvalid", "AC01234567\tvalid"]
    assert run.stderr == b""


def test_one_invalid_exits_1_with_the_reason() -> None:
    run = ntip("id", "check", "A123456789", "A123456788", "B1234")
    assert run.returncode == 1
    assert run.stdout.decode("utf-8").splitlines() == [
        "A123456789\tvalid",
        "A123456788\tinvalid\t檢查碼錯誤",
        "B1234\tinvalid\t格式錯誤：應為1個英文字母加9位數字（例：A123456789）",
    ]


def test_no_id_is_a_usage_error() -> None:
    run = ntip("id", "check")
    assert run.returncode == 2
    assert run.stdout == b""
    assert run.stderr
