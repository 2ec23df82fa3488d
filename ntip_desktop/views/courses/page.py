"""課程審核: the course review desk of the office a course is routed to (Art 11; docs/rules.md CRS).

A reviewer works the queue of submitted courses: types a course code (Ctrl+F / F2, Enter opens it and puts
the cursor in the checklist) or walks the queue, takes a course into review (F6), answers the manual items
(Alt+Y 符合 / Alt+N 不符 with a note), overrides an automatic outcome with a reason (Alt+O), records the
consent document of an Art 9 activity (Alt+C), then approves (Ctrl+Enter), returns it for correction
(退回補正, F7) or rejects it (不予採計, F8). A school coordinator sees their own courses here, drafts
included, and submits them (F9; Shift+F9 after a return). 重新檢核 (Ctrl+Shift+R) runs the checklist again
on every open course after a rule-set change, with progress and Cancel.
"""

from __future__ import annotations

import uuid
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.models import CourseState, Role
from ntip_desktop.services.auth import Permission
from ntip_desktop.services.courses import WORKFLOW, CourseDetail, CourseMove, Recheck
from ntip_desktop.views.courses.detail_pane import CourseDetailPane
from ntip_desktop.views.courses.dialogs import OverrideDialog
from ntip_desktop.views.courses.filter_bar import CourseFilterBar
from ntip_desktop.views.courses.queue_model import START_COLUMN, CourseQueueModel
from ntip_desktop.views.operations import courses as ops
from ntip_desktop.views.pages.base import PageContext
from ntip_desktop.views.widgets.desk_page import DeskPage, tool_button
from ntip_desktop.views.widgets.dialogs import ReasonDialog
from ntip_desktop.views.widgets.file_dialogs import ask_save_path


def _tr(text: str) -> str:
    return translate("courses", text)


#: What each decision's dialog explains, and its confirm button, per move of ``courses.WORKFLOW`` that
#: needs a reason (the table says which; the prompt for a missing reason is the table's too).
REASON_DIALOGS = {
    "return": (
        QT_TRANSLATE_NOOP(
            "courses", "請寫明開辦單位需補正的項目（例：課程大綱過短、依據文號有誤）。補正後由開辦單位重新送審。"
        ),
        QT_TRANSLATE_NOOP("courses", "退回補正"),
    ),
    "reject": (
        QT_TRANSLATE_NOOP("courses", "不予採計後此課程即結案，不能再核准或登錄時數。請寫明原因。"),
        QT_TRANSLATE_NOOP("courses", "不予採計"),
    ),
    "resubmit": (
        QT_TRANSLATE_NOOP("courses", "退回原因：{reason}\n請寫明已補正的內容；課程回到「待審核」並重新檢核。"),
        QT_TRANSLATE_NOOP("courses", "補正後送審"),
    ),
}
#: States in which a course's record may still be edited: by the organiser's side, or corrected by the office.
EDITABLE = {
    "organiser": (CourseState.DRAFT, CourseState.RETURNED),
    "office": (CourseState.SUBMITTED, CourseState.IN_REVIEW),
}


class CoursesPage(DeskPage):
    """The queue, the code field, the filter bar with counts, the detail pane with the checklist, decisions."""

    watches = ("courses",)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.current: CourseDetail | None = None
        self.recheck_task: Any = None
        self._counties_loaded = False
        self._focus_checklist_next = False

        self.code_field, self.code_message = self._make_lookup(
            "codeField",
            "codeMessage",
            placeholder=translate("courses", "輸入課程代碼後按 Enter（Ctrl+F／F2）"),
            min_width=220,
            open_text=self.open_code,
        )

        self.filter_bar = CourseFilterBar(show_drafts=self.user.role is not Role.DISTRICT_CLERK)
        if self.user.role is Role.SCHOOL_COORDINATOR:
            self.filter_bar.state.setCurrentIndex(1)  # 全部狀態: a school follows its own courses through
        self.filter_bar.changed.connect(self.apply_filter)
        self.model = CourseQueueModel(context.runner, self.user, self.filter_bar.current(), self)
        self.model.loaded.connect(self._queue_loaded)
        self.model.failed.connect(self.code_message.setText)
        self._make_queue(
            "courseQueue",
            self.model,
            selection_mode=QAbstractItemView.SelectionMode.SingleSelection,
            sort_column=START_COLUMN,
            sort_order=Qt.SortOrder.AscendingOrder,
            on_activated=partial(self.open_row, focus_checklist=True),
            on_follow=self.open_row,
        )
        self.table.verticalHeader().hide()
        for column, width in ((0, 100), (1, 84), (2, 40), (3, 124), (4, 260), (5, 170)):
            self.table.setColumnWidth(column, width)
        self.matching = QLabel()
        self.matching.setObjectName("matchingCount")

        self.detail_pane = CourseDetailPane()
        self.detail_pane.open_course.connect(lambda cid: self.open_course(cid, focus_checklist=True))
        panel = self.detail_pane.checklist
        panel.answered.connect(self.answer_manual)
        panel.override_requested.connect(self.override_check)
        panel.consent_entered.connect(self.record_consent)

        self._make_actions()
        self._layout()

    # --- construction -----------------------------------------------------------------------------

    def _make_actions(self) -> None:
        decide = self.decide
        self.find_action = self._action(
            translate("courses", "找課程代碼"), ["Ctrl+F", "F2"], self.focus_lookup, "findAction"
        )
        self.take_action = self._action(translate("courses", "開始審核"), ["F6"], partial(decide, "take"), "takeAction")
        self.approve_action = self._action(
            translate("courses", "核准"), ["Ctrl+Return", "Ctrl+Enter"], partial(decide, "approve"), "approveAction"
        )
        self.return_action = self._action(
            translate("courses", "退回補正"), ["F7"], partial(decide, "return"), "returnAction"
        )
        self.reject_action = self._action(
            translate("courses", "不予採計"), ["F8"], partial(decide, "reject"), "rejectAction"
        )
        self.submit_action = self._action(
            translate("courses", "送審"), ["F9"], partial(decide, "submit"), "submitAction"
        )
        self.resubmit_action = self._action(
            translate("courses", "補正後送審"), ["Shift+F9"], partial(decide, "resubmit"), "resubmitAction"
        )
        #: The workflow's moves and the actions that start them; enabled from the transition table.
        self.decision_actions = {
            "take": self.take_action,
            "approve": self.approve_action,
            "return": self.return_action,
            "reject": self.reject_action,
            "submit": self.submit_action,
            "resubmit": self.resubmit_action,
        }
        panel = self.detail_pane.checklist
        self.yes_action = self._action(
            translate("courses", "判定符合"), ["Alt+Y"], partial(panel.answer, True), "answerYesAction"
        )
        self.no_action = self._action(
            translate("courses", "判定不符"), ["Alt+N"], partial(panel.answer, False), "answerNoAction"
        )
        self.override_action = self._action(
            translate("courses", "變更檢核結果"), ["Alt+O"], panel.request_override, "overrideAction"
        )
        self.checklist_action = self._action(
            translate("courses", "移到檢核表"), ["Ctrl+L"], panel.focus_checklist, "checklistAction"
        )
        self.recheck_action = self._action(
            translate("courses", "重新檢核"), ["Ctrl+Shift+R"], self.recheck_open_courses, "recheckAction"
        )
        self.recheck_action.setToolTip(
            translate(
                "courses", "依現行規則重新檢核所有待審核與審核中的課程（Ctrl+Shift+R）；已填的判定與理由仍適用者保留。"
            )
        )
        self.recheck_action.setEnabled(self.user.can(Permission.REVIEW_COURSES))
        self.refresh_action = self._action(translate("courses", "重新整理"), ["F5"], self.refresh, "refreshAction")
        reviewer = self.user.can(Permission.REVIEW_COURSES)
        self.new_action = self._action(translate("courses", "新增課程"), ["Ctrl+N"], self.new_course, "newCourseAction")
        self.edit_action = self._action(
            translate("courses", "修改課程"), ["Ctrl+E"], self.edit_course, "editCourseAction"
        )
        self.import_action = self._action(
            translate("courses", "匯入課程"), ["Ctrl+I"], self.import_courses, "importAction"
        )
        self.external_action = self._action(
            translate("courses", "他站課程清單"), [], self.external_lists, "externalListsAction"
        )
        self.external_action.setEnabled(reviewer)
        self.months_action = self._action(translate("courses", "後端傳報月份"), [], self.report_months, "monthsAction")
        self.print_action = self._action(
            translate("courses", "列印審核表"), ["Ctrl+P"], self.print_sheet, "printSheetAction"
        )
        self.export_action = self._action(
            translate("courses", "匯出 XLSX"), ["Ctrl+Shift+E"], self.export_queue, "exportXlsxAction"
        )
        self.months_action.setEnabled(self.user.can(Permission.REPORT_MONTHS))
        #: The less frequent jobs, shown as toolbar buttons in this order.
        self.jobs = [
            self.new_action,
            self.edit_action,
            self.import_action,
            self.external_action,
            self.print_action,
            self.export_action,
            self.months_action,
        ]
        self._update_actions()

    def _layout(self) -> None:
        top = self._lookup_row(translate("courses", "課程代碼(&N)"))
        for action in (*self.jobs, self.recheck_action, self.refresh_action):
            b = tool_button(action)
            if not action.isEnabled():
                b.setToolTip(action.toolTip())
            top.addWidget(b)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.matching)
        #: The decision buttons, by action: shown for what the user's role may do at all.
        self.decision_buttons: dict[str, QToolButton] = {}
        for name, action in self.decision_actions.items():
            b = tool_button(action)
            b.setObjectName(action.objectName().replace("Action", "Button"))
            b.setVisible(any(name == m.action and self.user.can(m.permission) for m in WORKFLOW.moves))
            self.decision_buttons[name] = b
            self.detail_pane.actions_row.addWidget(b)
        self.detail_pane.actions_row.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("courseSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.detail_pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 640])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(splitter, 1)

    # --- loading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the queue, the counts by state and the open course."""
        super().refresh()
        self._load_counts(self._reload_queue())
        self.reopen_current()

    def reopen_current(self) -> None:
        if self.current is not None:
            self.open_course(self.current.row.id, quiet=True)

    def _load_counts(self, f: Any) -> None:
        self.run_operation(ops.desk_counts(self.user, f, not self._counties_loaded), on_done=self._counts_in)

    def _counts_in(self, result: tuple[dict[CourseState, int], list[Any] | None]) -> None:
        counts, counties = result
        self.filter_bar.set_counts(counts)
        if counties is not None:
            self.filter_bar.set_counties(counties)
            self._counties_loaded = True

    def apply_filter(self, f: Any) -> None:
        self.model.set_filter(f)
        self._load_counts(f)

    def _queue_loaded(self, _generation: int) -> None:
        self.matching.setText(translate("courses", "符合條件 {n} 門課程").format(n=f"{self.model.total:,}"))
        self._select_current()

    # --- opening a course -------------------------------------------------------------------------

    def open_code(self, text: str) -> None:
        """Open the course with this code as typed; the cursor then goes to the checklist."""
        self.run_operation(ops.open_code(self.user, text), on_done=self._code_found, on_error=self._lookup_refused)

    def _code_found(self, detail: CourseDetail) -> None:
        self._lookup_found()
        self._focus_checklist_next = True
        self._show(detail)

    def open_row(self, row: int, *, focus_checklist: bool = False) -> None:
        course = self.model.row_at(row) if row >= 0 else None
        if course is None:
            return
        if self.current is None or self.current.row.id != course.id:
            self.open_course(course.id, focus_checklist=focus_checklist)
        elif focus_checklist:
            self.detail_pane.checklist.focus_checklist()

    def open_course(self, course_id: uuid.UUID, *, quiet: bool = False, focus_checklist: bool = False) -> None:
        self._focus_checklist_next = focus_checklist
        self.run_operation(
            ops.open_course(self.user, course_id),
            on_done=self._show,
            on_error=(lambda exc: None) if quiet else None,
        )

    def _show(self, detail: CourseDetail) -> None:
        self.current = detail
        self.detail_pane.show_detail(detail)
        self._update_actions()
        self._select_current()
        if self._focus_checklist_next:
            self._focus_checklist_next = False
            self.detail_pane.checklist.focus_checklist()
        self.detail_shown.emit(detail.row.code)

    def _update_actions(self) -> None:
        state = self.current.row.state if self.current is not None else None
        side = "office" if self.user.can(Permission.REVIEW_COURSES) else "organiser"
        self.edit_action.setEnabled(
            state in EDITABLE[side] or (self.user.role.value == "admin" and state in EDITABLE["organiser"])
        )
        self.print_action.setEnabled(self.current is not None)
        allowed = set(self.current.moves) if self.current is not None else set()
        for action, qaction in self.decision_actions.items():
            qaction.setEnabled(action in allowed)

    # --- decisions --------------------------------------------------------------------------------

    def decide(self, action: str) -> None:
        """Start the move ``action`` of the workflow on the open course, asking for a reason where needed."""
        if self.current is None or not self.decision_actions[action].isEnabled():
            return
        move = WORKFLOW.move_named(action)
        if move.reason_required:
            explanation, confirm = REASON_DIALOGS[action]
            dialog = ReasonDialog(
                translate("courses", "{verb}：{code} {title}").format(
                    verb=_tr(move.verb), code=self.current.row.code, title=self.current.row.title
                ),
                _tr(explanation).format(reason=self.current.decision_reason or "—"),
                _tr(move.reason_prompt),
                _tr(confirm),
                self,
            )
            self._open_dialog(dialog, lambda: self._run_decision(action, dialog.reason))
        else:
            self._run_decision(action)

    def _run_decision(self, action: str, reason: str = "") -> None:
        assert self.current is not None
        row = self.current.row
        self.run_operation(
            ops.decide(self.user, row.id, row.version, action, reason),
            on_done=self._decision_done,
            on_error=self._refused,
        )

    def _decision_done(self, result: CourseMove) -> None:
        self.decided.emit(result.message)

    # --- the checklist ----------------------------------------------------------------------------

    def answer_manual(self, check_id: str, agrees: bool, note: str) -> None:
        if self.current is None:
            return
        row = self.current.row
        self.run_operation(
            ops.answer_manual(self.user, row.id, row.version, check_id, agrees, note),
            on_done=self._checklist_done,
            on_error=self._refused,
        )

    def override_check(self, check_id: str) -> None:
        check = self.current.check(check_id) if self.current is not None else None
        if self.current is None or check is None:
            return
        row = self.current.row
        dialog = OverrideDialog(row.code, check, self)

        def go() -> None:
            self.run_operation(
                ops.override_check(self.user, row.id, row.version, check_id, dialog.chosen, dialog.reason),
                on_done=self._checklist_done,
                on_error=self._refused,
            )

        self._open_dialog(dialog, go)

    def record_consent(self, document: str) -> None:
        if self.current is None:
            return
        row = self.current.row
        self.run_operation(
            ops.record_consent(self.user, row.id, row.version, document),
            on_done=self._checklist_done,
            on_error=self._refused,
        )

    def _checklist_done(self, result: Any) -> None:
        self.decided.emit(result.message)
        self.detail_pane.checklist.note.clear()

    # --- 重新檢核 -----------------------------------------------------------------------------------

    def recheck_open_courses(self) -> None:
        """Run the checklist again on every open course of the user's units: a long job with Cancel."""
        if not self.recheck_action.isEnabled():
            return
        self.recheck_action.setEnabled(False)

        def done(result: Recheck) -> None:
            self.recheck_action.setEnabled(True)
            self.context.show_status(ops.recheck_message(result))

        def failed(exc: UserError) -> None:
            self.recheck_action.setEnabled(True)
            self.context.runner.presenter(exc)

        def cancelled(exc: UserError) -> None:
            self.recheck_action.setEnabled(True)
            self.context.show_status(exc.message)

        self.recheck_task = self.context.runner.run_long(
            ops.recheck_job(self.user),
            on_done=done,
            on_error=failed,
            on_cancelled=cancelled,
            description=translate("courses", "重新檢核待審課程"),
            parent=self.window(),
        )

    # --- the less frequent jobs: each opens its dialog; a stored result opens in the page ------------

    def new_course(self) -> None:
        from ntip_desktop.views.courses.course_dialog import CourseDialog

        dialog = CourseDialog(self.context.runner, self.user, self)
        dialog.saved.connect(self._saved)
        self._open_dialog(dialog, lambda: None)

    def edit_course(self) -> None:
        from ntip_desktop.views.courses.course_dialog import CourseDialog

        if self.current is None or not self.edit_action.isEnabled():
            return
        dialog = CourseDialog(self.context.runner, self.user, self, course_id=self.current.row.id)
        dialog.saved.connect(self._saved)
        self._open_dialog(dialog, lambda: None)

    def _saved(self, result: Any) -> None:
        self.context.show_status(result.message)
        self.open_course(result.course_id)

    def import_courses(self) -> None:
        from ntip_desktop.views.courses.import_dialog import CourseImportDialog

        dialog = CourseImportDialog(self.context.runner, self.user, self)
        dialog.imported.connect(lambda result: self.context.show_status(result.message))
        self._open_dialog(dialog, lambda: None)

    def external_lists(self) -> None:
        from ntip_desktop.views.courses.import_dialog import ExternalListDialog

        dialog = ExternalListDialog(self.context.runner, self.user, self)
        dialog.imported.connect(lambda result: self.context.show_status(result.message))
        self._open_dialog(dialog, lambda: None)

    def print_sheet(self) -> None:
        if self.current is None:
            return
        path = ask_save_path(
            self,
            translate("courses", "儲存課程審核表 PDF"),
            f"{self.current.row.code}.pdf",
            translate("courses", "PDF 檔 (*.pdf)"),
        )
        if path is not None:
            self.save_sheet_to(path)

    def save_sheet_to(self, path: Path) -> None:
        """Write the open course's 研習課程審核表 to ``path``."""
        assert self.current is not None
        self.run_operation(ops.save_review_sheet(self.user, self.current.row.id, path))

    def export_queue(self) -> None:
        path = ask_save_path(
            self,
            translate("courses", "匯出課程清單"),
            translate("courses", "課程清單.xlsx"),
            translate("courses", "Excel 活頁簿 (*.xlsx)"),
        )
        if path is not None:
            self.export_queue_to(path)

    def export_queue_to(self, path: Path) -> None:
        """Write the queue as the filter shows it to ``path`` (XLSX), as a long job."""
        f = self.filter_bar.current()
        heading = self.filter_bar.describe()
        self.context.runner.run_long(
            ops.export_queue_job(self.user, f, heading, path),
            on_done=lambda result: self.context.show_status(result.message),
            description=translate("courses", "匯出課程清單"),
            parent=self,
        )

    def report_months(self) -> None:
        from ntip_desktop.views.courses.months_view import MonthsDialog

        self._open_dialog(MonthsDialog(self.context.runner, self.user, self), lambda: None)
