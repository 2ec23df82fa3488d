"""The views refresh when others change data: a second program on the same database file writes (as another
user), and the first window's queue shows the new application after its next poll of the audit log's head.
The poll is driven by calling its slot; nothing waits on the clock."""

from __future__ import annotations

from typing import Any

import pytest
from account_world import World, business_input

from ntip_desktop.services import audit
from ntip_desktop.services.accounts.intake import submit_application
from ntip_desktop.services.db import Database
from ntip_desktop.views.accounts.page import AccountsPage
from ntip_desktop.views.main_window import MainWindow
from ntip_desktop.views.tasks import TaskRunner

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


def _queue(page: AccountsPage) -> list[str]:
    model = page.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def _poll(window: MainWindow, qtbot: Any) -> Any:
    with qtbot.waitSignal(window.change_poller.polled, timeout=10_000) as got:
        window.change_poller.poll()
    return got.args[0]


def test_the_queue_shows_an_application_another_program_submitted_after_the_next_poll(
    window: MainWindow, world: World, runner: TaskRunner, database: Database, qtbot: Any
) -> None:
    with database.session() as s:
        first = submit_application(s, world.coordinator, business_input(login_id="ckhs.first")).number
    window.sign_in(world.clerk)
    page = window.show_page("accounts")
    assert isinstance(page, AccountsPage)
    assert runner.wait_idle(20_000)
    assert window.change_poller.active and window.change_poller.seq is not None
    assert _queue(page) == [first]

    other_program = Database(database.url)  # its own engine and connections, as a second program has
    try:
        with other_program.session() as s:
            second = submit_application(s, world.coordinator, business_input(login_id="ckhs.second")).number
    finally:
        other_program.dispose()
    assert _queue(page) == [first]  # nothing told this window yet

    marker = _poll(window, qtbot)
    assert marker.changes.accounts and marker.changes.audit
    qtbot.waitUntil(lambda: _queue(page) == [second, first], timeout=10_000)

    quiet = _poll(window, qtbot)  # nothing new: nothing announced
    assert quiet.seq == marker.seq and not quiet.changes.any()


def test_our_own_entries_are_not_announced_again_and_polls_leave_the_busy_indicator_alone(
    window: MainWindow, world: World, runner: TaskRunner, database: Database, qtbot: Any
) -> None:
    window.sign_in(world.clerk)
    assert runner.wait_idle(20_000)
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    with database.session() as s:  # the clerk's own write, through another path: their program announced it
        audit.record(s, world.clerk.actor(), "setting", "x", "create")
    mine = _poll(window, qtbot)
    assert not mine.changes.any()
    assert busy == []  # the poll itself does not show the window busy
    with database.session() as s:
        audit.record(s, world.admin.actor(), "office_user", "y", "update")
    theirs = _poll(window, qtbot)
    assert theirs.changes.users and not theirs.changes.accounts
    assert busy[:1] == [True]  # the 設定 page on screen watches users: it reloads, as after our own change
    assert runner.wait_idle(20_000)

    window.sign_out()
    assert not window.change_poller.active


def test_a_tick_after_the_runner_shut_down_stops_the_poll_quietly(
    window: MainWindow, world: World, runner: TaskRunner
) -> None:
    """The window closing shuts its runner down; a tick already due must neither ask it for work (which
    raises) nor keep ticking."""
    window.sign_in(world.clerk)
    assert runner.wait_idle(20_000)
    assert window.change_poller.active
    runner.shutdown()
    window.change_poller.poll()  # the timer's slot, as a tick due at that moment calls it
    assert not window.change_poller.active
