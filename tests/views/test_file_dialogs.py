"""Issue 14 item 8: Qt's file dialog reads in Chinese."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QLabel

from ntip_desktop.views.app import install_translations, remove_translations
from ntip_desktop.views.qt_strings import SUPPLIED


def _labels(dialog: QFileDialog) -> dict[str, str]:
    return {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}


@pytest.mark.parametrize("language", ["zh_TW", "de_DE"])
def test_the_file_dialog_reads_in_chinese(qapp: QApplication, qtbot: Any, tmp_path: Path, language: str) -> None:
    """Qt's zh_TW catalogue leaves 'Look in:', 'Files of type:' and the kind 'Folder' in English; ours fills
    them, also on a system whose language we ship nothing for (the program is Chinese there too)."""
    (tmp_path / "名單").mkdir()
    (tmp_path / "名單.csv").write_text("A123456789\n", encoding="utf-8")
    install_translations(qapp, QLocale(language))
    try:
        dialog = QFileDialog(None, "選擇名單檔", str(tmp_path), "名單 (*.csv)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        labels = _labels(dialog)
        assert labels["lookInLabel"] == "尋找於(&L)："
        assert labels["fileNameLabel"] == "檔名(&N)："
        assert labels["fileTypeLabel"] == "檔案型態(&T)："
        model = dialog.findChild(QFileSystemModel)
        assert model is not None
        folder = model.index(str(tmp_path / "名單"))
        qtbot.waitUntil(lambda: model.index(folder.row(), 2, folder.parent()).data() is not None)
        assert model.index(folder.row(), 2, folder.parent()).data() == "資料夾"
    finally:
        remove_translations(qapp)


def test_every_qt_string_we_supply_has_its_chinese(qapp: QApplication) -> None:
    install_translations(qapp, QLocale("zh_TW"))
    try:
        untranslated = [(c, s) for c, s in SUPPLIED if QCoreApplication.translate(c, s) == s]
        assert untranslated == []
    finally:
        remove_translations(qapp)


def test_in_english_the_file_dialog_stays_english(qapp: QApplication, qtbot: Any, tmp_path: Path) -> None:
    install_translations(qapp, QLocale("en"))
    try:
        dialog = QFileDialog(None, "Open", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        assert _labels(dialog)["lookInLabel"] == "&Look in:"
    finally:
        remove_translations(qapp)
