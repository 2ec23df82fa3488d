"""The attendance grid: one row per enrolled teacher, one column per segment of the course (docs/rules.md HRS-3).

The first columns are the teacher (seat number, name, school) and the hours this course gives them now,
with their status; then one column per segment in time order. A cell is empty when the teacher attended
(everyone attended unless marked), shows ✓ once the segment's roll is complete (「其餘出席」), or the code
of an absence: ``A`` 曠課 / ``L`` 請假 for the whole segment, ``A20`` / ``L30`` for minutes missed.
Segments that are not instruction (lunch, breaks, travel) are shown greyed and cannot be marked.

The model never writes: an edit it accepts becomes a list of :class:`CellChange` (``cells_edited``), which
the page turns into an undoable command that updates the model (:meth:`apply`) and the database.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.labels import label
from ntip_desktop.services.attendance import (
    AttendanceGrid,
    CellChange,
    GridRow,
    GridSegment,
    LiveHours,
    Mark,
    code_of,
    parse_code,
    seat_code,
)
from ntip_desktop.vocabulary import AbsenceReason

Index = QModelIndex | QPersistentModelIndex

#: The teacher's columns before the segments: (header, object key).
FIXED_HEADERS = (
    QT_TRANSLATE_NOOP("views.attendance.grid_model", "座號"),
    QT_TRANSLATE_NOOP("views.attendance.grid_model", "姓名"),
    QT_TRANSLATE_NOOP("views.attendance.grid_model", "服務學校"),
    QT_TRANSLATE_NOOP("views.attendance.grid_model", "時數"),
    QT_TRANSLATE_NOOP("views.attendance.grid_model", "核計狀態"),
)
SEAT, NAME, SCHOOL, HOURS, STATUS = range(len(FIXED_HEADERS))
FIRST_SEGMENT = len(FIXED_HEADERS)
ROLL_TAKEN = "✓"

_UNEXCUSED = QBrush(QColor("#f8d7da"))
_LEAVE = QBrush(QColor("#fff3cd"))
_NOT_MARKABLE = QBrush(QColor("#e9ecef"))
_CHANGED_HOURS = QBrush(QColor("#d1e7dd"))


def segment_caption(segment: GridSegment) -> str:
    """The column header: the day, the times and, for a segment that is not instruction, its kind."""
    start, end = segment.start_at, segment.end_at
    text = f"{start.month}/{start.day}\n{start:%H:%M}–{end:%H:%M}"
    if not segment.markable:
        text += "\n" + label(segment.kind)
    return text


class AttendanceGridModel(QAbstractTableModel):
    """Teachers × segments of one course, with each teacher's live hours."""

    #: An accepted edit: the cells it changes (each with the old and the new mark).
    cells_edited = Signal(object)  # list[CellChange]
    #: An edit refused before anything changed: why (the cell named).
    refused = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: AttendanceGrid | None = None
        self.segments: tuple[GridSegment, ...] = ()
        self.rows: tuple[GridRow, ...] = ()
        self.marks: dict[tuple[uuid.UUID, uuid.UUID], Mark] = {}
        self.hours: dict[uuid.UUID, LiveHours] = {}
        self._row_of_teacher: dict[uuid.UUID, int] = {}
        self._row_of_seat: dict[int, int] = {}
        self._widest_seat = 1
        self._editable = False

    # --- loading ----------------------------------------------------------------------------------

    def set_grid(self, grid: AttendanceGrid | None) -> None:
        """Show ``grid`` (None: nothing); hours come later through :meth:`set_hours`."""
        self.beginResetModel()
        self.grid = grid
        self.segments = grid.segments if grid else ()
        self.rows = grid.rows if grid else ()
        self.marks = dict(grid.marks) if grid else {}
        self.hours = {}
        self._editable = bool(grid and grid.editable)
        self._row_of_teacher = {r.teacher_id: i for i, r in enumerate(self.rows)}
        self._row_of_seat = {r.seat_no: i for i, r in enumerate(self.rows)}
        self._widest_seat = max((r.seat_no for r in self.rows), default=1)
        self.endResetModel()

    def set_hours(self, hours: dict[uuid.UUID, LiveHours]) -> None:
        """Show these teachers' hours (a refresh of some teachers after an edit, or of all on opening)."""
        self.hours.update(hours)
        rows = [self._row_of_teacher[t] for t in hours if t in self._row_of_teacher]
        if rows:
            self.dataChanged.emit(self.index(min(rows), HOURS), self.index(max(rows), STATUS))

    # --- reading ----------------------------------------------------------------------------------

    def segment_at(self, column: int) -> GridSegment | None:
        i = column - FIRST_SEGMENT
        return self.segments[i] if 0 <= i < len(self.segments) else None

    def column_of(self, segment_id: uuid.UUID) -> int | None:
        for i, s in enumerate(self.segments):
            if s.id == segment_id:
                return FIRST_SEGMENT + i
        return None

    def row_at(self, row: int) -> GridRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of_seat(self, seat_no: int) -> int | None:
        return self._row_of_seat.get(seat_no)

    def row_of_teacher(self, teacher_id: uuid.UUID) -> int | None:
        return self._row_of_teacher.get(teacher_id)

    def mark_at(self, row: int, column: int) -> Mark | None:
        r, s = self.row_at(row), self.segment_at(column)
        if r is None or s is None:
            return None
        return self.marks.get((r.enrollment_id, s.id))

    def seat_label(self, row: GridRow) -> str:
        """The row code printed on the sign-in sheet (the seat, zero-padded like the sheet's)."""
        return seat_code(row.seat_no, self._widest_seat)

    def cell_name(self, row: int, column: int) -> str:
        """The cell as a person names it: 「座號 012 王小明，3/2 09:00–10:30」."""
        r, s = self.row_at(row), self.segment_at(column)
        if r is None or s is None:
            return ""
        return translate("views.attendance.grid_model", "座號 {seat} {name}，{day} {start}–{end}").format(
            seat=self.seat_label(r),
            name=r.name,
            day=f"{s.start_at.month}/{s.start_at.day}",
            start=f"{s.start_at:%H:%M}",
            end=f"{s.end_at:%H:%M}",
        )

    # --- Qt model ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.grid is None else FIRST_SEGMENT + len(self.segments)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return None
        if section < FIRST_SEGMENT:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(FIXED_HEADERS):
                return translate("views.attendance.grid_model", FIXED_HEADERS[section])
            return None
        segment = self.segment_at(section)
        if segment is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return segment_caption(segment)
        if role == Qt.ItemDataRole.ToolTipRole:
            what = label(segment.kind) if not segment.markable else (segment.topic or label(segment.kind))
            taken = translate("views.attendance.grid_model", "（已點名完成）") if segment.roll_taken else ""
            return translate("views.attendance.grid_model", "{label}：{what}，{minutes} 分鐘{taken}").format(
                label=segment.label, what=what, minutes=segment.minutes, taken=taken
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if row >= len(self.rows):
            return None
        teacher = self.rows[row]
        if column < FIRST_SEGMENT:
            return self._teacher_data(teacher, column, role)
        segment = self.segment_at(column)
        if segment is None:
            return None
        mark = self.marks.get((teacher.enrollment_id, segment.id))
        if role == Qt.ItemDataRole.DisplayRole:
            if not segment.markable:
                return ""
            if mark is not None:
                return code_of(mark, segment.minutes)
            return ROLL_TAKEN if segment.roll_taken else ""
        if role == Qt.ItemDataRole.EditRole:
            return code_of(mark, segment.minutes) if mark is not None else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if not segment.markable:
                return _NOT_MARKABLE
            if mark is not None:
                return _UNEXCUSED if mark.reason is AbsenceReason.UNEXCUSED else _LEAVE
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tip(row, column, segment, mark)
        return None

    def _teacher_data(self, teacher: GridRow, column: int, role: int) -> Any:
        live = self.hours.get(teacher.teacher_id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SEAT:
                return self.seat_label(teacher)
            if column == NAME:
                return teacher.name
            if column == SCHOOL:
                return teacher.school
            if column == HOURS:
                return str(live.hours) if live else "…"
            if column == STATUS:
                return label(live.status) if live else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NAME:
                return f"{teacher.name} {teacher.masked_id}"
            if column in (HOURS, STATUS) and live:
                return "\n".join(live.explanation)
            if column == SCHOOL:
                return teacher.school
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SEAT, HOURS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _cell_tip(self, row: int, column: int, segment: GridSegment, mark: Mark | None) -> str:
        where = self.cell_name(row, column)
        if not segment.markable:
            return translate("views.attendance.grid_model", "{where}：{kind}，不登錄出缺席").format(
                where=where, kind=label(segment.kind)
            )
        if mark is None:
            return translate("views.attendance.grid_model", "{where}：出席").format(where=where)
        if mark.minutes >= segment.minutes:
            return translate("views.attendance.grid_model", "{where}：{reason}（整段）").format(
                where=where, reason=label(mark.reason)
            )
        return translate("views.attendance.grid_model", "{where}：{reason} {minutes} 分鐘").format(
            where=where, reason=label(mark.reason), minutes=mark.minutes
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        segment = self.segment_at(index.column())
        if self._editable and segment is not None and segment.markable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A code typed into a cell: refused with the cell named, or announced as one change."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        try:
            changes = self.changes_for([(index.row(), index.column(), str(value or ""))])
        except UserError as exc:
            self.refused.emit(exc.message)
            return False
        if changes:
            self.cells_edited.emit(changes)
        return bool(changes)

    # --- edits ------------------------------------------------------------------------------------

    def changes_for(self, cells: Iterable[tuple[int, int, str]]) -> list[CellChange]:
        """The changes typing ``text`` into each (row, column) would make; UserError naming the first bad
        cell, and then nothing changes. Cells already holding that mark are left out."""
        changes = []
        for row, column, text in cells:
            teacher, segment = self.row_at(row), self.segment_at(column)
            if teacher is None or segment is None:
                raise UserError(translate("views.attendance.grid_model", "貼上的範圍超出名單或時段。"), field="cell")
            name = self.cell_name(row, column)
            if not self._editable:
                raise UserError(
                    translate("views.attendance.grid_model", "您不能修改這門課程的出席紀錄。"), field="cell"
                )
            if not segment.markable:
                if text.strip():
                    raise UserError(
                        translate(
                            "views.attendance.grid_model", "{cell}是{kind}，不是授課時段，不能登錄出缺席。"
                        ).format(cell=name, kind=label(segment.kind)),
                        field="cell",
                    )
                continue
            try:
                new = parse_code(text, segment.minutes)
            except UserError as exc:
                raise UserError(f"{name}：{exc.message}", field="cell") from exc
            old = self.marks.get((teacher.enrollment_id, segment.id))
            if new != old:
                changes.append(CellChange(teacher.enrollment_id, segment.id, old, new))
        return changes

    def apply(self, changes: Sequence[CellChange]) -> None:
        """Show ``changes`` (a command's redo, or its undo with old and new swapped)."""
        columns = {s.id: FIRST_SEGMENT + i for i, s in enumerate(self.segments)}
        rows = {r.enrollment_id: i for i, r in enumerate(self.rows)}
        for change in changes:
            key = (change.enrollment_id, change.segment_id)
            if change.new is None:
                self.marks.pop(key, None)
            else:
                self.marks[key] = change.new
            row, column = rows.get(change.enrollment_id), columns.get(change.segment_id)
            if row is not None and column is not None:
                cell = self.index(row, column)
                self.dataChanged.emit(cell, cell)

    def set_roll(self, segment_ids: Iterable[uuid.UUID], taken: bool) -> None:
        """Show these segments' rolls complete (✓ in the cells without an absence) or open again."""
        wanted = set(segment_ids)
        segments = list(self.segments)
        for i, s in enumerate(segments):
            if s.id in wanted:
                segments[i] = replace(s, roll_taken=taken)
        self.segments = tuple(segments)
        for i, s in enumerate(self.segments):
            if s.id in wanted and self.rows:
                column = FIRST_SEGMENT + i
                self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    def teachers_of(self, changes: Iterable[CellChange]) -> set[uuid.UUID]:
        """The teachers whose hours ``changes`` may move."""
        by_enrollment = {r.enrollment_id: r.teacher_id for r in self.rows}
        return {by_enrollment[c.enrollment_id] for c in changes if c.enrollment_id in by_enrollment}
