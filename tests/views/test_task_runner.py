"""The task runner: database work on one worker thread, results, errors and crashes back on the GUI thread."""

from __future__ import annotations

import threading
import traceback
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from ntip_desktop.changes import Changes
from ntip_desktop.errors import UserError
from ntip_desktop.services import auth, users
from ntip_desktop.services.db import Database
from ntip_desktop.views.tasks import Cancelled, TaskRunner

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


def _admin(session: Any) -> auth.CurrentUser:
    return auth.create_first_admin(session, login="admin", display_name="陳主任", password="correct horse")


def _users(database: Database) -> int:
    with database.session() as s:
        return len(users.list_users(s, _any_admin(s))) if auth.has_users(s) else 0


def _any_admin(session: Any) -> auth.CurrentUser:
    return auth.authenticate(session, "admin", "correct horse")


def test_result_arrives_on_the_gui_thread_and_the_work_ran_on_the_worker(runner: TaskRunner, qtbot) -> None:
    seen: dict[str, Any] = {}

    def work(session: Any) -> str:
        seen["worker"] = threading.current_thread().name
        return _admin(session).display_name

    def done(value: str) -> None:
        seen["gui"] = threading.current_thread() is threading.main_thread()
        seen["value"] = value

    with qtbot.waitSignal(runner.idle):
        runner.run(work, on_done=done)
    assert seen == {"worker": "ntip-database", "gui": True, "value": "陳主任"}
    assert _users(runner.database) == 1  # committed


def test_a_failing_task_is_rolled_back_and_its_user_error_reaches_on_error(runner: TaskRunner, qtbot) -> None:
    errors: list[UserError] = []

    def work(session: Any) -> None:
        _admin(session)  # flushed, then the task fails: nothing may remain
        raise UserError("這一步做不到。", field="login")

    with qtbot.waitSignal(runner.idle):
        runner.run(work, on_done=lambda _v: pytest.fail("on_done after an error"), on_error=errors.append)
    assert [(e.message, e.field) for e in errors] == [("這一步做不到。", "login")]
    assert _users(runner.database) == 0


def test_an_unhandled_user_error_is_shown_by_the_shared_presenter(runner: TaskRunner, qtbot) -> None:
    def work(session: Any) -> None:
        raise UserError("此申請已由他人處理。", field="password")

    with qtbot.waitSignal(runner.idle):
        runner.run(work, on_done=lambda _v: None)
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.objectName() == "userErrorBox"
    ]
    assert len(boxes) == 1
    box = boxes[0]
    assert box.windowTitle() == "無法完成"
    assert box.text() == "此申請已由他人處理。"
    assert box.informativeText() == "相關欄位：密碼"
    assert box.icon() is QMessageBox.Icon.Warning
    box.close()


def test_a_bug_in_a_task_reaches_the_crash_hook_and_the_runner_keeps_working(
    runner: TaskRunner, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    crashes: list[tuple[type, BaseException, Any]] = []
    monkeypatch.setattr("sys.excepthook", lambda *exc_info: crashes.append(exc_info))

    def broken(session: Any) -> int:
        return {}["missing"]  # a bug, not a UserError

    with qtbot.waitSignal(runner.idle):
        runner.run(
            broken, on_done=lambda _v: pytest.fail("on_done after a crash"), on_error=lambda _e: pytest.fail("on_error")
        )
    assert len(crashes) == 1
    etype, value, tb = crashes[0]
    assert etype is KeyError and value.args == ("missing",)
    assert tb is not None and "broken" in [frame.name for frame in traceback.extract_tb(tb)]

    results: list[int] = []
    with qtbot.waitSignal(runner.idle):
        runner.run(lambda s: 41 + 1, on_done=results.append)
    assert results == [42]


def test_busy_is_signalled_while_tasks_are_pending(runner: TaskRunner, qtbot) -> None:
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    release = threading.Event()
    runner.run(lambda s: release.wait(10), on_done=lambda _v: None, description="等待中")
    runner.run(lambda s: None, on_done=lambda _v: None)
    assert runner.busy and runner.current_description == "等待中"
    release.set()
    assert runner.wait_idle()
    assert states == [True, False] and not runner.busy


@dataclass(frozen=True)
class _Written:
    changes: Changes


def test_changes_a_write_returns_are_announced_on_the_bus(runner: TaskRunner, qtbot) -> None:
    announced: list[Changes] = []
    runner.bus.changed.connect(announced.append)
    with qtbot.waitSignal(runner.idle):
        runner.run(lambda s: _Written(Changes(accounts=True, audit=True)), on_done=lambda _v: None)
        runner.run(lambda s: _admin(s), on_done=lambda _v: None, changes=Changes(users=True, audit=True))
        runner.run(lambda s: "a read changes nothing", on_done=lambda _v: None)
    assert announced == [Changes(accounts=True, audit=True), Changes(users=True, audit=True)]


def _progress_dialog_cancel_button(task: Any) -> QPushButton:
    return next(b for b in task.dialog.findChildren(QPushButton) if b.text() == "取消")


def test_a_long_job_shows_progress_after_the_delay_and_cancel_rolls_it_back(runner: TaskRunner, qtbot) -> None:
    cancelled_with: list[UserError] = []

    def job(session: Any, progress: Any, cancelled: Any) -> None:
        _admin(session)  # written, then cancelled: must not remain
        wake = threading.Event()
        while not cancelled():
            progress(3, 10, "第 3 筆，共 10 筆")
            wake.wait(0.01)
        raise Cancelled()

    task = runner.run_long(
        job,
        on_done=lambda _v: pytest.fail("on_done after cancel"),
        on_cancelled=cancelled_with.append,
        description="建立資料",
    )
    assert task.dialog is None  # nothing flashes up for a job that may end at once
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible() and task.dialog.value() == 3)
    assert task.dialog.labelText() == "第 3 筆，共 10 筆" and task.dialog.maximum() == 10
    qtbot.mouseClick(_progress_dialog_cancel_button(task), Qt.MouseButton.LeftButton)
    assert runner.wait_idle()
    assert [e.message for e in cancelled_with] == ["已取消，沒有寫入任何資料。"]
    assert task.dialog is None and task.dialog_was_shown
    assert _users(runner.database) == 0


def test_a_long_job_that_ends_before_the_delay_shows_no_dialog(runner: TaskRunner, qtbot) -> None:
    runner.progress_delay_ms = 60_000
    done: list[int] = []

    def job(session: Any, progress: Any, cancelled: Any) -> int:
        for i in range(1, 101):
            progress(i, 100, "")
        return 100

    task = runner.run_long(job, on_done=done.append, description="很快")
    assert runner.wait_idle()
    assert done == [100] and not task.dialog_was_shown


def test_a_long_job_may_stop_early_and_keep_what_it_did(runner: TaskRunner, qtbot) -> None:
    """A job that returns normally after a cancel keeps its work (e.g. the certificates printed so far)."""
    results: list[str] = []

    def job(session: Any, progress: Any, cancelled: Any) -> str:
        _admin(session)
        return "done so far"

    task = runner.run_long(job, on_done=results.append)
    task.cancel()
    assert runner.wait_idle()
    assert results == ["done so far"] and _users(runner.database) == 1


def test_shutdown_lets_the_running_task_finish(database: Database, qtbot) -> None:
    runner = TaskRunner(database)
    runner.run(_admin, on_done=lambda _v: None)
    assert runner.shutdown(timeout=30)
    assert _users(database) == 1
    with pytest.raises(RuntimeError):
        runner.run(_admin, on_done=lambda _v: None)


def test_a_page_read_is_answered_while_a_long_job_runs(runner: TaskRunner, qtbot) -> None:
    """Imports and batch printing run on their own worker: reads never queue behind them."""
    with runner.database.session() as s:
        _admin(s)
    release = threading.Event()
    threads: dict[str, str] = {}
    finished: list[str] = []

    def long_job(session: Any, progress: Any, cancelled: Any) -> str:
        threads["long"] = threading.current_thread().name
        progress(0, 1, "匯入中")
        assert release.wait(20), "the test never released the long job"
        return "long"

    def read(session: Any) -> int:
        threads["read"] = threading.current_thread().name
        return _users_in(session)

    runner.progress_delay_ms = 60_000  # no progress dialog in this test
    runner.run_long(long_job, on_done=finished.append, description="長時間作業")
    read_results: list[int] = []
    runner.run(read, on_done=read_results.append)
    qtbot.waitUntil(lambda: read_results == [1], timeout=5000)
    assert finished == []  # the long job is still running while the read has been answered
    release.set()
    qtbot.waitUntil(lambda: finished == ["long"], timeout=5000)
    assert threads == {"long": "ntip-long-jobs", "read": "ntip-database"}


def _users_in(session: Any) -> int:
    return len(users.list_users(session, _any_admin(session)))
