"""``ntip-desktop``: start the desktop program.

Start-up stays lean: only Qt and this package's Qt-free basics are imported before the window shows;
the database layer (SQLAlchemy, Alembic) is imported on the worker thread when the database is opened,
and each page's module when the page is first shown.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication

from ntip_desktop import __version__, i18n

APP_NAME = "NTIP Desk"
ORGANIZATION = "ntip-desktop"
#: The compiled catalogues (``ntip_en.qm``, ``ntip_zh_TW.qm``), built from ``resources/i18n/*.ts`` by
#: ``scripts/update-translations`` and shipped inside the package.
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"
#: The source strings' language: Qt's own catalogue for it is used when we have none for the user's language.
SOURCE_LANGUAGE = "zh_TW"
#: Translators installed by :func:`install_translations`, replaced by the next call.
_installed: list[QTranslator] = []

#: Faces that draw Traditional Chinese well, best first; the platform's own default goes before the
#: last resort (AR PL UMing TW), so Latin text keeps the platform look when only UMing is installed.
PREFERRED_FAMILIES = (
    "Noto Sans CJK TC",
    "Noto Sans TC",
    "Source Han Sans TC",
    "Microsoft JhengHei UI",
    "Microsoft JhengHei",
    "PingFang TC",
    "Heiti TC",
)
FALLBACK_FAMILIES = ("AR PL UMing TW", "AR PL UKai TW", "WenQuanYi Zen Hei")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ntip-desktop", description="NTIP Desk 全國教師在職進修資訊網 審核工作台")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="資料庫：SQLite 檔案路徑或 postgresql:// 網址（預設：$NTIP_DB_URL 或使用者資料夾中的檔案）",
    )
    parser.add_argument("--demo", action="store_true", help="使用示範資料庫（第一次會自動建立示範資料）")
    parser.add_argument("--version", action="version", version=f"NTIP Desk {__version__}")
    return parser.parse_args(argv)


def ui_locale() -> QLocale:
    """The language to show: ``$NTIP_LANG`` (``en``, ``zh_TW``) when set, else the system's."""
    chosen = os.environ.get("NTIP_LANG", "").strip()
    return QLocale(chosen) if chosen else QLocale()


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Our catalogue for ``locale`` (default :func:`ui_locale`) if we ship one, and Qt's own for that language.

    Source strings are zh-TW: without a catalogue of ours for the language (``C``, German…) the program stays
    Chinese, with our zh_TW catalogue (it supplies Qt strings that Qt's own leaves English, ``views.qt_strings``)
    and Qt's own zh_TW catalogue, which makes standard buttons read 確定／取消. Qt's catalogue is installed last,
    so it is asked first. Translators from an earlier call are removed first and the lookup hook is reset, so
    the next window built shows the new language.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = QTranslator(app)
    language = SOURCE_LANGUAGE
    if ours.load(locale or ui_locale(), "ntip", "_", str(TRANSLATIONS_DIR)):
        language = ours.language().replace("-", "_") or language
    else:
        ours.load(f"ntip_{SOURCE_LANGUAGE}", str(TRANSLATIONS_DIR))
    if not ours.isEmpty():
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    i18n.install(QCoreApplication.translate)
    return list(_installed)


def remove_translations(app: QCoreApplication) -> None:
    """Back to the source text (zh-TW) everywhere: no catalogue installed, lookups return their text."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    i18n.install(None)


def apply_font(app: QApplication) -> QFont:
    """A default font whose Chinese glyphs are Traditional (TW) forms, whichever faces are installed."""
    font = app.font()
    default = QFontInfo(font).family()  # the face "Sans Serif" really is, so the list names a real family
    families = [*PREFERRED_FAMILIES, default, *FALLBACK_FAMILIES]
    font.setFamilies(list(dict.fromkeys(families)))
    app.setFont(font)
    return font


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names (for QSettings), translations, font and the translation hook."""
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "ntip-desktop", *(argv or [])])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    install_translations(app)
    apply_font(app)
    return app


def quit_on_interrupt(app: QApplication) -> QTimer:
    """Ctrl+C in the terminal the program was started from (SIGINT) closes it as 結束 does.

    Qt's event loop runs in C++, where Python's signal handlers wait for Python code to run: a timer gives
    Python a turn five times a second, so the handler runs at once (``scripts/demo`` on a machine without a
    display tells the user to stop it so)."""

    def interrupted(_signum: int, _frame: object) -> None:
        app.closeAllWindows()
        app.quit()

    signal.signal(signal.SIGINT, interrupted)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(200)
    return timer


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = create_application()
    quit_on_interrupt(app)

    from ntip_desktop.views.errors import CrashReporter
    from ntip_desktop.views.startup import Desk

    reporter = CrashReporter(parent=app)
    reporter.install()
    desk = Desk(args.db, demo=args.demo)
    desk.quit_requested.connect(app.quit)
    desk.start()
    try:
        return app.exec()
    finally:
        desk.shutdown()
        reporter.uninstall()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
