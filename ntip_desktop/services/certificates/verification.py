"""Verifying a certificate by its code: genuine and current, superseded, revoked, unknown; every check logged.

The code is looked up, and the stored snapshot is checked against it (the HMAC is recomputed with the
office's key): a record changed behind the program's back verifies as ``altered``, not as genuine. Each
check, whatever it found, adds a row to ``certificate_verifications`` (who, when, what was typed, the
outcome), which the statistics count.
"""

from __future__ import annotations

import hmac
import unicodedata
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ntip_desktop.changes import NOTHING, Changes
from ntip_desktop.models import Certificate, CertificateState, CertificateVerification, VerificationOutcome
from ntip_desktop.models.base import utcnow
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.certificates.codes import compute_code, format_code, normalize_code, office_key
from ntip_desktop.services.certificates.snapshots import roc_dates
from ntip_desktop.services.rules.rocdate import format_roc


@dataclass(frozen=True)
class Verification:
    """What a check found. The holder's ID is masked; fields are empty when the code is unknown."""

    outcome: VerificationOutcome
    code: str  #: as normalised and printed (7KQ2-M9XD-4RTB), or as typed when it cannot be a code
    number: str = ""
    holder_name: str = ""
    holder_id: str = ""
    school: str = ""
    course_code: str = ""
    course_title: str = ""
    dates: str = ""
    hours: int = 0
    issued_on: str = ""  #: ROC date
    office_name: str = ""
    end_reason: str = ""  #: why it was superseded or revoked
    replaced_by: str = ""  #: number of the certificate that is current now, if any
    changes: Changes = NOTHING

    @property
    def current(self) -> bool:
        return self.outcome is VerificationOutcome.GENUINE


def _current_successor(session: Session, cert: Certificate) -> str:
    """The number of the newest certificate in the chain of replacements starting at ``cert``."""
    seen = {cert.id}
    number = ""
    successor_id = cert.superseded_by_id
    while successor_id is not None and successor_id not in seen:
        seen.add(successor_id)
        successor = session.get(Certificate, successor_id)
        if successor is None:
            break
        number = successor.number
        successor_id = successor.superseded_by_id
    return number


def _intact(session: Session, cert: Certificate) -> bool:
    key = office_key(session, cert.office_code)
    if key is None:
        return False
    snap = cert.snapshot
    return (
        hmac.compare_digest(compute_code(key, snap), cert.code)
        and snap.get("number") == cert.number
        and snap.get("hours") == cert.hours
    )


def verify_certificate(session: Session, user: CurrentUser, text: str, *, numbers: bool = False) -> Verification:
    """Check the code ``text`` as typed (any case, with or without hyphens) and log the check.

    With ``numbers``, a certificate number (``115-北市-000123``, as printed beside the code) is looked up too
    (the 時數證明 page, where a clerk types whichever a caller reads out). Anyone signed in may verify: the
    answer shows only what the certificate itself states.
    """
    code = normalize_code(text)
    cert = None
    if code is not None:
        cert = session.execute(select(Certificate).where(Certificate.code == code)).scalar_one_or_none()
    typed = text.strip()[:40]
    if cert is None and numbers and typed:
        number = unicodedata.normalize("NFKC", typed).replace(" ", "")
        cert = session.execute(select(Certificate).where(Certificate.number == number)).scalar_one_or_none()
        if cert is not None:
            code = None  # logged as typed: a number, not a code
    if cert is None:
        result = Verification(VerificationOutcome.UNKNOWN, format_code(code) if code else typed)
    else:
        result = _describe(session, cert)
    actor = user.actor()
    session.add(
        CertificateVerification(
            at=utcnow(),
            code=code or typed,
            certificate_id=None if cert is None else cert.id,
            outcome=result.outcome,
            actor_id=actor.user_id,
            actor_name=actor.name[:60],
            source=actor.source,
        )
    )
    session.flush()
    return result


def _describe(session: Session, cert: Certificate) -> Verification:
    snap = cert.snapshot
    if not _intact(session, cert):
        outcome = VerificationOutcome.ALTERED
    elif cert.state is CertificateState.ISSUED:
        outcome = VerificationOutcome.GENUINE
    elif cert.state is CertificateState.SUPERSEDED:
        outcome = VerificationOutcome.SUPERSEDED
    else:
        outcome = VerificationOutcome.REVOKED
    title = snap.get("course_title", "")
    if snap.get("session_label"):
        title = f"{title} {snap['session_label']}"
    return Verification(
        outcome=outcome,
        code=format_code(cert.code),
        number=cert.number,
        holder_name=snap.get("holder_name", ""),
        holder_id=snap.get("holder_id", ""),
        school=snap.get("school", ""),
        course_code=snap.get("course_code", ""),
        course_title=title,
        dates=roc_dates(snap["start_on"], snap["end_on"]) if "start_on" in snap else "",
        hours=cert.hours,
        issued_on=format_roc(date.fromisoformat(snap["issued_on"]), "long") if "issued_on" in snap else "",
        office_name=snap.get("office_name", ""),
        end_reason=cert.end_reason or "",
        replaced_by=_current_successor(session, cert),
        changes=Changes(certificates=True),
    )


def count_verifications(session: Session, user: CurrentUser, outcome: VerificationOutcome | None = None) -> int:
    """How many checks were made (of one outcome, or all): the statistics' 「證明查驗」 figure."""
    user.require(Permission.ISSUE_CERTIFICATES)
    stmt = select(func.count()).select_from(CertificateVerification)
    if outcome is not None:
        stmt = stmt.where(CertificateVerification.outcome == outcome)
    return int(session.execute(stmt).scalar_one())
