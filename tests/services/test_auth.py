"""Office users: first run, sign-in, roles and scope enforced by the services."""

from __future__ import annotations

import pytest

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.models import DistrictCenter, Role
from ntip_desktop.services import audit, auth, users
from ntip_desktop.services.auth import Permission, console_user
from ntip_desktop.services.db import Database


def test_first_run_creates_the_admin_once(database: Database) -> None:
    with database.session() as s:
        assert not auth.has_users(s)
        admin = auth.create_first_admin(s, login="admin", display_name="陳主任", password="correct horse")
    assert admin.role is Role.ADMIN and admin.scope_label == "全部"
    with database.session() as s:
        assert auth.has_users(s)
        with pytest.raises(PermissionDenied):
            auth.create_first_admin(s, login="admin2", display_name="冒名者", password="another pass")
        assert [(r.entity, r.action) for r in audit.list_entries(s, console_user())] == [("office_user", "create")]


def test_sign_in_checks_the_password_and_says_the_same_for_unknown_users(database: Database) -> None:
    with database.session() as s:
        auth.create_first_admin(s, login="admin", display_name="陳主任", password="correct horse")
    with database.session() as s:
        assert auth.authenticate(s, "admin", "correct horse").display_name == "陳主任"
        with pytest.raises(UserError) as wrong:
            auth.authenticate(s, "admin", "wrong horse")
        with pytest.raises(UserError) as unknown:
            auth.authenticate(s, "nobody", "correct horse")
    assert wrong.value.message == unknown.value.message == "帳號或密碼不正確。"


def test_short_password_is_refused(database: Database) -> None:
    with database.session() as s, pytest.raises(UserError, match="至少需要 8 個字元") as exc:
        auth.create_first_admin(s, login="admin", display_name="陳主任", password="short")
    assert exc.value.field == "password"


def test_clerk_is_scoped_and_refused_admin_work(database: Database) -> None:
    with database.session() as s:
        admin = auth.create_first_admin(s, login="admin", display_name="陳主任", password="correct horse")
        dc = DistrictCenter(code="TPE", name="臺北市區管中心", fax="02-2720-0000", phone="02-2720-1111")
        s.add(dc)
        s.flush()
        clerk = auth.create_user(
            s,
            admin,
            login="clerk",
            display_name="林書記",
            password="clerk pass 1",
            role=Role.DISTRICT_CLERK,
            district_center_id=dc.id,
        )
    assert clerk.scope_label == "臺北市區管中心"
    assert clerk.can(Permission.DECIDE_ACCOUNTS) and not clerk.can(Permission.MANAGE_USERS)
    with database.session() as s:
        with pytest.raises(PermissionDenied, match="管理使用者"):
            users.list_users(s, clerk)
        assert [u.login for u in users.list_users(s, admin)] == ["admin", "clerk"]


def test_clerk_without_district_is_refused(database: Database) -> None:
    with database.session() as s:
        admin = auth.create_first_admin(s, login="admin", display_name="陳主任", password="correct horse")
        with pytest.raises(UserError, match="所屬區管中心"):
            auth.create_user(s, admin, login="c", display_name="林", password="12345678", role=Role.DISTRICT_CLERK)


def test_change_password(database: Database) -> None:
    with database.session() as s:
        admin = auth.create_first_admin(s, login="admin", display_name="陳主任", password="correct horse")
    with database.session() as s:
        with pytest.raises(UserError, match="目前密碼不正確"):
            auth.change_password(s, admin, "nope nope", "new password 2")
        auth.change_password(s, admin, "correct horse", "new password 2")
    with database.session() as s:
        assert auth.authenticate(s, "admin", "new password 2").login == "admin"
