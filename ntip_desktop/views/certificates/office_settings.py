"""印信與印表機: an office's seal image (shown as stored; a PNG replaces it) and the offset of each printer used
for pre-printed paper (x/y mm, applied when a certificate is printed from the preview on that printer).

Each change is made against the version shown: if another clerk changed the seal or the printer's offset
meanwhile, the refusal is shown and what is stored now is loaded again (the offset typed stays in its
fields, to be saved again)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop.errors import ConflictError, UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.certificates import PrinterOffset
from ntip_desktop.services.settings import ABSENT
from ntip_desktop.views.operations import Operation
from ntip_desktop.views.operations import certificates as ops
from ntip_desktop.views.operations.certificates import OfficeSettings, StoredSeal
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.file_dialogs import ask_open_path
from ntip_desktop.views.widgets.forms import ErrorLine

#: How large the stored seal is shown.
SEAL_PREVIEW_PX = 140
#: The service's limit either way (mm).
OFFSET_LIMIT = 20.0


def _offset_spin(name: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setObjectName(name)
    spin.setRange(-OFFSET_LIMIT, OFFSET_LIMIT)
    spin.setSingleStep(0.5)
    spin.setDecimals(1)
    spin.setSuffix(" mm")
    return spin


class OfficeSettingsDialog(QDialog):
    """Seals per issuing office and printer offsets, each saved (and audited) on its own button."""

    def __init__(self, runner: TaskRunner, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.user = user
        #: Versions of what is shown, that changes are made against: the seal, and each printer's offset.
        self.seal_version = ABSENT
        self.offset_versions: dict[str, int] = {}
        self.setWindowTitle(translate("views.certificates.office_settings", "印信與印表機"))

        self.office = QComboBox()
        self.office.setObjectName("officeChoice")
        self.office.currentIndexChanged.connect(lambda _i: self.load_seal())
        self.seal = QLabel()
        self.seal.setObjectName("sealImage")
        self.seal.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seal.setMinimumSize(SEAL_PREVIEW_PX + 20, SEAL_PREVIEW_PX + 20)
        self.seal.setStyleSheet("QLabel#sealImage { border: 1px solid #c0c0c0; background: white; }")
        self.choose_seal = QPushButton(translate("views.certificates.office_settings", "選擇 PNG 圖檔(&U)…"))
        self.choose_seal.setObjectName("chooseSealButton")
        self.choose_seal.clicked.connect(self.browse_seal)
        self.remove_seal_button = QPushButton(translate("views.certificates.office_settings", "移除印信(&R)"))
        self.remove_seal_button.setObjectName("removeSealButton")
        self.remove_seal_button.clicked.connect(self.remove_seal)
        seal_buttons = QVBoxLayout()
        seal_buttons.addWidget(self.choose_seal)
        seal_buttons.addWidget(self.remove_seal_button)
        seal_buttons.addStretch(1)
        seal_row = QHBoxLayout()
        seal_row.addWidget(self.seal)
        seal_row.addLayout(seal_buttons, 1)
        seal_box = QGroupBox(translate("views.certificates.office_settings", "發證機關印信"))
        seal_layout = QVBoxLayout(seal_box)
        seal_form = QFormLayout()
        seal_form.addRow(translate("views.certificates.office_settings", "發證機關(&O)"), self.office)
        seal_layout.addLayout(seal_form)
        seal_layout.addLayout(seal_row)
        seal_layout.addWidget(
            self._note(
                translate(
                    "views.certificates.office_settings",
                    "PNG 圖檔，最大 1 MB、每邊 3000 像素以內（建議透明背景）。之後發給的證明印在發證機關旁；已發給的證明不變。",
                )
            )
        )

        self.offsets = QTreeWidget()
        self.offsets.setObjectName("printerOffsets")
        self.offsets.setRootIsDecorated(False)
        self.offsets.setHeaderLabels(
            [
                translate("views.certificates.office_settings", "印表機"),
                translate("views.certificates.office_settings", "向右"),
                translate("views.certificates.office_settings", "向上"),
            ]
        )
        self.offsets.setMinimumHeight(90)
        self.offsets.currentItemChanged.connect(self._offset_chosen)
        self.printer = QComboBox()
        self.printer.setObjectName("printerName")
        self.printer.setEditable(True)
        self.printer.setMinimumWidth(240)
        self.x_mm = _offset_spin("offsetX")
        self.y_mm = _offset_spin("offsetY")
        self.save_offset_button = QPushButton(translate("views.certificates.office_settings", "儲存位移(&S)"))
        self.save_offset_button.setObjectName("saveOffsetButton")
        self.save_offset_button.clicked.connect(self.save_offset)
        offset_form = QFormLayout()
        offset_form.addRow(translate("views.certificates.office_settings", "印表機名稱(&P)"), self.printer)
        move = QHBoxLayout()
        move.addWidget(QLabel(translate("views.certificates.office_settings", "向右")))
        move.addWidget(self.x_mm)
        move.addWidget(QLabel(translate("views.certificates.office_settings", "向上")))
        move.addWidget(self.y_mm)
        move.addStretch(1)
        move.addWidget(self.save_offset_button)
        offset_form.addRow(translate("views.certificates.office_settings", "位移"), move)
        offset_box = QGroupBox(translate("views.certificates.office_settings", "印表機位移（預印證明用紙）"))
        offset_layout = QVBoxLayout(offset_box)
        offset_layout.addWidget(self.offsets)
        offset_layout.addLayout(offset_form)
        offset_layout.addWidget(
            self._note(
                translate(
                    "views.certificates.office_settings",
                    "在本程式預覽列印時，依所選印表機自動移動整頁內容（負值向左、向下，最多 ±20 mm）；兩者都設為 0 即取消校正。",
                )
            )
        )

        self.error = ErrorLine()
        self.status = QLabel()
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(seal_box)
        layout.addWidget(offset_box)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(620, 600)
        self._run(ops.office_settings(user), self._settings_in)

    @staticmethod
    def _note(text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        return note

    def _run(self, operation: Operation[Any], on_done: Callable[[Any], None]) -> None:
        self.error.clear_message()
        self.runner.run(operation.work, on_done=on_done, on_error=self._refused, description=operation.description)

    def _refused(self, exc: UserError) -> None:
        self.error.say(exc.message)
        if isinstance(exc, ConflictError):  # someone changed it meanwhile: show what is stored now
            self._reload()

    def _reload(self) -> None:
        code = self.office_code()
        if code is not None:
            self.runner.run(ops.seal_of(self.user, code).work, on_done=self._seal_in, on_error=self._refused)
        self.runner.run(ops.printer_offsets(self.user).work, on_done=self._offsets_in, on_error=self._refused)

    def _done(self, message: str) -> None:
        self.status.setText(message)

    # --- seals ------------------------------------------------------------------------------------

    def _settings_in(self, settings: OfficeSettings) -> None:
        self.office.blockSignals(True)
        self.office.clear()
        for code, name in settings.offices:
            self.office.addItem(name, code)
        self.office.blockSignals(False)
        self._offsets_in(settings.offsets)
        self.load_seal()

    def office_code(self) -> str | None:
        code = self.office.currentData()
        return str(code) if code is not None else None

    def choose_office(self, code: str) -> None:
        index = self.office.findData(code)
        if index >= 0:
            self.office.setCurrentIndex(index)

    def load_seal(self) -> None:
        code = self.office_code()
        if code is not None:
            self._run(ops.seal_of(self.user, code), self._seal_in)

    def _seal_in(self, stored: StoredSeal) -> None:
        data = stored.data
        self.seal_version = stored.version
        self.remove_seal_button.setEnabled(data is not None)
        if data is None:
            self.seal.setPixmap(QPixmap())
            self.seal.setText(translate("views.certificates.office_settings", "（尚未上傳：\n證明上不印印信）"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(data, "PNG")
        self.seal.setPixmap(
            pixmap.scaled(
                SEAL_PREVIEW_PX,
                SEAL_PREVIEW_PX,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def browse_seal(self) -> None:
        path = ask_open_path(
            self,
            translate("views.certificates.office_settings", "選擇印信圖檔"),
            translate("views.certificates.office_settings", "PNG 圖檔 (*.png)"),
        )
        if path is not None:
            self.upload_seal(path)

    def upload_seal(self, path: Path) -> None:
        code = self.office_code()
        if code is None:
            return
        self._change_seal(ops.store_seal(self.user, code, path, self.seal_version))

    def _change_seal(self, operation: Operation[Any]) -> None:
        """Store or remove a seal; then say so and show the seal as it is now."""

        def changed(changes: Any) -> None:
            self._done(operation.message(changes))
            self.load_seal()

        self._run(operation, changed)

    def remove_seal(self) -> None:
        code = self.office_code()
        if code is None:
            return
        self._change_seal(ops.remove_seal(self.user, code, self.seal_version))

    # --- printer offsets --------------------------------------------------------------------------

    def _offsets_in(self, offsets: list[PrinterOffset]) -> None:
        self.offset_versions = {o.printer: o.version for o in offsets}
        self.offsets.clear()
        for o in offsets:
            QTreeWidgetItem(self.offsets, [o.printer, f"{o.x_mm:g} mm", f"{o.y_mm:g} mm"]).setData(
                0, Qt.ItemDataRole.UserRole, (o.x_mm, o.y_mm)
            )
        typed = self.printer.currentText()
        self.printer.clear()
        names = [o.printer for o in offsets]
        names += [n for n in QPrinterInfo.availablePrinterNames() if n not in names]
        self.printer.addItems(names)
        self.printer.setEditText(typed or QPrinterInfo.defaultPrinterName())

    def _offset_chosen(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        x, y = item.data(0, Qt.ItemDataRole.UserRole)
        self.printer.setEditText(item.text(0))
        self.x_mm.setValue(x)
        self.y_mm.setValue(y)

    def save_offset(self) -> None:
        name = self.printer.currentText().strip()
        if not name:
            self.error.say(translate("views.certificates.office_settings", "請輸入印表機名稱。"), self.printer)
            return
        operation = ops.set_printer_offset(
            self.user, name, self.x_mm.value(), self.y_mm.value(), self.offset_versions.get(name, ABSENT)
        )

        def saved(changes: Any) -> None:
            self._done(operation.message(changes))
            self._run(ops.printer_offsets(self.user), self._offsets_in)

        self._run(operation, saved)
