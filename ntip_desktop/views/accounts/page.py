"""帳號審核: the fax desk of a district management center (RULES.md ACC-1…5).

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

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.errors import ConflictError, UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import ApplicationState, FaxCheckItem
from ntip_desktop.services import accounts
from ntip_desktop.services.accounts import ApplicationDetail, ApplicationFilter, BulkDecision, BulkTarget, Transition
from ntip_desktop.services.auth import Permission
from ntip_desktop.services.files import write_atomically
from ntip_desktop.views.accounts.decision_dialogs import BulkDecisionDialog, ReasonDialog, ReceiveFaxDialog
from ntip_desktop.views.accounts.detail_pane import ApplicationDetailPane
from ntip_desktop.views.accounts.filter_bar import QueueFilterBar
from ntip_desktop.views.accounts.queue_model import SUBMITTED_COLUMN, ApplicationQueueModel
from ntip_desktop.views.pages.base import Page, PageContext

S = ApplicationState


def _find_and_detail(user: Any, text: str, session: Any) -> ApplicationDetail:
    row = accounts.find_by_number(session, user, text)
    return accounts.application_detail(session, user, row.id)


def _detail(user: Any, application_id: uuid.UUID, session: Any) -> ApplicationDetail:
    return accounts.application_detail(session, user, application_id)


def _side_data(user: Any, with_counties: bool, session: Any) -> tuple[int, list[Any] | None]:
    counties = accounts.counties_in_scope(session, user) if with_counties else None
    return accounts.count_awaiting(session, user), counties


def _write_form(user: Any, application_id: uuid.UUID, path: Path, session: Any) -> str:
    form = accounts.render_application_form(session, user, application_id)
    write_atomically(path, form.pdf)
    return form.title


class AccountsPage(Page):
    """The queue, the number field, the detail pane and the decisions."""

    watches = ("accounts",)

    #: The detail pane now shows this application number.
    detail_shown = Signal(str)
    #: A decision or receipt went through: its status-bar message.
    decided = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.current: ApplicationDetail | None = None
        self.active_dialog: Any = None
        self._counties_loaded = False
        self.can_decide = self.user.can(Permission.DECIDE_ACCOUNTS)

        self.number_field = QLineEdit()
        self.number_field.setObjectName("numberField")
        self.number_field.setPlaceholderText(
            translate("views.accounts.page", "輸入或掃描申請編號後按 Enter（Ctrl+F／F2）")
        )
        self.number_field.setClearButtonEnabled(True)
        self.number_field.setMinimumWidth(280)
        self.number_field.returnPressed.connect(self.open_typed_number)
        self.number_message = QLabel()
        self.number_message.setObjectName("numberMessage")
        self.number_message.setStyleSheet("color: #c62828;")
        self.number_message.setWordWrap(True)

        self.filter_bar = QueueFilterBar()
        self.filter_bar.changed.connect(self.apply_filter)
        self.model = ApplicationQueueModel(context.runner, self.user, self)
        self.model.loaded.connect(self._queue_loaded)
        self.model.failed.connect(self.number_message.setText)
        self.table = QTableView()
        self.table.setObjectName("applicationQueue")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSortIndicator(SUBMITTED_COLUMN, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._follow.start())
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(120)
        self._follow.timeout.connect(lambda: self.open_row(self.table.currentIndex().row()))
        self.matching = QLabel()
        self.matching.setObjectName("matchingCount")

        self.detail_pane = ApplicationDetailPane()
        self.detail_pane.check_toggled.connect(self.toggle_check)
        self.detail_pane.open_number.connect(self.open_number)

        self._make_actions()
        self._layout()

    # --- construction -----------------------------------------------------------------------------

    def _action(self, text: str, shortcuts: list[str], slot: Any, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if shortcuts:
            action.setToolTip(
                f"{text}（{QKeySequence(shortcuts[0]).toString(QKeySequence.SequenceFormat.NativeText)}）"
            )
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        from ntip_desktop.views.accounts import page_extras

        self.find_action = self._action(
            translate("views.accounts.page", "找申請編號"), ["Ctrl+F", "F2"], self.focus_number, "findAction"
        )
        self.receive_action = self._action(
            translate("views.accounts.page", "收件"), ["F6"], self.receive_fax, "receiveAction"
        )
        self.approve_action = self._action(
            translate("views.accounts.page", "核准"), ["Ctrl+Return", "Ctrl+Enter"], self.approve, "approveAction"
        )
        self.return_action = self._action(
            translate("views.accounts.page", "退件補正"), ["F7"], self.return_for_correction, "returnAction"
        )
        self.reject_action = self._action(translate("views.accounts.page", "駁回"), ["F8"], self.reject, "rejectAction")
        self.answer_action = self._action(
            translate("views.accounts.page", "補正回覆"), ["F9"], self.answer_return, "answerAction"
        )
        self.print_action = self._action(
            translate("views.accounts.page", "列印申請表"), ["Ctrl+P"], self.print_form, "printAction"
        )
        self.bulk_approve_action = self._action(
            translate("views.accounts.page", "批次核准"), ["Ctrl+Shift+Return"], self.bulk_approve, "bulkApproveAction"
        )
        self.bulk_reject_action = self._action(
            translate("views.accounts.page", "批次駁回"), ["Ctrl+Shift+F8"], self.bulk_reject, "bulkRejectAction"
        )
        self.check_actions = [
            self._action(
                translate("views.accounts.page", "勾選第 {n} 項").format(n=n),
                [f"Alt+{n}"],
                partial(self.detail_pane.toggle_nth, n),
                f"check{n}Action",
            )
            for n in range(1, 6)
        ]
        self.refresh_action = self._action(
            translate("views.accounts.page", "重新整理"), ["F5"], self.refresh, "refreshAction"
        )
        self.new_action = self._action(
            translate("views.accounts.page", "新增申請"),
            ["Ctrl+N"],
            partial(page_extras.new_application, self),
            "newAction",
        )
        self.contact_action = self._action(
            translate("views.accounts.page", "承辦人異動"),
            ["Ctrl+Shift+N"],
            partial(page_extras.contact_change, self),
            "contactAction",
        )
        self.import_action = self._action(
            translate("views.accounts.page", "匯入 CSV/XLSX"),
            ["Ctrl+I"],
            partial(page_extras.import_file, self),
            "importAction",
        )
        self.matrix_action = self._action(
            translate("views.accounts.page", "權限對照表"),
            [],
            partial(page_extras.permission_matrix, self),
            "matrixAction",
        )
        self._update_actions()

    def _layout(self) -> None:
        def button(action: QAction) -> QToolButton:
            b = QToolButton()
            b.setDefaultAction(action)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            return b

        top = QHBoxLayout()
        caption = QLabel(translate("views.accounts.page", "申請編號(&N)"))
        caption.setBuddy(self.number_field)
        top.addWidget(caption)
        top.addWidget(self.number_field)
        top.addWidget(self.number_message, 1)
        for action in (
            self.new_action,
            self.contact_action,
            self.import_action,
            self.matrix_action,
            self.refresh_action,
        ):
            top.addWidget(button(action))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        bulk = QHBoxLayout()
        bulk.addWidget(self.matching, 1)
        bulk.addWidget(button(self.bulk_approve_action))
        bulk.addWidget(button(self.bulk_reject_action))
        left_layout.addLayout(bulk)
        for action in (
            self.receive_action,
            self.approve_action,
            self.return_action,
            self.reject_action,
            self.answer_action,
            self.print_action,
        ):
            self.detail_pane.actions_row.addWidget(button(action))
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

    def initial_focus(self) -> QWidget | None:
        return self.number_field

    # --- loading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the queue, the count of what awaits and the open application."""
        super().refresh()
        f = self.filter_bar.current()
        self.filter_bar.mark_emitted(f)
        self.model.set_filter(f)
        self.context.runner.run(
            partial(_side_data, self.user, not self._counties_loaded),
            on_done=self._side_data_in,
            description=translate("views.accounts.page", "讀取待處理件數"),
        )
        if self.current is not None:
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
        self.matching.setText(translate("views.accounts.page", "符合條件 {n} 件").format(n=f"{self.model.total:,}"))
        self._select_current()

    # --- opening an application -------------------------------------------------------------------

    def focus_number(self) -> None:
        self.number_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.number_field.selectAll()

    def open_typed_number(self) -> None:
        text = self.number_field.text()
        if text.strip():
            self.open_number(text)

    def open_number(self, text: str) -> None:
        """Open the application with this number as typed or scanned (full-width and lower case are fine)."""
        self.context.runner.run(
            partial(_find_and_detail, self.user, text),
            on_done=self._number_found,
            on_error=self._number_refused,
            description=translate("views.accounts.page", "開啟申請"),
        )

    def _number_found(self, detail: ApplicationDetail) -> None:
        self.number_message.clear()
        self.number_field.clear()
        self._show(detail)

    def _number_refused(self, exc: UserError) -> None:
        self.number_message.setText(exc.message)
        self.number_field.selectAll()

    def open_row(self, row: int) -> None:
        application = self.model.row_at(row) if row >= 0 else None
        if application is not None and (self.current is None or self.current.row.id != application.id):
            self.open_application(application.id)

    def open_application(self, application_id: uuid.UUID, *, quiet: bool = False) -> None:
        self.context.runner.run(
            partial(_detail, self.user, application_id),
            on_done=self._show,
            on_error=(lambda exc: None) if quiet else None,
            description=translate("views.accounts.page", "開啟申請"),
        )

    def _show(self, detail: ApplicationDetail) -> None:
        self.current = detail
        self.detail_pane.show_detail(detail, can_decide=self.can_decide)
        self._update_actions()
        self._select_current()
        self.detail_shown.emit(detail.row.number)

    def _select_current(self) -> None:
        """Mark the open application in the queue when it is among the rows fetched (not re-opening it)."""
        row = self.model.row_of(self.current.row.id) if self.current is not None else None
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row is None:
            self.table.clearSelection()
        elif self.table.currentIndex().row() != row:
            self.table.selectRow(row)
        selection.blockSignals(False)

    def _update_actions(self) -> None:
        nxt = self.current.next_states if self.current else frozenset()
        decide = self.can_decide
        self.receive_action.setEnabled(decide and S.FAX_RECEIVED in nxt)
        self.approve_action.setEnabled(decide and S.APPROVED in nxt)
        self.return_action.setEnabled(decide and S.RETURNED in nxt)
        self.reject_action.setEnabled(decide and S.REJECTED in nxt)
        self.answer_action.setEnabled(S.PENDING_FAX in nxt and self.user.can(Permission.SUBMIT_APPLICATIONS))
        self.print_action.setEnabled(self.current is not None and self.current.row.subtype is not None)
        self.bulk_approve_action.setEnabled(decide)
        self.bulk_reject_action.setEnabled(decide)

    # --- decisions --------------------------------------------------------------------------------

    def _decide(self, fn: Any, description: str) -> None:
        """Run a decision on the open application with the version on screen; the bus refreshes the page."""
        assert self.current is not None
        user, app_id, version = self.user, self.current.row.id, self.current.row.version
        self.context.runner.run(
            lambda session: fn(session, user, app_id, version),
            on_done=self._decision_done,
            on_error=self._decision_refused,
            description=description,
        )

    def _decision_done(self, result: Transition | BulkDecision) -> None:
        done = result.transitions if isinstance(result, BulkDecision) else (result,)
        message = (
            done[0].message
            if len(done) == 1
            else translate("views.accounts.page", "已批次處理 {n} 件申請").format(n=len(done))
        )
        self.context.show_status(message)
        self.decided.emit(message)

    def _decision_refused(self, exc: UserError) -> None:
        self.context.runner.presenter(exc)
        if isinstance(exc, ConflictError) and self.current is not None:
            self.open_application(self.current.row.id, quiet=True)

    def receive_fax(self) -> None:
        if self.current is None or not self.receive_action.isEnabled():
            return
        dialog = ReceiveFaxDialog(self.current.row.number, self)

        def go() -> None:
            received_on, pages = dialog.received_on, dialog.pages.value()
            self._decide(
                lambda s, u, a, v: accounts.record_fax_received(s, u, a, received_on, pages, expected_version=v),
                translate("views.accounts.page", "收件"),
            )

        self._open_dialog(dialog, go)

    def approve(self) -> None:
        if self.current is None or not self.approve_action.isEnabled():
            return
        if self.detail_pane.all_checked():  # what is ticked on screen: its tasks run before this one
            self._decide(
                lambda s, u, a, v: accounts.approve(s, u, a, expected_version=v),
                translate("views.accounts.page", "核准"),
            )
            return
        dialog = ReasonDialog(
            translate("views.accounts.page", "核准：{number}").format(number=self.current.row.number),
            translate(
                "views.accounts.page", "傳真檢核尚未全部勾選。若仍要核准，請寫明略過檢核的理由（將記錄於處理紀錄）。"
            ),
            translate("views.accounts.page", "請填寫略過檢核的理由，或先完成檢核。"),
            translate("views.accounts.page", "仍要核准"),
            self,
        )
        self._open_dialog(
            dialog,
            lambda: self._decide(
                lambda s, u, a, v, why=dialog.reason: accounts.approve(
                    s, u, a, checklist_override=why, expected_version=v
                ),
                translate("views.accounts.page", "核准"),
            ),
        )

    def return_for_correction(self) -> None:
        if self.current is None or not self.return_action.isEnabled():
            return
        dialog = ReasonDialog(
            translate("views.accounts.page", "退件補正：{number}").format(number=self.current.row.number),
            translate(
                "views.accounts.page",
                "請寫明申請人需補正的項目（例：缺機關印信、主管未簽章）。申請人補正後會回到「待傳真」。",
            ),
            translate("views.accounts.page", "退件補正必須寫明缺少或需更正的項目。"),
            translate("views.accounts.page", "退件補正"),
            self,
        )
        self._open_dialog(
            dialog,
            lambda: self._decide(
                lambda s, u, a, v, why=dialog.reason: accounts.return_for_correction(s, u, a, why, expected_version=v),
                translate("views.accounts.page", "退件補正"),
            ),
        )

    def reject(self) -> None:
        if self.current is None or not self.reject_action.isEnabled():
            return
        dialog = ReasonDialog(
            translate("views.accounts.page", "駁回：{number}").format(number=self.current.row.number),
            translate("views.accounts.page", "駁回後此申請即結案，不能再核准；申請人須重新申請。請寫明駁回原因。"),
            translate("views.accounts.page", "駁回必須填寫原因。"),
            translate("views.accounts.page", "駁回"),
            self,
        )
        self._open_dialog(
            dialog,
            lambda: self._decide(
                lambda s, u, a, v, why=dialog.reason: accounts.reject(s, u, a, why, expected_version=v),
                translate("views.accounts.page", "駁回"),
            ),
        )

    def answer_return(self) -> None:
        """The applicant's answer to a return, keyed in from paper: what was supplied; back to 待傳真."""
        if self.current is None or not self.answer_action.isEnabled():
            return
        dialog = ReasonDialog(
            translate("views.accounts.page", "補正回覆：{number}").format(number=self.current.row.number),
            translate(
                "views.accounts.page",
                "退件原因：{reason}\n請寫明申請人已補正的內容；申請回到「待傳真」，等候重新傳真。",
            ).format(reason=self.current.decision_reason or "—"),
            translate("views.accounts.page", "補正回覆必須寫明已補正的內容。"),
            translate("views.accounts.page", "送出補正"),
            self,
        )
        self._open_dialog(
            dialog,
            lambda: self._decide(
                lambda s, u, a, v, what=dialog.reason: accounts.answer_return(s, u, a, what, expected_version=v),
                translate("views.accounts.page", "補正回覆"),
            ),
        )

    def toggle_check(self, item: FaxCheckItem, ticked: bool) -> None:
        if self.current is None:
            return
        user, app_id = self.user, self.current.row.id

        def undo(exc: UserError) -> None:
            self.detail_pane.set_check(item, not ticked)
            self.context.runner.presenter(exc)

        self.context.runner.run(
            lambda session: accounts.set_fax_check(session, user, app_id, item, ticked),
            on_done=lambda _c: None,
            on_error=undo,
            description=translate("views.accounts.page", "傳真檢核"),
        )

    def selected_rows(self) -> list[Any]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.row_at(i) for i in rows) if r is not None]

    def _bulk(self, to: ApplicationState, verb: str) -> None:
        rows = self.selected_rows()
        if not rows:
            self.context.runner.presenter(
                UserError(
                    translate(
                        "views.accounts.page", "請先在清單中選取要{verb}的申請（Shift 或 Ctrl 加方向鍵可多選）。"
                    ).format(verb=verb)
                )
            )
            return
        dialog = BulkDecisionDialog(rows, verb, needs_reason=to is S.REJECTED, parent=self)

        def go() -> None:
            user, targets, reason = self.user, [BulkTarget(r.id, r.version) for r in rows], dialog.reason
            self.context.runner.run(
                lambda session: accounts.decide_many(session, user, targets, to, reason=reason),
                on_done=self._decision_done,
                on_error=self._decision_refused,
                description=translate("views.accounts.page", "批次{verb}").format(verb=verb),
            )

        self._open_dialog(dialog, go)

    def bulk_approve(self) -> None:
        self._bulk(S.APPROVED, translate("views.accounts.page", "核准"))

    def bulk_reject(self) -> None:
        self._bulk(S.REJECTED, translate("views.accounts.page", "駁回"))

    def _open_dialog(self, dialog: Any, on_accept: Any) -> None:
        """Open a dialog without a nested event loop; ``on_accept`` runs when it is confirmed."""
        self.active_dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _r: setattr(self, "active_dialog", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.activateWindow()  # typing goes to the dialog, not to the page's shortcuts behind it

    # --- printing ---------------------------------------------------------------------------------

    def print_form(self) -> None:
        if self.current is None or not self.print_action.isEnabled():
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("views.accounts.page", "儲存申請表 PDF"),
            f"{self.current.row.number}.pdf",
            translate("views.accounts.page", "PDF 檔 (*.pdf)"),
        )
        if path:
            self.save_form_to(Path(path))

    def save_form_to(self, path: Path) -> None:
        """Write the open application's fax form (業務帳號申請表 or 承辦人異動申請表) to ``path``."""
        assert self.current is not None
        user, app_id, number = self.user, self.current.row.id, self.current.row.number
        self.context.runner.run(
            partial(_write_form, user, app_id, path),
            on_done=lambda title: self.context.show_status(
                translate("views.accounts.page", "已儲存{title} {number}：{path}").format(
                    title=title, number=number, path=path
                )
            ),
            description=translate("views.accounts.page", "產生申請表"),
        )
