"""Translation hook shared by Qt-free code.

Source strings are Traditional Chinese (zh-TW). Views use ``self.tr``; services, models and the CLI
call :func:`tr`, which the GUI routes through ``QCoreApplication.translate`` at start-up
(:func:`install`) so that every user-visible string passes through Qt's translation machinery and an
English build stays possible. Without the GUI (CLI, tests) the zh-TW source text is returned as is.

Text kept in a table and translated later is marked with :func:`QT_TRANSLATE_NOOP`, under the name Qt's
``pyside6-lupdate`` recognises, so that it still reaches the translation catalogue.
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


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation in ``context`` without translating it now; returns ``text``."""
    return text
