"""Administrators manage office users (issue 14 item 7): edit name, role and scope, disable and enable (never
delete), reset a password that the user must then change, each audited with old and new values and refused
on a stale copy; nobody disables themself and the last active administrator stays one."""

from __future__ import annotations

import uuid

import pytest
from account_world import SCHOOL_KHH, SCHOOL_TPE, World, build_world
from sqlalchemy import func, select

from ntip_desktop.errors import ConflictError, PermissionDenied, UserError
from ntip_desktop.models import DistrictCenter, OfficeUser, Organization, Role
from ntip_desktop.services import audit, auth, users
from ntip_desktop.services.audit import AuditRow
from ntip_desktop.services.audit_words import change_lines
from ntip_desktop.services.auth import CurrentUser, console_user
from ntip_desktop.services.db import Database
from ntip_desktop.services.users import UserRow

PASSWORD = "office pass 1"  #: every user of the account world but the admin


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


def _row(db: Database, login: str) -> UserRow:
    with db.session() as s:
        [row] = [u for u in users.list_users(s, console_user()) if u.login == login]
        return row


def _entries(db: Database, action: str) -> list[AuditRow]:
    with db.session() as s:
        rows = audit.list_entries(s, console_user(), audit.AuditFilter(entity="office_user"), limit=1000)
    return [r for r in reversed(rows) if r.action == action]


def _center(db: Database, code: str) -> uuid.UUID:
    with db.session() as s:
        return s.execute(select(DistrictCenter.id).where(DistrictCenter.code == code)).scalar_one()


def _org(db: Database, code: str) -> uuid.UUID:
    with db.session() as s:
        return s.execute(select(Organization.id).where(Organization.code == code)).scalar_one()


def _sign_in(db: Database, login: str, password: str) -> CurrentUser:
    with db.session() as s:
        return auth.authenticate(s, login, password)


def _second_admin(db: Database, world: World) -> CurrentUser:
    with db.session() as s:
        return auth.create_user(
            s, world.admin, login="admin2", display_name="李組長", password="second admin", role=Role.ADMIN
        )


# --- editing ---------------------------------------------------------------------------------------------


def test_an_admin_moves_a_clerk_to_another_district_audited_with_old_and_new(database: Database, world: World) -> None:
    before = _row(database, "clerk")
    with database.session() as s:
        changes = users.update_user(
            s,
            world.admin,
            world.clerk.id,
            display_name="林書記（調任）",
            role=Role.DISTRICT_CLERK,
            district_center_id=_center(database, "KHH"),
            expected_version=before.version,
            reason="調任高雄",
        )
    assert changes.users and changes.audit
    after = _row(database, "clerk")
    assert (after.display_name, after.scope_label) == ("林書記（調任）", "高雄市區管中心")
    assert after.version == before.version + 1
    assert _sign_in(database, "clerk", PASSWORD).scope_label == "高雄市區管中心"
    [entry] = _entries(database, "update")
    assert (entry.actor_name, entry.entity_id, entry.reason) == ("陳主任", str(world.clerk.id), "調任高雄")
    assert entry.old == {"display_name": "林書記", "district_center": "TPE"}
    assert entry.new == {"display_name": "林書記（調任）", "district_center": "KHH"}
    assert ("區管中心", "TPE", "KHH") in change_lines(entry)


def test_a_role_change_takes_the_new_scope_and_drops_the_old(database: Database, world: World) -> None:
    with database.session() as s:
        users.update_user(
            s,
            world.admin,
            world.clerk.id,
            display_name="林書記",
            role=Role.SCHOOL_COORDINATOR,
            organization_id=_org(database, SCHOOL_KHH),
            district_center_id=_center(database, "TPE"),  # not a coordinator's: dropped
            expected_version=None,
        )
    with database.session() as s:
        row = s.get(OfficeUser, world.clerk.id)
        assert row is not None
        assert (row.role, row.district_center_id) == (Role.SCHOOL_COORDINATOR, None)
    [entry] = _entries(database, "update")
    assert entry.old == {"role": "district_clerk", "district_center": "TPE", "organization": None}
    assert entry.new == {"role": "school_coordinator", "district_center": None, "organization": SCHOOL_KHH}
    assert entry.reason == "修改使用者資料"
    assert ("身分", "區管中心承辦人", "學校研習承辦人") in change_lines(entry)


def test_an_edit_changing_nothing_writes_nothing(database: Database, world: World) -> None:
    row = _row(database, "coord")
    with database.session() as s:
        changes = users.update_user(
            s,
            world.admin,
            row.id,
            display_name=" 王組長 ",
            role=Role.SCHOOL_COORDINATOR,
            organization_id=_org(database, SCHOOL_TPE),
            expected_version=row.version,
        )
    assert not changes.any()
    assert _entries(database, "update") == [] and _row(database, "coord").version == row.version


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"display_name": "  "}, "display_name", "請填寫姓名。"),
        ({"display_name": "長" * 41}, "display_name", "姓名最多 40 字。"),
        ({"role": Role.DISTRICT_CLERK}, "district_center", "區管中心承辦人必須指定所屬區管中心。"),
        ({"role": Role.SCHOOL_COORDINATOR}, "organization", "學校研習承辦人必須指定所屬學校或單位。"),
        (
            {"role": Role.DISTRICT_CLERK, "district_center_id": uuid.uuid4()},
            "district_center",
            "區管中心承辦人必須指定所屬區管中心。",
        ),
    ],
)
def test_an_edit_is_checked_field_by_field_before_anything_is_written(
    database: Database, world: World, values: dict, field: str, message: str
) -> None:
    arguments = {"display_name": "張專員", "role": Role.CERTIFICATE_STAFF, **values}
    with pytest.raises(UserError) as refused, database.session() as s:
        users.update_user(s, world.admin, world.certificate_staff.id, expected_version=None, **arguments)
    assert (refused.value.field, refused.value.message) == (field, message)
    row = _row(database, "cert")
    assert (row.display_name, row.role, row.version) == ("張專員", Role.CERTIFICATE_STAFF, 1)
    assert _entries(database, "update") == []


def test_a_stale_copy_is_refused_naming_who_changed_it(database: Database, world: World) -> None:
    seen = _row(database, "cert").version
    with database.session() as s:
        users.set_user_active(s, world.admin, world.certificate_staff.id, False, "留職停薪")
    with pytest.raises(UserError):  # a refused sign-in since is no change of the user
        _sign_in(database, "cert", PASSWORD)
    with pytest.raises(ConflictError) as refused, database.session() as s:
        users.update_user(
            s,
            world.admin,
            world.certificate_staff.id,
            display_name="張專員二",
            role=Role.CERTIFICATE_STAFF,
            expected_version=seen,
        )
    message = refused.value.message
    assert message.startswith("使用者 cert 已由 陳主任 於 ") and "您看到的是舊資料" in message
    assert _row(database, "cert").display_name == "張專員"
    for call in (
        lambda s: users.set_user_active(s, world.admin, world.certificate_staff.id, True, "復職", expected_version=seen),
        lambda s: users.reset_password(s, world.admin, world.certificate_staff.id, "temp pass 1", "忘記", expected_version=seen),
    ):  # fmt: skip
        with pytest.raises(ConflictError), database.session() as s:
            call(s)


def test_only_an_administrator_manages_users(database: Database, world: World) -> None:
    for other in (world.clerk, world.coordinator, world.certificate_staff):
        with database.session() as s:
            with pytest.raises(PermissionDenied):
                users.update_user(s, other, world.clerk.id, display_name="x", role=Role.ADMIN, expected_version=None)
            with pytest.raises(PermissionDenied):
                users.set_user_active(s, other, world.clerk.id, False, "試試看")
            with pytest.raises(PermissionDenied):
                users.reset_password(s, other, world.clerk.id, "a password 1", "試試看")
    assert _row(database, "clerk").role is Role.DISTRICT_CLERK


# --- disabling -------------------------------------------------------------------------------------------


def test_a_disabled_user_stays_but_cannot_sign_in_and_the_refusal_is_audited(database: Database, world: World) -> None:
    with pytest.raises(UserError, match="請填寫停用的原因") as refused, database.session() as s:
        users.set_user_active(s, world.admin, world.coordinator.id, False, "  ")
    assert refused.value.field == "reason"
    with database.session() as s:
        assert users.set_user_active(s, world.admin, world.coordinator.id, False, "已調校").users
    with database.session() as s:
        assert s.execute(select(func.count()).select_from(OfficeUser)).scalar_one() == 5  # never deleted
    assert not _row(database, "coord").active
    with pytest.raises(UserError) as refused:
        _sign_in(database, "coord", PASSWORD)
    assert refused.value.message == "此帳號已停用，不能登入。請洽系統管理者。"
    [failed] = _entries(database, "sign_in_failed")
    assert (failed.entity_id, failed.reason) == (str(world.coordinator.id), "帳號已停用")
    [disabled] = _entries(database, "disable")
    assert (disabled.old, disabled.new, disabled.reason) == ({"active": True}, {"active": False}, "已調校")
    assert change_lines(disabled) == [("啟用", "是", "否")]

    with database.session() as s:
        users.set_user_active(s, world.admin, world.coordinator.id, True, "回任")
    assert _sign_in(database, "coord", PASSWORD).id == world.coordinator.id
    [enabled] = _entries(database, "enable")
    assert (enabled.new, enabled.reason) == ({"active": True}, "回任")
    with database.session() as s:
        assert audit.verify(s, console_user()).ok


def test_an_admin_cannot_disable_themself(database: Database, world: World) -> None:
    _second_admin(database, world)
    with pytest.raises(UserError) as refused, database.session() as s:
        users.set_user_active(s, world.admin, world.admin.id, False, "試試看")
    assert (refused.value.field, refused.value.message) == ("active", "您不能停用自己的帳號。")
    assert _row(database, "admin").active


def test_the_last_active_administrator_can_be_neither_disabled_nor_demoted(database: Database, world: World) -> None:
    second = _second_admin(database, world)
    with database.session() as s:  # another administrator is left: allowed
        users.set_user_active(s, world.admin, second.id, False, "離職")
    with pytest.raises(UserError) as refused, database.session() as s:
        users.update_user(
            s, world.admin, world.admin.id, display_name="陳主任", role=Role.CERTIFICATE_STAFF, expected_version=None
        )
    assert refused.value.field == "role"
    assert refused.value.message == "admin 是最後一位啟用中的系統管理者，不能改為其他身分。請先指定另一位系統管理者。"
    with pytest.raises(UserError, match="最後一位啟用中的系統管理者，不能停用"), database.session() as s:
        users.set_user_active(s, console_user(), world.admin.id, False, "由命令列停用")
    assert _row(database, "admin").active and _row(database, "admin").role is Role.ADMIN

    with database.session() as s:  # with the other one back, the first may step down
        users.set_user_active(s, world.admin, second.id, True, "復職")
    with database.session() as s:
        users.update_user(
            s, world.admin, world.admin.id, display_name="陳主任", role=Role.CERTIFICATE_STAFF, expected_version=None
        )
    assert _row(database, "admin").role is Role.CERTIFICATE_STAFF


# --- resetting a password --------------------------------------------------------------------------------


def test_a_reset_password_must_be_changed_at_the_next_sign_in(database: Database, world: World) -> None:
    for n in range(auth.MAX_FAILED_SIGN_INS):  # the clerk forgot it and locked the account
        with pytest.raises(UserError):
            _sign_in(database, "clerk", f"guess {n}")
    with pytest.raises(UserError) as refused, database.session() as s:
        users.reset_password(s, world.admin, world.clerk.id, "short", "忘記密碼")
    assert refused.value.field == "password"
    with pytest.raises(UserError) as refused, database.session() as s:
        users.reset_password(s, world.admin, world.clerk.id, "temporary 1", "")
    assert (refused.value.field, refused.value.message) == ("reason", "請填寫重設密碼的原因。")

    with database.session() as s:
        assert users.reset_password(s, world.admin, world.clerk.id, "temporary 1", "忘記密碼") is None
    row = _row(database, "clerk")
    assert row.must_change_password and row.locked_until is None
    [entry] = _entries(database, "reset_password")
    assert entry.reason == "忘記密碼" and entry.actor_name == "陳主任"
    assert entry.old["must_change_password"] is False and entry.old["failed_logins"] == 5
    assert entry.new == {"must_change_password": True, "failed_logins": 0, "locked_until": None}
    assert not any("temporary" in str(v) for v in (*entry.old.values(), *entry.new.values()))
    assert ("下次登入須變更密碼", "否", "是") in change_lines(entry)

    with pytest.raises(UserError):
        _sign_in(database, "clerk", PASSWORD)  # the old password no longer works
    signed = _sign_in(database, "clerk", "temporary 1")
    assert signed.must_change_password
    with pytest.raises(UserError) as refused, database.session() as s:
        auth.change_password(s, signed, "temporary 1", "temporary 1")
    assert refused.value.message == "新密碼不可與目前密碼相同。"
    with database.session() as s:
        auth.change_password(s, signed, "temporary 1", "my own secret")
    assert not _sign_in(database, "clerk", "my own secret").must_change_password
    [changed] = _entries(database, "change_password")
    assert (changed.old, changed.new) == ({"must_change_password": True}, {"must_change_password": False})


def test_a_user_who_did_not_have_a_reset_signs_in_as_before(database: Database, world: World) -> None:
    assert not _sign_in(database, "coord", PASSWORD).must_change_password
    assert not _row(database, "coord").must_change_password


# --- two administrators at once ---------------------------------------------------------------------------


@pytest.mark.parametrize(("first", "second"), [("disable", "disable"), ("disable", "demote"), ("demote", "demote")])
def test_two_administrators_removing_each_other_at_once_leave_one(
    database: Database, world: World, first: str, second: str
) -> None:
    """Each reads the other's row, then both act together in two processes: exactly one wins, the other is
    told that it would leave no administrator (never a deadlock or a raw database error)."""
    from processes import UserChange, change_users_at_once

    other = _second_admin(database, world)
    outcomes = change_users_at_once(
        database.url, [UserChange(world.admin, other.id, first), UserChange(other, world.admin.id, second)]
    )
    assert sorted(o.error for o in outcomes) == ["", "UserError"], outcomes
    [refused] = [o for o in outcomes if o.error]
    assert "最後一位啟用中的系統管理者" in refused.message
    with database.session() as s:
        admins = s.execute(
            select(func.count()).where(OfficeUser.role == Role.ADMIN, OfficeUser.active.is_(True))
        ).scalar_one()
        assert admins == 1
        assert audit.verify(s, console_user()).ok


def test_two_administrators_editing_one_user_at_once_one_is_told_it_is_stale(database: Database, world: World) -> None:
    from processes import UserChange, change_users_at_once

    other = _second_admin(database, world)
    outcomes = change_users_at_once(
        database.url,
        [UserChange(world.admin, world.clerk.id, "disable"), UserChange(other, world.clerk.id, "demote")],
    )
    assert sorted(o.error for o in outcomes) == ["", "ConflictError"], outcomes
    [refused] = [o for o in outcomes if o.error]
    assert refused.message.startswith("使用者 clerk 已由 ") and "您看到的是舊資料" in refused.message
