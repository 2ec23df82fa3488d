"""Back-end monthly reporting (Art 12(3)(4)): report months and their amendments."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ntip_desktop.models.base import Base, Timestamps, UuidPk, enum_type
from ntip_desktop.vocabulary import ReportState


class ReportMonth(UuidPk, Timestamps, Base):
    __tablename__ = "report_months"
    __table_args__ = (
        UniqueConstraint("county_code", "year", "month"),
        CheckConstraint("month BETWEEN 1 AND 12", name="month_range"),
    )

    #: County that reports.
    county_code: Mapped[str] = mapped_column(ForeignKey("counties.code"))
    #: Gregorian year.
    year: Mapped[int] = mapped_column(Integer)
    #: Month 1–12.
    month: Mapped[int] = mapped_column(Integer)
    #: Workflow state.
    state: Mapped[ReportState] = mapped_column(enum_type(ReportState, "report_state"))
    #: Records uploaded.
    records: Mapped[int] = mapped_column(Integer, default=0)
    #: When confirmed.
    confirmed_at: Mapped[datetime | None]
    #: Who confirmed.
    confirmed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("office_users.id"))
    #: Optimistic-lock counter.
    version: Mapped[int] = mapped_column(default=1)

    amendments: Mapped[list[Amendment]] = relationship(back_populates="report_month")

    __mapper_args__ = {"version_id_col": version}


class Amendment(UuidPk, Timestamps, Base):
    """An amendment of a confirmed month, opened by an official letter to NKNU (copy to MOE)."""

    __tablename__ = "amendments"

    #: The month amended.
    report_month_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("report_months.id"))
    #: Letter number (文號).
    letter_no: Mapped[str] = mapped_column(String(80))
    #: Letter date.
    letter_date: Mapped[date]
    #: Why.
    reason: Mapped[str] = mapped_column(Text)
    #: Who opened it.
    opened_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("office_users.id"))
    #: When re-confirmed.
    reconfirmed_at: Mapped[datetime | None]

    report_month: Mapped[ReportMonth] = relationship(back_populates="amendments")
