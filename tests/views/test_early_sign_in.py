"""The sign-in dialog before the database is open (issue 14 item 14): tasks submitted meanwhile wait for the
database, and a database that then cannot be opened is explained, without quitting."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox

from ntip_desktop.errors import DatabaseProblem, UserError
from ntip_desktop.services import auth
from ntip_desktop.services.db import Database
from ntip_desktop.views import startup
from ntip_desktop.views.login import LoginDialog
from ntip_desktop.views.startup import Desk
from ntip_desktop.views.tasks import TaskRunner


def test_a_task_given_while_the_database_opens_runs_once_it_is_open(qtbot: Any, tmp_path: Path, qapp: Any) -> None:
    database = Database(str(tmp_path / "office.sqlite3"))
    database.upgrade(backup=False)
    runner = TaskRunner()
    try:
        runner.hold_until_open()
        results: list[Any] = []
        assert runner.run(lambda session: auth.has_users(session), on_done=results.append) == 0
        assert runner.wait_idle(1000) and results == [], "nothing runs before the database is open"
        runner.opened(database)
        qtbot.waitUntil(lambda: results == [False])
        assert runner.database is database
    finally:
        runner.wait_idle()
        runner.shutdown()
        database.dispose()


def test_a_task_given_while_the_database_opens_fails_when_it_cannot_be(qapp: Any) -> None:
    runner = TaskRunner()
    try:
        runner.hold_until_open()
        errors: list[UserError] = []
        runner.run(lambda session: None, on_done=lambda _v: None, on_error=errors.append)
        problem = DatabaseProblem("資料庫檔正被其他程式使用中（已鎖定）。")
        runner.open_failed(problem)
        assert errors == [problem]
        with pytest.raises(RuntimeError):
            runner.run(lambda session: None, on_done=lambda _v: None)  # no longer opening: a bug, said loudly
    finally:
        runner.shutdown()


def test_when_the_database_fails_after_the_early_sign_in_the_problem_is_explained(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "office.sqlite3"
    database = Database(str(path))
    database.upgrade(backup=False)
    with database.session() as s:
        auth.create_first_admin(s, login="admin", display_name="陳主任", password="correct horse")
    database.dispose()

    def locked(_url: str | None) -> Database:
        raise DatabaseProblem("資料庫檔正被其他程式使用中（已鎖定）。")

    monkeypatch.setattr(startup, "_open", locked)
    desk = Desk(str(path))
    qtbot.addWidget(desk.window)
    quits: list[bool] = []
    desk.quit_requested.connect(lambda: quits.append(True))
    shown: list[LoginDialog] = []
    login = Desk._login
    monkeypatch.setattr(Desk, "_login", lambda self: (login(self), shown.append(self.dialog)))
    try:
        desk.start()
        qtbot.waitUntil(lambda: isinstance(desk.dialog, QMessageBox) and desk.dialog.isVisible())
        assert len(shown) == 1
        assert not shiboken6.isValid(shown[0]) or not shown[0].isVisible(), "the early sign-in dialog went away"
        assert "已鎖定" in desk.dialog.text()
        assert quits == []
    finally:
        desk.runner.wait_idle(10_000)
        desk.shutdown()
