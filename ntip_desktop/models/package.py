"""Report packages (docs/packages.md): the coordinators' installations an office trusts, and the packages it applied."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ntip_desktop.models.base import Base, Timestamps, UuidPk


class TrustedInstallation(Timestamps, Base):
    """A coordinator's installation whose packages this office accepts: its Ed25519 public key, for one organisation."""

    __tablename__ = "trusted_installations"

    #: The installation id named in its packages' manifests.
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    #: Ed25519 public key, 32 bytes in base64.
    public_key: Mapped[str] = mapped_column(String(64))
    #: The organisation whose data it may send.
    organization_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organizations.id"), index=True)
    #: Who registered it (None: the command line).
    registered_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("office_users.id"))
    #: A note (the coordinator's name, the computer).
    note: Mapped[str] = mapped_column(Text, default="")


class AppliedPackage(UuidPk, Base):
    """A package applied here: its SHA-256 makes a second import of the same file a no-op."""

    __tablename__ = "applied_packages"

    #: SHA-256 (hex) of the whole package file.
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    #: The installation that signed it.
    installation_id: Mapped[uuid.UUID]
    #: The organisation it reports.
    organization_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organizations.id"), index=True)
    #: First and last month, ``YYYY-MM``.
    period_from: Mapped[str] = mapped_column(String(7))
    period_to: Mapped[str] = mapped_column(String(7))
    #: When applied (UTC).
    applied_at: Mapped[datetime]
    #: Who applied it (None: the command line).
    applied_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("office_users.id"))
    #: Records applied (new + changed).
    records: Mapped[int] = mapped_column(Integer, default=0)
    #: Counts per table and outcome, and the conflicts left as they were.
    summary: Mapped[dict[str, Any]]
