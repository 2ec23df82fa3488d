"""The 月報傳報 page's dialogs: 登錄學校電腦 (register a school's computer) and 製作學校設定檔 (a new school
computer's starter file)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services.packages import StarterSchool
from ntip_desktop.views.widgets.dialogs import error_label


class TrustDialog(QDialog):
    """登錄學校電腦: the line a school's computer shows (本機公開金鑰), the school's code and a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("views.reports.page", "登錄學校電腦"))
        note = QLabel(
            translate(
                "views.reports.page",
                "請學校承辦人在其電腦的「月報傳報」頁按「本機公開金鑰…」，將顯示的一行文字（以電子郵件或公文附件）"
                "交給本處，貼在下面。登錄後即可匯入該電腦匯出的傳報檔；每部電腦只需登錄一次。",
            )
        )
        note.setWordWrap(True)
        self.line = QPlainTextEdit()
        self.line.setObjectName("publicLine")
        self.line.setTabChangesFocus(True)
        self.line.setMinimumSize(480, 70)
        self.org = QLineEdit()
        self.org.setObjectName("trustOrg")
        self.org.setPlaceholderText(translate("views.reports.page", "例：523601"))
        self.memo = QLineEdit()
        self.memo.setObjectName("trustNote")
        self.memo.setPlaceholderText(translate("views.reports.page", "例：教務處王小明的筆電"))
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(note)
        form.addRow(translate("views.reports.page", "公開金鑰(&K)"), self.line)
        form.addRow(translate("views.reports.page", "機關代碼(&O)"), self.org)
        form.addRow(translate("views.reports.page", "備註(&N)"), self.memo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        #: ``submit(line, org, note)``: runs the registration; the dialog closes when it succeeds.
        self.submit: Any = None
        self.line.setFocus()

    def _submit(self) -> None:
        self.error.hide()
        self.buttons.setEnabled(False)
        if self.submit is not None:
            self.submit(self.line.toPlainText().strip(), self.org.text().strip(), self.memo.text().strip())

    def show_error(self, exc: UserError) -> None:
        self.error.setText(exc.message)
        self.error.show()
        self.buttons.setEnabled(True)


class StarterDialog(QDialog):
    """製作學校設定檔: the school (organisations in the user's scope with an active coordinator) and the
    coordinator's account (chosen from that school's, or typed); the page then asks where to save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("views.reports.page", "製作學校設定檔"))
        note = QLabel(
            translate(
                "views.reports.page",
                "學校設定檔讓學校的新電腦第一次啟動時帶入該校的單位資料、承辦人帳號、教師與課程資料，並附本機簽章。"
                "承辦人須先有啟用中的「學校研習承辦人」帳號；密碼不在檔內，由承辦人在學校電腦上自行設定。",
            )
        )
        note.setWordWrap(True)
        self.school = QComboBox()
        self.school.setObjectName("starterSchool")
        self.school.setMinimumWidth(360)
        self.login = QComboBox()
        self.login.setObjectName("starterLogin")
        self.login.setEditable(True)
        self.login.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.coordinator_name = QLabel()
        self.coordinator_name.setObjectName("starterCoordinatorName")
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("views.reports.page", "製作(&M)…"))
        self.ok.setEnabled(False)  # until the schools are read
        form = QFormLayout()
        form.addRow(note)
        form.addRow(translate("views.reports.page", "學校(&S)"), self.school)
        form.addRow(translate("views.reports.page", "承辦人帳號(&L)"), self.login)
        form.addRow(translate("views.reports.page", "承辦人"), self.coordinator_name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.school.currentIndexChanged.connect(self._school_chosen)
        self.login.currentTextChanged.connect(self._login_changed)
        self._coordinators: dict[str, str] = {}
        #: ``submit(org_code, login)``: asks where to save and makes the file; the dialog closes when it is made.
        self.submit: Any = None
        #: The field names a service's UserError gives, as this dialog calls them, and where the focus goes.
        self.fields: dict[str, tuple[str, QWidget | None]] = {
            "--org": (translate("views.reports.page", "學校"), self.school),
            "--login": (translate("views.reports.page", "承辦人帳號"), self.login),
            "--out": (translate("views.reports.page", "存檔位置"), None),
        }

    def set_schools(self, schools: list[StarterSchool]) -> None:
        self.school.clear()
        for school in schools:
            self.school.addItem(f"{school.code}　{school.name}", school)
        if not schools:
            self.error.setText(
                translate(
                    "views.reports.page", "您的範圍內沒有已有啟用中學校研習承辦人帳號的學校；請先建立承辦人帳號。"
                )
            )
            self.error.show()
            return
        self.ok.setEnabled(True)
        self.school.setFocus()

    def chosen_school(self) -> StarterSchool | None:
        school = self.school.currentData()
        return school if isinstance(school, StarterSchool) else None

    def _school_chosen(self) -> None:
        school = self.chosen_school()
        self._coordinators = dict(school.coordinators) if school is not None else {}
        self.login.clear()
        for login in self._coordinators:
            self.login.addItem(login)
        self._login_changed(self.login.currentText())

    def _login_changed(self, text: str) -> None:
        self.coordinator_name.setText(self._coordinators.get(text.strip(), "—"))

    def _submit(self) -> None:
        self.error.hide()
        school = self.chosen_school()
        if school is None:
            return
        login = self.login.currentText().strip()
        if not login:
            self.show_error(UserError(translate("views.reports.page", "請輸入承辦人帳號。"), field="--login"))
            return
        self.ok.setEnabled(False)
        if self.submit is not None:
            self.submit(school.code, login)

    def show_error(self, exc: UserError) -> None:
        """The service's message, after the name of the field it is about (as this dialog labels it)."""
        name, widget = self.fields.get(exc.field or "", ("", None))
        self.error.setText(f"{name}：{exc.message}" if name else exc.message)
        self.error.show()
        self.ok.setEnabled(self.chosen_school() is not None)
        if widget is not None:
            widget.setFocus()
