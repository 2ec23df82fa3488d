"""稽核紀錄: read, filter and verify the hash-chained audit log.

The filter bar (實體, 操作者, 來源, 日期起訖 in ROC, 關鍵字) is applied in SQL; the table fetches rows a
page at a time; the pane below shows the selected entry's old → new values. 「驗證稽核鏈」 recomputes the
chain on the worker and names the first altered, missing or truncated entry.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services import audit
from ntip_desktop.services.audit import AuditFilter, ChainReport
from ntip_desktop.services.audit_export import ExportedAudit, export_audit_xlsx
from ntip_desktop.services.audit_words import action_label, change_lines, entity_label, source_label, subject
from ntip_desktop.services.lookups import audit_entity_kinds
from ntip_desktop.services.rules.rocdate import TAIWAN, parse_date, roc_moment
from ntip_desktop.views.audit.model import AuditTableModel
from ntip_desktop.views.pages.base import Page, PageContext
from ntip_desktop.views.tasks import Cancelled
from ntip_desktop.views.widgets.file_dialogs import ask_save_path
from ntip_desktop.vocabulary import AuditSource


def _verify(user: Any, session: Any) -> ChainReport:
    return audit.verify(session, user)


class AuditPage(Page):
    watches = ("audit",)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = AuditTableModel(context.runner, context.user, self)
        self.model.loaded.connect(self._loaded)
        self.model.dataChanged.connect(self._loaded)  # a later page arrived
        self.model.failed.connect(self._show_problem)
        self._build_filter_bar()

        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 110, 80, 220, 100, 340)):
            header.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selected)

        self.detail_title = QLabel(translate("views.audit.page", "請在上方選一筆紀錄，這裡會顯示它的原值與新值。"))
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QTableWidget(0, 3)
        self.detail.setObjectName("auditDetail")
        self.detail.setHorizontalHeaderLabels(
            [
                translate("views.audit.page", "欄位"),
                translate("views.audit.page", "原值"),
                translate("views.audit.page", "新值"),
            ]
        )
        self.detail.verticalHeader().setVisible(False)
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.horizontalHeader().setStretchLastSection(True)
        self.detail.horizontalHeader().resizeSection(0, 160)
        self.detail.horizontalHeader().resizeSection(1, 260)
        self.detail_reason = QLabel()
        self.detail_reason.setWordWrap(True)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail, 1)
        detail_layout.addWidget(self.detail_reason)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        self.verify_button = QPushButton(translate("views.audit.page", "驗證稽核鏈"))
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.setToolTip(
            translate("views.audit.page", "重新計算每一筆紀錄的雜湊值，找出遭竄改或刪除的紀錄")
        )
        self.verify_button.clicked.connect(self.verify)
        self.verify_result = QLabel()
        self.verify_result.setObjectName("verifyResult")
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.verify_result, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.keyword.setFocus)

    def _build_filter_bar(self) -> None:
        self.entity = QComboBox()
        self.entity.addItem(translate("views.audit.page", "全部"), "")
        self.actor = QLineEdit()
        self.actor.setPlaceholderText(translate("views.audit.page", "姓名的一部分"))
        self.source = QComboBox()
        self.source.addItem(translate("views.audit.page", "全部"), "")
        for source in AuditSource:
            self.source.addItem(source_label(source.value), source.value)
        self.since = QLineEdit()
        self.since.setPlaceholderText(translate("views.audit.page", "例：115/1/1"))
        self.until = QLineEdit()
        self.until.setPlaceholderText(translate("views.audit.page", "例：115/12/31"))
        self.keyword = QLineEdit()
        self.keyword.setPlaceholderText(translate("views.audit.page", "申請編號、帳號、課程代碼、姓名或原因"))
        self.keyword.setToolTip(
            translate(
                "views.audit.page",
                "找出與此有關的紀錄：申請編號、登入帳號、課程代碼、證明編號、教師或承辦人姓名、操作者，或原因中的文字。",
            )
        )
        self.apply_button = QPushButton(translate("views.audit.page", "查詢"))
        self.apply_button.clicked.connect(self.apply_filter)
        self.clear_button = QPushButton(translate("views.audit.page", "清除條件"))
        self.clear_button.clicked.connect(self.clear_filter)
        self.export_button = QPushButton(translate("views.audit.page", "匯出 XLSX(&E)…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(translate("views.audit.page", "將符合條件的紀錄匯出為 Excel 活頁簿"))
        self.export_button.clicked.connect(self.export)
        for edit in (self.actor, self.since, self.until, self.keyword):
            edit.returnPressed.connect(self.apply_filter)
        self.entity.activated.connect(self.apply_filter)
        self.source.activated.connect(self.apply_filter)
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        self.filter_problem = QLabel()
        self.filter_problem.setObjectName("filterProblem")
        self.filter_problem.setStyleSheet("color: #b00020;")
        self.filter_problem.hide()

        grid = QGridLayout()
        fields = [
            (translate("views.audit.page", "實體"), self.entity),
            (translate("views.audit.page", "操作者"), self.actor),
            (translate("views.audit.page", "來源"), self.source),
            (translate("views.audit.page", "日期起"), self.since),
            (translate("views.audit.page", "日期迄"), self.until),
            (translate("views.audit.page", "關鍵字"), self.keyword),
        ]
        for i, (text, widget) in enumerate(fields):
            caption = QLabel(text)
            caption.setBuddy(widget)
            grid.addWidget(caption, i // 3, (i % 3) * 2)
            grid.addWidget(widget, i // 3, (i % 3) * 2 + 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignRight)
        self.filter_bar = QVBoxLayout()
        self.filter_bar.addLayout(grid)
        self.filter_bar.addLayout(buttons)
        self.filter_bar.addWidget(self.filter_problem)

    # --- loading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        # The kinds first: the one worker answers in order, so the chooser is filled when the rows arrive.
        self.context.runner.run(
            partial(audit_entity_kinds, user=self.user),
            on_done=self._entity_kinds,
            description=translate("views.audit.page", "讀取稽核紀錄"),
        )
        self.apply_filter()

    def _entity_kinds(self, kinds: list[str]) -> None:
        current = self.entity.currentData()
        self.entity.clear()
        self.entity.addItem(translate("views.audit.page", "全部"), "")
        for code in kinds:
            self.entity.addItem(entity_label(code), code)
        self.entity.setCurrentIndex(max(0, self.entity.findData(current)))

    def current_filter(self) -> AuditFilter:
        """The filter the bar describes; a date that cannot be read raises UserError naming its field."""
        since = parse_date(self.since.text(), field="since") if self.since.text().strip() else None
        until = parse_date(self.until.text(), field="until") if self.until.text().strip() else None
        if since and until and until < since:
            raise UserError(translate("views.audit.page", "迄日早於起日。"), field="until")
        return AuditFilter(
            entity=self.entity.currentData() or None,
            actor=self.actor.text().strip() or None,
            source=self.source.currentData() or None,
            since=datetime.combine(since, time(0), tzinfo=TAIWAN) if since else None,
            until=datetime.combine(until + timedelta(days=1), time(0), tzinfo=TAIWAN) if until else None,
            text=self.keyword.text().strip() or None,
        )

    def apply_filter(self) -> None:
        try:
            f = self.current_filter()
        except UserError as exc:
            self._show_problem(exc.message)
            (self.until if exc.field == "until" else self.since).setFocus()
            return
        self.filter_problem.hide()
        self.count_label.setText(translate("views.audit.page", "讀取中…"))
        self._show_entry(None)
        self.model.set_query(f)

    def clear_filter(self) -> None:
        for edit in (self.actor, self.since, self.until, self.keyword):
            edit.clear()
        self.entity.setCurrentIndex(0)
        self.source.setCurrentIndex(0)
        self.apply_filter()

    def _loaded(self, *_: object) -> None:
        self.count_label.setText(
            translate("views.audit.page", "共 {total:,} 筆（已載入 {shown:,} 筆）").format(
                total=self.model.total, shown=self.model.loaded_count
            )
        )

    def _show_problem(self, message: str) -> None:
        self.filter_problem.setText(message)
        self.filter_problem.show()
        self.count_label.setText("")

    def describe_filter(self) -> str:
        """The filter in words, for the top of an export: 「實體：帳號申請；關鍵字：B1150000409」."""
        parts = [
            (
                translate("views.audit.page", "實體"),
                self.entity.currentText() if self.entity.currentIndex() > 0 else "",
            ),
            (translate("views.audit.page", "操作者"), self.actor.text().strip()),
            (
                translate("views.audit.page", "來源"),
                self.source.currentText() if self.source.currentIndex() > 0 else "",
            ),
            (translate("views.audit.page", "日期起"), self.since.text().strip()),
            (translate("views.audit.page", "日期迄"), self.until.text().strip()),
            (translate("views.audit.page", "關鍵字"), self.keyword.text().strip()),
        ]
        return "；".join(f"{name}：{value}" for name, value in parts if value)

    # --- exporting --------------------------------------------------------------------------------

    def export(self) -> None:
        path = ask_save_path(
            self,
            translate("views.audit.page", "匯出稽核紀錄"),
            translate("views.audit.page", "稽核紀錄.xlsx"),
            translate("views.audit.page", "Excel 活頁簿 (*.xlsx)"),
        )
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the entries the filter shows to ``path`` (XLSX), as a long job."""
        try:
            f = self.current_filter()
        except UserError as exc:
            self._show_problem(exc.message)
            return
        user, heading = self.user, self.describe_filter()

        def job(session: Any, progress: Any, cancelled: Any) -> ExportedAudit:
            def step(done: int, total: int, text: str) -> None:
                if cancelled():
                    raise Cancelled()
                progress(done, total, text)

            return export_audit_xlsx(session, user, f, path, heading=heading, progress=step)

        self.context.runner.run_long(
            job,
            on_done=lambda result: self.context.show_status(result.message),
            description=translate("views.audit.page", "匯出稽核紀錄"),
            parent=self,
        )

    # --- detail -----------------------------------------------------------------------------------

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show_entry(rows[0].row() if rows else None)

    def _show_entry(self, row: int | None) -> None:
        if row is None:
            self.detail_title.setText(translate("views.audit.page", "請在上方選一筆紀錄，這裡會顯示它的原值與新值。"))
            self.detail.setRowCount(0)
            self.detail_reason.setText("")
            return
        e = self.model.entry(row)
        if e is None:  # its page is on its way
            self.detail_title.setText(translate("views.audit.page", "讀取中…"))
            self.detail.setRowCount(0)
            self.detail_reason.setText("")
            return
        self.detail_title.setText(
            translate("views.audit.page", "序號 {seq}｜{at}｜{actor}（{source}）｜{subject}｜{action}").format(
                seq=e.seq,
                at=roc_moment(e.at),
                actor=e.actor_name,
                source=source_label(e.source),
                subject=subject(e),
                action=action_label(e.action),
            )
        )
        self.detail_title.setToolTip(e.entity_id)  # the id as stored, for whoever must find the row
        lines = change_lines(e)
        self.detail.setRowCount(len(lines))
        for i, values in enumerate(lines):
            for j, value in enumerate(values):
                self.detail.setItem(i, j, QTableWidgetItem(value))
        self.detail_reason.setText(translate("views.audit.page", "原因：{reason}").format(reason=e.reason or "—"))

    # --- verification -----------------------------------------------------------------------------

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.verify_result.setStyleSheet("")
        self.verify_result.setText(translate("views.audit.page", "驗證中…"))
        self.context.runner.run(
            partial(_verify, self.user),
            on_done=self._verified,
            on_error=self._verify_failed,
            description=translate("views.audit.page", "驗證稽核鏈"),
        )

    def _verified(self, report: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        if report.ok:
            self.verify_result.setStyleSheet("color: #1b5e20;")
            summary = translate("views.audit.page", "稽核紀錄完整：共 {n:,} 筆，雜湊鏈驗證無誤。").format(
                n=report.entries
            )
            self.verify_result.setText("\n".join([summary, *report.notes()]))
            self.context.show_status(summary)
            return
        problem = report.explanation()
        self.verify_result.setStyleSheet("color: #b00020; font-weight: bold;")
        self.verify_result.setText(
            translate(
                "views.audit.page", "稽核紀錄有誤：{problem}。請保留此資料庫（勿再修改）並通知系統管理者。"
            ).format(problem=problem)
        )

    def _verify_failed(self, exc: UserError) -> None:
        self.verify_button.setEnabled(True)
        self.verify_result.setStyleSheet("color: #b00020;")
        self.verify_result.setText(exc.message)

    def initial_focus(self) -> QWidget | None:
        return self.keyword
