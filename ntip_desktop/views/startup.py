"""The start-up sequence: window at once, database opened on the worker, then first run or sign-in, then pages.

:class:`Desk` is the running program minus the QApplication: it owns the task runner, the changes bus
and the main window, and walks the user from "opening the database" to a signed-in window. A database
that cannot be used is explained in a dialog that offers another file or quitting; nothing is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.views.main_window import MainWindow
from ntip_desktop.views.tasks import TaskRunner, freeze_long_lived

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    from ntip_desktop.services.db import Database


def demo_database_path() -> Path:
    """Where ``--demo`` keeps its database: beside the real one, never the real one."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("ntip-desktop", appauthor=False)) / "ntip-demo.sqlite3"


def _open(url: str | None) -> Database:
    from ntip_desktop.services.db import open_database

    return open_database(url)


def _peek(url: str | None) -> Any:
    from ntip_desktop.services.db_peek import ready_to_sign_in

    return ready_to_sign_in(url)


class Desk(QObject):
    """The program's objects and its start-up sequence."""

    #: Someone signed in (a CurrentUser).
    signed_in = Signal(object)
    #: The user chose to quit before signing in (the app then quits).
    quit_requested = Signal()

    def __init__(self, url: str | None = None, *, demo: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = str(demo_database_path()) if demo and not url else url
        self.demo = demo
        self.database: Database | None = None
        self.runner = TaskRunner(parent=self)
        self.window = MainWindow(self.runner)
        self.window.logout_requested.connect(self.sign_out)
        self.dialog: QDialog | QMessageBox | QFileDialog | None = None
        self.seeding: Any = None  # the demo seed's LongTask while it runs
        self.early_sign_in = False  # the sign-in dialog was shown before the database was open

    def start(self) -> None:
        """Show the window now; open the database once it has been painted (the worker's imports of the
        database layer would otherwise compete with the first paint)."""
        self._started = False
        self.window.first_painted.connect(lambda: QTimer.singleShot(0, self._begin))
        self.window.show()
        QTimer.singleShot(1000, self._begin)  # a window that is never painted (minimised) still opens it

    def _begin(self) -> None:
        if not self._started:
            self._started = True
            self.open(self.url)

    # --- the database -----------------------------------------------------------------------------

    def open(self, url: str | None) -> None:
        """Open and migrate ``url`` on the worker (``None``: ``$NTIP_DB_URL`` or the default file).

        A first look with the standard library alone comes first: an SQLite file ready for signing in gets
        the sign-in dialog at once, while the database layer loads behind it (a quarter of a second); a
        sign-in submitted meanwhile waits for the database (:meth:`TaskRunner.hold_until_open`)."""
        self.url = url
        self.early_sign_in = False
        self.window.set_phase(translate("views.startup", "正在開啟資料庫…"))
        self.runner.hold_until_open()
        self.runner.call(lambda: _peek(url), on_done=self._peeked, description=translate("views.startup", "開啟資料庫"))
        self.runner.call(
            lambda: _open(url),
            on_done=self._opened,
            on_error=self._open_failed,
            description=translate("views.startup", "開啟資料庫"),
        )

    def _peeked(self, ready: Any) -> None:
        if ready is not None:
            self.early_sign_in = True
            self.window.set_database(ready.label)
            self._login()

    def _opened(self, database: Database) -> None:
        if self.database is not None:
            self.database.dispose()
        self.database = database
        self.runner.opened(database)
        self.window.set_database(database.describe())
        if not self.early_sign_in:
            self.runner.call(
                database.has_users, on_done=self._ask_who, description=translate("views.startup", "檢查使用者")
            )

    def _open_failed(self, exc: UserError) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.runner.open_failed(exc)
        if self.early_sign_in and self.dialog is not None:
            self.dialog.hide()  # hiding does not reject: the early sign-in dialog goes without quitting
            self.dialog.deleteLater()
            self.early_sign_in = False
        self.window.set_phase(translate("views.startup", "無法開啟資料庫"))
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            translate("views.startup", "無法開啟資料庫"),
            exc.message,
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setObjectName("databaseProblem")
        box.setInformativeText(translate("views.startup", "資料庫沒有被更動。您可以改選另一個資料庫檔，或結束程式。"))
        self.choose_button = box.addButton(
            translate("views.startup", "選擇其他資料庫檔…"), QMessageBox.ButtonRole.AcceptRole
        )
        self.quit_button = box.addButton(translate("views.startup", "結束"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.choose_button)
        box.finished.connect(lambda _result: self._problem_answered(box))
        self.dialog = box
        box.open()

    def _problem_answered(self, box: QMessageBox) -> None:
        if box.clickedButton() is self.choose_button:
            self.choose_database()
        else:
            self.quit_requested.emit()

    def choose_database(self) -> None:
        """A file dialog for another SQLite file (an existing one, or a new name to start afresh)."""
        from PySide6.QtWidgets import QFileDialog

        chooser = QFileDialog(self.window, translate("views.startup", "選擇資料庫檔"))
        chooser.setObjectName("databaseChooser")
        chooser.setOption(QFileDialog.Option.DontConfirmOverwrite)
        chooser.setOption(QFileDialog.Option.DontUseNativeDialog)
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilters(
            [
                translate("views.startup", "SQLite 資料庫 (*.sqlite3 *.sqlite *.db)"),
                translate("views.startup", "所有檔案 (*)"),
            ]
        )
        chooser.setDefaultSuffix("sqlite3")
        chooser.fileSelected.connect(self.open)
        chooser.rejected.connect(lambda: self._open_failed(UserError(translate("views.startup", "尚未選擇資料庫。"))))
        self.dialog = chooser
        chooser.open()

    # --- who is working ---------------------------------------------------------------------------

    def _ask_who(self, has_users: bool) -> None:
        if not has_users and self.demo:
            self._seed_demo()
        elif not has_users:
            self._first_run()
        else:
            self._login()

    def _first_run(self) -> None:
        from ntip_desktop.views.first_run import FirstRunDialog

        self.window.set_phase(translate("views.startup", "請建立系統管理者"))
        dialog = FirstRunDialog(self.runner, database_label=self.window.database_label, parent=self.window)
        dialog.created.connect(lambda user: self._signed_in(user, page=dialog.first_page))
        dialog.rejected.connect(self.quit_requested)
        self.dialog = dialog
        dialog.open()

    def _login(self) -> None:
        from ntip_desktop.views.login import LoginDialog

        self.window.set_phase(translate("views.startup", "請登入"))
        hint = (
            translate("views.startup", "示範資料庫：帳號 admin、clerk、coordinator、certstaff，密碼皆為 ntipdemo。")
            if self.demo
            else ""
        )
        dialog = LoginDialog(
            self.runner,
            database_label=self.window.database_label,
            login="admin" if self.demo else "",
            hint=hint,
            parent=self.window,
        )
        dialog.signed_in.connect(self._signed_in)
        dialog.rejected.connect(self.quit_requested)
        self.dialog = dialog
        dialog.open()

    def _seed_demo(self) -> None:
        """An empty demo database: fill it (small scale) with a progress dialog and Cancel, then sign in."""
        database = self.database
        assert database is not None

        def seed(_session: Any, progress: Any, cancelled: Any) -> Any:
            from ntip_desktop.services.demo import seed as seed_demo

            return seed_demo(database, "small", progress=progress, cancelled=cancelled)

        self.window.set_phase(translate("views.startup", "正在建立示範資料…"))
        self.seeding = self.runner.run_long(
            seed,
            on_done=lambda _report: self._login(),
            on_cancelled=self._demo_cancelled,
            description=translate("views.startup", "建立示範資料"),
            parent=self.window,
        )

    def _demo_cancelled(self, exc: UserError) -> None:
        self.window.show_status(exc.message)
        self._first_run()

    def _signed_in(self, user: Any, page: str | None = None) -> None:
        """``page``: the page to open instead of the last one (a school computer's first start: its courses)."""
        self.dialog = None
        self.window.sign_in(user)
        if page is not None:
            self.window.show_page(page)
        freeze_long_lived()  # the database layer and the first page are loaded: keep them out of GC passes
        self.signed_in.emit(user)

    def sign_out(self) -> None:
        self.window.sign_out()
        self.window.show_status(translate("views.startup", "已登出"))
        self._login()

    # --- the end ----------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop the worker (letting the running task finish) and close the database."""
        self.runner.shutdown()
        if self.database is not None:
            self.database.dispose()
