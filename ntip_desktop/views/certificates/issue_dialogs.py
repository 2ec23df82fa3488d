"""Issuing a batch of certificates: what to issue (the open course, the selected teachers, or a teacher's ROC
year), as one PDF or a ZIP of one PDF per teacher, and where to save it; afterwards, what was issued and what
was not, and why."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.i18n import translate
from ntip_desktop.services.certificates import AwardLine, CourseCertificates, Output, Selection
from ntip_desktop.services.rules.ids import check_id, normalize_id
from ntip_desktop.services.rules.rocdate import local_today, roc_year
from ntip_desktop.views.operations.certificates import Issued
from ntip_desktop.views.widgets.dialogs import is_ctrl_enter
from ntip_desktop.views.widgets.forms import ErrorLine, heading_label


def default_folder() -> Path:
    """Where a save dialog starts: the user's documents folder, or home when there is none."""
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    return documents if documents.is_dir() else Path.home()


class IssueDialog(QDialog):
    """發給研習時數證明: the scope, the output and the file; ``accepted`` when all of it is filled in."""

    def __init__(
        self, course: CourseCertificates | None, selected: Sequence[AwardLine], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.course = course
        self.selected = tuple(selected)
        self.setWindowTitle(translate("views.certificates.issue_dialogs", "發給研習時數證明"))

        self.scope = QButtonGroup(self)
        self.course_choice = QRadioButton()
        self.course_choice.setObjectName("scopeCourse")
        self.rows_choice = QRadioButton()
        self.rows_choice.setObjectName("scopeRows")
        self.teacher_choice = QRadioButton(translate("views.certificates.issue_dialogs", "一位教師的年度(&T)："))
        self.teacher_choice.setObjectName("scopeTeacher")
        for n, button in enumerate((self.course_choice, self.rows_choice, self.teacher_choice)):
            self.scope.addButton(button, n)
        if course is not None:
            self.course_choice.setText(
                translate("views.certificates.issue_dialogs", "課程 {code} {title}（尚未發給 {n} 位）(&C)").format(
                    code=course.code, title=course.title, n=course.pending
                )
            )
        else:
            self.course_choice.setText(translate("views.certificates.issue_dialogs", "課程（請先在清單選擇課程）"))
            self.course_choice.setEnabled(False)
        self.rows_choice.setText(
            translate("views.certificates.issue_dialogs", "表中選取的 {n} 位教師(&S)").format(n=len(self.selected))
        )
        self.rows_choice.setEnabled(bool(self.selected))

        self.national_id = QLineEdit()
        self.national_id.setObjectName("teacherIdField")
        self.national_id.setMaxLength(12)
        self.national_id.setPlaceholderText(translate("views.certificates.issue_dialogs", "身分證字號"))
        self.national_id.textEdited.connect(lambda _t: self.teacher_choice.setChecked(True))
        self.year = QSpinBox()
        self.year.setObjectName("rocYear")
        self.year.setRange(90, 200)
        self.year.setValue(roc_year(local_today()))
        self.year.setPrefix(translate("views.certificates.issue_dialogs", "民國 "))
        self.year.setSuffix(translate("views.certificates.issue_dialogs", " 年"))
        teacher_row = QHBoxLayout()
        teacher_row.addWidget(self.teacher_choice)
        teacher_row.addWidget(self.national_id, 1)
        teacher_row.addWidget(self.year)

        scope_box = QGroupBox(translate("views.certificates.issue_dialogs", "發給對象"))
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.addWidget(self.course_choice)
        scope_layout.addWidget(self.rows_choice)
        scope_layout.addLayout(teacher_row)
        scope_layout.addWidget(
            QLabel(
                translate(
                    "views.certificates.issue_dialogs",
                    "已有有效證明的教師不會重複發給；不能發給的（例如未登錄服務學校）會列出原因。",
                )
            )
        )

        self.output_group = QButtonGroup(self)
        self.pdf_choice = QRadioButton(translate("views.certificates.issue_dialogs", "合併為一個 PDF（列印用）(&P)"))
        self.pdf_choice.setObjectName("outputPdf")
        self.zip_choice = QRadioButton(
            translate("views.certificates.issue_dialogs", "ZIP：每位教師一個 PDF（寄送用，較慢）(&Z)")
        )
        self.zip_choice.setObjectName("outputZip")
        self.output_group.addButton(self.pdf_choice)
        self.output_group.addButton(self.zip_choice)
        self.pdf_choice.setChecked(True)
        self.pdf_choice.toggled.connect(self._suffix_follows_output)

        self.path = QLineEdit()
        self.path.setObjectName("outputPath")
        self.path.setMinimumWidth(420)
        self.path.setText(str(default_folder() / self._suggested_name()))
        browse = QPushButton(translate("views.certificates.issue_dialogs", "選擇(&B)…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        output_form = QFormLayout()
        output_form.addRow(translate("views.certificates.issue_dialogs", "檔案格式"), self.pdf_choice)
        output_form.addRow("", self.zip_choice)
        output_form.addRow(translate("views.certificates.issue_dialogs", "存檔位置(&F)"), file_row)

        self.error = ErrorLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.issue_button = buttons.addButton(
            translate("views.certificates.issue_dialogs", "發給並存檔"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.issue_button.setObjectName("issueButton")
        self.issue_button.setToolTip(translate("views.certificates.issue_dialogs", "Ctrl+Enter"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(
            heading_label(translate("views.certificates.issue_dialogs", "發給後證明即不可更改；更正須補發並寫明理由。"))
        )
        layout.addWidget(scope_box)
        layout.addLayout(output_form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for field in (self.national_id, self.path):
            field.installEventFilter(self)

        # Several rows chosen on purpose: those; else the open course; else a teacher's year.
        order = (self.rows_choice, self.course_choice) if len(self.selected) > 1 else (self.course_choice,)
        first = next((b for b in order if b.isEnabled()), self.teacher_choice)
        first.setChecked(True)
        if first is self.teacher_choice:
            self.national_id.setFocus()
        else:
            self.issue_button.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in a field issues (Enter alone stays in the field)."""
        if is_ctrl_enter(event):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_ctrl_enter(event):
            self.accept()
            return
        super().keyPressEvent(event)

    # --- what was chosen --------------------------------------------------------------------------

    def output(self) -> Output:
        return "zip" if self.zip_choice.isChecked() else "pdf"

    def chosen_path(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def selection(self) -> Selection:
        if self.rows_choice.isChecked():
            return Selection(award_ids=tuple(line.award_id for line in self.selected))
        if self.teacher_choice.isChecked():
            return Selection(roc_year=self.year.value(), national_id=normalize_id(self.national_id.text()))
        assert self.course is not None
        return Selection(course_code=self.course.code)

    def _suggested_name(self) -> str:
        suffix = ".zip" if self.zip_choice.isChecked() else ".pdf"
        if self.course is not None:
            stem = translate("views.certificates.issue_dialogs", "{code} 研習時數證明").format(code=self.course.code)
        else:
            stem = translate("views.certificates.issue_dialogs", "研習時數證明")
        return stem + suffix

    def _suffix_follows_output(self) -> None:
        text = self.path.text().strip()
        if not text:
            return
        path = Path(text)
        if path.suffix.lower() in (".pdf", ".zip"):
            self.path.setText(str(path.with_suffix(".zip" if self.zip_choice.isChecked() else ".pdf")))

    def browse(self) -> None:
        zip_wanted = self.zip_choice.isChecked()
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("views.certificates.issue_dialogs", "證明存檔位置"),
            self.path.text().strip() or str(default_folder() / self._suggested_name()),
            translate("views.certificates.issue_dialogs", "ZIP 檔 (*.zip)")
            if zip_wanted
            else translate("views.certificates.issue_dialogs", "PDF 檔 (*.pdf)"),
        )
        if path:
            self.path.setText(path)

    def accept(self) -> None:
        if self.teacher_choice.isChecked():
            typed = normalize_id(self.national_id.text())
            if not typed:
                self.error.say(
                    translate("views.certificates.issue_dialogs", "請輸入教師的身分證字號。"), self.national_id
                )
                return
            checked = check_id(typed)
            if not checked.valid:
                self.error.say(checked.reason or "", self.national_id)
                return
        if not self.path.text().strip():
            self.error.say(translate("views.certificates.issue_dialogs", "請指定存檔位置。"), self.path)
            return
        wanted = ".zip" if self.zip_choice.isChecked() else ".pdf"
        if self.chosen_path().suffix.lower() != wanted:
            self.path.setText(str(self.chosen_path().with_suffix(wanted)))
        if not self.chosen_path().parent.is_dir():
            self.error.say(
                translate("views.certificates.issue_dialogs", "資料夾不存在：{path}").format(
                    path=self.chosen_path().parent
                ),
                self.path,
            )
            return
        super().accept()


def _tree(name: str, headers: Sequence[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setHeaderLabels(list(headers))
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setMinimumHeight(120)
    return tree


class IssueResultDialog(QDialog):
    """What a batch did: the certificates issued (number, teacher, hours) and the teachers who got none, why."""

    #: 預覽列印 pressed: the file to preview.
    preview_requested = Signal(object)

    def __init__(self, issued: Issued, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issued = issued
        result = issued.result
        self.setWindowTitle(translate("views.certificates.issue_dialogs", "發給結果"))
        self.summary = QLabel(message)
        self.summary.setObjectName("issueSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.issued_tree = _tree(
            "issuedList",
            [
                translate("views.certificates.issue_dialogs", "證書字號"),
                translate("views.certificates.issue_dialogs", "姓名"),
                translate("views.certificates.issue_dialogs", "身分證字號"),
                translate("views.certificates.issue_dialogs", "課程代碼"),
                translate("views.certificates.issue_dialogs", "時數"),
                translate("views.certificates.issue_dialogs", "取代"),
            ],
        )
        for c in result.issued:
            QTreeWidgetItem(
                self.issued_tree, [c.number, c.holder_name, c.holder_id, c.course_code, str(c.hours), c.supersedes]
            )
        self.failed_tree = _tree(
            "notIssuedList",
            [
                translate("views.certificates.issue_dialogs", "姓名"),
                translate("views.certificates.issue_dialogs", "身分證字號"),
                translate("views.certificates.issue_dialogs", "課程代碼"),
                translate("views.certificates.issue_dialogs", "未發給的原因"),
            ],
        )
        for n in result.failed:
            QTreeWidgetItem(self.failed_tree, [n.holder_name, n.holder_id, n.course_code, n.reason])
        for n in result.skipped:
            item = QTreeWidgetItem(self.failed_tree, [n.holder_name, n.holder_id, n.course_code, n.reason])
            for column in range(4):
                item.setForeground(column, self.palette().placeholderText())
        for tree in (self.issued_tree, self.failed_tree):
            for column in range(tree.columnCount() - 1):
                tree.resizeColumnToContents(column)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(
            QLabel(translate("views.certificates.issue_dialogs", "已發給 {n} 張").format(n=len(result.issued)))
        )
        layout.addWidget(self.issued_tree, 2)
        layout.addWidget(
            QLabel(
                translate(
                    "views.certificates.issue_dialogs", "未發給 {failed} 位（另有 {skipped} 位已有有效證明）"
                ).format(failed=len(result.failed), skipped=len(result.skipped))
            )
        )
        layout.addWidget(self.failed_tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.preview_button = buttons.addButton(
            translate("views.certificates.issue_dialogs", "預覽列印(&V)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setVisible(issued.path is not None and issued.output == "pdf")
        self.preview_button.clicked.connect(lambda: self.preview_requested.emit(issued.path))
        layout.addWidget(buttons)
        self.resize(760, 520)
        if self.preview_button.isVisible():
            self.preview_button.setFocus()
