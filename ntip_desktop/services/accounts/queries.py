"""Reading account applications for the clerk's queue, the number field and the detail pane.

Filtering, ordering and paging happen in SQL (indexes on state, submitted_at, organisation); results are
plain frozen dataclasses, never ORM objects, so views can hold them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import false, func, or_, select, union_all
from sqlalchemy.orm import Session

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.i18n import translate
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
from ntip_desktop.services.accounts.access import ENTITY
from ntip_desktop.services.accounts.appno import PREFIXES, check_application_number, normalize_application_number
from ntip_desktop.services.accounts.decisions import AWAITING_STATES, WORKFLOW
from ntip_desktop.services.accounts.labels import FAX_CHECK_ORDER, fax_check_label
from ntip_desktop.services.auth import CurrentUser, Permission
from ntip_desktop.services.rules.ids import mask_id
from ntip_desktop.services.rules.rocdate import TAIWAN

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
    organization_id: uuid.UUID | None = None  #: one organisation (its earlier applications)


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
    A.id,
    A.number,
    A.purpose,
    A.kind,
    A.subtype,
    A.login_id,
    A.state,
    O.code,
    O.name,
    County.name,
    A.applicant_name,
    A.contact_name,
    A.submitted_at,
    A.fax_received_on,
    A.decided_at,
    A.version,
)


def _row(r: Any) -> ApplicationRow:
    values = list(r)
    values[9] = values[9] or ""  # county_name: the outer join finds none for an organisation without a county
    return ApplicationRow(*values)


def _looks_like_number(number: str) -> bool:
    return len(number) == 11 and number[0] in PREFIXES and number[1:].isdigit()


def _taiwan_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=TAIWAN)


def check_queue_access(user: CurrentUser) -> None:
    """The queue is for those who decide applications (clerks) or enter them (coordinators); others are refused."""
    user.require_any(Permission.DECIDE_ACCOUNTS, Permission.SUBMIT_APPLICATIONS)


def _conditions(f: ApplicationFilter, user: CurrentUser) -> list[Any]:
    """WHERE terms on the applications table alone (organisation terms as ``organization_id IN (…)``),
    so that the planner can walk the queue's indexes instead of joining first and sorting after."""
    conds: list[Any] = []
    orgs: list[Any] = []
    if user.role is not Role.ADMIN:
        if user.role is Role.DISTRICT_CLERK:
            orgs.append(O.district_center_id == user.district_center_id)
        elif user.role is Role.SCHOOL_COORDINATOR:
            conds.append(A.organization_id == user.organization_id)
        else:
            conds.append(false())
    if f.county_code:
        orgs.append(O.county_code == f.county_code)
    org_text = f.organization.strip()
    if org_text:
        orgs.append(or_(O.code == org_text, O.name.contains(org_text, autoescape=True)))
    if orgs:
        conds.append(A.organization_id.in_(select(O.id).where(*orgs)))
    if f.organization_id:
        conds.append(A.organization_id == f.organization_id)
    if f.submitted_from:
        conds.append(A.submitted_at >= _taiwan_midnight(f.submitted_from))
    if f.submitted_to:
        conds.append(A.submitted_at < _taiwan_midnight(f.submitted_to + timedelta(days=1)))
    if f.purpose:
        conds.append(A.purpose == f.purpose)
    if f.kind:
        conds.append(A.kind == f.kind)
    text = f.text.strip()
    number = normalize_application_number(text)
    if _looks_like_number(number):  # a typed or scanned number: the unique index, not a scan
        conds.append(A.number == number)
    elif text:
        conds.append(
            or_(
                A.login_id.contains(text, autoescape=True),
                A.applicant_name.contains(text, autoescape=True),
                A.contact_name.contains(text, autoescape=True),
            )
        )
    return conds


def count_applications(session: Session, user: CurrentUser, f: ApplicationFilter = ApplicationFilter()) -> int:
    check_queue_access(user)
    stmt = select(func.count()).select_from(A).where(*_conditions(f, user))
    if f.states:
        stmt = stmt.where(A.state.in_(f.states))
    return session.execute(stmt).scalar_one()


def count_awaiting(session: Session, user: CurrentUser) -> int:
    """「待處理 N 件」: applications whose next step is the district center's."""
    return count_applications(session, user, ApplicationFilter(states=AWAITING_STATES))


def _page_ids(
    session: Session,
    user: CurrentUser,
    f: ApplicationFilter,
    order_by: str,
    descending: bool,
    offset: int,
    limit: int,
) -> list[uuid.UUID]:
    conds = _conditions(f, user)
    direction = (lambda c: c.desc()) if descending else (lambda c: c.asc())
    if order_by == "submitted_at":
        # One index range per state, each already in submission order (ix state+submitted_at), merged:
        # the first page of any filter reads a few hundred index entries instead of sorting the table.
        branches = [
            select(A.id, A.submitted_at, A.number)
            .where(A.state == state, *conds)
            .order_by(direction(A.submitted_at), direction(A.number))
            .limit(offset + limit)
            .subquery()
            for state in (f.states or tuple(ApplicationState))
        ]
        merged = union_all(*(select(b.c.id, b.c.submitted_at, b.c.number) for b in branches)).subquery()
        stmt = select(merged.c.id).order_by(direction(merged.c.submitted_at), direction(merged.c.number))
    else:
        stmt = select(A.id).where(*conds)
        if f.states:
            stmt = stmt.where(A.state.in_(f.states))
        if order_by == "organization":
            stmt = stmt.join(O, O.id == A.organization_id)
        stmt = stmt.order_by(direction(SORT_KEYS[order_by]), direction(A.number))
    return list(session.execute(stmt.offset(offset).limit(limit)).scalars())


def list_applications(
    session: Session,
    user: CurrentUser,
    f: ApplicationFilter = ApplicationFilter(),
    *,
    order_by: str = "submitted_at",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[ApplicationRow]:
    """One page of the queue, filtered, ordered and paged in SQL (ties broken by number)."""
    check_queue_access(user)
    if order_by not in SORT_KEYS:
        raise ValueError(f"unknown sort key {order_by!r}")
    ids = _page_ids(session, user, f, order_by, descending, offset, limit)
    if not ids:
        return []
    stmt = (
        select(*_ROW_COLUMNS)
        .join(O, O.id == A.organization_id)
        .outerjoin(County, County.code == O.county_code)
        .where(A.id.in_(ids))
    )
    rows = {r[0]: _row(r) for r in session.execute(stmt)}
    return [rows[i] for i in ids if i in rows]


def application_row(session: Session, application_id: uuid.UUID) -> ApplicationRow | None:
    stmt = (
        select(*_ROW_COLUMNS)
        .join(O, O.id == A.organization_id)
        .outerjoin(County, County.code == O.county_code)
        .where(A.id == application_id)
    )
    r = session.execute(stmt).first()
    return _row(r) if r else None


def find_by_number(session: Session, user: CurrentUser, text: str) -> ApplicationRow:
    """The application for a typed or scanned number.

    Says plainly whether the number is malformed, has a wrong check digit (a misread or mistyped digit),
    does not exist, or belongs to another district.
    """
    check_queue_access(user)
    number = normalize_application_number(text)
    shown = text.strip() or number
    if not number:
        raise UserError(translate("services.accounts.queries", "請輸入或掃描申請編號。"), field="number")
    if not _looks_like_number(number):
        raise UserError(
            translate(
                "services.accounts.queries",
                "「{text}」不是申請編號：編號為 1 個英文字母加 10 位數字（例：B1150001234）。",
            ).format(text=shown),
            field="number",
        )
    if not check_application_number(number):
        raise UserError(
            translate(
                "services.accounts.queries",
                "申請編號 {number} 的檢查碼不符：可能有一位數字打錯或兩位數字對調，請核對表單上的編號或重新掃描條碼。",
            ).format(number=number),
            field="number",
        )
    row = session.execute(
        select(*_ROW_COLUMNS, O.district_center_id)
        .join(O, O.id == A.organization_id)
        .outerjoin(County, County.code == O.county_code)
        .where(A.number == number)
    ).first()
    if row is None:
        raise UserError(
            translate(
                "services.accounts.queries", "查無申請編號 {number}（檢查碼正確，但資料庫中沒有這件申請）。"
            ).format(number=number),
            field="number",
        )
    found = _row(row[:-1])
    if user.role is not Role.ADMIN:
        center_id = row[-1]
        visible = (user.role is Role.DISTRICT_CLERK and center_id == user.district_center_id) or (
            user.role is Role.SCHOOL_COORDINATOR
            and session.execute(select(A.organization_id).where(A.id == found.id)).scalar_one() == user.organization_id
        )
        if not visible:
            center = session.get(DistrictCenter, center_id) if center_id else None
            raise PermissionDenied(
                translate("services.accounts.queries", "申請 {number}（{org}）屬於{center}，不在您的轄區。").format(
                    number=number,
                    org=found.organization_name,
                    center=center.name if center else translate("services.accounts.queries", "其他區管中心"),
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
    version: int = 0  #: for ``set_fax_check(expected_version=…)``; 0: the item has no row yet


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


def application_detail(session: Session, user: CurrentUser, application_id: uuid.UUID) -> ApplicationDetail:
    """Every field, the organisation's record, its earlier applications, the fax checks and the history."""
    check_queue_access(user)
    app = session.get(A, application_id)
    if app is None:
        raise UserError(translate("services.accounts.queries", "這件申請已不存在。"), field="number")
    row = application_row(session, application_id)
    assert row is not None
    org = app.organization
    if user.role is not Role.ADMIN:
        visible = session.execute(select(A.id).where(A.id == app.id, *_conditions(ApplicationFilter(), user))).first()
        if visible is None:
            raise PermissionDenied(
                translate("services.accounts.queries", "申請 {number} 不在您的轄區。").format(number=app.number)
            )
    center = org.district_center
    county = org.county
    org_info = OrganizationInfo(
        org.id,
        org.code,
        org.name,
        org.kind,
        county.name if county else "",
        center.name if center else "",
        center.fax if center else "",
        org.phone,
        org.address,
        org.active,
    )
    earlier = tuple(list_applications(session, user, ApplicationFilter(organization_id=org.id), limit=21))
    earlier = tuple(r for r in earlier if r.id != app.id)[:20]
    user_ids = {c.checked_by_id for c in app.fax_checks if c.checked_by_id} | {app.decided_by_id} - {None}
    users = {
        uid: name
        for uid, name in session.execute(
            select(OfficeUser.id, OfficeUser.display_name).where(OfficeUser.id.in_(user_ids))
        )
    }
    checks = {c.item: c for c in app.fax_checks}
    fax_checks = tuple(
        FaxCheckRow(
            item,
            fax_check_label(item),
            bool(check.ok),
            users.get(check.checked_by_id, "") if check.checked_by_id else "",
            check.checked_at,
            check.version,
        )
        for item in FAX_CHECK_ORDER
        if (check := checks.get(item)) is not None
    )
    account = session.get(Account, app.account_id) if app.account_id else None
    teacher = session.get(Teacher, app.teacher_id) if app.teacher_id else None
    history = tuple(audit.entity_history(session, ENTITY, app.id, limit=200))
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
        account=AccountInfo(
            account.login_id, account.state.value, account.contact_name, account.contact_phone, account.contact_email
        )
        if account
        else None,
        earlier=earlier,
        fax_checks=fax_checks,
        history=history,
        next_states=WORKFLOW.targets_from(app.state),
    )


@dataclass(frozen=True)
class CountyChoice:
    code: str
    name: str


def counties_in_scope(session: Session, user: CurrentUser) -> list[CountyChoice]:
    """Counties for the filter bar: of a clerk's district's organisations, of a coordinator's own, or all."""
    check_queue_access(user)
    stmt = select(County.code, County.name).order_by(County.code)
    if user.role is Role.DISTRICT_CLERK:
        stmt = stmt.where(
            County.code.in_(select(O.county_code).where(O.district_center_id == user.district_center_id).distinct())
        )
    elif user.role is Role.SCHOOL_COORDINATOR:
        stmt = stmt.where(County.code.in_(select(O.county_code).where(O.id == user.organization_id)))
    return [CountyChoice(c, n) for c, n in session.execute(stmt)]


@dataclass(frozen=True)
class OrganizationChoice:
    """An organisation as the new-application form shows it next to the typed code."""

    code: str
    name: str
    kind: OrgKind
    district_center_name: str
    active: bool


def organization_by_code(session: Session, code: str) -> OrganizationChoice | None:
    """The organisation with this code (as typed), or None."""
    org = session.execute(select(O).where(O.code == code.strip())).scalar_one_or_none()
    if org is None:
        return None
    center = org.district_center
    return OrganizationChoice(org.code, org.name, org.kind, center.name if center else "", org.active)
