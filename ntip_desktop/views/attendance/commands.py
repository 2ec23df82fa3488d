"""Undoable edits of the grid (QUndoStack): a block of cells, and a segment roll taken or opened again.

A command changes the model at once (the grid never waits for the database) and hands the same change to
the page's writer, which saves it compare-and-set: each cell carries the mark the grid showed, so an edit
made meanwhile by someone else is refused rather than overwritten. Undo is the same change reversed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from ntip_desktop.services.attendance import CellChange
from ntip_desktop.views.attendance.grid_model import AttendanceGridModel


def reversed_changes(changes: Sequence[CellChange]) -> list[CellChange]:
    return [CellChange(c.enrollment_id, c.segment_id, c.new, c.old) for c in changes]


class CellsCommand(QUndoCommand):
    """Typing a code, a paste, or clearing cells: one step of the undo history."""

    def __init__(
        self,
        model: AttendanceGridModel,
        changes: Sequence[CellChange],
        write: Callable[[list[CellChange]], None],
        text: str,
    ) -> None:
        super().__init__(text)
        self.model = model
        self.changes = list(changes)
        self.write = write

    def redo(self) -> None:
        self.model.apply(self.changes)
        self.write(self.changes)

    def undo(self) -> None:
        back = reversed_changes(self.changes)
        self.model.apply(back)
        self.write(back)


class RollCommand(QUndoCommand):
    """「其餘出席」 on some segments (or its undo: their rolls open again)."""

    def __init__(
        self,
        model: AttendanceGridModel,
        segment_ids: Sequence[uuid.UUID],
        write: Callable[[list[uuid.UUID], bool], None],
        text: str,
    ) -> None:
        super().__init__(text)
        self.model = model
        self.segment_ids = list(segment_ids)
        self.write = write

    def redo(self) -> None:
        self.model.set_roll(self.segment_ids, True)
        self.write(self.segment_ids, True)

    def undo(self) -> None:
        self.model.set_roll(self.segment_ids, False)
        self.write(self.segment_ids, False)
