"""A read-only table of short text rows (a rule set, a list of users): for small data loaded in one go.

Large or growing tables (the audit log) fetch lazily instead; see ``pages/audit_model.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt


class TextTableModel(QAbstractTableModel):
    """Rows of strings under fixed headers; ``set_rows`` replaces them all. ``keys`` carry each row's id."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[str, ...]] = []
        self._keys: list[Any] = []

    def set_rows(self, rows: Sequence[Sequence[str]], keys: Sequence[Any] | None = None) -> None:
        self.beginResetModel()
        self._rows = [tuple(str(v) for v in row) for row in rows]
        self._keys = list(keys) if keys is not None else list(range(len(self._rows)))
        self.endResetModel()

    def key(self, row: int) -> Any:
        return self._keys[row]

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or not (0 <= index.row() < len(self._rows))
            or not (0 <= index.column() < len(self._headers))
        ):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None
