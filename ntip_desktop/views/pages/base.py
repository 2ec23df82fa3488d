"""The Page API: what the main window needs from a page, and what a page gets from it.

A page is one job (帳號審核, 稽核紀錄 …). The window owns the page list, the status bar and the task
runner; a page owns only its own widgets. The contract:

- ``Page(context)`` builds widgets and does no database work.
- :meth:`Page.refresh` (re)loads what the page shows, through ``context.runner`` (never on the GUI
  thread). The window calls it the first time the page is shown.
- :attr:`Page.watches` names the :class:`~ntip_desktop.changes.Changes` fields that make the page stale.
  :meth:`Page.on_changes` then refreshes at once if the page is on screen, else the next time it is shown.
- :meth:`Page.initial_focus` is where typing starts when the page is shown (keyboard first).
- ``title`` and ``permission`` are set by the window from the page's
  :class:`~ntip_desktop.views.pages.PageSpec`; the services still refuse what the role may not do.
- Success messages go to ``context.show_status``; a UserError a page does not handle goes to the shared
  presenter through the runner.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from ntip_desktop.changes import Changes

if TYPE_CHECKING:
    from ntip_desktop.errors import UserError
    from ntip_desktop.services.auth import CurrentUser, Permission
    from ntip_desktop.views.operations import Operation
    from ntip_desktop.views.tasks import TaskRunner


@dataclass(frozen=True)
class PageContext:
    """What every page gets: the runner, the signed-in user (plain data) and a status-bar line."""

    runner: TaskRunner
    user: CurrentUser
    database_label: str  #: the database in use, described in Chinese
    show_status: Callable[[str], None]  #: a success message for the status bar


class Page(QWidget):
    """Base of the main window's pages."""

    #: Changes fields that make this page stale, e.g. ``("audit",)``.
    watches: tuple[str, ...] = ()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = ""
        self.permission: Permission | None = None
        self._stale = True

    @property
    def user(self) -> CurrentUser:
        return self.context.user

    @property
    def stale(self) -> bool:
        return self._stale

    def refresh(self) -> None:
        """Reload what the page shows (through the task runner)."""
        self._stale = False

    def activate(self) -> None:
        """Called by the window each time the page comes on screen: refresh if stale."""
        if self._stale:
            self._stale = False
            self.refresh()

    def on_changes(self, changes: Changes) -> None:
        """A write somewhere changed ``changes``: refresh now if on screen and concerned, else later."""
        if not any(getattr(changes, name) for name in self.watches):
            return
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def initial_focus(self) -> QWidget | None:
        return None

    def run_operation(
        self,
        operation: Operation[Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[UserError], None] | None = None,
    ) -> int:
        """Run a use case on the task runner; its success message goes to the status bar, then ``on_done``.

        An unhandled UserError goes to the shared presenter. Nothing is called back once the page is gone.
        """
        return self.context.runner.run(
            operation.work,
            on_done=partial(self._operation_done, operation, on_done),
            on_error=on_error,
            description=operation.description,
        )

    def _operation_done(self, operation: Operation[Any], on_done: Callable[[Any], None] | None, result: Any) -> None:
        message = operation.message(result)
        if message:
            self.context.show_status(message)
        if on_done is not None:
            on_done(result)
