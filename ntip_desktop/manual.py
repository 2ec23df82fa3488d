"""The user manual (``docs/manual``): where it is, its chapters, and each chapter's Markdown as HTML.

The manual is written in Markdown beside the code (``docs/manual/*.md``, screenshots in ``docs/screenshots``)
and read as it is: its chapters are the ``.md`` files ``docs/manual/README.md`` links to, in that order, so a
chapter added to the README appears in the program without a change here. Help (F1) shows it
(``views/manual_window.py``). An installed program finds the same files inside the package (``setup.py``
copies them into ``ntip_desktop/docs/`` when the package is built); a source checkout reads ``docs/``.

:func:`render` is a small Markdown reader for what the manual uses: headings, paragraphs, lists (nested by
indentation), tables, block quotes, fenced code, rules, and inline code, bold, italics, links and images.
Raw HTML is shown as text. Lines of a paragraph join without a space between Chinese characters. No Qt here.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

_PACKAGE = Path(__file__).resolve().parent
#: Where the manual is looked for, first found wins: inside the installed package, then the source checkout.
SEARCH_PATH = (_PACKAGE / "docs" / "manual", _PACKAGE.parent / "docs" / "manual")
#: The manual's table of contents, and the chapter list.
CONTENTS = "README.md"


@dataclass(frozen=True)
class Chapter:
    title: str  #: the README's link text
    path: Path  #: the chapter's .md file

    @property
    def key(self) -> str:
        """``accounts`` for ``accounts.md``: a page whose key this is opens its chapter with F1."""
        return self.path.stem


def manual_folder(search: tuple[Path, ...] | None = None) -> Path | None:
    """The folder holding the manual's ``README.md`` (looked for in ``search``, by default
    :data:`SEARCH_PATH`), or None when the manual is not there."""
    return next((folder for folder in search or SEARCH_PATH if (folder / CONTENTS).is_file()), None)


_CHAPTER_LINK = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+\[([^\]]+)\]\(([^)\s#]+\.md)\)")


def chapters(folder: Path) -> list[Chapter]:
    """The chapters the README lists (``- [title](file.md)``), in its order; files not written yet are left out."""
    found: list[Chapter] = []
    for line in (folder / CONTENTS).read_text(encoding="utf-8").splitlines():
        if match := _CHAPTER_LINK.match(line):
            path = (folder / match.group(2)).resolve()
            if path.is_file() and path not in {c.path for c in found}:
                found.append(Chapter(_plain(match.group(1)), path))
    return found


def title(path: Path) -> str:
    """The first heading of a Markdown file (its file name when it has none)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if match := _HEADING.match(line):
            return _plain(match.group(2))
    return path.stem


def _plain(text: str) -> str:
    return re.sub(r"[*`]", "", text).strip()


# --- Markdown -> HTML ------------------------------------------------------------------------------------

#: Given an image's file, the width to show it at (None: as it is).
ImageWidth = Callable[[Path], "int | None"]

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+(.*)$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def render(markdown: str, base: Path, image_width: ImageWidth | None = None) -> str:
    """``markdown`` (a file in folder ``base``) as an HTML fragment; relative links and images become file URLs."""
    lines = _COMMENT.sub("", markdown).replace("\t", "    ").splitlines()
    return _Renderer(base, image_width).blocks(lines)


class _Renderer:
    def __init__(self, base: Path, image_width: ImageWidth | None) -> None:
        self.base = base
        self.image_width = image_width

    # block level

    def blocks(self, lines: list[str]) -> str:
        out: list[str] = []
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                i += 1
            elif heading := _HEADING.match(line):
                level = len(heading.group(1))
                out.append(f"<h{level}>{self.inline(heading.group(2))}</h{level}>")
                i += 1
            elif _FENCE.match(line):
                i = self._code(lines, i, out)
            elif _RULE.match(line):
                out.append("<hr/>")
                i += 1
            elif line.lstrip().startswith(">"):
                i = self._quote(lines, i, out)
            elif _ITEM.match(line):
                i = self._list(lines, i, out)
            elif line.lstrip().startswith("|") and i + 1 < len(lines) and _TABLE_SEPARATOR.match(lines[i + 1]):
                i = self._table(lines, i, out)
            else:
                i = self._paragraph(lines, i, out)
        return "\n".join(out)

    def _starts_block(self, lines: list[str], i: int) -> bool:
        line = lines[i]
        return bool(
            not line.strip()
            or _HEADING.match(line)
            or _FENCE.match(line)
            or _ITEM.match(line)
            or line.lstrip().startswith(">")
            or (line.lstrip().startswith("|") and i + 1 < len(lines) and _TABLE_SEPARATOR.match(lines[i + 1]))
        )

    def _paragraph(self, lines: list[str], i: int, out: list[str]) -> int:
        start = i
        i += 1
        while i < len(lines) and not self._starts_block(lines, i) and not _RULE.match(lines[i]):
            i += 1
        out.append(f"<p>{self.inline_lines(lines[start:i])}</p>")
        return i

    def _code(self, lines: list[str], i: int, out: list[str]) -> int:
        fence = _FENCE.match(lines[i])
        assert fence is not None
        body: list[str] = []
        i += 1
        while i < len(lines) and not lines[i].lstrip().startswith(fence.group(1)):
            body.append(lines[i])
            i += 1
        out.append(f"<pre>{html.escape(chr(10).join(body))}</pre>")
        return i + 1

    def _quote(self, lines: list[str], i: int, out: list[str]) -> int:
        body: list[str] = []
        while i < len(lines) and lines[i].lstrip().startswith(">"):
            body.append(re.sub(r"^\s*>\s?", "", lines[i]))
            i += 1
        out.append(f"<blockquote>{self.blocks(body)}</blockquote>")
        return i

    def _list(self, lines: list[str], i: int, out: list[str]) -> int:
        first = _ITEM.match(lines[i])
        assert first is not None
        indent = len(first.group(1))
        ordered = first.group(2)[0].isdigit()
        items: list[list[str]] = []
        while i < len(lines):
            item = _ITEM.match(lines[i])
            if item and len(item.group(1)) == indent and item.group(2)[0].isdigit() == ordered:
                items.append([item.group(3)])
                i += 1
            elif (
                lines[i].strip()
                and items
                and (len(lines[i]) - len(lines[i].lstrip()) > indent or not self._starts_block(lines, i))
            ):
                items[-1].append(lines[i])  # a continuation line, or a nested block
                i += 1
            elif not lines[i].strip() and i + 1 < len(lines) and _continues(lines[i + 1], indent):
                items[-1].append("")
                i += 1
            else:
                break
        tag = "ol" if ordered else "ul"
        start = ""
        if ordered and (number := int(first.group(2)[:-1])) != 1:
            start = f' start="{number}"'
        rendered = "".join(f"<li>{self._item(body)}</li>" for body in items)
        out.append(f"<{tag}{start}>{rendered}</{tag}>")
        return i

    def _item(self, body: list[str]) -> str:
        lines = [body[0], *_dedent(body[1:])]
        nested = next((n for n, line in enumerate(lines) if n and (not line.strip() or _ITEM.match(line))), None)
        if nested is None:
            return self.inline_lines(lines)
        return self.inline_lines(lines[:nested]) + self.blocks(lines[nested:])

    def _table(self, lines: list[str], i: int, out: list[str]) -> int:
        header = _cells(lines[i])
        i += 2
        rows: list[list[str]] = []
        while i < len(lines) and lines[i].lstrip().startswith("|"):
            rows.append(_cells(lines[i]))
            i += 1
        head = "".join(f"<th>{self.inline(cell)}</th>" for cell in header)
        body = "".join("<tr>" + "".join(f"<td>{self.inline(cell)}</td>" for cell in row) + "</tr>" for row in rows)
        out.append(f'<table border="1" cellspacing="0" cellpadding="4"><tr>{head}</tr>{body}</table>')
        return i

    # inline

    def inline_lines(self, lines: list[str]) -> str:
        text = ""
        for line in lines:
            hard_break = line.endswith("  ") or line.endswith("\\")
            piece = line.strip().removesuffix("\\")
            if text and not text.endswith("\n"):
                text += "" if _wide(text[-1]) and _wide(piece[:1]) else " "
            text += piece + ("\n" if hard_break else "")
        return self.inline(text.rstrip("\n")).replace("\n", "<br/>")

    def inline(self, text: str) -> str:
        parts = re.split(r"(`+)(.+?)\1", text)
        out: list[str] = []
        for n in range(0, len(parts), 3):
            out.append(self._styled(parts[n]))
            if n + 2 < len(parts):
                out.append(f"<code>{html.escape(parts[n + 2].strip())}</code>")
        return "".join(out)

    def _styled(self, text: str) -> str:
        text = html.escape(text, quote=False)
        text = re.sub(r"!\[([^\]]*)\]\(([^)\s]+)(?:\s+&quot;[^)]*&quot;)?\)", self._image, text)
        text = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", self._link, text)
        text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
        text = re.sub(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])", r"<i>\1</i>", text)
        return text

    def _image(self, match: re.Match[str]) -> str:
        alt, target = match.group(1), html.unescape(match.group(2))
        path = self._local(target)
        if path is None:
            return f'<img src="{html.escape(target)}" alt="{alt}"/>'
        width = self.image_width(path) if self.image_width is not None else None
        size = f' width="{width}"' if width else ""
        return f'<img src="{html.escape(path.as_uri())}" alt="{alt}"{size}/>'

    def _link(self, match: re.Match[str]) -> str:
        text, target = match.group(1), html.unescape(match.group(2))
        href = target
        path, _, fragment = target.partition("#")
        local = self._local(path) if path else None
        if local is not None:
            href = local.as_uri() + (f"#{fragment}" if fragment else "")
        return f'<a href="{html.escape(href)}">{text}</a>'

    def _local(self, target: str) -> Path | None:
        """The file a relative link names, or None for a web address (or any other scheme)."""
        if urlsplit(target).scheme or target.startswith("/"):
            return None
        return (self.base / target).resolve()


def _continues(line: str, indent: int) -> bool:
    """After a blank line: does ``line`` still belong to the list item above (indented under it)?"""
    return bool(line.strip()) and len(line) - len(line.lstrip()) > indent


def _dedent(lines: list[str]) -> list[str]:
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    cut = min(indents, default=0)
    return [line[cut:] for line in lines]


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _wide(char: str) -> bool:
    """A Chinese character or full-width sign: no space where a line break joins two of them."""
    return bool(char) and unicodedata.east_asian_width(char) in ("W", "F")
