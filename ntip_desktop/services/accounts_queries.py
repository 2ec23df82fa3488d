"""Reading account applications for the clerk's queue, the number field and the detail pane.

Filtering, ordering and paging happen in SQL (indexes on state, submitted_at, organisation); results are
plain frozen dataclasses, never ORM objects, so views can hold them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.i18n import tr
from ntip_desktop.models import (
    Account,
    AccountApplication,
    AccountKind,
    ApplicationPurpose,
    ApplicationSource,
    ApplicationState,
    County,
    DistrictCenter,
    FaxCheckItem,
    OfficeUser,
    Organization,
    OrgKind,
    Role,
    Teacher,
)
from ntip_desktop.services import audit
from ntip_desktop.services.account_labels import FAX_CHECK_ORDER, fax_check_label
from ntip_desktop.services.accounts import AWAITING_STATES, ENTITY, TAIWAN, TRANSITIONS
from ntip_desktop.services.appno import PREFIXES, check_application_number, normalize_application_number
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.rules.ids import mask_id

A = AccountApplication
O = Organization  # noqa: E741


@dataclass(frozen=True)
class ApplicationFilter:
    """What the queue shows. Empty fields do not filter."""

    states: tuple[ApplicationState, ...] = ()
    county_code: str = ""
    organization: str = ""  #: code (exact) or part of the name
    submitted_from: date | None = None  #: Taiwan date, inclusive
    submitted_to: date | None = None  #: Taiwan date, inclusive
    text: str = ""  #: number, login ID, applicant or contact name
    purpose: ApplicationPurpose | None = None
    kind: AccountKind | None = None


#: Sort keys the queue offers (column → SQL expression).
SORT_KEYS = {
    "number": A.number,
    "state": A.state,
    "kind": A.kind,
    "login_id": A.login_id,
    "organization": O.name,
    "applicant": A.applicant_name,
    "submitted_at": A.submitted_at,
    "fax_received_on": A.fax_received_on,
}


@dataclass(frozen=True)
class ApplicationRow:
    """One line of the queue."""

    id: uuid.UUID
    number: str
    purpose: ApplicationPurpose
    kind: AccountKind
    subtype: Any  # BusinessSubtype | None
    login_id: str
    state: ApplicationState
    organization_code: str
    organization_name: str
    county_name: str
    applicant_name: str
    contact_name: str
    submitted_at: datetime
    fax_received_on: date | None
    decided_at: datetime | None
    version: int


_ROW_COLUMNS = (
    A.id, A.number, A.purpose, A.kind, A.subtype, A.login_id, A.state, O.code, O.name, County.name,
    A.applicant_name, A.contact_name, A.submitted_at, A.fax_received_on, A.decided_at, A.version,
)


def _row(r: Any) -> ApplicationRow:
    return ApplicationRow(*r[:9], r[9] or "", *r[10:])


def _scoped(stmt: Select[Any], user: CurrentUser | None) -> Select[Any]:
    """Only what the user may see: a clerk their district, a coordinator their organisation."""
    if user is None or user.role is Role.ADMIN:
        return stmt
    if user.role is Role.DISTRICT_CLERK:
        return stmt.where(O.district_center_id == user.district_center_id)
    if user.role is Role.SCHOOL_COORDINATOR:
        return stmt.where(A.organization_id == user.organization_id)
    return stmt.where(False)


def _taiwan_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=TAIWAN)


def _filtered(stmt: Select[Any], f: ApplicationFilter, user: CurrentUser | None) -> Select[Any]:
    stmt = _scoped(stmt, user)
    if f.states:
        stmt = stmt.where(A.state.in_(f.states))
    if f.county_code:
        stmt = stmt.where(O.county_code == f.county_code)
    if f.organization.strip():
        org = f.organization.strip()
        stmt = stmt.where(or_(O.code == org, O.name.contains(org, autoescape=True)))
    if f.submitted_from:
        stmt = stmt.where(A.submitted_at >= _taiwan_midnight(f.submitted_from))
    if f.submitted_to:
        stmt = stmt.where(A.submitted_at < _taiwan_midnight(f.submitted_to + timedelta(days=1)))
    if f.purpose:
        stmt = stmt.where(A.purpose == f.purpose)
    if f.kind:
        stmt = stmt.where(A.kind == f.kind)
    text = f.text.strip()
    if text:
        number = normalize_application_number(text)
        stmt = stmt.where(
            or_(
                A.number == number,
                A.login_id.contains(text, autoescape=True),
                A.applicant_name.contains(text, autoescape=True),
                A.contact_name.contains(text, autoescape=True),
            )
        )
    return stmt


def _needs_org_join(f: ApplicationFilter, user: CurrentUser | None, order_by: str = "") -> bool:
    scoped = user is not None and user.role is Role.DISTRICT_CLERK
    return scoped or bool(f.county_code or f.organization.strip()) or order_by == "organization"


def count_applications(session: Session, user: CurrentUser | None, f: ApplicationFilter = ApplicationFilter()) -> int:
    stmt = select(func.count()).select_from(A)
    if _needs_org_join(f, user):
        stmt = stmt.join(O, O.id == A.organization_id)
    return session.execute(_filtered(stmt, f, user)).scalar_one()


def count_awaiting(session: Session, user: CurrentUser | None) -> int:
    """「待處理 N 件」: applications whose next step is the district center's."""
    return count_applications(session, user, ApplicationFilter(states=AWAITING_STATES))


def list_applications(
    session: Session,
    user: CurrentUser | None,
    f: ApplicationFilter = ApplicationFilter(),
    *,
    order_by: str = "submitted_at",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[ApplicationRow]:
    """One page of the queue, filtered, ordered and paged in SQL (ties broken by number)."""
    if order_by not in SORT_KEYS:
        raise ValueError(f"unknown sort key {order_by!r}")
    key = SORT_KEYS[order_by]
    stmt = (
        select(*_ROW_COLUMNS)
        .join(O, O.id == A.organization_id)
        .outerjoin(County, County.code == O.county_code)
    )
    order = [key.desc(), A.number.desc()] if descending else [key.asc(), A.number.asc()]
    stmt = _filtered(stmt, f, user).order_by(*order).offset(offset).limit(limit)
    return [_row(r) for r in session.execute(stmt)]


def application_row(session: Session, application_id: uuid.UUID) -> ApplicationRow | None:
    stmt = (
        select(*_ROW_COLUMNS).join(O, O.id == A.organization_id).outerjoin(County, County.code == O.county_code)
        .where(A.id == application_id)
    )
    r = session.execute(stmt).first()
    return _row(r) if r else None


def find_by_number(session: Session, user: CurrentUser | None, text: str) -> ApplicationRow:
    """The application for a typed or scanned number.

    Says plainly whether the number is malformed, has a wrong check digit (a misread or mistyped digit),
    does not exist, or belongs to another district.
    """
    number = normalize_application_number(text)
    shown = text.strip() or number
    if not number:
        raise UserError(tr("請輸入或掃描申請編號。"), field="number")
    well_formed = len(number) == 11 and number[0] in PREFIXES and number[1:].isdigit()
    if not well_formed:
        raise UserError(
            tr("「{text}」不是申請編號：編號為 1 個英文字母加 10 位數字（例：B1150001234）。").format(text=shown),
            field="number",
        )
    if not check_application_number(number):
        raise UserError(
            tr("申請編號 {number} 的檢查碼不符：可能有一位數字打錯或兩位數字對調，請核對表單上的編號或重新掃描條碼。").format(
                number=number
            ),
            field="number",
        )
    row = session.execute(
        select(*_ROW_COLUMNS, O.district_center_id)
        .join(O, O.id == A.organization_id)
        .outerjoin(County, County.code == O.county_code)
        .where(A.number == number)
    ).first()
    if row is None:
        raise UserError(tr("查無申請編號 {number}（檢查碼正確，但資料庫中沒有這件申請）。").format(number=number), field="number")
    found = _row(row[:-1])
    if user is not None and user.role is not Role.ADMIN:
        center_id = row[-1]
        visible = (user.role is Role.DISTRICT_CLERK and center_id == user.district_center_id) or (
            user.role is Role.SCHOOL_COORDINATOR
            and session.execute(select(A.organization_id).where(A.id == found.id)).scalar_one() == user.organization_id
        )
        if not visible:
            center = session.get(DistrictCenter, center_id) if center_id else None
            raise PermissionDenied(
                tr("申請 {number}（{org}）屬於{center}，不在您的轄區。").format(
                    number=number, org=found.organization_name, center=center.name if center else tr("其他區管中心")
                )
            )
    return found


# --- the detail pane -------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrganizationInfo:
    id: uuid.UUID
    code: str
    name: str
    kind: OrgKind
    county_name: str
    district_center_name: str
    district_center_fax: str
    phone: str
    address: str
    active: bool


@dataclass(frozen=True)
class FaxCheckRow:
    item: FaxCheckItem
    label: str
    ok: bool
    checked_by: str
    checked_at: datetime | None


@dataclass(frozen=True)
class AccountInfo:
    login_id: str
    state: str
    contact_name: str
    contact_phone: str
    contact_email: str


@dataclass(frozen=True)
class ApplicationDetail:
    """Everything about one application the clerk needs to decide it."""

    row: ApplicationRow
    source: ApplicationSource
    applicant_title: str
    contact_phone: str
    contact_email: str
    agreement_version: str
    agreement_accepted_at: datetime
    fax_pages: int | None
    decided_by: str
    decision_reason: str
    change_reason: str
    national_id_masked: str
    organization: OrganizationInfo
    account: AccountInfo | None
    earlier: tuple[ApplicationRow, ...]
    fax_checks: tuple[FaxCheckRow, ...]
    history: tuple[audit.AuditRow, ...]
    next_states: frozenset[ApplicationState]

    @property
    def checklist_complete(self) -> bool:
        return all(c.ok for c in self.fax_checks) and len(self.fax_checks) == len(FAX_CHECK_ORDER)


def application_detail(session: Session, user: CurrentUser | None, application_id: uuid.UUID) -> ApplicationDetail:
    """Every field, the organisation's record, its earlier applications, the fax checks and the history."""
    app = session.get(A, application_id)
    if app is None:
        raise UserError(tr("這件申請已不存在。"), field="number")
    row = application_row(session, application_id)
    assert row is not None
    org = app.organization
    if user is not None and user.role is not Role.ADMIN:
        visible = session.execute(_scoped(select(A.id).join(O, O.id == A.organization_id).where(A.id == app.id), user)).first()
        if visible is None:
            raise PermissionDenied(tr("申請 {number} 不在您的轄區。").format(number=app.number))
    center = org.district_center
    county = org.county
    org_info = OrganizationInfo(
        org.id, org.code, org.name, org.kind, county.name if county else "", center.name if center else "",
        center.fax if center else "", org.phone, org.address, org.active,
    )
    earlier = tuple(
        list_applications(session, None, ApplicationFilter(organization=org.code), limit=21)
    )
    earlier = tuple(r for r in earlier if r.id != app.id)[:20]
    user_ids = {c.checked_by_id for c in app.fax_checks if c.checked_by_id} | {app.decided_by_id} - {None}
    users = dict(session.execute(select(OfficeUser.id, OfficeUser.display_name).where(OfficeUser.id.in_(user_ids))).tuples().all()) if user_ids else {}
    checks = {c.item: c for c in app.fax_checks}
    fax_checks = tuple(
        FaxCheckRow(
            item, fax_check_label(item), bool(checks[item].ok) if item in checks else False,
            users.get(checks[item].checked_by_id, "") if item in checks and checks[item].checked_by_id else "",
            checks[item].checked_at if item in checks else None,
        )
        for item in FAX_CHECK_ORDER
        if item in checks
    )
    account = session.get(Account, app.account_id) if app.account_id else None
    teacher = session.get(Teacher, app.teacher_id) if app.teacher_id else None
    history = tuple(reversed(audit.list_entries(session, audit.AuditFilter(entity=ENTITY, entity_id=str(app.id)), limit=200)))
    return ApplicationDetail(
        row=row,
        source=app.source,
        applicant_title=app.applicant_title,
        contact_phone=app.contact_phone,
        contact_email=app.contact_email,
        agreement_version=app.agreement_version,
        agreement_accepted_at=app.agreement_accepted_at,
        fax_pages=app.fax_pages,
        decided_by=users.get(app.decided_by_id, "") if app.decided_by_id else "",
        decision_reason=app.decision_reason or "",
        change_reason=app.change_reason or "",
        national_id_masked=mask_id(teacher.national_id) if teacher else "",
        organization=org_info,
        account=AccountInfo(account.login_id, account.state.value, account.contact_name, account.contact_phone, account.contact_email)
        if account else None,
        earlier=earlier,
        fax_checks=fax_checks,
        history=history,
        next_states=TRANSITIONS[app.state],
    )


@dataclass(frozen=True)
class CountyChoice:
    code: str
    name: str


def counties_in_scope(session: Session, user: CurrentUser | None) -> list[CountyChoice]:
    """Counties for the filter bar (a clerk sees those of their district's organisations)."""
    stmt = select(County.code, County.name).order_by(County.code)
    if user is not None and user.role is Role.DISTRICT_CLERK:
        stmt = stmt.where(
            County.code.in_(select(O.county_code).where(O.district_center_id == user.district_center_id).distinct())
        )
    return [CountyChoice(c, n) for c, n in session.execute(stmt)]
