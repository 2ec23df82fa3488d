"""The one error path of the GUI.

An expected problem (:class:`UserError`: bad input, a locked record, no permission) is shown plainly in
Chinese by :func:`show_user_error`. Anything else is a bug: :class:`CrashReporter`, installed as
``sys.excepthook`` and ``threading.excepthook``, writes it to the log file and shows a crash dialog with
the traceback and a button to copy it. Success messages go to the status bar, never to a box.
"""

from __future__ import annotations

import re
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from ntip_desktop.views.crash_dialog import CrashDialog

#: Message boxes without a parent window, kept alive until they are closed.
_open_boxes: set[QMessageBox] = set()
#: The log file is rotated once it grows past this size.
LOG_LIMIT = 1_000_000

#: Chinese names of the ``field`` values services put on a UserError.
FIELD_LABELS = {
    "login": "帳號",
    "password": "密碼",
    "old_password": "目前密碼",
    "new_password": "新密碼",
    "display_name": "姓名",
    "role": "身分",
    "district_center": "區管中心",
    "organization": "學校或單位",
    "reason": "原因",
    "db": "資料庫",
    "since": "起日",
    "until": "迄日",
    "login_id": "登入帳號",
    "fax_checks": "傳真檢核",
    "received_on": "收件日期",
    "pages": "傳真頁數",
}
#: A field named the way code names it (``selection``, ``course_ids``): never shown to a person.
_CODE_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def _tr(text: str) -> str:
    return translate("errors", text)


def field_label(field: str | None) -> str:
    """What to call ``field`` in a message: a Chinese name, the field as given (``第 12 行``), or nothing
    for a code name that has no Chinese one (the message then speaks for itself)."""
    if not field:
        return ""
    if field in FIELD_LABELS:
        return _tr(FIELD_LABELS[field])
    return "" if _CODE_NAME.match(field) else field


def show_user_error(parent: QWidget | None, exc: UserError) -> QMessageBox:
    """Show an expected problem: title 「無法完成」, the message, and the field it concerns.

    The box is opened window-modal and returned at once (no nested event loop), so that a task's
    error handler never blocks the delivery of other results.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning, translate("errors", "無法完成"), exc.message, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("userErrorBox")
    label = field_label(exc.field)
    if label:
        box.setInformativeText(translate("errors", "相關欄位：{field}").format(field=label))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        _open_boxes.add(box)
        box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()
    return box


def default_log_file() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("ntip-desktop", appauthor=False)) / "ntip-desktop.log"


def write_log(path: Path, details: str) -> bool:
    """Append a crash to the log file (keeping one older file past ``LOG_LIMIT``); False if it cannot be written."""
    from datetime import datetime

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > LOG_LIMIT:
            path.replace(path.with_name(path.name + ".1"))
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now().astimezone().isoformat(timespec='seconds')} ---\n{details}\n")
    except OSError:
        return False
    return True


def format_crash(etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    return "".join(traceback.format_exception(etype, value, tb))


class CrashReporter(QObject):
    """Routes every uncaught exception, on any thread, to the log file and one crash dialog."""

    _crashed = Signal(str, bool)  # details and whether they were logged, carried to the GUI thread

    def __init__(self, log_file: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log_file = log_file
        self.dialog: CrashDialog | None = None
        self._previous: tuple[Any, Any] | None = None
        self._crashed.connect(self._show)  # emitted from other threads: queued to the GUI thread

    @property
    def log_file(self) -> Path:
        """Where crashes are written (the user's log folder unless given); found only when needed."""
        if self._log_file is None:
            self._log_file = default_log_file()
        return self._log_file

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def excepthook(self, etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(etype, KeyboardInterrupt):
            sys.__excepthook__(etype, value, tb)
            return
        on_gui_thread = threading.current_thread() is threading.main_thread()
        if isinstance(value, UserError) and on_gui_thread:  # an expected problem that escaped a handler
            show_user_error(None, value)
            return
        details = format_crash(etype, value, tb)
        logged = write_log(self.log_file, details)
        if on_gui_thread:
            self._show(details, logged)
        else:
            self._crashed.emit(details, logged)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        details = f"Thread {name}:\n" + format_crash(args.exc_type, args.exc_value, args.exc_traceback)
        self._crashed.emit(details, write_log(self.log_file, details))

    def _show(self, details: str, logged: bool) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(details)
            return
        from PySide6.QtWidgets import QApplication

        from ntip_desktop.views.crash_dialog import CrashDialog

        self.dialog = CrashDialog(details, self.log_file if logged else None, QApplication.activeWindow())
        self.dialog.destroyed.connect(self._forget)
        self.dialog.open()

    def _forget(self) -> None:
        self.dialog = None
