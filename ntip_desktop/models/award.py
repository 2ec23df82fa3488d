"""Hour awards with their trace (HRS-8) and hour certificates (docs/certificates.md)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ntip_desktop.models.base import Base, Timestamps, UuidPk, enum_type
from ntip_desktop.models.course import Course
from ntip_desktop.models.teacher import Teacher
from ntip_desktop.vocabulary import AuditSource, AwardStatus, CertificateState, VerificationOutcome


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
    """研習時數證明: an immutable statement of an award, verifiable by its code.

    Once issued only its state changes (issued → superseded or revoked, with ``ended_at`` and
    ``end_reason``); a correction is a new certificate that names the old one in ``superseded_by_id``.
    """

    __tablename__ = "certificates"
    __table_args__ = (
        UniqueConstraint("office_code", "roc_year", "serial"),
        CheckConstraint("serial > 0", name="serial_positive"),
    )

    #: Verification code: 12 Crockford base32 characters of the HMAC of ``snapshot`` (printed in groups of 4).
    code: Mapped[str] = mapped_column(String(24), unique=True)
    #: Certificate number people quote, ``<ROC year>-<office short name>-<6 digits>`` (``115-高市-000123``).
    number: Mapped[str] = mapped_column(String(24), unique=True)
    #: Issuing office: the county code of the education authority that issues it.
    office_code: Mapped[str] = mapped_column(String(8))
    #: ROC year of the number (the year of issue).
    roc_year: Mapped[int] = mapped_column(Integer)
    #: Serial within the office and ROC year: 1, 2, … without gaps.
    serial: Mapped[int] = mapped_column(Integer)
    #: The award it states.
    award_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hour_awards.id"), index=True)
    #: Hours as printed.
    hours: Mapped[int] = mapped_column(Integer)
    #: Everything the certificate states, as issued (names, masked ID, course, ROC dates, hours, office…).
    snapshot: Mapped[dict[str, Any]]
    #: Rule set version of the award it states.
    rule_set_version: Mapped[str] = mapped_column(String(40))
    #: SHA-256 (hex) of the certificate's page content as rendered alone (docs/certificates.md).
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    #: Issued, superseded or revoked.
    state: Mapped[CertificateState] = mapped_column(enum_type(CertificateState, "certificate_state"))
    #: When issued.
    issued_at: Mapped[datetime]
    #: Who issued it (None for the command line).
    issued_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("office_users.id"))
    #: The certificate that replaced it.
    superseded_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("certificates.id"))
    #: When it stopped being current (superseded or revoked).
    ended_at: Mapped[datetime | None]
    #: Why it stopped being current.
    end_reason: Mapped[str | None] = mapped_column(Text)

    award: Mapped[HourAward] = relationship()


class CertificateSerial(Base):
    """The last serial given per issuing office and ROC year; bumped inside the issuing transaction."""

    __tablename__ = "certificate_serials"

    #: Issuing office (county code).
    office_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    #: ROC year.
    roc_year: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: Highest serial issued so far.
    last_serial: Mapped[int] = mapped_column(Integer, default=0)


class CertificateVerification(UuidPk, Base):
    """One check of a verification code, whatever it found (the statistics count them)."""

    __tablename__ = "certificate_verifications"
    __table_args__ = (Index("ix_certificate_verifications_at", "at"),)

    #: When checked (UTC).
    at: Mapped[datetime]
    #: The code as checked, normalised (what was typed, if it could not be read as a code).
    code: Mapped[str] = mapped_column(String(40))
    #: The certificate found, if any.
    certificate_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("certificates.id"), index=True)
    #: What the check found.
    outcome: Mapped[VerificationOutcome] = mapped_column(enum_type(VerificationOutcome, "verification_outcome"))
    #: Who checked: the office user's id (empty for the command line).
    actor_id: Mapped[str] = mapped_column(String(40), default="")
    #: Who checked, by name.
    actor_name: Mapped[str] = mapped_column(String(60), default="")
    #: Through which channel.
    source: Mapped[AuditSource] = mapped_column(enum_type(AuditSource, "audit_source"))
