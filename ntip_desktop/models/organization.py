"""Counties/cities, district management centers (區管中心) and organisations (schools, units)."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ntip_desktop.models.base import Base, Timestamps, UuidPk, enum_type
from ntip_desktop.vocabulary import OrgKind, Ownership, ReportingMode


class County(Base):
    """One of the 22 municipalities, counties and cities."""

    __tablename__ = "counties"

    #: Two-digit code used in school codes (e.g. ``"38"`` 臺北市).
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    #: Official name, e.g. 臺北市.
    name: Mapped[str] = mapped_column(String(20), unique=True)
    #: Whether its schools register online or report through the back end.
    reporting_mode: Mapped[ReportingMode] = mapped_column(enum_type(ReportingMode, "reporting_mode"))
    #: The county/city education authority (e.g. 臺北市政府教育局).
    authority_name: Mapped[str] = mapped_column(String(40))
    #: Whether it is a 直轄市 (municipality).
    municipality: Mapped[bool] = mapped_column(default=False)
    #: The district management center that serves it.
    district_center_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("district_centers.id"))

    district_center: Mapped[DistrictCenter | None] = relationship(back_populates="counties")


class DistrictCenter(UuidPk, Timestamps, Base):
    """區管中心: receives faxed business-account applications of its counties' organisations."""

    __tablename__ = "district_centers"

    #: Short code people type, e.g. ``"TPE"``.
    code: Mapped[str] = mapped_column(String(16), unique=True)
    #: Name printed on fax forms.
    name: Mapped[str] = mapped_column(String(60))
    #: Fax number printed on fax forms.
    fax: Mapped[str] = mapped_column(String(30))
    #: Telephone for questions.
    phone: Mapped[str] = mapped_column(String(30))
    #: Postal address.
    address: Mapped[str] = mapped_column(String(120), default="")

    counties: Mapped[list[County]] = relationship(back_populates="district_center")


class Organization(UuidPk, Timestamps, Base):
    """A school or unit that holds business accounts, organises courses or employs teachers."""

    __tablename__ = "organizations"

    #: Official organisation code (學校代碼 / 機關代碼), e.g. ``"383601"``.
    code: Mapped[str] = mapped_column(String(12), unique=True)
    #: Full official name.
    name: Mapped[str] = mapped_column(String(80), index=True)
    #: Kind and level.
    kind: Mapped[OrgKind] = mapped_column(enum_type(OrgKind, "org_kind"))
    #: Public (national, municipal, county) or private.
    ownership: Mapped[Ownership] = mapped_column(enum_type(Ownership, "ownership"))
    #: County/city where it stands.
    county_code: Mapped[str | None] = mapped_column(ForeignKey("counties.code"), index=True)
    #: District management center it belongs to (for account decisions).
    district_center_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("district_centers.id"), index=True)
    #: Telephone of the organisation.
    phone: Mapped[str] = mapped_column(String(30), default="")
    #: Address.
    address: Mapped[str] = mapped_column(String(120), default="")
    #: Still operating.
    active: Mapped[bool] = mapped_column(default=True)

    county: Mapped[County | None] = relationship()
    district_center: Mapped[DistrictCenter | None] = relationship()
