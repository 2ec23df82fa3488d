"""權限對照表: what each kind of account may do (ACC-5, Art 5), on screen and as a printable PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.i18n import translate
from ntip_desktop.services.accounts import PermissionMatrix, permission_matrix
from ntip_desktop.services.files import write_atomically
from ntip_desktop.views.tasks import TaskRunner


def _write_matrix(path: Path) -> Path:
    from ntip_desktop.services.pdf.permission_matrix import render_permission_matrix

    write_atomically(path, render_permission_matrix())  # whole or not at all, as every document
    return path


class PermissionMatrixDialog(QDialog):
    """The matrix as a table, its legend and our reading of Art 5; 列印 saves the PDF."""

    def __init__(self, runner: TaskRunner, show_status: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.show_status = show_status
        self.matrix: PermissionMatrix = permission_matrix()
        self.setWindowTitle(self.matrix.title)
        m = self.matrix
        self.table = QTableWidget(len(m.rows), len(m.columns) + 1)
        self.table.setObjectName("permissionMatrix")
        self.table.setHorizontalHeaderLabels([translate("views.accounts.matrix_dialog", "功能"), *m.columns])
        self.table.verticalHeader().hide()
        for r, row in enumerate(m.rows):
            name = QTableWidgetItem(row.function)
            name.setToolTip(f"{row.group}：{row.note}" if row.note else row.group)
            self.table.setItem(r, 0, name)
            for c, cell in enumerate(row.cells, start=1):
                item = QTableWidgetItem(cell)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumSize(900, 480)
        reading = QLabel(
            "\n".join([translate("views.accounts.matrix_dialog", "圖例：") + "　".join(m.legend), *m.reading])
        )
        reading.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(
            translate("views.accounts.matrix_dialog", "列印（存成 PDF）(&P)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.clicked.connect(self.print_pdf)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(reading)
        layout.addWidget(buttons)

    def print_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("views.accounts.matrix_dialog", "儲存權限對照表"),
            translate("views.accounts.matrix_dialog", "帳號功能權限對照表.pdf"),
            translate("views.accounts.matrix_dialog", "PDF 檔 (*.pdf)"),
        )
        if path:
            self.save_pdf_to(Path(path))

    def save_pdf_to(self, path: Path) -> None:
        self.runner.call(
            lambda: _write_matrix(path),
            on_done=lambda p: self.show_status(
                translate("views.accounts.matrix_dialog", "已儲存權限對照表：{path}").format(path=p)
            ),
            description=translate("views.accounts.matrix_dialog", "產生權限對照表"),
        )
