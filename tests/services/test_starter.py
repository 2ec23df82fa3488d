"""A school computer's first start from the office's signed starter file (docs/packages.md, 「學校電腦的第一次啟動」).

The office is a database holding three schools' data (tests/attendance_world.py: 建國中學's course with three
teachers and two absences, plus a course of 高雄中學 and one of 大安國小); the laptop is a fresh, migrated
database with nothing in it. The round trip runs office → starter file → laptop → one absence edited → report
package → office, with the laptop as an installation of its own (its own configuration folder).
"""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from account_world import ELEMENTARY_TPE, SCHOOL_KHH, SCHOOL_TPE
from attendance_world import DAY, AttendanceWorld, add_course, add_teachers, build_world_with_two_absences
from sqlalchemy import delete, func, select, update

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.models import (
    Absence,
    AuditEntry,
    AuditSource,
    County,
    Course,
    DistrictCenter,
    Enrollment,
    OfficeUser,
    Organization,
    Role,
    Segment,
    Teacher,
    TrustedInstallation,
)
from ntip_desktop.services import audit, auth, packages
from ntip_desktop.services.db import Database

PASSWORD = "laptop pass 1"


def _world(db: Database) -> AttendanceWorld:
    """建國中學's course with two absences; a course of 高雄中學 and one of 大安國小 beside it."""
    world = build_world_with_two_absences(db)
    others = add_teachers(db, 2, first=10)
    add_course(db, code="115K0001", title="高雄的研習", teacher_ids=others, org_code=SCHOOL_KHH)
    add_course(db, code="115E0001", title="大安的研習", teacher_ids=others, org_code=ELEMENTARY_TPE)
    return world


@pytest.fixture
def office_db(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "office.sqlite3"
    shutil.copy(sqlite_template, path)
    db = Database(str(path))
    yield db
    db.dispose()


@pytest.fixture
def laptop_db(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "laptop.sqlite3"
    shutil.copy(sqlite_template, path)
    db = Database(str(path))
    yield db
    db.dispose()


def _starter(db: Database, user: Any, path: Path) -> packages.StarterExported:
    with db.session() as s:
        return packages.export_starter(s, user, org_code=SCHOOL_TPE, coordinator_login="coord", out_path=path)


def _as_laptop(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """From here on this process is the school computer: an installation (and audit key) of its own."""
    monkeypatch.setenv("NTIP_CONFIG_DIR", str(tmp_path / "laptop-config"))


def _counts(db: Database) -> dict[str, int]:
    with db.session() as s:
        return {
            model.__tablename__: s.execute(select(func.count()).select_from(model)).scalar_one()
            for model in (Organization, County, DistrictCenter, Teacher, Course, Segment, Enrollment, Absence)
        }


def test_round_trip_office_starter_laptop_package_office(
    database: Database,
    laptop_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    installation_config: Path,
) -> None:
    office = _world(database)
    starter = tmp_path / "建國中學-設定檔.zip"
    made = _starter(database, office.clerk, starter)
    assert made.counts == {"courses": 1, "segments": 5, "enrollments": 3, "attendance": 2, "teachers": 4}
    assert made.fingerprint == packages.installation_fingerprint()

    _as_laptop(monkeypatch, tmp_path)
    contents = packages.read_starter(starter)
    assert (contents.organization_code, contents.coordinator_login) == (SCHOOL_TPE, "coord")
    assert contents.fingerprint == made.fingerprint and len(contents.fingerprint.split("-")) == 8
    with laptop_db.session() as s:
        coordinator = packages.start_from_starter(s, starter, password=PASSWORD)
    assert coordinator.role is Role.SCHOOL_COORDINATOR and coordinator.scope_label == "臺北市立建國高級中學"
    with laptop_db.session() as s:  # the coordinator signs in with the password chosen on the laptop
        assert auth.authenticate(s, "coord", PASSWORD).id == coordinator.id
        trusted = s.execute(select(TrustedInstallation)).scalar_one()
        assert str(trusted.id) == made.installation_id
        starter_entries = s.execute(
            select(AuditEntry.entity, AuditEntry.reason).where(AuditEntry.source == AuditSource.STARTER)
        ).all()
        assert audit.verify(s, auth.console_user()).ok  # the chain of the laptop's own key
    assert {entity for entity, _ in starter_entries} >= {"organization", "course", "absence", "starter_file"}
    assert all(made.sha256 in reason for _, reason in starter_entries)

    # the school edits one absence, clears another and reports the month from its own installation
    with laptop_db.session() as s:
        s.execute(update(Absence).where(Absence.minutes == 30).values(minutes=45))
        s.execute(delete(Absence).where(Absence.minutes == 90))
    with laptop_db.session() as s:
        laptop_line = packages.installation_line()
        package = packages.export_package(s, coordinator, SCHOOL_TPE, (DAY.year, DAY.month), tmp_path / "p.zip")
    monkeypatch.setenv("NTIP_CONFIG_DIR", str(installation_config))  # back at the office (the run's folder)
    with database.session() as s:
        packages.trust_installation(s, office.clerk, laptop_line, SCHOOL_TPE)
    with database.session() as s:
        done = packages.import_package(s, office.clerk, package.path)
    counts = done.preview.counts()
    assert (counts["changed"], counts["new"], counts["conflicting"], counts["unchanged"]) == (1, 0, 0, 9)
    assert counts["tables"]["attendance"]["changed"] == 1
    # the cleared one was the office's own record (no origin), taken to the school by the starter file
    assert counts["tables"]["attendance"]["deleted"] == 1 and done.deleted == 1
    with database.session() as s:
        assert sorted(s.execute(select(Absence.minutes)).scalars()) == [45]
        chain = audit.verify(s, office.admin)  # the office's entries, all with the office's own key
    assert chain.ok, chain.explanation()


def test_every_entry_of_the_first_start_has_the_source_starter_and_the_chain_verifies(
    database: Database, laptop_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = _world(database)
    made = _starter(database, office.clerk, tmp_path / "建國中學-設定檔.zip")
    _as_laptop(monkeypatch, tmp_path)
    with laptop_db.session() as s:
        packages.start_from_starter(s, made.path, password=PASSWORD)
    with laptop_db.session() as s:
        entries = s.execute(
            select(AuditEntry.source, AuditEntry.entity, AuditEntry.actor_name, AuditEntry.reason)
        ).all()
        chain = audit.verify(s, auth.console_user())
        only_starter = audit.AuditFilter(source=AuditSource.STARTER.value)  # as the 稽核紀錄 page filters
        shown = audit.count_entries(s, auth.console_user(), only_starter)
    assert chain.ok, chain.explanation()
    # the reference rows, the teachers, the coordinator, the trusted office key, the records and the start itself
    assert {source for source, *_ in entries} == {AuditSource.STARTER}
    assert {entity for _, entity, *_ in entries} >= {
        "district_center",
        "county",
        "organization",
        "teacher",
        "office_user",
        "trusted_installation",
        "course",
        "segment",
        "enrollment",
        "absence",
        "starter_file",
    }
    assert all(made.sha256 in reason and actor == "學校設定檔" for _, _, actor, reason in entries)
    assert shown == len(entries)
    # at the office the file's making is the clerk's own act, not a starter-file entry
    with database.session() as s:
        sources = set(s.execute(select(AuditEntry.source).where(AuditEntry.entity == "starter_file")).scalars())
    assert sources == {AuditSource.UI}


def test_the_laptop_holds_only_its_organisation(
    office_db: Database, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = _world(office_db)
    starter = tmp_path / "s.zip"
    _starter(office_db, office.admin, starter)
    _as_laptop(monkeypatch, tmp_path)
    with database.session() as s:
        packages.start_from_starter(s, starter, password=PASSWORD)
    assert _counts(database) == {
        "organizations": 1,
        "counties": 1,
        "district_centers": 1,
        "teachers": 4,  # 教師001…003 of the course (002 serves at 大安國小) and 教師011 of 建國中學
        "courses": 1,
        "segments": 5,
        "enrollments": 3,
        "absences": 2,
    }
    with database.session() as s:
        assert s.execute(select(Organization.code)).scalar_one() == SCHOOL_TPE
        assert s.execute(select(Course.code)).scalar_one() == "115T0001"
        own = s.execute(select(func.count()).select_from(Teacher).where(Teacher.organization_id.is_not(None)))
        assert own.scalar_one() == 3
        user = s.execute(select(OfficeUser)).scalar_one()
        assert (user.login, user.role, user.must_change_password) == ("coord", Role.SCHOOL_COORDINATOR, False)


def _flip(source: Path, target: Path) -> None:
    """One byte of the course part changed (the manifest and signature as they were)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "courses.jsonl":
                data = data.replace("素養".encode(), "素餐".encode(), 1)
            new.writestr(info.filename, data)


def test_a_tampered_starter_file_is_refused_and_nothing_written(
    office_db: Database, database: Database, tmp_path: Path
) -> None:
    office = _world(office_db)
    good, bad = tmp_path / "good.zip", tmp_path / "bad.zip"
    _starter(office_db, office.clerk, good)
    _flip(good, bad)
    with pytest.raises(UserError, match=r"courses\.jsonl 的內容與清單上的雜湊值不符"):
        packages.read_starter(bad)
    with pytest.raises(UserError, match="未寫入任何資料"), database.session() as s:
        packages.start_from_starter(s, bad, password=PASSWORD)
    assert set(_counts(database).values()) == {0}
    with database.session() as s:
        assert not auth.has_users(s)


def test_a_report_package_or_any_file_is_not_a_starter_file(
    office_db: Database, database: Database, tmp_path: Path
) -> None:
    office = _world(office_db)
    with office_db.session() as s:
        packages.export_package(s, office.coordinator, SCHOOL_TPE, (DAY.year, DAY.month), tmp_path / "p.zip")
    with pytest.raises(packages.NotAPackage, match="不是學校設定檔"):
        packages.read_starter(tmp_path / "p.zip")
    (tmp_path / "x.zip").write_bytes(b"hello")
    with pytest.raises(packages.NotAPackage, match="不是學校設定檔"), database.session() as s:
        packages.start_from_starter(s, tmp_path / "x.zip", password=PASSWORD)


def test_a_database_that_holds_anything_is_refused(office_db: Database, database: Database, tmp_path: Path) -> None:
    office = _world(office_db)
    _starter(office_db, office.clerk, tmp_path / "s.zip")
    with database.session() as s:
        auth.create_first_admin(s, login="admin", display_name="管理者", password="correct horse")
    before = _counts(database)
    with pytest.raises(UserError, match="已有資料"), database.session() as s:
        packages.start_from_starter(s, tmp_path / "s.zip", password=PASSWORD)
    assert _counts(database) == before
    with pytest.raises(UserError, match="已有資料"), office_db.session() as s:  # nor the office's own
        packages.start_from_starter(s, tmp_path / "s.zip", password=PASSWORD)


def test_a_short_password_is_refused_and_nothing_written(
    office_db: Database, database: Database, tmp_path: Path
) -> None:
    office = _world(office_db)
    _starter(office_db, office.clerk, tmp_path / "s.zip")
    with pytest.raises(UserError, match="密碼至少需要 8 個字元") as refused, database.session() as s:
        packages.start_from_starter(s, tmp_path / "s.zip", password="short")
    assert refused.value.field == "password"
    assert set(_counts(database).values()) == {0}


def test_who_may_make_a_starter_file(database: Database, tmp_path: Path) -> None:
    office = _world(database)
    with pytest.raises(PermissionDenied, match="不在您的範圍"):
        _starter(database, office.other_clerk, tmp_path / "s.zip")  # 高雄市區管中心: another district
    with pytest.raises(PermissionDenied):
        _starter(database, office.coordinator, tmp_path / "s.zip")
    with pytest.raises(UserError, match="不是臺北市立建國高級中學的學校研習承辦人"), database.session() as s:
        packages.export_starter(
            s, office.clerk, org_code=SCHOOL_TPE, coordinator_login="clerk", out_path=tmp_path / "s"
        )
    assert not (tmp_path / "s.zip").exists()
    made = _starter(database, office.clerk, tmp_path / "s.zip")
    with database.session() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.entity == "starter_file")).scalar_one()
        assert (entry.action, entry.actor_name, entry.new["sha256"]) == ("export", "林書記", made.sha256)


def test_the_schools_a_starter_file_can_be_made_for(database: Database) -> None:
    """The page's chooser: the schools in the user's district that have an active coordinator, with them; none
    for a coordinator."""
    office = _world(database)
    with database.session() as s:
        clerk = packages.starter_schools(s, office.clerk)
        admin = packages.starter_schools(s, office.admin)
        other = packages.starter_schools(s, office.other_clerk)
        coordinator = packages.starter_schools(s, office.coordinator)
    assert [(x.code, x.name, [login for login, _ in x.coordinators]) for x in clerk] == [
        (SCHOOL_TPE, "臺北市立建國高級中學", ["coord"])
    ]
    assert [x.code for x in admin] == [SCHOOL_TPE, SCHOOL_KHH]  # every district; 大安國小 has no coordinator
    assert [x.code for x in other] == [SCHOOL_KHH]  # 高雄市區管中心
    assert coordinator == []  # a school does not make starter files
    with database.session() as s:
        s.execute(update(OfficeUser).where(OfficeUser.login == "coord").values(active=False))
    with database.session() as s:
        assert packages.starter_schools(s, office.clerk) == []


def _forge(source: Path, target: Path, change_reference: Any) -> None:
    """Someone else's file: the reference part changed, the manifest's hashes made anew and signed with a key of
    their own (which the file then carries)."""
    import base64
    import hashlib
    import json

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    with zipfile.ZipFile(source) as old:
        members = {info.filename: old.read(info) for info in old.infolist()}
    reference = json.loads(members["reference.json"])
    change_reference(reference)
    members["reference.json"] = json.dumps(reference, ensure_ascii=False).encode("utf-8")
    manifest = json.loads(members["manifest.json"])
    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    manifest["public_key"] = base64.b64encode(raw).decode("ascii")
    for name, data in members.items():
        if name in manifest["parts"]:
            manifest["parts"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    members["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
    members["signature"] = base64.b64encode(key.sign(members["manifest.json"])) + b"\n"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in members.items():
            new.writestr(name, data)


def test_a_file_signed_by_someone_else_shows_another_fingerprint_and_made_up_rows_are_refused(
    office_db: Database, database: Database, tmp_path: Path
) -> None:
    office = _world(office_db)
    made = _starter(office_db, office.clerk, tmp_path / "s.zip")
    _forge(made.path, tmp_path / "forged.zip", lambda reference: reference["organization"].update(name="假學校"))
    forged = packages.read_starter(tmp_path / "forged.zip")  # whole and self-signed: only the fingerprint tells
    assert forged.fingerprint != made.fingerprint

    _forge(made.path, tmp_path / "odd.zip", lambda reference: reference.update(county=None))
    with pytest.raises(UserError, match="單位、縣市與區管中心的資料彼此不符"), database.session() as s:
        packages.start_from_starter(s, tmp_path / "odd.zip", password=PASSWORD)
    assert set(_counts(database).values()) == {0}
