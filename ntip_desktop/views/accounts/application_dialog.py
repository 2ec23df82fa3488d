"""新增申請 and 承辦人異動: forms a clerk keys in from paper (or a school coordinator fills in), with the
problems shown in Chinese beside each field, and nothing stored until every check passes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
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
from ntip_desktop.models import AccountKind, ApplicationSource, BusinessSubtype, Role
from ntip_desktop.services import accounts
from ntip_desktop.services.accounts import (
    AGREEMENT_VERSION,
    ApplicationInput,
    ContactChangeInput,
    Problem,
    Submitted,
    kind_label,
    source_label,
    subtype_label,
)
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.rules.ids import validate_id
from ntip_desktop.services.rules.rocdate import TAIWAN
from ntip_desktop.views.tasks import TaskRunner

_ERROR_STYLE = "color: #c62828;"


class _Form(QDialog):
    """A form whose fields each have a red line under them for what is wrong."""

    #: Stored: the :class:`Submitted` result.
    submitted = Signal(object)

    def __init__(self, runner: TaskRunner, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.user = user
        self.form = QFormLayout()
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.general_error = QLabel()
        self.general_error.setObjectName("formError")
        self.general_error.setStyleSheet(_ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.agreement = QCheckBox(
            translate(
                "views.accounts.application_dialog", "申請人已閱讀並同意「帳號使用同意書」（版本 {version}）"
            ).format(version=AGREEMENT_VERSION)
        )
        self.agreement.setObjectName("agreement")
        self.agreed_at: datetime | None = None
        self.agreement.toggled.connect(self._agreement_toggled)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(
            translate("views.accounts.application_dialog", "送出申請"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("submitButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def _finish_layout(self) -> None:
        self.add_field(
            "agreement_accepted_at", translate("views.accounts.application_dialog", "同意書"), self.agreement
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def add_field(self, name: str, caption: str, widget: QWidget, check: Callable[[str], Any] | None = None) -> QWidget:
        widget.setObjectName(name)
        error = QLabel()
        error.setObjectName(f"{name}_error")
        error.setStyleSheet(_ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(caption, box)
        self.inputs[name] = widget
        self.errors[name] = error
        if check is not None and isinstance(widget, QLineEdit):
            widget.editingFinished.connect(partial(self._check_now, name, check))
        return widget

    def _check_now(self, name: str, check: Callable[[str], Any]) -> None:
        widget = self.inputs[name]
        assert isinstance(widget, QLineEdit)
        if not widget.isEnabled() or not widget.text().strip():
            self.show_problem(name, "")
            return
        try:
            check(widget.text())
        except UserError as exc:
            self.show_problem(name, exc.message)
        else:
            self.show_problem(name, "")

    def _agreement_toggled(self, ticked: bool) -> None:
        self.agreed_at = datetime.now(TAIWAN) if ticked else None
        if ticked:
            self.show_problem("agreement_accepted_at", "")

    def agreement_version(self) -> str:
        """The 同意書 version the applicant accepted: the current one once the box is ticked, else none."""
        return AGREEMENT_VERSION if self.agreed_at else ""

    def text(self, name: str) -> str:
        widget = self.inputs[name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def show_problem(self, name: str, message: str) -> None:
        label = self.errors.get("agreement_accepted_at" if name == "agreement_version" else name)
        if label is None:
            self.general_error.setText(message)
            return
        label.setText(message)
        label.setVisible(bool(message))
        self._grow()

    def _grow(self) -> None:
        """Make room for a message's second line: a wrapped label's height depends on its width, which the
        dialog's minimum size does not follow by itself."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def show_problems(self, problems: list[Problem]) -> None:
        for name in self.errors:
            self.show_problem(name, "")
        self.general_error.clear()
        for p in problems:
            self.show_problem(p.field, p.message)
        if problems:
            first = self.inputs.get(problems[0].field)
            if first is not None:
                first.setFocus()

    def visible_problems(self) -> dict[str, str]:
        """Field → message of what the form shows as wrong (for tests and screen readers)."""
        return {name: label.text() for name, label in self.errors.items() if label.text()}

    def submit(self) -> None:
        raise NotImplementedError

    def _done(self, result: Submitted | list[Problem]) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(result, list):
            self.show_problems(result)
            return
        self.submitted.emit(result)
        self.accept()

    def _refused(self, exc: UserError) -> None:
        self.ok_button.setEnabled(True)
        self.show_problems([Problem(exc.field or "", exc.message)])


def _check_and_submit(
    user: CurrentUser, data: ApplicationInput, source: ApplicationSource, session: Any
) -> Submitted | list[Problem]:
    checked, problems = accounts.check_application(session, data)
    if problems:
        return problems
    assert checked is not None
    return accounts.submit_application(session, user, data, source=source)


class NewApplicationDialog(_Form):
    """新增申請: a teacher or business account application, keyed in from paper or filled in by a coordinator."""

    def __init__(self, runner: TaskRunner, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(runner, user, parent)
        self.setWindowTitle(translate("views.accounts.application_dialog", "新增帳號申請"))
        self.kind = QComboBox()
        self.kind.addItem(kind_label(AccountKind.BUSINESS), AccountKind.BUSINESS.value)
        self.kind.addItem(kind_label(AccountKind.TEACHER), AccountKind.TEACHER.value)
        self.subtype = QComboBox()
        self._offer_subtypes(accounts.SUBTYPE_ORDER)
        self.source = QComboBox()
        sources = [ApplicationSource.CLERK, ApplicationSource.COORDINATOR]
        if user.role is Role.SCHOOL_COORDINATOR:
            sources.reverse()
        for source in sources:
            self.source.addItem(source_label(source), source.value)
        self.organization_name = QLabel()
        self.organization_name.setObjectName("organizationName")
        self.add_field("kind", translate("views.accounts.application_dialog", "帳號類別(&K)"), self.kind)
        self.add_field("subtype", translate("views.accounts.application_dialog", "身分類別(&T)"), self.subtype)
        code = self.add_field(
            "organization_code", translate("views.accounts.application_dialog", "機關代碼(&O)"), QLineEdit()
        )
        assert isinstance(code, QLineEdit)
        code.editingFinished.connect(self._look_up_organization)
        self.form.addRow("", self.organization_name)
        self.add_field(
            "login_id",
            translate("views.accounts.application_dialog", "登入帳號(&L)"),
            QLineEdit(),
            accounts.validate_login_id,
        )
        self.add_field(
            "national_id",
            translate("views.accounts.application_dialog", "身分證字號"),
            QLineEdit(),
            lambda t: validate_id(t, "national_id"),
        )
        self.add_field("applicant_name", translate("views.accounts.application_dialog", "申請人姓名"), QLineEdit())
        self.add_field("applicant_title", translate("views.accounts.application_dialog", "申請人職稱"), QLineEdit())
        self.add_field("contact_name", translate("views.accounts.application_dialog", "承辦人姓名"), QLineEdit())
        self.add_field(
            "contact_phone",
            translate("views.accounts.application_dialog", "承辦人電話"),
            QLineEdit(),
            accounts.validate_phone,
        )
        self.add_field(
            "contact_email",
            translate("views.accounts.application_dialog", "承辦人電子郵件"),
            QLineEdit(),
            accounts.validate_email,
        )
        self.add_field("source", translate("views.accounts.application_dialog", "來源"), self.source)
        self._finish_layout()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.inputs["organization_code"].setFocus()

    def _kind_changed(self) -> None:
        business = self.kind_chosen() is AccountKind.BUSINESS
        self.subtype.setEnabled(business)
        self.inputs["national_id"].setEnabled(not business)
        if business:
            self.show_problem("national_id", "")

    def _look_up_organization(self) -> None:
        code = self.text("organization_code").strip()
        if not code:
            self.organization_name.clear()
            return
        self.runner.run(
            lambda session: accounts.organization_by_code(session, code),
            on_done=self._organization_in,
            description=translate("views.accounts.application_dialog", "查詢機關"),
        )

    def _offer_subtypes(self, subtypes: tuple[BusinessSubtype, ...]) -> None:
        """Offer these subtypes (the one chosen stays chosen if it is among them, else the first)."""
        current = self.subtype.currentData()
        self.subtype.clear()
        for subtype in subtypes:
            self.subtype.addItem(subtype_label(subtype), subtype.value)
        self.subtype.setCurrentIndex(max(0, self.subtype.findData(current)))

    def _organization_in(self, org: accounts.OrganizationChoice | None) -> None:
        # Only the subtypes the organisation's kind may hold are offered (a school is not a 區管中心);
        # the service refuses any other all the same.
        self._offer_subtypes(accounts.subtypes_for(org.kind) if org is not None else accounts.SUBTYPE_ORDER)
        self.show_problem("subtype", "")
        if org is None:
            self.organization_name.setText("")
            self.show_problem("organization_code", translate("views.accounts.application_dialog", "查無此機關代碼。"))
        elif not org.active:
            self.organization_name.setText(org.name)
            self.show_problem(
                "organization_code", translate("views.accounts.application_dialog", "此機關已停用或裁撤。")
            )
        else:
            self.organization_name.setText(f"{org.name}（{org.district_center_name}）")
            self.show_problem("organization_code", "")

    def kind_chosen(self) -> AccountKind:
        """The account kind picked (combo data holds the value: Qt returns a str subclass as a plain str)."""
        return AccountKind(self.kind.currentData())

    def application_input(self) -> ApplicationInput:
        kind = self.kind_chosen()
        return ApplicationInput(
            kind=kind,
            subtype=BusinessSubtype(self.subtype.currentData()) if kind is AccountKind.BUSINESS else None,
            organization_code=self.text("organization_code"),
            login_id=self.text("login_id"),
            applicant_name=self.text("applicant_name"),
            applicant_title=self.text("applicant_title"),
            contact_name=self.text("contact_name"),
            contact_phone=self.text("contact_phone"),
            contact_email=self.text("contact_email"),
            national_id=self.text("national_id") if kind is AccountKind.TEACHER else "",
            agreement_version=self.agreement_version(),
            agreement_accepted_at=self.agreed_at,
        )

    def submit(self) -> None:
        self.ok_button.setEnabled(False)
        self.runner.run(
            partial(
                _check_and_submit, self.user, self.application_input(), ApplicationSource(self.source.currentData())
            ),
            on_done=self._done,
            on_error=self._refused,
            description=translate("views.accounts.application_dialog", "送出帳號申請"),
        )


class ContactChangeDialog(_Form):
    """承辦人異動申請: a new contact person for an existing business account (the account stays as it is)."""

    def __init__(self, runner: TaskRunner, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(runner, user, parent)
        self.setWindowTitle(translate("views.accounts.application_dialog", "承辦人異動申請"))
        note = QLabel(
            translate(
                "views.accounts.application_dialog",
                "帳號申請後即不可變更（第4條）：本申請只登錄新任承辦人，審核方式與業務帳號申請相同。",
            )
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.add_field("login_id", translate("views.accounts.application_dialog", "業務帳號(&L)"), QLineEdit())
        self.add_field("contact_name", translate("views.accounts.application_dialog", "新任承辦人姓名"), QLineEdit())
        self.add_field(
            "contact_phone",
            translate("views.accounts.application_dialog", "新任承辦人電話"),
            QLineEdit(),
            accounts.validate_phone,
        )
        self.add_field(
            "contact_email",
            translate("views.accounts.application_dialog", "新任承辦人電子郵件"),
            QLineEdit(),
            accounts.validate_email,
        )
        self.add_field("applicant_name", translate("views.accounts.application_dialog", "申請人姓名"), QLineEdit())
        self.add_field("applicant_title", translate("views.accounts.application_dialog", "申請人職稱"), QLineEdit())
        reason = QPlainTextEdit()
        reason.setTabChangesFocus(True)
        reason.setMaximumHeight(70)
        self.add_field("change_reason", translate("views.accounts.application_dialog", "異動原因"), reason)
        self._finish_layout()
        self.inputs["login_id"].setFocus()

    def submit(self) -> None:
        data = ContactChangeInput(
            login_id=self.text("login_id"),
            applicant_name=self.text("applicant_name"),
            applicant_title=self.text("applicant_title"),
            contact_name=self.text("contact_name"),
            contact_phone=self.text("contact_phone"),
            contact_email=self.text("contact_email"),
            change_reason=self.text("change_reason"),
            agreement_version=self.agreement_version(),
            agreement_accepted_at=self.agreed_at,
        )
        user = self.user
        self.ok_button.setEnabled(False)
        self.runner.run(
            lambda session: accounts.submit_contact_change(session, user, data, source=ApplicationSource.CLERK),
            on_done=self._done,
            on_error=self._refused,
            description=translate("views.accounts.application_dialog", "送出承辦人異動申請"),
        )
