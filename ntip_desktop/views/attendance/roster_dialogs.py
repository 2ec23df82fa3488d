"""Adding teachers to a course's roster: a new teacher's name and school, a pasted list, an imported file.

Every dialog checks all of its input first and enrols all of it or, while anything is wrong, nothing; the
problems are listed by line with the field named.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services import attendance
from ntip_desktop.services.attendance import EnrolResult, RosterEntry, RosterInvalid, RosterProblem
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.rules.ids import mask_id
from ntip_desktop.views.operations import attendance as ops
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.forms import ErrorLine




def problem_tree() -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName("rosterProblems")
    tree.setHeaderLabels([translate("views.attendance.roster_dialogs", "行"), translate("views.attendance.roster_dialogs", "欄位"), translate("views.attendance.roster_dialogs", "問題")])
    tree.setRootIsDecorated(False)
    tree.setMinimumSize(520, 140)
    return tree


def show_problems(tree: QTreeWidget, problems: Sequence[RosterProblem]) -> None:
    tree.clear()
    for p in problems:
        QTreeWidgetItem(tree, ["" if p.line is None else str(p.line), p.field, p.message])
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
        layout.addWidget(QLabel(translate("views.attendance.roster_dialogs", "系統中還沒有這位教師。請輸入姓名與服務學校，加入時一併建立教師資料。")))
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
            translate("views.attendance.roster_dialogs", "從 Excel 複製後貼上：每行一位，身分證字號一欄；或「身分證字號、姓名、服務學校」三欄（新教師需要後兩欄）。")
        )
        self.text.textChanged.connect(self._count)
        self.summary = QLabel()
        self.summary.setObjectName("rosterSummary")
        self.summary.setWordWrap(True)
        self.problems = problem_tree()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(translate("views.attendance.roster_dialogs", "加入名單(&A)"), QDialogButtonBox.ButtonRole.AcceptRole)
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
        self.summary.setText(translate("views.attendance.roster_dialogs", "共 {n} 位。").format(n=len(entries)) if entries else "")
        self.problems.clear()

    def run_enrol(self) -> None:
        entries = self.entries()
        if not entries:
            return
        self.add_button.setEnabled(False)
        operation = ops.enrol(self.user, self.course_id, entries, translate("views.attendance.roster_dialogs", "貼上名單"))
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
