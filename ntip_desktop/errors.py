"""Errors every layer may raise.

``UserError`` is an *expected* problem (bad input, a locked record, no permission): the GUI shows its
message plainly and the CLI prints it and exits 2 (or 1 where docs/cli.md says "checked and found wanting").
Anything else that escapes is a bug and reaches the crash dialog.
"""

from __future__ import annotations


class UserError(Exception):
    """An expected problem, explained to the user in Traditional Chinese.

    ``field`` names the offending field, JSON path or line (e.g. ``"courses[0].segments[1].end"`` or
    ``"第 12 行"``) so that the message can point at it.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:  # pragma: no cover - trivial
        return f"{self.field}: {self.message}" if self.field else self.message


class PermissionDenied(UserError):
    """The signed-in office user may not do this (enforced in services, not only by hidden buttons)."""


class ConflictError(UserError):
    """Someone else changed the record first (e.g. two clerks deciding one application)."""


class DatabaseProblem(UserError):
    """The database cannot be used as it is: unreadable, foreign, too new, locked, unreachable, full."""
