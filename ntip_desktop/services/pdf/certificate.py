"""研習時數證明: one A4 page per certificate, drawn fast enough for batches of thousands.

What makes it fast (bench/bench_certificates.py measures it): every page of a batch goes into one canvas, so
the CJK font is subset once per file, not once per certificate; each page is laid out once (wrapping with
cached glyph widths) and drawn with one text object; the QR code is built directly at version 1, mask 0
(no search over versions and masks) and drawn as one path of runs; an office's seal image is stored once
per file as a form and referenced by each page.

Each certificate's *canonical page* is the page as drawn alone into a fresh document, without printer offset
(``invariant=1``, so it is the same bytes every time): its content stream is what :func:`page_sha256` hashes
and what docs/certificates.md calls the certificate's PDF hash. A one-certificate PDF from
:func:`render_certificates` holds exactly that page.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import filterfalse
from typing import Any

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.services.pdf.fonts import cjk_font_name
from ntip_desktop.services.pdf.qr_small import fits, qr_v1_matrix

CONTEXT = "services.pdf.certificate"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 26 * mm  #: left and right edge of the text
TABLE_LABEL_W = 30 * mm
ROW_H = 11 * mm
SEAL_BOX = 42 * mm
QR_SIZE = 24 * mm
#: Largest seal image accepted (bytes) and its largest side (pixels).
SEAL_MAX_BYTES = 1_000_000
SEAL_MAX_PIXELS = 3000
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: Largest printer offset (mm) either way: more means the wrong paper, not a calibration.
MAX_OFFSET_MM = 20.0


@dataclass(frozen=True)
class CertificatePage:
    """Everything one certificate page shows, already in the words and ROC dates people read."""

    number: str  #: 115-高市-000123
    code: str  #: verification code as printed, 7KQ2-M9XD-4RTB
    holder_name: str
    holder_id: str  #: masked (ID-1), A12345****
    school: str
    course_code: str
    course_title: str  #: with its session label, if any
    dates: str  #: 中華民國115年3月2日 (or a range)
    organizer: str
    basis_doc: str
    hours: int
    office_code: str  #: which seal to use
    office_name: str  #: 高雄市政府教育局
    issued_on: str  #: 中華民國115年3月10日
    rule_set: str
    supersedes: str = ""  #: number of the certificate this one replaces
    seal: bool = False  #: the office's seal is printed (when one is stored)


# --- QR -------------------------------------------------------------------------------------------------


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code of ``text`` (level M). A verification code fits version 1 and is built by
    :mod:`.qr_small` (about ten times faster than the qrcode package, module for module the same);
    anything else goes through qrcode."""
    if fits(text):
        return qr_v1_matrix(text)
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


def _qr_path(matrix: list[list[bool]], x: float, y: float, size: float) -> str:
    """PDF operators filling the code's dark modules: one rectangle per run of dark modules in a row.

    Drawn in module units (a ``cm`` scales them), so every coordinate is a small integer.
    """
    n = len(matrix)
    ops = [f"q {fp_str(size / n)} 0 0 {fp_str(size / n)} {fp_str(x, y)} cm 0 g"]
    for r, cells in enumerate(matrix):
        row = n - 1 - r
        col = 0
        while col < n:
            if not cells[col]:
                col += 1
                continue
            start = col
            while col < n and cells[col]:
                col += 1
            ops.append(f"{start} {row} {col - start} 1 re")
    ops.append("f Q")
    return "\n".join(ops)


# --- seals ----------------------------------------------------------------------------------------------


def check_seal_image(data: bytes) -> tuple[int, int]:
    """(width, height) in pixels of a seal PNG; UserError saying what is wrong with it otherwise."""
    if len(data) > SEAL_MAX_BYTES:
        raise UserError(
            translate("services.pdf.certificate", "印信圖檔太大（{size} KB），請縮小到 {limit} KB 以內。").format(
                size=len(data) // 1024, limit=SEAL_MAX_BYTES // 1024
            ),
            field="seal",
        )
    if not data.startswith(PNG_SIGNATURE):
        raise UserError(translate("services.pdf.certificate", "印信圖檔必須是 PNG 圖片。"), field="seal")
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception as exc:  # PIL raises many kinds for a damaged file
        raise UserError(
            translate("services.pdf.certificate", "印信圖檔無法讀取（{reason}），請重新存成 PNG。").format(reason=exc),
            field="seal",
        ) from exc
    if not (0 < width <= SEAL_MAX_PIXELS and 0 < height <= SEAL_MAX_PIXELS):
        raise UserError(
            translate("services.pdf.certificate", "印信圖檔尺寸 {w}×{h} 像素超過上限 {limit} 像素。").format(
                w=width, h=height, limit=SEAL_MAX_PIXELS
            ),
            field="seal",
        )
    return width, height


def check_offset(x_mm: float, y_mm: float) -> tuple[float, float]:
    for value, name in ((x_mm, "x_mm"), (y_mm, "y_mm")):
        if not -MAX_OFFSET_MM <= value <= MAX_OFFSET_MM:
            raise UserError(
                translate("services.pdf.certificate", "印表機位移須在 ±{limit} 公釐之間。").format(
                    limit=int(MAX_OFFSET_MM)
                ),
                field=name,
            )
    return round(float(x_mm), 1), round(float(y_mm), 1)


# --- one page -------------------------------------------------------------------------------------------


class _Document:
    """A canvas and what it already holds: the seals' forms."""

    def __init__(
        self,
        buffer: io.BytesIO,
        title: str,
        seals: Mapping[str, bytes],
        offset_mm: tuple[float, float],
        *,
        canonical: bool = False,
    ) -> None:
        self.font = cjk_font_name()
        self.canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1, initialFontName=self.font)
        self.canvas.setTitle(title)
        self.canvas.setAuthor("NTIP Desk")
        self.canvas.setCreator("NTIP Desk")
        self.seals = seals
        self.seal_forms: set[str] = set()
        self.offset = (offset_mm[0] * mm, offset_mm[1] * mm)
        #: A canonical page is only hashed, never saved: its seal form is named, not drawn (the page's
        #: content refers to the form by name either way).
        self.canonical = canonical

    def seal_form(self, office_code: str) -> str | None:
        """The name of the office's seal form in this document (drawn on first use), or None without a seal."""
        data = self.seals.get(office_code)
        if data is None:
            return None
        name = f"seal{office_code}"
        if name not in self.seal_forms and not self.canonical:
            c = self.canvas
            c.beginForm(name, 0, 0, SEAL_BOX, SEAL_BOX)
            c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, SEAL_BOX, SEAL_BOX, mask="auto", preserveAspectRatio=True)
            c.endForm()
            self.seal_forms.add(name)
        return name


class _Widths:
    """Advance widths of the CJK font per character, cached: wrapping measures the same characters again
    and again, and reportlab's stringWidth per candidate line is what made wrapping slow."""

    def __init__(self, font: str) -> None:
        self.font = font
        self._cache: dict[str, float] = {}

    def of(self, text: str, size: float) -> float:
        cache = self._cache
        total = 0.0
        for ch in text:
            w = cache.get(ch)
            if w is None:
                w = cache[ch] = stringWidth(ch, self.font, 1000)
            total += w
        return total * size / 1000

    def wrap(self, text: str, size: float, width: float) -> list[str]:
        """CJK text broken between any two characters (closing punctuation kept with what precedes it)."""
        lines: list[str] = []
        line, line_w = "", 0.0
        limit = width * 1000 / size
        for ch in text:
            w = self.of(ch, 1000)
            if line and line_w + w > limit:
                if ch in _NO_LINE_START and len(line) > 1:
                    lines.append(line[:-1])
                    line, line_w = line[-1], self.of(line[-1], 1000)
                else:
                    lines.append(line)
                    line, line_w = "", 0.0
            line += ch
            line_w += w
        lines.append(line)
        return lines

    def fit(self, text: str, size: float, width: float, height: float) -> tuple[float, list[str]]:
        """The largest size ≤ ``size`` (down to 8 pt) at which ``text`` fits the box, and its lines."""
        while True:
            lines = self.wrap(text, size, width)
            if len(lines) * size * 1.25 <= height or size <= 8:
                return size, lines
            size -= 0.5


_NO_LINE_START = set("，。、；：？！）」』〉》】,.;:!?)%")


@dataclass(frozen=True)
class _Text:
    x: float
    y: float
    text: str
    size: float
    space: float = 0.0
    #: The operators placing the text and setting its spacing, formatted once (a page's text is coded twice,
    #: see _hash_as_alone).
    moved: str = field(init=False, repr=False, compare=False)
    spaced: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "moved", f"1 0 0 1 {fp_str(self.x, self.y)} Tm")
        object.__setattr__(self, "spaced", f"{fp_str(self.space)} Tc" if self.space else "")


@dataclass(frozen=True)
class _Layout:
    """A page worked out once (wrapping, fitting, positions) and drawn as often as needed."""

    texts: tuple[_Text, ...]
    graphics: str  #: frame, table rules and QR code as PDF operators
    seal_at: tuple[float, float] | None


def _layout(page: CertificatePage, qr: list[list[bool]], widths: _Widths) -> _Layout:
    w, h = PAGE_WIDTH, PAGE_HEIGHT
    texts: list[_Text] = []

    def text(x: float, y: float, value: str, size: float, *, align: str = "left", space: float = 0.0) -> None:
        width = widths.of(value, size) + space * max(0, len(value) - 1)
        if align == "center":
            x -= width / 2
        elif align == "right":
            x -= width
        texts.append(_Text(x, y, value, size, space))

    def lines(x: float, y: float, values: list[str], size: float, leading: float) -> float:
        for value in values:
            texts.append(_Text(x, y, value, size))
            y -= leading
        return y

    graphics = [
        f"1.6 w {fp_str(12 * mm, 12 * mm, w - 24 * mm, h - 24 * mm)} re S",
        f"0.5 w {fp_str(14 * mm, 14 * mm, w - 28 * mm, h - 28 * mm)} re S",
    ]
    text(
        w - MARGIN,
        h - 25 * mm,
        translate("services.pdf.certificate", "證書字號：{number}").format(number=page.number),
        10.5,
        align="right",
    )
    text(w / 2, h - 52 * mm, translate("services.pdf.certificate", "研習時數證明書"), 30, align="center", space=6)
    statement = translate(
        "services.pdf.certificate",
        "茲證明 {name}（身分證統一編號 {id}，服務單位：{school}）參加下列研習活動，"
        "經依《全國教師在職進修資訊網進修研習活動使用管理規定》核實，核予研習時數如下。",
    ).format(name=page.holder_name, id=page.holder_id, school=page.school)
    text_w = w - 2 * MARGIN
    y = lines(MARGIN, h - 72 * mm, widths.wrap(statement, 13, text_w), 13, 22)
    rows = (
        (translate("services.pdf.certificate", "研習名稱"), page.course_title, 2),
        (translate("services.pdf.certificate", "課程代碼"), page.course_code, 1),
        (translate("services.pdf.certificate", "研習日期"), page.dates, 1),
        (translate("services.pdf.certificate", "主辦單位"), page.organizer, 1),
        (
            translate("services.pdf.certificate", "依據文號"),
            page.basis_doc or translate("services.pdf.certificate", "（無）"),
            1,
        ),
        (
            translate("services.pdf.certificate", "研習時數"),
            translate("services.pdf.certificate", "{hours} 小時").format(hours=page.hours),
            1,
        ),
    )
    top = y - 4 * mm
    row_top = top
    value_x = MARGIN + TABLE_LABEL_W + 3 * mm
    value_w = text_w - TABLE_LABEL_W - 6 * mm
    graphics.append("0.8 w")
    for n, (label, value, count) in enumerate(rows):
        height = ROW_H * count
        bottom = row_top - height
        text(MARGIN + TABLE_LABEL_W / 2, bottom + height / 2 - 4.5, label, 12.5, align="center", space=2)
        size, wrapped = widths.fit(value, 15 if n == len(rows) - 1 else 12.5, value_w, height - 4)
        leading = size * 1.25
        lines(value_x, bottom + height / 2 + (len(wrapped) - 1) * leading / 2 - size * 0.36, wrapped, size, leading)
        if n:
            graphics.append(f"{fp_str(MARGIN, row_top)} m {fp_str(w - MARGIN, row_top)} l S")
        row_top = bottom
    graphics.append(f"{fp_str(MARGIN, row_top, text_w, top - row_top)} re S")
    x_rule = MARGIN + TABLE_LABEL_W
    graphics.append(f"{fp_str(x_rule, row_top)} m {fp_str(x_rule, top)} l S")
    office_y = row_top - 16 * mm
    text(
        MARGIN,
        office_y,
        translate("services.pdf.certificate", "發證機關：{office}").format(office=page.office_name),
        14,
    )
    seal_at = (w - MARGIN - SEAL_BOX, office_y - SEAL_BOX / 2 - 8 * mm) if page.seal else None
    text(w / 2, 64 * mm, page.issued_on, 16, align="center", space=4)
    graphics.append(_qr_path(qr, MARGIN, 22 * mm, QR_SIZE))
    notes = [
        translate("services.pdf.certificate", "查驗：NTIP Desk「時數證明」頁，或 ntip certificates verify 驗證碼"),
        translate("services.pdf.certificate", "規則版本 {version}").format(version=page.rule_set),
    ]
    if page.supersedes:
        notes.append(
            translate("services.pdf.certificate", "本證明取代證書字號 {number}").format(number=page.supersedes)
        )
    x = MARGIN + QR_SIZE + 5 * mm
    text(x, 22 * mm + QR_SIZE - 12, translate("services.pdf.certificate", "驗證碼　{code}").format(code=page.code), 12)
    lines(x, 22 * mm + QR_SIZE - 28, notes, 8.5, 12)
    return _Layout(tuple(texts), "\n".join(graphics), seal_at)


class _Alone:
    """Stands for a document of its own when the font assigns character codes: a fresh key gets the codes a
    page drawn alone into a new document gets (reportlab keeps the codes per document, weakly keyed)."""


Split = Callable[[str], list[tuple[int, bytes]]]


def _text_operators(doc: _Document, texts: Iterable[_Text], split: Split) -> str:
    """The page's text as PDF operators, each text's characters coded by ``split`` (font subset, codes)."""
    name = _name_of(doc)
    ops = ["BT"]
    size, subset_now = 0.0, -1
    for t in texts:
        ops.append(t.moved)
        if t.size != size:
            size, subset_now = t.size, -1
        if t.space:
            ops.append(t.spaced)
        for subset, chunk in split(t.text):
            if subset != subset_now:
                ops.append(f"{name}+{subset} {fp_str(size)} Tf")
                subset_now = subset
            ops.append(f"({escapePDF(chunk)}) Tj")
        if t.space:
            ops.append("0 Tc")
    ops.append("ET")
    return " ".join(ops)


def _coded_in(doc: _Document) -> Split:
    """Characters coded as the document codes them (assigning new codes to characters it has not met)."""
    font = getFont(doc.font)
    return lambda text: font.splitString(text, doc.canvas._doc)


#: A character code as it stands in a PDF string, escaped as ``escapePDF`` escapes it.
_ESCAPED = tuple(escapePDF(chr(code)) for code in range(256))


def _name_of(doc: _Document) -> str:
    """The font's resource name on the document's pages (e.g. /F1), registering the font with it."""
    font = getFont(doc.font)
    name: str = font.getSubsetInternalName(0, doc.canvas._doc).rsplit("+", 1)[0]
    return name


def _coded_alone(doc: _Document) -> Split:
    """Characters coded as a new document would code this page alone, by asking the font itself (the general
    way; :func:`_alone_operators` is the quick one for the usual page)."""
    font = getFont(doc.font)
    alone = _Alone()
    return lambda text: font.splitString(text, alone)


#: The codes a new document gives the characters it meets, in that order (ASCII keeps its own), escaped.
_NEW_CODES = tuple(_ESCAPED[code] for code in (*range(1, 32), *range(128, 256)))


def _alone_table(doc: _Document, texts: Sequence[_Text]) -> dict[int, str] | None:
    """Each character of the page → its code in a new document drawing the page alone, escaped as it stands
    in a PDF string (characters left out stand for themselves); None when the page needs more than one subset
    (or the font codes differently).

    reportlab (with its default, ASCII-readable codes) gives a new document's characters codes in the order
    it first meets them: ASCII keeps its own codes, others get 1–31, then 128–255; a character the font
    lacks is 0. A certificate has about a hundred different characters, within one subset. The work per page
    is a few C-level passes (this runs once per certificate of a batch).
    """
    font = getFont(doc.font)
    tables = _font_tables(font)
    if tables is None:
        return None
    fixed, escapes = tables
    # The characters in the order first met, those with fixed codes left out.
    met = list(filterfalse(fixed.__contains__, dict.fromkeys("".join(t.text for t in texts))))
    glyphs = font.face.charToGlyph
    lacking = list(filterfalse(glyphs.__contains__, map(ord, met)))
    table = dict(escapes)
    if lacking:
        table.update(dict.fromkeys(lacking, _ESCAPED[0]))
        met = [char for char in met if ord(char) in glyphs]
    if len(met) > len(_NEW_CODES):  # a second subset: leave it to the font
        return None
    table.update(zip(map(ord, met), _NEW_CODES, strict=False))
    return table


#: Per font: the characters whose code does not depend on the page (left out when looking for the others),
#: and those of them that a PDF string escapes (or, the no-break space, codes as a space).
_FIXED: dict[str, tuple[frozenset[str], dict[int, str]] | None] = {}


def _font_tables(font: Any) -> tuple[frozenset[str], dict[int, str]] | None:
    name = str(font.fontName)
    if name not in _FIXED:
        probe = font.State(font._asciiReadable, font)
        if probe.frozen or probe.nextCode != 1 or probe.assignments.get(65) != 65:  # not the layout assumed
            _FIXED[name] = None
        else:
            assigned: Mapping[int, int] = probe.assignments
            escaped = {point: _ESCAPED[code] for point, code in assigned.items()}
            escaped[0xA0] = _ESCAPED[assigned[32]]
            _FIXED[name] = (
                frozenset(map(chr, escaped)),
                {point: text for point, text in escaped.items() if text != chr(point)},
            )
    return _FIXED[name]


def _alone_operators(name: str, texts: Iterable[_Text], table: dict[int, str]) -> str:
    """:func:`_text_operators` of the page drawn alone, within one subset (:func:`_alone_table`): the same
    operators, each text coded by one ``str.translate``."""
    ops = ["BT"]
    size, font_set = 0.0, False
    for t in texts:
        ops.append(t.moved)
        if t.size != size:
            size, font_set = t.size, False
        if t.space:
            ops.append(t.spaced)
        if t.text:
            if not font_set:
                ops.append(f"{name}+0 {fp_str(size)} Tf")
                font_set = True
            ops.append(f"({t.text.translate(table)}) Tj")
        if t.space:
            ops.append("0 Tc")
    ops.append("ET")
    return " ".join(ops)


def draw_page(doc: _Document, page: CertificatePage, layout: _Layout, *, offset: bool = True) -> str:
    """Draw a laid-out page on the document's canvas and close the page; return its text operators."""
    c = doc.canvas
    c.saveState()
    if offset and doc.offset != (0.0, 0.0):
        c.translate(*doc.offset)
    c.addLiteral(layout.graphics)
    text = _text_operators(doc, layout.texts, _coded_in(doc))
    c.addLiteral(text)
    if layout.seal_at is not None:
        seal = doc.seal_form(page.office_code)
        if seal is not None:
            c.saveState()
            c.translate(*layout.seal_at)
            c.doForm(seal)
            c.restoreState()
    c.restoreState()
    c.showPage()
    return text


def _last_page_stream(doc: _Document) -> bytes:
    """The content stream of the page ``doc`` finished last. reportlab keeps a finished page's content on
    the document until it is saved, so it can be read there (a canonical page is never saved: saving would
    subset the font, the slow part)."""
    stream: str = doc.canvas._doc.Pages.pages[-1].stream
    return stream.encode("latin-1")


def _canonical_stream(page: CertificatePage, layout: _Layout, seals: Mapping[str, bytes]) -> bytes:
    """The content stream of ``page`` drawn alone into a fresh document, without printer offset."""
    doc = _Document(io.BytesIO(), "", seals, (0.0, 0.0), canonical=True)
    draw_page(doc, page, layout, offset=False)
    return _last_page_stream(doc)


def page_sha256(page: CertificatePage, seals: Mapping[str, bytes] | None = None) -> str:
    """SHA-256 (hex) of the certificate's canonical page content stream."""
    layout = _layout(page, qr_matrix(page.code), _Widths(cjk_font_name()))
    return hashlib.sha256(_canonical_stream(page, layout, seals or {})).hexdigest()


class CertificatePdf:
    """Certificates written one after another into one PDF; each added page's canonical hash is returned."""

    def __init__(
        self,
        title: str,
        *,
        seals: Mapping[str, bytes] | None = None,
        offset_mm: tuple[float, float] = (0.0, 0.0),
    ) -> None:
        self._buffer = io.BytesIO()
        self._seals = dict(seals or {})
        self._doc = _Document(self._buffer, title, self._seals, offset_mm)
        self._widths = _Widths(self._doc.font)
        self.pages = 0

    def add(self, page: CertificatePage, *, with_hash: bool = True) -> str | None:
        """Draw ``page``; with ``with_hash`` also its canonical page, and return that page's SHA-256."""
        layout = _layout(page, qr_matrix(page.code), self._widths)
        text = draw_page(self._doc, page, layout)
        self.pages += 1
        if not with_hash:
            return None
        return self._hash_as_alone(page, layout, text)

    def _hash_as_alone(self, page: CertificatePage, layout: _Layout, text: str) -> str:
        """SHA-256 of the page just drawn as if drawn alone (:func:`page_sha256`)."""
        if self._doc.offset != (0.0, 0.0):
            return hashlib.sha256(_canonical_stream(page, layout, self._seals)).hexdigest()
        # Without a printer offset the page just drawn differs from the page drawn alone only in the codes
        # of its characters (a document numbers them in the order it first meets them): swap in the codes
        # the page alone gets, rather than drawing it a second time. The font and the seal form go by the
        # same names in every document.
        table = _alone_table(self._doc, layout.texts)
        if table is None:
            alone = _text_operators(self._doc, layout.texts, _coded_alone(self._doc))
        else:
            alone = _alone_operators(_name_of(self._doc), layout.texts, table)
        stream = _last_page_stream(self._doc).replace(text.encode("latin-1"), alone.encode("latin-1"), 1)
        return hashlib.sha256(stream).hexdigest()

    def finish(self) -> bytes:
        self._doc.canvas.save()
        return self._buffer.getvalue()


def render_certificates(
    pages: Iterable[CertificatePage],
    *,
    title: str = "",
    seals: Mapping[str, bytes] | None = None,
    offset_mm: tuple[float, float] = (0.0, 0.0),
) -> bytes:
    """The pages as one PDF (A4, CJK font embedded once)."""
    pdf = CertificatePdf(
        title or translate("services.pdf.certificate", "研習時數證明"), seals=seals, offset_mm=offset_mm
    )
    for page in pages:
        pdf.add(page, with_hash=False)
    return pdf.finish()
