"""Adding teachers to a course's roster: a new teacher's name and school, a pasted list, an imported file.

Every dialog checks all of its input first and enrols all of it or, while anything is wrong, nothing; the
problems are listed by line with the field named.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services import attendance
from ntip_desktop.services.attendance import (
    EnrolResult,
    RosterEntry,
    RosterInvalid,
    RosterPreview,
    RosterProblem,
)
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.rules.ids import mask_id
from ntip_desktop.views.operations import attendance as ops
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.file_dialogs import ask_open_path
from ntip_desktop.views.widgets.forms import ErrorLine


def problem_tree() -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName("rosterProblems")
    tree.setHeaderLabels(
        [
            translate("views.attendance.roster_dialogs", "行"),
            translate("views.attendance.roster_dialogs", "欄位"),
            translate("views.attendance.roster_dialogs", "問題"),
        ]
    )
    tree.setRootIsDecorated(False)
    tree.setMinimumSize(520, 140)
    return tree


def show_problems(tree: QTreeWidget, problems: Sequence[RosterProblem]) -> None:
    tree.clear()
    for p in problems:
        QTreeWidgetItem(tree, ["" if p.line is None else str(p.line), attendance.field_label(p.field), p.message])
    for column in range(2):
        tree.resizeColumnToContents(column)


class NewTeacherDialog(QDialog):
    """A scanned ID that the program does not know yet: the teacher's name and school (code or name)."""

    def __init__(self, national_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.national_id = national_id
        self.setWindowTitle(translate("views.attendance.roster_dialogs", "新教師資料"))
        self.name = QLineEdit()
        self.name.setObjectName("teacherName")
        self.school = QLineEdit()
        self.school.setObjectName("teacherSchool")
        self.school.setPlaceholderText(translate("views.attendance.roster_dialogs", "學校代碼或全名，例：383601"))
        self.error = ErrorLine()
        form = QFormLayout()
        form.addRow(translate("views.attendance.roster_dialogs", "身分證字號"), QLabel(mask_id(national_id)))
        form.addRow(translate("views.attendance.roster_dialogs", "姓名(&M)"), self.name)
        form.addRow(translate("views.attendance.roster_dialogs", "服務學校(&S)"), self.school)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("views.attendance.roster_dialogs", "加入"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate(
                    "views.attendance.roster_dialogs",
                    "系統中還沒有這位教師。請輸入姓名與服務學校，加入時一併建立教師資料。",
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name.setFocus()

    def entry(self) -> RosterEntry:
        return RosterEntry(self.national_id, self.name.text().strip(), self.school.text().strip())

    def accept(self) -> None:
        if not self.name.text().strip():
            self.error.say(translate("views.attendance.roster_dialogs", "請輸入姓名。"), self.name)
            return
        if not self.school.text().strip():
            self.error.say(translate("views.attendance.roster_dialogs", "請輸入服務學校。"), self.school)
            return
        super().accept()


class RosterPasteDialog(QDialog):
    """A column (or columns: ID, name, school) pasted from Excel; all of it joins, or nothing."""

    #: The teachers joined: the result.
    enrolled = Signal(object)

    def __init__(
        self, runner: TaskRunner, user: CurrentUser, course_id: uuid.UUID, course_code: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.user = user
        self.course_id = course_id
        self.setWindowTitle(translate("views.attendance.roster_dialogs", "貼上名單：{code}").format(code=course_code))
        self.text = QPlainTextEdit()
        self.text.setObjectName("rosterText")
        self.text.setPlaceholderText(
            translate(
                "views.attendance.roster_dialogs",
                "從 Excel 複製後貼上：每行一位，身分證字號一欄；或「身分證字號、姓名、服務學校」三欄（新教師需要後兩欄）。",
            )
        )
        self.text.textChanged.connect(self._count)
        self.summary = QLabel()
        self.summary.setObjectName("rosterSummary")
        self.summary.setWordWrap(True)
        self.problems = problem_tree()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(
            translate("views.attendance.roster_dialogs", "加入名單(&A)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setObjectName("addRosterButton")
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(self.run_enrol)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(620, 460)

    def entries(self) -> list[RosterEntry]:
        return attendance.parse_pasted_roster(self.text.toPlainText())

    def _count(self) -> None:
        entries = self.entries()
        self.add_button.setEnabled(bool(entries))
        self.summary.setText(
            translate("views.attendance.roster_dialogs", "共 {n} 位。").format(n=len(entries)) if entries else ""
        )
        self.problems.clear()

    def run_enrol(self) -> None:
        entries = self.entries()
        if not entries:
            return
        self.add_button.setEnabled(False)
        operation = ops.enrol(
            self.user, self.course_id, entries, translate("views.attendance.roster_dialogs", "貼上名單")
        )
        self.runner.run(
            operation.work,
            on_done=self._done,
            on_error=self._refused,
            description=operation.description,
        )

    def _done(self, result: EnrolResult) -> None:
        self.enrolled.emit(result)
        super().accept()

    def _refused(self, exc: UserError) -> None:
        self.add_button.setEnabled(True)
        self.summary.setText(exc.message + translate("views.attendance.roster_dialogs", " 名單沒有任何變更。"))
        if isinstance(exc, RosterInvalid):
            show_problems(self.problems, exc.problems)


#: The roster fields a file's columns map to, in the order the mapping step shows them.
ROSTER_FIELDS = ("national_id", "name", "school")


class RosterImportDialog(QDialog):
    """名單匯入: choose an XLSX or CSV file, check the column of each field, see every problem by row, then
    enrol all of it or, while anything is wrong, nothing."""

    #: The teachers joined: the result.
    enrolled = Signal(object)

    def __init__(
        self, runner: TaskRunner, user: CurrentUser, course_id: uuid.UUID, course_code: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.user = user
        self.course_id = course_id
        self.preview: RosterPreview | None = None
        self.setWindowTitle(translate("views.attendance.roster_dialogs", "匯入名單：{code}").format(code=course_code))
        self.path = QLineEdit()
        self.path.setObjectName("rosterPath")
        self.path.setPlaceholderText(
            translate("views.attendance.roster_dialogs", "Excel（.xlsx）或 CSV（UTF-8 或 Big5）檔")
        )
        self.path.returnPressed.connect(self.check_file)
        browse = QPushButton(translate("views.attendance.roster_dialogs", "選擇檔案(&B)…"))
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.mapping: dict[str, QComboBox] = {}
        form = QFormLayout()
        for name in ROSTER_FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"column_{name}")
            self.mapping[name] = combo
            form.addRow(attendance.field_label(name), combo)
        self.sample = QTreeWidget()
        self.sample.setObjectName("rosterSample")
        self.sample.setRootIsDecorated(False)
        self.sample.setMinimumHeight(120)
        self.summary = QLabel(
            translate("views.attendance.roster_dialogs", "請選擇檔案；加入前會逐列檢查，全部正確才會寫入。")
        )
        self.summary.setObjectName("rosterSummary")
        self.summary.setWordWrap(True)
        self.problems = problem_tree()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            translate("views.attendance.roster_dialogs", "加入名單(&I)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importRosterButton")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(form)
        layout.addWidget(self.sample)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(680, 560)

    def browse(self) -> None:
        path = ask_open_path(
            self,
            translate("views.attendance.roster_dialogs", "選擇名單檔"),
            translate("views.attendance.roster_dialogs", "名單 (*.xlsx *.csv)"),
        )
        if path is not None:
            self.path.setText(str(path))
            self.check_file()

    def chosen_path(self) -> Path:
        return Path(self.path.text().strip())

    def check_file(self) -> None:
        if not self.path.text().strip():
            return
        self.import_button.setEnabled(False)
        operation = ops.preview_roster(self.chosen_path())
        self.runner.run(
            operation.work, on_done=self._previewed, on_error=self._unreadable, description=operation.description
        )

    def _previewed(self, preview: RosterPreview) -> None:
        self.preview = preview
        columns = [
            preview.headers[i] or translate("views.attendance.roster_dialogs", "第 {n} 欄").format(n=i + 1)
            for i in range(len(preview.headers))
        ]
        for name, combo in self.mapping.items():
            combo.clear()
            combo.addItem(translate("views.attendance.roster_dialogs", "（無）"), None)
            for i, text in enumerate(columns):
                combo.addItem(text, i)
            chosen = preview.suggested.get(name)
            combo.setCurrentIndex(0 if chosen is None else chosen + 1)
        self.sample.clear()
        self.sample.setHeaderLabels([translate("views.attendance.roster_dialogs", "列"), *columns])
        for line, cells in preview.rows:
            QTreeWidgetItem(self.sample, [str(line), *cells])
        self.summary.setText(
            translate(
                "views.attendance.roster_dialogs", "「{name}」共 {n} 列。請確認各欄位對應後按「加入名單」。"
            ).format(name=preview.filename, n=preview.row_count)
        )
        self.problems.clear()
        self.import_button.setEnabled(preview.row_count > 0)

    def _unreadable(self, exc: UserError) -> None:
        self.preview = None
        self.import_button.setEnabled(False)
        self.summary.setText(exc.message)

    def chosen_mapping(self) -> dict[str, int | None]:
        return {name: combo.currentData() for name, combo in self.mapping.items()}

    def run_import(self) -> None:
        if self.preview is None:
            return
        self.import_button.setEnabled(False)
        operation = ops.import_roster(self.user, self.course_id, self.chosen_path(), self.chosen_mapping())
        self.runner.run(operation.work, on_done=self._done, on_error=self._refused, description=operation.description)

    def _done(self, result: EnrolResult) -> None:
        self.enrolled.emit(result)
        self.accept()

    def _refused(self, exc: UserError) -> None:
        self.import_button.setEnabled(True)
        self.summary.setText(exc.message + translate("views.attendance.roster_dialogs", " 名單沒有任何變更。"))
        if isinstance(exc, RosterInvalid):
            show_problems(self.problems, exc.problems)
