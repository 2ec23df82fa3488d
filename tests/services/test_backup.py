"""Backup and restore (services/backup.py): a demo database copied to a file and restored into an empty one,
on the same engine and across engines, compared table by table and value by value; the restored audit log
verifies; a damaged or tampered backup, and a database that holds data, are refused with nothing written."""

from __future__ import annotations

import hashlib
import json
import shutil
import struct
import uuid
import zipfile
import zlib
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, Enum, String, func, select, type_coerce

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.models import AuditEntry, Base, Certificate, CertificateState, HourAward, Setting
from ntip_desktop.services import audit, backup
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import Database, head_revision
from ntip_desktop.services.demo import seed

TODAY = date(2026, 11, 25)


# --- databases of either engine, chosen per test ---------------------------------------------------------------


def _sqlite(tmp_path: Path, template: Path, name: str) -> Database:
    path = tmp_path / f"{name}.sqlite3"
    shutil.copy(template, path)
    return Database(str(path))


def _postgres(request: pytest.FixtureRequest) -> Database:
    """The session's PostgreSQL database, emptied as tests/conftest.py's ``database`` fixture empties it."""
    db: Database = request.getfixturevalue("pg_database")
    tables = ", ".join(t.name for t in Base.metadata.sorted_tables if t.name != "audit_head")
    with db.engine.begin() as conn:
        conn.exec_driver_sql(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
        conn.exec_driver_sql(
            "UPDATE audit_head SET seq = 0, hash = %(h)s, key_id = NULL, mac = NULL WHERE id = 1", {"h": "0" * 64}
        )
    return db


@pytest.fixture
def make_db(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[Any]:
    made: list[Database] = []

    def make(engine: str, name: str) -> Database:
        db = _sqlite(tmp_path, sqlite_template, name) if engine == "sqlite" else _postgres(request)
        made.append(db)
        return db

    yield make
    for db in made:
        if db.dialect == "sqlite":
            db.dispose()


def _fill(db: Database) -> None:
    """The small demo data set, and what it lacks: a seal image (bytes), a certificate superseded by a later
    one (a key into its own table), JSON with nulls at the top and inside, a local time without a zone."""
    seed(db, "small", today=TODAY)
    user = console_user()
    with db.session() as s:
        award = s.execute(select(HourAward).order_by(HourAward.id)).scalars().first()
        assert award is not None
        issued = datetime(2026, 3, 2, 1, 2, 3, 456789, tzinfo=UTC)
        newer = Certificate(
            id=uuid.UUID(int=1),
            code="C-NEW",
            number="115-0002",
            office_code="K",
            roc_year=115,
            serial=2,
            award_id=award.id,
            hours=award.hours,
            snapshot={"name": "王小明", "hours": 3, "note": None, "items": [1, 2.5, "三"]},
            rule_set_version="v1",
            pdf_sha256="0" * 64,
            state=CertificateState.ISSUED,
            issued_at=issued + timedelta(days=1),
        )
        # the older one's key sorts after the newer one's: restored in key order, it points at a row not yet in
        older = Certificate(
            id=uuid.UUID("f" * 32),
            code="C-OLD",
            number="115-0001",
            office_code="K",
            roc_year=115,
            serial=1,
            award_id=award.id,
            hours=award.hours,
            snapshot={},
            rule_set_version="v1",
            pdf_sha256="1" * 64,
            state=CertificateState.SUPERSEDED,
            issued_at=issued,
        )
        s.add_all([newer, older])
        s.flush()
        older.superseded_by_id = newer.id
        s.add(
            Setting(key="certificates.seal.office", value={"mime": "image/png", "none": None}, data=bytes(range(256)))
        )
        audit.record(s, user.actor(), "setting", "certificates.seal.office", "create", old=None, new={"x": None})


def _rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table as the program reads it, with each JSON column's SQL NULL test beside it,
    sorted by key in Python (the engines collate text differently)."""
    found = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            exprs: list[Any] = [type_coerce(c, String) if isinstance(c.type, Enum) else c for c in table.columns]
            exprs += [c.is_(None) for c in table.columns if isinstance(c.type, JSON)]
            rows = [tuple(r) for r in conn.execute(select(*exprs))]
            key = [i for i, c in enumerate(table.columns) if c.primary_key]
            found[table.name] = sorted(
                rows, key=lambda r: tuple(r[i] if isinstance(r[i], int) else str(r[i]) for i in key)
            )
    return found


def _restore_entry_set_apart(rows: dict[str, list[tuple[Any, ...]]], before: int) -> tuple[Any, ...]:
    """The restore's own audit entry, taken out (with the head it moved) so the rest compares with the source."""
    entries = rows["audit_log"]
    assert [e[0] for e in entries[before:]] == [before + 1]
    rows["audit_log"] = entries[:before]
    del rows["audit_head"]
    return entries[before]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("source_engine", "target_engine"),
    [("sqlite", "sqlite"), ("sqlite", "postgresql"), ("postgresql", "sqlite")],
    ids=["sqlite-to-sqlite", "sqlite-to-postgresql", "postgresql-to-sqlite"],
)
def test_a_restored_copy_holds_every_value_of_the_original(
    make_db: Any, tmp_path: Path, source_engine: str, target_engine: str
) -> None:
    source = make_db(source_engine, "source")
    _fill(source)
    original = _rows(source)
    file = tmp_path / "備份.zip"
    made = backup.backup_database(source, console_user(), file)
    assert made.manifest.counts() == {name: len(rows) for name, rows in original.items()}
    assert made.manifest.engine == source_engine
    if source_engine == "postgresql":
        source.dispose()

    target = make_db(target_engine, "target")
    seen: list[tuple[int, int, str]] = []
    restored = backup.restore_database(target, console_user(), file, progress=lambda *a: seen.append(a))
    assert restored.audit.ok and restored.audit.entries == len(original["audit_log"])
    assert seen[-1][:2] == (made.manifest.rows, made.manifest.rows)

    copy = _rows(target)
    entry = _restore_entry_set_apart(copy, len(original["audit_log"]))
    del original["audit_head"]
    for name in original:
        assert len(copy[name]) == len(original[name]), name
        assert copy[name] == original[name], name
    assert "restore" in entry
    with target.session() as s:
        report = audit.verify(s, console_user())
        assert report.ok, report.explanation()
        superseded = s.execute(select(Certificate).where(Certificate.code == "C-OLD")).scalar_one()
        assert superseded.superseded_by_id == uuid.UUID(int=1)
        seal = s.get(Setting, "certificates.seal.office")
        assert seal is not None and seal.data == bytes(range(256)) and seal.value == {"mime": "image/png", "none": None}
        # the copy takes new work: the next audit entry and a new certificate key
        audit.record(s, console_user().actor(), "setting", "x", "create")


def _small_backup(db: Database, folder: Path) -> Path:
    seed(db, "small", today=TODAY)
    file = folder / "backup.zip"
    backup.backup_database(db, console_user(), file)
    return file


def _rewrite(file: Path, out: Path, change: Any) -> Path:
    """A copy of the backup with ``change(name, data) -> data | None`` applied to each member (None: left out)."""
    with zipfile.ZipFile(file) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = change(info.filename, src.read(info))
            if data is not None:
                dst.writestr(info.filename, data)
    return out


def _manifest_with(file: Path, out: Path, edit: Any) -> Path:
    def change(name: str, data: bytes) -> bytes:
        if name != backup.MANIFEST:
            return data
        manifest = json.loads(data)
        edit(manifest)
        return json.dumps(manifest).encode()

    return _rewrite(file, out, change)


def _one_byte_changed(name: str, data: bytes) -> bytes:
    if name != "tables/teachers.jsonl":
        return data
    i = data.index(b'"', 100)
    return data[:i] + b"'" + data[i + 1 :]


def _count_of(db: Database, model: Any) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


@pytest.fixture
def small_backup(make_db: Any, tmp_path: Path) -> Path:
    return _small_backup(make_db("sqlite", "source"), tmp_path)


def _bomb(folder: Path, file: Path) -> Path:
    """The backup with a table part that inflates to far more than it weighs (manifest made to match)."""
    data = b"[]\n" * 20_000_000
    digest = hashlib.sha256(data).hexdigest()

    def change(name: str, member: bytes) -> bytes:
        if name == "tables/counties.jsonl":
            return data
        if name == backup.MANIFEST:
            manifest = json.loads(member)
            for t in manifest["tables"]:
                if t["table"] == "counties":
                    t.update(rows=20_000_000, size=len(data), sha256=digest)
            return json.dumps(manifest).encode()
        return member

    return _rewrite(file, folder / "bomb.zip", change)


def _compressed_data_damaged(file: Path, out: Path) -> Path:
    """One byte of the largest part's deflate stream flipped, at the first place where zlib itself fails on
    it (most flips only spoil the CRC, which zipfile reports as its own error)."""
    with zipfile.ZipFile(file) as zf:
        info = max((i for i in zf.infolist() if i.filename.startswith("tables/")), key=lambda i: i.compress_size)
    data = bytearray(file.read_bytes())
    name_length, extra_length = struct.unpack("<HH", data[info.header_offset + 26 : info.header_offset + 30])
    start = info.header_offset + 30 + name_length + extra_length
    stream = bytes(data[start : start + info.compress_size])
    for at in range(len(stream)):
        flipped = stream[:at] + bytes([stream[at] ^ 0xFF]) + stream[at + 1 :]
        try:
            zlib.decompressobj(-zlib.MAX_WBITS).decompress(flipped)
        except zlib.error:
            data[start + at] ^= 0xFF
            out.write_bytes(bytes(data))
            return out
    raise AssertionError("no flip breaks the deflate stream")


TAMPERED = {
    "one byte changed": (lambda f, o: _rewrite(f, o, _one_byte_changed), "雜湊值與目錄不符"),
    "compressed data damaged": (_compressed_data_damaged, "無法解壓"),
    "a file added": (
        lambda f, o: _rewrite(f, o, lambda n, d: d) and _add(o, "tables/extra.jsonl", b"[]\n"),
        "不屬於備份的檔案「tables/extra.jsonl」",
    ),
    "a path with ..": (lambda f, o: _add(_rewrite(f, o, lambda n, d: d), "../evil.jsonl", b"x"), "../evil.jsonl"),
    "a part left out": (
        lambda f, o: _rewrite(f, o, lambda n, d: None if n == "tables/courses.jsonl" else d),
        "缺少「tables/courses.jsonl」",
    ),
    "an unknown version": (lambda f, o: _manifest_with(f, o, lambda m: m.update(version=99)), "格式版本為 99"),
    "a row count changed": (
        lambda f, o: _manifest_with(f, o, lambda m: m["tables"][3].update(rows=m["tables"][3]["rows"] + 1)),
        "筆數與目錄不符",
    ),
    "not a zip": (lambda f, o: (o.write_bytes(b"PK\x03\x04 not really"), o)[1], "不是 NTIP Desk 的備份檔"),
    "a zip bomb": (lambda f, o: _bomb(o.parent, f), "疑似 ZIP 炸彈"),
}


def _add(file: Path, name: str, data: bytes) -> Path:
    with zipfile.ZipFile(file, "a") as zf:
        zf.writestr(name, data)
    return file


@pytest.mark.parametrize("how", list(TAMPERED))
def test_a_damaged_or_tampered_backup_is_refused_with_nothing_written(
    make_db: Any, small_backup: Path, tmp_path: Path, how: str
) -> None:
    make, words = TAMPERED[how]
    bad = make(small_backup, tmp_path / "bad.zip")
    with pytest.raises(UserError, match=words.replace(".", r"\.").replace("(", r"\(")) as refused:
        backup.read_backup(bad)
    target = make_db("sqlite", "target")
    with pytest.raises(UserError) as again:
        backup.restore_database(target, console_user(), bad)
    assert again.value.message == refused.value.message
    assert "資料庫未被更動" in refused.value.message or how in ("an unknown version", "not a zip")
    assert _count_of(target, AuditEntry) == 0 and _count_of(target, HourAward) == 0


def test_a_value_that_does_not_decode_is_refused_and_nothing_is_written(
    make_db: Any, small_backup: Path, tmp_path: Path
) -> None:
    """A part whose hash matches its manifest (made by hand) but one of whose values is no UUID: the rows of
    the tables before it were already inserted when it is read: the one transaction takes them back."""

    def change(name: str, data: bytes) -> bytes:
        if name != "tables/teachers.jsonl":
            return data
        first, rest = data.split(b"\n", 1)
        columns = [c for c, _ in next(t for t in manifest.tables if t.table == "teachers").columns]
        row = json.loads(first)
        row[columns.index("id")] = "not-a-uuid"
        return json.dumps(row).encode() + b"\n" + rest

    manifest = backup.read_backup(small_backup)

    bad = _rewrite(small_backup, tmp_path / "bad.zip", change)
    with zipfile.ZipFile(bad) as zf:
        part = zf.read("tables/teachers.jsonl")
    bad = _manifest_with(
        bad,
        tmp_path / "bad2.zip",
        lambda m: next(t for t in m["tables"] if t["table"] == "teachers").update(
            size=len(part), sha256=hashlib.sha256(part).hexdigest()
        ),
    )
    target = make_db("sqlite", "target")
    with pytest.raises(UserError, match=r"「tables/teachers\.jsonl」第 1 列的值無法解讀"):
        backup.restore_database(target, console_user(), bad)
    with target.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM organizations").scalar() == 0


def test_restore_into_a_database_that_holds_data_is_refused(database: Database, small_backup: Path) -> None:
    with database.session() as s:
        audit.record(s, console_user().actor(), "setting", "x", "create")
    with pytest.raises(UserError, match=r"此資料庫已有資料（稽核紀錄 1 筆）.*資料庫未被更動"):
        backup.restore_database(database, console_user(), small_backup)
    assert _count_of(database, AuditEntry) == 1


def test_a_backup_of_another_schema_revision_is_refused_naming_both(
    make_db: Any, small_backup: Path, tmp_path: Path
) -> None:
    old = _manifest_with(small_backup, tmp_path / "old.zip", lambda m: m.update(schema_revision="0007"))
    target = make_db("sqlite", "target")
    with pytest.raises(UserError, match=rf"備份檔的資料庫版本為 0007，本程式的資料庫版本為 {head_revision()}"):
        backup.restore_database(target, console_user(), old)


def test_only_the_administrator_backs_up_or_restores(database: Database, small_backup: Path, tmp_path: Path) -> None:
    from permission_world import build_permission_world

    roles = build_permission_world(database).roles()
    for name, user in roles.items():
        if name == "admin":
            continue
        with pytest.raises(PermissionDenied, match="備份與還原資料庫"):
            backup.backup_database(database, user, tmp_path / f"{name}.zip")
        with pytest.raises(PermissionDenied):
            backup.restore_database(database, user, small_backup)
        assert not (tmp_path / f"{name}.zip").exists()


def test_restore_elsewhere_needs_the_keys_the_log_was_signed_with(
    make_db: Any, small_backup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, installation_config: Path
) -> None:
    """Another computer (another configuration folder) cannot verify the log without the key files: refused;
    with a copy of the key in ``audit-keys/`` it restores."""
    elsewhere = tmp_path / "other-computer"
    elsewhere.mkdir()
    monkeypatch.setenv("NTIP_CONFIG_DIR", str(elsewhere))
    target = make_db("sqlite", "target")
    manifest = backup.read_backup(small_backup)
    with pytest.raises(UserError, match="稽核金鑰檔複製到本機設定資料夾的 audit-keys") as refused:
        backup.restore_database(target, console_user(), small_backup)
    assert manifest.audit_keys[0] in refused.value.message
    assert _count_of(target, AuditEntry) == 0
    (elsewhere / "audit-keys").mkdir()
    shutil.copy(installation_config / "audit-key", elsewhere / "audit-keys" / "office.key")
    restored = backup.restore_database(target, console_user(), small_backup)
    assert restored.audit.ok and restored.audit.entries == manifest.counts()["audit_log"]


BAD_VALUES = [
    ("uuid", "not-a-uuid"),
    ("uuid", 12),
    ("utc", "2026-13-01T00:00:00+00:00"),
    ("utc", "2026-03-02T01:02:03"),  # no zone
    ("utc", "2026-03-02T01:02:03+08:00+00:00"),
    ("local", "2026-03-02T01:02:03+08:00"),  # a zone where none belongs
    ("date", "2026-02-30"),
    ("bytes", "not base64!"),
    ("json", {"a": 1}),  # not wrapped in a list of one
    ("int", "1"),
    ("int", True),
    ("bool", 1),
    ("text", 5),
]


@pytest.mark.parametrize(("codec", "value"), BAD_VALUES)
def test_a_value_of_the_wrong_form_is_refused_by_both_codecs(codec: str, value: Any) -> None:
    from ntip_desktop.services.backup_codecs import decoder, sqlite_decoder

    for decode in (decoder(codec), sqlite_decoder(codec)):
        with pytest.raises((ValueError, TypeError)):
            decode(value)


def test_the_stored_sqlite_form_and_the_typed_value_agree() -> None:
    from ntip_desktop.services.backup_codecs import decoder, sqlite_decoder, sqlite_encoder

    assert sqlite_decoder("uuid")("{01A22E31-F850-74ED-896E-F90000000130}") == "01a22e31f85074ed896ef90000000130"
    assert sqlite_encoder("uuid")("01a22e31f85074ed896ef90000000130") == str(
        decoder("uuid")("01a22e31-f850-74ed-896e-f90000000130")
    )
    moment = "2026-03-02T09:02:03.5+08:00"
    assert sqlite_decoder("utc")(moment) == "2026-03-02 01:02:03.500000"
    assert sqlite_decoder("utc")("2026-03-02T01:02:03+00:00") == "2026-03-02 01:02:03.000000"
    assert sqlite_encoder("utc")("2026-03-02 01:02:03.500000") == "2026-03-02T01:02:03.500000+00:00"
    assert sqlite_encoder("json")("null") == [None] and sqlite_encoder("json")(None) is None
