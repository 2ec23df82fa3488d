"""A first look at the database with the standard library alone, for the start of the desktop program.

Opening the database properly (:func:`ntip_desktop.services.db.open_database`) loads SQLAlchemy first, a
quarter of a second before anything can be asked. The usual start needs one answer sooner: is the database
an SQLite file already at the newest revision, with someone who can sign in? Then the sign-in dialog can be
shown at once while the database layer loads behind it (``views/startup.py``). Anything else (PostgreSQL, a
new or older file, a foreign or damaged one) answers False, and the full check says what is wrong.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from ntip_desktop.i18n import translate

_MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")


def newest_revision() -> str | None:
    """The newest migration revision, read from the migration files' ``revision``/``down_revision`` lines
    without importing Alembic; None when the files do not name exactly one head."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (_MIGRATIONS / "versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(path.read_text(encoding="utf-8")))
        if "revision" in found:
            revisions.update(_QUOTED.findall(found["revision"]))
            parents.update(_QUOTED.findall(found.get("down_revision", "")))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def sqlite_file(url: str | None = None) -> Path | None:
    """The SQLite file ``url`` names as ``services.db.resolve_url`` reads it (``--db``, else ``$NTIP_DB_URL``,
    else the file in the user's data folder; a bare path is a file), or None when it is no plain SQLite file."""
    url = url or os.environ.get("NTIP_DB_URL") or ""
    if not url:
        return Path(user_data_dir("ntip-desktop", appauthor=False)) / "ntip.sqlite3"
    if "://" not in url:
        return Path(url).expanduser().resolve()
    if url.startswith("sqlite:///") and "?" not in url and len(url) > len("sqlite:///"):
        return Path(url[len("sqlite:///") :])
    return None


def describe_file(path: Path) -> str:
    """How the program names an SQLite database to the user (``services.db`` says it the same way)."""
    return translate("services.db_peek", "資料庫檔「{path}」").replace("{path}", str(path))


@dataclass(frozen=True)
class ReadyFile:
    """An SQLite file ready for signing in."""

    path: Path
    label: str  #: :func:`describe_file`


def ready_to_sign_in(url: str | None = None) -> ReadyFile | None:
    """``url``'s file when it is an existing SQLite file at the newest revision with at least one office user;
    None otherwise (then the full check runs, and says what is wrong if anything is)."""
    path = sqlite_file(url)
    head = newest_revision()
    if path is None or head is None or not path.is_file():
        return None
    try:
        connection = sqlite3.connect(path, timeout=1)
        try:
            version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            someone = connection.execute("SELECT 1 FROM office_users LIMIT 1").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    if version != (head,) or someone is None:
        return None
    return ReadyFile(path, describe_file(path))
