"""Issue 14 item 13: ``scripts/demo`` without a display says where the program runs and how to stop it, and
Ctrl+C does stop it; the package metadata builds without setuptools' licence deprecation."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _stub(path: Path, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/usr/bin/env bash\n" + body + "\n", encoding="utf-8")
    path.chmod(0o755)


@pytest.mark.skipif(shutil.which("bash") is None, reason="scripts/demo is a bash script")
def test_without_a_display_the_demo_says_it_is_invisible_and_how_to_stop_it(tmp_path: Path) -> None:
    """scripts/demo run as is, with the set-up, the program and xvfb-run replaced by stubs that note their call."""
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "demo", project / "scripts" / "demo")
    _stub(project / "scripts" / "setup", "exit 0")
    _stub(project / ".venv" / "bin" / "ntip", "exit 0")
    _stub(project / ".venv" / "bin" / "ntip-desktop", "exit 0")
    calls = tmp_path / "xvfb-run.args"
    _stub(tmp_path / "bin" / "xvfb-run", f'printf "%s\\n" "$@" > "{calls}"')
    demo_db = tmp_path / "demo.sqlite3"
    demo_db.touch()  # already seeded: the stubbed ntip is not asked to seed
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY", "NTIP_DEMO_DB")}
    env |= {"PATH": f"{tmp_path / 'bin'}{os.pathsep}{env['PATH']}", "NTIP_DEMO_DB": str(demo_db)}
    run = subprocess.run(
        ["bash", str(project / "scripts" / "demo")], capture_output=True, text=True, env=env, timeout=60
    )
    assert run.returncode == 0, run.stderr
    assert "看不見的虛擬螢幕 (Xvfb)" in run.stderr and "畫面不會出現在任何地方" in run.stderr
    assert "ssh -X" in run.stderr
    assert "要結束程式：在這個終端機按 Ctrl+C。" in run.stderr
    assert "To stop it, press Ctrl+C in this terminal." in run.stderr
    args = calls.read_text(encoding="utf-8").splitlines()
    assert args[-3:] == [".venv/bin/ntip-desktop", "--db", str(demo_db)]


def test_ctrl_c_closes_the_program(tmp_path: Path) -> None:
    """SIGINT while the program waits for someone to sign in: it closes at once, exit status 0."""
    script = textwrap.dedent(
        """
        import sys
        from ntip_desktop.views import app, startup

        shown = startup.Desk._ask_who

        def ask(self, has_users):
            shown(self, has_users)
            print("waiting", flush=True)

        startup.Desk._ask_who = ask
        sys.exit(app.main(["--db", sys.argv[1]]))
        """
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(tmp_path / "office.sqlite3")],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "waiting"
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_the_licence_is_an_spdx_expression() -> None:
    """setuptools 77 deprecates a table as project.license (pip showed the warning on every install)."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["license"] == "LicenseRef-Proprietary"
    assert any(req.startswith("setuptools>=77") for req in pyproject["build-system"]["requires"])
