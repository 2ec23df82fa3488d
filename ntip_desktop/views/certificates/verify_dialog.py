"""查驗證明: type or scan a verification code (or read out a certificate number) and see, in words, whether the
certificate is genuine and current, superseded (why, and by which number), revoked or unknown, with what it
states. The field is ready for the next code at once; every check is logged by the service."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import VerificationOutcome
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.certificates import Verification
from ntip_desktop.views.operations import certificates as ops
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.dialogs import ERROR_STYLE

#: The verdict's colours: current, ended, not found or not trustworthy.
GOOD, ENDED, BAD = "#2e7d32", "#b26a00", "#c62828"


def verdict(v: Verification) -> tuple[str, str]:
    """The answer in one sentence, and its colour."""
    if v.outcome is VerificationOutcome.GENUINE:
        return translate("views.certificates.verify_dialog", "真實有效：證書字號 {number} 是現行有效的證明。").format(
            number=v.number
        ), GOOD
    if v.outcome is VerificationOutcome.SUPERSEDED:
        if v.replaced_by:
            text = translate(
                "views.certificates.verify_dialog", "已失效：證書字號 {number} 已由 {new} 取代。原因：{reason}"
            )
        else:
            text = translate(
                "views.certificates.verify_dialog", "已失效：證書字號 {number} 已失效，尚未補發新證明。原因：{reason}"
            )
        return text.format(number=v.number, new=v.replaced_by, reason=v.end_reason or "—"), ENDED
    if v.outcome is VerificationOutcome.REVOKED:
        return translate("views.certificates.verify_dialog", "已撤銷：證書字號 {number} 已撤銷。原因：{reason}").format(
            number=v.number, reason=v.end_reason or "—"
        ), BAD
    if v.outcome is VerificationOutcome.ALTERED:
        return translate(
            "views.certificates.verify_dialog",
            "紀錄與驗證碼不符：證書字號 {number} 的紀錄可能在程式之外被修改，不能作為證明。請通知系統管理者。",
        ).format(number=v.number), BAD
    return translate(
        "views.certificates.verify_dialog", "查無此證明：「{code}」不是本系統發出的驗證碼或證書字號。請核對後再試。"
    ).format(code=v.code), BAD


class VerifyDialog(QDialog):
    """One check after another: Enter checks what was typed and keeps the field ready for the next."""

    def __init__(self, runner: TaskRunner, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.user = user
        self.verification: Verification | None = None
        self.setWindowTitle(translate("views.certificates.verify_dialog", "查驗研習時數證明"))
        self.field = QLineEdit()
        self.field.setObjectName("verifyField")
        self.field.setPlaceholderText(
            translate("views.certificates.verify_dialog", "輸入或掃描驗證碼（如 7KQ2-M9XD-4RTB）或證書字號後按 Enter")
        )
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(380)
        self.field.returnPressed.connect(self.check)
        check = QPushButton(translate("views.certificates.verify_dialog", "查驗"))
        check.setAutoDefault(False)
        check.clicked.connect(self.check)
        row = QHBoxLayout()
        caption = QLabel(translate("views.certificates.verify_dialog", "驗證碼或字號(&V)"))
        caption.setBuddy(self.field)
        row.addWidget(caption)
        row.addWidget(self.field, 1)
        row.addWidget(check)

        self.verdict = QLabel(
            translate("views.certificates.verify_dialog", "每次查驗都會記錄（何時、何人、查驗結果）。")
        )
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.verdict.setFont(font)
        self.details: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, caption_text in (
            ("number", translate("views.certificates.verify_dialog", "證書字號")),
            ("holder", translate("views.certificates.verify_dialog", "持有人")),
            ("school", translate("views.certificates.verify_dialog", "服務學校")),
            ("course", translate("views.certificates.verify_dialog", "研習課程")),
            ("dates", translate("views.certificates.verify_dialog", "研習日期")),
            ("hours", translate("views.certificates.verify_dialog", "研習時數")),
            ("issued", translate("views.certificates.verify_dialog", "發證日期")),
            ("office", translate("views.certificates.verify_dialog", "發證機關")),
        ):
            value = QLabel()
            value.setObjectName(f"detail_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details[key] = value
            form.addRow(caption_text, value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)  # Enter checks, never closes
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(620, 380)
        self.field.setFocus()

    def check(self) -> None:
        text = self.field.text().strip()
        if not text:
            return
        operation = ops.verify(self.user, text)
        self.runner.run(
            operation.work, on_done=self.show_result, on_error=self._refused, description=operation.description
        )

    def show_result(self, v: Verification) -> None:
        self.verification = v
        sentence, colour = verdict(v)
        self.verdict.setText(sentence)
        self.verdict.setStyleSheet(f"color: {colour};")
        found = v.outcome is not VerificationOutcome.UNKNOWN
        values = {
            "number": v.number,
            "holder": f"{v.holder_name}（{v.holder_id}）" if found else "",
            "school": v.school,
            "course": f"{v.course_code} {v.course_title}".strip(),
            "dates": v.dates,
            "hours": translate("views.certificates.verify_dialog", "{hours} 小時").format(hours=v.hours)
            if found
            else "",
            "issued": v.issued_on,
            "office": v.office_name,
        }
        for key, label in self.details.items():
            label.setText(values[key])
        self.field.selectAll()
        self.field.setFocus()

    def _refused(self, exc: UserError) -> None:
        self.verdict.setText(exc.message)
        self.verdict.setStyleSheet(ERROR_STYLE)
        self.field.selectAll()
