"""Office-wide settings kept in the database, so every clerk's computer sees the same (keys, seals, offsets)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from ntip_desktop.models.base import Base, Timestamps


class Setting(Timestamps, Base):
    """One named setting: a small JSON value and, for a file such as a seal image, its bytes.

    Keys are dotted and name their owner, e.g. ``certificates.office_key.64`` or
    ``certificates.printer_offset.<printer name>`` (docs/certificates.md lists them).
    """

    __tablename__ = "settings"

    #: Dotted name.
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    #: The value (small JSON object).
    value: Mapped[dict[str, Any]]
    #: A file's bytes (e.g. a PNG), when the setting is one.
    data: Mapped[bytes | None] = mapped_column(LargeBinary)
    #: Optimistic-lock counter: a change made on a stale copy of the setting is refused.
    version: Mapped[int] = mapped_column(default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}
