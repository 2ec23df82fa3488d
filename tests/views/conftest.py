"""View-test fixtures: settings in a temporary folder, a task runner on a fresh SQLite database, a signed-in window.

The services are tested on SQLite and PostgreSQL; the views only on SQLite.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from account_world import World, build_world
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from ntip_desktop.services.db import Database
from ntip_desktop.views.app import APP_NAME, ORGANIZATION
from ntip_desktop.views.main_window import MainWindow
from ntip_desktop.views.tasks import TaskRunner

_HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Qt's offscreen platform warns that it cannot pass size hints on; that is the platform, not us."""
    for item in items:
        if _HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"))


@pytest.fixture(autouse=True)
def settings_in_tmp(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    """QSettings go to an INI file under the test's tmp folder, never the user's real settings."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    # Sign-in reopens the last page; start on 設定 so that these tests do not build the 帳號審核 desk,
    # which has its own tests.
    QSettings().setValue("main/last_page", "settings")
    yield folder


@pytest.fixture
def runner(database: Database, qapp: QApplication) -> Iterator[TaskRunner]:
    r = TaskRunner(database)
    yield r
    r.wait_idle(10_000)
    r.shutdown()


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


@pytest.fixture
def window(runner: TaskRunner, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(runner)
    qtbot.addWidget(w)
    w.set_database(runner.database.describe() if runner.database else "")
    w.show()
    qtbot.waitExposed(w)
    return w
