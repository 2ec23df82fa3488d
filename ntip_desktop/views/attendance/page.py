"""出席登錄: a course's roster and attendance, the hours each teacher gets from it, awarding, sign-in sheets.

A coordinator (or the district's clerk keying in a faxed sheet) opens a course by its code (Ctrl+F / F2)
or from the list, adds teachers by typing or scanning their ID into the ID field (Ctrl+E; Enter adds),
pastes a column of IDs (Ctrl+Shift+V) or imports a file (Ctrl+I), and prints the sign-in sheet (Ctrl+P).
After the course, they type the exceptions into the grid: everyone attended unless marked — ``A`` 曠課,
``L`` 請假 for a whole segment, ``L30`` / ``A20`` for minutes missed; Enter goes down, Ctrl+V pastes a
block from Excel, Delete clears, Ctrl+Z / Ctrl+Y undo and redo; the row code printed on the sheet is the
seat number (Ctrl+G jumps to a seat). 「其餘出席」 (Ctrl+R) completes the roll of the selected segments
without touching what was entered. The 時數 column follows every edit; the pane below explains the
selected teacher's hours, naming another course that used up a day's hours. 核發時數 (Ctrl+Enter) stores
the awards; a later change of an awarded course re-awards it at once. Certificate staff see every course
and award; they do not change attendance (the services refuse it whatever the screen shows).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.changes import Changes
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.services.attendance import (
    AttendanceGrid,
    CellChange,
    EnrolResult,
    GridSegment,
    LiveHours,
    RosterEntry,
    TeacherInfo,
)
from ntip_desktop.services.rules.ids import check_id, normalize_id
from ntip_desktop.services.rules.rocdate import format_roc_datetime
from ntip_desktop.views.attendance.commands import CellsCommand, RollCommand
from ntip_desktop.views.attendance.course_list import START_COLUMN, AttendanceCourseModel
from ntip_desktop.views.attendance.grid_model import FIRST_SEGMENT, NAME, AttendanceGridModel
from ntip_desktop.views.attendance.grid_view import AttendanceGridView
from ntip_desktop.views.operations import Operation
from ntip_desktop.views.operations import attendance as ops
from ntip_desktop.views.operations.attendance import MarksSaved
from ntip_desktop.views.pages.base import PageContext
from ntip_desktop.views.widgets.desk_page import CourseDeskPage, tool_button
from ntip_desktop.views.widgets.dialogs import ERROR_STYLE, ReasonDialog
from ntip_desktop.views.widgets.file_dialogs import ask_save_path

#: Blank rows for walk-ins at the foot of each day's sign-in sheet.
WALK_IN_ROWS = 5


class AttendancePage(CourseDeskPage):
    """The course list, the open course's grid with live hours, the trace of the selected teacher."""

    watches = ("courses", "attendance", "awards")

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.grid: AttendanceGrid | None = None
        self._own_changes = False
        self.undo_stack = QUndoStack(self)

        self.code_field, self.code_message = self._make_lookup(
            "codeField",
            "codeMessage",
            placeholder=translate("views.attendance.page", "輸入課程代碼後按 Enter（Ctrl+F／F2）"),
            min_width=200,
            open_text=self.open_code,
        )
        self._make_search(translate("views.attendance.page", "搜尋課程名稱、代碼或開辦單位"))

        self.model = AttendanceCourseModel(context.runner, self.user, self)
        self.model.loaded.connect(self._list_loaded)
        self._make_queue(
            "attendanceCourses",
            self.model,
            selection_mode=QAbstractItemView.SelectionMode.SingleSelection,
            sort_column=START_COLUMN,
            sort_order=Qt.SortOrder.DescendingOrder,
            on_activated=self.open_row,
            on_follow=self.open_row,
        )
        self.table.verticalHeader().hide()
        for column, width in ((0, 92), (1, 90), (2, 80), (3, 220)):
            self.table.setColumnWidth(column, width)
        self.matching = QLabel()
        self.matching.setObjectName("matchingCount")

        self.heading = QLabel(translate("views.attendance.page", "請選擇課程。"))
        self.heading.setObjectName("courseHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.id_field = QLineEdit()
        self.id_field.setObjectName("teacherIdField")
        self.id_field.setPlaceholderText(translate("views.attendance.page", "輸入或掃描身分證字號後按 Enter 加入"))
        self.id_field.setMaxLength(12)
        self.id_field.setMinimumWidth(260)
        self.id_field.setClearButtonEnabled(True)
        self.id_field.textEdited.connect(self._check_typed_id)
        self.id_field.returnPressed.connect(self.add_typed_teacher)
        self.id_message = QLabel()
        self.id_message.setObjectName("idMessage")
        self.id_message.setStyleSheet(ERROR_STYLE)
        self.seat_field = QLineEdit()
        self.seat_field.setObjectName("seatField")
        self.seat_field.setPlaceholderText(translate("views.attendance.page", "座號"))
        self.seat_field.setMaximumWidth(70)
        self.seat_field.returnPressed.connect(self.jump_to_seat)

        self.grid_model = AttendanceGridModel(self)
        self.grid_model.cells_edited.connect(self._cells_edited)
        self.grid_model.refused.connect(self._show_grid_message)
        self.grid_view = AttendanceGridView()
        self.grid_view.setModel(self.grid_model)
        self.grid_view.clear_requested.connect(self.clear_cells)
        self.grid_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_trace())
        self.grid_message = QLabel()
        self.grid_message.setObjectName("gridMessage")
        self.grid_message.setStyleSheet(ERROR_STYLE)
        self.grid_message.setWordWrap(True)

        self.trace = QPlainTextEdit()
        self.trace.setObjectName("tracePane")
        self.trace.setReadOnly(True)
        self.trace.setPlaceholderText(translate("views.attendance.page", "選取一位教師，這裡說明其時數如何核計。"))

        self._make_actions()
        self._layout()

    # --- construction -----------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.find_action = self._action(
            translate("views.attendance.page", "找課程代碼"), ["Ctrl+F", "F2"], self.focus_lookup, "findAction"
        )
        self.add_action = self._action(
            translate("views.attendance.page", "加入學員"), ["Ctrl+E"], self.focus_id_field, "addTeacherAction"
        )
        self.paste_roster_action = self._action(
            translate("views.attendance.page", "貼上名單"), ["Ctrl+Shift+V"], self.paste_roster, "pasteRosterAction"
        )
        self.import_action = self._action(
            translate("views.attendance.page", "匯入名單"), ["Ctrl+I"], self.import_roster, "importRosterAction"
        )
        self.remove_action = self._action(
            translate("views.attendance.page", "移除學員"), [], self.remove_teachers, "removeTeacherAction"
        )
        self.paste_action = self._action(
            translate("views.attendance.page", "貼上出缺席"), ["Ctrl+V"], self.paste_cells, "pasteCellsAction"
        )
        self.rest_present_action = self._action(
            translate("views.attendance.page", "其餘出席"), ["Ctrl+R"], self.rest_present, "restPresentAction"
        )
        self.rest_present_action.setToolTip(
            translate("views.attendance.page", "選取的時段點名完成：未登錄缺席者皆為出席，已輸入的代碼不變（Ctrl+R）")
        )
        self.undo_action = self.undo_stack.createUndoAction(self, translate("views.attendance.page", "復原"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self, translate("views.attendance.page", "重做"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.seat_action = self._action(
            translate("views.attendance.page", "跳至座號"), ["Ctrl+G"], self.focus_seat_field, "seatAction"
        )
        self.sheet_action = self._action(
            translate("views.attendance.page", "列印簽到表"), ["Ctrl+P"], self.print_sheet, "signInSheetAction"
        )
        self.award_action = self._action(
            translate("views.attendance.page", "核發時數"), ["Ctrl+Return", "Ctrl+Enter"], self.award, "awardAction"
        )
        self.refresh_action = self._action(
            translate("views.attendance.page", "重新整理"), ["F5"], self.refresh, "refreshAction"
        )
        #: Actions that change the roster or the attendance: for those who record this course.
        self.recording_actions = (
            self.add_action,
            self.paste_roster_action,
            self.import_action,
            self.remove_action,
            self.paste_action,
            self.rest_present_action,
        )
        self._update_actions()

    def _layout(self) -> None:
        top = self._lookup_row(translate("views.attendance.page", "課程代碼(&N)"))
        for action in (
            self.add_action,
            self.paste_roster_action,
            self.import_action,
            self.remove_action,
            self.rest_present_action,
            self.undo_action,
            self.redo_action,
            self.sheet_action,
            self.award_action,
            self.refresh_action,
        ):
            top.addWidget(tool_button(action))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.matching)

        entry = QHBoxLayout()
        id_label = QLabel(translate("views.attendance.page", "身分證字號(&D)"))
        id_label.setBuddy(self.id_field)
        entry.addWidget(id_label)
        entry.addWidget(self.id_field)
        entry.addWidget(self.id_message, 1)
        seat_label = QLabel(translate("views.attendance.page", "座號(&G)"))
        seat_label.setBuddy(self.seat_field)
        entry.addWidget(seat_label)
        entry.addWidget(self.seat_field)

        grid_box = QWidget()
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.heading)
        grid_layout.addLayout(entry)
        grid_layout.addWidget(self.grid_view, 1)
        grid_layout.addWidget(self.grid_message)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("gridSplitter")
        right.addWidget(grid_box)
        right.addWidget(self.trace)
        right.setStretchFactor(0, 4)
        right.setStretchFactor(1, 1)
        right.setSizes([520, 130])

        self._arrange(top, left, right, "attendanceSplitter", [280, 920])

    # --- loading ----------------------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        """Another page's write may change what is shown; this page's own edits are shown already."""
        if self._own_changes:
            self._own_changes = False
            return
        super().on_changes(changes)

    def _list_loaded(self, _generation: int) -> None:
        self.matching.setText(translate("views.attendance.page", "共 {n} 門課程").format(n=f"{self.model.total:,}"))
        self._select_current()

    def open_course_id(self) -> uuid.UUID | None:
        return self.grid.course_id if self.grid is not None else None

    def _course_operation(self, course_id: uuid.UUID) -> Operation[AttendanceGrid]:
        return ops.open_course(self.user, course_id)

    def _code_operation(self, text: str) -> Operation[AttendanceGrid]:
        return ops.open_code(self.user, text)

    def _show_opened(self, opened: Any) -> None:
        self._show_grid(opened)

    def _focus_opened(self) -> None:
        self.grid_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_grid(self, grid: AttendanceGrid) -> None:
        same_course = self.grid is not None and self.grid.course_id == grid.course_id
        current = self.grid_view.currentIndex()
        if not same_course:
            self.undo_stack.clear()
        self.grid = grid
        self.grid_model.set_grid(grid)
        self.grid_view.size_columns()
        self.grid_message.clear()
        self._show_heading()
        if same_course and current.isValid():
            self.grid_view.setCurrentIndex(self.grid_model.index(current.row(), current.column()))
        elif grid.rows:
            self.grid_view.setCurrentIndex(self.grid_model.index(0, self._first_markable_column()))
        self._update_actions()
        self._select_current()
        self.run_operation(ops.hours_of(self.user, grid.course_id), on_done=self._all_hours_in)
        self.detail_shown.emit(grid.code)

    def _all_hours_in(self, hours: dict[uuid.UUID, LiveHours]) -> None:
        if self.grid is not None:
            self.grid_model.set_hours(hours)
            self._show_trace()

    def _show_heading(self) -> None:
        g = self.grid
        if g is None:
            self.heading.setText(translate("views.attendance.page", "請選擇課程。"))
            return
        days = sorted({s.start_at.date() for s in g.segments})
        when = format_roc_datetime(g.segments[0].start_at) if g.segments else ""
        note = "" if g.editable else translate("views.attendance.page", "（唯讀：您可查看與核發，不能修改出缺席）")
        self.heading.setText(
            translate(
                "views.attendance.page",
                "<b>{code} {title}</b>　{state}　{when} 起共 {days} 天，{teachers} 位學員{note}",
            ).format(
                code=g.code,
                title=g.title,
                state=label(g.state),
                when=when,
                days=len(days),
                teachers=len(g.rows),
                note=note,
            )
        )

    def _first_markable_column(self) -> int:
        for i, s in enumerate(self.grid_model.segments):
            if s.markable:
                return FIRST_SEGMENT + i
        return NAME

    def _update_actions(self) -> None:
        g = self.grid
        editable = g is not None and g.editable
        for action in self.recording_actions:
            action.setEnabled(editable)
        self.id_field.setEnabled(editable)
        self.sheet_action.setEnabled(g is not None)
        self.seat_action.setEnabled(g is not None)
        self.award_action.setEnabled(g is not None and g.awardable)
        if g is not None and g.state.value == "awarded":
            self.award_action.setText(translate("views.attendance.page", "重新核算時數"))
        else:
            self.award_action.setText(translate("views.attendance.page", "核發時數"))

    # --- the trace pane ---------------------------------------------------------------------------

    def _show_trace(self) -> None:
        row = self.grid_model.row_at(self.grid_view.currentIndex().row())
        if row is None:
            self.trace.clear()
            return
        live = self.grid_model.hours.get(row.teacher_id)
        head = translate("views.attendance.page", "座號 {seat} {name}（{school}，{masked}）").format(
            seat=self.grid_model.seat_label(row), name=row.name, school=row.school, masked=row.masked_id
        )
        if live is None:
            self.trace.setPlainText(head + "\n" + translate("views.attendance.page", "核計中…"))
            return
        summary = translate("views.attendance.page", "本課程採計 {hours} 小時：{status}").format(
            hours=live.hours, status=label(live.status)
        )
        self.trace.setPlainText("\n".join([head, summary, *live.explanation]))

    # --- editing the grid -------------------------------------------------------------------------

    def _show_grid_message(self, text: str) -> None:
        self.grid_message.setText(text)

    def _cells_edited(self, changes: list[CellChange]) -> None:
        """An accepted edit becomes one step of the undo history (and is written at once)."""
        self.grid_message.clear()
        self.undo_stack.push(
            CellsCommand(self.grid_model, changes, self._write_cells, translate("views.attendance.page", "登錄出缺席"))
        )

    def _write_cells(self, changes: list[CellChange]) -> None:
        if self.grid is None or not changes:
            return
        teachers = self.grid_model.teachers_of(changes)
        self.run_operation(
            ops.set_marks(self.user, self.grid.course_id, changes, teachers),
            on_done=self._marks_saved,
            on_error=self._write_refused,
        )

    def _marks_saved(self, saved: MarksSaved) -> None:
        self._own_changes = True
        self.grid_model.set_hours(saved.hours)
        self._show_trace()
        if saved.result.reawarded is not None:
            self._own_changes = False  # awards and certificates changed: let the pages that show them know

    def _write_refused(self, exc: UserError) -> None:
        """Nothing was written: say why, forget the undo history (it no longer matches) and show the course
        as it is now."""
        self.grid_message.setText(exc.message)
        self.context.runner.presenter(exc)
        self.undo_stack.clear()
        self.reopen_current()

    def clear_cells(self, cells: list[tuple[int, int]]) -> None:
        if self.grid is None or not self.grid.editable:
            return
        try:
            changes = self.grid_model.changes_for((r, c, "") for r, c in cells)
        except UserError as exc:
            self._show_grid_message(exc.message)
            return
        if changes:
            self.undo_stack.push(
                CellsCommand(
                    self.grid_model, changes, self._write_cells, translate("views.attendance.page", "清除出缺席")
                )
            )

    def paste_cells(self) -> None:
        """Ctrl+V: a block copied from Excel, from the current cell down and right; all of it or nothing."""
        if self.grid is None or not self.paste_action.isEnabled():
            return
        text = QGuiApplication.clipboard().text()
        self.paste_text(text)

    def paste_text(self, text: str) -> None:
        start = self.grid_view.currentIndex()
        if not start.isValid() or start.column() < FIRST_SEGMENT:
            self._show_grid_message(translate("views.attendance.page", "請先選取要貼上的第一格（時段欄）。"))
            return
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        while lines and lines[-1] == "":
            lines.pop()
        block = [line.split("\t") for line in lines]
        if not block:
            return
        rows = len(block)
        columns = max(len(line) for line in block)
        free_rows = self.grid_model.rowCount() - start.row()
        free_columns = self.grid_model.columnCount() - start.column()
        if rows > free_rows or columns > free_columns:
            self._show_grid_message(
                translate(
                    "views.attendance.page",
                    "貼上的內容有 {rows} 列 × {columns} 欄，但從{cell}起只剩 {free_rows} 列 × {free_columns} 個時段；"
                    "沒有貼上任何資料。",
                ).format(
                    rows=rows,
                    columns=columns,
                    cell=self.grid_model.cell_name(start.row(), start.column()),
                    free_rows=free_rows,
                    free_columns=free_columns,
                )
            )
            return
        cells = [
            (start.row() + i, start.column() + j, value) for i, line in enumerate(block) for j, value in enumerate(line)
        ]
        try:
            changes = self.grid_model.changes_for(cells)
        except UserError as exc:
            self._show_grid_message(exc.message + translate("views.attendance.page", "（沒有貼上任何資料）"))
            return
        if changes:
            self.grid_message.clear()
            self.undo_stack.push(
                CellsCommand(
                    self.grid_model,
                    changes,
                    self._write_cells,
                    translate("views.attendance.page", "貼上 {n} 格出缺席").format(n=len(changes)),
                )
            )

    def rest_present(self) -> None:
        """The selected segments' rolls are complete (the current cell's segment when none is selected)."""
        if self.grid is None or not self.rest_present_action.isEnabled():
            return
        columns = {i.column() for i in self.grid_view.selectedIndexes()} or {self.grid_view.currentIndex().column()}
        segments = [s for c in sorted(columns) if (s := self.grid_model.segment_at(c)) is not None]
        chosen = [s.id for s in segments if s.markable and not s.roll_taken]
        if not chosen:
            self._show_grid_message(
                translate("views.attendance.page", "請選取尚未點名完成的授課時段欄，再按「其餘出席」。")
            )
            return
        self.undo_stack.push(
            RollCommand(self.grid_model, chosen, self._write_roll, translate("views.attendance.page", "其餘出席"))
        )

    def _write_roll(self, segment_ids: list[uuid.UUID], taken: bool) -> None:
        if self.grid is None:
            return
        self.run_operation(
            ops.set_roll(self.user, self.grid.course_id, segment_ids, taken),
            on_done=lambda _c: setattr(self, "_own_changes", True),
            on_error=self._write_refused,
        )

    def focus_seat_field(self) -> None:
        self.seat_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.seat_field.selectAll()

    def jump_to_seat(self) -> None:
        """The row code from a paper sheet: go to that teacher's row (same segment column)."""
        text = self.seat_field.text().strip()
        row = self.grid_model.row_of_seat(int(text)) if text.isdigit() else None
        if row is None:
            self._show_grid_message(
                translate("views.attendance.page", "這門課程沒有座號「{seat}」。").format(seat=text)
            )
            self.seat_field.selectAll()
            return
        column = self.grid_view.currentIndex().column()
        if column < FIRST_SEGMENT:
            column = self._first_markable_column()
        index = self.grid_model.index(row, column)
        self.grid_view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.grid_view.scrollTo(index)
        self.grid_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.seat_field.clear()
        self.grid_message.clear()

    # --- the roster -------------------------------------------------------------------------------

    def focus_id_field(self) -> None:
        self.id_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.id_field.selectAll()

    def _check_typed_id(self, text: str) -> None:
        """Say at once when a complete ID's checksum does not hold (ID-1)."""
        typed = normalize_id(text)
        if len(typed) < 10:
            self.id_message.clear()
            return
        result = check_id(typed)
        self.id_message.setText("" if result.valid else (result.reason or ""))

    def add_typed_teacher(self) -> None:
        """Enter in the ID field: a known teacher joins at once; for a new one, name and school are asked."""
        if self.grid is None or not self.id_field.isEnabled():
            return
        text = self.id_field.text().strip()
        if not text:
            return
        self.run_operation(
            ops.lookup_teacher(self.user, text),
            on_done=lambda info: self._teacher_found(text, info),
            on_error=self._id_refused,
        )

    def _teacher_found(self, typed: str, info: TeacherInfo | None) -> None:
        if info is not None:
            self._enrol([RosterEntry(info.national_id)], translate("views.attendance.page", "輸入或掃描"))
            return
        from ntip_desktop.views.attendance.roster_dialogs import NewTeacherDialog

        dialog = NewTeacherDialog(normalize_id(typed), self)
        self._open_dialog(
            dialog, lambda: self._enrol([dialog.entry()], translate("views.attendance.page", "輸入或掃描"))
        )

    def _id_refused(self, exc: UserError) -> None:
        self.id_message.setText(exc.message)
        self.id_field.selectAll()

    def _enrol(self, entries: list[RosterEntry], source: str) -> None:
        assert self.grid is not None
        self.run_operation(
            ops.enrol(self.user, self.grid.course_id, entries, source),
            on_done=self._enrolled,
            on_error=self._id_refused,
        )

    def _enrolled(self, result: EnrolResult) -> None:
        self.context.show_status(ops.enrolled_message(result))
        self.id_field.clear()
        self.id_message.clear()
        self.reopen_current()
        self.id_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def paste_roster(self) -> None:
        if self.grid is None or not self.paste_roster_action.isEnabled():
            return
        from ntip_desktop.views.attendance.roster_dialogs import RosterPasteDialog

        grid = self.grid
        dialog = RosterPasteDialog(self.context.runner, self.user, grid.course_id, grid.code, self)
        dialog.enrolled.connect(self._enrolled)
        self._open_dialog(dialog, lambda: None)

    def import_roster(self) -> None:
        if self.grid is None or not self.import_action.isEnabled():
            return
        from ntip_desktop.views.attendance.roster_dialogs import RosterImportDialog

        grid = self.grid
        dialog = RosterImportDialog(self.context.runner, self.user, grid.course_id, grid.code, self)
        dialog.enrolled.connect(self._enrolled)
        self._open_dialog(dialog, lambda: None)

    def remove_teachers(self) -> None:
        if self.grid is None or not self.remove_action.isEnabled():
            return
        rows = sorted({i.row() for i in self.grid_view.selectedIndexes()} or {self.grid_view.currentIndex().row()})
        chosen = [r for i in rows if (r := self.grid_model.row_at(i)) is not None]
        if not chosen:
            return
        names = "、".join(f"{self.grid_model.seat_label(r)} {r.name}" for r in chosen[:8])
        if len(chosen) > 8:
            names += translate("views.attendance.page", " 等 {n} 位").format(n=len(chosen))
        dialog = ReasonDialog(
            translate("views.attendance.page", "移除學員：{code}").format(code=self.grid.code),
            translate("views.attendance.page", "將從名單移除：{names}。其出缺席紀錄一併刪除；座號不再使用。").format(
                names=names
            ),
            translate("views.attendance.page", "請寫明移除原因（例：報名後未錄取）。"),
            translate("views.attendance.page", "移除"),
            self,
        )
        course_id = self.grid.course_id
        ids = [r.enrollment_id for r in chosen]
        self._open_dialog(
            dialog,
            lambda: self.run_operation(
                ops.unenrol(self.user, course_id, ids, dialog.reason),
                on_done=lambda _c: self.reopen_current(),
                on_error=self._refused,
            ),
        )

    # --- awarding and the sign-in sheet -----------------------------------------------------------

    def award(self) -> None:
        """核發時數: first say which ended segments have no roll yet, then store the awards."""
        if self.grid is None or not self.award_action.isEnabled():
            return
        course_id = self.grid.course_id
        self.run_operation(ops.unrecorded(self.user, course_id), on_done=lambda s: self._confirm_award(course_id, s))

    def _confirm_award(self, course_id: uuid.UUID, open_segments: list[GridSegment]) -> None:
        if self.grid is None or self.grid.course_id != course_id:
            return
        if open_segments:
            listed = "\n".join(
                f"・{s.start_at.month}/{s.start_at.day} {s.start_at:%H:%M}–{s.end_at:%H:%M} {s.topic}"
                for s in open_segments[:10]
            )
            box = QMessageBox(
                QMessageBox.Icon.Question,
                translate("views.attendance.page", "核發時數"),
                translate(
                    "views.attendance.page",
                    "下列 {n} 個授課時段尚未點名完成（未按「其餘出席」）：\n{segments}\n\n未登錄缺席者將以全程出席核計。仍要核發嗎？",
                ).format(n=len(open_segments), segments=listed),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            box.setObjectName("awardConfirm")
            box.setDefaultButton(QMessageBox.StandardButton.No)
            self.active_dialog = box

            def finished(_result: int) -> None:
                self.active_dialog = None
                if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                    self._run_award(course_id)

            box.finished.connect(finished)
            box.open()
            return
        self._run_award(course_id)

    def _run_award(self, course_id: uuid.UUID) -> None:
        self.run_operation(
            ops.award(self.user, course_id), on_done=lambda _s: self.reopen_current(), on_error=self._refused
        )

    def print_sheet(self) -> None:
        if self.grid is None:
            return
        path = ask_save_path(
            self,
            translate("views.attendance.page", "儲存簽到表 PDF"),
            translate("views.attendance.page", "{code} 簽到表.pdf").format(code=self.grid.code),
            translate("views.attendance.page", "PDF 檔 (*.pdf)"),
        )
        if path is not None:
            self.save_sheet_to(path)

    def save_sheet_to(self, path: Path) -> None:
        assert self.grid is not None
        self.run_operation(ops.save_signin_sheet(self.user, self.grid.course_id, path, WALK_IN_ROWS))

    def initial_focus(self) -> QWidget | None:
        return self.code_field
