"""What a certificate states (its snapshot) and how the snapshot becomes a printed page."""

from __future__ import annotations

from datetime import date
from typing import Any

from ntip_desktop.i18n import translate
from ntip_desktop.models import Course, Teacher
from ntip_desktop.services.certificates.codes import format_code
from ntip_desktop.services.certificates.offices import Office
from ntip_desktop.services.pdf.certificate import CertificatePage
from ntip_desktop.services.rules.ids import mask_id
from ntip_desktop.services.rules.rocdate import format_roc

#: Version of the snapshot's shape (a new key or meaning makes a new version).
SNAPSHOT_VERSION = 1


def build_snapshot(
    *,
    number: str,
    office: Office,
    teacher: Teacher,
    school: str,
    course: Course,
    hours: int,
    issued_on: date,
    rule_set: str,
    supersedes: str,
    seal: bool,
) -> dict[str, Any]:
    """The snapshot: plain JSON values only (dates ISO), so that its canonical form never changes."""
    return {
        "v": SNAPSHOT_VERSION,
        "number": number,
        "office_code": office.code,
        "office_name": office.name,
        "holder_name": teacher.name,
        "holder_id": mask_id(teacher.national_id),
        "school": school,
        "course_code": course.code,
        "course_title": course.title,
        "session_label": course.session_label or "",
        "start_on": course.start_at.date().isoformat(),
        "end_on": course.end_at.date().isoformat(),
        "organizer": course.organizer.name,
        "basis_doc": course.basis_doc or "",
        "hours": hours,
        "issued_on": issued_on.isoformat(),
        "rule_set": rule_set,
        "supersedes": supersedes,
        "seal": seal,
    }


def roc_dates(start_on: str, end_on: str) -> str:
    """``中華民國115年3月2日`` or ``中華民國115年3月2日至115年3月4日`` for a course over several days."""
    start, end = date.fromisoformat(start_on), date.fromisoformat(end_on)
    if start == end:
        return format_roc(start, "official")
    return translate("services.certificates.snapshots", "{start}至{end}").format(
        start=format_roc(start, "official"), end=format_roc(end, "long")
    )


def page_of(snapshot: dict[str, Any], code: str) -> CertificatePage:
    """The printed page of a certificate, from its snapshot and stored code alone."""
    title = snapshot["course_title"]
    if snapshot.get("session_label"):
        title = f"{title} {snapshot['session_label']}"
    return CertificatePage(
        number=snapshot["number"],
        code=format_code(code),
        holder_name=snapshot["holder_name"],
        holder_id=snapshot["holder_id"],
        school=snapshot["school"],
        course_code=snapshot["course_code"],
        course_title=title,
        dates=roc_dates(snapshot["start_on"], snapshot["end_on"]),
        organizer=snapshot["organizer"],
        basis_doc=snapshot["basis_doc"],
        hours=int(snapshot["hours"]),
        office_code=snapshot["office_code"],
        office_name=snapshot["office_name"],
        issued_on=format_roc(date.fromisoformat(snapshot["issued_on"]), "official"),
        rule_set=snapshot["rule_set"],
        supersedes=snapshot.get("supersedes", ""),
        seal=bool(snapshot.get("seal")),
    )
