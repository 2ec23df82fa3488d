"""Issue 14 item 12: the ``ntip`` commands the documentation shows run as written, and docs/cli.md says which
commands exist.

Every line of a fenced code block in README.md and docs/**/*.md that starts with ``.venv/bin/ntip `` or
``ntip `` (or with ``… && `` before it) is run with bash, in the order the documents show them, in a scratch folder that holds the
project's ``docs/examples`` and a ``.venv/bin/ntip`` (and an ``ntip`` on PATH) that is this checkout's
``ntip``. ``demo seed`` runs as written on the new file it names; every other command runs on a small demo
database (``NTIP_DB_URL``, as the README's ``export`` line sets it) seeded on 2026-11-25 (115/11/25): the
demo data follow the day they are made, and the README's application numbers, course codes and ID numbers
are that database's. A command passes when it exits 0, or 1 where its own line says 結束碼 1; a usage error,
a missing file or a traceback fails it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from ntip_desktop.cli.main import main
from ntip_desktop.services.db import Database
from ntip_desktop.services.demo import seed

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
#: The day the README's demo database was made (its numbers and codes are that database's).
DEMO_DAY = date(2026, 11, 25)
_FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
#: A line that runs ntip: it starts with it, or with a command that prepares for it (``mkdir -p x && ntip …``).
_RUNS_NTIP = re.compile(r"^(?:[^#&|;]*&& )?(?:\.venv/bin/)?ntip ")


def shown_commands() -> list[tuple[str, str]]:
    """(document, command line) of every ntip command in a fenced block, in document order."""
    found = []
    for document in DOCUMENTS:
        for block in _FENCE.findall(document.read_text(encoding="utf-8")):
            for line in block.splitlines():
                if _RUNS_NTIP.match(line):
                    found.append((document.relative_to(ROOT).as_posix(), line))
    return found


def test_the_readme_shows_the_commands_it_promises() -> None:
    commands = [line for document, line in shown_commands() if document == "README.md"]
    assert any("hours compute docs/examples/hours-compute.json" in line for line in commands)
    assert any("review check docs/examples/review-check.json" in line for line in commands)
    assert any("accounts fax-form " in line for line in commands)
    assert not [line for line in commands if "<" in line.split("#")[0]], "placeholders cannot run as written"


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "示範.sqlite3"
    database = Database(str(path))
    try:
        database.upgrade(backup=False)
        seed(database, "small", today=DEMO_DAY)
    finally:
        database.dispose()
    return path


@pytest.mark.slow
def test_every_shown_command_runs_as_written(demo_database: Path, tmp_path: Path) -> None:
    scratch = tmp_path / "project"
    shutil.copytree(ROOT / "docs" / "examples", scratch / "docs" / "examples")
    shim = f'#!/bin/sh\nexec "{sys.executable}" -m ntip_desktop.cli.main "$@"\n'
    for folder in (scratch / ".venv" / "bin", tmp_path / "bin"):
        folder.mkdir(parents=True)
        (folder / "ntip").write_text(shim, encoding="utf-8")
        (folder / "ntip").chmod(0o755)
    env = {
        **os.environ,
        "PATH": f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}",
        "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p),
        "NTIP_DB_URL": str(demo_database),
        "LOGNAME": "clerk",
    }
    commands = shown_commands()
    assert len(commands) >= 20
    failed = []
    for document, line in commands:
        run = subprocess.run(["bash", "-c", line], cwd=scratch, env=env, capture_output=True, text=True, timeout=300)
        allowed = {0, 1} if "結束碼 1" in line else {0}
        if run.returncode not in allowed or "Traceback" in run.stderr:
            failed.append(f"{document}: {line}\n  exit {run.returncode}: {run.stderr.strip()[-600:]}")
    assert failed == []
    assert (scratch / "申請表.pdf").read_bytes().startswith(b"%PDF")
    assert (scratch / "證明.pdf").read_bytes().startswith(b"%PDF")
    assert (scratch / "紀錄.pdf").read_bytes().startswith(b"%PDF")
    assert (scratch / "出席.json").stat().st_size > 1000


# --- docs/cli.md: what is not marked planned exists; what is marked planned does not yet ------------------------


def _cli_sections() -> list[str]:
    """The text of each ``##`` section of docs/cli.md."""
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    return ["## " + section for section in re.split(r"^## ", text, flags=re.MULTILINE)[1:]]


def _planned(words: list[str], section: str) -> bool:
    """Whether a section's ``> **Planned:**`` note covers this command: the commands it names in backticks
    (``> **Planned:** `backup`, `restore` …``), or, naming none, the whole section."""
    note = next((line for line in section.splitlines() if line.startswith("> **Planned:**")), None)
    if note is None:
        return False
    named = re.findall(r"`([a-z][a-z-]*)`", note)
    return not named or words[0] in named


def _commands_in(section: str) -> list[list[str]]:
    """The command words of each ``## `ntip …``` heading and ``- `ntip …``` item (placeholders dropped)."""
    found = []
    lines = [line for line in section.splitlines() if line.startswith(("## `ntip", "- `ntip"))]
    for match in (m for line in lines for m in re.finditer(r"`ntip ([^`]*)`", line)):
        words = []
        for word in match.group(1).split():
            if not re.fullmatch(r"[a-z][a-z-]*", word):
                break
            words.append(word)
        found.append(words[:2])
    return found


def _exists(words: list[str], capsys: pytest.CaptureFixture[str]) -> bool:
    """``ntip WORDS --help`` succeeds (``main`` returns argparse's exit code rather than raising it)."""
    try:
        code = main([*words, "--help"])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    capsys.readouterr()
    return code == 0


def test_docs_cli_marks_as_planned_exactly_the_commands_that_do_not_exist(capsys: pytest.CaptureFixture[str]) -> None:
    commands = [(words, text) for text in _cli_sections() for words in _commands_in(text)]
    available = [words for words, text in commands if not _planned(words, text)]
    planned = [words for words, text in commands if _planned(words, text)]
    assert len(available) >= 12 and ["hours", "compute"] in available and ["backup"] in available
    assert planned == []
    assert [w for w in available if not _exists(w, capsys)] == []
    assert [w for w in planned if _exists(w, capsys)] == [], "built: remove its Planned note in docs/cli.md"


def test_the_status_note_lists_only_commands_that_exist(capsys: pytest.CaptureFixture[str]) -> None:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    # the status note alone: its quoted lines, up to the next note ("How bad input is met" names no command)
    status = text[text.index("> **Status in this version.**") :].split("\n\n")[0]
    available, _, rest = status.partition("**Planned**")
    beyond = rest.partition("Beyond the contract")[2].split("\n\n")[0]  # (the status note only)
    named = re.findall(r"`([a-z][a-z -]*(?:\|[a-z]+)?)", available.partition("Available:")[2] + beyond)
    commands = []
    for name in named:
        first, *more = name.split()
        for second in more[0].split("|") if more else [None]:
            commands.append([first, second] if second else [first])
    assert ["certificates", "verify"] in commands and ["rules", "print"] in commands
    assert [c for c in commands if not _exists(c, capsys)] == []
