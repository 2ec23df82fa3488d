"""Opening, creating and migrating the database, on SQLite (default) or PostgreSQL (shared).

The caller owns the transaction: use cases flush, the boundary (task runner, CLI command) commits via
:meth:`Database.session`. Every failure to open or migrate becomes a :class:`DatabaseProblem` with a
Chinese message that names the problem and what to do; nothing is written then.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from platformdirs import user_data_dir
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError

from ntip_desktop.errors import ConflictError, DatabaseProblem
from ntip_desktop.i18n import translate
from ntip_desktop.services import canonical_json
from ntip_desktop.services.db_peek import describe_file, newest_revision

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.orm import Session, sessionmaker

APP_NAME = "ntip-desktop"
_MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def default_sqlite_path() -> Path:
    """The SQLite file in the user's data directory (created on first use)."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "ntip.sqlite3"


def resolve_url(url: str | None = None) -> str:
    """``--db`` value, else ``$NTIP_DB_URL``, else the default SQLite file. A bare path means SQLite.

    A value that is no URL (``::://``, ``postgresql://u:p@[::1``) or no usable path (NUL, bytes that are
    not text) raises DatabaseProblem saying so, with any password left out.
    """
    url = given = url or os.environ.get("NTIP_DB_URL") or ""
    try:
        if not url:
            url = f"sqlite:///{default_sqlite_path()}"
        elif "://" not in url:
            url = f"sqlite:///{Path(url).expanduser().resolve()}"
        elif url.startswith("postgresql://") or url.startswith("postgres://"):
            url = "postgresql+psycopg://" + url.split("://", 1)[1]
        url.encode("utf-8")
        make_url(url)
    except (ArgumentError, ValueError, OSError, RuntimeError):  # RuntimeError: "~user" of no such user
        raise DatabaseProblem(
            translate(
                "services.db", "資料庫網址「{url}」無法解讀。請用 SQLite 檔的路徑，或 postgresql://帳號@主機/資料庫。"
            ).replace("{url}", _PASSWORD.sub(r"\1***@", given.encode("utf-8", "backslashreplace").decode("utf-8")))
        ) from None
    return url


#: The password part of a URL (``//user:password@``), left out of messages.
_PASSWORD = re.compile(r"(//[^/:@]*:)[^/@]*@")


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    busy_ms = int(os.environ.get("NTIP_SQLITE_BUSY_MS", "5000"))
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={busy_ms}")
    _journal_mode_wal(cur, busy_ms)
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _journal_mode_wal(cur: sqlite3.Cursor, busy_ms: int) -> None:
    """``PRAGMA journal_mode=WAL``, tried again for up to the busy timeout while the file is locked.

    Two programs opening a new file at the same moment both turn it to WAL; SQLite may answer one of them
    "database is locked" at once, without waiting in its busy handler (measured: about one start in two
    hundred with four programs), which the loser of two ``ntip db upgrade`` reported as 「正被其他程式使用中」.
    """
    deadline = time.monotonic() + busy_ms / 1000
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.01)


def _sqlite_read_only_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={int(os.environ.get('NTIP_SQLITE_BUSY_MS', '5000'))}")
    cur.execute("PRAGMA query_only=ON")
    cur.close()


def _read_only_connector(path: Path) -> Callable[[], sqlite3.Connection]:
    """Connections that cannot write to, create or convert the file (``mode=ro``, no WAL pragma).

    A database in WAL mode on a read-only medium (an archived copy on a CD, a read-only share) cannot
    be read that way: SQLite must create its ``-shm`` index beside it. Such a file is opened as
    ``immutable``, which needs no index, unless a ``-wal`` file with content lies beside it (it would be
    ignored, and what it holds missed): then the error stands.
    """
    base = "file:" + quote(str(path))
    timeout = int(os.environ.get("NTIP_SQLITE_BUSY_MS", "5000")) / 1000

    def connect() -> sqlite3.Connection:
        con = sqlite3.connect(f"{base}?mode=ro", uri=True, timeout=timeout, check_same_thread=False)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as exc:
            con.close()
            wal = path.with_name(path.name + "-wal")
            if "unable to open" not in str(exc) or not path.is_file() or (wal.exists() and wal.stat().st_size):
                raise
            con = sqlite3.connect(f"{base}?immutable=1", uri=True, timeout=timeout, check_same_thread=False)
        return con

    return connect


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine for ``url``. It creates nothing until connected (:func:`upgrade` creates the folder of a
    new SQLite file); ``read_only``: its connections cannot write (SQLite ``mode=ro``, PostgreSQL
    read-only transactions)."""
    url = resolve_url(url)
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        path = sqlite_path(url)
        if read_only and path is not None:
            engine = create_engine(url, creator=_read_only_connector(path), json_serializer=canonical_json.compact)
            event.listen(engine, "connect", _sqlite_read_only_pragmas)
            return engine
        engine = create_engine(
            url,
            json_serializer=canonical_json.compact,
            connect_args={
                "timeout": int(os.environ.get("NTIP_SQLITE_BUSY_MS", "5000")) / 1000,
                "check_same_thread": False,
            },
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if backend == "postgresql":
        connect_args: dict[str, Any] = {"connect_timeout": 5}
        if read_only:
            connect_args["options"] = "-c default_transaction_read_only=on"
        return create_engine(url, pool_pre_ping=True, connect_args=connect_args, json_serializer=canonical_json.compact)
    raise DatabaseProblem(
        translate("services.db", "不支援的資料庫種類：{backend}（請用 SQLite 檔或 postgresql:// 網址）").format(
            backend=backend
        )
    )


def explain(exc: BaseException, url: str = "") -> DatabaseProblem:
    """Turn a driver error into a plain Chinese message saying what is wrong and what to do."""
    text = str(getattr(exc, "orig", exc) or exc).lower()
    where = _describe(url) if url else ""
    if "file is not a database" in text or "malformed" in text:
        msg = translate("services.db", "{where}不是資料庫檔，或已損毀。請確認選對檔案，或從備份還原。")
    elif "database is locked" in text or "database table is locked" in text:
        msg = translate("services.db", "{where}正被其他程式使用中（已鎖定）。請關閉其他開啟它的 NTIP Desk 後再試。")
    elif "disk is full" in text or "no space left" in text or "disk i/o" in text:
        msg = translate("services.db", "{where}寫入失敗：磁碟空間已滿或無法寫入。請清出空間後再試；尚未寫入任何資料。")
    elif "password authentication failed" in text or "authentication failed" in text:
        msg = translate("services.db", "{where}登入失敗：PostgreSQL 帳號或密碼錯誤。請檢查資料庫網址中的帳號密碼。")
    elif "does not exist" in text and "database" in text:
        msg = translate("services.db", "{where}不存在。請先請資料庫管理者建立資料庫，再執行「ntip db upgrade」。")
    elif "connection refused" in text or "could not connect" in text or "timeout" in text or "translate host" in text:
        msg = translate("services.db", "{where}無法連線。請確認伺服器已啟動、網址與連接埠正確，且網路可連到它。")
    elif "unable to open database" in text or "readonly" in text or "read-only" in text or "permission denied" in text:
        msg = translate("services.db", "{where}無法開啟或無法寫入。請確認檔案位置存在且您有讀寫權限。")
    else:
        msg = translate("services.db", "{where}發生錯誤：{detail}").replace("{detail}", str(getattr(exc, "orig", exc)))
    return DatabaseProblem(msg.replace("{where}", where))


def _describe(url: str) -> str:
    path = sqlite_path(url)
    if path is not None:
        return describe_file(path)
    u = make_url(url)
    return (
        translate("services.db", "PostgreSQL 資料庫「{db}」（{host}）")
        .replace("{db}", u.database or "")
        .replace("{host}", u.host or "localhost")
    )


def _alembic_config(connection: object | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _current_if_newest(engine: Engine) -> str | None:
    """The database's revision when it is the newest this program knows, else None (then the full check,
    with Alembic, says why). One query: the usual start, on a database already up to date, stays quick."""
    head = newest_revision()
    if head is None:
        return None
    try:
        with engine.connect() as conn:
            current = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except (DBAPIError, sqlite3.DatabaseError):
        return None  # no such table, locked, not a database…: the full check explains it
    return head if current == head else None


@dataclass(frozen=True)
class SchemaStatus:
    current: str | None  #: revision in the database (None: empty database)
    head: str  #: revision this program knows as newest

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def schema_status(engine: Engine) -> SchemaStatus:
    """Where the database stands; refuses foreign databases and schemas newer than this program."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    url = engine.url.render_as_string(hide_password=False)
    script = ScriptDirectory.from_config(_alembic_config())
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            tables = set(inspect(conn).get_table_names())
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        raise explain(exc, url) from exc
    if current is None and tables - {"alembic_version"}:
        raise DatabaseProblem(
            translate(
                "services.db", "{where}已有其他程式的資料表，不是 NTIP Desk 的資料庫。請改選空白或 NTIP Desk 的資料庫。"
            ).replace("{where}", _describe(url))
        )
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:  # alembic raises several kinds for an unknown revision
            raise DatabaseProblem(
                translate("services.db", "{where}的版本（{rev}）比本程式新。請更新 NTIP Desk 後再開啟；資料未被更動。")
                .replace("{where}", _describe(url))
                .replace("{rev}", current)
            ) from exc
    return SchemaStatus(current=current, head=script.get_current_head() or "")


def backup_sqlite(path: Path, label: str) -> Path:
    """Copy an SQLite file with the online backup API (consistent even in WAL mode)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{label}-{stamp}{path.suffix}")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _create_folder(engine: Engine) -> None:
    """The folder of a new SQLite file (only creating the database may create it)."""
    url = engine.url.render_as_string(hide_password=False)
    path = sqlite_path(url)
    try:
        if path is None or path.parent.is_dir():
            return
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if isinstance(exc, (FileExistsError, NotADirectoryError)) and path is not None:
            blocking = next((p for p in path.parents if p.is_file()), None)
            if blocking is not None:
                reason = translate("services.db", "「{path}」是檔案，不是資料夾").replace("{path}", str(blocking))
        raise DatabaseProblem(
            translate("services.db", "{where}的資料夾無法建立：{reason}。請改選一個可寫入的資料夾。")
            .replace("{where}", _describe(url))
            .replace("{reason}", reason)
        ) from None


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


#: The PostgreSQL advisory lock held by the one program that sets up a database ("ntip" in ASCII).
SETUP_LOCK = 0x6E746970


def _setup_busy(url: str, *, creating: bool) -> DatabaseProblem:
    if creating:
        msg = translate("services.db", "{where}：另一個程式正在建立這個資料庫，請稍後再試。")
    else:
        msg = translate("services.db", "{where}：另一個程式正在建立或升級這個資料庫，請稍後再試。")
    return DatabaseProblem(msg.replace("{where}", _describe(url)))


@contextmanager
def setup_transaction(conn: Connection, *, creating: bool) -> Iterator[None]:
    """A transaction on ``conn`` holding the database's setup lock: one program at a time creates, migrates
    or seeds a database, all or nothing.

    ``creating``: the database has no schema yet. Another program building it is not waited for:
    :class:`DatabaseProblem` says at once 「另一個程式正在建立這個資料庫，請稍後再試」.

    On PostgreSQL the lock is a transaction-level advisory lock that only setups take, so it is never
    waited for. On SQLite it is the write lock itself, taken by ``BEGIN IMMEDIATE`` with the driver's own
    transaction handling off for the duration: Python's ``sqlite3`` otherwise opens a transaction only
    before INSERT/UPDATE/DELETE, so a migration's CREATE TABLEs were each committed on their own — a second
    program saw half a schema (「不是 NTIP Desk 的資料庫」) and a killed one left it behind. On a new SQLite
    file only another setup can hold the write lock, so it is not waited for either; on one with a schema
    any writer may hold it for a moment, so it is waited for as every writer does (the busy timeout), and
    a lock still held then is reported as such (:func:`explain`).
    """
    url = conn.engine.url.render_as_string(hide_password=False)
    if conn.dialect.name != "sqlite":
        with conn.begin():
            if not conn.execute(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": SETUP_LOCK}).scalar():
                raise _setup_busy(url, creating=creating)
            yield
        return
    raw: Any = conn.connection.dbapi_connection
    level = raw.isolation_level
    raw.isolation_level = None
    try:
        with conn.begin():
            busy = raw.execute("PRAGMA busy_timeout").fetchone()[0]
            if creating:
                raw.execute("PRAGMA busy_timeout=0")
            try:
                raw.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                if creating and ("locked" in str(exc) or "busy" in str(exc)):
                    raise _setup_busy(url, creating=creating) from exc
                raise explain(exc, url) from exc
            finally:
                raw.execute(f"PRAGMA busy_timeout={int(busy)}")
            yield
    finally:
        raw.isolation_level = level


@contextmanager
def _migration_connection(engine: Engine, *, creating: bool = False) -> Iterator[Connection]:
    """A connection in a transaction for migrations, holding the setup lock (:func:`setup_transaction`).

    On SQLite, foreign keys are off while migrations run: batch mode rebuilds a table by copying it and
    dropping the old one, and with foreign keys on, dropping a parent (``courses``) would cascade to its
    children (segments, enrollments, absences). SQLite ignores the pragma inside a transaction, so it is
    set on the bare connection first; before the commit, ``PRAGMA foreign_key_check`` must find nothing
    (SQLite's own recipe for altering tables).
    """
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        raw: Any = conn.connection.dbapi_connection
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with setup_transaction(conn, creating=creating):
                yield conn
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"a migration left rows pointing at nothing: {broken[:5]}")
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")


def migrate(engine: Engine, revision: str = "head", *, down: bool = False) -> None:
    """Run the migrations up (or ``down``) to ``revision``: what :func:`upgrade` does, without its checks."""
    from alembic import command

    with _migration_connection(engine) as conn:
        (command.downgrade if down else command.upgrade)(_alembic_config(conn), revision)


def upgrade(engine: Engine, *, backup: bool = True) -> UpgradeResult:
    """Create or migrate the schema to the newest revision (idempotent), all or nothing.

    An SQLite file that already holds data of an older revision is first copied beside itself. One program
    at a time: a second one that comes while the first builds a new database is told so at once
    (:func:`setup_transaction`); one that comes after finds it up to date.
    """
    if (current := _current_if_newest(engine)) is not None:
        return UpgradeResult(current, current, None)
    _create_folder(engine)
    status = schema_status(engine)
    if status.up_to_date:
        return UpgradeResult(status.current, status.head, None)
    url = engine.url.render_as_string(hide_password=False)
    backup_path = None
    path = sqlite_path(url)
    if backup and status.current is not None and path is not None and path.exists():
        try:
            backup_path = backup_sqlite(path, status.current)
        except (sqlite3.Error, OSError) as exc:
            raise explain(exc, url) from exc
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    try:
        with _migration_connection(engine, creating=status.current is None) as conn:
            # read again under the lock: another program may have upgraded it since schema_status()
            current = MigrationContext.configure(conn).get_current_revision()
            command.upgrade(_alembic_config(conn), "head")
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        raise explain(exc, url) from exc
    return UpgradeResult(current, status.head, backup_path)


class Database:
    """An engine plus a session factory. Sessions are short: one per task or command."""

    def __init__(self, url: str | None = None, *, engine: Engine | None = None, read_only: bool = False) -> None:
        self.url = resolve_url(url) if engine is None else engine.url.render_as_string(hide_password=False)
        self.engine = engine if engine is not None else make_engine(self.url, read_only=read_only)
        self._sessions: sessionmaker[Session] | None = None  # made on first use: the ORM loads after sign-in shows

    def _factory(self) -> Session:
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def describe(self) -> str:
        return _describe(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed when the block ends normally and rolled back otherwise."""
        session = self._factory()
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            if isinstance(exc, OperationalError) or _damaged(exc):
                raise explain(exc, self.url) from exc
            raise
        except BaseException as exc:
            session.rollback()
            if _stale(exc):
                raise stale_conflict() from exc
            raise
        finally:
            session.close()

    def new_session(self) -> Session:
        return self._factory()

    def has_users(self) -> bool:
        """Whether anyone can sign in yet (False on a new database: the first-run wizard). One plain query,
        so that the sign-in dialog does not wait for the ORM and the models to load (``auth.has_users`` is
        the same question asked through them)."""
        try:
            with self.engine.connect() as conn:
                return conn.exec_driver_sql("SELECT 1 FROM office_users LIMIT 1").first() is not None
        except (DBAPIError, sqlite3.DatabaseError) as exc:
            raise explain(exc, self.url) from exc

    def upgrade(self, *, backup: bool = True) -> UpgradeResult:
        return upgrade(self.engine, backup=backup)

    def dispose(self) -> None:
        self.engine.dispose()


def _stale(exc: BaseException) -> bool:
    """Whether ``exc`` is the ORM's lost race on a versioned record (``StaleDataError``: the row's version
    moved, or the row went, between reading and writing it). Looked up by name: the ORM may not be loaded."""
    return any(cls.__name__ == "StaleDataError" and cls.__module__ == "sqlalchemy.orm.exc" for cls in type(exc).__mro__)


def stale_conflict() -> ConflictError:
    """The message for a lost race that no use case explained itself (most name the record and the clerk)."""
    return ConflictError(
        translate(
            "services.db",
            "您正在處理的資料已由其他人變更或刪除，您的修改沒有寫入。請重新開啟該筆資料，確認最新內容後再試一次。",
        )
    )


def open_database(url: str | None = None, *, migrate: bool = True, read_only: bool = False) -> Database:
    """Open (and by default create or migrate) the database; raises DatabaseProblem with what to do.

    Without ``migrate`` nothing is created: a missing SQLite file is refused rather than made. With
    ``read_only`` (commands that only read) nothing can be written either, the database can lie on a
    read-only medium, and an SQLite file is first checked for damage (``PRAGMA quick_check``), so that a
    damaged file is reported as such rather than read in part.
    """
    if read_only:
        migrate = False
    url = resolve_url(url)
    if not migrate and not database_file_exists(url):
        raise missing_database(url)
    db = Database(url, read_only=read_only)
    if migrate:
        db.upgrade()
    elif _current_if_newest(db.engine) is None:
        status = schema_status(db.engine)
        if not status.up_to_date:
            raise DatabaseProblem(
                translate("services.db", "{where}尚未建立或需要升級。請執行「ntip db upgrade」。").replace(
                    "{where}", db.describe()
                )
            )
    if read_only:
        check_integrity(db.engine, quick=True)
    return db


def database_file_exists(url: str) -> bool:
    """Whether the SQLite file of ``url`` exists (True for PostgreSQL); DatabaseProblem when its path cannot
    even be looked up (a name too long, a folder on the way that may not be read)."""
    path = sqlite_path(url)
    try:
        return path is None or path.is_file()
    except OSError as exc:
        raise DatabaseProblem(
            translate("services.db", "{where}無法開啟：{reason}")
            .replace("{where}", _describe(url))
            .replace("{reason}", exc.strerror or str(exc))
        ) from None


def missing_database(url: str) -> DatabaseProblem:
    """An SQLite file that does not exist (and that only ``ntip db upgrade`` may create)."""
    return DatabaseProblem(
        translate("services.db", "{where}不存在。請先執行「ntip db upgrade」建立資料庫。").replace(
            "{where}", _describe(url)
        )
    )


def integrity_problems(engine: Engine, *, quick: bool = False) -> list[str]:
    """What SQLite's own check finds wrong with the file (empty: sound; always empty on PostgreSQL).

    ``quick`` runs ``quick_check`` (every page and record, in about a second a county-year) rather than
    ``integrity_check`` (which also compares every index with its table, several times slower).
    """
    if engine.dialect.name != "sqlite":
        return []
    url = engine.url.render_as_string(hide_password=False)
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
    except DBAPIError as exc:
        if _damaged(exc):
            return [str(exc.orig)]
        raise explain(exc, url) from exc
    lines = [str(row[0]) for row in rows]
    return [] if lines == ["ok"] else lines


def check_integrity(engine: Engine, *, quick: bool = False) -> None:
    """DatabaseProblem when :func:`integrity_problems` finds any: the file is damaged (not tampered with)."""
    problems = [
        line.strip()
        for text in integrity_problems(engine, quick=quick)
        for line in text.splitlines()
        if line.strip() and not line.startswith("***")  # "*** in database main ***" heads SQLite's list
    ]
    if problems:
        raise DatabaseProblem(
            translate(
                "services.db",
                "{where}已損毀（SQLite 完整性檢查：{detail}）。這是檔案損壞，不是資料遭人修改的證據；"
                "請保留此檔，並從備份還原。",
            )
            .replace("{where}", _describe(engine.url.render_as_string(hide_password=False)))
            .replace("{detail}", "；".join(problems[:2])[:200] + ("…" if len(problems) > 2 else ""))
        )


def _damaged(exc: DBAPIError) -> bool:
    """Whether a driver error says the SQLite file is damaged or no database at all."""
    text = str(exc.orig).lower()
    return "malformed" in text or "file is not a database" in text
