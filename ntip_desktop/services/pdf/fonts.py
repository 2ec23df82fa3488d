"""The CJK TrueType font every PDF of the program is written in, found and registered once per process.

reportlab's built-in CID font ``MSung-Light`` is not used: it is never embedded and is written with a
Simplified-Chinese CMap, so poppler draws no text and text extraction returns garbage. A TrueType font is
embedded instead (as subsets, each a ``FontFile2`` with a ToUnicode map), so the form prints and faxes
the same everywhere and its text can be searched and copied.

Order of search: ``NTIP_CJK_FONT`` (``path`` or ``path:subfont``), then the usual places of a Traditional
Chinese TrueType font on Debian/Ubuntu (AR PL UMing TW, AR PL UKai TW, Noto CJK TC), Windows (標楷體,
細明體, 微軟正黑體) and macOS. Nothing is ever downloaded.
"""

from __future__ import annotations

import functools
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont, TTFontFile

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate

#: Environment variable naming a font file, optionally with ``:<subfont index>`` for a .ttc collection.
FONT_ENV = "NTIP_CJK_FONT"
#: Name under which the font is registered with reportlab.
CJK_FONT_NAME = "NTIP-CJK"

_WINDOWS_FONTS = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"

#: (path, subfont index or None = pick the Traditional Chinese face of a collection by its name).
CANDIDATES: tuple[tuple[Path, int | None], ...] = (
    (Path("/usr/share/fonts/truetype/arphic/uming.ttc"), 2),  # AR PL UMing TW (fonts-arphic-uming)
    (Path("/usr/share/fonts/truetype/arphic/ukai.ttc"), 2),  # AR PL UKai TW (fonts-arphic-ukai)
    (Path("/usr/share/fonts/truetype/noto/NotoSerifTC-Regular.ttf"), None),
    (Path("/usr/share/fonts/truetype/noto/NotoSansTC-Regular.ttf"), None),
    (Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"), None),  # CFF: skipped if unusable
    (Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"), None),
    (_WINDOWS_FONTS / "kaiu.ttf", None),  # 標楷體
    (_WINDOWS_FONTS / "mingliu.ttc", 0),  # 細明體
    (_WINDOWS_FONTS / "msjh.ttc", 0),  # 微軟正黑體
    (Path("/Library/Fonts/Arial Unicode.ttf"), None),
    (Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"), None),
)

# Markers of a Traditional Chinese face inside a font collection's family names, best first.
_TRADITIONAL_MARKERS = (" TW", " TC", "TraditionalChinese", " HK")


@dataclass(frozen=True)
class CjkFont:
    """The registered font: its reportlab name and where it came from."""

    name: str  #: reportlab font name to pass to ``setFont``
    path: Path  #: font file
    subfont_index: int  #: face inside a .ttc collection (0 for a plain .ttf)
    family: str  #: family name read from the font, e.g. ``AR PL UMing TW``


_lock = threading.Lock()
_registered: CjkFont | None = None


def _text(name: bytes | str) -> str:
    return name.decode("utf-8", "replace") if isinstance(name, bytes) else str(name)


def _parse_env(value: str) -> tuple[Path, int | None]:
    """``path`` or ``path:index``; a Windows drive colon (``C:\\...``) is not taken for an index."""
    head, sep, tail = value.rpartition(":")
    if sep and tail.isdigit() and head:
        return Path(head), int(tail)
    return Path(value), None


def _pick_subfont(path: Path) -> int:
    """The face of a collection whose family name says Traditional Chinese (TW/TC before HK), else 0."""
    if path.suffix.lower() not in (".ttc", ".otc"):
        return 0
    families: list[str] = []
    while True:
        try:
            families.append(_text(TTFontFile(str(path), subfontIndex=len(families), validate=0).familyName))
        except TTFError:
            break
    for marker in _TRADITIONAL_MARKERS:
        for index, family in enumerate(families):
            if marker in family:
                return index
    return 0


def _load(path: Path, subfont: int | None) -> CjkFont:
    """Register ``path`` with reportlab; TTFError/OSError when it is missing or unusable."""
    index = _pick_subfont(path) if subfont is None else subfont
    font = TTFont(CJK_FONT_NAME, str(path), subfontIndex=index)
    if ord("中") not in font.face.charToGlyph:
        raise TTFError(f"{path} has no Chinese glyphs")
    # Every saved PDF subsets the font, and reportlab's subsetter copies each table it reads out of the
    # whole font file again (megabytes of glyph data per file). The tables never change: keep them.
    font.face.get_table = functools.cache(font.face.get_table)
    pdfmetrics.registerFont(font)
    return CjkFont(name=CJK_FONT_NAME, path=path, subfont_index=index, family=_text(font.face.familyName))


def cjk_font() -> CjkFont:
    """The CJK font, registered on first use; UserError (with what to install) when none is found."""
    global _registered
    if _registered is not None:
        return _registered
    with _lock:
        if _registered is not None:
            return _registered
        override = os.environ.get(FONT_ENV, "").strip()
        if override:
            path, subfont = _parse_env(override)
            try:
                _registered = _load(path, subfont)
            except (TTFError, OSError, ValueError) as exc:
                raise UserError(
                    translate(
                        "services.pdf.fonts",
                        "環境變數 {env} 指定的字型無法使用：{path}（{reason}）。請改指定 TrueType 中文字型檔。",
                    ).format(env=FONT_ENV, path=override, reason=exc),
                    field=FONT_ENV,
                ) from exc
            return _registered
        for path, subfont in CANDIDATES:
            if not path.is_file():
                continue
            try:
                _registered = _load(path, subfont)
            except (TTFError, OSError, ValueError):
                continue  # e.g. a CFF-outline (.otf-style) collection reportlab cannot embed
            return _registered
        raise UserError(
            translate(
                "services.pdf.fonts",
                "找不到中文字型，無法產生 PDF。請安裝 fonts-arphic-uming（AR PL UMing 明體），"
                "或以環境變數 {env} 指定 TrueType 中文字型檔（路徑，或 路徑:子字型編號）。",
            ).format(env=FONT_ENV)
        )


def cjk_font_name() -> str:
    """reportlab name of the CJK font (registering it on first use)."""
    return cjk_font().name
