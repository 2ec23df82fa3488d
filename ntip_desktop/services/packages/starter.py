"""The office's signed starter file for a school computer (docs/packages.md, 「學校電腦的第一次啟動」).

A coordinator's laptop holds only their organisation's data in its own SQLite file. A fresh file has no
organisation, county or district center, so the office writes a **starter file**: the same signed container
as a report package (``container``: manifest, SHA-256 of every part, Ed25519 signature with the office
installation's key), holding the organisation's reference rows, the coordinator's login and name (never a
password or its hash), the organisation's teachers, its courses, segments, enrollments and attendance as a
report package carries them (``export.encode_row``), and the office installation's id and public key.

On the laptop :func:`start_from_starter` verifies the file, fills an **empty** database with it, creates the
coordinator with the password they choose there, and records the office installation as trusted for the
organisation. A fresh laptop has nothing to check the office key against: the signature proves that the
file is whole, not who made it, so the key's :func:`fingerprint` is shown for the coordinator to compare
with what the office reads out.

Exporting records, at the office, that the laptop now starts from each record's content (``sync_digest``):
a later report package from the laptop is then unchanged where nobody edited, changed where only the
school did, and conflicting only where both did.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import (
    AuditSource,
    County,
    Course,
    DistrictCenter,
    Employment,
    Enrollment,
    OfficeUser,
    Organization,
    Role,
    Teacher,
    TrustedInstallation,
)
from ntip_desktop.models.base import table_of, utcnow
from ntip_desktop.services import audit, auth
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.files import output_file, write_atomically
from ntip_desktop.services.gc_pause import no_cyclic_gc
from ntip_desktop.services.packages import container, identity
from ntip_desktop.services.packages.access import check_import, organization_by_code
from ntip_desktop.services.packages.export import _content_select, encode_row
from ntip_desktop.services.packages.importing import Incoming, _compared, _link_parents, _read_part
from ntip_desktop.services.packages.records import (
    ATTENDANCE,
    COURSES,
    ENROLLMENTS,
    SEGMENTS,
    SPECS,
    Invalid,
    bad_line,
    digest,
    plain,
    reader_of,
)
from ntip_desktop.services.rules.ids import check_id

#: ``progress(done, total)``: records written so far.
Progress = Callable[[int, int], None]
#: The part holding the reference rows (district centers, county, organisation, coordinator, teachers).
REFERENCE = "reference.json"
#: The audit log's entity for a starter file (entity id: the organisation's code).
STARTER_ENTITY = "starter_file"
_CONTEXT = "services.packages.starter"

#: The reference columns that travel, per table (ids are carried as they are: the laptop keeps them).
_CENTER_COLUMNS = ("id", "code", "name", "fax", "phone", "address")
_COUNTY_COLUMNS = ("code", "name", "reporting_mode", "authority_name", "municipality", "district_center_id")
_ORG_COLUMNS = (
    "id",
    "code",
    "name",
    "kind",
    "ownership",
    "county_code",
    "district_center_id",
    "phone",
    "address",
    "active",
)


@dataclass(frozen=True)
class StarterExported:
    """What :func:`export_starter` wrote."""

    path: Path
    sha256: str
    organization_code: str
    organization_name: str
    coordinator_login: str
    installation_id: str
    #: The office key's fingerprint (:func:`fingerprint`), for the coordinator to compare on the laptop.
    fingerprint: str
    counts: dict[str, int]


@dataclass(frozen=True)
class StarterContents:
    """What :func:`read_starter` found in a whole, self-consistently signed starter file."""

    sha256: str
    organization_code: str
    organization_name: str
    coordinator_login: str
    coordinator_name: str
    installation_id: str
    public_key: str
    fingerprint: str
    created_at: str
    counts: dict[str, int]


def fingerprint(public_key: str) -> str:
    """A public key (base64) as people read it aloud: the first 16 bytes of its SHA-256, in groups of four
    hexadecimal digits (``ABCD-EF12-…``, 8 groups)."""
    raw = base64.b64decode(public_key, validate=True)
    text = hashlib.sha256(raw).hexdigest()[:32].upper()
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def installation_fingerprint() -> str:
    """This installation's key fingerprint (made on first use), as a starter file shows it."""
    return fingerprint(identity.load_or_create_identity().public_key)


# --- at the office ----------------------------------------------------------------------------------------


def _row(obj: Any, columns: tuple[str, ...]) -> dict[str, Any]:
    return {name: plain(getattr(obj, name)) for name in columns}


def _coordinator(session: Session, org: Organization, login: str) -> OfficeUser:
    found = session.execute(select(OfficeUser).where(OfficeUser.login == login.strip())).scalar_one_or_none()
    if found is None:
        raise UserError(
            translate("services.packages.starter", "查無帳號 {login}。").format(login=login), field="--login"
        )
    if found.role is not Role.SCHOOL_COORDINATOR or found.organization_id != org.id or not found.active:
        raise UserError(
            translate(
                "services.packages.starter",
                "帳號 {login} 不是{org}的學校研習承辦人（或已停用），不能為其製作學校設定檔。",
            ).format(login=found.login, org=org.name),
            field="--login",
        )
    return found


@dataclass(frozen=True)
class StarterSchool:
    """An organisation a starter file can be made for, with its active school coordinators."""

    code: str
    name: str
    #: (login, display name) of each active school coordinator, by login.
    coordinators: tuple[tuple[str, str], ...]


def starter_schools(session: Session, user: CurrentUser) -> list[StarterSchool]:
    """The active organisations in the user's scope (those :func:`export_starter` accepts: the clerk's district,
    every one for the administrator) that have an active school coordinator, by code, for the page's chooser.
    A school coordinator, whom :func:`export_starter` refuses for any school, gets an empty list."""
    user.require(Permission.REPORT_MONTHS)
    if user.role not in (Role.ADMIN, Role.DISTRICT_CLERK):
        return []
    stmt = (
        select(Organization.code, Organization.name, OfficeUser.login, OfficeUser.display_name)
        .join(OfficeUser, OfficeUser.organization_id == Organization.id)
        .where(
            Organization.active.is_(True),
            OfficeUser.active.is_(True),
            OfficeUser.role == Role.SCHOOL_COORDINATOR,
        )
        .order_by(Organization.code, OfficeUser.login)
    )
    if user.role is Role.DISTRICT_CLERK:
        stmt = stmt.where(Organization.district_center_id == user.district_center_id)
    schools: dict[str, tuple[str, list[tuple[str, str]]]] = {}
    for code, name, login, display_name in session.execute(stmt):
        schools.setdefault(code, (name, []))[1].append((login, display_name))
    return [StarterSchool(code, name, tuple(people)) for code, (name, people) in schools.items()]


def export_starter(
    session: Session,
    user: CurrentUser,
    *,
    org_code: str,
    coordinator_login: str,
    out_path: str | Path,
    progress: Progress | None = None,
) -> StarterExported:
    """Write the signed starter file of ``org_code``'s school computer for ``coordinator_login`` at
    ``out_path`` (whole or not at all). The clerks of the organisation's district, or the administrator: those
    who register a school computer (``trust_installation``)."""
    org = organization_by_code(session, org_code)
    check_import(user, org)
    coordinator = _coordinator(session, org, coordinator_login)
    out = output_file(out_path, "--out")
    with no_cyclic_gc():
        return _export(session, user, org, coordinator, out, progress)


def _export(
    session: Session,
    user: CurrentUser,
    org: Organization,
    coordinator: OfficeUser,
    out: Path,
    progress: Progress | None,
) -> StarterExported:
    me = identity.load_or_create_identity()
    origin = str(me.installation_id)
    now = utcnow()
    courses = select(Course.id).where(Course.organizer_id == org.id)
    queries = {
        COURSES.name: _content_select(COURSES).where(Course.id.in_(courses)).order_by(Course.start_at, Course.code),
        SEGMENTS.name: _content_select(SEGMENTS)
        .where(SEGMENTS.table.c.course_id.in_(courses))
        .order_by(SEGMENTS.table.c.course_id, SEGMENTS.table.c.start_at, SEGMENTS.table.c.label),
        ENROLLMENTS.name: _content_select(ENROLLMENTS)
        .where(Enrollment.course_id.in_(courses))
        .order_by(Enrollment.course_id, Enrollment.seat_no),
        ATTENDANCE.name: _content_select(ATTENDANCE)
        .join(Enrollment, Enrollment.id == ATTENDANCE.table.c.enrollment_id)
        .where(Enrollment.course_id.in_(courses))
        .order_by(ATTENDANCE.table.c.enrollment_id, ATTENDANCE.table.c.segment_id),
    }
    parts: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    #: Per table, (id, digest of the content the laptop starts from): the office's sync_digest.
    baselines: dict[str, list[dict[str, Any]]] = {}
    done = 0
    for spec in SPECS:
        lines = []
        baselines[spec.name] = []
        for row in session.execute(queries[spec.name]):
            line = encode_row(spec, row, origin, now)
            lines.append(json.dumps(line, ensure_ascii=False, separators=(",", ":")))
            baselines[spec.name].append(
                {"b_id": row._mapping["id"], "v_digest": digest(_compared(spec, line["content"]))}
            )
        parts[spec.part] = ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
        counts[spec.name] = len(lines)
        done += len(lines)
        if progress:
            progress(done, done)
    reference = _reference(session, org, coordinator, courses)
    counts["teachers"] = len(reference["teachers"])
    parts[REFERENCE] = json.dumps(reference, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    manifest = {
        "format": container.STARTER_FORMAT,
        "format_version": container.FORMAT_VERSION,
        "organization": {"code": org.code, "name": org.name},
        "coordinator": {"login": coordinator.login, "display_name": coordinator.display_name},
        "installation": origin,
        "public_key": me.public_key,
        "created_at": plain(now),
        "counts": counts,
        "parts": {name: container.part_entry(data) for name, data in parts.items()},
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    data = container.build_zip(manifest_bytes, me.sign(manifest_bytes), parts)
    sha256 = hashlib.sha256(data).hexdigest()
    for spec in SPECS:  # what the laptop starts from is what both sides last agreed on
        if baselines[spec.name]:
            session.execute(
                update(spec.table)
                .where(spec.table.c.id == bindparam("b_id"))
                .values(sync_digest=bindparam("v_digest"))
                .execution_options(synchronize_session=False),
                baselines[spec.name],
            )
    audit.record(
        session,
        user.actor(),
        STARTER_ENTITY,
        org.code,
        "export",
        new={"sha256": sha256, "coordinator": coordinator.login, "installation": origin, "counts": counts},
        reason=translate("services.packages.starter", "學校設定檔 {sha}").format(sha=sha256),
    )
    write_atomically(out, data, field="--out")
    return StarterExported(
        path=out,
        sha256=sha256,
        organization_code=org.code,
        organization_name=org.name,
        coordinator_login=coordinator.login,
        installation_id=origin,
        fingerprint=fingerprint(me.public_key),
        counts=counts,
    )


def _reference(session: Session, org: Organization, coordinator: OfficeUser, courses: Any) -> dict[str, Any]:
    county = session.get(County, org.county_code) if org.county_code else None
    center_ids = {org.district_center_id, county.district_center_id if county else None} - {None}
    centers = [session.get(DistrictCenter, center_id) for center_id in sorted(center_ids, key=str)]
    enrolled = select(Enrollment.teacher_id).where(Enrollment.course_id.in_(courses))
    teachers = session.execute(
        select(Teacher.national_id, Teacher.name, Teacher.employment, Teacher.organization_id)
        .where((Teacher.organization_id == org.id) | Teacher.id.in_(enrolled))
        .order_by(Teacher.national_id)
    ).all()
    return {
        "district_centers": [_row(center, _CENTER_COLUMNS) for center in centers if center is not None],
        "county": _row(county, _COUNTY_COLUMNS) if county is not None else None,
        "organization": _row(org, _ORG_COLUMNS),
        "coordinator": {
            "login": coordinator.login,
            "display_name": coordinator.display_name,
            "role": coordinator.role.value,
            "organization": org.code,
        },
        "teachers": [
            {
                "national_id": national_id,
                "name": name,
                "employment": plain(employment),
                "of_organization": organization_id == org.id,
            }
            for national_id, name, employment, organization_id in teachers
        ],
    }


# --- on the laptop ----------------------------------------------------------------------------------------


def _not_sound(problems: list[str] | tuple[str, ...]) -> UserError:
    return UserError(
        translate("services.packages.starter", "學校設定檔未通過驗證，未寫入任何資料：{problems}").format(
            problems="；".join(problems)
        ),
        field="FILE",
    )


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _section(manifest: dict[str, Any], key: str) -> dict[str, Any]:
    value = manifest.get(key)
    return value if isinstance(value, dict) else {}


def _open(path: str | Path) -> tuple[container.Opened, StarterContents]:
    opened = container.read_package(path, container.STARTER_FORMAT)
    manifest = opened.manifest
    problems = list(opened.problems)
    public_key = _text(manifest.get("public_key"))
    try:
        printed = fingerprint(public_key)
    except (binascii.Error, ValueError):
        printed = ""
        problems.append(translate("services.packages.starter", "清單沒有有效的區管中心公開金鑰"))
    if (
        printed
        and opened.signature
        and not identity.signature_holds(public_key, opened.signature, opened.manifest_bytes)
    ):
        problems.append(translate("services.packages.starter", "簽章不符：清單在簽署後遭更改"))
    installation = _text(manifest.get("installation"))
    try:
        uuid.UUID(installation)
    except ValueError:
        problems.append(translate("services.packages.starter", "清單沒有有效的安裝識別碼"))
    organization, coordinator, counts = (_section(manifest, key) for key in ("organization", "coordinator", "counts"))
    if problems:
        raise _not_sound(problems)
    contents = StarterContents(
        sha256=opened.sha256,
        organization_code=_text(organization.get("code")),
        organization_name=_text(organization.get("name")),
        coordinator_login=_text(coordinator.get("login")),
        coordinator_name=_text(coordinator.get("display_name")),
        installation_id=installation,
        public_key=public_key,
        fingerprint=printed,
        created_at=_text(manifest.get("created_at")),
        counts={str(k): v for k, v in counts.items() if isinstance(v, int)},
    )
    return opened, contents


def read_starter(path: str | Path) -> StarterContents:
    """Check the starter file at ``path`` (every hash, no member added or missing, no unsafe name, the
    signature with the key it carries) and say what it holds, with the office key's fingerprint. Writes
    nothing. NotAPackage when it is no starter file at all; UserError naming every problem otherwise."""
    return _open(path)[1]


#: The tables a database must have no row in for a starter file to fill it.
_MUST_BE_EMPTY = (OfficeUser, Organization, County, DistrictCenter, Teacher, Course)


def _check_empty(session: Session) -> None:
    for model in _MUST_BE_EMPTY:
        if session.execute(select(func.count()).select_from(model)).scalar_one():
            raise UserError(
                translate(
                    "services.packages.starter",
                    "這個資料庫已有資料，學校設定檔只能用於全新的資料庫。請改選一個新的資料庫檔（例如 學校.sqlite3），"
                    "未寫入任何資料。",
                ),
                field="FILE",
            )


def _bad_reference(what: str) -> UserError:
    return _not_sound([bad_line(REFERENCE, 1, what).message])


def _reference_rows(data: bytes) -> dict[str, Any]:
    """The reference part read back and checked against the models' columns."""
    try:
        reference = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _bad_reference(translate("services.packages.starter", "不是 JSON")) from None
    if not isinstance(reference, dict) or not isinstance(reference.get("organization"), dict):
        raise _bad_reference(translate("services.packages.starter", "沒有單位資料"))

    def read(model: type, columns: tuple[str, ...], raw: Any) -> dict[str, Any]:
        table = table_of(model)
        if not isinstance(raw, dict) or set(raw) != set(columns):
            raise _bad_reference(
                translate("services.packages.starter", "{table} 的欄位不符此格式").format(table=table.name)
            )
        try:
            return {name: reader_of(table.c[name])(raw[name]) for name in columns}
        except (Invalid, ValueError, TypeError):
            raise _bad_reference(
                translate("services.packages.starter", "{table} 的值不正確").format(table=table.name)
            ) from None

    centers = reference.get("district_centers")
    teachers = reference.get("teachers")
    if not isinstance(centers, list) or not isinstance(teachers, list):
        raise _bad_reference(translate("services.packages.starter", "缺少區管中心或教師名單"))
    county = reference.get("county")
    rows: dict[str, Any] = {
        "district_centers": [read(DistrictCenter, _CENTER_COLUMNS, c) for c in centers],
        "county": read(County, _COUNTY_COLUMNS, county) if county is not None else None,
        "organization": read(Organization, _ORG_COLUMNS, reference["organization"]),
        "teachers": [],
    }
    centers_here = {c["id"] for c in rows["district_centers"]}
    org, county_row = rows["organization"], rows["county"]
    named = {org["district_center_id"], county_row["district_center_id"] if county_row else None} - {None}
    if (
        len(centers_here) != len(rows["district_centers"])
        or org["county_code"] != (county_row["code"] if county_row else None)
        or not named <= centers_here
    ):  # the file's own key signs it: a made-up file must still be refused in words, not by the database
        raise _bad_reference(translate("services.packages.starter", "單位、縣市與區管中心的資料彼此不符"))
    seen: set[str] = set()
    for raw in teachers:
        national_id = raw.get("national_id") if isinstance(raw, dict) else None
        checked = check_id(national_id) if isinstance(national_id, str) else None
        if checked is None or not checked.valid or checked.normalized != national_id or national_id in seen:
            raise _bad_reference(translate("services.packages.starter", "教師身分證字號不正確或重複"))
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            raise _bad_reference(translate("services.packages.starter", "缺少教師姓名"))
        try:
            employment = Employment(raw.get("employment"))
        except ValueError:
            raise _bad_reference(translate("services.packages.starter", "教師身分類別不正確")) from None
        seen.add(national_id)
        rows["teachers"].append(
            {"national_id": national_id, "name": name[:40], "employment": employment, "own": raw.get("of_organization")}
        )
    return rows


def _records(opened: container.Opened, contents: StarterContents, org: Organization) -> dict[str, Any]:
    """The file's records per table (``Incoming``, each knowing its course), checked against the manifest's
    counts and linked to their parents; a fault is the file's, in words."""
    records = {}
    try:
        for spec in SPECS:
            records[spec.name] = _read_part(spec, opened.parts.get(spec.part, b""), org)
            if contents.counts.get(spec.name) != len(records[spec.name]):
                raise _not_sound(
                    [translate("services.packages.starter", "{part} 的筆數與清單不符").format(part=spec.part)]
                )
        _link_parents(records)
    except UserError as exc:
        if exc.field == "FILE":
            raise
        raise _not_sound([exc.message]) from None
    return records


def start_from_starter(session: Session, path: str | Path, *, password: str) -> CurrentUser:
    """Fill this **empty** database from the office's starter file at ``path``: the organisation and its
    reference rows, its teachers and records, the coordinator with ``password`` (auth's rules), and the office
    installation trusted for the organisation; every row in the audit log (the file's hash in the reason).
    All or nothing in the caller's transaction; returns the coordinator, signed in.

    Refused (UserError, nothing written) when the file is not whole, when the database holds any data, or when
    the password breaks the rules."""
    opened, contents = _open(path)
    _check_empty(session)
    auth.check_new_password(password)
    reference = _reference_rows(opened.parts.get(REFERENCE, b""))
    org_values = reference["organization"]
    if org_values["code"] != contents.organization_code:
        raise _bad_reference(translate("services.packages.starter", "單位與清單不符"))
    org = Organization(**org_values)
    records = _records(opened, contents, org)
    with no_cyclic_gc():
        return _start(session, contents, reference, org, records, password)


def _start(
    session: Session,
    contents: StarterContents,
    reference: dict[str, Any],
    org: Organization,
    records: dict[str, Any],
    password: str,
) -> CurrentUser:
    now = utcnow()
    reason = translate("services.packages.starter", "學校設定檔 {sha}").format(sha=contents.sha256)
    actor = audit.Actor.system(AuditSource.STARTER, translate("services.packages.starter", "學校設定檔"))
    changes: list[audit.Change] = []
    for values in reference["district_centers"]:
        session.add(DistrictCenter(**values))
        changes.append(audit.Change("district_center", values["id"], "create", new=_plain(values), reason=reason))
    session.flush()
    county = reference["county"]
    if county is not None:
        session.add(County(**county))
        changes.append(audit.Change("county", county["code"], "create", new=_plain(county), reason=reason))
        session.flush()
    session.add(org)
    session.flush()
    changes.append(audit.Change("organization", org.id, "create", new=_plain(reference["organization"]), reason=reason))
    teacher_rows = new_teachers(reference["teachers"], records[ENROLLMENTS.name].values(), org.id, {}, now)
    add_teachers(session, teacher_rows, reason, changes)
    coordinator = auth.create_first_coordinator(
        session,
        login=contents.coordinator_login,
        display_name=contents.coordinator_name,
        password=password,
        organization_id=org.id,
        actor=actor,
        reason=reason,
    )
    session.add(
        TrustedInstallation(
            id=uuid.UUID(contents.installation_id),
            public_key=contents.public_key,
            organization_id=org.id,
            registered_by_id=coordinator.id,
            note=translate("services.packages.starter", "區管中心（學校設定檔，指紋 {fingerprint}）").format(
                fingerprint=contents.fingerprint
            ),
        )
    )
    changes.append(
        audit.Change(
            "trusted_installation",
            contents.installation_id,
            "register",
            new={"public_key": contents.public_key, "organization": org.code, "fingerprint": contents.fingerprint},
            reason=reason,
        )
    )
    total = insert_records(session, records, now, reason, changes)
    changes.append(
        audit.Change(
            STARTER_ENTITY,
            org.code,
            "start",
            new={
                "sha256": contents.sha256,
                "created_at": contents.created_at,
                "coordinator": coordinator.login,
                "records": total,
                **contents.counts,
            },
            reason=reason,
        )
    )
    audit.record_many(session, actor, changes)
    session.flush()
    return coordinator


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    return {key: plain(value) for key, value in values.items()}


def new_teachers(
    reference_teachers: list[dict[str, Any]],
    enrollments: Iterable[Incoming],
    org_id: uuid.UUID,
    known: dict[str, uuid.UUID],
    now: datetime,
) -> list[dict[str, Any]]:
    """The teacher rows to insert: each of the reference's teachers not in ``known`` (national ID → id here),
    then each one an enrollment names that neither holds (from the enrollment's own teacher data). ``known``
    is completed in place, and each enrollment's ``teacher_id`` (the national ID as read) becomes the id."""
    rows = []
    for teacher in reference_teachers:
        if teacher["national_id"] in known:
            continue
        known[teacher["national_id"]] = teacher_id = uuid.uuid4()
        rows.append(
            {
                "id": teacher_id,
                "national_id": teacher["national_id"],
                "name": teacher["name"],
                "employment": teacher["employment"],
                "organization_id": org_id if teacher["own"] is True else None,
                "email": "",
                "created_at": now,
                "updated_at": now,
            }
        )
    for record in enrollments:  # a teacher the reference left out: from the enrollment
        national_id = record.values["teacher_id"]
        if national_id not in known:
            known[national_id] = teacher_id = uuid.uuid4()
            rows.append(
                {
                    "id": teacher_id,
                    "national_id": national_id,
                    **record.extra,
                    "organization_id": None,
                    "email": "",
                    "created_at": now,
                    "updated_at": now,
                }
            )
        record.values["teacher_id"] = known[national_id]
    return rows


def add_teachers(session: Session, rows: list[dict[str, Any]], reason: str, changes: list[audit.Change]) -> None:
    """Insert :func:`new_teachers`' rows, each with its audit change."""
    if rows:
        session.execute(insert(table_of(Teacher)), rows)
    for row in rows:
        changes.append(
            audit.Change(
                "teacher",
                row["id"],
                "create",
                new={"national_id": row["national_id"], "name": row["name"]},
                reason=reason,
            )
        )


def insert_records(
    session: Session, records: dict[str, Any], now: datetime, reason: str, changes: list[audit.Change]
) -> int:
    """Insert the file's records (per table, parents first) as the office exported them: their ids, travel
    data, and the content's digest as ``sync_digest`` (what both sides last agreed on); each audited as an
    import. Enrollments must name their teacher's id here already (:func:`new_teachers`)."""
    total = 0
    for spec in SPECS:
        rows = []
        stamped = "created_at" in spec.table.c
        for record in records[spec.name].values():
            row = {
                **record.values,
                "id": record.id,
                "origin": record.origin,
                "captured_at": record.captured_at,
                "sync_digest": record.digest,
            }
            if stamped:
                row["created_at"] = row["updated_at"] = now
            if spec is COURSES:
                row["version"] = record.version
            rows.append(row)
            changes.append(
                audit.Change(spec.entity, record.id, "import", new=_compared(spec, record.content), reason=reason)
            )
        if rows:
            session.execute(insert(spec.table), rows)
        total += len(rows)
    return total
