"""A QR code of version 1, level M, mask 0, alphanumeric mode: exactly what a verification code needs.

The qrcode package builds the same matrix, but spends most of its half millisecond in general machinery
(mode optimisation, a matrix object, bit buffers); certificates need thousands of codes per batch, so this
module builds the one shape directly. ``tests/services/pdf/test_qr_small.py`` checks it module for module
against qrcode's matrix for the same text, version, level and mask.
"""

from __future__ import annotations

#: Characters of QR's alphanumeric mode, in value order.
ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_VALUE = {ch: n for n, ch in enumerate(ALPHANUMERIC)}
SIZE = 21
#: Version 1-M: 16 data codewords and 10 error-correction codewords in one block.
DATA_CODEWORDS = 16
EC_CODEWORDS = 10
#: Longest alphanumeric text that fits version 1-M.
CAPACITY = 20
#: Format information of level M (00) with mask 0 (000): BCH code of 00000, XOR 101010000010010.
_FORMAT_BITS = 0b101010000010010

# GF(256) with QR's polynomial x^8 + x^4 + x^3 + x^2 + 1.
_EXP = [0] * 512
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


def _generator(degree: int) -> list[int]:
    poly = [1]
    for i in range(degree):
        nxt = [0] * (len(poly) + 1)
        for j, coef in enumerate(poly):
            nxt[j] ^= coef
            if coef:
                nxt[j + 1] ^= _EXP[_LOG[coef] + i]
        poly = nxt
    return poly


_GENERATOR = _generator(EC_CODEWORDS)


def _error_correction(data: list[int]) -> list[int]:
    remainder = list(data) + [0] * EC_CODEWORDS
    for i in range(len(data)):
        coef = remainder[i]
        if coef:
            log = _LOG[coef]
            for j in range(1, len(_GENERATOR)):
                remainder[i + j] ^= _EXP[log + _LOG[_GENERATOR[j]]] if _GENERATOR[j] else 0
    return remainder[len(data) :]


def _codewords(text: str) -> list[int]:
    bits: list[int] = []

    def put(value: int, length: int) -> None:
        bits.extend((value >> (length - 1 - k)) & 1 for k in range(length))

    put(0b0010, 4)
    put(len(text), 9)
    for i in range(0, len(text) - 1, 2):
        put(_VALUE[text[i]] * 45 + _VALUE[text[i + 1]], 11)
    if len(text) % 2:
        put(_VALUE[text[-1]], 6)
    limit = DATA_CODEWORDS * 8
    bits.extend([0] * min(4, limit - len(bits)))
    if len(bits) % 8:
        bits.extend([0] * (8 - len(bits) % 8))
    data = [int("".join(map(str, bits[i : i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = 0
    while len(data) < DATA_CODEWORDS:
        data.append(0xEC if pad % 2 == 0 else 0x11)
        pad += 1
    return data + _error_correction(data)


def _template() -> list[list[bool | None]]:
    m: list[list[bool | None]] = [[None] * SIZE for _ in range(SIZE)]
    for row0, col0 in ((0, 0), (0, SIZE - 7), (SIZE - 7, 0)):
        for r in range(-1, 8):
            for c in range(-1, 8):
                rr, cc = row0 + r, col0 + c
                if not (0 <= rr < SIZE and 0 <= cc < SIZE):
                    continue
                m[rr][cc] = (
                    (0 <= r <= 6 and c in (0, 6)) or (0 <= c <= 6 and r in (0, 6)) or (2 <= r <= 4 and 2 <= c <= 4)
                )
    for i in range(8, SIZE - 8):
        m[i][6] = m[6][i] = i % 2 == 0
    for i in range(15):
        bit = (_FORMAT_BITS >> i) & 1 == 1
        if i < 6:
            m[i][8] = bit
        elif i < 8:
            m[i + 1][8] = bit
        else:
            m[SIZE - 15 + i][8] = bit
        if i < 8:
            m[8][SIZE - i - 1] = bit
        elif i < 9:
            m[8][15 - i] = bit
        else:
            m[8][14 - i] = bit
    m[SIZE - 8][8] = True
    return m


_TEMPLATE = _template()
#: The data modules in placement order (the zigzag from the bottom right, skipping the timing column).
_ORDER: list[tuple[int, int]] = []
_row, _inc = SIZE - 1, -1
for _col in range(SIZE - 1, 0, -2):
    if _col <= 6:
        _col -= 1
    while True:
        for _c in (_col, _col - 1):
            if _TEMPLATE[_row][_c] is None:
                _ORDER.append((_row, _c))
        _row += _inc
        if _row < 0 or _row >= SIZE:
            _row -= _inc
            _inc = -_inc
            break


def fits(text: str) -> bool:
    """Whether ``text`` can be encoded here (alphanumeric characters, at most 20)."""
    return len(text) <= CAPACITY and all(ch in _VALUE for ch in text)


def qr_v1_matrix(text: str) -> list[list[bool]]:
    """The 21×21 module matrix (True = dark), without quiet zone. ValueError when ``text`` does not fit."""
    if not fits(text):
        raise ValueError(f"not a version 1-M alphanumeric text: {text!r}")
    codewords = _codewords(text)
    matrix = [list(row) for row in _TEMPLATE]
    for n, (r, c) in enumerate(_ORDER):
        dark = n < len(codewords) * 8 and (codewords[n >> 3] >> (7 - (n & 7))) & 1 == 1
        matrix[r][c] = dark != ((r + c) % 2 == 0)
    return [[bool(cell) for cell in row] for row in matrix]
