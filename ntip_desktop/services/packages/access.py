"""Who may send or take which organisation's package: REPORT_MONTHS, and the user's scope."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import Organization, Role
from ntip_desktop.services.auth import CurrentUser, Permission


def organization_by_code(session: Session, code: str, field: str = "--org") -> Organization:
    org = session.execute(select(Organization).where(Organization.code == code.strip())).scalar_one_or_none()
    if org is None:
        raise UserError(translate("services.packages.access", "查無機關代碼 {code}。").format(code=code), field=field)
    return org


def check_export(user: CurrentUser, org: Organization) -> None:
    """A coordinator sends only their own organisation; a clerk those of their district; the admin any."""
    user.require(Permission.REPORT_MONTHS)
    if user.role is Role.ADMIN:
        return
    if user.role is Role.SCHOOL_COORDINATOR and org.id == user.organization_id:
        return
    if user.role is Role.DISTRICT_CLERK and org.district_center_id == user.district_center_id:
        return
    raise PermissionDenied(
        translate("services.packages.access", "{org}不在您的範圍（{scope}），不能匯出其傳報檔。").format(
            org=org.name, scope=user.scope_label
        )
    )


def check_import(user: CurrentUser, org: Organization) -> None:
    """Packages are taken in by the clerks of the organisation's district, or the administrator."""
    user.require(Permission.REPORT_MONTHS)
    if user.role is Role.ADMIN:
        return
    if user.role is Role.DISTRICT_CLERK and org.district_center_id == user.district_center_id:
        return
    raise PermissionDenied(
        translate("services.packages.access", "{org}的傳報檔由其所屬區管中心匯入，不在您的範圍（{scope}）。").format(
            org=org.name, scope=user.scope_label
        )
    )


def own_organization(session: Session, user: CurrentUser) -> tuple[str, str] | None:
    """The code and name of the organisation a coordinator's packages come from (the page fills it in), or
    None for roles that send for several."""
    user.require(Permission.REPORT_MONTHS)
    if user.role is not Role.SCHOOL_COORDINATOR or user.organization_id is None:
        return None
    org = session.get(Organization, user.organization_id)
    return (org.code, org.name) if org is not None else None
