"""Office users: first-run admin, sign-in with argon2 hashes, roles, scopes and permission checks.

Permissions are enforced here, in the services; views only hide what a user cannot do.

Signing in: :data:`MAX_FAILED_SIGN_INS` wrong passwords in a row lock the account for :data:`LOCKOUT`
(an administrator may unlock it sooner, :func:`ntip_desktop.services.users.unlock_user`); every refused sign-in is in the audit log. The
idle screen lock asks for the password again through :func:`confirm_password`, counted the same way.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.i18n import translate
from ntip_desktop.labels import label
from ntip_desktop.models import AuditSource, DistrictCenter, OfficeUser, Organization, Role
from ntip_desktop.models.base import utcnow
from ntip_desktop.services import audit
from ntip_desktop.services.rules.rocdate import roc_moment
from ntip_desktop.vocabulary import Permission

_hasher = PasswordHasher()
MIN_PASSWORD_LENGTH = 8
#: Wrong passwords in a row that lock an account …
MAX_FAILED_SIGN_INS = 5
#: … and for how long (an administrator may unlock it sooner).
LOCKOUT = timedelta(minutes=15)

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
            Permission.VIEW_STATISTICS,  # the figures a district center reports upward each term (Art 5)
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
    #: An administrator reset the password: the program asks for a new one before opening any page.
    must_change_password: bool = False

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

    def require_any(self, *permissions: Permission) -> None:
        """PermissionDenied unless the role holds at least one of ``permissions`` (the message names the first)."""
        if not any(self.can(p) for p in permissions):
            self.require(permissions[0])

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


def scope_label_of(session: Session, row: OfficeUser) -> str:
    """What the user ``row`` may see, in words: their district center, their organisation, or 全部."""
    if row.role is Role.DISTRICT_CLERK and row.district_center_id:
        dc = session.get(DistrictCenter, row.district_center_id)
        return dc.name if dc else ""
    if row.role is Role.SCHOOL_COORDINATOR and row.organization_id:
        org = session.get(Organization, row.organization_id)
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
        scope_label=scope_label_of(session, user),
        must_change_password=user.must_change_password,
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
    user: CurrentUser,
    *,
    login: str,
    display_name: str,
    password: str,
    role: Role,
    district_center_id: uuid.UUID | None = None,
    organization_id: uuid.UUID | None = None,
    password_hash: str | None = None,
) -> CurrentUser:
    """Create an office user of any role: only a user who may manage users (an administrator) may."""
    user.require(Permission.MANAGE_USERS)
    return _create_user(
        session,
        user.actor(),
        login=login,
        display_name=display_name,
        password=password,
        role=role,
        district_center_id=district_center_id,
        organization_id=organization_id,
        password_hash=password_hash,
    )


def _create_user(
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
    reason: str | None = None,
) -> CurrentUser:
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
        reason=reason if reason is not None else translate("services.auth", "新增使用者"),
    )
    return _current(session, user)


def create_first_admin(session: Session, *, login: str, display_name: str, password: str) -> CurrentUser:
    """The first-run wizard: only allowed while the database has no user at all."""
    if has_users(session):
        raise PermissionDenied(translate("services.auth", "系統已有使用者，不能再以首次設定建立管理者。"))
    return _create_user(
        session,
        audit.Actor.system(),
        login=login,
        display_name=display_name,
        password=password,
        role=Role.ADMIN,
    )


def create_first_coordinator(
    session: Session,
    *,
    login: str,
    display_name: str,
    password: str,
    organization_id: uuid.UUID,
    actor: audit.Actor,
    reason: str,
) -> CurrentUser:
    """A school computer's first start from the office's starter file (services/packages/starter.py): the
    coordinator the office named, with the password they choose now. Only while the database has no user."""
    if has_users(session):
        raise PermissionDenied(translate("services.auth", "系統已有使用者，不能再以首次設定建立使用者。"))
    return _create_user(
        session,
        actor,
        login=login,
        display_name=display_name,
        password=password,
        role=Role.SCHOOL_COORDINATOR,
        organization_id=organization_id,
        reason=reason,
    )


def check_new_password(password: str) -> None:
    """UserError (field ``password``) when ``password`` breaks the rules for a new password."""
    _check_password(password)


def _masked(login: str) -> str:
    """An unknown login as the audit log keeps it: people sometimes type their password there."""
    login = login.strip()[:40]
    return login[:2] + "*" * max(0, len(login) - 2)


def _locked_message(until: datetime) -> UserError:
    return UserError(
        translate(
            "services.auth", "密碼錯誤次數過多，此帳號已暫時鎖定至 {until}。請稍後再試，或請系統管理者解除鎖定。"
        ).format(until=roc_moment(until)),
        field="password",
    )


def _own_transaction(session: Session) -> Session:
    """A session of its own on the caller's database: what a sign-in records is committed at once, whether
    or not the caller's transaction (rolled back when the sign-in is refused) ever commits."""
    return Session(bind=session.get_bind())


def _refusal(
    session: Session, user_id: uuid.UUID | None, login: str, reason: str, *, count: bool, source: AuditSource
) -> datetime | None:
    """Record a refused sign-in in its own transaction, committed even though the caller's rolls back; a
    wrong password of a known account also counts towards the lock. Returns when the account is locked until
    (None: not locked)."""
    with _own_transaction(session) as own, own.begin():
        until = None
        new: dict[str, object] = {"login": _masked(login)} if user_id is None else {}
        if user_id is not None and count:
            # One UPDATE takes the row (and on SQLite the database) first, so attempts racing each other all count.
            failed, until = own.execute(
                update(OfficeUser)
                .where(OfficeUser.id == user_id)
                .values(failed_logins=OfficeUser.failed_logins + 1)
                .returning(OfficeUser.failed_logins, OfficeUser.locked_until)
            ).one()
            now = utcnow()
            if until is not None and until <= now:  # an earlier lock has run out: count afresh
                failed, until = 1, None
            if failed >= MAX_FAILED_SIGN_INS and until is None:
                until = now + LOCKOUT
            own.execute(
                update(OfficeUser).where(OfficeUser.id == user_id).values(failed_logins=failed, locked_until=until)
            )
            new = {"failed_logins": failed, "locked_until": until}
        actor = audit.Actor("", translate("services.auth", "登入畫面"), source)
        audit.record(own, actor, "office_user", user_id or "?", "sign_in_failed", new=new, reason=reason)
    return until


def authenticate(session: Session, login: str, password: str, *, source: AuditSource = AuditSource.UI) -> CurrentUser:
    """Check a sign-in; the same message for an unknown login and a wrong password.

    What a sign-in records is written in a transaction of its own, never in the caller's (call this in a
    session with nothing pending): a refusal in the audit log (committed although the caller rolls back), and
    after :data:`MAX_FAILED_SIGN_INS` wrong passwords in a row a lock of :data:`LOCKOUT`, during which even
    the right password is refused; a success clears the count and notes the time.
    """
    login = login.strip()
    user = session.execute(select(OfficeUser).where(OfficeUser.login == login)).scalar_one_or_none()
    refused = UserError(translate("services.auth", "帳號或密碼不正確。"), field="password")
    if user is None:
        _hasher.hash(password)  # spend the same time as a real check
        _refusal(session, None, login, translate("services.auth", "帳號不存在"), count=False, source=source)
        raise refused
    if user.locked_until is not None and user.locked_until > utcnow():
        _refusal(session, user.id, login, translate("services.auth", "帳號鎖定中"), count=False, source=source)
        raise _locked_message(user.locked_until)
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        until = _refusal(session, user.id, login, translate("services.auth", "密碼錯誤"), count=True, source=source)
        raise (_locked_message(until) if until is not None else refused) from None
    if not user.active:
        _refusal(session, user.id, login, translate("services.auth", "帳號已停用"), count=False, source=source)
        raise UserError(translate("services.auth", "此帳號已停用，不能登入。請洽系統管理者。"), field="login")
    signed_in: dict[str, object] = {"last_login_at": utcnow(), "failed_logins": 0, "locked_until": None}
    if _hasher.check_needs_rehash(user.password_hash):
        signed_in["password_hash"] = _hasher.hash(password)
    with _own_transaction(session) as own, own.begin():
        own.execute(update(OfficeUser).where(OfficeUser.id == user.id).values(**signed_in))
    return _current(session, user)


def confirm_password(session: Session, user: CurrentUser, password: str) -> None:
    """The signed-in user shows it is still them (the idle screen lock): checked, counted and locked out
    exactly as a sign-in, so that a locked screen is no way round the lock."""
    if user.is_console:
        raise PermissionDenied(translate("services.auth", "命令列沒有可鎖定的畫面。"))
    signed = authenticate(session, user.login, password)
    if signed.id != user.id:  # pragma: no cover - logins are unique
        raise PermissionDenied(translate("services.auth", "此使用者已不存在或已停用。"))


def get_current(session: Session, user_id: uuid.UUID) -> CurrentUser:
    user = session.get(OfficeUser, user_id)
    if user is None or not user.active:
        raise PermissionDenied(translate("services.auth", "此使用者已不存在或已停用。"))
    return _current(session, user)


def change_password(session: Session, user: CurrentUser, old: str, new: str) -> None:
    """The signed-in user changes their own password (and so ends a reset's "must change at next sign-in")."""
    row = session.get(OfficeUser, user.id)
    assert row is not None
    try:
        _hasher.verify(row.password_hash, old)
    except (VerificationError, InvalidHashError):
        raise UserError(translate("services.auth", "目前密碼不正確。"), field="old_password") from None
    _check_password(new)
    if new == old:
        raise UserError(translate("services.auth", "新密碼不可與目前密碼相同。"), field="password")
    forced = row.must_change_password
    row.password_hash = _hasher.hash(new)
    row.must_change_password = False
    session.flush()
    audit.record(
        session,
        user.actor(),
        "office_user",
        row.id,
        "change_password",
        old={"must_change_password": True} if forced else None,
        new={"must_change_password": False} if forced else None,
        reason=translate("services.auth", "變更密碼"),
    )
