"""Verifying, previewing and importing report packages at the office (docs/packages.md).

:func:`verify_package` checks the file (``container``) and its signature with the key the office registered
for the installation that signed it. :func:`preview_import` says, per table, what is new, changed, unchanged
and conflicting, and which records fall in a locked month; :func:`import_package` verifies, plans the same
way and applies it all in the caller's transaction, or nothing.

A record here is compared with the package's by their content digests (``records.digest``) and the digest a
package last brought (``sync_digest``): the same content is unchanged; content nobody here has edited since
the last package (its digest is still ``sync_digest``) is replaced (changed); otherwise both sides edited it:
conflicting, listed with both values and left as it is here. A package whose record is what the last one
brought, while this office has edited it since, leaves the office's edit (unchanged).

The plan is set-based: one query per table and chunk of UUIDs; the apply is Core bulk inserts and
executemany updates, and one ``audit.record_many`` for every applied record (source ``sync``, the package's
hash in the reason). On PostgreSQL the rows the plan reads are locked (``FOR UPDATE``) so that two clerks
importing at once cannot overwrite each other: the second waits and plans again on what the first wrote.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from json.scanner import make_scanner
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from ntip_desktop.errors import ConflictError, UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import (
    Absence,
    AppliedPackage,
    AuditSource,
    Course,
    Employment,
    Enrollment,
    Organization,
    Segment,
    Teacher,
    TrustedInstallation,
)
from ntip_desktop.models.base import table_of, utcnow
from ntip_desktop.services import audit
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.courses import is_locked
from ntip_desktop.services.driver_insert import insert_rows
from ntip_desktop.services.gc_pause import no_cyclic_gc
from ntip_desktop.services.packages import container, identity
from ntip_desktop.services.packages.access import check_import, organization_by_code
from ntip_desktop.services.packages.export import Cancel, PackageCancelled, Progress, _content_select
from ntip_desktop.services.packages.records import (
    ATTENDANCE,
    COURSES,
    ENROLLMENTS,
    SEGMENTS,
    SPECS,
    Invalid,
    TableSpec,
    bad_line,
    canonical_text,
    digest,
    plain,
    reader_of,
    text_digest,
)
from ntip_desktop.services.rules.ids import check_id
from ntip_desktop.services.rules.rocdate import ROC_OFFSET

#: The audit log's entity for a package applied (entity id: its ``applied_packages`` row; the SHA-256 in ``new``).
PACKAGE_ENTITY = "report_package"
#: How many UUIDs one query names (under every engine's limit of bound parameters).
CHUNK = 5000
#: Course columns the office owns once a course has arrived: carried for a new course, never compared or replaced.
OFFICE_OWNED = frozenset({"state", "review_unit"})
NEW, CHANGED, UNCHANGED, CONFLICTING, DELETED = "new", "changed", "unchanged", "conflicting", "deleted"


# --- results ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verification:
    """What :func:`verify_package` found. ``ok``: the file is whole, and signed by the installation the office
    registered for the organisation it reports."""

    sha256: str
    ok: bool
    problems: tuple[str, ...]
    organization_code: str = ""
    organization_name: str = ""
    period: tuple[str, str] = ("", "")
    installation_id: str = ""
    #: The signing installation is registered here (False: its key is unknown, the signature unchecked).
    trusted: bool = False
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class TableCounts:
    """One table's records in a package, by what importing would do with them."""

    table: str
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    conflicting: int = 0
    #: New or changed records of a course in a locked (confirmed) month: the import is refused.
    locked: int = 0
    #: Records here under a course the package carries that the school deleted: the import deletes them.
    deleted: int = 0


@dataclass(frozen=True)
class Conflict:
    """A record both sides edited since the last package (or one whose key another record here holds): the
    office's value and the package's, field by field; importing leaves the office's."""

    table: str
    record_id: str
    #: What a person recognises: the course code, the segment's label, the teacher's ID…
    label: str
    field: str
    office: Any
    package: Any
    reason: str


@dataclass(frozen=True)
class Preview:
    """What importing a package would do (and, from :func:`import_package`, did)."""

    sha256: str
    organization_code: str
    organization_name: str
    period: tuple[str, str]
    installation_id: str
    tables: tuple[TableCounts, ...]
    conflicts: tuple[Conflict, ...]
    #: ``115年10月`` for each locked month that holds a new or changed record.
    locked_months: tuple[str, ...]
    #: Teachers not yet known here, created by the import.
    new_teachers: int
    #: This very file was applied before: importing it again changes nothing.
    already_applied: bool

    def total(self, outcome: str) -> int:
        return sum(getattr(t, outcome) for t in self.tables)

    def counts(self) -> dict[str, Any]:
        """``{"new": n, "changed": n, "unchanged": n, "conflicting": n, "locked": n, "deleted": n, "tables": {...}}``
        (the command line's JSON)."""
        outcomes = (NEW, CHANGED, UNCHANGED, CONFLICTING, "locked", DELETED)
        return {
            **{o: self.total(o) for o in outcomes},
            "already_applied": self.already_applied,
            "tables": {t.table: {o: getattr(t, o) for o in outcomes} for t in self.tables},
        }


@dataclass(frozen=True)
class Imported:
    """What :func:`import_package` did: ``applied`` records written (0 when already applied)."""

    preview: Preview
    applied: int
    audit_entries: int
    #: Records deleted here because the school deleted them (docs/packages.md, deletions).
    deleted: int = 0


# --- verifying -------------------------------------------------------------------------------------------


def _manifest_text(manifest: dict[str, Any], *keys: str) -> str:
    value: Any = manifest
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    return value if isinstance(value, str) else ""


def _verify(session: Session, path: str | Path) -> tuple[container.Opened, Verification, TrustedInstallation | None]:
    opened = container.read_package(path)
    manifest = opened.manifest
    problems = list(opened.problems)
    installation = _manifest_text(manifest, "installation")
    org_code = _manifest_text(manifest, "organization", "code")
    trusted: TrustedInstallation | None = None
    try:
        installation_id = uuid.UUID(installation)
    except ValueError:
        installation_id = None
        if manifest:
            problems.append(translate("services.packages.importing", "清單沒有有效的安裝識別碼"))
    if installation_id is not None:
        trusted = session.get(TrustedInstallation, installation_id)
        if trusted is None:
            problems.append(
                translate(
                    "services.packages.importing",
                    "簽署此檔的安裝（{id}）未在本單位登錄，無法核對簽章：請先以 ntip package trust 登錄該學校電腦的公開金鑰。",
                ).format(id=installation_id)
            )
        else:
            if opened.signature and not identity.signature_holds(
                trusted.public_key, opened.signature, opened.manifest_bytes
            ):
                problems.append(
                    translate("services.packages.importing", "簽章不符：清單在簽署後遭更改，或不是該安裝簽署的")
                )
            org = session.get(Organization, trusted.organization_id)
            if org is not None and org.code != org_code:
                problems.append(
                    translate(
                        "services.packages.importing", "此安裝登錄為{org}（{code}）所用，不能傳報{other}的資料"
                    ).format(org=org.name, code=org.code, other=org_code)
                )
    period: dict[str, Any] = manifest["period"] if isinstance(manifest.get("period"), dict) else {}
    counts: dict[str, Any] = manifest["counts"] if isinstance(manifest.get("counts"), dict) else {}
    report = Verification(
        sha256=opened.sha256,
        ok=not problems,
        problems=tuple(problems),
        organization_code=org_code,
        organization_name=_manifest_text(manifest, "organization", "name"),
        period=(str(period.get("from", "")), str(period.get("to", ""))),
        installation_id=installation,
        trusted=trusted is not None,
        counts={str(k): v for k, v in counts.items() if isinstance(v, int)},
    )
    return opened, report, trusted


def verify_package(session: Session, user: CurrentUser, path: str | Path) -> Verification:
    """Check the package at ``path``: every hash, no file added or missing, no unsafe name, no ZIP bomb, a
    known format version, and the signature with the key registered for its installation. Writes nothing.

    Raises NotAPackage (a UserError) when the file is no package at all; otherwise the problems are listed.
    """
    user.require(Permission.REPORT_MONTHS)
    return _verify(session, path)[1]


def _refuse(report: Verification) -> UserError:
    return UserError(
        translate("services.packages.importing", "傳報檔未通過驗證，未匯入任何資料：{problems}").format(
            problems="；".join(report.problems)
        ),
        field="FILE",
    )


# --- reading the records ----------------------------------------------------------------------------------


@dataclass(slots=True)
class Incoming:
    """One record of the package, read and checked."""

    id: uuid.UUID
    origin: uuid.UUID
    captured_at: datetime
    content: dict[str, Any]  #: as in the package (JSON values): what the digest covers
    values: dict[str, Any]  #: column name → Python value, ready to write (references resolved later)
    canonical: str  #: the compared content's canonical JSON (``records.canonical_text``)
    digest: str  #: its SHA-256
    line: int
    version: int = 1
    extra: dict[str, Any] = field(default_factory=dict)
    status: str = NEW
    office: dict[str, Any] | None = None  #: the office's content, when the record exists here
    office_version: int = 0
    course_id: uuid.UUID | None = None  #: the course it belongs to (for the month lock)


def _compared(spec: TableSpec, content: dict[str, Any]) -> dict[str, Any]:
    if spec is COURSES:
        return {k: v for k, v in content.items() if k not in OFFICE_OWNED}
    return content


class UuidCache(dict[str, uuid.UUID]):
    """Text → UUID, made once per text: a package names each course, segment and enrollment again in every
    record under it, and its installation in every record."""

    def __missing__(self, text: str) -> uuid.UUID:
        if not isinstance(text, str):
            raise TypeError(text)
        made = self[text] = uuid.UUID(text)
        return made


_SCAN = make_scanner(json.JSONDecoder())  # type: ignore[arg-type]  # typeshed names the C class only


def _json_line(line: str) -> Any:
    """``json.loads(line)``: by the decoder's scanner directly when the line is exactly one value (a package's
    lines are), which spares ``loads``' own checks on each of a hundred thousand lines."""
    try:
        value, end = _SCAN(line, 0)
    except (StopIteration, ValueError):
        end = -1
    if end == len(line):
        return value
    return json.loads(line)  # space around the value, or no JSON at all: ``loads`` says which


def _read_part(
    spec: TableSpec, data: bytes, org: Organization, uuids: UuidCache | None = None
) -> dict[uuid.UUID, Incoming]:
    part = spec.part
    uuid_of = (uuids if uuids is not None else UuidCache()).__getitem__
    readers = {name: reader_of(spec.table.c[name], uuid_of) for name in spec.keys}
    keys = set(spec.keys.values())
    national_ids: dict[str, bool] = {}
    found: dict[uuid.UUID, Incoming] = {}
    for n, raw in enumerate(data.splitlines(), start=1):
        try:
            obj = _json_line(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise bad_line(part, n, translate("services.packages.importing", "不是 JSON")) from None
        content = obj.get("content") if isinstance(obj, dict) else None
        if not isinstance(content, dict) or set(content) != keys:
            raise bad_line(part, n, translate("services.packages.importing", "欄位不符此格式"))
        values: dict[str, Any] = {}
        for name, key in spec.keys.items():
            try:
                values[name] = (
                    readers[name](content[key]) if name not in ("organizer_id", "teacher_id") else content[key]
                )
            except (Invalid, ValueError, TypeError):
                raise bad_line(
                    part, n, translate("services.packages.importing", "{key} 的值不正確").format(key=key)
                ) from None
        try:
            record = Incoming(
                id=uuid.UUID(obj["id"]),  # a record's own key: never named twice, not worth caching
                origin=uuid_of(obj["origin"]),
                captured_at=datetime.fromisoformat(obj["captured_at"]),
                content=content,
                values=values,
                canonical=(text := canonical_text(_compared(spec, content))),
                digest=text_digest(text),
                line=n,
                version=int(obj.get("version") or 1),
            )
        except (KeyError, TypeError, ValueError):
            raise bad_line(
                part, n, translate("services.packages.importing", "缺少或不正確的 id、origin 或 captured_at")
            ) from None
        if record.captured_at.tzinfo is None:
            raise bad_line(part, n, translate("services.packages.importing", "captured_at 沒有時區"))
        if record.id in found:
            raise bad_line(part, n, translate("services.packages.importing", "識別碼 {id} 重複").format(id=record.id))
        if spec is COURSES:
            if content["organizer_code"] != org.code:
                raise bad_line(
                    part,
                    n,
                    translate("services.packages.importing", "主辦單位 {code} 不是此傳報檔的單位").format(
                        code=content["organizer_code"]
                    ),
                )
            values["organizer_id"] = org.id
        if spec is ENROLLMENTS:
            teacher = obj.get("teacher")
            national_id = content["teacher"]
            valid = national_ids.get(national_id) if isinstance(national_id, str) else False
            if valid is None:
                checked = check_id(national_id)
                valid = national_ids[national_id] = checked.valid and checked.normalized == national_id
            if not valid:
                raise bad_line(part, n, translate("services.packages.importing", "教師身分證字號不正確"))
            if not isinstance(teacher, dict) or not isinstance(teacher.get("name"), str) or not teacher["name"]:
                raise bad_line(part, n, translate("services.packages.importing", "缺少教師姓名"))
            try:
                employment = Employment(teacher.get("employment", Employment.REGULAR.value))
            except ValueError:
                raise bad_line(part, n, translate("services.packages.importing", "教師身分類別不正確")) from None
            record.extra = {"name": teacher["name"][:40], "employment": employment}
        found[record.id] = record
    return found


def _chunks(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- the plan ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Gone:
    """A record here under a course the package carries, which the package does not carry: the school deleted
    it (``DELETED``: the import deletes it), or it did but this office changed it since (``CONFLICTING``), or
    it never came from the school (``UNCHANGED``: left alone, not listed)."""

    id: uuid.UUID
    course_id: uuid.UUID
    office: dict[str, Any]  #: the office's content, as a package would carry it
    status: str


@dataclass
class Plan:
    opened: container.Opened
    org: Organization
    installation_id: uuid.UUID
    period: tuple[str, str]
    records: dict[str, dict[uuid.UUID, Incoming]]
    teachers: dict[str, uuid.UUID]  #: national ID → teacher id here (new ones included)
    new_teachers: list[dict[str, Any]]
    conflicts: list[Conflict]
    locked: dict[str, int]
    locked_months: list[str]
    already_applied: bool
    #: Per child table: the records here under the package's courses that the package does not carry.
    gone: dict[str, dict[uuid.UUID, Gone]] = field(default_factory=dict)

    def deleting(self, spec: TableSpec) -> list[Gone]:
        return [g for g in self.gone.get(spec.name, {}).values() if g.status == DELETED]

    def preview(self) -> Preview:
        tables = []
        for spec in SPECS:
            statuses = [r.status for r in self.records[spec.name].values()]
            tables.append(
                TableCounts(
                    spec.name,
                    new=statuses.count(NEW),
                    changed=statuses.count(CHANGED),
                    unchanged=statuses.count(UNCHANGED),
                    conflicting=statuses.count(CONFLICTING),
                    locked=self.locked.get(spec.name, 0),
                    deleted=len(self.deleting(spec)),
                )
            )
        return Preview(
            sha256=self.opened.sha256,
            organization_code=self.org.code,
            organization_name=self.org.name,
            period=self.period,
            installation_id=str(self.installation_id),
            tables=tuple(tables),
            conflicts=tuple(self.conflicts),
            locked_months=tuple(self.locked_months),
            new_teachers=len(self.new_teachers),
            already_applied=self.already_applied,
        )


def _label(spec: TableSpec, record: Incoming, plan_records: dict[str, dict[uuid.UUID, Incoming]]) -> str:
    content = record.content
    if spec is COURSES:
        return f"{content['code']} {content['title']}"
    course = plan_records[COURSES.name].get(record.course_id) if record.course_id else None
    prefix = f"{course.content['code']} " if course else ""
    if spec is SEGMENTS:
        return f"{prefix}{content['label']}"
    if spec is ENROLLMENTS:
        return f"{prefix}{content['teacher']}"
    enrollment = plan_records[ENROLLMENTS.name].get(record.values["enrollment_id"])
    segment = plan_records[SEGMENTS.name].get(record.values["segment_id"])
    who = enrollment.content["teacher"] if enrollment else ""
    where = segment.content["label"] if segment else ""
    return f"{prefix}{who} {where}".strip()


def _plan(session: Session, user: CurrentUser, path: str | Path, *, lock: bool, cancel: Cancel | None) -> Plan:
    opened, report, _trusted = _verify(session, path)
    org = organization_by_code(session, report.organization_code, field="FILE") if report.organization_code else None
    if org is not None:
        check_import(user, org)
    else:
        user.require(Permission.REPORT_MONTHS)
    if not report.ok or org is None:
        raise _refuse(report)
    already = (
        session.execute(select(AppliedPackage.id).where(AppliedPackage.sha256 == opened.sha256)).first() is not None
    )
    records: dict[str, dict[uuid.UUID, Incoming]] = {}
    uuids = UuidCache()
    for spec in SPECS:
        records[spec.name] = _read_part(spec, opened.parts.get(spec.part, b""), org, uuids)
        declared = report.counts.get(spec.name)
        if declared != len(records[spec.name]):
            raise _refuse(
                Verification(
                    opened.sha256,
                    False,
                    (translate("services.packages.importing", "{part} 的筆數與清單不符").format(part=spec.part),),
                )
            )
        if cancel and cancel():
            raise PackageCancelled(translate("services.packages.importing", "已取消匯入，未寫入任何資料。"))
    _link_parents(records)
    plan = Plan(
        opened=opened,
        org=org,
        installation_id=uuid.UUID(report.installation_id),
        period=report.period,
        records=records,
        teachers={},
        new_teachers=[],
        conflicts=[],
        locked={},
        locked_months=[],
        already_applied=already,
    )
    _resolve_teachers(session, plan)
    for spec in SPECS:
        _compare(session, spec, plan, lock=lock)
        if cancel and cancel():
            raise PackageCancelled(translate("services.packages.importing", "已取消匯入，未寫入任何資料。"))
    _find_deleted(session, plan, lock=lock)
    _natural_keys(session, plan)
    _skip_dependants(plan)
    _months(session, plan)
    if not already:
        _check_not_older(session, plan)
    return plan


def _check_not_older(session: Session, plan: Plan) -> None:
    """Refuse a package made before one already applied from the same installation for an overlapping period:
    applying it would put back what the newer one replaced. (Read after the plan's locks: a clerk who waited
    for another's import sees it here.)"""
    made = _manifest_text(plan.opened.manifest, "created_at")
    first, last = plan.period
    for summary, period_from, period_to in session.execute(
        select(AppliedPackage.summary, AppliedPackage.period_from, AppliedPackage.period_to).where(
            AppliedPackage.installation_id == plan.installation_id, AppliedPackage.organization_id == plan.org.id
        )
    ):
        newer = str(summary.get("created_at", "")) if isinstance(summary, dict) else ""
        if newer > made and period_from <= last and first <= period_to:
            raise UserError(
                translate(
                    "services.packages.importing",
                    "已匯入過此學校較新的傳報檔（{first}～{last}），此檔較舊，匯入會蓋回舊資料，未匯入任何資料。"
                    "請學校重新匯出。",
                ).format(first=period_from, last=period_to),
                field="FILE",
            )


def _link_parents(records: dict[str, dict[uuid.UUID, Incoming]]) -> None:
    """Every child names a parent the package carries, in the same course; each record learns its course."""
    courses, segments, enrollments = records[COURSES.name], records[SEGMENTS.name], records[ENROLLMENTS.name]
    for record in courses.values():
        record.course_id = record.id
    for spec, table in ((SEGMENTS, segments), (ENROLLMENTS, enrollments)):
        for record in table.values():
            if record.values["course_id"] not in courses:
                raise bad_line(
                    spec.part, record.line, translate("services.packages.importing", "所屬課程不在此傳報檔中")
                )
            record.course_id = record.values["course_id"]
    for record in records[ATTENDANCE.name].values():
        enrollment = enrollments.get(record.values["enrollment_id"])
        segment = segments.get(record.values["segment_id"])
        if enrollment is None or segment is None or enrollment.course_id != segment.course_id:
            raise bad_line(
                ATTENDANCE.part,
                record.line,
                translate("services.packages.importing", "所屬的報名或時段不在此傳報檔的同一課程中"),
            )
        record.course_id = enrollment.course_id


def _resolve_teachers(session: Session, plan: Plan) -> None:
    wanted = sorted({r.content["teacher"] for r in plan.records[ENROLLMENTS.name].values()})
    for chunk in _chunks(wanted):
        plan.teachers.update(
            session.execute(select(Teacher.national_id, Teacher.id).where(Teacher.national_id.in_(chunk))).all()
        )
    for record in plan.records[ENROLLMENTS.name].values():
        national_id = record.content["teacher"]
        if national_id not in plan.teachers:
            teacher_id = uuid.uuid4()
            plan.teachers[national_id] = teacher_id
            plan.new_teachers.append(
                {
                    "id": teacher_id,
                    "national_id": national_id,
                    "name": record.extra["name"],
                    "employment": record.extra["employment"],
                    "organization_id": None,
                    "email": "",
                }
            )
        record.values["teacher_id"] = plan.teachers[national_id]


def _compare(session: Session, spec: TableSpec, plan: Plan, *, lock: bool) -> None:
    incoming = plan.records[spec.name]
    query = _content_select(spec).add_columns(spec.table.c.sync_digest)
    if lock and session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(of=spec.table)
    for chunk in _chunks(list(incoming)):
        for row in session.execute(query.where(spec.table.c.id.in_(chunk))):
            mapping = row._mapping
            record = incoming[mapping["id"]]
            office = {key: plain(mapping[name]) for name, key in spec.keys.items()}
            record.office = office
            record.office_version = mapping.get("version") or 0
            mine = digest(_compared(spec, office))
            if mine == record.digest:
                record.status = UNCHANGED
            elif mapping["sync_digest"] is not None and mine == mapping["sync_digest"]:
                record.status = CHANGED
            elif mapping["sync_digest"] is not None and record.digest == mapping["sync_digest"]:
                record.status = UNCHANGED  # edited here since; the package brings nothing newer
            else:
                record.status = CONFLICTING
                label = _label(spec, record, plan.records)
                compared = _compared(spec, record.content)
                for key in sorted(compared):
                    if office.get(key) != compared[key]:
                        plan.conflicts.append(
                            Conflict(
                                spec.name,
                                str(record.id),
                                label,
                                key,
                                office.get(key),
                                compared[key],
                                translate("services.packages.importing", "本單位與學校都在上次傳報後修改了此筆"),
                            )
                        )


#: The tables whose records belong to a course, children first (the order deletions are applied in).
CHILDREN: tuple[TableSpec, ...] = (ATTENDANCE, ENROLLMENTS, SEGMENTS)


def _course_of(spec: TableSpec) -> Any:
    return Enrollment.course_id if spec is ATTENDANCE else spec.table.c.course_id


def _under_courses(spec: TableSpec, query: Any) -> Any:
    if spec is ATTENDANCE:
        return query.join(Enrollment, Enrollment.id == Absence.enrollment_id)
    return query


def _find_deleted(session: Session, plan: Plan, *, lock: bool) -> None:
    """The records here under the package's courses that the package does not carry (a package carries each
    of its courses whole): deleted at the school when they came from it and nobody here changed them since.

    One grouped count per table and chunk of courses finds the courses whose records here are not exactly
    the package's; only those courses' keys are read, and only the missing records' content.
    """
    course_ids = [r.id for r in plan.records[COURSES.name].values() if r.office is not None]
    if not course_ids:
        return
    suspect: set[uuid.UUID] = set()
    for spec in CHILDREN:
        matched: dict[uuid.UUID, int] = {}
        for record in plan.records[spec.name].values():
            if record.office is not None and record.course_id is not None:
                matched[record.course_id] = matched.get(record.course_id, 0) + 1
        course = _course_of(spec)
        for chunk in _chunks(course_ids):
            query = _under_courses(spec, select(course, func.count()).select_from(spec.table))
            for course_id, count in session.execute(query.where(course.in_(chunk)).group_by(course)):
                if count != matched.get(course_id, 0):
                    suspect.add(course_id)
    if not suspect:
        return
    for spec in CHILDREN:
        incoming = plan.records[spec.name]
        course = _course_of(spec)
        missing: list[uuid.UUID] = []  # first only the keys: most records of a suspect course are in the package
        for chunk in _chunks(sorted(suspect)):
            ids = session.execute(_under_courses(spec, select(spec.table.c.id)).where(course.in_(chunk))).scalars()
            missing.extend(i for i in ids if i not in incoming)
        query = _under_courses(
            spec, _content_select(spec).add_columns(spec.table.c.sync_digest, course.label("_course_id"))
        )
        if lock and session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(of=spec.table)
        found: dict[uuid.UUID, Gone] = {}
        for chunk in _chunks(missing):
            for row in session.execute(query.where(spec.table.c.id.in_(chunk))):
                mapping = row._mapping
                office = {key: plain(mapping[name]) for name, key in spec.keys.items()}
                origin, synced = mapping["origin"], mapping["sync_digest"]
                if origin != plan.installation_id and not (origin is None and synced is not None):
                    status = UNCHANGED  # entered here (or by another installation): the school never had it
                elif synced is not None and digest(office) == synced:
                    status = DELETED
                else:
                    status = CONFLICTING
                found[mapping["id"]] = Gone(mapping["id"], mapping["_course_id"], office, status)
        plan.gone[spec.name] = found
    # A segment or enrollment keeps its place while an absence under it stays here.
    staying = [g for g in plan.gone[ATTENDANCE.name].values() if g.status != DELETED]
    held = {uuid.UUID(g.office[key]) for g in staying for key in ("enrollment_id", "segment_id")}
    blocked: set[uuid.UUID] = set()
    for spec in (ENROLLMENTS, SEGMENTS):
        for gone in plan.gone[spec.name].values():
            if gone.status == DELETED and gone.id in held:
                gone.status = CONFLICTING
                blocked.add(gone.id)
                _gone_conflict(
                    plan,
                    spec,
                    gone,
                    translate("services.packages.importing", "學校已刪除此筆，但本處仍有其下的出缺席資料，未刪除"),
                )
    for spec in CHILDREN:
        for gone in plan.gone[spec.name].values():
            if gone.status == CONFLICTING and gone.id not in blocked:
                _gone_conflict(
                    plan,
                    spec,
                    gone,
                    translate("services.packages.importing", "學校已刪除此筆，但本處在上次傳報後修改了此筆，未刪除"),
                )


def _gone_label(plan: Plan, spec: TableSpec, gone: Gone) -> str:
    course = plan.records[COURSES.name].get(gone.course_id)
    prefix = f"{course.content['code']} " if course else ""
    if spec is SEGMENTS:
        return f"{prefix}{gone.office['label']}"
    if spec is ENROLLMENTS:
        return f"{prefix}{gone.office['teacher']}"

    def content_of(other: TableSpec, key: str) -> dict[str, Any]:
        record_id = uuid.UUID(gone.office[key])
        record = plan.records[other.name].get(record_id)
        if record is not None:
            return record.content
        left = plan.gone.get(other.name, {}).get(record_id)
        return left.office if left is not None else {}

    who = content_of(ENROLLMENTS, "enrollment_id").get("teacher", "")
    where = content_of(SEGMENTS, "segment_id").get("label", "")
    return f"{prefix}{who} {where}".strip()


def _gone_conflict(plan: Plan, spec: TableSpec, gone: Gone, reason: str) -> None:
    plan.conflicts.append(Conflict(spec.name, str(gone.id), _gone_label(plan, spec, gone), "", None, None, reason))


def _collide(plan: Plan, spec: TableSpec, record: Incoming, key: str, other: object) -> None:
    record.status = CONFLICTING
    plan.conflicts.append(
        Conflict(
            spec.name,
            str(record.id),
            _label(spec, record, plan.records),
            key,
            str(other),
            record.content.get(key),
            translate("services.packages.importing", "本單位已有另一筆資料使用相同的{key}（{other}）").format(
                key=key, other=other
            ),
        )
    )


def _natural_keys(session: Session, plan: Plan) -> None:
    """A new or changed record whose unique key another record here already holds is conflicting."""
    writing = {spec.name: [r for r in plan.records[spec.name].values() if r.status in (NEW, CHANGED)] for spec in SPECS}
    leaving = {g.id for spec in SPECS for g in plan.deleting(spec)}  # deleted before anything is written
    courses = writing[COURSES.name]
    taken: dict[str, uuid.UUID] = {}
    for chunk in _chunks([r.content["code"] for r in courses]):
        taken.update(session.execute(select(Course.code, Course.id).where(Course.code.in_(chunk))).all())
    for record in courses:
        other = taken.get(record.content["code"])
        if other is not None and other != record.id:
            _collide(plan, COURSES, record, "code", other)
    course_ids = list(plan.records[COURSES.name])
    checks: list[tuple[TableSpec, Any, tuple[str, ...]]] = [
        (SEGMENTS, Segment.course_id, ("course_id", "label")),
        (ENROLLMENTS, Enrollment.course_id, ("course_id", "teacher_id")),
        (ENROLLMENTS, Enrollment.course_id, ("course_id", "seat_no")),
    ]
    for spec, parent, names in checks:
        if not writing[spec.name]:
            continue
        held: dict[tuple[Any, ...], uuid.UUID] = {}
        columns = [spec.table.c[n] for n in names]
        for chunk in _chunks(course_ids):
            for row in session.execute(select(spec.table.c.id, *columns).where(parent.in_(chunk))):
                held[tuple(row[1:])] = row[0]
        for record in writing[spec.name]:
            other = held.get(tuple(record.values[n] for n in names))
            if other is not None and other != record.id and other not in leaving:
                _collide(plan, spec, record, spec.keys[names[-1]], other)
    if writing[ATTENDANCE.name]:
        held = {}
        enrollment_ids = list(plan.records[ENROLLMENTS.name])
        for chunk in _chunks(enrollment_ids):
            for row in session.execute(
                select(Absence.id, Absence.enrollment_id, Absence.segment_id).where(Absence.enrollment_id.in_(chunk))
            ):
                held[(row[1], row[2])] = row[0]
        for record in writing[ATTENDANCE.name]:
            other = held.get((record.values["enrollment_id"], record.values["segment_id"]))
            if other is not None and other != record.id and other not in leaving:
                _collide(plan, ATTENDANCE, record, "segment_id", other)


def _skip_dependants(plan: Plan) -> None:
    """A new record whose new parent is left out (conflicting) cannot be written either."""
    skipped = {
        r.id for spec in SPECS for r in plan.records[spec.name].values() if r.status == CONFLICTING and r.office is None
    }
    if not skipped:
        return
    for spec in SPECS[1:]:
        for record in plan.records[spec.name].values():
            if record.status == NEW and any(record.values.get(p) in skipped for p in spec.parents):
                record.status = CONFLICTING
                skipped.add(record.id)
                plan.conflicts.append(
                    Conflict(
                        spec.name,
                        str(record.id),
                        _label(spec, record, plan.records),
                        "",
                        None,
                        None,
                        translate("services.packages.importing", "所屬的資料有衝突未匯入，此筆也不匯入"),
                    )
                )


def _months(session: Session, plan: Plan) -> None:
    """Count the new, changed and deleted records of courses in a locked month (the course's month here and in the package)."""
    months: dict[uuid.UUID, set[tuple[int, int]]] = {}
    for record in plan.records[COURSES.name].values():
        start = record.values["start_at"]
        found = {(start.year, start.month)}
        if record.office is not None:
            office_start = datetime.fromisoformat(record.office["start_at"])
            found.add((office_start.year, office_start.month))
        months[record.id] = found
    locked_months = {
        month
        for month in set().union(*months.values())
        if is_locked(session, plan.org.county_code, datetime(month[0], month[1], 1).date())
    }
    if not locked_months:
        return
    shown: set[tuple[int, int]] = set()
    for spec in SPECS:
        touched = [r.course_id for r in plan.records[spec.name].values() if r.status in (NEW, CHANGED)]
        touched += [g.course_id for g in plan.deleting(spec)]  # a deletion is a change of the month too
        for course_id in touched:
            if course_id is not None:
                hit = months[course_id] & locked_months
                if hit:
                    plan.locked[spec.name] = plan.locked.get(spec.name, 0) + 1
                    shown |= hit
    plan.locked_months = [
        translate("services.packages.importing", "{year}年{month}月").format(year=y - ROC_OFFSET, month=m)
        for y, m in sorted(shown)
    ]


def preview_import(session: Session, user: CurrentUser, path: str | Path, cancel: Cancel | None = None) -> Preview:
    """What importing the package at ``path`` would do, per table; writes nothing. Refuses (UserError) a package
    that does not verify, naming every problem."""
    with no_cyclic_gc():
        return _plan(session, user, path, lock=False, cancel=cancel).preview()


# --- applying ---------------------------------------------------------------------------------------------


def import_package(
    session: Session,
    user: CurrentUser,
    path: str | Path,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Imported:
    """Verify the package at ``path`` and apply its new and changed records in the caller's transaction, all
    or nothing, keeping their origin and capture time; conflicting records stay as they are here (listed in
    the result). Refused when the package does not verify, or when a new or changed record falls in a locked
    month (open an amendment first). Importing the same file again changes nothing."""
    with no_cyclic_gc(), _large_page_cache(session):
        return _import(session, user, path, progress, cancel)


#: SQLite's page cache during an import, in KiB (its default is 2 MiB).
IMPORT_CACHE_KIB = 64 * 1024


@contextmanager
def _large_page_cache(session: Session) -> Iterator[None]:
    """On SQLite, a page cache of 64 MiB for the import's connection while it runs.

    A county month writes some 320,000 rows and their index entries (the audit log's hashes and record ids
    land all over their indexes) in one transaction; with the default 2 MiB cache SQLite keeps evicting and
    re-reading the pages it is about to change again. The setting is the connection's, not the file's, and
    is put back afterwards (the connection returns to the pool); after a failed flush the transaction waits
    for the caller's rollback and is left alone (a larger cache is harmless).
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection()
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        if session.is_active and not connection.closed and not connection.invalidated:
            connection.exec_driver_sql(f"PRAGMA cache_size={int(before)}")


def _import(
    session: Session, user: CurrentUser, path: str | Path, progress: Progress | None, cancel: Cancel | None
) -> Imported:
    plan = _plan(session, user, path, lock=True, cancel=cancel)
    preview = plan.preview()
    if plan.already_applied:
        return Imported(preview, 0, 0)
    if plan.locked_months:
        raise UserError(
            translate(
                "services.packages.importing",
                "{months}的傳報已確認並鎖定，此傳報檔有該月份新增或修改的資料，未匯入任何資料。"
                "如需更正，請先依公文（文號與日期）開啟更正案。",
            ).format(months="、".join(plan.locked_months)),
            field="FILE",
        )
    now = utcnow()
    actor = user.actor(AuditSource.SYNC)
    reason = translate("services.packages.importing", "傳報檔 {sha}").format(sha=plan.opened.sha256)
    applied = [r for spec in SPECS for r in plan.records[spec.name].values() if r.status in (NEW, CHANGED)]
    summary = preview.counts()
    summary["conflicts"] = len(preview.conflicts)
    summary["created_at"] = _manifest_text(plan.opened.manifest, "created_at")
    package_id = uuid.uuid4()
    try:
        session.execute(
            insert(AppliedPackage).values(
                id=package_id,
                sha256=plan.opened.sha256,
                installation_id=plan.installation_id,
                organization_id=plan.org.id,
                period_from=plan.period[0][:7],
                period_to=plan.period[1][:7],
                applied_at=now,
                applied_by_id=user.office_user_id,
                records=len(applied),
                summary=summary,
            )
        )
    except IntegrityError:  # another clerk applied it meanwhile (the unique hash waited for their commit)
        raise ConflictError(
            translate("services.packages.importing", "此傳報檔剛由另一位承辦人匯入，未重複匯入。"), field="FILE"
        ) from None
    changes: list[audit.Change] = []
    if plan.new_teachers:
        insert_rows(
            session, table_of(Teacher), [dict(t) for t in plan.new_teachers], {"created_at": now, "updated_at": now}
        )
        for t in plan.new_teachers:
            changes.append(
                audit.Change(
                    "teacher",
                    t["id"],
                    "create",
                    new={"national_id": t["national_id"], "name": t["name"]},
                    reason=reason,
                )
            )
    deleted = _delete(session, plan, reason, changes)
    total, done = len(applied), 0
    for spec in SPECS:
        try:
            done += _apply(session, spec, plan, now, reason, changes)
        except (IntegrityError, DataError, OverflowError) as exc:
            raise UserError(
                translate(
                    "services.packages.importing",
                    "傳報檔的 {part} 無法寫入資料庫（{error}）：可能另一位承辦人同時匯入了相同的資料，"
                    "或檔案中的資料不符資料庫的規則。未匯入任何資料。",
                ).format(part=spec.part, error=str(getattr(exc, "orig", exc)).splitlines()[0][:200]),
                field="FILE",
            ) from None
        if progress:
            progress(done, total)
        if cancel and cancel():
            raise PackageCancelled(translate("services.packages.importing", "已取消匯入，未寫入任何資料。"))
    changes.append(
        audit.Change(PACKAGE_ENTITY, package_id, "apply", new={"sha256": plan.opened.sha256, **summary}, reason=reason)
    )
    try:
        entries = audit.record_many(session, actor, changes)
        session.flush()
    except IntegrityError:
        raise ConflictError(
            translate(
                "services.packages.importing", "另一位承辦人同時匯入了相同的資料，未匯入任何資料；請重新預覽後再匯入。"
            ),
            field="FILE",
        ) from None
    return Imported(preview, len(applied), entries, deleted)


def _delete(session: Session, plan: Plan, reason: str, changes: list[audit.Change]) -> int:
    """Delete what the school deleted (children first), before anything is written: a new record may take the
    key (a seat number, a segment's label) a deleted one held."""
    done = 0
    for spec in CHILDREN:
        gone = plan.deleting(spec)
        for chunk in _chunks([g.id for g in gone]):
            session.execute(delete(spec.table).where(spec.table.c.id.in_(chunk)))
        for record in gone:
            changes.append(audit.Change(spec.entity, record.id, "delete", old=record.office, new=None, reason=reason))
        done += len(gone)
    return done


def _apply(
    session: Session, spec: TableSpec, plan: Plan, now: datetime, reason: str, changes: list[audit.Change]
) -> int:
    table = spec.table
    stamped = "created_at" in table.c
    shared: dict[str, Any] = {"created_at": now, "updated_at": now} if stamped else {}
    if spec is COURSES:
        shared["version"] = 1
    new_rows = []
    changed = []
    for record in plan.records[spec.name].values():
        if record.status == NEW:
            row = {
                **record.values,
                "id": record.id,
                "origin": record.origin,
                "captured_at": record.captured_at,
                "sync_digest": record.digest,
            }
            new_rows.append(row)
            changes.append(
                audit.Change(
                    spec.entity,
                    record.id,
                    "import",
                    new=_compared(spec, record.content),
                    new_json=record.canonical,
                    reason=reason,
                )
            )
        elif record.status == CHANGED:
            changed.append(record)
    for chunk in _chunks(new_rows, 10_000):
        insert_rows(session, table, chunk, shared)
    if changed:
        names = [n for n in spec.keys if not (spec is COURSES and n in OFFICE_OWNED)]
        values: dict[str, Any] = {n: bindparam(f"v_{n}") for n in names}
        values["sync_digest"] = bindparam("v_sync_digest")
        statement = update(table).where(table.c.id == bindparam("b_id"))
        if stamped:
            values["updated_at"] = bindparam("v_updated_at")
        if spec is COURSES:
            statement = statement.where(table.c.version == bindparam("b_version"))
            values["version"] = table.c.version + 1
        params = []
        for record in changed:
            param = {f"v_{n}": record.values[n] for n in names}
            param.update(b_id=record.id, v_sync_digest=record.digest, b_version=record.office_version)
            if stamped:
                param["v_updated_at"] = now
            params.append(param)
            office = record.office or {}
            compared = _compared(spec, record.content)
            old = {k: office.get(k) for k in compared if office.get(k) != compared[k]}
            changes.append(
                audit.Change(
                    spec.entity, record.id, "import", old=old, new={k: compared[k] for k in old}, reason=reason
                )
            )
        if spec is COURSES:
            for param in params:  # one by one: each must still be the version the plan read
                if cast(CursorResult[Any], session.execute(statement.values(values), param)).rowcount != 1:
                    raise ConflictError(
                        translate(
                            "services.packages.importing",
                            "另一位承辦人剛修改了此傳報檔中的課程，未匯入任何資料；請重新預覽後再匯入。",
                        ),
                        field="FILE",
                    )
        else:
            session.execute(statement.values(values), params)
    return len(new_rows) + len(changed)
