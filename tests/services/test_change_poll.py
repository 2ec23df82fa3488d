"""The change marker the views poll (services/change_poll.py), on both engines: the first look reports nothing;
then what others wrote, by kind of record, leaving out the asking user's own entries."""

from __future__ import annotations

from account_world import build_world

from ntip_desktop.services import audit
from ntip_desktop.services.change_poll import EVERYTHING, changes_since
from ntip_desktop.services.db import Database


def test_the_marker_names_what_others_changed_since_the_last_look(database: Database) -> None:
    world = build_world(database)
    mine = str(world.clerk.id)
    with database.session() as s:
        first = changes_since(s, None, mine=mine)
    assert first.seq > 0 and not first.changes.any()

    with database.session() as s:
        audit.record(s, world.clerk.actor(), "account_application", "a", "receive")
    with database.session() as s:
        own = changes_since(s, first.seq, mine=mine)
    assert own.seq == first.seq + 1 and not own.changes.any()

    with database.session() as s:
        audit.record(s, world.coordinator.actor(), "course", "c", "submit")
        audit.record(s, world.admin.actor(), "enrollment", "e", "create")
    with database.session() as s:
        theirs = changes_since(s, own.seq, mine=mine)
        again = changes_since(s, theirs.seq, mine=mine)
    assert theirs.seq == own.seq + 2
    assert theirs.changes.courses and theirs.changes.attendance and theirs.changes.audit
    assert not theirs.changes.accounts and not theirs.changes.certificates
    assert again.seq == theirs.seq and not again.changes.any()

    with database.session() as s:
        audit.record(s, world.admin.actor(), "something_new", "x", "create")
        unknown = changes_since(s, theirs.seq, mine=mine)
        replaced = changes_since(s, unknown.seq + 100, mine=mine)  # the head went back: another database
    assert unknown.changes == EVERYTHING and replaced.changes == EVERYTHING
