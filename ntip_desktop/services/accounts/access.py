"""Who may touch an account application, finding it, and telling a clerk who got there first.

Scope (ACC-4): only the district center the applying organisation belongs to decides its applications;
a school coordinator enters and answers those of their own organisation; the administrator does all.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ntip_desktop.errors import ConflictError, PermissionDenied, UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import AccountApplication, ApplicationState, DistrictCenter, Organization, Role
from ntip_desktop.services import audit
from ntip_desktop.services.accounts.appno import normalize_application_number
from ntip_desktop.services.accounts.labels import state_label
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.rules.rocdate import roc_moment

#: The entity name of applications in the audit log.
ENTITY = "account_application"


# --- scope ----------------------------------------------------------------------------------------


def _district_name(session: Session, center_id: uuid.UUID | None) -> str:
    center = session.get(DistrictCenter, center_id) if center_id else None
    return center.name if center else translate("services.accounts.access", "（未指定區管中心）")


def check_decide_scope(session: Session, user: CurrentUser, org: Organization) -> None:
    """Only the district center the organisation belongs to decides its applications (admin: all)."""
    user.require(Permission.DECIDE_ACCOUNTS)
    if user.role is Role.ADMIN:
        return
    if user.role is Role.DISTRICT_CLERK and org.district_center_id == user.district_center_id:
        return
    raise PermissionDenied(
        translate(
            "services.accounts.access", "「{org}」屬於{center}，不在您的轄區（{scope}），您不能處理它的帳號申請。"
        ).format(org=org.name, center=_district_name(session, org.district_center_id), scope=user.scope_label)
    )


def check_submit_scope(session: Session, user: CurrentUser, org: Organization) -> None:
    """Who may enter or answer an application of ``org``."""
    user.require(Permission.SUBMIT_APPLICATIONS)
    if user.role is Role.ADMIN:
        return
    if user.role is Role.SCHOOL_COORDINATOR and org.id == user.organization_id:
        return
    if user.role is Role.DISTRICT_CLERK and org.district_center_id == user.district_center_id:
        return
    raise PermissionDenied(
        translate("services.accounts.access", "您（{scope}）不能替「{org}」送出或補正帳號申請。").format(
            scope=user.scope_label, org=org.name
        )
    )


# --- loading --------------------------------------------------------------------------------------


def load_application(session: Session, ref: uuid.UUID | str) -> AccountApplication:
    """The application by id, or by its number (as typed or scanned); UserError when there is none."""
    if isinstance(ref, uuid.UUID):
        app = session.get(AccountApplication, ref)
        shown = str(ref)
    else:
        shown = normalize_application_number(ref)
        app = session.execute(select(AccountApplication).where(AccountApplication.number == shown)).scalar_one_or_none()
    if app is None:
        raise UserError(
            translate("services.accounts.access", "查無申請編號 {number}。").format(number=shown), field="number"
        )
    return app


def last_handled(session: Session, application_id: uuid.UUID) -> tuple[str, datetime] | None:
    """Who last changed the application and when (from the audit log)."""
    return audit.last_change(session, ENTITY, application_id)


def _conflict(number: str, state: ApplicationState, handled: tuple[str, datetime] | None) -> ConflictError:
    who, when = handled if handled else (translate("services.accounts.access", "其他人"), None)
    return ConflictError(
        translate(
            "services.accounts.access",
            "此申請已由 {who} 於 {when} 處理（目前狀態：{state}），您看到的是舊資料。請重新開啟 {number} 再決定。",
        ).format(
            who=who,
            when=roc_moment(when) if when else translate("services.accounts.access", "剛才"),
            state=state_label(state),
            number=number,
        ),
        field="version",
    )


def fresh_conflict(session: Session, app_id: uuid.UUID, number: str) -> ConflictError:
    """After a lost race: read what the winner committed on a new connection (this session is spent)."""
    with Session(bind=session.get_bind()) as fresh:
        state = fresh.execute(select(AccountApplication.state).where(AccountApplication.id == app_id)).scalar_one()
        return _conflict(number, state, audit.last_change(fresh, ENTITY, app_id))


def stale_copy(session: Session, app: AccountApplication) -> ConflictError:
    """The clerk decided on an older copy than the database holds: say who handled it since, and when."""
    return _conflict(app.number, app.state, last_handled(session, app.id))
