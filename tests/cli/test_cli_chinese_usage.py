"""Issue 14 item 8: argparse's own words (usage, help, errors) read in Chinese like the rest of ``ntip``."""

from __future__ import annotations

import re
import subprocess
import sys

from ntip_desktop.cli.argparse_zh import _table


def ntip(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ntip_desktop.cli.main", *args], capture_output=True, text=True, timeout=120
    )


def test_help_reads_in_chinese() -> None:
    run = ntip("--help")
    assert run.returncode == 0
    assert run.stdout.startswith("用法：ntip ")
    assert "選項:" in run.stdout and "-h, --help            顯示這段說明後結束" in run.stdout
    assert "usage:" not in run.stdout and "show this help" not in run.stdout
    sub = ntip("courses", "list", "--help")
    assert sub.stdout.startswith("用法：ntip courses list ") and "顯示這段說明後結束" in sub.stdout


def test_usage_errors_read_in_chinese() -> None:
    wrong_choice = ntip("courses", "list", "--state", "foo")
    assert wrong_choice.returncode == 2 and wrong_choice.stdout == ""
    assert "參數 --state：無效的選擇 'foo'（可選：'draft', 'submitted'" in wrong_choice.stderr
    missing = ntip("id", "check")
    assert missing.returncode == 2
    assert missing.stderr.splitlines() == [
        "用法：ntip id check [-h] ID [ID ...]",
        "ntip id check: 參數錯誤: 缺少必要的參數：ID",
    ]
    not_a_number = ntip("demo", "seed", "--seed", "x")
    assert "參數 --seed：'x' 不是有效的 int 值" in not_a_number.stderr
    unknown = ntip("id", "check", "A123456789", "--zzz")
    assert unknown.stderr.endswith("參數錯誤: 無法辨識的參數：--zzz\n")
    for run in (wrong_choice, missing, not_a_number, unknown):
        assert not re.search(r"usage:|invalid choice|required:|unrecognized|invalid int", run.stderr)


def test_every_translation_keeps_argparse_placeholders() -> None:
    """argparse fills them with %: a lost or renamed one would raise inside the error message."""

    def placeholders(text: str) -> list[str]:
        return sorted(re.findall(r"%(?:\(\w+\))?[rsd]", text))

    wrong = {english: ours for english, ours in _table().items() if placeholders(english) != placeholders(ours)}
    assert wrong == {}
