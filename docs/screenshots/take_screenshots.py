"""Take the README's screenshots of the real program: the sign-in dialog and the main window.

Run on a demo database under a (virtual) display, e.g.::

    .venv/bin/ntip --db demo.sqlite3 demo seed --scale small
    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/take_screenshots.py --db demo.sqlite3

It signs in as the demo administrator, opens 稽核紀錄, selects the newest entry and saves
``login.png`` and ``main-window.png`` beside this script.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer

from ntip_desktop.views.app import create_application
from ntip_desktop.views.login import LoginDialog
from ntip_desktop.views.startup import Desk

HERE = Path(__file__).resolve().parent


def wait_until(condition, timeout_ms: int = 30_000) -> None:  # type: ignore[no-untyped-def]
    waited = 0
    while not condition():
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        waited += 50
        if waited > timeout_ms:
            raise SystemExit("timed out waiting for the program")


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="a demo database (ntip demo seed)")
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    app = create_application()  # noqa: F841 - kept alive while the windows are shown
    with tempfile.TemporaryDirectory() as settings:  # do not touch the user's remembered window state
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
        desk = Desk(args.db)
        desk.window.resize(1240, 760)
        desk.start()
        wait_until(lambda: isinstance(desk.dialog, LoginDialog) and desk.dialog.isVisible())
        login: LoginDialog = desk.dialog
        login.login_edit.setText("admin")
        login.password_edit.setText("ntipdemo")
        settle()
        login.grab().save(str(args.out / "login.png"))
        login.submit()
        wait_until(lambda: desk.window.user is not None)
        page = desk.window.show_page("audit")
        wait_until(lambda: not desk.runner.busy and page.model.rowCount() > 0)
        page.table.selectRow(0)
        page.verify()
        wait_until(lambda: page.verify_button.isEnabled())
        settle()
        desk.window.grab().save(str(args.out / "main-window.png"))
        desk.runner.wait_idle()
        desk.shutdown()
    QCoreApplication.processEvents()
    print(f"saved {args.out / 'login.png'} and {args.out / 'main-window.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
