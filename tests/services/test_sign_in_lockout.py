"""Signing in: wrong passwords lock the account for a while, an administrator may unlock it, every refusal is
in the audit log (written even though the sign-in's own transaction rolls back)."""

from __future__ import annotations

import contextlib
import threading
from datetime import timedelta

import pytest
from account_world import World, build_world
from sqlalchemy import select, update

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.models import OfficeUser
from ntip_desktop.models.base import utcnow
from ntip_desktop.services import audit, auth, users
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import Database

PASSWORD = "office pass 1"  #: every user of the account world


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


def _sign_in(db: Database, login: str, password: str) -> auth.CurrentUser:
    with db.session() as s:
        return auth.authenticate(s, login, password)


def _refusal(db: Database, login: str, password: str) -> str:
    with pytest.raises(UserError) as refused:
        _sign_in(db, login, password)
    assert not isinstance(refused.value, PermissionDenied)
    return refused.value.message


def _failures(db: Database) -> list[tuple[str, dict | None, str]]:
    with db.session() as s:
        rows = audit.list_entries(s, console_user(), audit.AuditFilter(entity="office_user"), limit=1000)
    return [(r.entity_id, r.new, r.reason) for r in reversed(rows) if r.action == "sign_in_failed"]


def _row(db: Database, login: str) -> OfficeUser:
    with db.session() as s:
        row = s.execute(select(OfficeUser).where(OfficeUser.login == login)).scalar_one()
        s.expunge(row)
        return row


def test_thirty_wrong_passwords_lock_the_account_and_then_the_right_one_is_refused(
    database: Database, world: World
) -> None:
    messages = [_refusal(database, "clerk", f"guess {n}") for n in range(30)]
    assert messages[:4] == ["帳號或密碼不正確。"] * 4
    assert all("已暫時鎖定至" in m for m in messages[4:])  # the fifth wrong password locks it
    locked = _refusal(database, "clerk", PASSWORD)
    assert "密碼錯誤次數過多，此帳號已暫時鎖定至" in locked and "請系統管理者解除鎖定" in locked
    row = _row(database, "clerk")
    assert row.failed_logins == auth.MAX_FAILED_SIGN_INS
    assert row.locked_until is not None
    assert timedelta(minutes=14) < row.locked_until - utcnow() <= auth.LOCKOUT
    failures = _failures(database)
    assert len(failures) == 31  # each try, the right password while locked too
    assert [reason for _id, _new, reason in failures] == ["密碼錯誤"] * 5 + ["帳號鎖定中"] * 26
    assert {entity_id for entity_id, _new, _reason in failures} == {str(world.clerk.id)}
    assert failures[4][1]["failed_logins"] == 5 and failures[4][1]["locked_until"]
    with database.session() as s:
        assert audit.verify(s, console_user()).ok


def test_the_lock_runs_out_and_a_right_password_clears_the_count(database: Database, world: World) -> None:
    for n in range(5):
        _refusal(database, "clerk", f"guess {n}")
    with database.session() as s:  # fifteen minutes later
        s.execute(update(OfficeUser).where(OfficeUser.login == "clerk").values(locked_until=utcnow()))
    assert _sign_in(database, "clerk", PASSWORD).id == world.clerk.id
    row = _row(database, "clerk")
    assert (row.failed_logins, row.locked_until) == (0, None)
    assert _refusal(database, "clerk", "one more guess") == "帳號或密碼不正確。"  # counting starts afresh


def test_an_administrator_unlocks_at_once_audited_and_nobody_else_may(database: Database, world: World) -> None:
    for n in range(5):
        _refusal(database, "coord", f"guess {n}")
    with database.session() as s:
        [locked] = [u for u in users.list_users(s, world.admin) if u.login == "coord"]
        assert locked.locked_until is not None
        for other in (world.clerk, world.coordinator, world.certificate_staff):
            with pytest.raises(PermissionDenied):
                users.unlock_user(s, other, world.coordinator.id)
    with database.session() as s:
        changes = users.unlock_user(s, world.admin, world.coordinator.id)
    assert changes.users and changes.audit
    assert _sign_in(database, "coord", PASSWORD).id == world.coordinator.id
    with database.session() as s:
        [entry] = audit.list_entries(s, console_user(), audit.AuditFilter(entity="office_user", text="unlock"))
        assert users.unlock_user(s, world.admin, world.coordinator.id).any() is False  # nothing left to lift
    assert (entry.actor_name, entry.entity_id, entry.reason) == ("陳主任", str(world.coordinator.id), "解除登入鎖定")
    assert entry.old["failed_logins"] == 5 and entry.new == {"failed_logins": 0, "locked_until": None}


def test_an_unknown_login_is_refused_like_a_wrong_password_and_audited_masked(database: Database, world: World) -> None:
    assert _refusal(database, "nobody", "whatever") == _refusal(database, "clerk", "wrong one")
    entity_id, new, reason = _failures(database)[0]
    assert (entity_id, new, reason) == ("?", {"login": "no****"}, "帳號不存在")


def test_the_screen_lock_password_counts_like_a_sign_in(database: Database, world: World) -> None:
    for n in range(4):
        with pytest.raises(UserError, match="帳號或密碼不正確"), database.session() as s:
            auth.confirm_password(s, world.clerk, f"guess {n}")
    with database.session() as s:
        auth.confirm_password(s, world.clerk, PASSWORD)  # the right one clears the count
    assert _row(database, "clerk").failed_logins == 0
    for n in range(5):
        with pytest.raises(UserError), database.session() as s:
            auth.confirm_password(s, world.clerk, f"guess {n}")
    with pytest.raises(UserError, match="已暫時鎖定"), database.session() as s:
        auth.confirm_password(s, world.clerk, PASSWORD)


def test_wrong_passwords_racing_each_other_all_count(database: Database, world: World) -> None:
    errors: list[BaseException] = []

    def guess(n: int) -> None:
        try:
            for i in range(3):
                with contextlib.suppress(UserError):
                    _sign_in(database, "clerk2", f"guess {n}-{i}")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    row = _row(database, "clerk2")
    assert row.failed_logins >= 5 and row.locked_until is not None  # a try that began before the lock still counts
    assert len(_failures(database)) == 6
