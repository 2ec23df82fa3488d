"""argparse's own words (``usage:``, ``show this help message and exit``, ``invalid choice``…) in Chinese.

argparse passes every text of its own through ``gettext`` under the names ``argparse._`` and
``argparse.ngettext``, looked up when a message is made. :func:`install` points both at this module's table,
so ``ntip --help`` and every usage error read in Chinese like the rest of the command line. Texts not in the
table (a newer Python's, or the programming errors argparse raises while a parser is built) stay as they are.
The table holds the texts of Python 3.11 to 3.13.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from ntip_desktop.i18n import translate


def _table() -> dict[str, str]:
    """argparse's English text → ours. %-placeholders are argparse's and must stay as they are."""
    return {
        "usage: ": translate("cli.argparse_zh", "用法："),
        "positional arguments": translate("cli.argparse_zh", "位置參數"),
        "options": translate("cli.argparse_zh", "選項"),
        "optional arguments": translate("cli.argparse_zh", "選項"),
        "subcommands": translate("cli.argparse_zh", "子命令"),
        "show this help message and exit": translate("cli.argparse_zh", "顯示這段說明後結束"),
        "show program's version number and exit": translate("cli.argparse_zh", "顯示程式版本後結束"),
        "argument %(argument_name)s: %(message)s": translate("cli.argparse_zh", "參數 %(argument_name)s：%(message)s"),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "cli.argparse_zh", "無效的選擇 %(value)r（可選：%(choices)s）"
        ),
        "invalid %(type)s value: %(value)r": translate("cli.argparse_zh", "%(value)r 不是有效的 %(type)s 值"),
        "the following arguments are required: %s": translate("cli.argparse_zh", "缺少必要的參數：%s"),
        "one of the arguments %s is required": translate("cli.argparse_zh", "參數 %s 須擇一提供"),
        "unrecognized arguments: %s": translate("cli.argparse_zh", "無法辨識的參數：%s"),
        "not allowed with argument %s": translate("cli.argparse_zh", "不能與參數 %s 同時使用"),
        "ignored explicit argument %r": translate("cli.argparse_zh", "此選項不接受值 %r"),
        "expected one argument": translate("cli.argparse_zh", "需要一個值"),
        "expected at most one argument": translate("cli.argparse_zh", "最多只能有一個值"),
        "expected at least one argument": translate("cli.argparse_zh", "至少需要一個值"),
        "expected %s argument": translate("cli.argparse_zh", "需要 %s 個值"),
        "expected %s arguments": translate("cli.argparse_zh", "需要 %s 個值"),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "cli.argparse_zh", "選項 %(option)s 不明確，可能是：%(matches)s"
        ),
        "unexpected option string: %s": translate("cli.argparse_zh", "不應出現的選項：%s"),
        "unknown parser %(parser_name)r (choices: %(choices)s)": translate(
            "cli.argparse_zh", "不明的子命令 %(parser_name)r（可選：%(choices)s）"
        ),
        "can't open '%(filename)s': %(error)s": translate("cli.argparse_zh", "無法開啟「%(filename)s」：%(error)s"),
        "%(prog)s: error: %(message)s\n": translate("cli.argparse_zh", "%(prog)s：錯誤：%(message)s\n"),
        "%(prog)s: warning: %(message)s\n": translate("cli.argparse_zh", "%(prog)s：警告：%(message)s\n"),
        "option '%(option)s' is deprecated": translate("cli.argparse_zh", "選項「%(option)s」已不建議使用"),
        "argument '%(argument_name)s' is deprecated": translate(
            "cli.argparse_zh", "參數「%(argument_name)s」已不建議使用"
        ),
        "command '%(parser_name)s' is deprecated": translate(
            "cli.argparse_zh", "子命令「%(parser_name)s」已不建議使用"
        ),
    }


def _lookup(table: dict[str, str]) -> Callable[[str], str]:
    def gettext(message: str) -> str:
        # argparse also passes a parser's own title or description through (None when there is none)
        return table.get(message, message) if isinstance(message, str) else message

    return gettext


def install() -> None:
    """From now on argparse speaks Chinese in this process (idempotent)."""
    gettext = _lookup(_table())

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
