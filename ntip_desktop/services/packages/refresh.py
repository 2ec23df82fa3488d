"""A school computer in use brought up to date from a newer starter file (docs/packages.md, 「更新學校電腦」).

Report packages travel one way, laptop → office. What the office alone decides comes back only in a starter
file the office makes again: :func:`refresh_from_starter` applies one to a laptop that started from an earlier
one. The file must be whole and signed by the very office installation the laptop trusted when it started
(``starter._start`` recorded it); then

- each course the laptop holds takes the office-owned fields (``OFFICE_OWNED``: the state and the review
  unit) when they differ; nothing else of it, nor its segments, enrollments or absences, is touched: the
  school is their source, and its next package carries them;
- each course the laptop lacks (entered at the office) is inserted whole, as a first start inserts it, with
  the ``sync_digest`` the office recorded when it exported the file;
- teachers, district centers and the county the laptop lacks are added.

All or nothing in the caller's transaction; every change audited with source ``starter`` and the file's
SHA-256 in the reason.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ntip_desktop.changes import Changes
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import (
    AuditEntry,
    AuditSource,
    County,
    Course,
    CourseState,
    DistrictCenter,
    Organization,
    Teacher,
    TrustedInstallation,
)
from ntip_desktop.models.base import utcnow
from ntip_desktop.services import audit
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.gc_pause import no_cyclic_gc
from ntip_desktop.services.packages.access import check_export
from ntip_desktop.services.packages.importing import OFFICE_OWNED, Incoming, _chunks
from ntip_desktop.services.packages.records import COURSES, ENROLLMENTS, SPECS, plain
from ntip_desktop.services.packages.starter import (
    REFERENCE,
    STARTER_ENTITY,
    StarterContents,
    _bad_reference,
    _open,
    _plain,
    _records,
    _reference_rows,
    add_teachers,
    fingerprint,
    insert_records,
    new_teachers,
)
from ntip_desktop.services.rules.rocdate import roc_moment


@dataclass(frozen=True)
class StateChange:
    """A course whose state the office changed, as the laptop now shows it."""

    code: str
    title: str
    old_state: CourseState
    new_state: CourseState


@dataclass(frozen=True)
class StarterRefresh:
    """What :func:`refresh_from_starter` did."""

    sha256: str
    organization_code: str
    organization_name: str
    #: When the office made the file (UTC, ISO 8601, as its manifest says).
    created_at: str
    #: Courses here whose office-owned fields (state, review unit) took the office's values.
    updated: int
    #: Courses the office entered for the school, inserted whole.
    added: int
    #: Teachers the laptop did not know.
    teachers_added: int
    #: Each course whose state changed, by course code.
    state_changes: tuple[StateChange, ...]
    #: Courses of the file not added because a course here already holds their code (by code).
    skipped: tuple[str, ...]
    changes: Changes


def _trusted_office(session: Session, org: Organization, contents: StarterContents) -> None:
    """The file is signed by the office installation this laptop trusts for ``org``: the same installation
    with the same key. Otherwise refused, naming the file's key and the trusted one by their fingerprints."""
    trusted = session.execute(
        select(TrustedInstallation).where(TrustedInstallation.organization_id == org.id)
    ).scalars()
    known = {(str(t.id), t.public_key) for t in trusted}
    if (contents.installation_id, contents.public_key) in known:
        return
    prints = sorted(_printed(key) for _, key in known)
    raise UserError(
        translate(
            "services.packages.refresh",
            "此學校設定檔的簽署金鑰（指紋 {fingerprint}）不是本機所信任的區管中心金鑰（{trusted}），"
            "未寫入任何資料。請向區管中心確認。",
        ).format(
            fingerprint=contents.fingerprint,
            trusted="、".join(prints) or translate("services.packages.refresh", "本機尚無信任的區管中心金鑰"),
        ),
        field="FILE",
    )


def _made_at(text: object) -> datetime | None:
    try:
        made = datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return made if made.tzinfo is not None else made.replace(tzinfo=UTC)


def _not_older(session: Session, org: Organization, contents: StarterContents) -> None:
    """Refused when the office made the file before the newest starter file this laptop has applied (its
    first start or a refresh, as their audit entries say): an old file would take the office's later
    decisions back."""
    made = _made_at(contents.created_at)
    applied = session.execute(
        select(AuditEntry.new).where(AuditEntry.entity == STARTER_ENTITY, AuditEntry.entity_id == org.code)
    ).scalars()
    newest = max((m for new in applied if (m := _made_at((new or {}).get("created_at"))) is not None), default=None)
    if made is None or newest is None or made >= newest:
        return
    raise UserError(
        translate(
            "services.packages.refresh",
            "此學校設定檔製作於 {made}，比本機已套用的設定檔（製作於 {newest}）舊，套用會把區管中心較新的決定改回去，"
            "未寫入任何資料。請向區管中心索取最新的學校設定檔。",
        ).format(made=roc_moment(made), newest=roc_moment(newest)),
        field="FILE",
    )


def _printed(public_key: str) -> str:
    try:
        return fingerprint(public_key)
    except ValueError:
        return "?"


def _own_organization(session: Session, user: CurrentUser, contents: StarterContents) -> Organization:
    """The file's organisation, which must be here and in the user's scope as for exporting its packages (a
    coordinator's own school; on a school computer there is no other)."""
    user.require(Permission.REPORT_MONTHS)
    org = session.execute(
        select(Organization).where(Organization.code == contents.organization_code)
    ).scalar_one_or_none()
    if org is None:
        raise UserError(
            translate(
                "services.packages.refresh",
                "此學校設定檔屬於{org}（{code}），不是本機的單位（{scope}），未寫入任何資料。",
            ).format(org=contents.organization_name, code=contents.organization_code, scope=user.scope_label),
            field="FILE",
        )
    check_export(user, org)
    return org


def refresh_from_starter(session: Session, user: CurrentUser, path: str | Path) -> StarterRefresh:
    """Bring this school computer up to date from the office's newer starter file at ``path`` (the module's
    docstring says what comes back). ``user``: the school's coordinator signed in here (or the console); the
    file's organisation must be in their scope as for exporting its packages (``check_export``).

    Refused (UserError, nothing written) when the file is not whole, is signed by another key than the office
    installation trusted here for the organisation, or is another school's."""
    opened, contents = _open(path)
    org = _own_organization(session, user, contents)
    _trusted_office(session, org, contents)
    _not_older(session, org, contents)
    reference = _reference_rows(opened.parts.get(REFERENCE, b""))
    if reference["organization"]["code"] != org.code or reference["organization"]["id"] != org.id:
        raise _bad_reference(translate("services.packages.refresh", "單位與本機不符"))
    records = _records(opened, contents, org)
    with no_cyclic_gc():
        return _refresh(session, user, contents, reference, org, records)


def _refresh(
    session: Session,
    user: CurrentUser,
    contents: StarterContents,
    reference: dict[str, Any],
    org: Organization,
    records: dict[str, Any],
) -> StarterRefresh:
    now = utcnow()
    reason = translate("services.packages.refresh", "學校設定檔 {sha}").format(sha=contents.sha256)
    changes: list[audit.Change] = []
    _add_reference(session, reference, reason, changes)

    incoming: dict[uuid.UUID, Incoming] = records[COURSES.name]
    here: dict[uuid.UUID, Course] = {}
    for chunk in _chunks(list(incoming)):
        here.update((c.id, c) for c in session.execute(select(Course).where(Course.id.in_(chunk))).scalars())
    foreign = [c.code for c in here.values() if c.organizer_id != org.id]
    if foreign:  # the file's own key signed it: a made-up file must still be refused in words
        raise _bad_reference(
            translate("services.packages.refresh", "課程 {codes} 在本機屬於其他單位").format(
                codes="、".join(sorted(foreign))
            )
        )

    updated, state_changes = _take_office_fields(here, incoming, reason, changes)

    missing = {course_id for course_id in incoming if course_id not in here}
    taken = _codes_held(session, [incoming[course_id].values["code"] for course_id in missing])
    skipped = sorted(
        incoming[course_id].values["code"] for course_id in missing if incoming[course_id].values["code"] in taken
    )
    adding = {course_id for course_id in missing if incoming[course_id].values["code"] not in taken}
    new_records = {
        spec.name: {rid: r for rid, r in records[spec.name].items() if r.course_id in adding} for spec in SPECS
    }
    wanted = sorted(
        {t["national_id"] for t in reference["teachers"]}
        | {r.values["teacher_id"] for r in new_records[ENROLLMENTS.name].values()}
    )
    known: dict[str, uuid.UUID] = {}
    for chunk in _chunks(wanted):
        known.update(
            session.execute(select(Teacher.national_id, Teacher.id).where(Teacher.national_id.in_(chunk))).all()
        )
    teacher_rows = new_teachers(reference["teachers"], new_records[ENROLLMENTS.name].values(), org.id, known, now)
    add_teachers(session, teacher_rows, reason, changes)
    session.flush()
    added_records = insert_records(session, new_records, now, reason, changes)

    if changes:
        changes.append(
            audit.Change(
                STARTER_ENTITY,
                org.code,
                "refresh",
                new={
                    "sha256": contents.sha256,
                    "created_at": contents.created_at,
                    "updated": updated,
                    "added": len(adding),
                    "records": added_records,
                    "teachers": len(teacher_rows),
                },
                reason=reason,
            )
        )
        audit.record_many(session, user.actor(AuditSource.STARTER), changes)
    session.flush()
    return StarterRefresh(
        sha256=contents.sha256,
        organization_code=org.code,
        organization_name=org.name,
        created_at=contents.created_at,
        updated=updated,
        added=len(adding),
        teachers_added=len(teacher_rows),
        state_changes=tuple(sorted(state_changes, key=lambda c: c.code)),
        skipped=tuple(skipped),
        changes=Changes(courses=bool(updated or adding), teachers=bool(teacher_rows), audit=bool(changes)),
    )


def _add_reference(session: Session, reference: dict[str, Any], reason: str, changes: list[audit.Change]) -> None:
    """The district centers and the county the file names and this laptop lacks (those it has stay as they
    are)."""
    for values in reference["district_centers"]:
        if session.get(DistrictCenter, values["id"]) is None:
            session.add(DistrictCenter(**values))
            changes.append(audit.Change("district_center", values["id"], "create", new=_plain(values), reason=reason))
    session.flush()
    county = reference["county"]
    if county is not None and session.get(County, county["code"]) is None:
        session.add(County(**county))
        changes.append(audit.Change("county", county["code"], "create", new=_plain(county), reason=reason))
        session.flush()


def _take_office_fields(
    here: dict[uuid.UUID, Course], incoming: dict[uuid.UUID, Incoming], reason: str, changes: list[audit.Change]
) -> tuple[int, list[StateChange]]:
    """The office-owned fields of the courses here, where the office's differ; nothing else of them."""
    updated = 0
    state_changes = []
    for course_id, course in here.items():
        record = incoming[course_id]
        old = {name: plain(getattr(course, name)) for name in sorted(OFFICE_OWNED)}
        new = {name: plain(record.values[name]) for name in sorted(OFFICE_OWNED)}
        differing = [name for name in old if old[name] != new[name]]
        if not differing:
            continue
        if record.values["state"] is not course.state:
            state_changes.append(StateChange(course.code, course.title, course.state, record.values["state"]))
        for name in differing:
            setattr(course, name, record.values[name])
        changes.append(
            audit.Change(
                COURSES.entity,
                course_id,
                "refresh",
                old={name: old[name] for name in differing},
                new={name: new[name] for name in differing},
                reason=reason,
            )
        )
        updated += 1
    return updated, state_changes


def _codes_held(session: Session, codes: list[str]) -> set[str]:
    held: set[str] = set()
    for chunk in _chunks(sorted(codes)):
        held.update(session.execute(select(Course.code).where(Course.code.in_(chunk))).scalars())
    return held
