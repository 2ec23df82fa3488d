"""權限對照表: what each kind of account may do (ACC-5, Art 5), on screen and as a printable PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
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
from ntip_desktop.views.widgets.file_dialogs import ask_save_path


def _write_matrix(path: Path) -> Path:
    from ntip_desktop.services.pdf.permission_matrix import render_permission_matrix

    write_atomically(path, render_permission_matrix())  # whole or not at all, as every document
    return path


class PermissionMatrixDialog(QDialog):
    """The matrix as a table, its legend and our reading of Art 5; 列印 saves the PDF.

    The table fits the dialog and the dialog the screen: the kinds' long names wrap in their headers, the
    columns share the width, and the legend wraps under the table, never cut off at the right.
    """

    def __init__(self, runner: TaskRunner, show_status: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.show_status = show_status
        self.matrix: PermissionMatrix = permission_matrix()
        self.setWindowTitle(self.matrix.title)
        m = self.matrix
        self.table = QTableWidget(len(m.rows), len(m.columns) + 1)
        self.table.setObjectName("permissionMatrix")
        self._headers = [translate("views.accounts.matrix_dialog", "功能"), *m.columns]
        self.table.setHorizontalHeaderLabels(self._headers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        for r, row in enumerate(m.rows):
            name = QTableWidgetItem(row.function)
            name.setToolTip(f"{row.group}：{row.note}" if row.note else row.group)
            self.table.setItem(r, 0, name)
            for c, cell in enumerate(row.cells, start=1):
                item = QTableWidgetItem(cell)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("所辦研習") + 8)
        header.sectionResized.connect(self._fit_rows)
        self.table.setMinimumHeight(self.fontMetrics().height() * 12)
        self.reading = QLabel(
            "\n".join([translate("views.accounts.matrix_dialog", "圖例：") + "　".join(m.legend), *m.reading])
        )
        self.reading.setObjectName("matrixReading")
        self.reading.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(
            translate("views.accounts.matrix_dialog", "列印（存成 PDF）(&P)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.clicked.connect(self.print_pdf)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reading)
        layout.addWidget(buttons)
        self._fit_to_screen()

    def _natural_width(self) -> int:
        """The table's width with every column as wide as its longest cell and one-line headers."""
        t = self.table
        metrics = t.fontMetrics()
        columns = zip(self._headers, *([row.function, *row.cells] for row in self.matrix.rows))
        widths = [max(metrics.horizontalAdvance(text) for text in column) + 16 for column in columns]
        return sum(widths) + t.verticalScrollBar().sizeHint().width() + 2 * t.frameWidth()

    def _fit_to_screen(self) -> None:
        """As wide as the table wants, but no wider than the screen; as tall as it all needs, within it."""
        screen = self.screen().availableGeometry()
        margins = self.layout().contentsMargins()  # type: ignore[union-attr]
        width = min(self._natural_width() + margins.left() + margins.right(), screen.width() * 9 // 10)
        self.resize(width, self.height())
        self.layout().activate()  # type: ignore[union-attr]
        self._fit_rows()
        table = self.table
        rows = sum(table.rowHeight(r) for r in range(table.rowCount())) + table.horizontalHeader().height()
        laid_out = max(table.sizeHint().height(), table.minimumHeight())
        others = self.layout().totalHeightForWidth(width) - laid_out  # type: ignore[union-attr]
        self.resize(width, min(others + rows + 2 * table.frameWidth(), screen.height() * 9 // 10))

    def _fit_rows(self, *_: object) -> None:
        """Header and rows as tall as their wrapped text (after any change of the columns' widths)."""
        table = self.table
        table.resizeRowsToContents()
        header = table.horizontalHeader()
        metrics = header.fontMetrics()
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        lines = max(
            metrics.boundingRect(QRect(0, 0, max(1, header.sectionSize(c) - 12), 10_000), flags, text).height()
            for c, text in enumerate(self._headers)
        )
        header.setFixedHeight(lines + 8)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():  # the legend wrapped onto more lines: make room, the table gives way
                self.resize(self.width(), needed)

    def print_pdf(self) -> None:
        path = ask_save_path(
            self,
            translate("views.accounts.matrix_dialog", "儲存權限對照表"),
            translate("views.accounts.matrix_dialog", "帳號功能權限對照表.pdf"),
            translate("views.accounts.matrix_dialog", "PDF 檔 (*.pdf)"),
        )
        if path is not None:
            self.save_pdf_to(path)

    def save_pdf_to(self, path: Path) -> None:
        self.runner.call(
            lambda: _write_matrix(path),
            on_done=lambda p: self.show_status(
                translate("views.accounts.matrix_dialog", "已儲存權限對照表：{path}").format(path=p)
            ),
            description=translate("views.accounts.matrix_dialog", "產生權限對照表"),
        )
