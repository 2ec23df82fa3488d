"""The one error path: expected problems in a plain box, bugs in the crash dialog and the log file."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from ntip_desktop.errors import PermissionDenied
from ntip_desktop.views.errors import CrashReporter, show_user_error
from ntip_desktop.views.tasks import TaskRunner


@pytest.fixture
def reporter(tmp_path: Path, qapp: QApplication):  # type: ignore[no-untyped-def]
    r = CrashReporter(tmp_path / "logs" / "ntip-desktop.log")
    r.install()
    yield r
    r.uninstall()
    if r.dialog is not None:
        r.dialog.close()


def _raise_and_catch() -> tuple[type[BaseException], BaseException, Any]:
    def compute_hours() -> float:
        return 1 / 0

    try:
        compute_hours()
    except ZeroDivisionError as exc:
        return type(exc), exc, exc.__traceback__
    raise AssertionError("unreachable")


def test_user_error_box_says_what_and_where(qtbot) -> None:
    box = show_user_error(
        None, PermissionDenied("您的身分（區管中心承辦人）不能「管理使用者」。請洽系統管理者。", field="第 12 行")
    )
    qtbot.waitUntil(box.isVisible)
    assert box.windowTitle() == "無法完成"
    assert box.text() == "您的身分（區管中心承辦人）不能「管理使用者」。請洽系統管理者。"
    assert box.informativeText() == "相關欄位：第 12 行"
    assert box.standardButtons() == QMessageBox.StandardButton.Ok and box.icon() is QMessageBox.Icon.Warning
    box.close()


def test_a_crash_shows_the_traceback_lets_it_be_copied_and_logs_it(
    reporter: CrashReporter, qtbot, tmp_path: Path
) -> None:
    reporter.excepthook(*_raise_and_catch())
    dialog = reporter.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "程式發生未預期的錯誤"
    assert dialog.findChild(QLabel, "crashHeading").text() == "程式發生未預期的錯誤"
    details = dialog.details.toPlainText()
    assert "ZeroDivisionError: division by zero" in details and "compute_hours" in details
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == details
    log = (tmp_path / "logs" / "ntip-desktop.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError: division by zero" in log and "compute_hours" in log


def test_a_second_crash_is_added_to_the_open_dialog(reporter: CrashReporter, qtbot) -> None:
    reporter.excepthook(*_raise_and_catch())
    first = reporter.dialog
    try:
        raise RuntimeError("second problem")
    except RuntimeError as exc:
        reporter.excepthook(RuntimeError, exc, exc.__traceback__)
    assert reporter.dialog is first
    assert "RuntimeError: second problem" in first.details.toPlainText()


def test_a_crash_on_another_thread_reaches_the_dialog_on_the_gui_thread(reporter: CrashReporter, qtbot) -> None:
    def worker() -> None:
        raise ValueError("bad value in a helper thread")

    thread = threading.Thread(target=worker, name="helper")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    details = reporter.dialog.details.toPlainText()
    assert "Thread helper" in details and "ValueError: bad value in a helper thread" in details


def test_a_user_error_that_escapes_a_handler_is_shown_plainly_not_as_a_crash(reporter: CrashReporter, qtbot) -> None:
    try:
        raise PermissionDenied("不能這樣做。")
    except PermissionDenied as exc:
        reporter.excepthook(PermissionDenied, exc, exc.__traceback__)
    assert reporter.dialog is None
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.objectName() == "userErrorBox"
    )
    assert box.text() == "不能這樣做。"
    box.close()


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_a_bug_in_a_task_opens_the_crash_dialog(reporter: CrashReporter, runner: TaskRunner, qtbot) -> None:
    def broken(session: Any) -> None:
        raise LookupError("course 1150001234 vanished")

    with qtbot.waitSignal(runner.idle):
        runner.run(broken, on_done=lambda _v: None)
    assert reporter.dialog is not None
    details = reporter.dialog.details.toPlainText()
    assert "LookupError: course 1150001234 vanished" in details and "broken" in details
