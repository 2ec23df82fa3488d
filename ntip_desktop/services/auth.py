"""Office users: first-run admin, sign-in with argon2 hashes, roles, scopes and permission checks.

Permissions are enforced here, in the services; views only hide what a user cannot do.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.models import AuditSource, DistrictCenter, OfficeUser, Organization, Role
from ntip_desktop.models.base import utcnow
from ntip_desktop.services import audit
from ntip_desktop.vocabulary import Permission

_hasher = PasswordHasher()
MIN_PASSWORD_LENGTH = 8

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.DISTRICT_CLERK: frozenset(
        {
            Permission.DECIDE_ACCOUNTS,
            Permission.SUBMIT_APPLICATIONS,
            Permission.REVIEW_COURSES,
            Permission.REPORT_MONTHS,  # for the back-end counties their center serves (Art 12(3)(4))
            Permission.RECORD_ATTENDANCE,  # keying in faxed sign-in sheets for the schools of their district
            Permission.VIEW_AUDIT,
        }
    ),
    Role.SCHOOL_COORDINATOR: frozenset(
        {
            Permission.SUBMIT_APPLICATIONS,
            Permission.EDIT_COURSES,
            Permission.RECORD_ATTENDANCE,
            Permission.REPORT_MONTHS,
        }
    ),
    Role.CERTIFICATE_STAFF: frozenset({Permission.ISSUE_CERTIFICATES, Permission.VIEW_AUDIT}),
}


#: The id of the console actor, which has no row in office_users.
CONSOLE_ID = uuid.UUID(int=0)


@dataclass(frozen=True)
class CurrentUser:
    """Who is acting, as plain data (views and tasks pass this, never an ORM object).

    Usually the signed-in office user. :func:`console_user` is the other kind: the person at the command
    line, who holds the database file; they act with every permission and are named in the audit log,
    so no use case needs an implicit "no user" superuser.
    """

    id: uuid.UUID
    login: str
    display_name: str
    role: Role
    district_center_id: uuid.UUID | None
    organization_id: uuid.UUID | None
    scope_label: str
    #: The channel this actor's writes come through by default (the console: ``cli``).
    source: AuditSource = AuditSource.UI

    @property
    def is_console(self) -> bool:
        return self.id == CONSOLE_ID

    @property
    def office_user_id(self) -> uuid.UUID | None:
        """The office_users row to record as decider or checker (None for the console)."""
        return None if self.is_console else self.id

    @property
    def role_label(self) -> str:
        return label(self.role)

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                translate("services.auth", "您的身分（{role}）不能「{what}」。請洽系統管理者。")
                .replace("{role}", self.role_label)
                .replace("{what}", label(permission))
            )

    def actor(self, source: AuditSource | None = None) -> audit.Actor:
        """The audit log's actor: this user, through ``source`` (default: the user's own channel)."""
        user_id = "" if self.is_console else str(self.id)
        return audit.Actor(user_id=user_id, name=self.display_name, source=source or self.source)


def console_user(login: str | None = None) -> CurrentUser:
    """The person at the command line (``ntip``), named by their operating-system login.

    They hold the database file itself, so they act with every permission; every write they make is
    recorded as ``命令列（login）`` with source ``cli``.
    """
    import getpass

    try:
        login = login or getpass.getuser()
    except (KeyError, OSError):  # no passwd entry and no LOGNAME/USER: still name the channel
        login = "?"
    return CurrentUser(
        id=CONSOLE_ID,
        login=login,
        display_name=translate("services.auth", "命令列（{login}）").format(login=login),
        role=Role.ADMIN,
        district_center_id=None,
        organization_id=None,
        scope_label=translate("services.auth", "全部"),
        source=AuditSource.CLI,
    )


def _scope_label(session: Session, user: OfficeUser) -> str:
    if user.role is Role.DISTRICT_CLERK and user.district_center_id:
        dc = session.get(DistrictCenter, user.district_center_id)
        return dc.name if dc else ""
    if user.role is Role.SCHOOL_COORDINATOR and user.organization_id:
        org = session.get(Organization, user.organization_id)
        return org.name if org else ""
    return translate("services.auth", "全部")


def _current(session: Session, user: OfficeUser) -> CurrentUser:
    return CurrentUser(
        id=user.id,
        login=user.login,
        display_name=user.display_name,
        role=user.role,
        district_center_id=user.district_center_id,
        organization_id=user.organization_id,
        scope_label=_scope_label(session, user),
    )


def has_users(session: Session) -> bool:
    """False on a new database: the program then runs the first-run wizard."""
    return session.execute(select(func.count()).select_from(OfficeUser)).scalar_one() > 0


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(
            translate("services.auth", "密碼至少需要 {n} 個字元。").replace("{n}", str(MIN_PASSWORD_LENGTH)),
            field="password",
        )


def _check_login(session: Session, login: str) -> str:
    login = login.strip()
    if not login or len(login) > 40 or any(c.isspace() for c in login):
        raise UserError(translate("services.auth", "帳號不可空白、不可含空白字元，且最多 40 字。"), field="login")
    if session.execute(select(OfficeUser.id).where(OfficeUser.login == login)).first():
        raise UserError(
            translate("services.auth", "帳號「{login}」已有人使用。").replace("{login}", login), field="login"
        )
    return login


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def create_user(
    session: Session,
    actor: audit.Actor,
    *,
    login: str,
    display_name: str,
    password: str,
    role: Role,
    district_center_id: uuid.UUID | None = None,
    organization_id: uuid.UUID | None = None,
    password_hash: str | None = None,
) -> CurrentUser:
    """Create an office user (the caller checks MANAGE_USERS, or it is the first-run admin)."""
    login = _check_login(session, login)
    if not display_name.strip():
        raise UserError(translate("services.auth", "請填寫姓名。"), field="display_name")
    if password_hash is None:
        _check_password(password)
        password_hash = hash_password(password)
    if role is Role.DISTRICT_CLERK and district_center_id is None:
        raise UserError(translate("services.auth", "區管中心承辦人必須指定所屬區管中心。"), field="district_center")
    if role is Role.SCHOOL_COORDINATOR and organization_id is None:
        raise UserError(translate("services.auth", "學校研習承辦人必須指定所屬學校或單位。"), field="organization")
    user = OfficeUser(
        login=login,
        display_name=display_name.strip(),
        role=role,
        district_center_id=district_center_id if role is Role.DISTRICT_CLERK else None,
        organization_id=organization_id if role is Role.SCHOOL_COORDINATOR else None,
        password_hash=password_hash,
    )
    session.add(user)
    session.flush()
    audit.record(
        session,
        actor,
        "office_user",
        user.id,
        "create",
        new={"login": login, "display_name": user.display_name, "role": role.value},
        reason=translate("services.auth", "新增使用者"),
    )
    return _current(session, user)


def create_first_admin(session: Session, *, login: str, display_name: str, password: str) -> CurrentUser:
    """The first-run wizard: only allowed while the database has no user at all."""
    if has_users(session):
        raise PermissionDenied(translate("services.auth", "系統已有使用者，不能再以首次設定建立管理者。"))
    return create_user(
        session,
        audit.Actor.system(),
        login=login,
        display_name=display_name,
        password=password,
        role=Role.ADMIN,
    )


def authenticate(session: Session, login: str, password: str) -> CurrentUser:
    """Check a sign-in; the same message for an unknown login and a wrong password."""
    user = session.execute(select(OfficeUser).where(OfficeUser.login == login.strip())).scalar_one_or_none()
    refused = UserError(translate("services.auth", "帳號或密碼不正確。"), field="password")
    if user is None:
        _hasher.hash(password)  # spend the same time as a real check
        raise refused
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise refused from None
    if not user.active:
        raise UserError(translate("services.auth", "此帳號已停用，請洽系統管理者。"), field="login")
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.last_login_at = utcnow()
    session.flush()
    return _current(session, user)


def get_current(session: Session, user_id: uuid.UUID) -> CurrentUser:
    user = session.get(OfficeUser, user_id)
    if user is None or not user.active:
        raise PermissionDenied(translate("services.auth", "此使用者已不存在或已停用。"))
    return _current(session, user)


def change_password(session: Session, user: CurrentUser, old: str, new: str) -> None:
    row = session.get(OfficeUser, user.id)
    assert row is not None
    try:
        _hasher.verify(row.password_hash, old)
    except (VerificationError, InvalidHashError):
        raise UserError(translate("services.auth", "目前密碼不正確。"), field="old_password") from None
    _check_password(new)
    row.password_hash = _hasher.hash(new)
    session.flush()
    audit.record(
        session, user.actor(), "office_user", row.id, "change_password", reason=translate("services.auth", "變更密碼")
    )


@dataclass(frozen=True)
class UserRow:
    id: uuid.UUID
    login: str
    display_name: str
    role: Role
    scope_label: str
    active: bool
    last_login_at: datetime | None


def list_users(session: Session, user: CurrentUser) -> list[UserRow]:
    user.require(Permission.MANAGE_USERS)
    rows = session.execute(select(OfficeUser).order_by(OfficeUser.login)).scalars().all()
    return [
        UserRow(u.id, u.login, u.display_name, u.role, _scope_label(session, u), u.active, u.last_login_at)
        for u in rows
    ]
