"""The task runner: all database work on one worker thread, results back on the GUI thread.

A view never holds a Session. It hands the runner ``fn(session) -> plain data`` and gets the result in
``on_done``, on the GUI thread. Each task gets a fresh session, committed when ``fn`` returns and rolled
back when it raises. A :class:`UserError` goes to ``on_error`` (or the shared presenter); anything else is a
bug and goes to the crash path (``sys.excepthook``, which the app routes to the crash dialog). When a
result is (or carries as ``.changes``) a :class:`Changes`, the app-wide :class:`ChangesBus` announces it.

Long jobs (:meth:`TaskRunner.run_long`: imports, batch printing, statistics) run on a second worker thread
of their own, so a page's reads never queue behind them; they also get ``progress(done, total, label)`` and
``cancelled()``; their progress dialog appears only when the job is still running after ~500 ms, and its
Cancel button works.
"""

from __future__ import annotations

import gc
import itertools
import queue
import sys
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from ntip_desktop.changes import Changes
    from ntip_desktop.services.db import Database

#: How long a long job runs before its progress dialog appears.
PROGRESS_DELAY_MS = 500
#: QProgressDialog shows itself once this has passed (or it expects the job to last this long): never.
_NEVER_MS = 2**31 - 1
#: Progress reports closer together than this (seconds) are dropped, except the last one.
_PROGRESS_INTERVAL = 0.05


def freeze_long_lived() -> None:
    """Keep what is alive now (imported modules, Qt wrappers, the pages built so far) out of the cyclic
    garbage collector's full passes from now on (``gc.freeze``).

    A full pass stops every thread, the GUI thread too, for as long as it walks all tracked objects: with
    the program's ~150,000 it froze the window for 180-400 ms in the middle of a certificate batch
    (bench/bench_certificates.py); frozen, the passes during a batch walk only what the batch made. Called
    once the window and the first page stand (after sign-in); what is frozen is never freed, so call it at
    such moments only, not in a loop.
    """
    gc.freeze()


class ChangesBus(QObject):
    """The one app-wide announcement of what a write changed; each view decides alone whether to refresh."""

    changed = Signal(object)  # Changes

    def announce(self, changes: Changes) -> None:
        if changes.any():
            self.changed.emit(changes)


class Cancelled(UserError):
    """A long job raises this (or its own UserError) when ``cancelled()`` turned True; its work is rolled back."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message or translate("views.tasks", "已取消，沒有寫入任何資料。"))


class LongTask(QObject):
    """A long job as the GUI sees it: its cancel flag and, once it has run ~500 ms, its progress dialog."""

    def __init__(self, description: str, parent_widget: QWidget | None, delay_ms: int) -> None:
        super().__init__()
        self.description = description
        self.dialog: QProgressDialog | None = None
        #: Whether the progress dialog was ever shown (it is gone again once the job ends).
        self.dialog_was_shown = False
        self.finished = False
        self._parent_widget = parent_widget
        self._cancel = threading.Event()
        self._progress: tuple[int, int, str] = (0, 0, "")
        #: The progress dialog, built now (hidden), before the job starts: built while the job runs, each of
        #: its dozens of Qt calls waits for the worker thread to hand back the GIL, and the window froze for
        #: 100-450 ms when it appeared (bench/bench_certificates.py). Shown only if the job outlasts the delay.
        self._prepared = self._build_dialog()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)
        self._timer.start(delay_ms)

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @property
    def reported(self) -> tuple[int, int, str]:
        """The last progress report that reached the GUI thread: (done, total, label)."""
        return self._progress

    def cancel(self) -> None:
        """Ask the job to stop; it sees ``cancelled()`` return True at its next check."""
        self._cancel.set()
        if self.dialog is not None:
            self.dialog.setLabelText(translate("views.tasks", "正在取消…"))

    def is_cancelled(self) -> bool:  # called on the worker thread
        return self._cancel.is_set()

    def _update(self, done: int, total: int, label: str) -> None:
        self._progress = (done, total, label)
        if self.dialog is not None and not self.cancel_requested:
            self._apply(self.dialog)

    def _apply(self, dialog: QProgressDialog) -> None:
        done, total, label = self._progress
        dialog.setLabelText(label or self.description)
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))
        else:
            dialog.setRange(0, 0)

    def _build_dialog(self) -> QProgressDialog:
        from PySide6.QtCore import Qt  # not at import: its first use is slow (see main_window)
        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(self.description, translate("views.tasks", "取消"), 0, 0, self._parent_widget)
        dialog.setWindowTitle(self.description or translate("views.tasks", "處理中"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(_NEVER_MS)  # the runner shows it; QProgressDialog must not decide alone
        dialog.canceled.connect(self.cancel)
        return dialog

    def _show_dialog(self) -> None:
        if self.finished or self.cancel_requested:
            return
        dialog = self.dialog = self._prepared
        self._apply(dialog)
        dialog.show()
        self.dialog_was_shown = True

    def _finish(self) -> None:
        self.finished = True
        self._timer.stop()
        self.dialog = None
        dialog = self._prepared
        dialog.canceled.disconnect(self.cancel)
        dialog.hide()
        dialog.deleteLater()


class _Job:
    """One submitted task (a plain class: ``dataclasses`` is not worth importing before the first paint)."""

    def __init__(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[UserError], None] | None,
        description: str,
        database: Database | None,
        changes: Changes | None = None,
        long: LongTask | None = None,
        on_cancelled: Callable[[UserError], None] | None = None,
        background: bool = False,
    ) -> None:
        self.id = 0
        self.fn = fn
        self.on_done = on_done
        self.on_error = on_error
        self.description = description
        self.database = database  #: None: ``fn()`` takes no session
        self.changes = changes
        self.long = long
        self.on_cancelled = on_cancelled
        #: A routine check nobody waits for (the change poll): it does not make the window look busy.
        self.background = background
        self.progress: Callable[[int, int, str], None] | None = None


class _Relay(QObject):
    """Carries outcomes and progress from the worker thread to the GUI thread (queued connections)."""

    finished = Signal(object)  # (job, ok, value)
    progressed = Signal(object)  # (job id, done, total, label)


def _changes_in(value: Any) -> Changes | None:
    from ntip_desktop.changes import Changes

    if isinstance(value, Changes):
        return value
    changes = getattr(value, "changes", None)
    return changes if isinstance(changes, Changes) else None


def _receiver_gone(callback: Callable[..., Any] | None) -> bool:
    """True when ``callback`` is a method (or a partial of one) of a Qt object that has been deleted:
    a page closed while its task ran must not be called back."""
    while isinstance(callback, partial):
        callback = callback.func
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)


def _present_with_message_box(exc: UserError) -> None:
    from ntip_desktop.views.errors import show_user_error

    show_user_error(QApplication.activeWindow(), exc)


class TaskRunner(QObject):
    """One worker thread for the database; every result comes back on the GUI thread."""

    #: True when the first task is queued, False when the last one has been delivered.
    busy_changed = Signal(bool)
    #: Emitted when no task is pending any more.
    idle = Signal()
    #: A plain status-bar message (e.g. a long job was cancelled).
    message = Signal(str)

    def __init__(
        self, database: Database | None = None, *, bus: ChangesBus | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.bus = bus if bus is not None else ChangesBus(self)
        #: Shows a UserError nobody else handled (the app's message box; tests may replace it).
        self.presenter: Callable[[UserError], None] = _present_with_message_box
        #: Receives (type, value, traceback) of a bug in a task; None means ``sys.excepthook`` at that moment.
        self.crash_handler: Callable[..., Any] | None = None
        self.progress_delay_ms = PROGRESS_DELAY_MS
        self._pending: dict[int, _Job] = {}
        #: Tasks given to :meth:`run` while the database is being opened (:meth:`hold_until_open`), or None.
        self._held: list[_Job] | None = None
        self._ids = itertools.count(1)
        self._closed = False
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._relay.progressed.connect(self._progressed)
        # Two lanes: page reads and short writes on one, long jobs on the other (each its own sessions).
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._long_queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._threads = [
            threading.Thread(target=self._work, args=(self._queue,), name="ntip-database", daemon=True),
            threading.Thread(target=self._work, args=(self._long_queue,), name="ntip-long-jobs", daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    # --- submitting -------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether a task someone waits for is pending (background checks do not count)."""
        return any(not job.background for job in self._pending.values())

    @property
    def current_description(self) -> str:
        """What the oldest pending task is doing, for the status bar."""
        return next((job.description for job in self._pending.values() if job.description), "")

    def run(
        self,
        fn: Callable[[Any], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[UserError], None] | None = None,
        description: str = "",
        changes: Changes | None = None,
        background: bool = False,
    ) -> int:
        """Run ``fn(session)`` on the worker; ``changes`` is announced on success when the result has none.

        While the database is being opened (:meth:`hold_until_open`) the task waits for it and 0 is returned.
        A ``background`` task (a routine check) leaves the busy indicator and :attr:`busy` alone."""
        job = _Job(fn, on_done, on_error, description, None, changes, background=background)
        if self.database is None and self._held is not None:
            self._held.append(job)
            return 0
        job.database = self._require_database()
        return self._submit(job)

    def hold_until_open(self) -> None:
        """The database is being opened: tasks given to :meth:`run` until :meth:`opened` (or :meth:`open_failed`)
        wait for it. The start-up shows the sign-in dialog this early, before the database layer has loaded."""
        if self._held is None:
            self._held = []

    def opened(self, database: Database) -> None:
        """The database is open: use it, and run the tasks that waited for it, in order."""
        self.database = database
        held, self._held = self._held or [], None
        for job in held:
            job.database = database
            self._submit(job)

    def open_failed(self, problem: UserError) -> None:
        """The database could not be opened: the tasks that waited for it fail with ``problem``."""
        held, self._held = self._held or [], None
        for job in held:
            if job.on_error is not None and not _receiver_gone(job.on_error):
                job.on_error(problem)

    def call(
        self,
        fn: Callable[[], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[UserError], None] | None = None,
        description: str = "",
    ) -> int:
        """Run ``fn()`` on the worker without a session (opening the database itself)."""
        return self._submit(_Job(fn, on_done, on_error, description, None))

    def run_long(
        self,
        fn: Callable[[Any, Callable[[int, int, str], None], Callable[[], bool]], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[UserError], None] | None = None,
        on_cancelled: Callable[[UserError], None] | None = None,
        description: str = "",
        parent: QWidget | None = None,
        changes: Changes | None = None,
    ) -> LongTask:
        """Run ``fn(session, progress, cancelled)``: a long job with a delayed progress dialog and Cancel.

        ``progress(done, total, label)`` may be called as often as convenient (it is throttled);
        ``cancelled()`` turns True when the user cancels, and the job should then raise a UserError
        (e.g. :class:`Cancelled`) so its work is rolled back. That error goes to ``on_cancelled``, or to
        the status bar; returning normally instead delivers the result to ``on_done`` as usual.
        """
        long = LongTask(description, parent or QApplication.activeWindow(), self.progress_delay_ms)
        job = _Job(fn, on_done, on_error, description, self._require_database(), changes, long, on_cancelled)
        job.progress = self._throttled_progress(job)
        self._submit(job, self._long_queue)
        return long

    def _require_database(self) -> Database:
        if self.database is None:
            raise RuntimeError("TaskRunner.run() before a database was opened")
        return self.database

    def _submit(self, job: _Job, lane: queue.SimpleQueue[_Job | None] | None = None) -> int:
        if self._closed:
            raise RuntimeError("TaskRunner used after shutdown()")
        job.id = next(self._ids)
        was_idle = not self.busy
        self._pending[job.id] = job
        (lane or self._queue).put(job)
        if was_idle and not job.background:
            self.busy_changed.emit(True)
        return job.id

    def _throttled_progress(self, job: _Job) -> Callable[[int, int, str], None]:
        last = [0.0]

        def progress(done: int, total: int, label: str = "") -> None:  # worker thread
            # Hand the interpreter lock over for a moment at every report: on an idle machine a CPU-bound job
            # otherwise kept the window's thread waiting for it 150-300 ms at a time (bench/bench_certificates.py:
            # longest frame 22 ms with this, ~200 ms without). The reports come from the job's loop, so this is
            # where a long job pauses anyway.
            time.sleep(0)
            now = time.monotonic()
            if now - last[0] < _PROGRESS_INTERVAL and done < total:
                return
            last[0] = now
            self._relay.progressed.emit((job.id, int(done), int(total), str(label)))

        return progress

    # --- the worker thread ------------------------------------------------------------------------

    def _work(self, lane: queue.SimpleQueue[_Job | None]) -> None:
        while True:
            job = lane.get()
            if job is None:
                return
            try:
                if job.database is None:
                    value = job.fn()
                else:
                    with job.database.session() as session:
                        if job.long is not None:
                            assert job.progress is not None
                            value = job.fn(session, job.progress, job.long.is_cancelled)
                        else:
                            value = job.fn(session)
                outcome = (job, True, value)
            except Exception as exc:  # delivered to the GUI thread: UserError to the user, the rest to the crash path
                outcome = (job, False, exc)
            self._relay.finished.emit(outcome)
            del outcome, job

    # --- back on the GUI thread -------------------------------------------------------------------

    def _progressed(self, report: tuple[int, int, int, str]) -> None:
        job_id, done, total, label = report
        job = self._pending.get(job_id)
        if job is not None and job.long is not None:
            job.long._update(done, total, label)

    def _deliver(self, outcome: tuple[_Job, bool, Any]) -> None:
        job, ok, value = outcome
        try:
            if job.long is not None:
                job.long._finish()
            if ok:
                if not _receiver_gone(job.on_done):
                    job.on_done(value)
                changes = _changes_in(value) or job.changes
                if changes is not None:
                    self.bus.announce(changes)
            elif isinstance(value, UserError):
                if job.long is not None and job.long.cancel_requested:
                    if job.on_cancelled is not None:
                        if not _receiver_gone(job.on_cancelled):
                            job.on_cancelled(value)
                    else:
                        self.message.emit(value.message)
                elif job.on_error is not None:
                    if not _receiver_gone(job.on_error):
                        job.on_error(value)
                else:
                    self.presenter(value)
            else:
                handler = self.crash_handler or sys.excepthook
                handler(type(value), value, value.__traceback__)
        finally:
            del self._pending[job.id]
            if not job.background and not self.busy:
                self.busy_changed.emit(False)
            if not self._pending:
                self.idle.emit()

    # --- waiting and stopping ---------------------------------------------------------------------

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Process events until every pending task has been delivered (tests, shutdown); False on timeout."""
        if not self._pending:
            return True
        loop = QEventLoop()
        self.idle.connect(loop.quit)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(timeout_ms)
        try:
            if self._pending:
                loop.exec()
        finally:
            timer.stop()
            self.idle.disconnect(loop.quit)
        return not self._pending

    @property
    def closed(self) -> bool:
        """:meth:`shutdown` was called: the runner takes no more work."""
        return self._closed

    def shutdown(self, timeout: float = 10.0) -> bool:
        """Cancel long jobs, let the running tasks end, stop the workers. False if they did not stop in time."""
        if self._closed:
            return not any(t.is_alive() for t in self._threads)
        self._closed = True
        for job in self._pending.values():
            if job.long is not None:
                job.long.cancel()
        self._queue.put(None)
        self._long_queue.put(None)
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        return not any(t.is_alive() for t in self._threads)
