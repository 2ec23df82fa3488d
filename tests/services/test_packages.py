"""Report packages (docs/packages.md): a coordinator's database → a signed package → the office's database.

The coordinator's laptop is its own SQLite file (the world of tests/attendance_world.py: 建國中學's course of
2026-03-02 with its segments, three teachers and their absences); the office is the ``database`` fixture
(both engines) with the same organisations and users but none of the records. The tests run as one
installation (the run's configuration folder), which the office registers as 建國中學's.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import uuid
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from account_world import SCHOOL_KHH, SCHOOL_TPE, build_world
from attendance_world import AttendanceWorld, build_world_with_two_absences
from sqlalchemy import func, select, update

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.labels import label
from ntip_desktop.models import (
    Absence,
    AbsenceReason,
    AuditEntry,
    AuditSource,
    Course,
    Enrollment,
    Organization,
    ReportMonth,
    ReportState,
    Segment,
    Teacher,
)
from ntip_desktop.services import audit, audit_words, packages
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.db import Database

MONTH = (2026, 3)


@pytest.fixture
def coordinator_db(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "coordinator.sqlite3"
    shutil.copy(sqlite_template, path)
    db = Database(str(path))
    yield db
    db.dispose()


@pytest.fixture
def school(coordinator_db: Database) -> AttendanceWorld:
    """The coordinator's laptop: one course, three teachers, two absences."""
    world = build_world_with_two_absences(coordinator_db)
    return world


@pytest.fixture
def office(database: Database) -> Any:
    """The office: organisations and users, none of the school's records; 建國中學's installation registered."""
    world = build_world(database)
    with database.session() as s:
        packages.trust_installation(s, world.clerk, packages.installation_line(), SCHOOL_TPE)
    return world


def export(db: Database, user: CurrentUser, path: Path, month: tuple[int, int] = MONTH) -> packages.Exported:
    with db.session() as s:
        return packages.export_package(s, user, SCHOOL_TPE, month, path)


def rows(db: Database) -> dict[str, dict[uuid.UUID, dict[str, Any]]]:
    """Every course, segment, enrollment and absence by UUID, with what a person would compare; the teacher by
    national ID (each database has its own teacher rows)."""
    found: dict[str, dict[uuid.UUID, dict[str, Any]]] = {}
    skip = {"created_at", "updated_at", "version", "sync_digest", "teacher_id", "origin", "organizer_id"}
    with db.session() as s:
        for name, model in (("courses", Course), ("segments", Segment), ("attendance", Absence)):
            found[name] = {
                obj.id: {c.key: getattr(obj, c.key) for c in model.__table__.c if c.key not in skip}
                for obj in s.execute(select(model)).scalars()
            }
        found["enrollments"] = {
            e.id: {
                "course_id": e.course_id,
                "seat_no": e.seat_no,
                "completed": e.completed,
                "teacher": nid,
                "name": name,
            }
            for e, nid, name in s.execute(select(Enrollment, Teacher.national_id, Teacher.name).join(Teacher)).all()
        }
        organizers = dict(s.execute(select(Course.id, Organization.code).join(Organization)).all())
    for course_id, course in found["courses"].items():
        course["organizer"] = organizers[course_id]
    return found


def test_round_trip_brings_every_record_with_its_uuid_values_and_capture_time(
    coordinator_db: Database, school: AttendanceWorld, office: Any, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "建國-2026-03.ntip.zip"
    exported = export(coordinator_db, school.coordinator, path)
    assert exported.counts == {"courses": 1, "segments": 5, "enrollments": 3, "attendance": 2}

    with database.session() as s:
        report = packages.verify_package(s, office.clerk, path)
    assert report.ok, report.problems
    assert report.trusted and report.organization_code == SCHOOL_TPE and report.period == ("2026-03", "2026-03")

    with database.session() as s:
        preview = packages.preview_import(s, office.clerk, path)
    assert preview.counts()["new"] == 11 and preview.counts()["conflicting"] == 0
    assert preview.new_teachers == 3

    with database.session() as s:
        done = packages.import_package(s, office.clerk, path)
    assert done.applied == 11

    there, here = rows(coordinator_db), rows(database)
    assert here == there  # record by record: same UUIDs, same values, same capture times
    with database.session() as s:
        origins = set(s.execute(select(Absence.origin)).scalars()) | set(s.execute(select(Course.origin)).scalars())
        sources = s.execute(
            select(AuditEntry.entity, func.count())
            .where(AuditEntry.source == AuditSource.SYNC)
            .group_by(AuditEntry.entity)
        ).all()
        reasons = set(s.execute(select(AuditEntry.reason).where(AuditEntry.source == AuditSource.SYNC)).scalars())
        chain = audit.verify(s, office.admin)
    assert origins == {uuid.UUID(exported.installation_id)}
    assert dict(sources) == {
        "course": 1,
        "segment": 5,
        "enrollment": 3,
        "absence": 2,
        "teacher": 3,
        "report_package": 1,
    }
    assert all(exported.sha256 in reason for reason in reasons)
    assert chain.ok, chain.explanation()
    # each imported absence is listed with its fields in the package's order (stored with its keys sorted)
    with database.session() as s:
        absences = audit.list_entries(s, office.admin, audit.AuditFilter(entity="absence"))
    assert len(absences) == 2 and list(absences[0].new or {}) == ["enrollment_id", "minutes", "reason", "segment_id"]
    lines = audit_words.change_lines(absences[0])
    assert [field for field, _old, _new in lines] == ["研習人員", "時段", "缺席分鐘", "缺席原因"]
    assert lines[3][2] in {label(reason) for reason in AbsenceReason}  # 請假 or 曠課, not the stored code


def test_the_same_package_twice_changes_nothing(
    coordinator_db: Database, school: AttendanceWorld, office: Any, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "p.zip"
    export(coordinator_db, school.coordinator, path)
    with database.session() as s:
        packages.import_package(s, office.clerk, path)
    with database.session() as s:
        entries = s.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    before = rows(database)
    with database.session() as s:
        again = packages.import_package(s, office.clerk, path)
    assert again.applied == 0 and again.preview.already_applied
    assert rows(database) == before
    with database.session() as s:
        assert s.execute(select(func.count()).select_from(AuditEntry)).scalar_one() == entries
    # a new export of unchanged data is another file, but brings nothing new either
    export(coordinator_db, school.coordinator, tmp_path / "q.zip")
    with database.session() as s:
        third = packages.import_package(s, office.clerk, tmp_path / "q.zip")
    assert third.applied == 0 and third.preview.counts()["unchanged"] == 11


def test_the_import_leaves_the_sqlite_page_cache_of_its_connection_as_it_found_it(
    coordinator_db: Database, school: AttendanceWorld, office: Any, database: Database, tmp_path: Path
) -> None:
    if database.dialect != "sqlite":
        pytest.skip("the page cache is SQLite's")
    export(coordinator_db, school.coordinator, tmp_path / "p.zip")
    with database.session() as s:
        before = s.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()
        assert packages.import_package(s, office.clerk, tmp_path / "p.zip").applied == 11
        assert s.connection().exec_driver_sql("PRAGMA cache_size").scalar_one() == before


def test_a_later_package_updates_what_the_office_left_alone_and_lists_both_edits_as_a_conflict(
    coordinator_db: Database, school: AttendanceWorld, office: Any, database: Database, tmp_path: Path
) -> None:
    export(coordinator_db, school.coordinator, tmp_path / "1.zip")
    with database.session() as s:
        packages.import_package(s, office.clerk, tmp_path / "1.zip")
    with coordinator_db.session() as s:  # the school corrects the venue and one absence
        s.execute(update(Course).values(venue="視聽教室"))
        s.execute(update(Absence).where(Absence.minutes == 30).values(minutes=45))
        s.execute(update(Segment).where(Segment.label == "S2").values(topic="學校改的主題"))
    with database.session() as s:  # the office corrects the same segment differently
        s.execute(update(Segment).where(Segment.label == "S2").values(topic="本單位改的主題"))
    export(coordinator_db, school.coordinator, tmp_path / "2.zip")
    with database.session() as s:
        preview = packages.preview_import(s, office.clerk, tmp_path / "2.zip")
    counts = preview.counts()["tables"]
    assert counts["courses"]["changed"] == 1 and counts["attendance"]["changed"] == 1
    assert counts["segments"]["conflicting"] == 1 and counts["segments"]["unchanged"] == 4
    [conflict] = preview.conflicts
    assert (conflict.field, conflict.office, conflict.package) == ("topic", "本單位改的主題", "學校改的主題")
    assert "S2" in conflict.label
    with database.session() as s:
        done = packages.import_package(s, office.clerk, tmp_path / "2.zip")
    assert done.applied == 2
    with database.session() as s:
        assert s.execute(select(Course.venue)).scalar_one() == "視聽教室"
        assert s.execute(select(Segment.topic).where(Segment.label == "S2")).scalar_one() == "本單位改的主題"
        assert sorted(s.execute(select(Absence.minutes)).scalars()) == [45, 90]


def _rewrite(source: Path, target: Path, change: Any) -> None:
    """Copy the package through ``change(name, data) -> data | None`` (None drops the member), CRCs made anew."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info))
            if data is not None:
                new.writestr(info.filename, data)


def _flip_one_byte(name: str, data: bytes) -> bytes:
    if name == "attendance.jsonl":
        return data.replace(b'"minutes":30', b'"minutes":10')
    return data


@pytest.mark.parametrize(
    ("how", "words"),
    [
        ("byte", "雜湊值不符"),
        ("added", "多出清單上沒有的檔"),
        ("dotdot", "不安全的路徑"),
        ("bomb", "ZIP 炸彈"),
        ("manifest", "簽章不符"),
    ],
)
def test_a_tampered_package_is_refused_with_a_message_and_nothing_written(
    coordinator_db: Database,
    school: AttendanceWorld,
    office: Any,
    database: Database,
    tmp_path: Path,
    how: str,
    words: str,
) -> None:
    good, bad = tmp_path / "good.zip", tmp_path / "bad.zip"
    export(coordinator_db, school.coordinator, good)
    if how == "byte":
        _rewrite(good, bad, _flip_one_byte)
    elif how == "manifest":
        _rewrite(good, bad, lambda n, d: d.replace(b'"name": "', b'"name": "X') if n == "manifest.json" else d)
    else:
        shutil.copy(good, bad)
        with zipfile.ZipFile(bad, "a") as archive:
            if how == "added":
                archive.writestr("extra.txt", b"hello")
            elif how == "dotdot":
                archive.writestr("../../evil.txt", b"owned")
            else:
                archive.writestr(zipfile.ZipInfo("bomb.bin"), b"\0" * (50 * 1024 * 1024), zipfile.ZIP_DEFLATED)
    with database.session() as s:
        report = packages.verify_package(s, office.clerk, bad)
    assert not report.ok and any(words in p for p in report.problems), report.problems
    with pytest.raises(UserError) as refused, database.session() as s:
        packages.import_package(s, office.clerk, bad)
    assert words in refused.value.message
    assert rows(database) == {"courses": {}, "segments": {}, "attendance": {}, "enrollments": {}}
    assert not (tmp_path.parent / "evil.txt").exists()


def test_a_file_that_is_no_package_says_so(office: Any, database: Database, tmp_path: Path) -> None:
    path = tmp_path / "not.zip"
    path.write_bytes(b"PK but not really a zip")
    with pytest.raises(packages.NotAPackage, match="不是傳報檔"), database.session() as s:
        packages.verify_package(s, office.clerk, path)


def test_an_unregistered_installation_is_named_and_refused(
    coordinator_db: Database,
    school: AttendanceWorld,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    office = build_world(database)
    monkeypatch.setenv("NTIP_CONFIG_DIR", str(tmp_path / "another-laptop"))
    exported = export(coordinator_db, school.coordinator, tmp_path / "p.zip")
    with database.session() as s:
        report = packages.verify_package(s, office.clerk, tmp_path / "p.zip")
    assert not report.ok and not report.trusted
    assert any(exported.installation_id in p and "未在本單位登錄" in p for p in report.problems)


def test_a_locked_month_is_refused_until_an_amendment_is_open(
    coordinator_db: Database, school: AttendanceWorld, office: Any, database: Database, tmp_path: Path
) -> None:
    export(coordinator_db, school.coordinator, tmp_path / "p.zip")
    with database.session() as s:
        s.add(ReportMonth(county_code="63", year=2026, month=3, state=ReportState.CONFIRMED, records=1))
    with database.session() as s:
        preview = packages.preview_import(s, office.clerk, tmp_path / "p.zip")
    assert preview.locked_months == ("115年3月",) and preview.counts()["locked"] == 11
    with pytest.raises(UserError, match="已確認並鎖定"), database.session() as s:
        packages.import_package(s, office.clerk, tmp_path / "p.zip")
    assert rows(database)["courses"] == {}
    with database.session() as s:  # the official letter opens an amendment: the month takes records again
        s.execute(update(ReportMonth).values(state=ReportState.AMENDING))
    with database.session() as s:
        assert packages.import_package(s, office.clerk, tmp_path / "p.zip").applied == 11


def test_scope_a_coordinator_exports_only_their_school_and_a_clerk_imports_only_their_district(
    coordinator_db: Database, school: AttendanceWorld, office: Any, database: Database, tmp_path: Path
) -> None:
    with pytest.raises(PermissionDenied), coordinator_db.session() as s:
        packages.export_package(s, school.coordinator, SCHOOL_KHH, MONTH, tmp_path / "x.zip")
    export(coordinator_db, school.coordinator, tmp_path / "p.zip")
    with pytest.raises(PermissionDenied), database.session() as s:
        packages.import_package(s, office.other_clerk, tmp_path / "p.zip")
    with pytest.raises(PermissionDenied), database.session() as s:
        packages.import_package(s, office.coordinator, tmp_path / "p.zip")


def test_the_national_layout_lists_id_hours_in_chunks_of_at_most_255(
    coordinator_db: Database, school: AttendanceWorld, tmp_path: Path
) -> None:
    from ntip_desktop.models import AwardStatus, HourAward

    with coordinator_db.session() as s:
        course_id = school.course.id
        teachers = [Teacher(national_id=f"B{100000000 + n:09d}"[:10], name=f"T{n}") for n in range(300)]
        s.add_all(teachers)
        s.flush()
        s.add_all(
            HourAward(
                teacher_id=t.id,
                course_id=course_id,
                hours=6,
                status=AwardStatus.AWARDED,
                rule_set_version="test",
                computed_at=datetime.now(UTC),
            )
            for t in teachers
        )
    path = tmp_path / "p.zip"
    exported = export(coordinator_db, school.coordinator, path)
    assert exported.national_files == 3  # the course table and two teacher lists
    with zipfile.ZipFile(path) as archive:
        first = archive.read(f"national/{school.course.code}-01.txt").decode().splitlines()
        second = archive.read(f"national/{school.course.code}-02.txt").decode().splitlines()
        table = archive.read("national/courses.csv").decode("utf-8-sig")
        manifest = json.loads(archive.read("manifest.json"))
    assert len(first) == 255 and len(second) == 45 and first[0].endswith("-6")
    assert school.course.code in table and "300" in table
    digest = hashlib.sha256(io.BytesIO("\r\n".join(first).encode() + b"\r\n").getvalue()).hexdigest()
    assert manifest["parts"][f"national/{school.course.code}-01.txt"]["sha256"] == digest


def test_an_older_package_is_refused_once_a_newer_one_is_in(
    coordinator_db: Database, school: AttendanceWorld, office: Any, database: Database, tmp_path: Path
) -> None:
    export(coordinator_db, school.coordinator, tmp_path / "old.zip")
    with coordinator_db.session() as s:
        s.execute(update(Course).values(venue="視聽教室"))
    export(coordinator_db, school.coordinator, tmp_path / "new.zip")
    with database.session() as s:
        packages.import_package(s, office.clerk, tmp_path / "new.zip")
    with pytest.raises(UserError, match="較新的傳報檔"), database.session() as s:
        packages.import_package(s, office.clerk, tmp_path / "old.zip")
    with database.session() as s:
        assert s.execute(select(Course.venue)).scalar_one() == "視聽教室"


def test_the_installation_key_is_made_once_outside_the_database_readable_by_its_user_only(
    installation_config: Path,
) -> None:
    line = packages.installation_line()
    key_file = installation_config / "package-key"
    assert key_file.exists() and (key_file.stat().st_mode & 0o777) == 0o600
    assert packages.installation_line() == line  # the same identity every time
    assert line.startswith("NTIP-INSTALLATION/1 id=")


def test_cancel_writes_nothing_and_progress_counts_up(
    coordinator_db: Database, school: AttendanceWorld, office: Any, database: Database, tmp_path: Path
) -> None:
    with pytest.raises(packages.PackageCancelled), coordinator_db.session() as s:
        packages.export_package(s, school.coordinator, SCHOOL_TPE, MONTH, tmp_path / "c.zip", cancel=lambda: True)
    assert not (tmp_path / "c.zip").exists()
    export(coordinator_db, school.coordinator, tmp_path / "p.zip")
    with pytest.raises(packages.PackageCancelled), database.session() as s:
        packages.import_package(s, office.clerk, tmp_path / "p.zip", cancel=lambda: True)
    assert rows(database)["courses"] == {}
    seen: list[tuple[int, int]] = []
    with database.session() as s:
        packages.import_package(
            s, office.clerk, tmp_path / "p.zip", progress=lambda done, total: seen.append((done, total))
        )
    assert seen[-1] == (11, 11) and [d for d, _ in seen] == sorted(d for d, _ in seen)


def _swap_ends(content: dict[str, Any]) -> None:
    content["start_at"], content["end_at"] = content["end_at"], content["start_at"]


def _text_minutes(content: dict[str, Any]) -> None:
    content["minutes"] = "九十"


@pytest.mark.parametrize(
    ("part", "change", "words"),
    [
        ("attendance.jsonl", _text_minutes, r"attendance\.jsonl 第 2 行有誤：minutes"),
        ("segments.jsonl", _swap_ends, r"segments\.jsonl 無法寫入資料庫"),
    ],
)
def test_a_record_that_does_not_fit_is_refused_naming_its_part(
    coordinator_db: Database,
    school: AttendanceWorld,
    office: Any,
    database: Database,
    tmp_path: Path,
    part: str,
    change: Any,
    words: str,
) -> None:
    """Even when signed: a coordinator's program of another version, or a bug, must not write nonsense."""
    from ntip_desktop.services.packages import container, identity

    good = tmp_path / "p.zip"
    export(coordinator_db, school.coordinator, good)
    with zipfile.ZipFile(good) as archive:
        parts = {n: archive.read(n) for n in archive.namelist() if n not in ("manifest.json", "signature")}
        manifest = json.loads(archive.read("manifest.json"))
    lines = parts[part].decode().splitlines()
    second = json.loads(lines[1])
    change(second["content"])
    lines[1] = json.dumps(second, ensure_ascii=False)
    parts[part] = ("\n".join(lines) + "\n").encode()
    manifest["parts"] = {n: container.part_entry(d) for n, d in parts.items()}
    manifest_bytes = json.dumps(manifest).encode()
    me = identity.load_or_create_identity()
    (tmp_path / "bad.zip").write_bytes(container.build_zip(manifest_bytes, me.sign(manifest_bytes), parts))
    with database.session() as s:
        assert packages.verify_package(s, office.clerk, tmp_path / "bad.zip").ok  # signed and whole …
    with pytest.raises(UserError, match=words), database.session() as s:
        packages.import_package(s, office.clerk, tmp_path / "bad.zip")  # … but not records this database takes
    assert rows(database)["courses"] == {}
