"""月報傳報: report packages between a school's computer and its district office, and the back-end months.

Two tabs. 「傳報檔」: a school coordinator exports a month (or a range) of the school's courses, rosters
and attendance as one signed file (Ctrl+E) and can show this computer's public line for the office to
register, and applies the office's newer starter file (「套用區管中心設定檔…」: the office's decisions
and the courses it entered come back to the school computer); a district clerk makes a new school computer's signed starter file (學校設定檔, showing the office
key's fingerprint), registers a school's computer once, opens a file (Ctrl+O) to see whether it
verifies and what importing would do (new, changed, unchanged, conflicting, deleted, locked, per table; every
conflict with both values), and imports it all or nothing (Ctrl+Shift+I). 「傳報月份」: the back-end
counties' months (:mod:`ntip_desktop.views.widgets.report_months`). The services check who may do what;
the page only hides what a role never does. docs/packages.md describes the file.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.changes import Changes
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ntip_desktop.services.audit_words import field_label, value_text
from ntip_desktop.services.packages import Exported, Imported, Period, StarterExported, StarterRefresh
from ntip_desktop.services.rules.rocdate import local_today
from ntip_desktop.views.operations import reports as ops
from ntip_desktop.views.pages.base import Page, PageContext
from ntip_desktop.views.reports.dialogs import StarterDialog, TrustDialog
from ntip_desktop.views.widgets.dialogs import ERROR_STYLE
from ntip_desktop.views.widgets.file_dialogs import ask_open_path, ask_save_path
from ntip_desktop.views.widgets.report_months import MonthsPanel
from ntip_desktop.views.widgets.text_table import TextTableModel
from ntip_desktop.vocabulary import Role

CONTEXT = "views.reports.page"
#: How many months back the month choosers reach.
MONTHS_BACK = 24
#: The package's tables: name → (what a person calls it, the audit log's entity for its field names).
TABLES = {
    "courses": (QT_TRANSLATE_NOOP("views.reports.page", "課程"), "course"),
    "segments": (QT_TRANSLATE_NOOP("views.reports.page", "課程時段"), "segment"),
    "enrollments": (QT_TRANSLATE_NOOP("views.reports.page", "報名"), "enrollment"),
    "attendance": (QT_TRANSLATE_NOOP("views.reports.page", "出缺席"), "absence"),
}
COUNT_HEADERS = (
    QT_TRANSLATE_NOOP("views.reports.page", "資料"),
    QT_TRANSLATE_NOOP("views.reports.page", "新增"),
    QT_TRANSLATE_NOOP("views.reports.page", "變更"),
    QT_TRANSLATE_NOOP("views.reports.page", "未變"),
    QT_TRANSLATE_NOOP("views.reports.page", "衝突"),
    QT_TRANSLATE_NOOP("views.reports.page", "刪除"),
    QT_TRANSLATE_NOOP("views.reports.page", "鎖定月份"),
)
CONFLICT_HEADERS = (
    QT_TRANSLATE_NOOP("views.reports.page", "資料"),
    QT_TRANSLATE_NOOP("views.reports.page", "哪一筆"),
    QT_TRANSLATE_NOOP("views.reports.page", "欄位"),
    QT_TRANSLATE_NOOP("views.reports.page", "本處的值（保留）"),
    QT_TRANSLATE_NOOP("views.reports.page", "傳報檔的值"),
    QT_TRANSLATE_NOOP("views.reports.page", "原因"),
)
FILTERS = QT_TRANSLATE_NOOP("views.reports.page", "傳報檔 (*.zip)")
STARTER_FILTERS = QT_TRANSLATE_NOOP("views.reports.page", "學校設定檔 (*.zip)")


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


def recent_months(today: date, back: int = MONTHS_BACK) -> list[tuple[int, int]]:
    """This month and the ``back - 1`` before it, newest first, as (year, month)."""
    year, month = today.year, today.month
    months = []
    for _ in range(back):
        months.append((year, month))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months


def month_text(year: int, month: int) -> str:
    return translate("views.reports.page", "{year}年{month}月").format(year=year - 1911, month=month)


def _table(name: str, headers: tuple[str, ...], parent: QWidget) -> tuple[QTableView, TextTableModel]:
    model = TextTableModel([_tr(h) for h in headers], parent)
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view, model


class ReportsPage(Page):
    """傳報檔 (export, open, import, register a school's computer) and 傳報月份."""

    watches = ("reports", "courses")

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.opened: ops.Opened | None = None
        self.last_export: Exported | None = None
        self.last_import: Imported | None = None
        self.last_starter: StarterExported | None = None
        self.last_refresh: StarterRefresh | None = None
        self.active_dialog: QDialog | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        self.tabs.addTab(self._packages_tab(), translate("views.reports.page", "傳報檔"))
        self.months_panel = MonthsPanel(context.runner, self.user, self)
        self.tabs.addTab(self.months_panel, translate("views.reports.page", "傳報月份"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export_package)
        QShortcut(QKeySequence("Ctrl+O"), self, self.open_package)
        QShortcut(QKeySequence("Ctrl+Shift+I"), self, self.import_package)

    # --- building ---------------------------------------------------------------------------------------

    @property
    def imports(self) -> bool:
        """Whether this role takes packages in (district clerks and the administrator)."""
        return self.user.role in (Role.DISTRICT_CLERK, Role.ADMIN)

    def _packages_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self._export_box())
        self.import_box = self._import_box()
        layout.addWidget(self.import_box, 1)
        self.import_box.setVisible(self.imports)
        if not self.imports:
            layout.addStretch(1)
        return tab

    def _export_box(self) -> QGroupBox:
        box = QGroupBox(translate("views.reports.page", "匯出傳報檔（學校電腦 → 區管中心）"))
        intro = QLabel(
            translate(
                "views.reports.page",
                "將本校一個月（或連續幾個月）開始的研習課程，連同時段、名冊與出缺席，匯出成一個經本機金鑰簽章的"
                "傳報檔，交給所屬區管中心匯入。檔內另附全國系統後端格式（課程清單與每檔至多 255 人的時數名單）。",
            )
        )
        intro.setWordWrap(True)
        self.org_field = QLineEdit()
        self.org_field.setObjectName("exportOrg")
        self.org_field.setPlaceholderText(translate("views.reports.page", "機關代碼"))
        self.org_field.setMaximumWidth(160)
        self.first_month = QComboBox()
        self.first_month.setObjectName("firstMonth")
        self.last_month = QComboBox()
        self.last_month.setObjectName("lastMonth")
        months = recent_months(local_today())
        for combo in (self.first_month, self.last_month):
            for year, month in months:
                combo.addItem(month_text(year, month), year * 100 + month)
            combo.setCurrentIndex(1)  # last month: what is reported by the 5th
        self.export_button = QPushButton(translate("views.reports.page", "匯出傳報檔(&E)…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip("Ctrl+E")
        self.export_button.clicked.connect(self.export_package)
        self.identity_button = QPushButton(translate("views.reports.page", "本機公開金鑰(&K)…"))
        self.identity_button.setObjectName("identityButton")
        self.identity_button.clicked.connect(self.show_identity)
        self.refresh_button = QPushButton(translate("views.reports.page", "套用區管中心設定檔(&A)…"))
        self.refresh_button.setObjectName("refreshStarterButton")
        self.refresh_button.setToolTip(
            translate(
                "views.reports.page",
                "以區管中心寄來的新學校設定檔更新本機：課程的審核結果與區管中心建立的課程；本校自己的資料不變。",
            )
        )
        self.refresh_button.clicked.connect(self.refresh_from_starter)
        self.refresh_button.setVisible(self.user.role is Role.SCHOOL_COORDINATOR)
        self.export_status = QLabel()
        self.export_status.setObjectName("exportStatus")
        self.export_status.setWordWrap(True)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        org_label = QLabel(translate("views.reports.page", "機關代碼(&R)"))
        org_label.setBuddy(self.org_field)
        row.addWidget(org_label)
        row.addWidget(self.org_field)
        row.addWidget(QLabel(translate("views.reports.page", "從")))
        row.addWidget(self.first_month)
        row.addWidget(QLabel(translate("views.reports.page", "到")))
        row.addWidget(self.last_month)
        row.addWidget(self.export_button)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.identity_button)
        layout = QVBoxLayout(box)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.export_status)
        if not self.imports:
            steps = QLabel(
                translate(
                    "views.reports.page",
                    "做法：① 第一次使用時按「本機公開金鑰…」，把顯示的一行交給所屬區管中心登錄（每部電腦一次）。"
                    "② 每月 5 日前選上個月，按「匯出傳報檔…」存檔。③ 將檔案以電子郵件或隨身碟交給區管中心；"
                    "區管中心檢查簽章後匯入，同一檔案匯入兩次不會重複。已確認的月份鎖定，之後的修改須依公文開啟更正。"
                    "④ 課程核准後，區管中心會寄來新的學校設定檔：按「套用區管中心設定檔…」，本機的課程即顯示核准，"
                    "可登錄名冊與出缺席。",
                )
            )
            steps.setObjectName("exportSteps")
            steps.setWordWrap(True)
            layout.addWidget(steps)
        return box

    def _import_box(self) -> QGroupBox:
        box = QGroupBox(translate("views.reports.page", "匯入傳報檔（區管中心）"))
        self.open_button = QPushButton(translate("views.reports.page", "開啟傳報檔(&O)…"))
        self.open_button.setObjectName("openButton")
        self.open_button.setToolTip("Ctrl+O")
        self.open_button.clicked.connect(self.open_package)
        self.import_button = QPushButton(translate("views.reports.page", "匯入(&I)"))
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip("Ctrl+Shift+I")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_package)
        self.trust_button = QPushButton(translate("views.reports.page", "登錄學校電腦(&T)…"))
        self.trust_button.setObjectName("trustButton")
        self.trust_button.clicked.connect(self.register_computer)
        self.starter_button = QPushButton(translate("views.reports.page", "製作學校設定檔(&M)…"))
        self.starter_button.setObjectName("starterButton")
        self.starter_button.clicked.connect(self.make_starter)
        self.summary = QLabel(
            translate("views.reports.page", "請開啟學校交來的傳報檔：先檢查簽章與內容，確認後再匯入。")
        )
        self.summary.setObjectName("packageSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts_view, self.counts = _table("packageCounts", COUNT_HEADERS, self)
        self.counts_view.setMaximumHeight(150)
        self.counts_view.horizontalHeader().setStretchLastSection(False)
        self.conflicts_label = QLabel()
        self.conflicts_label.setObjectName("conflictsLabel")
        self.conflicts_view, self.conflicts = _table("packageConflicts", CONFLICT_HEADERS, self)
        self.conflicts_view.setWordWrap(True)
        header = self.conflicts_view.horizontalHeader()
        for column, width in ((1, 240), (3, 250), (4, 250)):  # long values wrap, the reason gets the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        bar = QHBoxLayout()
        bar.addWidget(self.open_button)
        bar.addWidget(self.import_button)
        bar.addStretch(1)
        bar.addWidget(self.starter_button)
        bar.addWidget(self.trust_button)
        layout = QVBoxLayout(box)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.counts_view)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts_view, 1)
        return box

    # --- the Page API -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        if self.user.role is Role.SCHOOL_COORDINATOR and not self.org_field.text():
            self.run_operation(ops.own_organization(self.user), on_done=self._own_organization)
        self.months_panel.refresh()

    def _own_organization(self, found: tuple[str, str] | None) -> None:
        """A coordinator exports their own organisation only: its code is filled in and fixed."""
        if found is None:
            return
        code, name = found
        self.org_field.setText(code)
        self.org_field.setReadOnly(True)
        self.org_field.setToolTip(name)

    def initial_focus(self) -> QWidget | None:
        return self.open_button if self.imports else self.export_button

    # --- export -------------------------------------------------------------------------------------------

    def chosen_months(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """The first and last month chosen, as (year, month)."""
        first, last = int(self.first_month.currentData()), int(self.last_month.currentData())
        return divmod(first, 100), divmod(last, 100)

    def period(self) -> Period:
        first, last = self.chosen_months()
        if last < first:
            raise UserError(
                translate("views.reports.page", "「到」的月份早於「從」的月份。"),
                field=translate("views.reports.page", "月份"),
            )
        return Period(first, last)

    def suggested_name(self) -> str:
        first, last = self.chosen_months()
        span = f"{first[0] - 1911}{first[1]:02d}"
        if last != first:
            span += f"-{last[0] - 1911}{last[1]:02d}"
        return translate("views.reports.page", "傳報檔-{org}-{span}.zip").format(
            org=self.org_field.text().strip() or "", span=span
        )

    def export_package(self) -> None:
        if not self.org_field.text().strip():
            self._export_refused(
                UserError(
                    translate("views.reports.page", "請輸入機關代碼。"),
                    field=translate("views.reports.page", "機關代碼"),
                )
            )
            self.org_field.setFocus()
            return
        try:
            self.period()
        except UserError as exc:
            self._export_refused(exc)
            return
        path = ask_save_path(self, translate("views.reports.page", "匯出傳報檔"), self.suggested_name(), _tr(FILTERS))
        if path is not None:
            self.export_package_to(path)

    def export_package_to(self, path: Path) -> None:
        """Export the chosen organisation and months to ``path``, as a long job (Cancel writes nothing)."""
        try:
            period = self.period()
        except UserError as exc:
            self._export_refused(exc)
            return
        self.export_status.setStyleSheet("")
        self.export_status.setText(translate("views.reports.page", "匯出中…"))
        self.context.runner.run_long(
            ops.export_job(self.user, self.org_field.text().strip(), period, path),
            on_done=self._exported,
            on_error=self._export_refused,
            on_cancelled=self._export_refused,
            description=translate("views.reports.page", "匯出傳報檔"),
            parent=self,
        )

    def _exported(self, done: Exported) -> None:
        self.last_export = done
        message = ops.exported_message(done)
        self.export_status.setStyleSheet("")
        self.export_status.setText(message)
        self.context.show_status(message)

    def _export_refused(self, exc: UserError) -> None:
        self.export_status.setStyleSheet(ERROR_STYLE)
        where = f"{exc.field}：" if exc.field and not exc.field.startswith("-") else ""
        self.export_status.setText(where + exc.message)

    def show_identity(self) -> None:
        """This computer's public line, to hand to the district office (selectable, with a copy button)."""
        try:
            line = ops.installation_line()
        except UserError as exc:
            self._export_refused(exc)
            return
        box = QMessageBox(self)
        box.setObjectName("identityBox")
        box.setWindowTitle(translate("views.reports.page", "本機公開金鑰"))
        box.setText(
            translate(
                "views.reports.page",
                "請將下面這一行交給所屬區管中心登錄（每部電腦一次）。它不是密碼，可以用電子郵件寄送。",
            )
        )
        box.setInformativeText(line)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        copy = box.addButton(translate("views.reports.page", "複製(&C)"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(line))
        self.active_dialog = box
        box.open()

    def refresh_from_starter(self) -> None:
        """The coordinator picks the office's newer starter file; it is applied in the background."""
        if self.user.role is not Role.SCHOOL_COORDINATOR:
            return
        path = ask_open_path(self, translate("views.reports.page", "套用區管中心設定檔"), _tr(STARTER_FILTERS))
        if path is not None:
            self.refresh_from_starter_at(path)

    def refresh_from_starter_at(self, path: Path) -> None:
        """Apply the starter file at ``path`` (all or nothing); what changed is shown in a message."""
        self.export_status.setStyleSheet("")
        self.export_status.setText(translate("views.reports.page", "套用 {path}…").format(path=path))
        self.run_operation(
            ops.refresh_from_starter(self.user, path), on_done=self._refreshed, on_error=self._export_refused
        )

    def _refreshed(self, done: StarterRefresh) -> None:
        self.last_refresh = done
        message = ops.refreshed_message(done)
        self.export_status.setStyleSheet("")
        self.export_status.setText(message)
        box = QMessageBox(self)
        box.setObjectName("refreshBox")
        box.setWindowTitle(translate("views.reports.page", "套用區管中心設定檔"))
        box.setText(message)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addButton(QMessageBox.StandardButton.Close)
        self.active_dialog = box
        box.open()

    # --- import -------------------------------------------------------------------------------------------

    def open_package(self) -> None:
        if not self.imports:
            return
        path = ask_open_path(self, translate("views.reports.page", "開啟傳報檔"), _tr(FILTERS))
        if path is not None:
            self.open_package_at(path)

    def open_package_at(self, path: Path) -> None:
        """Verify the file and preview its import (nothing is written)."""
        self.opened = None
        self.import_button.setEnabled(False)
        self.summary.setStyleSheet("")
        self.summary.setText(translate("views.reports.page", "檢查 {path}…").format(path=path))
        self.counts.set_rows([])
        self.conflicts.set_rows([])
        self.conflicts_label.setText("")
        self.run_operation(ops.open_package(self.user, path), on_done=self._show_opened, on_error=self._open_refused)

    def _open_refused(self, exc: UserError) -> None:
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(exc.message)

    def _show_opened(self, opened: ops.Opened) -> None:
        self.opened = opened
        v, preview = opened.verification, opened.preview
        lines = [
            translate("views.reports.page", "檔案：{path}").format(path=opened.path),
            translate("views.reports.page", "單位：{name}（{code}）　期間：{first} 至 {last}").format(
                name=v.organization_name or "—", code=v.organization_code or "—", first=v.period[0], last=v.period[1]
            ),
            translate("views.reports.page", "匯出的電腦：{id}（{trust}）").format(
                id=v.installation_id or "—",
                trust=translate("views.reports.page", "已登錄")
                if v.trusted
                else translate("views.reports.page", "尚未登錄"),
            ),
        ]
        if not v.ok:
            lines.append(translate("views.reports.page", "不能匯入：") + "；".join(v.problems))
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText("\n".join(lines))
            return
        assert preview is not None
        if preview.already_applied:
            lines.append(translate("views.reports.page", "此檔案先前已匯入；再匯入一次不會有任何變更。"))
        if preview.locked_months:
            lines.append(
                translate(
                    "views.reports.page",
                    "有新增、變更或刪除的資料落在已確認（鎖定）的月份：{months}。請先依公文開啟更正（「傳報月份」分頁）再匯入。",
                ).format(months="、".join(preview.locked_months))
            )
        if preview.new_teachers:
            lines.append(
                translate("views.reports.page", "將新增 {n} 位本處尚無資料的教師。").format(n=preview.new_teachers)
            )
        lines.append(
            translate(
                "views.reports.page",
                "簽章與內容檢查無誤：新增 {new} 筆、變更 {changed} 筆、未變 {same} 筆、衝突 {conflicts} 筆、"
                "刪除（學校已刪除）{deleted} 筆。",
            ).format(
                new=preview.total("new"),
                changed=preview.total("changed"),
                same=preview.total("unchanged"),
                conflicts=preview.total("conflicting"),
                deleted=preview.total("deleted"),
            )
        )
        self.summary.setStyleSheet(ERROR_STYLE if preview.locked_months else "")
        self.summary.setText("\n".join(lines))
        self.counts.set_rows(
            [
                (
                    _tr(TABLES[t.table][0]) if t.table in TABLES else t.table,
                    str(t.new),
                    str(t.changed),
                    str(t.unchanged),
                    str(t.conflicting),
                    str(t.deleted),
                    str(t.locked),
                )
                for t in preview.tables
            ]
        )
        self.conflicts.set_rows([self._conflict_row(c) for c in preview.conflicts])
        self.conflicts_view.resizeRowsToContents()
        self.conflicts_label.setText(
            translate(
                "views.reports.page",
                "衝突 {n} 筆：雙方都改過的資料不會被覆蓋，匯入後保留本處的值；如需採用學校的值，請在本處修改。",
            ).format(n=len(preview.conflicts))
            if preview.conflicts
            else translate("views.reports.page", "沒有衝突。")
        )
        self.import_button.setEnabled(not preview.locked_months and not preview.already_applied)

    @staticmethod
    def _conflict_row(c: Any) -> tuple[str, ...]:
        table, entity = TABLES.get(c.table, (c.table, c.table))
        return (
            _tr(table),
            c.label,
            field_label(entity, c.field),
            value_text(entity, c.field, c.office),
            value_text(entity, c.field, c.package),
            c.reason,
        )

    def import_package(self) -> None:
        """Import the opened file (after a confirmation), as a long job: all or nothing."""
        opened = self.opened
        if opened is None or opened.preview is None or not self.import_button.isEnabled():
            return
        preview = opened.preview
        question = translate(
            "views.reports.page",
            "匯入 {name} {first} 至 {last} 的傳報檔：新增 {new} 筆、變更 {changed} 筆、刪除 {deleted} 筆？",
        ).format(
            name=preview.organization_name,
            first=preview.period[0],
            last=preview.period[1],
            new=preview.total("new"),
            changed=preview.total("changed"),
            deleted=preview.total("deleted"),
        )
        if preview.conflicts:
            question += "\n" + translate("views.reports.page", "{n} 筆衝突保留本處的值。").format(
                n=len(preview.conflicts)
            )
        answer = QMessageBox.question(self, translate("views.reports.page", "匯入傳報檔"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.import_now()

    def import_now(self) -> None:
        """Import the opened file without asking (the confirmed path; tests call it)."""
        opened = self.opened
        if opened is None:
            return
        self.import_button.setEnabled(False)
        self.context.runner.run_long(
            ops.import_job(self.user, opened.path),
            on_done=self._imported,
            on_error=self._open_refused,
            on_cancelled=self._open_refused,
            description=translate("views.reports.page", "匯入傳報檔"),
            parent=self,
            changes=Changes(courses=True, attendance=True, teachers=True, reports=True, audit=True),
        )

    def _imported(self, done: Imported) -> None:
        self.last_import = done
        message = ops.imported_message(done)
        self.summary.setStyleSheet("")
        self.summary.setText(message)
        self.context.show_status(message)

    def register_computer(self) -> None:
        dialog = TrustDialog(self)
        dialog.setObjectName("trustDialog")

        def submit(line: str, org: str, note: str) -> None:
            self.run_operation(
                ops.trust_installation(self.user, line, org, note),
                on_done=lambda _t: dialog.accept(),
                on_error=dialog.show_error,
            )

        dialog.submit = submit
        self.active_dialog = dialog
        dialog.open()

    # --- a school computer's starter file -----------------------------------------------------------------

    def make_starter(self) -> None:
        """Choose the school and its coordinator, then where to save; the file is made in the background."""
        if not self.imports:
            return
        dialog = StarterDialog(self)
        dialog.setObjectName("starterDialog")

        def submit(org_code: str, login: str) -> None:
            path = ask_save_path(
                self,
                translate("views.reports.page", "儲存學校設定檔"),
                translate("views.reports.page", "學校設定檔-{org}.zip").format(org=org_code),
                _tr(STARTER_FILTERS),
            )
            if path is None:
                dialog.ok.setEnabled(True)
                return
            self.make_starter_to(org_code, login, path, dialog)

        dialog.submit = submit
        self.active_dialog = dialog
        self.run_operation(ops.starter_schools(self.user), on_done=dialog.set_schools, on_error=dialog.show_error)
        dialog.open()

    def make_starter_to(self, org_code: str, login: str, path: Path, dialog: StarterDialog | None = None) -> None:
        """Write ``org_code``'s starter file for ``login`` at ``path``; a refusal is shown in ``dialog``."""

        def refused(exc: UserError) -> None:
            if dialog is not None:
                dialog.show_error(exc)
            else:
                self._open_refused(exc)

        def made(done: StarterExported) -> None:
            if dialog is not None:
                dialog.accept()
            self._starter_made(done)

        self.context.runner.run_long(
            ops.starter_job(self.user, org_code, login, path),
            on_done=made,
            on_error=refused,
            on_cancelled=refused,
            description=translate("views.reports.page", "製作學校設定檔"),
            parent=self,
            changes=Changes(audit=True),
        )

    def _starter_made(self, done: StarterExported) -> None:
        """Where the file went, and the office key's fingerprint for the school to compare on its first start."""
        self.last_starter = done
        self.context.show_status(translate("views.reports.page", "已製作學校設定檔 {path}").format(path=done.path))
        box = QMessageBox(self)
        box.setObjectName("starterBox")
        box.setWindowTitle(translate("views.reports.page", "學校設定檔"))
        box.setText(
            translate("views.reports.page", "已製作{name}（{code}）的學校設定檔，承辦人帳號 {login}：\n{path}").format(
                name=done.organization_name, code=done.organization_code, login=done.coordinator_login, path=done.path
            )
        )
        box.setInformativeText(
            "<p>{label}</p><p style='font-family: monospace; font-size: 16pt; font-weight: bold'>{fp}</p>"
            "<p>{check}</p>".format(
                label=html.escape(translate("views.reports.page", "區管中心金鑰指紋")),
                fp=html.escape(done.fingerprint),
                check=html.escape(
                    translate(
                        "views.reports.page",
                        "學校電腦第一次以此檔開始時會顯示「區管中心金鑰指紋」。請將上面的指紋另行告知學校承辦人"
                        "（例如電話中念給對方聽），請其逐組核對；不符時請勿繼續。",
                    )
                ),
            )
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        copy = box.addButton(translate("views.reports.page", "複製指紋(&C)"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        fingerprint = done.fingerprint
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(fingerprint))
        self.active_dialog = box
        box.open()
