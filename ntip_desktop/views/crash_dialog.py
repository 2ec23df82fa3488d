"""The crash dialog: 「程式發生未預期的錯誤」, the traceback in a details box, a button to copy it.

Imported only when a crash happens (start-up stays lean); see ``views/errors.py`` for the path there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ntip_desktop.i18n import translate


class CrashDialog(QDialog):
    """「程式發生未預期的錯誤」 with the traceback in a details box and a button to copy it."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(translate("views.crash_dialog", "程式發生未預期的錯誤"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        heading = QLabel(translate("views.crash_dialog", "程式發生未預期的錯誤"))
        heading.setObjectName("crashHeading")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        where = (
            translate("views.crash_dialog", "錯誤內容已記錄在：{path}").format(path=log_file)
            if log_file
            else translate("views.crash_dialog", "錯誤內容無法寫入記錄檔。")
        )
        explanation = QLabel(
            translate(
                "views.crash_dialog",
                "這是程式的問題，不是您操作錯誤。已完成的工作都已存入資料庫；進行中的那一項沒有寫入。"
                "請按「複製錯誤內容」，把內容寄給系統管理者。",
            )
            + "\n"
            + where
        )
        explanation.setWordWrap(True)
        explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumSize(640, 260)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(translate("views.crash_dialog", "複製錯誤內容"))
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
        self.copy_button.setText(translate("views.crash_dialog", "已複製"))
