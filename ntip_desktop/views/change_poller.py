"""Refreshing the views when others change data: a cheap poll of the audit log's head.

While someone is signed in, every few seconds (``main/refresh_seconds`` in QSettings, default 5) the poller
asks the task runner, as a background task that leaves the busy indicator alone, what the log's head says
(:func:`ntip_desktop.services.change_poll.changes_since`). When entries written by others appeared since the
last look, the kinds of records they changed are announced on the runner's bus exactly as a write of our own
is, so each page refreshes as it does after our own changes (on screen: now; elsewhere: when shown). The
same poll serves clerks sharing a PostgreSQL server and two programs on one SQLite file.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

if TYPE_CHECKING:
    from ntip_desktop.errors import UserError
    from ntip_desktop.services.auth import CurrentUser
    from ntip_desktop.services.change_poll import ChangeMarker
    from ntip_desktop.views.tasks import TaskRunner

SETTING = "main/refresh_seconds"
DEFAULT_SECONDS = 5.0


def refresh_seconds() -> float:
    """The poll's interval in seconds (``main/refresh_seconds``; at least one second)."""
    try:
        seconds = float(QSettings().value(SETTING, DEFAULT_SECONDS) or DEFAULT_SECONDS)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        seconds = DEFAULT_SECONDS
    return max(1.0, seconds)


class ChangePoller(QObject):
    """Polls the change marker for the signed-in user and announces what others changed."""

    #: A poll came back (the marker: where the head stands, and what others changed since the last look).
    polled = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.poll)
        #: The signed-in user's id as the audit log writes it (None: not polling).
        self._mine: str | None = None
        #: The head at the last look (None: not looked yet).
        self.seq: int | None = None
        self._waiting = False

    @property
    def active(self) -> bool:
        return self._mine is not None

    def start(self, user: CurrentUser, interval_ms: int | None = None) -> None:
        """Poll for ``user`` from now on: a first look at once (it sets where the head stands), then every
        ``interval_ms`` (default: :func:`refresh_seconds`)."""
        self._mine = "" if user.is_console else str(user.id)
        self.seq = None
        self._timer.start(interval_ms if interval_ms is not None else round(refresh_seconds() * 1000))
        self.poll()

    def stop(self) -> None:
        self._timer.stop()
        self._mine = None
        self.seq = None

    def poll(self) -> None:
        """Ask once (the timer's slot; tests call it directly). Skipped while the last ask is unanswered or no
        database is open yet; after the runner has shut down (the window closing), the poll stops."""
        if self._runner.closed:
            self.stop()
            return
        if self._mine is None or self._waiting or self._runner.database is None:
            return
        from ntip_desktop.services.change_poll import changes_since

        self._waiting = True
        self._runner.run(
            partial(changes_since, after=self.seq, mine=self._mine),
            on_done=self._polled,
            on_error=self._failed,
            background=True,
        )

    def _polled(self, marker: ChangeMarker) -> None:
        # The runner announces ``marker.changes`` on its bus after this (as for any result carrying Changes).
        self._waiting = False
        if self._mine is None:
            return
        self.seq = marker.seq
        self.polled.emit(marker)

    def _failed(self, _problem: UserError) -> None:
        # The server is briefly unreachable or the file locked: the next tick asks again; the pages' own
        # reads say what is wrong if it lasts.
        self._waiting = False
