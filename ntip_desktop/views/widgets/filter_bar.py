"""What a desk's queue filter bar shares: a list filters at once, a typed field on Enter or after a short
pause in typing, and ``changed`` is emitted only when the filter really changed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

#: Typing pause after which a text field filters by itself (Enter filters at once).
TYPING_PAUSE_MS = 350


class FilterBar(QWidget):
    """Base of a queue's filter bar; a subclass builds its fields, calls :meth:`_watch` and defines
    :meth:`current` (the filter as the fields say)."""

    changed = Signal(object)  # the subclass's filter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._last: Any = None
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._emit)

    def _watch(self, combos: Iterable[QComboBox], edits: Iterable[QLineEdit]) -> None:
        """Filter when a list's choice changes, and when a field is typed in (after the pause) or on Enter."""
        for combo in combos:
            combo.currentIndexChanged.connect(self._emit)
        for edit in edits:
            edit.textEdited.connect(self._pause.start)
            edit.returnPressed.connect(self._emit)

    def current(self) -> Any:
        raise NotImplementedError

    def _emit(self) -> None:
        self._pause.stop()
        f = self.current()
        if f != self._last:
            self._last = f
            self.changed.emit(f)

    def mark_emitted(self, f: Any) -> None:
        """The page loaded ``f`` itself (first show): do not announce it again."""
        self._last = f
