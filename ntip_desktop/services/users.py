"""Office users as an administrator manages them (設定 → 使用者): the list, editing name, role and scope,
disabling and re-enabling, resetting a password and lifting a sign-in lock.

Users are never deleted (the audit log names them). Each change checks MANAGE_USERS here, validates everything
before writing, refuses a stale copy (the ``version`` the administrator saw) and is audited with the old and new
values and a reason. Signing in, passwords and permissions themselves are :mod:`ntip_desktop.services.auth`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ntip_desktop.changes import Changes
from ntip_desktop.errors import ConflictError, UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import AuditEntry, DistrictCenter, OfficeUser, Organization, Role
from ntip_desktop.models.base import utcnow
from ntip_desktop.services import audit
from ntip_desktop.services.auth import CurrentUser, check_new_password, hash_password, scope_label_of
from ntip_desktop.services.rules.rocdate import roc_moment
from ntip_desktop.vocabulary import Permission


def unlock_user(session: Session, user: CurrentUser, user_id: uuid.UUID) -> Changes:
    """An administrator lifts a sign-in lock (and clears the count of wrong passwords) before it runs out."""
    user.require(Permission.MANAGE_USERS)
    row = session.get(OfficeUser, user_id)
    if row is None:
        raise UserError(translate("services.users", "此使用者已不存在。"), field="user")
    if row.locked_until is None and not row.failed_logins:
        return Changes()
    old = {"failed_logins": row.failed_logins, "locked_until": row.locked_until}
    row.failed_logins, row.locked_until = 0, None
    session.flush()
    audit.record(
        session,
        user.actor(),
        "office_user",
        row.id,
        "unlock",
        old=old,
        new={"failed_logins": 0, "locked_until": None},
        reason=translate("services.users", "解除登入鎖定"),
    )
    return Changes(users=True, audit=True)


@dataclass(frozen=True)
class UserRow:
    id: uuid.UUID
    login: str
    display_name: str
    role: Role
    scope_label: str
    active: bool
    last_login_at: datetime | None
    #: Signing in is refused until then (too many wrong passwords); None: not locked.
    locked_until: datetime | None = None
    #: The optimistic version the administrator saw (pass it back as ``expected_version``).
    version: int = 1
    district_center_id: uuid.UUID | None = None
    organization_id: uuid.UUID | None = None
    #: The password was reset: the user must choose a new one at their next sign-in.
    must_change_password: bool = False


def list_users(session: Session, user: CurrentUser) -> list[UserRow]:
    user.require(Permission.MANAGE_USERS)
    rows = session.execute(select(OfficeUser).order_by(OfficeUser.login)).scalars().all()
    now = utcnow()
    return [
        UserRow(
            u.id,
            u.login,
            u.display_name,
            u.role,
            scope_label_of(session, u),
            u.active,
            u.last_login_at,
            u.locked_until if u.locked_until is not None and u.locked_until > now else None,
            u.version,
            u.district_center_id,
            u.organization_id,
            u.must_change_password,
        )
        for u in rows
    ]


# --- administrators manage office users ---------------------------------------------------------------
#
# Users are never deleted (the audit log names them): an administrator edits, disables or re-enables them and
# resets their password. Each change checks MANAGE_USERS here, validates everything before writing, refuses a
# stale copy (the ``version`` the administrator saw) and is audited with the old and new values and a reason.
# Two guard rails keep the office able to manage itself: nobody disables their own account, and the last
# active administrator can be neither disabled nor given another role.

_ENTITY = "office_user"
_MAX_NAME = 40


def _office_user(session: Session, user_id: uuid.UUID) -> OfficeUser:
    row = session.get(OfficeUser, user_id)
    if row is None:
        raise UserError(translate("services.users", "此使用者已不存在。"), field="user")
    return row


def _stale(session: Session, row_id: uuid.UUID, login: str) -> ConflictError:
    """Someone changed the user since the administrator looked: say who and when (a fresh session reads it,
    since after a lost race this one may be spent)."""
    with Session(bind=session.get_bind()) as fresh:
        handled = fresh.execute(  # the last change of the row (a refused sign-in changes no version)
            select(AuditEntry.actor_name, AuditEntry.at)
            .where(
                AuditEntry.entity == _ENTITY,
                AuditEntry.entity_id == str(row_id),
                AuditEntry.action != "sign_in_failed",
            )
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        ).first()
    who, when = (str(handled[0]), handled[1]) if handled else (translate("services.users", "其他人"), None)
    return ConflictError(
        translate(
            "services.users", "使用者 {login} 已由 {who} 於 {when} 變更，您看到的是舊資料。請重新整理後再試一次。"
        ).format(login=login, who=who, when=roc_moment(when) if when else translate("services.users", "剛才")),
        field="version",
    )


def _check_version(session: Session, row: OfficeUser, expected_version: int | None) -> None:
    if expected_version is not None and row.version != expected_version:
        raise _stale(session, row.id, row.login)


def _claim(session: Session, row: OfficeUser) -> None:
    """Take the user's row before writing (as :meth:`Workflow.claim` does): of two administrators changing
    one user at once, the second waits for the first to commit and is then refused as stale."""
    claimed = session.connection().execute(
        update(OfficeUser.__table__)  # type: ignore[arg-type]
        .where(OfficeUser.__table__.c.id == row.id, OfficeUser.__table__.c.version == row.version)
        .values(version=OfficeUser.__table__.c.version)
    )
    if claimed.rowcount != 1:
        raise _stale(session, row.id, row.login)


def _keep_an_administrator(session: Session, row: OfficeUser, why: str, field: str) -> None:
    """Refuse a change that would leave no active administrator. The active administrators' rows are locked
    first, in one order (PostgreSQL; SQLite's write lock is taken by the claim), so two administrators
    disabling each other at once cannot both succeed."""
    session.execute(
        select(OfficeUser.id)
        .where(OfficeUser.role == Role.ADMIN, OfficeUser.active.is_(True))
        .order_by(OfficeUser.id)
        .with_for_update()
    ).all()
    _claim(session, row)
    others = session.execute(
        select(func.count())
        .select_from(OfficeUser)
        .where(OfficeUser.role == Role.ADMIN, OfficeUser.active.is_(True), OfficeUser.id != row.id)
    ).scalar_one()
    if not others:
        raise UserError(
            translate(
                "services.users", "{login} 是最後一位啟用中的系統管理者，不能{what}。請先指定另一位系統管理者。"
            ).format(login=row.login, what=why),
            field=field,
        )


def _reason(reason: str, what: str) -> str:
    reason = reason.strip()
    if not reason:
        raise UserError(translate("services.users", "請填寫{what}的原因。").format(what=what), field="reason")
    return reason


def _flush(session: Session, row: OfficeUser, login: str) -> None:
    try:
        session.flush()
    except StaleDataError:
        raise _stale(session, row.id, login) from None


def update_user(
    session: Session,
    user: CurrentUser,
    user_id: uuid.UUID,
    *,
    display_name: str,
    role: Role,
    district_center_id: uuid.UUID | None = None,
    organization_id: uuid.UUID | None = None,
    expected_version: int | None,
    reason: str = "",
) -> Changes:
    """An administrator changes an office user's name, role or scope (a district center for a district clerk,
    a school or unit for a school coordinator; the others have none). Audited with the old and new values of
    the fields that changed; nothing changed, nothing written."""
    user.require(Permission.MANAGE_USERS)
    row = _office_user(session, user_id)
    _check_version(session, row, expected_version)
    name = display_name.strip()
    if not name:
        raise UserError(translate("services.users", "請填寫姓名。"), field="display_name")
    if len(name) > _MAX_NAME:
        raise UserError(translate("services.users", "姓名最多 {n} 字。").format(n=_MAX_NAME), field="display_name")
    center = organization = None
    if role is Role.DISTRICT_CLERK:
        center = session.get(DistrictCenter, district_center_id) if district_center_id else None
        if center is None:
            raise UserError(
                translate("services.users", "區管中心承辦人必須指定所屬區管中心。"), field="district_center"
            )
    if role is Role.SCHOOL_COORDINATOR:
        organization = session.get(Organization, organization_id) if organization_id else None
        if organization is None:
            raise UserError(translate("services.users", "學校研習承辦人必須指定所屬學校或單位。"), field="organization")
    before = {
        "display_name": row.display_name,
        "role": row.role.value,
        "district_center": row.district_center.code if row.district_center else None,
        "organization": row.organization.code if row.organization else None,
    }
    after = {
        "display_name": name,
        "role": role.value,
        "district_center": center.code if center else None,
        "organization": organization.code if organization else None,
    }
    old = {k: v for k, v in before.items() if after[k] != v}
    new = {k: after[k] for k in old}
    if not new:
        return Changes()
    if row.role is Role.ADMIN and role is not Role.ADMIN and row.active:
        _keep_an_administrator(session, row, translate("services.users", "改為其他身分"), "role")
    else:
        _claim(session, row)
    login = row.login
    row.display_name = name
    row.role = role
    row.district_center_id = center.id if center else None
    row.organization_id = organization.id if organization else None
    _flush(session, row, login)
    audit.record(
        session,
        user.actor(),
        _ENTITY,
        row.id,
        "update",
        old=old,
        new=new,
        reason=reason.strip() or translate("services.users", "修改使用者資料"),
    )
    return Changes(users=True, audit=True)


def set_user_active(
    session: Session,
    user: CurrentUser,
    user_id: uuid.UUID,
    active: bool,
    reason: str,
    *,
    expected_version: int | None = None,
) -> Changes:
    """An administrator disables an office user (who can then no longer sign in) or enables them again; the
    user is never deleted, since the audit log names them. The reason is required."""
    user.require(Permission.MANAGE_USERS)
    row = _office_user(session, user_id)
    _check_version(session, row, expected_version)
    what = translate("services.users", "啟用") if active else translate("services.users", "停用")
    why = _reason(reason, what)
    if row.active == active:
        return Changes()
    if not active and row.id == user.id:
        raise UserError(translate("services.users", "您不能停用自己的帳號。"), field="active")
    if not active and row.role is Role.ADMIN:
        _keep_an_administrator(session, row, translate("services.users", "停用"), "active")
    else:
        _claim(session, row)
    login = row.login
    row.active = active
    _flush(session, row, login)
    audit.record(
        session,
        user.actor(),
        _ENTITY,
        row.id,
        "enable" if active else "disable",
        old={"active": not active},
        new={"active": active},
        reason=why,
    )
    return Changes(users=True, audit=True)


def reset_password(
    session: Session,
    user: CurrentUser,
    user_id: uuid.UUID,
    new_password: str,
    reason: str,
    *,
    expected_version: int | None = None,
) -> None:
    """An administrator sets a new password for an office user who must then choose their own right after
    signing in. A sign-in lock is lifted with it (the usual reason for a reset). The reason is required."""
    user.require(Permission.MANAGE_USERS)
    row = _office_user(session, user_id)
    _check_version(session, row, expected_version)
    check_new_password(new_password)
    why = _reason(reason, translate("services.users", "重設密碼"))
    _claim(session, row)
    old: dict[str, object] = {"must_change_password": row.must_change_password}
    new: dict[str, object] = {"must_change_password": True}
    if row.failed_logins or row.locked_until is not None:
        old.update(failed_logins=row.failed_logins, locked_until=row.locked_until)
        new.update(failed_logins=0, locked_until=None)
    login = row.login
    row.password_hash = hash_password(new_password)
    row.must_change_password = True
    row.failed_logins, row.locked_until = 0, None
    _flush(session, row, login)
    audit.record(session, user.actor(), _ENTITY, row.id, "reset_password", old=old, new=new, reason=why)
