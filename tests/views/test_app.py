"""The program as started: arguments, Qt's Chinese buttons, Traditional Chinese glyphs, the demo database."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QTextLayout
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from ntip_desktop import __version__
from ntip_desktop.services import auth
from ntip_desktop.services.db import Database
from ntip_desktop.views.app import FALLBACK_FAMILIES, apply_font, install_translations, remove_translations
from ntip_desktop.views.login import LoginDialog
from ntip_desktop.views.startup import Desk


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_version_and_help() -> None:
    version = subprocess.run(
        [sys.executable, "-m", "ntip_desktop.views.app", "--version"],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=60,
    )
    assert version.returncode == 0 and version.stdout.strip() == f"NTIP Desk {__version__}"
    helped = subprocess.run(
        [sys.executable, "-m", "ntip_desktop.views.app", "--help"],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=60,
    )
    assert helped.returncode == 0 and "--db URL" in helped.stdout and "--demo" in helped.stdout


def test_standard_buttons_read_in_chinese(qapp: QApplication) -> None:
    translators = install_translations(qapp, QLocale("zh_TW"))
    try:
        assert translators, "Qt's own zh_TW catalogue ships with PySide6"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        texts = [
            box.button(b).text() for b in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel)
        ]
        assert [t.replace("&", "").split("(")[0] for t in texts] == ["確定", "取消"]
    finally:
        remove_translations(qapp)


def _faces(font: QFont, text: str) -> set[str]:
    """The faces Qt really draws ``text`` with in ``font``."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return {run.rawFont().familyName() for run in layout.glyphRuns()}


def test_chinese_is_drawn_with_a_traditional_chinese_face(qapp: QApplication) -> None:
    before = qapp.font()
    platform_face = QFontInfo(before).family()
    try:
        font = apply_font(qapp)
        assert font.families()[0] == "Noto Sans CJK TC" and "AR PL UMing TW" in font.families()
        installed = set(QFontDatabase.families())
        tw_faces = [f for f in font.families() if f in installed and ("TC" in f or "TW" in f or "JhengHei" in f)]
        if not tw_faces:
            pytest.skip("no Traditional Chinese font installed (scripts/setup installs fonts-arphic-uming)")
        assert _faces(font, "帳號審核．稽核紀錄") == {tw_faces[0]}  # not a CN (simplified-form) face
        if tw_faces[0] in FALLBACK_FAMILIES:  # only a Ming face for Chinese: Latin keeps the platform's face
            assert _faces(font, "NTIP Desk 0.1") == {platform_face}
    finally:
        qapp.setFont(before)


def test_main_opens_the_database_off_the_gui_thread_and_reaches_sign_in(tmp_path: Path) -> None:
    """``main()`` as the console entry runs it, stopped where it asks who is working."""
    script = textwrap.dedent(
        """
        import sys, threading
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        from ntip_desktop.views import app, startup

        def ask(self, has_users):
            s = QSettings()
            print(self.window.isVisible(), has_users, self.window.database_label, s.organizationName(),
                  s.applicationName(), sys.excepthook.__qualname__, sep="|", flush=True)
            QApplication.instance().quit()

        startup.Desk._ask_who = ask
        sys.exit(app.main(["--db", sys.argv[1]]))
        """
    )
    path = tmp_path / "辦公室.sqlite3"
    env = {
        **_env(),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    proc = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    shown, has_users, label, org, app_name, hook = proc.stdout.strip().split("|")
    assert (shown, has_users, org, app_name) == ("True", "False", "ntip-desktop", "NTIP Desk")
    assert label == f"資料庫檔「{path}」"
    assert hook == "CrashReporter.excepthook"
    assert path.exists()


def test_sign_in_is_asked_before_the_database_layer_is_needed(tmp_path: Path) -> None:
    """Issue 14 item 14: on an SQLite file already up to date and with users, the sign-in dialog is shown after
    a look with the standard library, before the database is open; Alembic, the ORM and the models are not
    loaded for it at all. A sign-in typed at once waits for the database and succeeds."""
    path = tmp_path / "office.sqlite3"
    db = Database(str(path))
    db.upgrade(backup=False)
    with db.session() as s:
        auth.create_first_admin(s, login="admin", display_name="陳主任", password="correct horse")
    db.dispose()
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtWidgets import QApplication
        from ntip_desktop.views import app, startup

        login = startup.Desk._login

        def asked(self):
            heavy = ("alembic", "sqlalchemy.orm", "ntip_desktop.models", "ntip_desktop.services.auth")
            print(self.runner.database is None, [m for m in heavy if m in sys.modules], sep="|", flush=True)
            login(self)
            self.dialog.login_edit.setText("admin")
            self.dialog.password_edit.setText("correct horse")
            self.dialog.submit()  # before the database is open: it waits for it
            self.signed_in.connect(lambda user: (print(user.login, flush=True), QApplication.instance().quit()))

        startup.Desk._login = asked
        sys.exit(app.main(["--db", sys.argv[1]]))
        """
    )
    env = {**_env(), "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_STATE_HOME": str(tmp_path / "state")}
    proc = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["True|[]", "admin"]


@pytest.mark.slow
def test_demo_creates_the_demo_database_with_progress_then_asks_to_sign_in(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    desk = Desk(demo=True)
    qtbot.addWidget(desk.window)
    desk.start()
    try:
        qtbot.waitUntil(lambda: desk.seeding is not None, timeout=10_000)
        qtbot.waitUntil(lambda: isinstance(desk.dialog, LoginDialog) and desk.dialog.isVisible(), timeout=60_000)
        login: LoginDialog = desk.dialog
        assert login.login_edit.text() == "admin"
        assert "ntipdemo" in login.findChild(QLabel, "loginHint").text()
        assert "ntip-demo.sqlite3" in desk.window.database_label
        with qtbot.waitSignal(desk.signed_in):
            qtbot.keyClicks(login.password_edit, "ntipdemo")
            qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
        assert desk.window.user_label.text() == "王系統管理者（系統管理者．全部）"
        demo = Database(str(tmp_path / "data" / "ntip-desktop" / "ntip-demo.sqlite3"))
        try:
            with demo.session() as s:
                assert auth.has_users(s)
        finally:
            demo.dispose()
    finally:
        desk.runner.wait_idle(10_000)
        desk.shutdown()
