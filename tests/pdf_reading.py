"""Reading a PDF the way a person and a fax machine would: its text, and the barcodes on the rendered page."""

from __future__ import annotations

import pypdfium2
import zxingcpp


def pdf_pages(pdf: bytes) -> int:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def pdf_text(pdf: bytes) -> str:
    """All text of the PDF as extracted by PDFium (what search and copy-paste give)."""
    doc = pypdfium2.PdfDocument(pdf)
    try:
        parts = []
        for page in doc:
            textpage = page.get_textpage()
            parts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(parts)
    finally:
        doc.close()


def pdf_barcodes(pdf: bytes, dpi: int = 200) -> dict[str, str]:
    """Barcode format name → decoded text, read by ZXing from the first page rendered at ``dpi``."""
    doc = pypdfium2.PdfDocument(pdf)
    try:
        page = doc[0]
        image = page.render(scale=dpi / 72).to_pil()
        page.close()
    finally:
        doc.close()
    return {str(r.format).split(".")[-1]: r.text for r in zxingcpp.read_barcodes(image)}


def pdf_flat_text(pdf: bytes) -> str:
    """The text with line breaks removed, so that a value the layout wrapped is found whole."""
    return pdf_text(pdf).replace("\r", "").replace("\n", "")
