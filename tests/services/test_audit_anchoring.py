"""The audit log anchored outside the database: what someone who holds the database (and not the key) can try.

Each attack starts as issue 13 describes it: the append-only triggers dropped, then rows edited or deleted and
the hashes recomputed so that the chain alone still holds. The installation key (a per-run folder, see
tests/conftest.py) and a checkpoint taken before the attack must give it away.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.models import AuditEntry, AuditSource, ddl
from ntip_desktop.services import audit, audit_keys
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import Database

CLERK = audit.Actor(user_id="u-1", name="林書記", source=AuditSource.UI)


def _entries(db: Database, n: int = 7) -> None:
    with db.session() as s:
        for i in range(1, n + 1):
            audit.record(
                s,
                CLERK,
                "account_application",
                f"B115000{i:04d}",
                "approve",
                new={"state": "approved"},
                reason="核章齊全",
            )


def _verify(db: Database, checkpoint: audit.Checkpoint | None = None) -> audit.ChainReport:
    with db.session() as s:
        return audit.verify(s, console_user(), checkpoint=checkpoint)


def _checkpoint(db: Database) -> audit.Checkpoint:
    with db.session() as s:
        return audit.checkpoint(s, console_user())


def _without_guards(db: Database, *statements: tuple[str, dict]) -> None:
    """What someone with the database and its owner's rights does: drop the triggers, change rows."""
    with db.engine.begin() as conn:
        for stmt in ddl.drop_guards(db.dialect):
            conn.exec_driver_sql(stmt)
        for sql, params in statements:
            conn.execute(text(sql), params)


def _rechain_from(db: Database, first: int) -> None:
    """Recompute the hashes from entry ``first`` on (and the head's), as a forger without the key would."""
    with db.session() as s:
        entries = list(s.query(AuditEntry).where(AuditEntry.seq >= first).order_by(AuditEntry.seq))
        prev = entries[0].prev_hash
        updates = []
        for e in entries:
            digest = audit.entry_hash(prev, audit._entry_fields(e))
            updates.append({"seq": e.seq, "prev": prev, "hash": digest})
            prev = digest
    _without_guards(
        db,
        *[("UPDATE audit_log SET prev_hash = :prev, hash = :hash WHERE seq = :seq", u) for u in updates],
        ("UPDATE audit_head SET hash = :hash WHERE id = 1", {"hash": prev}),
    )


def test_the_first_write_makes_a_private_key_outside_the_database_and_signs_with_it(
    database: Database, installation_config: Path
) -> None:
    _entries(database, 2)
    key_file = installation_config / "audit-key"
    assert key_file.is_file()
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    key = audit_keys.load_key()
    assert key is not None
    with database.engine.connect() as conn:
        signed = conn.execute(text("SELECT key_id, mac, hash FROM audit_log ORDER BY seq")).all()
        head = conn.execute(text("SELECT key_id, mac FROM audit_head")).one()
    assert {k for k, _m, _h in signed} == {key.key_id} and head[0] == key.key_id
    assert all(m == key.mac("entry", h) for _k, m, h in signed)
    report = _verify(database)
    assert report.ok and report.authenticated == 2 and report.own_key == key.key_id


def test_a_rewritten_chain_is_detected_at_the_edited_entry(database: Database) -> None:
    _entries(database)
    _without_guards(database, ("UPDATE audit_log SET reason = '核章不齊' WHERE seq = 5", {}))
    _rechain_from(database, 5)
    report = _verify(database)
    assert not report.ok and (report.problem, report.first_bad_seq) == ("forged", 5)
    assert "序號 5 的金鑰驗證碼不符" in report.explanation()


def test_a_rewritten_chain_with_its_codes_removed_is_detected(database: Database) -> None:
    _entries(database)
    _without_guards(
        database,
        ("UPDATE audit_log SET reason = '核章不齊' WHERE seq = 5", {}),
        ("UPDATE audit_log SET key_id = NULL, mac = NULL WHERE seq >= 5", {}),
        ("UPDATE audit_head SET key_id = NULL, mac = NULL", {}),
    )
    _rechain_from(database, 5)
    report = _verify(database)
    assert (report.ok, report.problem, report.first_bad_seq) == (False, "unsigned", 5)


def test_a_rewritten_chain_signed_under_an_invented_key_is_detected(database: Database) -> None:
    """The forger names a key nobody holds. An SQLite file belongs to one installation: refused at once; a
    shared PostgreSQL log counts the entries as another computer's, and the checkpoint gives it away."""
    _entries(database)
    taken = _checkpoint(database)
    _without_guards(
        database,
        ("UPDATE audit_log SET reason = '核章不齊' WHERE seq = 5", {}),
        ("UPDATE audit_log SET key_id = 'feedfacefeedface', mac = :m WHERE seq >= 5", {"m": "0" * 64}),
        ("UPDATE audit_head SET key_id = 'feedfacefeedface', mac = :m", {"m": "0" * 64}),
    )
    _rechain_from(database, 5)
    report = _verify(database)
    if database.dialect == "sqlite":
        assert (report.ok, report.problem, report.first_bad_seq) == (False, "foreign_key", 5)
        assert "feedfacefeedface" in report.explanation()
    else:
        assert report.ok and report.unverifiable == (("feedfacefeedface", 3),)
        assert any("本機沒有其金鑰" in note for note in report.notes())
    against = _verify(database, taken)
    if database.dialect != "sqlite":
        assert (against.ok, against.problem, against.first_bad_seq) == (False, "checkpoint_differs", 7)


def test_a_truncated_tail_is_detected_with_and_without_a_checkpoint(database: Database) -> None:
    _entries(database)
    taken = _checkpoint(database)
    assert taken.seq == 7
    with database.engine.connect() as conn:
        fifth = conn.execute(text("SELECT hash, key_id, mac FROM audit_log WHERE seq = 5")).one()
    _without_guards(
        database,
        ("DELETE FROM audit_log WHERE seq > 5", {}),
        ("UPDATE audit_head SET seq = 5, hash = :h, key_id = :k", {"h": fifth[0], "k": fifth[1]}),
    )
    report = _verify(database)
    assert (report.ok, report.problem, report.first_bad_seq) == (False, "head", 5)
    against = _verify(database, taken)
    assert (against.ok, against.problem, against.first_bad_seq) == (False, "checkpoint_missing", 6)
    assert "檢查點記載紀錄已到序號 7，現在只到序號 5" in against.explanation()


def test_an_emptied_log_is_detected_against_a_checkpoint(database: Database) -> None:
    _entries(database)
    taken = _checkpoint(database)
    _without_guards(
        database,
        ("DELETE FROM audit_log", {}),
        ("UPDATE audit_head SET seq = 0, hash = :h, key_id = NULL, mac = NULL", {"h": "0" * 64}),
    )
    assert _verify(database).ok  # an empty log looks like a new one: only the paper knows better
    report = _verify(database, taken)
    assert (report.ok, report.problem, report.first_bad_seq) == (False, "checkpoint_missing", 1)
    assert "現在只到序號 0" in report.explanation()


def test_a_checkpoint_reads_back_from_its_text_and_a_forged_one_is_refused(database: Database) -> None:
    _entries(database, 3)
    taken = _checkpoint(database)
    printed = f"NTIP Desk 稽核紀錄檢查點\n紀錄筆數：3\n{taken.line()}\n"
    again = audit.parse_checkpoint(printed.replace(taken.hash[:10], taken.hash[:10].upper()))
    assert again == taken
    split = taken.line().replace(" mac=", "\n mac=")  # copied across two lines
    assert audit.parse_checkpoint(split) == taken
    report = _verify(database, again)
    assert report.ok and report.checkpoint_authenticated
    assert any("與檢查點（序號 3" in note for note in report.notes())
    forged = audit.Checkpoint(taken.seq, taken.hash, taken.key_id, "f" * 64, taken.at)
    assert _verify(database, forged).problem == "checkpoint_forged"
    with pytest.raises(UserError, match="讀不出檢查點"):
        audit.parse_checkpoint("seq=3 hash=abc")


def test_no_checkpoint_is_taken_of_a_broken_log(database: Database) -> None:
    _entries(database, 3)
    _without_guards(database, ("UPDATE audit_log SET reason = '改過' WHERE seq = 2", {}))
    with pytest.raises(audit.BrokenChain, match="序號 2 的內容與其雜湊值不符"), database.session() as s:
        audit.checkpoint(s, console_user())


def test_another_installations_entries_are_checked_where_its_key_is(
    database: Database, installation_config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two computers write one log (a shared database): each checks its own codes; a copy of the other's key
    in ``audit-keys/`` lets one computer check everything."""
    _entries(database, 2)
    other = tmp_path / "other-computer"
    monkeypatch.setenv("NTIP_CONFIG_DIR", str(other))
    _entries(database, 3)
    other_key = audit_keys.load_key()
    assert other_key is not None
    monkeypatch.setenv("NTIP_CONFIG_DIR", str(installation_config))
    report = _verify(database)
    if database.dialect == "sqlite":
        assert (report.ok, report.problem, report.first_bad_seq) == (False, "foreign_key", 3)
    else:
        assert report.ok and report.authenticated == 2 and report.unverifiable == ((other_key.key_id, 3),)
    copies = installation_config / "audit-keys"
    copies.mkdir()
    (copies / "clerk-pc.key").write_bytes((other / "audit-key").read_bytes())
    try:
        report = _verify(database)
        assert report.ok and report.authenticated == 5 and report.unverifiable == ()
    finally:
        (copies / "clerk-pc.key").unlink()
        copies.rmdir()


def test_reading_the_log_needs_the_permission(database: Database) -> None:
    from account_world import build_world

    world = build_world(database)
    with database.session() as s:
        for user in (world.coordinator,):
            with pytest.raises(PermissionDenied):
                audit.verify(s, user)
            with pytest.raises(PermissionDenied):
                audit.list_entries(s, user)
        assert audit.verify(s, world.clerk).ok


def test_upgrading_signs_the_log_written_before_keys_existed(tmp_path: Path) -> None:
    """A log of revision 0008 has no codes: the upgrade checks nothing away and signs every entry, so that
    from then on an entry without a code is tampering, never "old"."""
    from datetime import UTC, datetime

    from sqlalchemy import column, insert, table

    from ntip_desktop.services.db import migrate

    db = Database(str(tmp_path / "old.sqlite3"))
    migrate(db.engine, "0008")
    names = ["seq", "at", "actor_id", "actor_name", "source", "entity", "entity_id", "action", "old", "new"]
    names += ["reason", "prev_hash", "hash"]
    log = table("audit_log", *(column(n, AuditEntry.__table__.c[n].type) for n in names))
    prev, rows = audit.GENESIS, []
    for seq in (1, 2, 3):
        fields = {
            "seq": seq,
            "at": datetime(2026, 3, 2, 1, seq, tzinfo=UTC).isoformat(),
            "actor_id": "",
            "actor_name": "林書記",
            "source": "ui",
            "entity": "course",
            "entity_id": f"115A000{seq}",
            "action": "approve",
            "old": None,
            "new": {"state": "approved"},
            "reason": "",
        }
        digest = audit.entry_hash(prev, fields)
        rows.append({**fields, "at": datetime(2026, 3, 2, 1, seq, tzinfo=UTC), "prev_hash": prev, "hash": digest})
        prev = digest
    with db.engine.begin() as conn:
        conn.execute(insert(log), rows)
        conn.execute(text("UPDATE audit_head SET seq = 3, hash = :h"), {"h": prev})
    db.upgrade(backup=False)
    key = audit_keys.load_key()
    assert key is not None
    report = _verify(db)
    assert report.ok and report.entries == 3 and report.authenticated == 3
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT DISTINCT key_id FROM audit_log")).scalars().all() == [key.key_id]
        with pytest.raises(Exception, match="append-only"):  # the triggers are back
            conn.execute(text("DELETE FROM audit_log"))
    db.dispose()
