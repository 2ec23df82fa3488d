"""``ntip id check`` as another program calls it (docs/cli.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


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


def test_bytes_that_are_not_utf8_are_bad_input_naming_the_argument() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "ntip_desktop.cli.main", "id", "check", "A123456789", b"A12\xff456789"],
        capture_output=True,
        timeout=120,
    )
    assert run.returncode == 2
    assert run.stdout == b""
    assert run.stderr.decode("utf-8") == "ntip: ID 的第 2 個值: 不是有效的 UTF-8 文字\n"


@pytest.mark.parametrize("text", ["A1234\n56789", "A123456789\t", "A12345\r6789", "A123456789\u2028"])
def test_a_control_character_would_break_the_lines_so_it_is_bad_input(text: str) -> None:
    run = ntip("id", "check", text)
    assert run.returncode == 2
    assert run.stdout == b""
    assert run.stderr.decode("utf-8") == "ntip: 第 1 個號碼: 含有定位、換行等控制字元，無法逐行列出\n"


def test_look_alike_letters_are_not_id_letters() -> None:
    run = ntip("id", "check", "𝐀123456789", "Ａ１２３４５６７８９")
    assert run.returncode == 1
    assert run.stdout.decode("utf-8").splitlines() == [
        "𝐀123456789\tinvalid\t第1碼須為英文字母",
        "Ａ１２３４５６７８９\tvalid",  # full-width: an input method left in full-width mode
    ]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_stdout_on_a_full_disk_is_exit_2_not_1_which_would_mean_invalid() -> None:
    with open("/dev/full", "wb") as full:
        run = subprocess.run(
            [sys.executable, "-m", "ntip_desktop.cli.main", "id", "check", "A123456789"],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    assert run.returncode == 2
    assert run.stderr.decode("utf-8") == "ntip: stdout: 無法寫出結果：No space left on device\n"


def test_a_closed_stdout_is_exit_2_with_a_message() -> None:
    run = subprocess.run(  # as ``ntip id check A123456789 >&-`` starts it
        [sys.executable, "-m", "ntip_desktop.cli.main", "id", "check", "A123456789"],
        stderr=subprocess.PIPE,
        preexec_fn=lambda: os.close(1),
        timeout=120,
    )
    assert run.returncode == 2
    assert run.stderr.decode("utf-8") == "ntip: stdout: 無法寫出結果：標準輸出已關閉\n"
