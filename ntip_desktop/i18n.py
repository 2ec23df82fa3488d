"""Translation hook shared by the whole program: one fixed context per module, looked up the way lupdate reads it.

Source strings are Traditional Chinese (zh-TW). Every module marks its strings with a call that
``pyside6-lupdate`` recognises and that names the module's one context as a literal::

    from ntip_desktop.i18n import translate

    translate("views.login", "登入")

lupdate records exactly that (context, text) pair in ``resources/i18n/*.ts``; at run time the same pair is
looked up, so what a translator sees is what the program asks for. (``self.tr`` is avoided: PySide looks it
up under the *runtime* class name, which for a method inherited from a base class is not the class lupdate
recorded.) A module's context is its dotted path below ``ntip_desktop`` (``views.accounts.page``) unless it
already had a short one of its own (``pages``, ``audit``), which it keeps.

The GUI routes lookups through ``QCoreApplication.translate`` at start-up (:func:`install`); without the GUI
(CLI, service tests) the zh-TW source text is returned as is. Qt stays out of this module.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str, str], str] | None = None
#: (context, source) -> translation, filled on first use; a table repaints the same labels thousands of times.
_cache: dict[tuple[str, str], str] = {}


def install(translate: Callable[[str, str], str] | None) -> None:
    """Route lookups through ``translate(context, text)`` (the GUI passes QCoreApplication.translate).

    Call it again whenever the installed catalogues change (``None``: back to the source text); it forgets
    every translation looked up so far.
    """
    global _translate
    _translate = translate
    _cache.clear()


def translate(context: str, text: str) -> str:
    """``text`` (zh-TW source, marked in ``context``) as the running program shows it.

    Call it with literal arguments so that lupdate extracts the pair; a lookup of text marked elsewhere (with
    ``QT_TRANSLATE_NOOP``) passes a variable as ``text`` and that text's own context.
    """
    if _translate is None:
        return text
    key = (context, text)
    try:
        return _cache[key]
    except KeyError:
        found = _cache[key] = _translate(context, text)
        return found


def tr(text: str, context: str = "ntip") -> str:
    """Look up ``text`` that was marked elsewhere in ``context``; prefer :func:`translate` with literals."""
    return translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction in ``context`` without translating it (lupdate finds calls by this name).

    For tables of labels defined once and translated where shown, with ``translate(context, value)``.
    """
    return text
