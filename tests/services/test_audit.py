"""The audit log: every change recorded, and a tampered or deleted row is detected."""

from __future__ import annotations

import json
import threading
import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from ntip_desktop.models import AuditSource
from ntip_desktop.services import audit
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import Database

CLERK = audit.Actor(user_id="u-1", name="林書記", source=AuditSource.FAX)


def _three_entries(database: Database) -> None:
    with database.session() as s:
        audit.record(
            s,
            CLERK,
            "account_application",
            "B1150000017",
            "fax_received",
            old={"state": "pending_fax"},
            new={"state": "fax_received"},
            reason="收到傳真 2 頁",
        )
        audit.record(
            s,
            CLERK,
            "account_application",
            "B1150000017",
            "approve",
            old={"state": "fax_received"},
            new={"state": "approved"},
            reason="核章齊全",
        )
        audit.record(
            s,
            CLERK,
            "course",
            "1150001234",
            "override",
            old={"outcome": "fail"},
            new={"outcome": "pass"},
            reason="已取得主管機關同意函",
        )


def test_intact_chain_verifies(database: Database) -> None:
    _three_entries(database)
    with database.session() as s:
        report = audit.verify(s, console_user())
        rows = audit.list_entries(s, console_user())
    assert report.ok and report.entries == 3
    assert [r.action for r in rows] == ["override", "approve", "fax_received"]
    assert rows[1].old == {"state": "fax_received"} and rows[1].new == {"state": "approved"}
    assert rows[1].actor_name == "林書記" and rows[1].source == "fax" and rows[1].reason == "核章齊全"


def test_entries_recorded_in_bulk_extend_the_chain_as_one_by_one(database: Database) -> None:
    _three_entries(database)
    with database.session() as s:
        written = audit.record_many(
            s,
            CLERK,
            [
                audit.Change("hour_award", f"award-{n}", "award", new={"hours": n}, reason="核發研習時數")
                for n in range(7)
            ],
        )
        audit.record(s, CLERK, "course", "1150001234", "award", old={"state": "approved"}, new={"state": "awarded"})
    assert written == 7
    with database.session() as s:
        report = audit.verify(s, console_user())
        rows = audit.list_entries(s, console_user())
    assert report.ok and report.entries == 11
    assert [(r.seq, r.entity_id) for r in rows[:3]] == [(11, "1150001234"), (10, "award-6"), (9, "award-5")]
    assert rows[1].new == {"hours": 6} and rows[1].actor_name == "林書記" and rows[1].source == "fax"
    assert rows[1].reason == "核發研習時數" and rows[1].old is None
    with database.session() as s:
        assert audit.record_many(s, CLERK, []) == 0
        assert audit.verify(s, console_user()).entries == 11


def test_the_chain_hash_of_an_entry_is_what_it_always_was() -> None:
    """Entries already in every database were hashed this way: the verifier must go on computing the same."""
    fields = {
        "seq": 7,
        "at": "2026-11-30T08:15:42.123000+00:00",
        "actor_id": "u-1",
        "actor_name": "林書記",
        "source": "sync",
        "entity": "absence",
        "entity_id": "0b6c1f0e-8a51-4f38-9a7e-3b1d2c4e5f60",
        "action": "import",
        "old": {"minutes": 30, "reason": "leave"},
        "new": {
            "minutes": 90,
            "reason": "unexcused",
            "note": '引號" 反斜線\\ 換行\n \u2028 😀',
            "tags": ["k12_teacher", None, 1.5, True],
        },
        "reason": "傳報檔 " + "ab" * 32,
    }
    # computed by the program before record_many put each entry's JSON together from pieces
    assert audit.entry_hash(audit.GENESIS, fields) == "d4cefd468f1b2968aabeb399399a789e67c29dd71beedb8dd4b48f838675244d"


def test_bulk_entries_with_awkward_values_verify(database: Database) -> None:
    """Quotes, backslashes, line breaks, emoji, nested and unsorted keys, enums, times and UUIDs in old and
    new: the entries record_many writes are what the verifier recomputes, entry by entry."""
    when = datetime(2026, 10, 5, 9, 30, tzinfo=UTC)
    record_id = uuid.UUID("0b6c1f0e-8a51-4f38-9a7e-3b1d2c4e5f60")
    changes = [
        audit.Change("absence", record_id, "import", new={"z": 1, "a": '引號" 反斜線\\ 換行\n \u2028 😀'}),
        audit.Change("course", "115K000001", "import", old={"state": AuditSource.FAX, "at": when}, new={}),
        audit.Change("enrollment", 42, "import", old={"ids": [record_id, None, 1.5, True]}, new=None, reason=""),
        audit.Change("absence", record_id, "import", new={"nested": {"b": [1, {"y": "乙", "x": "甲"}]}}, reason="再"),
    ]
    with database.session() as s:
        audit.record(s, CLERK, "course", "1150001234", "award", new={"state": "awarded"})
        assert audit.record_many(s, CLERK, changes) == 4
    with database.session() as s:
        report = audit.verify(s, console_user())
        rows = audit.list_entries(s, console_user())
    assert report.ok and report.entries == 5 and report.authenticated == 5
    assert rows[3].new == {"z": 1, "a": '引號" 反斜線\\ 換行\n \u2028 😀'} and rows[3].old is None
    assert rows[2].old == {"state": "fax", "at": "2026-10-05T09:30:00+00:00"} and rows[2].new == {}
    assert rows[1].entity_id == "42" and rows[1].old == {"ids": [str(record_id), None, 1.5, True]}
    assert rows[1].new is None
    assert rows[0].new == {"nested": {"b": [1, {"y": "乙", "x": "甲"}]}} and rows[0].reason == "再"


def test_a_batch_entry_given_its_canonical_text_stores_that_text_and_verifies(database: Database) -> None:
    """A package's record comes with its content's canonical JSON (the text its digest covers): the chain
    hashes that text and stores it as it is (keys sorted), and the verifier recomputes the same hash."""
    record_id = uuid.UUID("0b6c1f0e-8a51-4f38-9a7e-3b1d2c4e5f60")
    content = {"segment": "第 1 節", "minutes": 50, "reason": "leave", "enrollment": '甲"乙'}
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    with database.session() as s:
        audit.record_many(s, CLERK, [audit.Change("absence", record_id, "import", new=content, new_json=canonical)])
    with database.session() as s:
        report = audit.verify(s, console_user())
        row = audit.list_entries(s, console_user())[0]
    assert report.ok and report.entries == 1
    assert row.new == content and list(row.new) == ["enrollment", "minutes", "reason", "segment"]


def test_bulk_entries_are_stored_exactly_as_single_ones(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """record_many converts the values for the driver itself: the stored text of the time (a whole second,
    where a careless conversion drops the fraction), the source and the JSON of old and new is what the
    ordinary insert of :func:`audit.record` stores."""
    monkeypatch.setattr(audit, "_now_ms", lambda: datetime(2026, 11, 30, 8, 0, 0, tzinfo=UTC))
    old, new = {"state": "待審", "n": 1, "note": None}, {"state": "通過", "list": ["a", 1.5], "quote": 'x"y'}
    with database.session() as s:
        audit.record(s, CLERK, "course", "1150001234", "approve", old=old, new=new, reason="同")
        audit.record_many(s, CLERK, [audit.Change("course", "1150001234", "approve", old=old, new=new, reason="同")])
        audit.record_many(s, CLERK, [audit.Change("course", "1150001234", "create", new=new)])
    as_text = "CAST({} AS TEXT)" if database.dialect == "postgresql" else "{}"
    columns = ", ".join(as_text.format(c) for c in ("at", "source", "old", "new", "actor_name", "reason"))
    with database.engine.connect() as conn:
        one, bulk, created = conn.execute(text(f"SELECT {columns} FROM audit_log ORDER BY seq")).all()
    assert bulk == one
    assert created[3] == bulk[3] and created[0] == one[0]
    with database.session() as s:
        assert audit.verify(s, console_user()).ok
        assert audit.list_entries(s, console_user())[0].old is None


def test_database_refuses_to_edit_or_delete_audit_rows(database: Database) -> None:
    _three_entries(database)
    for stmt in ("UPDATE audit_log SET reason = 'x'", "DELETE FROM audit_log WHERE seq = 2"):
        with pytest.raises(DBAPIError, match="append-only"), database.engine.begin() as conn:
            conn.execute(text(stmt))


def _drop_guard(database: Database) -> None:
    """What someone with direct database access could do before tampering."""
    with database.engine.begin() as conn:
        if database.dialect == "sqlite":
            conn.execute(text("DROP TRIGGER trg_audit_log_no_update"))
            conn.execute(text("DROP TRIGGER trg_audit_log_no_delete"))
        else:
            conn.execute(text("DROP TRIGGER trg_audit_log_append_only ON audit_log"))


def test_tampered_reason_is_detected_at_its_row(database: Database) -> None:
    _three_entries(database)
    _drop_guard(database)
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET reason = '核章齊全（補）' WHERE seq = 2"))
    with database.session() as s:
        report = audit.verify(s, console_user())
    assert not report.ok and report.first_bad_seq == 2 and report.problem == "altered"


def test_deleted_row_is_detected(database: Database) -> None:
    _three_entries(database)
    _drop_guard(database)
    with database.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE seq = 2"))
    with database.session() as s:
        report = audit.verify(s, console_user())
    assert not report.ok and report.first_bad_seq == 2


def test_deleted_last_row_is_detected(database: Database) -> None:
    _three_entries(database)
    _drop_guard(database)
    with database.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE seq = 3"))
    with database.session() as s:
        report = audit.verify(s, console_user())
    assert not report.ok and report.problem == "truncated"


def test_filters_narrow_the_list(database: Database) -> None:
    _three_entries(database)
    with database.session() as s:
        assert audit.count_entries(s, console_user(), audit.AuditFilter(entity="course")) == 1
        assert audit.count_entries(s, console_user(), audit.AuditFilter(source="fax")) == 3
        assert [r.action for r in audit.list_entries(s, console_user(), audit.AuditFilter(text="傳真"))] == [
            "fax_received"
        ]


def test_concurrent_writers_extend_one_chain(database: Database) -> None:
    """Two clerks writing at the same time never fork the chain (row lock on audit_head)."""
    errors: list[BaseException] = []

    def clerk(n: int) -> None:
        try:
            for i in range(15):
                with database.session() as s:
                    audit.record(s, audit.Actor(f"u{n}", f"書記{n}"), "course", f"C{n}-{i}", "edit", reason="並行測試")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=clerk, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with database.session() as s:
        report = audit.verify(s, console_user())
    assert report.ok and report.entries == 30
