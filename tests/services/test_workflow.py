"""The shared state-machine helper, read through the table the account desk declares."""

from __future__ import annotations

import pytest
from account_world import World, build_world, business_input

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.models import AccountApplication, ApplicationState, AuditEntry
from ntip_desktop.services.accounts.decisions import WORKFLOW
from ntip_desktop.services.accounts.intake import submit_application
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import Database

S = ApplicationState


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


def test_the_account_table_reads_as_the_module_documents_it() -> None:
    assert WORKFLOW.table() == [
        ("pending_fax | returned", "receive_fax", "fax_received", "decide_accounts", ""),
        ("fax_received", "approve", "approved", "decide_accounts", ""),
        ("fax_received | pending_fax", "return", "returned", "decide_accounts", "reason"),
        ("fax_received | pending_fax | returned", "reject", "rejected", "decide_accounts", "reason"),
        ("returned", "answer_return", "pending_fax", "submit_applications", "reason"),
    ]
    assert {s: WORKFLOW.targets_from(s) for s in (S.APPROVED, S.REJECTED, S.ACTIVE)} == {
        S.APPROVED: frozenset(),
        S.REJECTED: frozenset(),
        S.ACTIVE: frozenset(),
    }


def test_moves_offered_follow_the_role(world: World) -> None:
    clerk = [m.action for m in WORKFLOW.moves_from(S.RETURNED, world.clerk)]
    coordinator = [m.action for m in WORKFLOW.moves_from(S.RETURNED, world.coordinator)]
    assert clerk == ["receive_fax", "reject", "answer_return"]  # clerks may key in an answer from paper
    assert coordinator == ["answer_return"]


def _entries(database: Database) -> list[tuple[str, dict | None, dict | None]]:
    with database.session() as s:
        rows = s.query(AuditEntry).filter(AuditEntry.entity == "account_application").order_by(AuditEntry.seq)
        return [(e.action, e.old, e.new) for e in rows]


def test_one_move_writes_one_entry_with_old_and_new_state(database: Database, world: World) -> None:
    with database.session() as s:
        app = submit_application(s, world.coordinator, business_input())
    before = len(_entries(database))
    with database.session() as s:
        record = s.get(AccountApplication, app.application_id)
        moved = WORKFLOW.move(s, world.clerk, record, "return", reason="缺主管簽章")
    after = _entries(database)
    assert len(after) == before + 1
    action, old, new = after[-1]
    assert (action, old["state"], new["state"]) == ("return", "pending_fax", "returned")
    assert new["decision_reason"] == "缺主管簽章"
    assert (moved.old_state, moved.new_state) == (S.PENDING_FAX, S.RETURNED)


def test_refusals_change_nothing(database: Database, world: World) -> None:
    with database.session() as s:
        app = submit_application(s, world.coordinator, business_input())
    before = _entries(database)
    cases = [
        (world.coordinator, "reject", {"reason": "x"}, PermissionDenied),  # role
        (world.clerk, "approve", {}, UserError),  # illegal from pending_fax
        (world.clerk, "reject", {"reason": "  "}, UserError),  # reason required
        (world.clerk, "reject", {"reason": "x", "expected_version": 99}, UserError),  # stale copy
    ]
    for user, action, kwargs, error in cases:
        with pytest.raises(error), database.session() as s:
            WORKFLOW.move(s, user, s.get(AccountApplication, app.application_id), action, **kwargs)
    assert _entries(database) == before


def test_the_console_acts_by_name_not_as_an_anonymous_superuser(database: Database, world: World) -> None:
    with database.session() as s:
        app = submit_application(s, world.coordinator, business_input())
    console = console_user("ops")
    with database.session() as s:
        WORKFLOW.move(s, console, s.get(AccountApplication, app.application_id), "reject", reason="重複申請")
        record = s.get(AccountApplication, app.application_id)
        assert record.decided_by_id is None  # no office_users row stands behind the console
    with database.session() as s:
        entry = s.query(AuditEntry).order_by(AuditEntry.seq.desc()).first()
        assert (entry.actor_id, entry.actor_name, entry.source.value) == ("", "命令列（ops）", "cli")
