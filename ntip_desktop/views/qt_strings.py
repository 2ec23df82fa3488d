"""Qt's own strings that Qt's Traditional Chinese catalogue (``qtbase_zh_TW``) leaves in English.

Qt 6 renamed a few of its file dialog's texts (``&Look in:``, ``Files of &type:``) and moved the file kinds
(``Folder``, ``Drive``…) to ``QAbstractFileIconProvider``; its zh_TW catalogue still has only the old
entries, so the dialog showed English labels and an English 型態 column. They are marked here under Qt's
own contexts, so that ``scripts/update-translations`` lists them in our catalogues, and translated in
``resources/i18n/ntip_zh_TW.ts`` (the source text is Qt's English, not zh-TW as everywhere else). Qt asks
its own catalogue first and ours after it (``views.app.install_translations``), so these entries only fill
the gaps. Nothing imports this module at run time; ``tests/views/test_file_dialogs.py`` checks the dialog.
"""

from __future__ import annotations

from ntip_desktop.i18n import QT_TRANSLATE_NOOP

#: (context, source) of every Qt string supplied here.
SUPPLIED = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
    # QAbstractFileIconProvider::type(): the 型態 column of the file list
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Alias")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown")),
)
