"""Two clerks deciding one account application at once, in two real processes, on both engines (issue 13).

Every pair of moves the workflow allows from one state is raced: the first to commit wins, the other gets a
ConflictError that says who handled the application, when, and its state now — never a unique-key or
stale-data error — and the database holds exactly the winner's decision: one state change, one audit entry
(plus the account an approval creates), and a chain that verifies.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import pytest
from account_world import World, build_world, business_input
from processes import Decision, Outcome, decide_at_once
from sqlalchemy import func, select

from ntip_desktop.errors import ConflictError
from ntip_desktop.models import Account, AccountApplication, ApplicationState, AuditEntry, FaxCheck, FaxCheckItem
from ntip_desktop.services import accounts, audit
from ntip_desktop.services.accounts import state_label
from ntip_desktop.services.accounts.intake import submit_application
from ntip_desktop.services.auth import CurrentUser, console_user
from ntip_desktop.services.db import Database

S = ApplicationState

#: The moves of the workflow from each state where a clerk (or the applicant) can start one.
MOVES_FROM = {
    S.PENDING_FAX: ("receive_fax", "return", "reject"),
    S.FAX_RECEIVED: ("approve", "return", "reject"),
    S.RETURNED: ("answer_return", "receive_fax", "reject"),
}
#: Every pair of moves from one state (a move against itself too): 18 races, each with both clerks past every
#: check before either writes (the copy each read stays open in its session: the race at its narrowest).
PAIRS = [
    (state, first, second, True)
    for state, moves in MOVES_FROM.items()
    for first, second in itertools.combinations_with_replacement(moves, 2)
]
#: And as the desk's task runner decides (a fresh session, the version the clerk saw): the moves that write
#: rows of their own, where the raw errors were.
PAIRS += [
    (S.FAX_RECEIVED, "approve", "approve", False),
    (S.PENDING_FAX, "receive_fax", "receive_fax", False),
    (S.RETURNED, "answer_return", "receive_fax", False),
]


def _race_id(state: ApplicationState, first: str, second: str, held: bool) -> str:
    return f"{state.value}:{first}-vs-{second}" + ("" if held else "-reread")


@pytest.fixture(scope="module")
def world(module_database: Database) -> World:
    return build_world(module_database)


@pytest.fixture
def database(module_database: Database) -> Database:
    """One database per engine for the whole module (the world is slow to build): each race takes an
    application of its own."""
    return module_database


_logins = itertools.count(1)


def _application_in(database: Database, world: World, state: ApplicationState) -> str:
    """A new business application of 建國中學 brought to ``state`` (fax checks ticked once received)."""
    with database.session() as s:
        number = submit_application(s, world.coordinator, business_input(login_id=f"ckhs.race{next(_logins)}")).number
    if state is S.PENDING_FAX:
        return number
    with database.session() as s:
        accounts.record_fax_received(s, world.clerk, number, pages=2)
        for item in FaxCheckItem:
            accounts.set_fax_check(s, world.clerk, number, item, True)
    if state is S.RETURNED:
        with database.session() as s:
            accounts.return_for_correction(s, world.clerk, number, "缺機關印信")
    return number


def _decider(world: World, action: str, n: int) -> CurrentUser:
    """Who makes the ``n``-th decision of a race: two different people of the applicant's district."""
    if action == "answer_return":
        return world.coordinator if n == 0 else world.clerk
    return world.clerk if n == 0 else world.admin


@dataclass(frozen=True)
class Snapshot:
    """What a clerk (or the administrator) would look at after the race."""

    state: ApplicationState
    version: int
    accounts: int
    audit_entries: int
    fax_checks: int  #: checklist rows of the application
    verified: bool  #: the audit chain verifies


def _snapshot(database: Database, number: str) -> Snapshot:
    with database.session() as s:
        app = s.execute(select(AccountApplication).where(AccountApplication.number == number)).scalar_one()
        return Snapshot(
            state=app.state,
            version=app.version,
            accounts=s.execute(select(func.count()).select_from(Account)).scalar_one(),
            audit_entries=s.execute(select(func.count()).select_from(AuditEntry)).scalar_one(),
            fax_checks=s.execute(
                select(func.count()).select_from(FaxCheck).where(FaxCheck.application_id == app.id)
            ).scalar_one(),
            verified=audit.verify(s, console_user()).ok,
        )


def _one_winner(outcomes: list[Outcome]) -> tuple[Outcome, Outcome]:
    winners = [o for o in outcomes if not o.error]
    losers = [o for o in outcomes if o.error]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    return winners[0], losers[0]


def _assert_clean_conflict(loser: Outcome, winner: Outcome, winner_name: str, number: str) -> None:
    """The loser reads who handled the application, when, and its state now; nothing raw."""
    assert loser.error == "ConflictError", loser.message
    state = state_label(S(winner.new_state))
    assert re.search(
        rf"此申請已由 {winner_name} 於 \d+/\d\d/\d\d \d\d:\d\d 處理（目前狀態：{state}）", loser.message
    ), loser.message
    assert f"請重新開啟 {number} 再決定" in loser.message


def _assert_only_the_winner_wrote(database: Database, number: str, before: Snapshot, winner: Outcome) -> None:
    after = _snapshot(database, number)
    assert after.state is S(winner.new_state)
    assert after.version == before.version + 1
    approved = winner.new_state == S.APPROVED.value
    assert after.accounts == before.accounts + (1 if approved else 0)
    # one entry for the move, one for the account an approval creates
    assert after.audit_entries == before.audit_entries + (2 if approved else 1)
    if winner.action == "receive_fax":
        assert after.fax_checks == len(FaxCheckItem)  # one checklist for the fax, not two
    assert after.verified


@pytest.mark.parametrize(("state", "first", "second", "held"), PAIRS, ids=[_race_id(*p) for p in PAIRS])
def test_two_clerks_deciding_one_application_at_once_one_wins_the_other_is_told(
    database: Database, world: World, state: ApplicationState, first: str, second: str, held: bool
) -> None:
    number = _application_in(database, world, state)
    before = _snapshot(database, number)
    deciders = [_decider(world, first, 0), _decider(world, second, 1)]
    decisions = [Decision(first, deciders[0], held), Decision(second, deciders[1], held)]
    outcomes = decide_at_once(database.url, number, decisions)

    winner, loser = _one_winner(outcomes)
    won_by = decisions[winner.n].user
    _assert_clean_conflict(loser, winner, won_by.display_name, number)
    _assert_only_the_winner_wrote(database, number, before, winner)
    with database.session() as s:
        decisions_logged = audit.list_entries(
            s,
            world.admin,
            audit.AuditFilter(
                entity="account_application", entity_id=str(accounts.find_by_number(s, world.admin, number).id)
            ),
        )
    assert (decisions_logged[0].action, decisions_logged[0].actor_name) == (winner.action, won_by.display_name)


def test_a_bulk_approval_racing_a_single_approval_leaves_one_account(database: Database, world: World) -> None:
    """核准 from the list (bulk) and from the application at once: one account, and the loser is told."""
    number = _application_in(database, world, S.FAX_RECEIVED)
    before = _snapshot(database, number)
    outcomes = decide_at_once(
        database.url, number, [Decision("bulk_approve", world.clerk), Decision("approve", world.admin)]
    )
    winner, loser = _one_winner(outcomes)
    assert loser.error == "ConflictError", loser.message
    assert "已由" in loser.message and "處理（目前狀態：已核准）" in loser.message
    if loser.action == "bulk_approve":
        assert loser.message.startswith("批次核准未執行")
    _assert_only_the_winner_wrote(database, number, before, winner)


def test_a_bulk_decision_on_a_copy_someone_has_since_decided_is_a_conflict(database: Database, world: World) -> None:
    """The bulk refusal says 已由…處理 as a ConflictError, like a single decision, not as bad input."""
    number = _application_in(database, world, S.FAX_RECEIVED)
    with database.session() as s:
        seen = accounts.find_by_number(s, world.clerk, number)
        app_id, version = seen.id, seen.version
    with database.session() as s:
        accounts.reject(s, world.admin, number, "資料不符", expected_version=version)
    with pytest.raises(ConflictError) as refused, database.session() as s:
        accounts.decide_many(s, world.clerk, [accounts.BulkTarget(app_id, version)], "approve")
    assert refused.value.message.startswith("批次核准未執行")
    assert "此申請已由 陳主任 於" in refused.value.message and "（目前狀態：已駁回）" in refused.value.message
    assert _snapshot(database, number).state is S.REJECTED
