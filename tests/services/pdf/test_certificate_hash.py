"""A certificate's stored hash is that of its page drawn alone, whichever document it was printed in."""

from __future__ import annotations

import io
from dataclasses import replace

from PIL import Image

from ntip_desktop.services.pdf.certificate import CertificatePage, CertificatePdf, page_sha256


def _seal() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", (64, 64), (200, 0, 0, 255)).save(buffer, "PNG")
    return buffer.getvalue()


def _page(n: int) -> CertificatePage:
    return CertificatePage(
        number=f"115-高市-{n:06d}",
        code=f"7KQ2-M9XD-4RT{n}",
        holder_name="王小明" if n % 2 else "歐陽美玲",
        holder_id="A12345****",
        school="高雄市立前鎮國民小學",
        course_code=f"115000000{n}",
        course_title="數位學習與教學設計工作坊" * (n + 1),  # one to four lines: the table's layout differs
        dates="中華民國115年3月2日",
        organizer="高雄市政府教育局",
        basis_doc="" if n % 2 else "高市教研字第11530012345號",
        hours=3 + n,
        office_code="KH" if n % 2 else "TP",
        office_name="高雄市政府教育局",
        issued_on="中華民國115年3月10日",
        rule_set="2024.1",
        supersedes="115-高市-000001" if n == 3 else "",
        seal=bool(n % 2),
    )


def test_each_page_of_a_batch_hashes_as_that_page_drawn_alone() -> None:
    """Writing a batch hashes each page as it is drawn; a later check draws the page alone: the two agree,
    for the first page and the later ones, with and without the office's seal."""
    seals = {"KH": _seal()}
    pdf = CertificatePdf("研習時數證明", seals=seals)
    pages = [_page(n) for n in range(4)]
    hashes = [pdf.add(page) for page in pages]
    pdf.finish()
    assert hashes == [page_sha256(page, seals) for page in pages]
    assert len(set(hashes)) == 4


def test_a_printer_offset_leaves_the_hash_of_the_page_without_it() -> None:
    seals = {"KH": _seal()}
    shifted = CertificatePdf("研習時數證明", seals=seals, offset_mm=(2.5, -1.2))
    page = _page(1)
    assert shifted.add(page) == page_sha256(page, seals)


def test_a_page_with_more_characters_than_one_font_subset_holds_hashes_the_same() -> None:
    """A page of more than 223 different characters spills into a second font subset, coded another way."""
    many = "".join(chr(0x4E00 + 7 * i) for i in range(260))  # 260 different common ideographs
    page = replace(_page(2), course_title=many, organizer=many[::-1][:40])
    pdf = CertificatePdf("研習時數證明", seals={})
    first = pdf.add(_page(0))
    assert pdf.add(page) == page_sha256(page, {})
    assert first == page_sha256(_page(0), {})


def test_characters_a_pdf_string_escapes_or_the_font_lacks_hash_the_same() -> None:
    """Parentheses and a backslash are escaped in a PDF string, a no-break space is coded as a space, and a
    character the font has no glyph for gets code 0: the page in a batch still hashes as the page alone."""
    page = replace(
        _page(1),
        course_title="AI(人工智慧)\\實作\u00a0工作坊\ue000",
        school="臺北市立(實驗)國民小學",
    )
    pdf = CertificatePdf("研習時數證明", seals={})
    pdf.add(_page(0))
    assert pdf.add(page) == page_sha256(page, {})
