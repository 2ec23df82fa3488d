"""Use cases as the GUI runs them (Anki's ``aqt/operations``): one small function per use case.

Each function of ``views/operations/<domain>.py`` takes plain data (the acting user, ids, what the person
typed) and returns an :class:`Operation`: the Qt-free work to run on the task runner's worker with a fresh
session, what the status bar says while it runs, and the success message for afterwards. Pages call these
instead of building lambdas around services, so a use case reads the same from every page and dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Operation(Generic[T]):
    """One use case, ready for :meth:`~ntip_desktop.views.pages.base.Page.run_operation`."""

    work: Callable[[Any], T]  #: ``work(session)``, run on the worker
    description: str  #: what the status bar says while it runs (translated)
    #: The status-bar message on success; None: the result's own ``message`` if it has one, else nothing.
    success: Callable[[T], str] | None = None

    def message(self, result: T) -> str:
        if self.success is not None:
            return self.success(result)
        message = getattr(result, "message", "")
        return message if isinstance(message, str) else ""
