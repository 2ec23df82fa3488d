"""Translation hook shared by Qt-free code.

Source strings are Traditional Chinese (zh-TW). Views use ``self.tr``; services, models and the CLI
call :func:`tr`, which the GUI routes through ``QCoreApplication.translate`` at start-up
(:func:`install`) so that every user-visible string passes through Qt's translation machinery and an
English build stays possible. Without the GUI (CLI, tests) the zh-TW source text is returned as is.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str, str], str] | None = None


def install(translate: Callable[[str, str], str]) -> None:
    """Route :func:`tr` through ``translate(context, text)`` (the GUI passes QCoreApplication.translate)."""
    global _translate
    _translate = translate


def tr(text: str, context: str = "ntip") -> str:
    """Return the user-visible ``text`` (zh-TW source) translated for the running program."""
    if _translate is None:
        return text
    return _translate(context, text)
