"""個人研習紀錄: a teacher's awards of one ROC year with the total, asked by national ID and year; the PDF
opens in the preview."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from ntip_desktop.i18n import translate
from ntip_desktop.services.rules.ids import check_id, normalize_id
from ntip_desktop.services.rules.rocdate import local_today, roc_year
from ntip_desktop.views.widgets.forms import ErrorLine


class AnnualRecordDialog(QDialog):
    """The teacher (national ID, checked at once) and the ROC year; ``accepted`` when both hold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("views.certificates.record_dialog", "個人研習紀錄"))
        self.national_id = QLineEdit()
        self.national_id.setObjectName("recordTeacherId")
        self.national_id.setMaxLength(12)
        self.national_id.setPlaceholderText(translate("views.certificates.record_dialog", "輸入或掃描身分證字號"))
        self.year = QSpinBox()
        self.year.setObjectName("recordYear")
        self.year.setRange(90, 200)
        self.year.setValue(roc_year(local_today()))
        self.year.setPrefix(translate("views.certificates.record_dialog", "民國 "))
        self.year.setSuffix(translate("views.certificates.record_dialog", " 年"))
        self.error = ErrorLine()
        form = QFormLayout()
        form.addRow(translate("views.certificates.record_dialog", "身分證字號(&D)"), self.national_id)
        form.addRow(translate("views.certificates.record_dialog", "年度(&Y)"), self.year)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("views.certificates.record_dialog", "製作紀錄")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.national_id.setFocus()

    def teacher(self) -> str:
        return normalize_id(self.national_id.text())

    def accept(self) -> None:
        typed = self.teacher()
        checked = check_id(typed)
        if not checked.valid:
            self.error.say(
                checked.reason or translate("views.certificates.record_dialog", "請輸入身分證字號。"), self.national_id
            )
            return
        super().accept()
