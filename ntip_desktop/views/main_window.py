"""The main window: the page list, the pages, the status bar and the menus. It composes pages; each page
does its own job (see ``views/pages/base.py``).

The window shows at once, before the database is open; :meth:`MainWindow.sign_in` then enables the pages
the user's role may use (the others stay listed, disabled, with a tooltip saying why) and opens the last
page used. Geometry, window state, the splitter and the last page are remembered in QSettings.

Start-up: what runs before the first paint avoids PySide6's ``Qt`` namespace and key sequences, whose first
use costs about 20 ms (``Qt`` is imported where first needed, the shortcuts are set just after the first
paint); the page list's rows are in ``PAGE_SPECS``' order.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ntip_desktop import __version__
from ntip_desktop.i18n import translate
from ntip_desktop.views.change_poller import ChangePoller
from ntip_desktop.views.pages import PAGE_SPECS, PageSpec
from ntip_desktop.views.tasks import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from ntip_desktop.changes import Changes
    from ntip_desktop.services.auth import CurrentUser
    from ntip_desktop.views.idle_lock import IdleLock
    from ntip_desktop.views.manual_window import ManualWindow
    from ntip_desktop.views.pages.base import Page


def _centred(label: QLabel) -> QWidget:
    """``label`` in the middle of an otherwise empty widget (stretches, so no alignment enum is needed)."""
    holder = QWidget()
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(label)
    row.addStretch(1)
    column = QVBoxLayout(holder)
    column.addStretch(1)
    column.addLayout(row)
    column.addStretch(1)
    return holder


class MainWindow(QMainWindow):
    """The shell around the pages."""

    logout_requested = Signal()
    #: A page came on screen (its key).
    page_shown = Signal(str)
    #: The window has been painted for the first time.
    first_painted = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(translate("views.main_window", "NTIP Desk 全國教師在職進修資訊網審核工作台"))
        self.runner = runner
        self.user: CurrentUser | None = None
        self.database_label = ""
        self.pages: dict[str, Page] = {}
        self._allowed: dict[str, bool] = {}
        #: Locks the screen after the set idle minutes while someone is signed in (made at the first sign-in).
        self.idle_lock: IdleLock | None = None

        self.nav = QListWidget()
        self.nav.setObjectName("pageList")
        for number, spec in enumerate(PAGE_SPECS, start=1):
            item = QListWidgetItem(spec.label)
            item.setToolTip(translate("views.main_window", "{title}（Ctrl+{n}）").format(title=spec.label, n=number))
            self.nav.addItem(item)
        self.nav.setEnabled(False)
        self.nav.setStyleSheet("QListWidget#pageList::item { padding: 7px 10px; }")
        self.nav.setMinimumWidth(self.nav.sizeHintForColumn(0) + 48)
        self.nav.currentRowChanged.connect(self._nav_changed)

        self.placeholder = QLabel(translate("views.main_window", "正在開啟資料庫…"))
        self.placeholder.setObjectName("placeholder")
        self.stack = QStackedWidget()
        self.stack.addWidget(_centred(self.placeholder))

        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([self.nav.minimumWidth() + 20, 1000])
        self.setCentralWidget(self.splitter)

        self._build_status_bar()
        self._build_menus()
        self.runner.busy_changed.connect(self._busy_changed)
        self.runner.message.connect(self.show_status)
        self.runner.bus.changed.connect(self._changes)
        #: Refreshes the pages when others change data (a poll of the audit log's head while signed in).
        self.change_poller = ChangePoller(runner, self)
        self.resize(1180, 740)
        self.restore_settings()
        self._painted = False
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.removeEventFilter(self)
            self.first_painted.emit()
        return False

    # --- building ---------------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.busy_indicator = QProgressBar()
        self.busy_indicator.setObjectName("busyIndicator")
        self.busy_indicator.setRange(0, 0)
        self.busy_indicator.setMaximumWidth(90)
        self.busy_indicator.setMaximumHeight(14)
        self.busy_indicator.setTextVisible(False)
        self.busy_indicator.hide()
        self.user_label = QLabel(translate("views.main_window", "尚未登入"))
        self.user_label.setObjectName("userLabel")
        self.database_label_widget = QLabel()
        self.database_label_widget.setObjectName("databaseLabel")
        bar.addPermanentWidget(self.busy_indicator)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.database_label_widget)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("views.main_window", "檔案(&F)"))
        self.logout_action = QAction(translate("views.main_window", "登出(&L)"), self)
        self.logout_action.setEnabled(False)
        self.logout_action.triggered.connect(self.logout_requested)
        file_menu.addAction(self.logout_action)
        self.lock_action = QAction(translate("views.main_window", "鎖定畫面(&K)"), self)
        self.lock_action.setEnabled(False)
        self.lock_action.triggered.connect(self.lock_screen)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        quit_action = QAction(translate("views.main_window", "結束(&X)"), self)
        self.quit_action = quit_action
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(translate("views.main_window", "說明(&H)"))
        self.manual_action = QAction(translate("views.main_window", "使用手冊(&M)"), self)
        self.manual_action.triggered.connect(self.show_manual)
        help_menu.addAction(self.manual_action)
        self.manual_window: ManualWindow | None = None
        about = QAction(translate("views.main_window", "關於 NTIP Desk(&A)"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.page_actions: list[QAction] = []
        for spec in PAGE_SPECS:
            action = QAction(spec.label, self)
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_page(key))
            self.addAction(action)
            self.page_actions.append(action)
        self.shortcuts_installed = False
        self.first_painted.connect(lambda: QTimer.singleShot(0, self.install_shortcuts))

    def install_shortcuts(self) -> None:
        """Ctrl+Q, F1 and Ctrl+1…8 (window shortcuts, QAction's default). Set one event-loop turn after the first
        paint: the first QKeySequence builds PySide6's key enums, about 20 ms the window need not wait for."""
        from PySide6.QtGui import QKeySequence

        if self.shortcuts_installed:
            return
        self.shortcuts_installed = True
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.manual_action.setShortcut(QKeySequence("F1"))
        for number, action in enumerate(self.page_actions, start=1):
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))

    # --- status bar -------------------------------------------------------------------------------

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def set_phase(self, text: str) -> None:
        """What the window says while no page can be shown (opening the database, waiting for sign-in)."""
        self.placeholder.setText(text)
        self.stack.setCurrentIndex(0)

    def set_database(self, label: str) -> None:
        self.database_label = label
        self.database_label_widget.setText(label)
        self.database_label_widget.setToolTip(translate("views.main_window", "使用中的資料庫"))

    def _busy_changed(self, busy: bool) -> None:
        self.busy_indicator.setVisible(busy)
        self.busy_indicator.setToolTip(self.runner.current_description if busy else "")

    # --- signing in and out -----------------------------------------------------------------------

    def sign_in(self, user: CurrentUser) -> None:
        """Enable the pages ``user`` may use and open the last page (or the first allowed one)."""
        from PySide6.QtCore import Qt

        from ntip_desktop.services.auth import Permission

        self.install_shortcuts()
        self.user = user
        self.user_label.setText(
            translate("views.main_window", "{name}（{role}．{scope}）").format(
                name=user.display_name, role=user.role_label, scope=user.scope_label
            )
        )
        self.user_label.setToolTip(translate("views.main_window", "登入帳號：{login}").format(login=user.login))
        for row, spec in enumerate(PAGE_SPECS):
            item = self.nav.item(row)
            allowed = not spec.permissions or any(user.can(Permission[p]) for p in spec.permissions)
            self._allowed[spec.key] = allowed
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags if allowed else Qt.ItemFlag.NoItemFlags)
            item.setToolTip(
                translate("views.main_window", "{title}（Ctrl+{n}）").format(title=spec.label, n=row + 1)
                if allowed
                else self._refusal(spec)
            )
        self.nav.setEnabled(True)
        self.logout_action.setEnabled(True)
        self.lock_action.setEnabled(True)
        if self.idle_lock is None:
            from ntip_desktop.views.idle_lock import IdleLock

            self.idle_lock = IdleLock(self, self.runner)
        self.idle_lock.start(user)
        self.change_poller.start(user)
        last = str(QSettings().value("main/last_page", "") or "")
        first = next(s.key for s in PAGE_SPECS if self._allowed[s.key])
        self.show_page(last if self._allowed.get(last) else first)

    def _refusal(self, spec: PageSpec) -> str:
        from ntip_desktop.labels import label
        from ntip_desktop.vocabulary import Permission

        assert self.user is not None and spec.permission is not None
        return translate("views.main_window", "您的身分（{role}）不能使用「{title}」：需要「{what}」的權限。").format(
            role=self.user.role_label, title=spec.label, what="、".join(label(Permission[p]) for p in spec.permissions)
        )

    def sign_out(self) -> None:
        """Forget the user and their pages; the window stays, waiting for the next sign-in."""
        if self.idle_lock is not None:
            self.idle_lock.stop()
        self.change_poller.stop()
        self.lock_action.setEnabled(False)
        self.user = None
        self._allowed.clear()
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
        self.nav.setEnabled(False)
        self.logout_action.setEnabled(False)
        self.set_phase(translate("views.main_window", "請登入"))
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.user_label.setText(translate("views.main_window", "尚未登入"))
        self.user_label.setToolTip("")

    def lock_screen(self) -> None:
        """Lock now (檔案 → 鎖定畫面), as the idle timer would."""
        if self.idle_lock is not None:
            self.idle_lock.lock()

    # --- pages ------------------------------------------------------------------------------------

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if widget in self.pages.values() else None  # type: ignore[return-value]

    def show_page(self, key: str) -> Page | None:
        """Bring page ``key`` on screen (building it the first time); refused pages only explain why."""
        spec = next(s for s in PAGE_SPECS if s.key == key)
        if self.user is None:
            return None
        if not self._allowed.get(key):
            self.show_status(self._refusal(spec))
            return None
        page = self.pages.get(key) or self._build(spec)
        row = PAGE_SPECS.index(spec)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        self.stack.setCurrentWidget(page)
        QSettings().setValue("main/last_page", key)
        page.activate()
        focus = page.initial_focus()
        if focus is not None:
            focus.setFocus()
        self.page_shown.emit(key)
        return page

    def _build(self, spec: PageSpec) -> Page:
        from ntip_desktop.services.auth import Permission
        from ntip_desktop.views.pages.base import PageContext

        assert self.user is not None
        module = importlib.import_module(spec.module)
        context = PageContext(self.runner, self.user, self.database_label, self.show_status)
        cls = getattr(module, spec.class_name)
        page: Page = cls(context)
        page.title = spec.label
        page.permission = Permission[spec.permissions[0]] if spec.permissions else None
        self.pages[spec.key] = page
        self.stack.addWidget(page)
        return page

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(PAGE_SPECS):
            self.show_page(PAGE_SPECS[row].key)

    def _changes(self, changes: Changes) -> None:
        for page in self.pages.values():
            page.on_changes(changes)

    # --- settings and closing ---------------------------------------------------------------------

    def restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.value("main/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = settings.value("main/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)

    def show_manual(self) -> ManualWindow:
        """The user manual in a window of its own, at the chapter of the page on screen (F1)."""
        from ntip_desktop.views.manual_window import ManualWindow

        if self.manual_window is None:
            self.manual_window = ManualWindow(parent=self)
        page = self.current_page()
        key = next((k for k, p in self.pages.items() if p is page), "")
        self.manual_window.reload()
        self.manual_window.show_chapter(key)
        self.manual_window.show()
        self.manual_window.raise_()
        self.manual_window.activateWindow()
        return self.manual_window

    def show_about(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("views.main_window", "關於 NTIP Desk"),
            "",
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setText(
            translate(
                "views.main_window", "NTIP Desk {version}\n全國教師在職進修資訊網 審核工作台\n\n資料庫：{where}"
            ).format(version=__version__, where=self.database_label or translate("views.main_window", "尚未開啟"))
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
