"""Teachers, identified by national ID (ID-1)."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ntip_desktop.models.base import Base, Timestamps, UuidPk, enum_type
from ntip_desktop.models.organization import Organization
from ntip_desktop.vocabulary import Employment


class Teacher(UuidPk, Timestamps, Base):
    __tablename__ = "teachers"

    #: 身分證字號 or resident-certificate number, validated (ID-1), stored upper-case.
    national_id: Mapped[str] = mapped_column(String(10), unique=True)
    #: Full name.
    name: Mapped[str] = mapped_column(String(40), index=True)
    #: School or unit of service.
    organization_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    #: Employment category (Art 8(5) audience).
    employment: Mapped[Employment] = mapped_column(enum_type(Employment, "employment"), default=Employment.REGULAR)
    #: E-mail for certificates.
    email: Mapped[str] = mapped_column(String(120), default="")

    organization: Mapped[Organization | None] = relationship()
