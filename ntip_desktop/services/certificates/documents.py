"""Certificates as files (export of a course, one file or one per certificate) and the teacher's annual
record (個人研習紀錄). Exports read the stored snapshots: a certificate prints today as it was issued."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.models import Certificate, CertificateState, Course, HourAward, Teacher
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.certificates.printing import printer_offset, seals_for
from ntip_desktop.services.certificates.snapshots import page_of, roc_dates
from ntip_desktop.services.courses import load_course
from ntip_desktop.services.files import is_folder, write_atomically
from ntip_desktop.services.pdf.annual_record import AnnualRecord, RecordRow, render_annual_record
from ntip_desktop.services.pdf.certificate import render_certificates
from ntip_desktop.services.rules.ids import mask_id, normalize_id
from ntip_desktop.services.rules.rocdate import ROC_OFFSET, check_roc_year, format_roc, local_today

CONTEXT = "services.certificates.documents"


@dataclass(frozen=True)
class Exported:
    files: tuple[Path, ...]
    certificates: int
    #: Awards of the course with hours but no current certificate (to issue first).
    uncertified: int


def _current(session: Session, course_id: uuid.UUID) -> list[Certificate]:
    return list(
        session.execute(
            select(Certificate)
            .join(HourAward, HourAward.id == Certificate.award_id)
            .where(HourAward.course_id == course_id, Certificate.state == CertificateState.ISSUED)
            .order_by(Certificate.office_code, Certificate.roc_year, Certificate.serial)
        ).scalars()
    )


def export_course(
    session: Session,
    user: CurrentUser,
    course_code: str,
    out_dir: str | Path,
    *,
    one_file: bool = False,
    printer: str | None = None,
) -> Exported:
    """Write the course's current certificates into ``out_dir``: ``<number>.pdf`` each, or with
    ``one_file`` all of them in ``<course code>.pdf``. Every file is written whole or not at all."""
    user.require(Permission.ISSUE_CERTIFICATES)
    course = load_course(session, course_code)
    certs = _current(session, course.id)
    awarded = session.execute(
        select(HourAward.id).where(HourAward.course_id == course.id, HourAward.hours > 0)
    ).scalars()
    uncertified = len(set(awarded) - {c.award_id for c in certs})
    folder = Path(out_dir).expanduser()
    if not certs:
        return Exported((), 0, uncertified)
    if not is_folder(folder, "--out"):
        raise UserError(
            translate("services.certificates.documents", "資料夾不存在：{path}").format(path=folder), field="--out"
        )
    seals = seals_for(session, {c.office_code for c in certs})
    offset = printer_offset(session, printer)
    pages = [page_of(c.snapshot, c.code) for c in certs]
    files: list[Path] = []
    if one_file:
        path = folder / f"{course.code}.pdf"
        title = translate("services.certificates.documents", "研習時數證明 {code} {title}").format(
            code=course.code, title=course.title
        )
        write_atomically(path, render_certificates(pages, title=title, seals=seals, offset_mm=offset), field="--out")
        files.append(path)
    else:
        for cert, page in zip(certs, pages):
            path = folder / f"{cert.number}.pdf"
            write_atomically(path, render_certificates([page], seals=seals, offset_mm=offset), field="--out")
            files.append(path)
    return Exported(tuple(files), len(certs), uncertified)


def certificates_pdf(
    session: Session, user: CurrentUser, numbers: Sequence[str], *, printer: str | None = None
) -> bytes:
    """The certificates ``numbers`` (in that order) as one PDF, each drawn from its snapshot as issued: to
    print again a certificate that is still current, or to see an ended one (it says what it said)."""
    user.require(Permission.ISSUE_CERTIFICATES)
    wanted = [n.strip() for n in numbers if n.strip()]
    if not wanted:
        raise UserError(translate("services.certificates.documents", "請先選擇要列印的證明。"), field="number")
    found = {c.number: c for c in session.execute(select(Certificate).where(Certificate.number.in_(wanted))).scalars()}
    missing = [n for n in wanted if n not in found]
    if missing:
        raise UserError(
            translate("services.certificates.documents", "找不到證書字號 {number}。").format(number=missing[0]),
            field="number",
        )
    certs = [found[n] for n in dict.fromkeys(wanted)]
    seals = seals_for(session, {c.office_code for c in certs})
    return render_certificates(
        [page_of(c.snapshot, c.code) for c in certs],
        title=translate("services.certificates.documents", "研習時數證明"),
        seals=seals,
        offset_mm=printer_offset(session, printer),
    )


def annual_record(session: Session, user: CurrentUser, national_id: str, roc_year: int) -> AnnualRecord:
    """The teacher's awards of courses that started in ``roc_year``, with current certificate numbers."""
    user.require(Permission.ISSUE_CERTIFICATES)
    teacher = session.execute(
        select(Teacher).where(Teacher.national_id == normalize_id(national_id))
    ).scalar_one_or_none()
    if teacher is None:
        raise UserError(translate("services.certificates.documents", "找不到此身分證字號的教師。"), field="teacher")
    year = check_roc_year(roc_year, "--year") + ROC_OFFSET
    awards = session.execute(
        select(HourAward, Course)
        .join(Course, Course.id == HourAward.course_id)
        .where(
            HourAward.teacher_id == teacher.id,
            Course.start_at >= datetime(year, 1, 1),
            Course.start_at < datetime(year + 1, 1, 1),
        )
        .order_by(Course.start_at, Course.code)
    ).all()
    current = {
        c.award_id: c.number
        for c in session.execute(
            select(Certificate).where(
                Certificate.award_id.in_([a.id for a, _ in awards]), Certificate.state == CertificateState.ISSUED
            )
        ).scalars()
    }
    rows = tuple(
        RecordRow(
            course.code,
            course.title,
            roc_dates(course.start_at.date().isoformat(), course.end_at.date().isoformat()),
            course.organizer.name,
            award.hours,
            label(award.status),
            current.get(award.id, ""),
        )
        for award, course in awards
    )
    return AnnualRecord(
        roc_year,
        teacher.name,
        mask_id(teacher.national_id),
        teacher.organization.name if teacher.organization else "",
        rows,
        format_roc(local_today(), "official"),
    )


def annual_record_pdf(session: Session, user: CurrentUser, national_id: str, roc_year: int) -> bytes:
    """個人研習紀錄 as a PDF."""
    return render_annual_record(annual_record(session, user, national_id, roc_year))
