"""The one error path of the GUI.

An expected problem (:class:`UserError`: bad input, a locked record, no permission) is shown plainly in
Chinese by :func:`show_user_error`. Anything else is a bug: :class:`CrashReporter`, installed as
``sys.excepthook`` and ``threading.excepthook``, writes it to the log file and shows a crash dialog with
the traceback and a button to copy it. Success messages go to the status bar, never to a box.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

from platformdirs import user_log_dir
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.errors import UserError

log = logging.getLogger("ntip_desktop")

#: Message boxes without a parent window, kept alive until they are closed.
_open_boxes: set[QMessageBox] = set()
_file_handler: RotatingFileHandler | None = None

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
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def field_label(field: str | None) -> str:
    """What to call ``field`` in a message: a Chinese name, or the field as given (``第 12 行``)."""
    if not field:
        return ""
    return _tr(FIELD_LABELS[field]) if field in FIELD_LABELS else field


def show_user_error(parent: QWidget | None, exc: UserError) -> QMessageBox:
    """Show an expected problem: title 「無法完成」, the message, and the field it concerns.

    The box is opened window-modal and returned at once (no nested event loop), so that a task's
    error handler never blocks the delivery of other results.
    """
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("無法完成"), exc.message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("userErrorBox")
    label = field_label(exc.field)
    if label:
        box.setInformativeText(_tr("相關欄位：{field}").format(field=label))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        _open_boxes.add(box)
        box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()
    return box


def default_log_file() -> Path:
    return Path(user_log_dir("ntip-desktop", appauthor=False)) / "ntip-desktop.log"


def setup_logging(path: Path | None = None) -> Path | None:
    """Log warnings and crashes of the ``ntip_desktop`` logger to a rotating file (replacing an earlier
    one); None if the file cannot be written."""
    global _file_handler
    path = path or default_log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if _file_handler is not None:
        log.removeHandler(_file_handler)
        _file_handler.close()
    _file_handler = handler
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


class CrashDialog(QDialog):
    """「程式發生未預期的錯誤」 with the traceback in a details box and a button to copy it."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("程式發生未預期的錯誤"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        heading = QLabel(self.tr("程式發生未預期的錯誤"))
        heading.setObjectName("crashHeading")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        where = (
            self.tr("錯誤內容已記錄在：{path}").format(path=log_file) if log_file else self.tr("錯誤內容無法寫入記錄檔。")
        )
        explanation = QLabel(
            self.tr("這是程式的問題，不是您操作錯誤。已完成的工作都已存入資料庫；進行中的那一項沒有寫入。"
                    "請按「複製錯誤內容」，把內容寄給系統管理者。") + "\n" + where  # fmt: skip
        )
        explanation.setWordWrap(True)
        explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumSize(640, 260)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("複製錯誤內容"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def add(self, details: str) -> None:
        """Another crash while this dialog is open: append rather than stack dialogs."""
        self.details.appendPlainText("\n" + details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("已複製"))


def format_crash(etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    return "".join(traceback.format_exception(etype, value, tb))


class CrashReporter(QObject):
    """Routes every uncaught exception, on any thread, to the log file and one crash dialog."""

    _crashed = Signal(str)  # details, carried to the GUI thread

    def __init__(self, log_file: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.dialog: CrashDialog | None = None
        self._previous: tuple[Any, Any] | None = None
        self._crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

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
        log.error("uncaught exception\n%s", details)
        if on_gui_thread:
            self._show(details)
        else:
            self._crashed.emit(details)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        details = f"Thread {name}:\n" + format_crash(args.exc_type, args.exc_value, args.exc_traceback)
        log.error("uncaught exception in a thread\n%s", details)
        self._crashed.emit(details)

    def _show(self, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(details)
            return
        from PySide6.QtWidgets import QApplication

        self.dialog = CrashDialog(details, self.log_file, QApplication.activeWindow())
        self.dialog.destroyed.connect(self._forget)
        self.dialog.open()

    def _forget(self) -> None:
        self.dialog = None
