"""帳號審核: the fax desk of a district management center (docs/rules.md ACC-1…5).

A clerk works a pile of faxed 業務帳號申請表: types or scans the number (Ctrl+F / F2, Enter opens it),
records the fax (收件, F6), ticks the checklist (Alt+1…5), then approves (Ctrl+Enter), returns it for
correction (退件補正, F7) or rejects it (駁回, F8); the applicant's answer to a return is keyed in with F9. The queue on the left shows what awaits, filtered and
sorted by the database; decisions go through the task runner and the row leaves 「待處理」 once decided.
"""

from __future__ import annotations

import uuid
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.changes import Changes
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.models import ApplicationState, FaxCheckItem
from ntip_desktop.services import accounts
from ntip_desktop.services.accounts import (
    ApplicationDetail,
    ApplicationFilter,
    BulkDecision,
    BulkTarget,
    ImportResult,
    Submitted,
    Transition,
)
from ntip_desktop.services.auth import Permission
from ntip_desktop.views.accounts.decision_dialogs import BulkDecisionDialog, ReceiveFaxDialog
from ntip_desktop.views.accounts.detail_pane import ApplicationDetailPane
from ntip_desktop.views.accounts.filter_bar import QueueFilterBar
from ntip_desktop.views.accounts.queue_model import SUBMITTED_COLUMN, ApplicationQueueModel
from ntip_desktop.views.operations import accounts as ops
from ntip_desktop.views.pages.base import PageContext
from ntip_desktop.views.widgets.desk_page import DeskPage, tool_button
from ntip_desktop.views.widgets.dialogs import ReasonDialog
from ntip_desktop.views.widgets.file_dialogs import ask_save_path

S = ApplicationState


def _tr(text: str) -> str:
    return translate("accounts", text)


#: What each decision's dialog explains, and its confirm button, per move of ``accounts.WORKFLOW``
#: that needs a reason (the table says which; the prompt for a missing reason is the table's too).
REASON_DIALOGS = {
    "return": (
        QT_TRANSLATE_NOOP(
            "accounts", "請寫明申請人需補正的項目（例：缺機關印信、主管未簽章）。申請人補正後會回到「待傳真」。"
        ),
        QT_TRANSLATE_NOOP("accounts", "退件補正"),
    ),
    "reject": (
        QT_TRANSLATE_NOOP("accounts", "駁回後此申請即結案，不能再核准；申請人須重新申請。請寫明駁回原因。"),
        QT_TRANSLATE_NOOP("accounts", "駁回"),
    ),
    "answer_return": (
        QT_TRANSLATE_NOOP(
            "accounts", "退件原因：{reason}\n請寫明申請人已補正的內容；申請回到「待傳真」，等候重新傳真。"
        ),
        QT_TRANSLATE_NOOP("accounts", "送出補正"),
    ),
}


class AccountsPage(DeskPage):
    """The queue, the number field, the detail pane and the decisions."""

    watches = ("accounts",)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.current: ApplicationDetail | None = None
        #: A number being opened: a refresh meanwhile must not bring back the application shown before.
        self._opening: str | None = None
        self._counties_loaded = False
        #: The version of each fax check item of the open application, that a tick is made against.
        self._check_versions: dict[FaxCheckItem, int] = {}
        self.can_decide = self.user.can(Permission.DECIDE_ACCOUNTS)

        self.number_field, self.number_message = self._make_lookup(
            "numberField",
            "numberMessage",
            placeholder=translate("accounts", "輸入或掃描申請編號後按 Enter（Ctrl+F／F2）"),
            min_width=280,
            open_text=self.open_number,
        )

        self.filter_bar = QueueFilterBar()
        self.filter_bar.changed.connect(self.apply_filter)
        self.model = ApplicationQueueModel(context.runner, self.user, self)
        self.model.loaded.connect(self._queue_loaded)
        self.model.failed.connect(self.number_message.setText)
        self._make_queue(
            "applicationQueue",
            self.model,
            selection_mode=QAbstractItemView.SelectionMode.ExtendedSelection,
            sort_column=SUBMITTED_COLUMN,
            sort_order=Qt.SortOrder.DescendingOrder,
            on_activated=self.open_row,
            on_follow=self.open_row,
        )
        self.matching = QLabel()
        self.matching.setObjectName("matchingCount")

        self.detail_pane = ApplicationDetailPane()
        self.detail_pane.check_toggled.connect(self.toggle_check)
        self.detail_pane.open_number.connect(self.open_number)

        self._make_actions()
        self._layout()

    # --- construction -----------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.find_action = self._action(
            translate("accounts", "找申請編號"), ["Ctrl+F", "F2"], self.focus_lookup, "findAction"
        )
        decide = self.decide
        self.receive_action = self._action(
            translate("accounts", "收件"), ["F6"], partial(decide, "receive_fax"), "receiveAction"
        )
        self.approve_action = self._action(
            translate("accounts", "核准"), ["Ctrl+Return", "Ctrl+Enter"], partial(decide, "approve"), "approveAction"
        )
        self.return_action = self._action(
            translate("accounts", "退件補正"), ["F7"], partial(decide, "return"), "returnAction"
        )
        self.reject_action = self._action(
            translate("accounts", "駁回"), ["F8"], partial(decide, "reject"), "rejectAction"
        )
        self.answer_action = self._action(
            translate("accounts", "補正回覆"), ["F9"], partial(decide, "answer_return"), "answerAction"
        )
        #: The workflow's moves and the actions that start them; enabled from the transition table.
        self.decision_actions = {
            "receive_fax": self.receive_action,
            "approve": self.approve_action,
            "return": self.return_action,
            "reject": self.reject_action,
            "answer_return": self.answer_action,
        }
        self.print_action = self._action(
            translate("accounts", "列印申請表"), ["Ctrl+P"], self.print_form, "printAction"
        )
        self.bulk_approve_action = self._action(
            translate("accounts", "批次核准"),
            ["Ctrl+Shift+Return"],
            partial(self.decide_selected, "approve"),
            "bulkApproveAction",
        )
        self.bulk_reject_action = self._action(
            translate("accounts", "批次駁回"),
            ["Ctrl+Shift+F8"],
            partial(self.decide_selected, "reject"),
            "bulkRejectAction",
        )
        self.check_actions = [
            self._action(
                translate("accounts", "勾選第 {n} 項").format(n=n),
                [f"Alt+{n}"],
                partial(self.detail_pane.toggle_nth, n),
                f"check{n}Action",
            )
            for n in range(1, 6)
        ]
        self.refresh_action = self._action(translate("accounts", "重新整理"), ["F5"], self.refresh, "refreshAction")
        self.new_action = self._action(translate("accounts", "新增申請"), ["Ctrl+N"], self.new_application, "newAction")
        self.contact_action = self._action(
            translate("accounts", "承辦人異動"), ["Ctrl+Shift+N"], self.contact_change, "contactAction"
        )
        self.import_action = self._action(
            translate("accounts", "匯入 CSV/XLSX"), ["Ctrl+I"], self.import_file, "importAction"
        )
        self.matrix_action = self._action(
            translate("accounts", "權限對照表"), [], self.permission_matrix, "matrixAction"
        )
        self.export_action = self._action(
            translate("accounts", "匯出 XLSX"), ["Ctrl+Shift+E"], self.export_queue, "exportXlsxAction"
        )
        self._update_actions()

    def _layout(self) -> None:
        top = self._lookup_row(translate("accounts", "申請編號(&N)"))
        for action in (
            self.new_action,
            self.contact_action,
            self.import_action,
            self.export_action,
            self.matrix_action,
            self.refresh_action,
        ):
            top.addWidget(tool_button(action))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        bulk = QHBoxLayout()
        bulk.addWidget(self.matching, 1)
        bulk.addWidget(tool_button(self.bulk_approve_action))
        bulk.addWidget(tool_button(self.bulk_reject_action))
        left_layout.addLayout(bulk)
        for action in (
            self.receive_action,
            self.approve_action,
            self.return_action,
            self.reject_action,
            self.answer_action,
            self.print_action,
        ):
            self.detail_pane.actions_row.addWidget(tool_button(action))
        self.detail_pane.actions_row.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail_pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(splitter, 1)

    # --- loading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the queue, the count of what awaits and the open application."""
        super().refresh()
        self._reload_queue()
        self.run_operation(ops.desk_counts(self.user, not self._counties_loaded), on_done=self._side_data_in)
        self.reopen_current()

    def reopen_current(self) -> None:
        if self.current is not None and self._opening is None:  # not while another one is on its way
            self.open_application(self.current.row.id, quiet=True)

    def _side_data_in(self, result: tuple[int, list[Any] | None]) -> None:
        awaiting, counties = result
        self.filter_bar.set_awaiting(awaiting)
        if counties is not None:
            self.filter_bar.set_counties(counties)
            self._counties_loaded = True

    def apply_filter(self, f: ApplicationFilter) -> None:
        self.model.set_filter(f)

    def _queue_loaded(self, _generation: int) -> None:
        self.matching.setText(translate("accounts", "符合條件 {n} 件").format(n=f"{self.model.total:,}"))
        self._select_current()

    # --- opening an application -------------------------------------------------------------------

    def open_number(self, text: str) -> None:
        """Open the application with this number as typed or scanned (full-width and lower case are fine)."""
        self._opening = text
        self.run_operation(ops.open_number(self.user, text), on_done=self._number_found, on_error=self._number_refused)

    def _number_found(self, detail: ApplicationDetail) -> None:
        self._opening = None
        self._lookup_found()
        self._show(detail)

    def _number_refused(self, exc: UserError) -> None:
        self._opening = None
        self._lookup_refused(exc)

    def open_row(self, row: int) -> None:
        application = self.model.row_at(row) if row >= 0 else None
        if application is not None and (self.current is None or self.current.row.id != application.id):
            self.open_application(application.id)

    def open_application(self, application_id: uuid.UUID, *, quiet: bool = False) -> None:
        self.run_operation(
            ops.open_application(self.user, application_id),
            on_done=self._show,
            on_error=(lambda exc: None) if quiet else None,
        )

    def _show(self, detail: ApplicationDetail) -> None:
        self.current = detail
        self._check_versions = {c.item: c.version for c in detail.fax_checks}
        self.detail_pane.show_detail(detail, can_decide=self.can_decide)
        self._update_actions()
        self._select_current()
        self.detail_shown.emit(detail.row.number)

    def _update_actions(self) -> None:
        state = self.current.row.state if self.current else None
        allowed = {m.action for m in accounts.WORKFLOW.moves_from(state, self.user)} if state else set()
        for action, qaction in self.decision_actions.items():
            qaction.setEnabled(action in allowed)
        decide = self.can_decide
        self.print_action.setEnabled(self.current is not None and self.current.row.subtype is not None)
        self.bulk_approve_action.setEnabled(decide)
        self.bulk_reject_action.setEnabled(decide)

    # --- decisions --------------------------------------------------------------------------------

    def decide(self, action: str) -> None:
        """Start the move ``action`` of the workflow on the open application, asking what the move needs."""
        if self.current is None or not self.decision_actions[action].isEnabled():
            return
        number = self.current.row.number
        move = accounts.WORKFLOW.move_named(action)
        verb = _tr(move.verb)
        if action == "receive_fax":
            dialog: Any = ReceiveFaxDialog(number, self)
            self._open_dialog(
                dialog, lambda: self._run_decision(action, received_on=dialog.received_on, pages=dialog.pages.value())
            )
        elif move.reason_required:
            explanation, button = REASON_DIALOGS[action]
            dialog = ReasonDialog(
                translate("accounts", "{verb}：{number}").format(verb=verb, number=number),
                _tr(explanation).format(reason=self.current.decision_reason or "—"),
                _tr(move.reason_prompt),
                _tr(button),
                self,
            )
            self._open_dialog(dialog, lambda: self._run_decision(action, reason=dialog.reason))
        elif action == "approve" and not self.detail_pane.all_checked():
            dialog = ReasonDialog(
                translate("accounts", "核准：{number}").format(number=number),
                translate("accounts", "傳真檢核尚未全部勾選。若仍要核准，請寫明略過檢核的理由（將記錄於處理紀錄）。"),
                translate("accounts", "請填寫略過檢核的理由，或先完成檢核。"),
                translate("accounts", "仍要核准"),
                self,
            )
            self._open_dialog(dialog, lambda: self._run_decision(action, checklist_override=dialog.reason))
        else:  # what is ticked on screen: its tasks run before this one
            self._run_decision(action)

    def _run_decision(self, action: str, **params: Any) -> None:
        """Run a decision on the open application with the version on screen; the bus refreshes the page."""
        assert self.current is not None
        row = self.current.row
        self.run_operation(
            ops.decide(self.user, row.id, row.version, action, **params),
            on_done=self._decision_done,
            on_error=self._refused,
        )

    def _decision_done(self, result: Transition | BulkDecision) -> None:
        self.decided.emit(ops.decision_message(result))

    def toggle_check(self, item: FaxCheckItem, ticked: bool) -> None:
        if self.current is None:
            return
        user, app_id = self.user, self.current.row.id
        versions = self._check_versions

        def done(changes: Changes) -> None:
            if changes.any() and self.current is not None and self.current.row.id == app_id:
                versions[item] = versions.get(item, 0) + 1  # written: until the refresh, the item is one on

        def undo(exc: UserError) -> None:
            self.detail_pane.set_check(item, not ticked)
            self._refused(exc)  # says why; someone else ticked it meanwhile: shows the checklist as it is now

        self.run_operation(
            ops.set_fax_check(user, app_id, item, ticked, versions.get(item, 0)), on_done=done, on_error=undo
        )

    def selected_rows(self) -> list[Any]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.row_at(i) for i in rows) if r is not None]

    def decide_selected(self, action: str) -> None:
        """Approve or reject every selected application at once: all of them, or none."""
        verb = _tr(accounts.WORKFLOW.move_named(action).verb)
        rows = self.selected_rows()
        if not rows:
            self.context.runner.presenter(
                UserError(
                    translate("accounts", "請先在清單中選取要{verb}的申請（Shift 或 Ctrl 加方向鍵可多選）。").format(
                        verb=verb
                    )
                )
            )
            return
        move = accounts.WORKFLOW.move_named(action)
        dialog = BulkDecisionDialog(rows, verb, needs_reason=move.reason_required, parent=self)

        def go() -> None:
            targets = [BulkTarget(r.id, r.version) for r in rows]
            reason, skipped = (dialog.reason, "") if move.reason_required else ("", dialog.reason)
            self.run_operation(
                ops.decide_many(self.user, targets, action, reason, checklist_override=skipped),
                on_done=self._decision_done,
                on_error=self._refused,
            )

        self._open_dialog(dialog, go)

    # --- the less frequent jobs: each opens its dialog; a stored result opens in the page ------------

    def new_application(self) -> None:
        from ntip_desktop.views.accounts.application_dialog import NewApplicationDialog

        dialog = NewApplicationDialog(self.context.runner, self.user, self)
        dialog.submitted.connect(self._submitted)
        self._open_dialog(dialog, lambda: None)

    def contact_change(self) -> None:
        from ntip_desktop.views.accounts.application_dialog import ContactChangeDialog

        dialog = ContactChangeDialog(self.context.runner, self.user, self)
        dialog.submitted.connect(self._submitted)
        self._open_dialog(dialog, lambda: None)

    def _submitted(self, result: Submitted) -> None:
        self.context.show_status(result.message)
        self.open_number(result.number)

    def import_file(self) -> None:
        from ntip_desktop.views.accounts.import_dialog import ImportDialog

        dialog = ImportDialog(self.context.runner, self.user, self)
        dialog.imported.connect(self._imported)
        self._open_dialog(dialog, lambda: None)

    def _imported(self, result: ImportResult) -> None:
        self.context.show_status(
            translate("accounts", "已匯入 {n} 件申請（業務帳號 {b} 件，教師個人帳號 {t} 件）").format(
                n=len(result.numbers), b=result.business, t=result.teacher
            )
        )

    def permission_matrix(self) -> None:
        from ntip_desktop.views.accounts.matrix_dialog import PermissionMatrixDialog

        self._open_dialog(PermissionMatrixDialog(self.context.runner, self.context.show_status, self), lambda: None)

    # --- exporting and printing -------------------------------------------------------------------

    def export_queue(self) -> None:
        path = ask_save_path(
            self,
            translate("accounts", "匯出帳號申請清單"),
            translate("accounts", "帳號申請清單.xlsx"),
            translate("accounts", "Excel 活頁簿 (*.xlsx)"),
        )
        if path is not None:
            self.export_queue_to(path)

    def export_queue_to(self, path: Path) -> None:
        """Write the queue as the filter shows it, in its order, to ``path`` (XLSX), as a long job."""
        order = self.model.order or ("submitted_at", True)
        self.context.runner.run_long(
            ops.export_queue_job(self.user, self.filter_bar.current(), order, self.filter_bar.describe(), path),
            on_done=lambda result: self.context.show_status(result.message),
            description=translate("accounts", "匯出帳號申請清單"),
            parent=self,
        )

    def print_form(self) -> None:
        if self.current is None or not self.print_action.isEnabled():
            return
        path = ask_save_path(
            self,
            translate("accounts", "儲存申請表 PDF"),
            f"{self.current.row.number}.pdf",
            translate("accounts", "PDF 檔 (*.pdf)"),
        )
        if path is not None:
            self.save_form_to(path)

    def save_form_to(self, path: Path) -> None:
        """Write the open application's fax form (業務帳號申請表 or 承辦人異動申請表) to ``path``."""
        assert self.current is not None
        self.run_operation(ops.save_form(self.user, self.current.row.id, self.current.row.number, path))
