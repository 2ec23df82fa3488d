"""Migration 0013: the audit source ``starter``. Going back below it is refused while the log holds such
entries (append-only, and each entry's hash covers its source); without them it goes back and up again.

On SQLite (a copy of the run's migrated template); the round trip of every revision on both engines is
tests/models/test_uuid_keys.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

import ntip_desktop.migrations
from ntip_desktop.models import AuditSource
from ntip_desktop.services import audit, auth
from ntip_desktop.services.db import Database, head_revision


def _migrate(path: Path, revision: str, *, down: bool = False) -> None:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            cfg = Config()
            cfg.set_main_option(
                "script_location", ScriptDirectory(str(Path(ntip_desktop.migrations.__file__).parent)).dir
            )
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, revision)
    finally:
        engine.dispose()


def _state(path: Path) -> tuple[str, str, list[str]]:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
            (check,) = [c["sqltext"] for c in inspect(conn).get_check_constraints("audit_log")]
            triggers = sorted(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
    finally:
        engine.dispose()
    return version, check, triggers


@pytest.fixture
def copy(sqlite_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite3"
    shutil.copy(sqlite_template, path)
    return path


def test_without_starter_entries_the_database_goes_back_and_up_again(copy: Path) -> None:
    _migrate(copy, "0012", down=True)
    version, check, triggers = _state(copy)
    assert version == "0012" and "'starter'" not in check
    assert "trg_audit_log_no_update" in triggers and "trg_audit_log_no_delete" in triggers
    _migrate(copy, "head")
    version, check, triggers = _state(copy)
    assert version == head_revision() and "'starter'" in check
    assert "trg_audit_log_no_update" in triggers and "trg_audit_log_no_delete" in triggers


def test_starter_entries_keep_the_database_at_0013(copy: Path) -> None:
    db = Database(str(copy))
    with db.session() as s:
        audit.record(
            s, audit.Actor.system(AuditSource.STARTER, "學校設定檔"), "organization", "1", "create", reason="x"
        )
    db.dispose()
    with pytest.raises(RuntimeError, match="cannot go below revision 0013"):
        _migrate(copy, "0012", down=True)
    assert _state(copy)[0] == head_revision()  # nothing was undone
    db = Database(str(copy))
    with db.session() as s:
        assert audit.verify(s, auth.console_user()).ok
    db.dispose()
