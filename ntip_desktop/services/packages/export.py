"""Exporting a report package: an organisation's courses of a month (or a range) with their segments,
enrollments and attendance, signed with this installation's key (docs/packages.md)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import (
    Absence,
    AwardStatus,
    Course,
    Enrollment,
    HourAward,
    Organization,
    Segment,
    Teacher,
)
from ntip_desktop.models.base import utcnow
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.files import output_file, write_atomically
from ntip_desktop.services.gc_pause import no_cyclic_gc
from ntip_desktop.services.packages import container, identity, records
from ntip_desktop.services.packages.access import check_export, organization_by_code
from ntip_desktop.services.packages.records import ATTENDANCE, COURSES, ENROLLMENTS, SEGMENTS, TableSpec, plain

#: ``progress(done, total)``: records written so far; ``cancel()``: asked between tables and chunks.
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
#: At most this many teachers in one national teacher list (the national back end's limit).
NATIONAL_CHUNK = 255


class PackageCancelled(UserError):
    """The person cancelled: nothing was written."""


@dataclass(frozen=True)
class Period:
    """The months a package covers, first and last inclusive (``(2026, 10)``)."""

    first: tuple[int, int]
    last: tuple[int, int]

    @staticmethod
    def of(value: Period | tuple[int, int] | tuple[tuple[int, int], tuple[int, int]]) -> Period:
        if isinstance(value, Period):
            period = value
        elif isinstance(value[0], tuple):
            period = Period(value[0], value[1])
        else:
            period = Period(value, value)
        for year, month in (period.first, period.last):
            if not (1 <= month <= 12 and 1912 <= year <= 9999):
                raise UserError(
                    translate("services.packages.export", "月份不正確：{year}-{month}").format(year=year, month=month),
                    field="--month",
                )
        if period.last < period.first:
            raise UserError(translate("services.packages.export", "期間的結束月份早於開始月份"), field="--month")
        return period

    @property
    def start(self) -> datetime:
        return datetime(*self.first, 1)

    @property
    def end(self) -> datetime:
        """The first moment after the period."""
        year, month = self.last
        return datetime(year + 1, 1, 1) if month == 12 else datetime(year, month + 1, 1)

    def text(self) -> tuple[str, str]:
        return f"{self.first[0]:04d}-{self.first[1]:02d}", f"{self.last[0]:04d}-{self.last[1]:02d}"


@dataclass(frozen=True)
class Exported:
    """What :func:`export_package` wrote."""

    path: Path
    sha256: str
    installation_id: str
    organization_code: str
    period: tuple[str, str]
    counts: dict[str, int]
    national_files: int


def _content_select(spec: TableSpec) -> Select[Any]:
    columns: list[Any] = [spec.table.c.id, spec.table.c.origin, spec.table.c.captured_at]
    if spec is COURSES:
        columns += [spec.table.c.version, spec.table.c.created_at]
    if spec is ENROLLMENTS:
        columns += [
            spec.table.c.created_at,
            Teacher.name.label("_teacher_name"),
            Teacher.employment.label("_teacher_employment"),
        ]
    for column in spec.content_columns():
        if column.name == "organizer_id":
            columns.append(Organization.code.label("organizer_id"))
        elif column.name == "teacher_id":
            columns.append(Teacher.national_id.label("teacher_id"))
        else:
            columns.append(column)
    query = select(*columns)
    if spec is COURSES:
        query = query.join(Organization, Organization.id == Course.organizer_id)
    if spec is ENROLLMENTS:
        query = query.join(Teacher, Teacher.id == Enrollment.teacher_id)
    return query


def encode_row(spec: TableSpec, row: Any, origin: str, fallback_time: datetime) -> dict[str, Any]:
    """One line of a part from a row of :func:`_content_select`."""
    mapping = row._mapping
    content = {key: plain(mapping[name]) for name, key in spec.keys.items()}
    captured = mapping["captured_at"] or mapping.get("created_at") or fallback_time
    line: dict[str, Any] = {
        "id": str(mapping["id"]),
        "origin": str(mapping["origin"]) if mapping["origin"] else origin,
        "captured_at": plain(captured),
        "content": content,
    }
    if spec is COURSES:
        line["version"] = mapping["version"]
    if spec is ENROLLMENTS:
        line["teacher"] = {"name": mapping["_teacher_name"], "employment": plain(mapping["_teacher_employment"])}
    return line


def export_package(
    session: Session,
    user: CurrentUser,
    org_code: str,
    period: Period | tuple[int, int] | tuple[tuple[int, int], tuple[int, int]],
    out_path: str | Path,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Exported:
    """Write ``org_code``'s courses starting in ``period`` (a ``(year, month)`` or a :class:`Period`) with their
    segments, enrollments and attendance as a signed package at ``out_path`` (whole or not at all)."""
    org = organization_by_code(session, org_code)
    check_export(user, org)
    span = Period.of(period)
    with no_cyclic_gc():
        return _export(session, org, span, out_path, progress, cancel)


def _export(
    session: Session,
    org: Organization,
    span: Period,
    out_path: str | Path,
    progress: Progress | None,
    cancel: Cancel | None,
) -> Exported:
    out = output_file(out_path, "--out")
    me = identity.load_or_create_identity()
    origin = str(me.installation_id)
    now = utcnow()
    courses = select(Course.id).where(
        Course.organizer_id == org.id, Course.start_at >= span.start, Course.start_at < span.end
    )
    queries = {
        COURSES.name: _content_select(COURSES).where(Course.id.in_(courses)).order_by(Course.start_at, Course.code),
        SEGMENTS.name: _content_select(SEGMENTS)
        .where(Segment.course_id.in_(courses))
        .order_by(Segment.course_id, Segment.start_at, Segment.label),
        ENROLLMENTS.name: _content_select(ENROLLMENTS)
        .where(Enrollment.course_id.in_(courses))
        .order_by(Enrollment.course_id, Enrollment.seat_no),
        ATTENDANCE.name: _content_select(ATTENDANCE)
        .join(Enrollment, Enrollment.id == Absence.enrollment_id)
        .where(Enrollment.course_id.in_(courses))
        .order_by(Absence.enrollment_id, Absence.segment_id),
    }
    parts: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    done = 0
    for spec in records.SPECS:
        if cancel and cancel():
            raise PackageCancelled(translate("services.packages.export", "已取消匯出，未寫出任何檔案。"))
        lines = []
        for row in session.execute(queries[spec.name]):
            lines.append(json.dumps(encode_row(spec, row, origin, now), ensure_ascii=False, separators=(",", ":")))
        parts[spec.part] = ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
        counts[spec.name] = len(lines)
        done += len(lines)
        if progress:
            progress(done, done)
    national = _national_parts(session, org, queries[COURSES.name])
    parts.update(national)
    first, last = span.text()
    manifest = {
        "format": container.FORMAT,
        "format_version": container.FORMAT_VERSION,
        "organization": {"code": org.code, "name": org.name},
        "period": {"from": first, "to": last},
        "installation": origin,
        "created_at": plain(now),
        "counts": counts,
        "parts": {name: container.part_entry(data) for name, data in parts.items()},
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    data = container.build_zip(manifest_bytes, me.sign(manifest_bytes), parts)
    if cancel and cancel():
        raise PackageCancelled(translate("services.packages.export", "已取消匯出，未寫出任何檔案。"))
    write_atomically(out, data, field="--out")
    return Exported(
        path=out,
        sha256=hashlib.sha256(data).hexdigest(),
        installation_id=origin,
        organization_code=org.code,
        period=(first, last),
        counts=counts,
        national_files=len(national),
    )


def _national_parts(session: Session, org: Organization, course_query: Select[Any]) -> dict[str, bytes]:
    """The national back end's layout (docs/packages.md): ``national/courses.csv``, one row a course, and per
    course ``national/<code>-NN.txt``, lines ``ID-hours`` of the hours awarded, at most 255 a file."""
    course_rows = session.execute(
        select(Course.id, Course.code, Course.title, Course.start_at, Course.end_at, Course.venue)
        .where(Course.id.in_(course_query.with_only_columns(Course.id).order_by(None)))
        .order_by(Course.start_at, Course.code)
    ).all()
    awards: dict[Any, list[tuple[str, int]]] = {}
    for course_id, national_id, hours in session.execute(
        select(HourAward.course_id, Teacher.national_id, HourAward.hours)
        .join(Teacher, Teacher.id == HourAward.teacher_id)
        .where(
            HourAward.course_id.in_([row.id for row in course_rows]),
            HourAward.status.in_([AwardStatus.AWARDED, AwardStatus.CAPPED]),
            HourAward.hours > 0,
        )
        .order_by(HourAward.course_id, Teacher.national_id)
    ):
        awards.setdefault(course_id, []).append((national_id, hours))
    table = io.StringIO()
    writer = csv.writer(table, lineterminator="\r\n")
    writer.writerow(["課程代碼", "研習名稱", "開始時間", "結束時間", "地點", "主辦單位代碼", "核給人數", "教師名單檔"])
    parts: dict[str, bytes] = {}
    for row in course_rows:
        people = awards.get(row.id, [])
        files = []
        for n, start in enumerate(range(0, len(people), NATIONAL_CHUNK), start=1):
            name = f"national/{row.code}-{n:02d}.txt"
            chunk = people[start : start + NATIONAL_CHUNK]
            parts[name] = "".join(f"{nid}-{hours}\r\n" for nid, hours in chunk).encode("utf-8")
            files.append(name.removeprefix("national/"))
        writer.writerow(
            [
                row.code,
                row.title,
                row.start_at.strftime("%Y-%m-%d %H:%M"),
                row.end_at.strftime("%Y-%m-%d %H:%M"),
                row.venue,
                org.code,
                len(people),
                " ".join(files),
            ]
        )
    return {"national/courses.csv": ("\ufeff" + table.getvalue()).encode("utf-8"), **parts}
