"""匯入: applications exported from the web (CSV or XLSX). Every bad line is listed first; nothing is
imported until the whole file is valid, and then all of it is, in one transaction. The columns a file needs
are listed with their meaning, and 「下載範本」 saves an XLSX with them and an example row."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services import accounts
from ntip_desktop.services.accounts import ImportPreview, ImportResult
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.files import write_atomically
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.file_dialogs import ask_open_path, ask_save_path


def _preview(user: CurrentUser, path: Path, session: Any) -> ImportPreview:
    return accounts.preview_import(session, user, accounts.read_file(path), path.name)


class ImportDialog(QDialog):
    """Choose a file, see every problem by line, then import all of it (or, with problems, nothing)."""

    #: The import went through: the :class:`ImportResult`.
    imported = Signal(object)

    def __init__(self, runner: TaskRunner, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.user = user
        self.preview: ImportPreview | None = None
        self.setWindowTitle(translate("views.accounts.import_dialog", "匯入帳號申請（CSV／XLSX）"))
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(
            translate("views.accounts.import_dialog", "網頁匯出的 CSV（UTF-8 或 Big5）或 Excel 檔")
        )
        self.path.returnPressed.connect(self.check_file)
        browse = QPushButton(translate("views.accounts.import_dialog", "選擇檔案(&B)…"))
        browse.clicked.connect(self.browse)
        self.summary = QLabel(
            translate("views.accounts.import_dialog", "請選擇檔案；匯入前會先逐列檢查，全部正確才會寫入。")
        )
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.problems = QTreeWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setHeaderLabels(
            [
                translate("views.accounts.import_dialog", "行"),
                translate("views.accounts.import_dialog", "欄位"),
                translate("views.accounts.import_dialog", "問題"),
            ]
        )
        self.problems.setRootIsDecorated(False)
        self.problems.setMinimumSize(560, 220)
        self.columns = QTreeWidget()
        self.columns.setObjectName("importColumns")
        self.columns.setHeaderLabels(
            [
                translate("views.accounts.import_dialog", "欄位"),
                translate("views.accounts.import_dialog", "英文欄名"),
                translate("views.accounts.import_dialog", "必要"),
                translate("views.accounts.import_dialog", "說明"),
            ]
        )
        self.columns.setRootIsDecorated(False)
        self.columns.setWordWrap(True)
        for column in accounts.import_columns():
            item = QTreeWidgetItem(
                [
                    column.header,
                    column.field,
                    translate("views.accounts.import_dialog", "必要") if column.required else "",
                    column.meaning,
                ]
            )
            item.setToolTip(3, column.meaning)
            self.columns.addTopLevelItem(item)
        for n in range(3):
            self.columns.resizeColumnToContents(n)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.columns, translate("views.accounts.import_dialog", "欄位說明"))
        self.tabs.addTab(self.problems, translate("views.accounts.import_dialog", "檢查結果"))
        self.template_button = QPushButton(translate("views.accounts.import_dialog", "下載範本(&T)…"))
        self.template_button.setObjectName("templateButton")
        self.template_button.setToolTip(
            translate("views.accounts.import_dialog", "儲存含所有欄位及一列範例的 Excel 檔，填好後即可匯入")
        )
        self.template_button.clicked.connect(self.save_template)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(
            translate("views.accounts.import_dialog", "匯入(&I)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        buttons.accepted.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        row.addWidget(self.template_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(860, 520)

    def browse(self) -> None:
        path = ask_open_path(
            self,
            translate("views.accounts.import_dialog", "選擇匯入檔"),
            translate("views.accounts.import_dialog", "申請資料 (*.csv *.xlsx)"),
        )
        if path is not None:
            self.path.setText(str(path))
            self.check_file()

    def save_template(self) -> None:
        path = ask_save_path(
            self,
            translate("views.accounts.import_dialog", "儲存匯入範本"),
            translate("views.accounts.import_dialog", "帳號申請匯入範本.xlsx"),
            translate("views.accounts.import_dialog", "Excel 活頁簿 (*.xlsx)"),
        )
        if path is not None:
            self.save_template_to(path)

    def save_template_to(self, path: Path) -> None:
        """Write the template (the columns and an example row; a second sheet explains each column)."""

        def work(_session: Any) -> Path:
            write_atomically(path, accounts.import_template_xlsx())
            return path

        self.runner.run(
            work,
            on_done=lambda p: self.summary.setText(
                translate("views.accounts.import_dialog", "已儲存範本：{path}。填好後按「選擇檔案」匯入。").format(
                    path=p
                )
            ),
            on_error=self._unreadable,
            description=translate("views.accounts.import_dialog", "儲存匯入範本"),
        )

    def check_file(self) -> None:
        """Read and check every row (nothing is written)."""
        path = Path(self.path.text().strip())
        self.import_button.setEnabled(False)
        self.tabs.setCurrentWidget(self.problems)
        self.problems.clear()
        self.summary.setText(translate("views.accounts.import_dialog", "檢查中…"))
        self.runner.run(
            lambda session: _preview(self.user, path, session),
            on_done=self._checked,
            on_error=self._unreadable,
            description=translate("views.accounts.import_dialog", "檢查匯入檔"),
        )

    def _checked(self, preview: ImportPreview) -> None:
        self.preview = preview
        for p in preview.problems:
            QTreeWidgetItem(self.problems, [str(p.line), p.label, p.message])
        for column in range(2):
            self.problems.resizeColumnToContents(column)
        if preview.problems:
            lines = len({p.line for p in preview.problems})
            self.summary.setText(
                translate(
                    "views.accounts.import_dialog",
                    "共 {rows} 列申請，其中 {lines} 列有 {n} 處錯誤。請更正檔案後重新檢查；目前不會匯入任何資料。",
                ).format(rows=len(preview.rows), lines=lines, n=len(preview.problems))
            )
        else:
            self.summary.setText(
                translate("views.accounts.import_dialog", "共 {rows} 列申請，全部正確。按「匯入」寫入。").format(
                    rows=len(preview.rows)
                )
            )
        self.import_button.setEnabled(preview.ok)

    def _unreadable(self, exc: UserError) -> None:
        self.preview = None
        self.summary.setText(exc.message)

    def run_import(self) -> None:
        if self.preview is None or not self.preview.ok:
            return
        path, user = Path(self.path.text().strip()), self.user
        self.import_button.setEnabled(False)

        def job(session: Any, progress: Any, cancelled: Any) -> ImportResult:
            from ntip_desktop.views.tasks import Cancelled

            def step(done: int, total: int) -> None:
                if cancelled():
                    raise Cancelled()
                progress(
                    done,
                    total,
                    translate("views.accounts.import_dialog", "匯入第 {done}／{total} 列").format(
                        done=done, total=total
                    ),
                )

            return accounts.import_applications(session, user, accounts.read_file(path), path.name, progress=step)

        self.runner.run_long(
            job,
            on_done=self._imported,
            on_error=self._import_refused,
            description=translate("views.accounts.import_dialog", "匯入帳號申請"),
            parent=self,
        )

    def _imported(self, result: ImportResult) -> None:
        self.imported.emit(result)
        self.accept()

    def _import_refused(self, exc: UserError) -> None:
        self.summary.setText(exc.message)
        if isinstance(exc, accounts.ImportRejected):
            self.problems.clear()
            for p in exc.problems:
                QTreeWidgetItem(self.problems, [str(p.line), p.label, p.message])
