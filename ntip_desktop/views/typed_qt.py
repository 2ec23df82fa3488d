"""PySide6 functions whose stubs say less than the functions do, typed as they behave (for mypy only).

``QT_TRANSLATE_NOOP`` returns its message unchanged, but PySide6's stub types it ``object -> object``.
Import it from here to keep the ``str``; Qt's ``lupdate`` still finds the calls by name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str: ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP"]
