"""Choosing where to save a file or which file to open: the user's Documents folder at first, then the folder
used last (remembered in QSettings, one for saving and one for opening).

Qt's static ``QFileDialog.getSaveFileName(parent, title, "名單.pdf")`` opens in the program's working folder,
which for a desktop program is wherever it was started from. Every page asks through :func:`ask_save_path`
and :func:`ask_open_path` instead; both use the platform's own dialog where there is one.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

#: QSettings keys of the folder last saved into and the folder a file was last opened from.
SAVE_FOLDER_KEY = "files/save_folder"
OPEN_FOLDER_KEY = "files/open_folder"


def documents_folder() -> Path:
    """The user's Documents folder (``~/Documents``, 文件, ``%USERPROFILE%\\Documents``), else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def start_folder(key: str) -> Path:
    """The folder remembered under ``key`` if it still exists, else the Documents folder."""
    remembered = str(QSettings().value(key, "") or "")
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    return documents_folder()


def remember_folder(key: str, chosen: Path) -> None:
    QSettings().setValue(key, str(chosen.parent))


def _first_suffix(filters: str) -> str:
    """``pdf`` for ``PDF 檔 (*.pdf)``: the extension added when the user types a name without one."""
    found = re.search(r"\*\.(\w+)", filters)
    return found.group(1) if found else ""


def save_dialog(parent: QWidget | None, title: str, suggested_name: str, filters: str) -> QFileDialog:
    """A save dialog, not yet shown: in :func:`start_folder`, the suggested name filled in."""
    dialog = QFileDialog(parent, title, str(start_folder(SAVE_FOLDER_KEY)), filters)
    dialog.setObjectName("saveFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(_first_suffix(filters))
    dialog.selectFile(suggested_name)
    return dialog


def open_dialog(parent: QWidget | None, title: str, filters: str) -> QFileDialog:
    """An open dialog for one existing file, not yet shown, in :func:`start_folder`."""
    dialog = QFileDialog(parent, title, str(start_folder(OPEN_FOLDER_KEY)), filters)
    dialog.setObjectName("openFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def _chosen(dialog: QFileDialog, key: str) -> Path | None:
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        path = Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()
    remember_folder(key, path)
    return path


def ask_save_path(parent: QWidget | None, title: str, suggested_name: str, filters: str) -> Path | None:
    """Where to save (None: cancelled); the folder chosen is where the next save dialog opens."""
    return _chosen(save_dialog(parent, title, suggested_name, filters), SAVE_FOLDER_KEY)


def ask_open_path(parent: QWidget | None, title: str, filters: str) -> Path | None:
    """Which file to open (None: cancelled); its folder is where the next open dialog starts."""
    return _chosen(open_dialog(parent, title, filters), OPEN_FOLDER_KEY)
