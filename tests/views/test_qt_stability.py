"""A guard against a bad Qt upgrade: PySide6 6.12.0 on CPython 3.11 aborts ("none_dealloc") after a few
thousand Qt calls that return None. pyproject pins 6.11.x there; this test fails if that ever slips."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import PySide6

_SCRIPT = textwrap.dedent(
    """
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QApplication, QLabel
    from ntip_desktop.views.widgets.text_table import TextTableModel

    app = QApplication([])
    label = QLabel()
    model = TextTableModel(["項目", "內容"])
    model.set_rows([("每日採計上限", "6小時")])
    first, last = model.index(0, 0), model.index(0, 1)
    for i in range(50_000):
        label.setText(str(i))                 # a Qt call returning None
        model.dataChanged.emit(first, last)   # a signal emission returning None
        label.setToolTip(None if i % 2 else "提示")
    print(label.text(), model.rowCount(QModelIndex()))
    """
)


def test_fifty_thousand_qt_calls_returning_none_do_not_crash() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, (
        f"150,000 Qt calls returning None ended the interpreter (exit {proc.returncode}) on PySide6 "
        f"{PySide6.__version__}, Python {sys.version.split()[0]}. PySide6 6.12.0 on CPython 3.11 is known to abort "
        f"this way ('none_dealloc'); keep PySide6 at 6.11.x there.\n{proc.stderr[-2000:]}"
    )
    assert proc.stdout.split() == ["49999", "1"]
