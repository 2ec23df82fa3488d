"""Hour awards with their trace (HRS-8) and hour certificates."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ntip_desktop.models.base import Base, Timestamps, UuidPk, enum_type
from ntip_desktop.models.course import Course
from ntip_desktop.models.teacher import Teacher
from ntip_desktop.vocabulary import AwardStatus, CertificateState


class HourAward(UuidPk, Timestamps, Base):
    """The hours one teacher gets for one course, with the trace that explains them."""

    __tablename__ = "hour_awards"
    __table_args__ = (
        UniqueConstraint("teacher_id", "course_id"),
        CheckConstraint("hours >= 0", name="hours_nonneg"),
    )

    #: The teacher.
    teacher_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("teachers.id"), index=True)
    #: The course.
    course_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("courses.id"), index=True)
    #: Whole hours awarded.
    hours: Mapped[int] = mapped_column(Integer)
    #: Outcome.
    status: Mapped[AwardStatus] = mapped_column(enum_type(AwardStatus, "award_status"))
    #: Step-by-step explanation in Chinese, one line a step.
    trace: Mapped[list[Any]] = mapped_column(default=list)
    #: Rule set version that produced it.
    rule_set_version: Mapped[str] = mapped_column(String(40))
    #: When computed.
    computed_at: Mapped[datetime]

    teacher: Mapped[Teacher] = relationship()
    course: Mapped[Course] = relationship()


class Certificate(UuidPk, Timestamps, Base):
    """研習時數證明: a printed statement of an award, verifiable by its code."""

    __tablename__ = "certificates"

    #: Verification code printed on the certificate.
    code: Mapped[str] = mapped_column(String(24), unique=True)
    #: The award it states.
    award_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hour_awards.id"), index=True)
    #: Hours as printed.
    hours: Mapped[int] = mapped_column(Integer)
    #: Issued, superseded or revoked.
    state: Mapped[CertificateState] = mapped_column(enum_type(CertificateState, "certificate_state"))
    #: When issued.
    issued_at: Mapped[datetime]
    #: Who issued it.
    issued_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("office_users.id"))
    #: The certificate that replaced it.
    superseded_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("certificates.id"))

    award: Mapped[HourAward] = relationship()
