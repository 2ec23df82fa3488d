"""Keys for rows written in bulk (the demo seed, the batch re-check): time-ordered UUIDs, made fast.

``uuid.uuid4()`` asks the operating system for randomness on every call (about 10 µs); a bulk writer that
makes hundreds of thousands of keys uses :class:`IdSequence` instead.
"""

from __future__ import annotations

import time
import uuid


class IdSequence:
    """Time-ordered UUIDs: RFC 9562 version 7 (timestamp, random bits, then a counter in ``rand_b``).

    Keys that grow monotonically are appended to the primary-key B-tree instead of landing at random
    pages, which keeps a million-row insert fast on SQLite; the random bits keep them unique across
    databases (two seeds never share a key).
    """

    def __init__(self) -> None:
        entropy = uuid.uuid4().int
        millis = time.time_ns() // 1_000_000
        rand_a = entropy & 0xFFF
        rand_b_high = (entropy >> 12) & ((1 << 22) - 1)
        self._base = (millis << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | (rand_b_high << 40)
        self._n = 0

    def next(self) -> uuid.UUID:
        self._n += 1
        return uuid.UUID(int=self._base + self._n)

    def hex_block(self, count: int) -> list[str]:
        """The next ``count`` ids as 32 hex digits: how SQLite stores a UUID, and text PostgreSQL reads as one."""
        first = self._base + self._n + 1
        self._n += count
        if (first >> 40) == ((first + count) >> 40):  # the usual case: only the counter's 10 digits change
            head = "%022x" % (first >> 40)
            low = first & ((1 << 40) - 1)
            return [head + format(n, "010x") for n in range(low, low + count)]
        return [f"{n:032x}" for n in range(first, first + count)]  # pragma: no cover - after 2**40 ids
