"""A consistent copy of the whole database in one file, and restoring it, on either engine (docs/backup.md).

The format is one ZIP that crosses engines (an SQLite backup restores into PostgreSQL and back):

- ``manifest.json``: the format and its version, the schema revision (Alembic), the engine it came from,
  when it was taken, the audit keys its log was signed with, and for each table (in dependency order) its
  part's name, columns with their codecs, row count, size and SHA-256;
- ``tables/<table>.jsonl``: one JSON array per row, the columns in the manifest's order, each value in its
  codec (:data:`CODECS`), so that every value comes back exactly: UUIDs, points in time with their zone,
  local times without one, dates, bytes (base64), JSON (SQL NULL kept apart from JSON ``null``), the
  enums' stored words.

A backup reads every table in one transaction: REPEATABLE READ and read-only on PostgreSQL, one read
transaction on SQLite (WAL: writers go on; the copy is the database as it was when the first table was
read). It is written to a temporary file renamed into place at the end.

A restore checks the whole file first (a ZIP, no stray or ``..`` members, sizes that are no ZIP bomb, every
part's hash and row count, a known version) and only then touches the database, which must be empty and at
the backup's schema revision; it writes everything in one transaction under the database's setup lock, then
verifies the restored audit log (:func:`ntip_desktop.services.audit.verify`) and records the restore in it.
The audit log's keys live outside the database (:mod:`ntip_desktop.services.audit_keys`): restoring on
another computer needs copies of the keys its entries were signed with, or the verification refuses it.
"""

from __future__ import annotations

import binascii
import hashlib
import json
import re
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Connection,
    Enum,
    Integer,
    String,
    Table,
    Text,
    bindparam,
    cast,
    func,
    insert,
    select,
    type_coerce,
    update,
)
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.labels import table_label
from ntip_desktop.models import AuditEntry, AuditHead, Base
from ntip_desktop.models.base import utcnow
from ntip_desktop.services import audit
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.backup_codecs import CODECS, decoder, encoder, sqlite_decoder, sqlite_encoder, table_columns
from ntip_desktop.services.db import Database, explain, head_revision, setup_transaction
from ntip_desktop.services.files import atomic_output
from ntip_desktop.vocabulary import Permission

FORMAT = "ntip-desk-backup"
#: The version of the format this program writes and reads.
VERSION = 1
MANIFEST = "manifest.json"
#: The largest manifest read (a county's has a few kilobytes).
MAX_MANIFEST_BYTES = 1 << 20
#: The most a part may expand (uncompressed / compressed): rows with random keys compress about tenfold (the
#: county demo's sequential keys: 21-fold); a ZIP bomb a thousandfold.
MAX_RATIO = 200
#: The most a whole backup may hold uncompressed (a county-year is a few hundred megabytes).
MAX_TOTAL_BYTES = 64 << 30
#: Rows per read and per insert.
BATCH = 5000

#: ``progress(done, total, what)``: rows done of all rows, and the table at hand (its name as users call it).
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class TablePart:
    """One table in a backup: its part of the ZIP, its columns (name, codec), rows, size and hash."""

    table: str
    file: str
    columns: tuple[tuple[str, str], ...]
    rows: int
    size: int
    sha256: str


@dataclass(frozen=True)
class BackupManifest:
    """What a backup holds (``manifest.json``)."""

    version: int
    schema_revision: str
    engine: str
    created_at: datetime
    tables: tuple[TablePart, ...]
    #: The ids of the installation keys the audit log's entries were signed with.
    audit_keys: tuple[str, ...] = ()

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)

    def counts(self) -> dict[str, int]:
        return {t.table: t.rows for t in self.tables}

    def as_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": self.version,
            "schema_revision": self.schema_revision,
            "engine": self.engine,
            "created_at": self.created_at.isoformat(),
            "audit_keys": list(self.audit_keys),
            "tables": [
                {
                    "table": t.table,
                    "file": t.file,
                    "columns": [list(c) for c in t.columns],
                    "rows": t.rows,
                    "size": t.size,
                    "sha256": t.sha256,
                }
                for t in self.tables
            ],
        }


@dataclass(frozen=True)
class BackupReport:
    path: Path
    manifest: BackupManifest
    seconds: float


@dataclass(frozen=True)
class RestoreReport:
    manifest: BackupManifest
    #: The restored audit log's verification (before the restore's own entry).
    audit: audit.ChainReport
    seconds: float


def _bad(message: str) -> UserError:
    return UserError(message, field="backup")


def _read_expression(column: Any) -> Any:
    """What a backup selects for ``column``: the stored word of an enum (no lookup); a JSON column wrapped
    by :func:`_wrap_json` afterwards, with its NULL test beside it."""
    if isinstance(column.type, Enum):
        return type_coerce(column, String)
    return column


# --- backing up ----------------------------------------------------------------------------------------------


def _tables() -> list[Table]:
    """Every table of the schema in dependency order (parents first)."""
    return list(Base.metadata.sorted_tables)


@contextmanager
def _snapshot(conn: Connection) -> Iterator[None]:
    """One consistent read on ``conn`` for the block: REPEATABLE READ, read-only (PostgreSQL), or one read
    transaction begun by hand (SQLite: Python's driver begins none before a SELECT)."""
    if conn.dialect.name != "sqlite":
        with conn.begin():
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            yield
        return
    raw: Any = conn.connection.dbapi_connection
    level = raw.isolation_level
    raw.isolation_level = None
    try:
        raw.execute("BEGIN")
        try:
            raw.execute("SELECT count(*) FROM alembic_version").fetchone()  # the snapshot starts at the first read
            yield
        finally:
            raw.execute("COMMIT")
    finally:
        raw.isolation_level = level


def backup_database(
    db: Database, user: CurrentUser, out_path: str | Path, progress: Progress | None = None
) -> BackupReport:
    """Write a consistent copy of the whole database to ``out_path`` (replaced whole, or left as it was)."""
    user.require(Permission.BACKUP_DATABASE)
    started = time.perf_counter()
    path = Path(out_path)
    tables = _tables()
    try:
        with db.engine.connect() as conn, _snapshot(conn):
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
            counts = {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in tables}
            keys = tuple(
                k for k in conn.execute(select(AuditEntry.key_id).distinct().order_by(AuditEntry.key_id)).scalars() if k
            )
            total = sum(counts.values())
            done = 0
            parts = []
            with (
                atomic_output(path, field="--out") as handle,
                zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf,
            ):
                for table in tables:
                    part, done = _write_table(conn, zf, table, done, total, progress)
                    if part.rows != counts[table.name]:  # the snapshot is one: this never happens
                        raise RuntimeError(f"{table.name}: {part.rows} rows read, {counts[table.name]} counted")
                    parts.append(part)
                manifest = BackupManifest(VERSION, revision, conn.dialect.name, utcnow(), tuple(parts), audit_keys=keys)
                zf.writestr(MANIFEST, json.dumps(manifest.as_json(), ensure_ascii=False, indent=1).encode("utf-8"))
    except DBAPIError as exc:
        raise explain(exc, db.url) from exc
    return BackupReport(path, manifest, time.perf_counter() - started)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _table_rows(conn: Connection, table: Table, columns: tuple[tuple[str, str], ...]) -> Iterator[list[list[Any]]]:
    """The table's rows in key order, in batches, each row as the values written in the file."""
    if conn.dialect.name == "sqlite":  # the stored form, read and written as it is (backup_codecs)
        encoders = [sqlite_encoder(codec) for _, codec in columns]
        sql = "SELECT {} FROM {} ORDER BY {}".format(
            ", ".join(_quoted(name) for name, _ in columns),
            _quoted(table.name),
            ", ".join(_quoted(c.name) for c in table.primary_key.columns),
        )
        for chunk in conn.execution_options(yield_per=BATCH).exec_driver_sql(sql).partitions():
            yield [[enc(v) for enc, v in zip(encoders, row, strict=True)] for row in chunk]
        return
    encoders = [encoder(codec) for _, codec in columns]
    json_at = [i for i, (_, codec) in enumerate(columns) if codec == "json"]
    exprs = [_read_expression(c) for c in table.columns]
    exprs += [table.c[columns[i][0]].is_(None) for i in json_at]
    width = len(columns)
    stmt = select(*exprs).order_by(*table.primary_key.columns)
    for chunk in conn.execution_options(yield_per=BATCH).execute(stmt).partitions():
        rows = []
        for row in chunk:
            values = [enc(v) for enc, v in zip(encoders, row[:width], strict=True)]
            for k, i in enumerate(json_at):
                values[i] = None if row[width + k] else [values[i]]
            rows.append(values)
        yield rows


def _write_table(
    conn: Connection, zf: zipfile.ZipFile, table: Table, done: int, total: int, progress: Progress | None
) -> tuple[TablePart, int]:
    columns = table_columns(table)
    name = f"tables/{table.name}.jsonl"
    digest = hashlib.sha256()
    size = rows = 0
    with zf.open(name, "w", force_zip64=True) as out:  # (a name, not a ZipInfo: the archive's compression applies)
        for chunk in _table_rows(conn, table, columns):
            lines = [json.dumps(values, ensure_ascii=False, separators=(",", ":")) for values in chunk]
            data = ("\n".join(lines) + "\n").encode("utf-8")
            out.write(data)
            digest.update(data)
            size += len(data)
            rows += len(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total, table_label(table.name))
    return TablePart(table.name, name, columns, rows, size, digest.hexdigest()), done


# --- reading and checking a backup ---------------------------------------------------------------------------

_HEX64 = re.compile(r"[0-9a-f]{64}")
_TABLE_NAME = re.compile(r"[a-z][a-z0-9_]{0,62}")


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise _bad(translate("services.backup", "找不到備份檔：{path}").format(path=path)) from None
    except IsADirectoryError:
        raise _bad(translate("services.backup", "這是資料夾，不是備份檔：{path}").format(path=path)) from None
    except OSError as exc:
        raise _bad(
            translate("services.backup", "無法讀取備份檔 {path}：{reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise _bad(
            translate("services.backup", "{path} 不是 NTIP Desk 的備份檔（不是 ZIP 檔，或已損毀）。").format(path=path)
        ) from None


#: What reading a damaged member raises: a bad CRC, a truncated or corrupt deflate stream (zlib's own error
#: is none of the others: one flipped byte in the compressed data raises it).
_UNREADABLE = (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error)


def _damaged(path: Path, what: str) -> UserError:
    return _bad(
        translate("services.backup", "備份檔 {path} 已損毀或遭修改（{what}），不能還原；資料庫未被更動。").format(
            path=path, what=what
        )
    )


def _parse_manifest(path: Path, raw: bytes) -> BackupManifest:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _damaged(path, translate("services.backup", "目錄 manifest.json 無法解讀")) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _bad(translate("services.backup", "{path} 不是 NTIP Desk 的備份檔。").format(path=path))
    version = data.get("version")
    if version != VERSION:
        raise _bad(
            translate(
                "services.backup",
                "備份檔的格式版本為 {version}，本程式只能讀取版本 {known}。請用較新的 NTIP Desk 還原。",
            ).format(version=version, known=VERSION)
        )
    try:
        parts = []
        for t in data["tables"]:
            name = t["table"]
            if not isinstance(name, str) or not _TABLE_NAME.fullmatch(name) or t["file"] != f"tables/{name}.jsonl":
                raise ValueError(name)
            columns = tuple((str(c), str(k)) for c, k in t["columns"])
            if any(k not in CODECS for _, k in columns):
                raise ValueError(columns)
            rows, size, sha = t["rows"], t["size"], t["sha256"]
            if not (isinstance(rows, int) and isinstance(size, int) and rows >= 0 and size >= 0):
                raise ValueError(rows)
            if not isinstance(sha, str) or not _HEX64.fullmatch(sha):
                raise ValueError(sha)
            parts.append(TablePart(name, t["file"], columns, rows, size, sha))
        manifest = BackupManifest(
            version=VERSION,
            schema_revision=str(data["schema_revision"]),
            engine=str(data["engine"]),
            created_at=datetime.fromisoformat(data["created_at"]),
            tables=tuple(parts),
            audit_keys=tuple(str(k) for k in data.get("audit_keys", ())),
        )
    except (KeyError, TypeError, ValueError):
        raise _damaged(path, translate("services.backup", "目錄 manifest.json 的內容不完整")) from None
    if len({t.table for t in manifest.tables}) != len(manifest.tables):
        raise _damaged(path, translate("services.backup", "同一資料表出現兩次"))
    return manifest


def _check_members(path: Path, zf: zipfile.ZipFile, manifest: BackupManifest) -> dict[str, zipfile.ZipInfo]:
    """Every member is one the manifest names (no ``..``, no absolute or extra paths, no duplicates), of the
    size it says, not encrypted, and no ZIP bomb."""
    infos = zf.infolist()
    names = [i.filename for i in infos]
    expected = {MANIFEST} | {t.file for t in manifest.tables}
    if len(names) != len(set(names)):
        raise _damaged(path, translate("services.backup", "含有重複的檔名"))
    stray = [n for n in names if n not in expected]
    if stray:
        raise _damaged(path, translate("services.backup", "含有不屬於備份的檔案「{name}」").format(name=stray[0][:100]))
    missing = sorted(expected - set(names))
    if missing:
        raise _damaged(path, translate("services.backup", "缺少「{name}」").format(name=missing[0]))
    by_name = {i.filename: i for i in infos}
    total = 0
    for part in manifest.tables:
        info = by_name[part.file]
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _damaged(
                path, translate("services.backup", "「{name}」已加密或用了不支援的壓縮").format(name=part.file)
            )
        if info.file_size != part.size:
            raise _damaged(path, translate("services.backup", "「{name}」的大小與目錄不符").format(name=part.file))
        if info.file_size > MAX_RATIO * max(info.compress_size, 1024):
            raise _damaged(
                path, translate("services.backup", "「{name}」解壓後異常地大（疑似 ZIP 炸彈）").format(name=part.file)
            )
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise _damaged(path, translate("services.backup", "解壓後超過 {n} GB").format(n=MAX_TOTAL_BYTES >> 30))
    return by_name


def _lines(zf: zipfile.ZipFile, part: TablePart, path: Path) -> Iterator[bytes]:
    """The part's lines (without their ends), its size and hash checked as it is read: more bytes than the
    manifest says stop at once, a different hash raises after the last line."""
    digest = hashlib.sha256()
    size = 0
    rest = b""
    with zf.open(part.file) as stream:
        while chunk := stream.read(1 << 20):
            size += len(chunk)
            if size > part.size:
                raise _damaged(path, translate("services.backup", "「{name}」的大小與目錄不符").format(name=part.file))
            digest.update(chunk)
            *lines, rest = (rest + chunk).split(b"\n")
            yield from lines
    if rest:
        yield rest
    if size != part.size or digest.hexdigest() != part.sha256:
        raise _damaged(path, translate("services.backup", "「{name}」的雜湊值與目錄不符").format(name=part.file))


def _check_parts(zf: zipfile.ZipFile, manifest: BackupManifest, path: Path) -> None:
    for part in manifest.tables:
        rows = 0
        try:
            for _line in _lines(zf, part, path):
                rows += 1
        except _UNREADABLE:  # CRC, truncation, a bad deflate stream
            raise _damaged(path, translate("services.backup", "「{name}」無法解壓").format(name=part.file)) from None
        if rows != part.rows:
            raise _damaged(path, translate("services.backup", "「{name}」的筆數與目錄不符").format(name=part.file))


def read_backup(path: str | Path) -> BackupManifest:
    """The manifest of the backup at ``path`` after checking the whole file, or UserError saying what is wrong
    with it: not a ZIP, stray or ``..`` members, a ZIP bomb, a part whose hash, size or row count differs from
    the manifest, an unknown format version. Reads no database."""
    path = Path(path)
    with _open_zip(path) as zf:
        manifest = _manifest(zf, path)
        _check_members(path, zf, manifest)
        _check_parts(zf, manifest, path)
    return manifest


def _manifest(zf: zipfile.ZipFile, path: Path) -> BackupManifest:
    try:
        info = zf.getinfo(MANIFEST)
    except KeyError:
        raise _bad(
            translate("services.backup", "{path} 不是 NTIP Desk 的備份檔（沒有 manifest.json）。").format(path=path)
        ) from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise _damaged(path, translate("services.backup", "目錄 manifest.json 異常地大"))
    try:
        with zf.open(info) as stream:
            raw = stream.read(MAX_MANIFEST_BYTES + 1)
    except _UNREADABLE:
        raise _damaged(path, translate("services.backup", "目錄 manifest.json 無法解壓")) from None
    return _parse_manifest(path, raw)


def check_restorable(manifest: BackupManifest) -> None:
    """UserError unless this program can restore ``manifest`` (its schema revision is this program's)."""
    head = head_revision()
    if manifest.schema_revision != head:
        raise _bad(
            translate(
                "services.backup",
                "備份檔的資料庫版本為 {backup}，本程式的資料庫版本為 {head}，兩者不同，不能還原；資料庫未被更動。"
                "請用與備份時相同版本的 NTIP Desk 還原（之後再升級）。",
            ).format(backup=manifest.schema_revision, head=head)
        )


# --- restoring -----------------------------------------------------------------------------------------------


def _schema_differences(manifest: BackupManifest) -> list[str]:
    tables = {t.name: t for t in _tables()}
    found = {p.table: p for p in manifest.tables}
    problems = [translate("services.backup", "備份缺少資料表 {name}").format(name=n) for n in tables if n not in found]
    problems += [translate("services.backup", "備份多了資料表 {name}").format(name=n) for n in found if n not in tables]
    for name, part in found.items():
        if name in tables and part.columns != table_columns(tables[name]):
            problems.append(translate("services.backup", "資料表 {name} 的欄位不同").format(name=name))
    return problems


def _refuse_if_not_empty(conn: Connection) -> None:
    found = []
    for table in _tables():
        if table.name == "audit_head":  # its one row is there from the start; moved, the log says how far
            continue
        n = conn.execute(select(func.count()).select_from(table)).scalar_one()
        if n:
            found.append(
                translate("services.backup", "{label} {n} 筆").format(label=table_label(table.name), n=f"{n:,}")
            )
    head = conn.execute(select(AuditHead.seq)).scalar()
    if not found and head:
        found.append(translate("services.backup", "稽核紀錄的序號已到 {n}").format(n=head))
    if found:
        raise UserError(
            translate(
                "services.backup",
                "此資料庫已有資料（{found}），只能還原到空白的資料庫；資料庫未被更動。"
                "請改用新的資料庫檔（例如 ntip --db 還原.sqlite3 restore 備份檔），或空白的 PostgreSQL 資料庫。",
            ).format(found="、".join(found[:5]) + ("…" if len(found) > 5 else "")),
            field="db",
        )


def _insert_statement(conn: Connection, table: Table, deferred: Sequence[str]) -> Any:
    values: dict[str, Any] = {}
    for column in table.columns:
        if column.name in deferred:
            continue
        if isinstance(column.type, JSON):
            param = bindparam(column.name, type_=Text)
            values[column.name] = cast(param, column.type) if conn.dialect.name == "postgresql" else param
        elif isinstance(column.type, Enum):
            values[column.name] = bindparam(column.name, type_=String)
        else:
            values[column.name] = bindparam(column.name, type_=column.type)
    return insert(table).values(values)


#: SQLite's page cache while restoring (KiB): a county's indexes are written in random order (as ``demo seed``).
RESTORE_CACHE_KIB = 256 * 1024


@contextmanager
def _big_page_cache(conn: Connection) -> Iterator[None]:
    if conn.dialect.name != "sqlite":
        yield
        return
    raw: Any = conn.connection.dbapi_connection
    saved = int(raw.execute("PRAGMA cache_size").fetchone()[0])
    raw.execute(f"PRAGMA cache_size=-{RESTORE_CACHE_KIB}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size={saved}")


class _TableWriter:
    """Writes one table's rows (lists in the manifest's column order): bulk inserts, and updates of some
    columns by key. On SQLite the values are the stored form and the statements plain SQL
    (``backup_codecs``); elsewhere Core statements with the columns' types."""

    def __init__(self, conn: Connection, table: Table, names: Sequence[str], deferred: Sequence[str]) -> None:
        self.conn, self.table, self.names = conn, table, list(names)
        self.raw = conn.dialect.name == "sqlite"
        self.key = [c.name for c in table.primary_key.columns]
        self.inserted = [i for i, n in enumerate(names) if n not in deferred]
        if self.raw:
            self.insert_sql = "INSERT INTO {} ({}) VALUES ({})".format(
                _quoted(table.name),
                ", ".join(_quoted(names[i]) for i in self.inserted),
                ", ".join("?" * len(self.inserted)),
            )
        else:
            self.insert_stmt = _insert_statement(conn, table, deferred)

    def insert(self, rows: list[list[Any]]) -> None:
        every = len(self.inserted) == len(self.names)
        if self.raw:
            values = [tuple(r) if every else tuple(r[i] for i in self.inserted) for r in rows]
            self.conn.exec_driver_sql(self.insert_sql, values)
        else:
            self.conn.execute(self.insert_stmt, [{self.names[i]: r[i] for i in self.inserted} for r in rows])

    def update(self, rows: list[list[Any]], columns: Sequence[str]) -> int:
        """Set ``columns`` of the rows found by key; the number of rows changed (one row given: exact)."""
        at = [self.names.index(c) for c in (*columns, *self.key)]
        if self.raw:
            sql = "UPDATE {} SET {} WHERE {}".format(
                _quoted(self.table.name),
                ", ".join(f"{_quoted(c)} = ?" for c in columns),
                " AND ".join(f"{_quoted(k)} = ?" for k in self.key),
            )
            values = [tuple(r[i] for i in at) for r in rows]
            return int(self.conn.exec_driver_sql(sql, values[0] if len(values) == 1 else values).rowcount)
        t = self.table
        stmt = (
            update(t)
            .where(*(t.c[k] == bindparam(f"_{k}", type_=t.c[k].type) for k in self.key))
            .values({c: bindparam(f"_{c}", type_=t.c[c].type) for c in columns})
        )
        params = [{f"_{self.names[i]}": r[i] for i in at} for r in rows]
        return int(self.conn.execute(stmt, params[0] if len(params) == 1 else params).rowcount)


def _restore_table(
    conn: Connection, zf: zipfile.ZipFile, part: TablePart, table: Table, path: Path, tick: Callable[[int], None]
) -> None:
    names = [name for name, _ in part.columns]
    raw = conn.dialect.name == "sqlite"
    decoders = [(sqlite_decoder if raw else decoder)(codec) for _, codec in part.columns]
    width = len(names)
    # A column pointing into its own table (a certificate superseded by a later one) is set after every row
    # is in: the rows need not come in an order the foreign key accepts one at a time.
    deferred = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table and fk.parent.name in names]
    deferred_at = [names.index(n) for n in deferred]
    writer = _TableWriter(conn, table, names, deferred)
    # the columns the database stamps on every update (updated_at) are set back to the backup's values then
    stamped = [c.name for c in table.columns if c.onupdate is not None and c.name in names]
    later: list[list[Any]] = []
    batch: list[list[Any]] = []

    def flush() -> None:
        if not batch:
            return
        if table.name == "audit_head":  # its one row is there in an empty database: updated, not inserted
            for row in batch:
                if not writer.update([row], [n for n in names if n not in writer.key]):
                    writer.insert([row])
        else:
            writer.insert(batch)
        tick(len(batch))
        batch.clear()

    for number, line in enumerate(_lines(zf, part, path), start=1):
        try:
            values = json.loads(line)
            if not isinstance(values, list) or len(values) != width:
                raise ValueError("columns")
            row = [dec(v) for dec, v in zip(decoders, values, strict=True)]
        except (ValueError, TypeError, binascii.Error):
            raise _damaged(
                path, translate("services.backup", "「{name}」第 {n} 列的值無法解讀").format(name=part.file, n=number)
            ) from None
        if any(row[i] is not None for i in deferred_at):
            later.append(row)
        batch.append(row)
        if len(batch) >= BATCH:
            flush()
    flush()
    if later:
        writer.update(later, [*deferred, *stamped])


def restore_database(
    db: Database, user: CurrentUser, path: str | Path, progress: Progress | None = None
) -> RestoreReport:
    """Restore the backup at ``path`` into ``db``, which must be empty and at the backup's schema revision.

    The whole file is checked first (:func:`read_backup`); then everything is written in one transaction,
    the restored audit log is verified (a log this computer cannot verify — e.g. signed with keys it lacks —
    is refused, nothing written) and the restore recorded in it. UserError says what stands in the way.
    """
    user.require(Permission.BACKUP_DATABASE)
    started = time.perf_counter()
    path = Path(path)
    manifest = read_backup(path)
    check_restorable(manifest)
    differences = _schema_differences(manifest)
    if differences:
        raise _bad(
            translate("services.backup", "備份檔與本程式的資料表不同（{what}），不能還原；資料庫未被更動。").format(
                what="；".join(differences[:3])
            )
        )
    tables = {t.name: t for t in _tables()}
    total = manifest.rows
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total, table_label(current))

    current = ""
    try:
        # one setup at a time (the database's setup lock); emptiness is checked under it
        with db.engine.connect() as conn, _big_page_cache(conn), setup_transaction(conn, creating=False):
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            if revision != manifest.schema_revision:
                raise _bad(
                    translate(
                        "services.backup",
                        "備份檔的資料庫版本為 {backup}，此資料庫為 {target}，兩者不同，不能還原；資料庫未被更動。"
                        "請先以「ntip db upgrade」把空白資料庫升到與備份相同的版本。",
                    ).format(backup=manifest.schema_revision, target=revision or "—")
                )
            _refuse_if_not_empty(conn)
            with _open_zip(path) as zf:
                by_table = {p.table: p for p in manifest.tables}
                for table in _tables():  # parents first, whatever order the manifest lists
                    current = table.name
                    _restore_table(conn, zf, by_table[table.name], tables[table.name], path, tick)
            _reset_sequences(conn)
            session = Session(bind=conn)
            try:
                report = audit.verify(session, user)
                if not report.ok:
                    raise UserError(
                        translate(
                            "services.backup",
                            "還原後的稽核紀錄驗證不通過：{problem}。資料庫未被更動。若備份來自另一部電腦，"
                            "請先把寫入這些紀錄的電腦之稽核金鑰檔複製到本機設定資料夾的 audit-keys 資料夾中"
                            "（備份用到的金鑰：{keys}；見 docs/backup.md）。",
                        ).format(problem=report.explanation(), keys="、".join(manifest.audit_keys) or "—"),
                        field="audit",
                    )
                audit.record(
                    session,
                    user.actor(),
                    "database",
                    manifest.created_at.isoformat(),
                    "restore",
                    new={
                        "backup_created_at": manifest.created_at.isoformat(),
                        "backup_engine": manifest.engine,
                        "schema_revision": manifest.schema_revision,
                        "rows": manifest.rows,
                        "file": path.name,
                    },
                )
                session.flush()
            finally:
                session.close()
    except (IntegrityError, DataError) as exc:  # a backup that passed its hashes, with rows the schema refuses
        raise _damaged(path, str(exc.orig).splitlines()[0][:200]) from exc
    except DBAPIError as exc:
        raise explain(exc, db.url) from exc
    return RestoreReport(manifest, report, time.perf_counter() - started)


def _reset_sequences(conn: Connection) -> None:
    """PostgreSQL: move each serial key's sequence past the rows restored with their keys."""
    if conn.dialect.name != "postgresql":
        return
    for table in _tables():
        key = list(table.primary_key.columns)
        if len(key) != 1 or not isinstance(key[0].type, Integer) or key[0].autoincrement is False:
            continue
        sequence = conn.exec_driver_sql(f"SELECT pg_get_serial_sequence('{table.name}', '{key[0].name}')").scalar()
        if sequence:
            conn.exec_driver_sql(
                f'SELECT setval(\'{sequence}\', coalesce((SELECT max("{key[0].name}") FROM "{table.name}"), 0) + 1, false)'
            )
