"""匯入課程 and 他站課程清單: choose a file, map its columns (courses), see every problem by line and column,
then import all of it or, while anything is wrong, nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.courses import (
    SOURCES,
    TARGETS,
    ColumnChoice,
    CourseImportRejected,
    CourseImportResult,
    CoursePreview,
    ExternalList,
    ExternalListChange,
    ExternalPreview,
    ImportProblem,
    source_label,
    target_label,
)
from ntip_desktop.services.rules.rocdate import roc_moment
from ntip_desktop.views.operations import courses as operations
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.file_dialogs import ask_open_path


def _problem_tree() -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName("importProblems")
    tree.setHeaderLabels([translate("courses", "行"), translate("courses", "欄位"), translate("courses", "問題")])
    tree.setRootIsDecorated(False)
    tree.setMinimumSize(560, 180)
    return tree


def _show_problems(tree: QTreeWidget, problems: tuple[ImportProblem, ...] | list[ImportProblem]) -> None:
    tree.clear()
    for p in problems:
        QTreeWidgetItem(tree, [str(p.line), p.column, p.message])
    for column in range(2):
        tree.resizeColumnToContents(column)


class _FileDialog(QDialog):
    """The shared top half: a file path with a browse button, a summary line, the problem list."""

    #: The import went through: its result.
    imported = Signal(object)

    def __init__(self, runner: TaskRunner, user: CurrentUser, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.runner = runner
        self.user = user
        self.setWindowTitle(title)
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(translate("courses", "CSV（UTF-8 或 Big5）或 Excel（.xlsx）檔"))
        self.path.returnPressed.connect(self.check_file)
        browse = QPushButton(translate("courses", "選擇檔案(&B)…"))
        browse.clicked.connect(self.browse)
        self.summary = QLabel(translate("courses", "請選擇檔案；匯入前會先逐列檢查，全部正確才會寫入。"))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.problems = _problem_tree()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            translate("courses", "匯入(&I)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        self.file_row = QHBoxLayout()
        self.file_row.addWidget(self.path, 1)
        self.file_row.addWidget(browse)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.file_row)

    def chosen_path(self) -> Path:
        return Path(self.path.text().strip())

    def browse(self) -> None:
        path = ask_open_path(self, translate("courses", "選擇匯入檔"), translate("courses", "課程資料 (*.csv *.xlsx)"))
        if path is not None:
            self.path.setText(str(path))
            self.check_file()

    def check_file(self) -> None:
        raise NotImplementedError

    def run_import(self) -> None:
        raise NotImplementedError

    def _unreadable(self, exc: UserError) -> None:
        self.import_button.setEnabled(False)
        self.summary.setText(exc.message)

    def _import_refused(self, exc: UserError) -> None:
        self.summary.setText(exc.message)
        if isinstance(exc, CourseImportRejected):
            _show_problems(self.problems, exc.problems)

    def _summarise(self, count: int, what: str, problems: tuple[ImportProblem, ...], ok: bool) -> None:
        if problems:
            self.summary.setText(
                translate(
                    "courses",
                    "共 {rows} {what}，其中 {lines} 列有 {n} 處錯誤。請更正檔案或欄位對應；目前不會匯入任何資料。",
                ).format(rows=count, what=what, lines=len({p.line for p in problems}), n=len(problems))
            )
        else:
            self.summary.setText(
                translate("courses", "共 {rows} {what}，全部正確。按「匯入」寫入。").format(rows=count, what=what)
            )
        self.import_button.setEnabled(ok)


class CourseImportDialog(_FileDialog):
    """匯入課程: file → column mapping (a combo per field, the suggestion preselected) → preview → apply."""

    def __init__(self, runner: TaskRunner, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(runner, user, parent, translate("courses", "匯入研習課程（CSV／XLSX）"))
        self.columns: ColumnChoice | None = None
        self.preview: CoursePreview | None = None
        self._filling = False
        self.mapping_boxes: dict[str, QComboBox] = {}
        mapping = QWidget()
        self.mapping_form = QFormLayout(mapping)
        for name in TARGETS:
            box = QComboBox()
            box.setObjectName(f"map_{name}")
            box.setEnabled(False)
            box.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_boxes[name] = box
            self.mapping_form.addRow(target_label(name), box)
        scroll = QScrollArea()
        scroll.setWidget(mapping)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(200)
        note = QLabel(
            translate(
                "courses",
                "欄位對應：每個欄位選擇檔案中的哪一欄（已依標題預選）。同一「課程編號」的多列為同一課程的各時段。",
            )
        )
        note.setWordWrap(True)
        self.layout_.addWidget(note)
        self.layout_.addWidget(scroll, 1)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.problems, 1)
        self.layout_.addWidget(self.buttons)
        self.resize(720, 720)

    def check_file(self) -> None:
        """Read the header and suggest the mapping, then preview with it."""
        self.import_button.setEnabled(False)
        self.problems.clear()
        self.summary.setText(translate("courses", "讀取中…"))
        operation = operations.read_columns(self.chosen_path())
        self.runner.run(operation.work, on_done=self._columns_in, on_error=self._unreadable)

    def _columns_in(self, columns: ColumnChoice) -> None:
        self.columns = columns
        self._filling = True
        for name, box in self.mapping_boxes.items():
            box.clear()
            box.addItem(translate("courses", "（不匯入）"), -1)
            for index, header in enumerate(columns.headers):
                box.addItem(header or translate("courses", "第 {n} 欄").format(n=index + 1), index)
            box.setCurrentIndex(box.findData(columns.suggested.get(name, -1)))
            box.setEnabled(True)
        self._filling = False
        self.run_preview()

    def mapping(self) -> dict[str, int]:
        return {
            name: int(box.currentData())
            for name, box in self.mapping_boxes.items()
            if box.currentData() not in (None, -1)
        }

    def _mapping_changed(self) -> None:
        if not self._filling and self.columns is not None:
            self.run_preview()

    def run_preview(self) -> None:
        self.import_button.setEnabled(False)
        operation = operations.preview_courses(self.user, self.chosen_path(), self.mapping())
        self.runner.run(operation.work, on_done=self._previewed, on_error=self._unreadable)

    def _previewed(self, preview: CoursePreview) -> None:
        self.preview = preview
        _show_problems(self.problems, preview.problems)
        self._summarise(len(preview.courses), translate("courses", "門課程"), preview.problems, preview.ok)

    def run_import(self) -> None:
        if self.preview is None or not self.preview.ok:
            return
        self.import_button.setEnabled(False)
        self.runner.run_long(
            operations.import_courses_job(self.user, self.chosen_path(), self.mapping()),
            on_done=self._imported,
            on_error=self._import_refused,
            description=translate("courses", "匯入研習課程"),
            parent=self,
        )

    def _imported(self, result: CourseImportResult) -> None:
        self.imported.emit(result)
        self.accept()


class ExternalListDialog(_FileDialog):
    """他站課程清單 (Art 12(1)): the stored lists, and importing one (site, list name, file)."""

    def __init__(self, runner: TaskRunner, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(runner, user, parent, translate("courses", "他站課程清單（第12條第1款重複登錄比對）"))
        self.preview: ExternalPreview | None = None
        self.source = QComboBox()
        self.source.setObjectName("source")
        for code in SOURCES:
            self.source.addItem(source_label(code), code)
        self.list_name = QLineEdit()
        self.list_name.setObjectName("listName")
        self.list_name.setPlaceholderText(translate("courses", "空白則以檔名為清單名稱；同名清單會被取代"))
        form = QFormLayout()
        form.addRow(translate("courses", "來源網站(&S)"), self.source)
        form.addRow(translate("courses", "清單名稱(&N)"), self.list_name)
        self.stored = QTreeWidget()
        self.stored.setObjectName("storedLists")
        self.stored.setHeaderLabels(
            [
                translate("courses", "來源網站"),
                translate("courses", "清單名稱"),
                translate("courses", "課程數"),
                translate("courses", "匯入時間"),
            ]
        )
        self.stored.setRootIsDecorated(False)
        self.delete_button = QPushButton(translate("courses", "刪除所選清單(&D)"))
        self.delete_button.setObjectName("deleteList")
        self.delete_button.clicked.connect(self.delete_selected)
        self.layout_.addLayout(form)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.problems, 1)
        self.layout_.addWidget(QLabel(translate("courses", "已匯入的清單")))
        self.layout_.addWidget(self.stored, 1)
        self.layout_.addWidget(self.delete_button)
        self.layout_.addWidget(self.buttons)
        self.resize(680, 620)
        self.refresh_lists()

    def refresh_lists(self) -> None:
        self.runner.run(operations.external_lists(self.user).work, on_done=self._lists_in, on_error=self._unreadable)

    def _lists_in(self, lists: list[ExternalList]) -> None:
        self.stored.clear()
        for item in lists:
            row = QTreeWidgetItem(
                self.stored, [item.source_label, item.list_name, str(item.courses), roc_moment(item.imported_at)]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, item.source)
        for column in range(3):
            self.stored.resizeColumnToContents(column)

    def check_file(self) -> None:
        self.import_button.setEnabled(False)
        self.problems.clear()
        self.summary.setText(translate("courses", "檢查中…"))
        operation = operations.preview_external(self.user, self.chosen_path())
        self.runner.run(operation.work, on_done=self._previewed, on_error=self._unreadable)

    def _previewed(self, preview: ExternalPreview) -> None:
        self.preview = preview
        _show_problems(self.problems, preview.problems)
        self._summarise(len(preview.rows), translate("courses", "門課程"), preview.problems, preview.ok)

    def run_import(self) -> None:
        if self.preview is None or not self.preview.ok:
            return
        self.import_button.setEnabled(False)
        operation = operations.import_external_list(
            self.user, self.chosen_path(), str(self.source.currentData()), self.list_name.text()
        )
        self.runner.run(operation.work, on_done=self._imported, on_error=self._import_refused)

    def _imported(self, change: ExternalListChange) -> None:
        self.summary.setText(change.message)
        self.imported.emit(change)
        self.refresh_lists()

    def delete_selected(self) -> None:
        item = self.stored.currentItem()
        if item is None:
            return
        operation = operations.delete_external_list(
            self.user, str(item.data(0, Qt.ItemDataRole.UserRole)), item.text(1)
        )
        self.runner.run(operation.work, on_done=self._deleted, on_error=self._unreadable)

    def _deleted(self, change: ExternalListChange) -> None:
        self.summary.setText(change.message)
        self.imported.emit(change)
        self.refresh_lists()
