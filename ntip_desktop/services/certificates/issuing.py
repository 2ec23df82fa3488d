"""Issuing certificates in batches, re-issuing and revoking (docs/certificates.md).

:func:`issue_certificates` is the one batch: it checks every selected award first (a teacher without a
school, an award of 0 hours or voided by HRS-4 is listed with its reason and gets nothing), then numbers,
snapshots, codes, renders and hashes the rest, and only then writes the rows and their audit entries, all in
the caller's transaction. ``progress(done, total)`` is called as certificates are made; ``cancel()`` is asked
before each one, and a cancel raises :class:`IssueCancelled`, so the caller's transaction rolls back: serials,
office keys and rows alike. Nothing is ever half issued.

A certificate never changes after issue. When the hours behind it change, the attendance service marks it
superseded (HRS-8); issuing again for that award makes a new certificate that names the old one, and the
old one points to it. :func:`reissue_certificate` does the same on purpose, with a reason.
"""

from __future__ import annotations

import io
import uuid
import zipfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from sqlalchemy import ColumnElement, insert, select, update
from sqlalchemy.orm import Session, joinedload, selectinload

from ntip_desktop.changes import Changes
from ntip_desktop.errors import ConflictError, UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import AwardStatus, Certificate, CertificateState, Course, CourseState, HourAward, Teacher
from ntip_desktop.models.base import table_of, utcnow
from ntip_desktop.services import audit
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.certificates.codes import compute_code, format_code, office_key_for_issue
from ntip_desktop.services.certificates.numbers import allocate_serials, format_number, lock_counters
from ntip_desktop.services.certificates.offices import Office, office_of
from ntip_desktop.services.certificates.printing import printer_offset, seals_for
from ntip_desktop.services.certificates.snapshots import build_snapshot, page_of
from ntip_desktop.services.courses import load_course
from ntip_desktop.services.gc_pause import no_cyclic_gc
from ntip_desktop.services.ids import IdSequence
from ntip_desktop.services.pdf.certificate import CertificatePdf, page_sha256
from ntip_desktop.services.rules.ids import mask_id, normalize_id
from ntip_desktop.services.rules.rocdate import ROC_OFFSET, check_roc_year, local_today, roc_moment, roc_year

CONTEXT = "services.certificates.issuing"

#: What a batch writes besides the records: nothing, one merged PDF, or a ZIP of one PDF per teacher.
Output = Literal["none", "pdf", "zip"]
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class IssueCancelled(UserError):
    """The batch was cancelled: the caller's transaction must roll back (``Database.session()`` does)."""


@dataclass(frozen=True)
class Selection:
    """Which awards to certify: one course, the courses of a ROC year, one teacher's, or chosen awards (the
    criteria given all apply: ``national_id`` with ``roc_year`` is that teacher's year)."""

    course_code: str | None = None
    roc_year: int | None = None  #: courses that start in this ROC (calendar) year
    award_ids: tuple[uuid.UUID, ...] = ()
    national_id: str | None = None  #: one teacher's awards, as typed (case and spaces do not matter)


@dataclass(frozen=True)
class IssuedCertificate:
    id: uuid.UUID
    number: str
    code: str  #: as printed, 7KQ2-M9XD-4RTB
    holder_name: str
    holder_id: str  #: masked
    course_code: str
    hours: int
    supersedes: str  #: number of the certificate it replaces, or ""


@dataclass(frozen=True)
class NotIssued:
    """An award that got no certificate, and why."""

    award_id: uuid.UUID
    holder_name: str
    holder_id: str  #: masked
    course_code: str
    reason: str


@dataclass(frozen=True)
class IssueResult:
    issued: tuple[IssuedCertificate, ...]
    #: Awards that already have a current certificate (nothing to do).
    skipped: tuple[NotIssued, ...]
    #: Awards that cannot be certified, with the reason.
    failed: tuple[NotIssued, ...]
    #: The merged PDF or the ZIP, when asked for (None when nothing was issued or ``output`` is ``none``).
    document: bytes | None
    changes: Changes


@dataclass
class _Item:
    award: HourAward
    office: Office | None = None
    previous: Certificate | None = None  #: the award's latest certificate, superseded or revoked
    reason: str = ""  #: re-issue: why the previous one is replaced


@dataclass
class _Made:
    item: _Item
    row: dict[str, object]
    snapshot: dict[str, object] = field(default_factory=dict)


def _awards(session: Session, selection: Selection) -> list[HourAward]:
    where: list[ColumnElement[bool]] = []
    if selection.course_code is not None:
        where.append(HourAward.course_id == load_course(session, selection.course_code).id)
    if selection.roc_year is not None:
        year = check_roc_year(selection.roc_year, "--year") + ROC_OFFSET
        where += [Course.start_at >= datetime(year, 1, 1), Course.start_at < datetime(year + 1, 1, 1)]
    if selection.award_ids:
        where.append(HourAward.id.in_(list(selection.award_ids)))
    if selection.national_id is not None:
        where.append(Teacher.national_id == _teacher_id(session, selection.national_id))
    if not where:
        raise ValueError("an empty selection would certify every award")
    stmt = (
        select(HourAward)
        .join(Course, Course.id == HourAward.course_id)
        .join(Teacher, Teacher.id == HourAward.teacher_id)
        .where(*where)
        .order_by(Course.code, Teacher.national_id)
        .options(
            # A teacher per award comes in the same rows; the few courses, organisers and schools once each.
            joinedload(HourAward.teacher).selectinload(Teacher.organization),
            selectinload(HourAward.course).selectinload(Course.organizer),
        )
    )
    return list(session.execute(stmt).unique().scalars())


def _teacher_id(session: Session, typed: str) -> str:
    """The national ID as stored, of a teacher the database knows; UserError otherwise."""
    national_id = normalize_id(typed)
    if session.execute(select(Teacher.id).where(Teacher.national_id == national_id)).first() is None:
        raise UserError(
            translate("services.certificates.issuing", "找不到身分證字號 {masked} 的教師。").format(
                masked=mask_id(national_id)
            ),
            field="national_id",
        )
    return national_id


def _latest_certificates(session: Session, award_ids: list[uuid.UUID]) -> dict[uuid.UUID, Certificate]:
    """Each award's latest certificate as stored now: read after the counters are taken, and over any copy
    the session kept (a re-issue loads the certificate it names first; another clerk may have ended it since)."""
    latest: dict[uuid.UUID, Certificate] = {}
    for start in range(0, len(award_ids), 500):
        chunk = award_ids[start : start + 500]
        for cert in session.execute(
            select(Certificate)
            .where(Certificate.award_id.in_(chunk))
            .order_by(Certificate.issued_at, Certificate.serial)
            .execution_options(populate_existing=True)
        ).scalars():
            latest[cert.award_id] = cert  # ordered by issue: the last one wins
    return latest


def _not_issued(award: HourAward, reason: str) -> NotIssued:
    return NotIssued(award.id, award.teacher.name, mask_id(award.teacher.national_id), award.course.code, reason)


def _problem(award: HourAward, office: Office | None) -> str:
    """Why ``award`` cannot be certified, or "" when it can."""
    if award.course.state is not CourseState.AWARDED:
        return translate("services.certificates.issuing", "課程尚未核發時數。")
    if award.status is AwardStatus.VOID_UNEXCUSED:
        return translate("services.certificates.issuing", "曠課達研習時數三分之一，不予核給時數（HRS-4），不發證明。")
    if award.status is AwardStatus.NOT_COMPLETED:
        return translate("services.certificates.issuing", "未完成研習，不發證明。")
    if award.hours <= 0:
        return translate("services.certificates.issuing", "核給 0 小時，不發證明。")
    if award.teacher.organization is None:
        return translate("services.certificates.issuing", "教師未登錄服務學校，請先補登後再發證明。")
    if office is None:
        return translate("services.certificates.issuing", "主辦單位「{org}」未設定所在縣市，無法決定發證機關。").format(
            org=award.course.organizer.name
        )
    return ""


def _replaced_meanwhile(session: Session, named: str, latest: Certificate | None) -> ConflictError:
    """A re-issue of ``named`` found another certificate in its place: someone re-issued it first."""
    handled = audit.last_change(session, "certificate", named)
    return ConflictError(
        translate(
            "services.certificates.issuing",
            "證明 {number} 已由 {who} 於 {when} 換發為 {latest}，未再換發。請重新查詢後再試。",
        ).format(
            number=named,
            who=handled[0] if handled else "—",
            when=roc_moment(handled[1]) if handled else "—",
            latest=latest.number if latest is not None else "—",
        ),
        field="number",
    )


def _sort_out(
    session: Session, awards: list[HourAward], reissue: dict[uuid.UUID, str], named: dict[uuid.UUID, str]
) -> tuple[list[_Item], list[NotIssued], list[NotIssued]]:
    """``named``: award → the certificate a re-issue names, which must still be the award's latest."""
    latest = _latest_certificates(session, [a.id for a in awards])
    for award_id, number in named.items():
        found = latest.get(award_id)
        if found is None or found.number != number:
            raise _replaced_meanwhile(session, number, found)
    items: list[_Item] = []
    skipped: list[NotIssued] = []
    failed: list[NotIssued] = []
    for award in awards:
        office = office_of(award.course)
        problem = _problem(award, office)
        if problem:
            failed.append(_not_issued(award, problem))
            continue
        previous = latest.get(award.id)
        if previous is not None and award.id not in reissue:
            if previous.state is CertificateState.ISSUED:
                skipped.append(
                    _not_issued(
                        award,
                        translate("services.certificates.issuing", "已有有效證明 {number}。").format(
                            number=previous.number
                        ),
                    )
                )
                continue
            if previous.state is CertificateState.REVOKED:
                failed.append(
                    _not_issued(
                        award,
                        translate(
                            "services.certificates.issuing",
                            "證明 {number} 已撤銷；如需重新發給，請個別補發並寫明理由。",
                        ).format(number=previous.number),
                    )
                )
                continue
        items.append(_Item(award, office, previous, reissue.get(award.id, "")))
    return items, skipped, failed


def issue_certificates(
    session: Session,
    user: CurrentUser,
    selection: Selection,
    *,
    output: Output = "none",
    printer: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    reason: str = "",
) -> IssueResult:
    """Issue a certificate for every certifiable award of ``selection`` that has no current one.

    Certificate staff and the administrator issue for every county; anyone else is refused. The result
    lists what was issued, what already had a certificate and what could not be certified and why.
    ``printer`` applies that printer's offset to the document (not to the records).
    """
    user.require(Permission.ISSUE_CERTIFICATES)
    with no_cyclic_gc():  # a batch's pages and rows form no cycles: no collector pauses (docs/certificates.md)
        return _issue(session, user, selection, {}, {}, output, printer, progress, cancel, reason)


def _issue(
    session: Session,
    user: CurrentUser,
    selection: Selection,
    reissue: dict[uuid.UUID, str],
    named: dict[uuid.UUID, str],
    output: Output,
    printer: str | None,
    progress: Progress | None,
    cancel: Cancel | None,
    reason: str,
) -> IssueResult:
    awards = _awards(session, selection)
    offices = {office.code for office in (office_of(a.course) for a in awards) if office is not None}
    lock_counters(session, offices, roc_year(local_today()))  # before looking for existing certificates
    items, skipped, failed = _sort_out(session, awards, reissue, named)
    total = len(items)
    if progress:
        progress(0, total)
    if not items:
        return IssueResult((), tuple(skipped), tuple(failed), None, Changes())
    actor = user.actor()
    today = local_today()
    made = _make(session, user, actor, items, today, output, printer, progress, cancel)
    document = made.document
    _write(session, actor, made.rows, today, reason)
    issued = tuple(
        IssuedCertificate(
            m.row["id"],  # type: ignore[arg-type]
            str(m.row["number"]),
            format_code(str(m.row["code"])),
            m.item.award.teacher.name,
            mask_id(m.item.award.teacher.national_id),
            m.item.award.course.code,
            m.item.award.hours,
            m.item.previous.number if m.item.previous is not None else "",
        )
        for m in made.rows
    )
    return IssueResult(issued, tuple(skipped), tuple(failed), document, Changes(certificates=True, audit=True))


@dataclass
class _Batch:
    rows: list[_Made]
    document: bytes | None


def _make(
    session: Session,
    user: CurrentUser,
    actor: audit.Actor,
    items: list[_Item],
    today: date,
    output: Output,
    printer: str | None,
    progress: Progress | None,
    cancel: Cancel | None,
) -> _Batch:
    """Number, snapshot, code, render and hash every item (nothing written yet but serials and keys)."""
    year = roc_year(today)
    by_office: dict[str, list[_Item]] = defaultdict(list)
    offices: dict[str, Office] = {}
    for item in items:
        assert item.office is not None
        by_office[item.office.code].append(item)
        offices[item.office.code] = item.office
    keys = {code: office_key_for_issue(session, actor, code) for code in sorted(by_office)}
    serials: dict[uuid.UUID, int] = {}
    for code in sorted(by_office):
        first = allocate_serials(session, code, year, len(by_office[code]))
        for n, item in enumerate(by_office[code]):
            serials[item.award.id] = first + n
    seals = seals_for(session, by_office)
    offset = printer_offset(session, printer)
    merged = (
        CertificatePdf(translate("services.certificates.issuing", "研習時數證明"), seals=seals, offset_mm=offset)
        if output == "pdf"
        else None
    )
    per_teacher: dict[uuid.UUID, CertificatePdf] = {}
    ids = IdSequence()
    now = utcnow()
    rows: list[_Made] = []
    total = len(items)
    for done, item in enumerate(items, start=1):
        if cancel and cancel():
            raise IssueCancelled(translate("services.certificates.issuing", "已取消：沒有發出任何證明。"))
        award = item.award
        office = offices[item.office.code]  # type: ignore[union-attr]
        serial = serials[award.id]
        number = format_number(year, office.short, serial)
        org = award.teacher.organization
        assert org is not None
        snapshot = build_snapshot(
            number=number,
            office=office,
            teacher=award.teacher,
            school=org.name,
            course=award.course,
            hours=award.hours,
            issued_on=today,
            rule_set=award.rule_set_version,
            supersedes=item.previous.number if item.previous is not None else "",
            seal=office.code in seals,
        )
        code = compute_code(keys[office.code], snapshot)
        page = page_of(snapshot, code)
        if merged is not None:
            digest = merged.add(page)
        elif output == "zip":
            pdf = per_teacher.get(award.teacher_id)
            if pdf is None:
                pdf = per_teacher[award.teacher_id] = CertificatePdf(
                    translate("services.certificates.issuing", "研習時數證明"), seals=seals, offset_mm=offset
                )
            digest = pdf.add(page)
        else:
            digest = page_sha256(page, seals)
        rows.append(
            _Made(
                item,
                {
                    "id": ids.next(),
                    "code": code,
                    "number": number,
                    "office_code": office.code,
                    "roc_year": year,
                    "serial": serial,
                    "award_id": award.id,
                    "hours": award.hours,
                    "snapshot": snapshot,
                    "rule_set_version": award.rule_set_version,
                    "pdf_sha256": digest,
                    "state": CertificateState.ISSUED,
                    "issued_at": now,
                    "issued_by_id": user.office_user_id,
                    "created_at": now,
                    "updated_at": now,
                },
                snapshot,
            )
        )
        if progress:
            progress(done, total)
    if cancel and cancel():
        raise IssueCancelled(translate("services.certificates.issuing", "已取消：沒有發出任何證明。"))
    document: bytes | None = None
    if merged is not None:
        document = merged.finish()
    elif output == "zip":
        document = _zip(per_teacher, rows)
    return _Batch(rows, document)


def _zip(per_teacher: dict[uuid.UUID, CertificatePdf], rows: list[_Made]) -> bytes:
    """One PDF per teacher, named by the teacher's first certificate number and name."""
    buffer = io.BytesIO()
    names: dict[uuid.UUID, str] = {}
    for m in rows:
        teacher = m.item.award.teacher
        names.setdefault(teacher.id, f"{m.row['number']}_{teacher.name}.pdf")
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for teacher_id, pdf in per_teacher.items():
            info = zipfile.ZipInfo(names[teacher_id], date_time=(1980, 1, 1, 0, 0, 0))
            archive.writestr(info, pdf.finish())
    return buffer.getvalue()


def _write(session: Session, actor: audit.Actor, rows: list[_Made], today: date, reason: str) -> None:
    """Insert the certificates (one statement), link and end the ones they replace, audit each."""
    session.execute(insert(table_of(Certificate)), [m.row for m in rows])
    now = utcnow()
    for m in rows:
        previous = m.item.previous
        if previous is None:
            continue
        values: dict[str, object] = {"superseded_by_id": m.row["id"]}
        if previous.state is CertificateState.ISSUED:  # an explicit re-issue ends it now
            values.update(state=CertificateState.SUPERSEDED, ended_at=now, end_reason=m.item.reason)
            audit.record(
                session,
                actor,
                "certificate",
                previous.number,
                "supersede",
                old={"state": CertificateState.ISSUED.value},
                new={"state": CertificateState.SUPERSEDED.value, "superseded_by": m.row["number"]},
                reason=m.item.reason,
            )
        # Compare and set: the previous certificate is ended only as it was found. A clerk revoking it (which
        # takes no counter) after it was read makes this batch stop rather than write over the revocation.
        ended = (
            session.connection()
            .execute(
                update(Certificate)
                .where(
                    Certificate.id == previous.id,
                    Certificate.state == previous.state,
                    Certificate.superseded_by_id.is_(None),
                )
                .values(**values)
            )
            .rowcount
        )
        session.expire(previous)
        if ended != 1:
            handled = audit.last_change(session, "certificate", previous.number)
            raise ConflictError(
                translate(
                    "services.certificates.issuing",
                    "證明 {number} 剛由 {who} 於 {when} 變更，未換發。請重新查詢後再試。",
                ).format(
                    number=previous.number,
                    who=handled[0] if handled else "—",
                    when=roc_moment(handled[1]) if handled else "—",
                ),
                field="number",
            )
    audit.record_many(
        session,
        actor,
        [
            audit.Change(
                "certificate",
                m.row["number"],
                "issue",
                new={
                    "award": str(m.item.award.id),
                    "course": m.item.award.course.code,
                    "hours": m.row["hours"],
                    "rule_set": m.row["rule_set_version"],
                    "pdf_sha256": m.row["pdf_sha256"],
                    "supersedes": m.snapshot.get("supersedes", ""),
                },
                reason=reason or translate("services.certificates.issuing", "發給研習時數證明"),
            )
            for m in rows
        ],
    )
    session.flush()


def _certificate_by_number(session: Session, number: str) -> Certificate:
    cert = session.execute(select(Certificate).where(Certificate.number == number.strip())).scalar_one_or_none()
    if cert is None:
        raise UserError(
            translate("services.certificates.issuing", "找不到證書字號 {number}。").format(number=number.strip()),
            field="number",
        )
    return cert


def _required_reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise UserError(translate("services.certificates.issuing", "請寫明理由。"), field="reason")
    return reason


def reissue_certificate(
    session: Session,
    user: CurrentUser,
    number: str,
    reason: str,
    *,
    output: Output = "none",
    printer: str | None = None,
) -> IssueResult:
    """Issue a new certificate for the award of certificate ``number`` and supersede it with ``reason``.

    The new one states the award as it is now (hours, school, names) and names the old number; the old
    one then verifies as superseded, with the reason and the new number. A revoked certificate can be
    re-issued this way too.
    """
    user.require(Permission.ISSUE_CERTIFICATES)
    reason = _required_reason(reason)
    cert = _certificate_by_number(session, number)
    result = _issue(
        session,
        user,
        Selection(award_ids=(cert.award_id,)),
        {cert.award_id: reason},
        {cert.award_id: cert.number},
        output,
        printer,
        None,
        None,
        reason,
    )
    if result.failed:
        raise UserError(result.failed[0].reason, field="number")
    return result


def revoke_certificate(session: Session, user: CurrentUser, number: str, reason: str) -> Changes:
    """Revoke a current certificate (e.g. issued in error); it then verifies as revoked, with the reason."""
    user.require(Permission.ISSUE_CERTIFICATES)
    reason = _required_reason(reason)
    cert = _certificate_by_number(session, number)
    if cert.state is not CertificateState.ISSUED:
        raise UserError(
            translate("services.certificates.issuing", "證明 {number} 已不是有效證明，不能撤銷。").format(
                number=cert.number
            ),
            field="number",
        )
    # Compare and set: only a certificate still current is revoked. Certificates carry no version column;
    # without this, two clerks revoking (or one revoking while another re-issues) both "won" and the last
    # write replaced the first one's state, time and reason.
    ended = utcnow()
    changed = (
        session.connection()
        .execute(
            update(Certificate)
            .where(Certificate.id == cert.id, Certificate.state == CertificateState.ISSUED)
            .values(state=CertificateState.REVOKED, ended_at=ended, end_reason=reason)
        )
        .rowcount
    )
    if changed != 1:
        session.expire(cert)
        handled = audit.last_change(session, "certificate", cert.number)
        raise ConflictError(
            translate(
                "services.certificates.issuing",
                "證明 {number} 剛由 {who} 於 {when} 變更，已不是有效證明，未撤銷。請重新查詢後再試。",
            ).format(
                number=cert.number,
                who=handled[0] if handled else "—",
                when=roc_moment(handled[1]) if handled else "—",
            ),
            field="number",
        )
    session.expire(cert)
    audit.record(
        session,
        user.actor(),
        "certificate",
        cert.number,
        "revoke",
        old={"state": CertificateState.ISSUED.value},
        new={"state": CertificateState.REVOKED.value},
        reason=reason,
    )
    return Changes(certificates=True, audit=True)
