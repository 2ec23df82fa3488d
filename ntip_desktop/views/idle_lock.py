"""The idle screen lock: after some minutes without a key or a click, the window is covered and asks for the
signed-in user's password. It is not a sign-out: the pages, open dialogs and what was half typed stay as they
were, hidden while the screen is locked and back once the password is given.

The password is checked by ``services.auth.confirm_password``, counted and locked out like a sign-in, so a
locked screen is no way round the sign-in lock. The minutes are a setting of this computer (``QSettings``
``security/idle_lock_minutes``), changed on the 設定 page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.views.widgets.forms import ErrorLine, heading_label, password_edit

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from ntip_desktop.services.auth import CurrentUser
    from ntip_desktop.views.tasks import TaskRunner

SETTING = "security/idle_lock_minutes"
DEFAULT_MINUTES = 10
MIN_MINUTES, MAX_MINUTES = 1, 240

# What counts as someone at the keyboard.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


def idle_minutes() -> int:
    """The minutes of inactivity after which the screen locks (this computer's setting)."""
    try:
        minutes = int(QSettings().value(SETTING, DEFAULT_MINUTES))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        minutes = DEFAULT_MINUTES
    return min(max(minutes, MIN_MINUTES), MAX_MINUTES)


def save_minutes(minutes: int) -> int:
    """Store this computer's setting (kept within the allowed range); returns what was stored."""
    minutes = min(max(int(minutes), MIN_MINUTES), MAX_MINUTES)
    QSettings().setValue(SETTING, minutes)
    return minutes


def _confirm(user: CurrentUser, password: str, session: Any) -> None:
    from ntip_desktop.services.auth import confirm_password

    confirm_password(session, user, password)


class ScreenLockDialog(QDialog):
    """Covers the main window; the signed-in user's password opens it again."""

    unlocked = Signal()
    # The person chose to sign out instead (unsaved work is then lost, and the dialog says so).
    sign_out_requested = Signal()

    def __init__(self, runner: TaskRunner, user: CurrentUser, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screenLock")
        self.setWindowTitle(translate("views.idle_lock", "畫面已鎖定"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._runner = runner
        self._user = user
        self._checking = False
        heading = heading_label(translate("views.idle_lock", "畫面已鎖定"))
        note = QLabel(
            translate(
                "views.idle_lock",
                "{name}（{login}）已閒置 {minutes} 分鐘，畫面已鎖定。請輸入密碼繼續；尚未存檔的資料都還在。",
            ).format(name=user.display_name, login=user.login, minutes=minutes)
        )
        note.setObjectName("lockNote")
        note.setWordWrap(True)
        self.password_edit = password_edit()
        self.password_edit.setObjectName("unlockPassword")
        self.password_edit.setPlaceholderText(translate("views.idle_lock", "密碼"))
        self.password_edit.returnPressed.connect(self.submit)
        self.error = ErrorLine()
        self.unlock_button = QPushButton(translate("views.idle_lock", "解鎖"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setAutoDefault(False)
        self.unlock_button.clicked.connect(self.submit)
        self.sign_out_button = QPushButton(translate("views.idle_lock", "登出（未存檔的資料將遺失）"))
        self.sign_out_button.setAutoDefault(False)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(note)
        layout.addWidget(self.password_edit)
        layout.addWidget(self.error)
        layout.addWidget(self.unlock_button)
        layout.addWidget(self.sign_out_button)
        layout.addStretch(1)
        self.password_edit.setFocus()

    def reject(self) -> None:
        """Escape does not open a locked screen."""

    def submit(self) -> None:
        password = self.password_edit.text()
        if self._checking:
            return
        if not password:
            self.error.say(translate("views.idle_lock", "請輸入密碼。"), self.password_edit)
            return
        self._checking = True
        self.unlock_button.setEnabled(False)
        self._runner.run(
            lambda session: _confirm(self._user, password, session),
            on_done=self._confirmed,
            on_error=self._refused,
            description=translate("views.idle_lock", "解鎖畫面"),
        )

    def _confirmed(self, _result: object) -> None:
        self._checking = False
        self.password_edit.clear()
        self.unlocked.emit()

    def _refused(self, exc: UserError) -> None:
        self._checking = False
        self.unlock_button.setEnabled(True)
        self.password_edit.clear()
        self.error.say(exc.message, self.password_edit)


class IdleLock(QObject):
    """Watches the application's input while someone is signed in and locks the screen when it stops."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QMainWindow, runner: TaskRunner) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._user: CurrentUser | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock)
        self._interval_ms = idle_minutes() * 60_000
        self.dialog: ScreenLockDialog | None = None
        self._hidden: list[QWidget] = []
        self._focus: QWidget | None = None

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    @property
    def interval_ms(self) -> int:
        return self._interval_ms

    def set_minutes(self, minutes: int) -> None:
        """Store this computer's setting and use it from now on."""
        self.set_interval(save_minutes(minutes) * 60_000)

    def set_interval(self, milliseconds: int) -> None:
        self._interval_ms = milliseconds
        if self._user is not None and not self.is_locked:
            self._timer.start(self._interval_ms)

    def start(self, user: CurrentUser) -> None:
        """Someone signed in: watch for their inactivity."""
        self._user = user
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start(self._interval_ms)

    def stop(self) -> None:
        """Signed out: nothing to lock; a lock still showing goes away."""
        self._user = None
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._close_dialog()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._user is not None and not self.is_locked:
            self._timer.start(self._interval_ms)
        return False

    def lock(self) -> None:
        """Cover the window (hiding its other windows meanwhile) and ask for the password."""
        if self._user is None or self.is_locked:
            return
        self._timer.stop()
        self._focus = QApplication.focusWidget()
        self._hidden = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not self._window and w.isVisible() and w.isWindow() and not isinstance(w, ScreenLockDialog)
        ]
        for widget in self._hidden:
            widget.hide()
        central = self._window.centralWidget()
        if central is not None:
            central.hide()
        dialog = ScreenLockDialog(
            self._runner, self._user, max(1, round(self._interval_ms / 60_000)), parent=self._window
        )
        dialog.unlocked.connect(self.unlock)
        dialog.sign_out_requested.connect(self._sign_out)
        dialog.setGeometry(self._window.geometry())
        self.dialog = dialog
        dialog.show()
        dialog.activateWindow()
        dialog.password_edit.setFocus()
        self.locked.emit()

    def unlock(self) -> None:
        """The password was right: everything comes back as it was, focus included."""
        self._close_dialog()
        self.unlocked.emit()
        if self._user is not None:
            self._timer.start(self._interval_ms)

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.hide()
        dialog.deleteLater()
        central = self._window.centralWidget()
        if central is not None:
            central.show()
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        focus, self._focus = self._focus, None
        if focus is not None:
            try:
                focus.activateWindow()
                focus.setFocus()
            except RuntimeError:  # the widget went away meanwhile (its page was closed)
                pass

    def _sign_out(self) -> None:
        window: Any = self._window
        self._close_dialog()
        window.logout_requested.emit()
