"""Certificates as rows for a list (the 時數證明 page), sorted in SQL."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ntip_desktop.models import Certificate, CertificateState, Course, HourAward
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.certificates.codes import format_code
from ntip_desktop.services.courses import load_course


@dataclass(frozen=True)
class CertificateRow:
    id: uuid.UUID
    number: str
    code: str  #: as printed
    state: CertificateState
    holder_name: str
    holder_id: str  #: masked
    course_code: str
    course_title: str
    hours: int
    issued_at: datetime
    end_reason: str


def list_certificates(
    session: Session,
    user: CurrentUser,
    course_code: str | None = None,
    state: CertificateState | None = None,
    *,
    offset: int = 0,
    limit: int | None = None,
) -> list[CertificateRow]:
    """Certificates (of one course, in one state, or all), newest number first within an office and year."""
    user.require(Permission.ISSUE_CERTIFICATES)
    stmt = select(Certificate).join(HourAward, HourAward.id == Certificate.award_id)
    if course_code is not None:
        stmt = stmt.where(HourAward.course_id == load_course(session, course_code).id)
    if state is not None:
        stmt = stmt.where(Certificate.state == state)
    stmt = stmt.join(Course, Course.id == HourAward.course_id).order_by(
        Certificate.roc_year.desc(), Certificate.office_code, Certificate.serial.desc()
    )
    stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        CertificateRow(
            c.id,
            c.number,
            format_code(c.code),
            c.state,
            c.snapshot.get("holder_name", ""),
            c.snapshot.get("holder_id", ""),
            c.snapshot.get("course_code", ""),
            c.snapshot.get("course_title", ""),
            c.hours,
            c.issued_at,
            c.end_reason or "",
        )
        for c in session.execute(stmt).scalars()
    ]
