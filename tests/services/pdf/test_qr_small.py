"""The verification codes' QR encoder builds exactly the matrix qrcode builds, and ZXing reads it."""

from __future__ import annotations

import qrcode
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from ntip_desktop.services.pdf.qr_small import ALPHANUMERIC, fits, qr_v1_matrix


def _reference(text: str) -> list[list[bool]]:
    code = qrcode.QRCode(version=1, error_correction=qrcode.constants.ERROR_CORRECT_M, border=0, mask_pattern=0)
    code.add_data(qrcode.util.QRData(text, mode=qrcode.util.MODE_ALPHA_NUM))  # qrcode would pick numeric for digits
    code.make(fit=False)
    return code.get_matrix()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHANUMERIC, min_size=1, max_size=20))
def test_same_matrix_as_qrcode(text: str) -> None:
    assert qr_v1_matrix(text) == _reference(text)


def test_zxing_reads_a_verification_code() -> None:
    matrix = qr_v1_matrix("7KQ2-M9XD-4RTB")
    image = Image.new("L", (25 * 8, 25 * 8), 255)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                image.paste(0, ((c + 2) * 8, (r + 2) * 8, (c + 3) * 8, (r + 3) * 8))
    assert [r.text for r in zxingcpp.read_barcodes(image)] == ["7KQ2-M9XD-4RTB"]


def test_what_does_not_fit_is_refused() -> None:
    assert fits("7KQ2-M9XD-4RTB") and not fits("lower") and not fits("A" * 21)
