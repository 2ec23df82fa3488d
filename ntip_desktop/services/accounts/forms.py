"""The fax forms of an application, filled from the database and drawn by :mod:`services.pdf.fax_form`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import (
    Account,
    AccountApplication,
    AccountKind,
    ApplicationPurpose,
    ApplicationState,
    AuditEntry,
)
from ntip_desktop.services.accounts.access import check_submit_scope, load_application
from ntip_desktop.services.accounts.labels import kind_label, subtype_label
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.pdf.fax_form import (
    ContactChangeData,
    DistrictCenterInfo,
    FaxFormData,
    Person,
    render_form,
)
from ntip_desktop.services.rules.rocdate import TAIWAN


@dataclass(frozen=True)
class RenderedForm:
    number: str
    title: str  #: 業務帳號申請表 or 承辦人異動申請表
    pdf: bytes

    @property
    def suggested_name(self) -> str:
        return f"{self.number}.pdf"


def _center(app: AccountApplication) -> DistrictCenterInfo:
    center = app.organization.district_center
    if center is None:
        raise UserError(
            translate(
                "services.accounts.forms",
                "「{org}」尚未設定所屬區管中心，無法產生傳真表單。請先在機關資料中指定區管中心。",
            ).format(org=app.organization.name),
            field="district_center",
        )
    return DistrictCenterInfo(name=center.name, fax=center.fax, phone=center.phone)


def _old_contact(session: Session, app: AccountApplication, account: Account) -> Person:
    """The contact before this change: the account's current one, or (once approved) what the audit kept."""
    current = Person(account.contact_name, account.contact_phone, account.contact_email)
    if app.state is not ApplicationState.APPROVED:
        return current
    entries = session.execute(
        select(AuditEntry.old, AuditEntry.reason)
        .where(
            AuditEntry.entity == "account",
            AuditEntry.entity_id == str(account.id),
            AuditEntry.action == "change_contact",
        )
        .order_by(AuditEntry.seq.desc())
    ).all()
    old = next((o for o, reason in entries if reason == app.number), None) or {}
    return Person(
        old.get("contact_name", current.name),
        old.get("contact_phone", current.phone),
        old.get("contact_email", current.email),
    )


def form_data(session: Session, user: CurrentUser, ref: uuid.UUID | str) -> FaxFormData | ContactChangeData:
    """What the application's fax form shows."""
    app = load_application(session, ref)
    check_submit_scope(session, user, app.organization)
    if app.kind is AccountKind.TEACHER:
        raise UserError(
            translate(
                "services.accounts.forms", "{number} 是教師個人帳號申請，申請成功即可使用，不需傳真申請表。"
            ).format(number=app.number),
            field="number",
        )
    org = app.organization
    common = dict(
        application_number=app.number,
        organization_code=org.code,
        organization_name=org.name,
        county=org.county.name if org.county else "",
        subtype_code=app.subtype.value if app.subtype else "",
        subtype_label=subtype_label(app.subtype),
        login_id=app.login_id,
        submitted_on=app.submitted_at.astimezone(TAIWAN).date(),
        district_center=_center(app),
        kind_label=kind_label(app.kind),
    )
    contact = Person(app.contact_name, app.contact_phone, app.contact_email)
    if app.purpose is ApplicationPurpose.CONTACT_CHANGE:
        account = session.get(Account, app.account_id) if app.account_id else None
        if account is None:
            raise UserError(
                translate("services.accounts.forms", "找不到此承辦人異動申請所指的帳號 {login}。").format(
                    login=app.login_id
                ),
                field="login_id",
            )
        return ContactChangeData(
            old_contact=_old_contact(session, app, account),
            new_contact=Person(app.contact_name, app.contact_phone, app.contact_email, title=app.applicant_title),
            reason=app.change_reason or "",
            **common,  # type: ignore[arg-type]
        )
    return FaxFormData(
        applicant=Person(
            app.applicant_name, "", "", title=app.applicant_title
        ),  # only the contact gives phone and e-mail
        contact=contact,
        agreement_version=app.agreement_version,
        agreement_accepted_at=app.agreement_accepted_at,
        **common,  # type: ignore[arg-type]
    )


def render_application_form(session: Session, user: CurrentUser, ref: uuid.UUID | str) -> RenderedForm:
    """The one-page PDF to print, sign, stamp and fax (業務帳號申請表 or 承辦人異動申請表)."""
    data = form_data(session, user, ref)
    title = (
        translate("services.accounts.forms", "承辦人異動申請表")
        if isinstance(data, ContactChangeData)
        else translate("services.accounts.forms", "業務帳號申請表")
    )
    return RenderedForm(data.application_number, title, render_form(data))
