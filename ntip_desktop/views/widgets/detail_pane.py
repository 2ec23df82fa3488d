"""Building blocks of a desk's detail pane: selectable value labels, the pane's small lists, and the
scrolling body the pane's groups sit in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QTreeWidget, QVBoxLayout, QWidget


def value_label(name: str | None = None) -> QLabel:
    """A field's value: wrapped, selectable with the mouse (to copy a number); ``field_<name>`` when named."""
    value = QLabel()
    if name is not None:
        value.setObjectName(f"field_{name}")
    value.setWordWrap(True)
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return value


def list_tree(name: str, headers: list[str], max_height: int | None = None) -> QTreeWidget:
    """A flat list with column headers (earlier records, segments, the history)."""
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    if max_height:
        tree.setMaximumHeight(max_height)
    return tree


def fit_columns(*trees: QTreeWidget) -> None:
    """Size every column but the last (which stretches) to what it shows."""
    for tree in trees:
        for column in range(tree.columnCount() - 1):
            tree.resizeColumnToContents(column)


def scroll_body(pane: QWidget, body: QWidget) -> QScrollArea:
    """Lay ``body`` into ``pane`` inside a frameless scroll area that fills it; the scroll area."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    outer = QVBoxLayout(pane)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll
