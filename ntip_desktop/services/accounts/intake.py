"""Entering account applications: validation (ACC-2, ACC-3), numbering, teacher activation (ACC-4).

Applications come from a school coordinator's form in the program, from the clerk keying in paper, or
from the web site's export (:mod:`services.accounts.importing`). Every check names its field; the form shows
all problems at once (:func:`check_application`), submission refuses on the first.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TypeVar

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ntip_desktop.changes import Changes
from ntip_desktop.errors import UserError
from ntip_desktop.i18n import translate
from ntip_desktop.models import (
    Account,
    AccountApplication,
    AccountKind,
    AccountState,
    ApplicationPurpose,
    ApplicationSource,
    ApplicationState,
    AuditHead,
    AuditSource,
    BusinessSubtype,
    Organization,
    OrgKind,
    Teacher,
)
from ntip_desktop.services import audit
from ntip_desktop.services.accounts.access import ENTITY, check_submit_scope
from ntip_desktop.services.accounts.appno import PREFIX_BUSINESS, PREFIX_CONTACT_CHANGE, make_application_number
from ntip_desktop.services.accounts.decisions import OPEN_STATES
from ntip_desktop.services.accounts.fields import (
    check_agreement,
    check_submitted_at,
    clean,
    required,
    validate_contact,
    validate_login_id,
)
from ntip_desktop.services.accounts.labels import kind_label, subtype_label
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.rules.ids import validate_id
from ntip_desktop.services.rules.rocdate import TAIWAN, roc_year

T = TypeVar("T")

#: Version of the account usage agreement (帳號使用同意書) the program presents (ACC-2).
AGREEMENT_VERSION = "98.07.08"

#: Clock difference tolerated between the agreement's acceptance and the submission.
_SLACK = timedelta(minutes=1)

#: Which organisation kinds may hold which business subtype (a subject or national center is often hosted
#: by a school or university). A district management center is its own organisation in the reference data
#: (its own code, kind ``district_center``): the school hosting it applies under the center's code, never as
#: a school holding 區管中心 rights of its own.
SUBTYPE_ORG_KINDS: dict[BusinessSubtype, frozenset[OrgKind]] = {
    BusinessSubtype.SCHOOL: frozenset(
        {
            OrgKind.UNIVERSITY,
            OrgKind.TEACHER_UNIVERSITY,
            OrgKind.SENIOR_HIGH,
            OrgKind.VOCATIONAL,
            OrgKind.SPECIAL_EDUCATION,
            OrgKind.JUNIOR_HIGH,
            OrgKind.ELEMENTARY,
            OrgKind.KINDERGARTEN,
            OrgKind.PRESCHOOL,
        }
    ),
    BusinessSubtype.SOCIAL_EDU: frozenset({OrgKind.SOCIAL_EDU}),
    BusinessSubtype.SUBJECT_CENTER: frozenset({OrgKind.SUBJECT_CENTER, OrgKind.SENIOR_HIGH, OrgKind.VOCATIONAL}),
    BusinessSubtype.AUTHORITY: frozenset({OrgKind.AUTHORITY}),
    BusinessSubtype.TRAINING_CENTER: frozenset({OrgKind.TRAINING_CENTER}),
    BusinessSubtype.DISTRICT_CENTER: frozenset({OrgKind.DISTRICT_CENTER}),
    BusinessSubtype.NATIONAL_CENTER: frozenset(
        {OrgKind.NATIONAL_CENTER, OrgKind.TEACHER_UNIVERSITY, OrgKind.UNIVERSITY}
    ),
}


#: The order the form offers the subtypes in: the common one first.
SUBTYPE_ORDER = (
    BusinessSubtype.SCHOOL,
    BusinessSubtype.SOCIAL_EDU,
    BusinessSubtype.SUBJECT_CENTER,
    BusinessSubtype.TRAINING_CENTER,
    BusinessSubtype.AUTHORITY,
    BusinessSubtype.DISTRICT_CENTER,
    BusinessSubtype.NATIONAL_CENTER,
)


def subtypes_for(kind: OrgKind) -> tuple[BusinessSubtype, ...]:
    """The business subtypes an organisation of ``kind`` may apply for, the usual one first."""
    return tuple(s for s in SUBTYPE_ORDER if kind in SUBTYPE_ORG_KINDS[s])


@dataclass(frozen=True)
class ApplicationInput:
    """A new-account application as entered (form, paper or import row)."""

    kind: AccountKind | None
    organization_code: str
    login_id: str
    applicant_name: str
    contact_name: str
    contact_phone: str
    contact_email: str
    agreement_version: str
    agreement_accepted_at: datetime | None
    subtype: BusinessSubtype | None = None
    applicant_title: str = ""
    national_id: str = ""  #: teacher accounts only
    submitted_at: datetime | None = None  #: default: now


@dataclass(frozen=True)
class ContactChangeInput:
    """承辦人異動: a new contact person for an existing business account (the account itself stays)."""

    login_id: str
    applicant_name: str
    contact_name: str
    contact_phone: str
    contact_email: str
    change_reason: str
    agreement_version: str
    agreement_accepted_at: datetime | None
    applicant_title: str = ""
    submitted_at: datetime | None = None


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: the field and the message in Chinese."""

    field: str
    message: str


@dataclass(frozen=True)
class Submitted:
    """A stored application: its number (for the fax form) and state."""

    application_id: uuid.UUID
    number: str
    state: ApplicationState
    message: str
    changes: Changes = field(default=Changes(accounts=True, audit=True))


# --- database checks -----------------------------------------------------------------------------------


def find_organization(session: Session, code: str) -> Organization:
    code = clean(code)
    if not code:
        raise UserError(translate("services.accounts.intake", "請填寫機關代碼。"), field="organization_code")
    org = session.execute(select(Organization).where(Organization.code == code)).scalar_one_or_none()
    if org is None:
        raise UserError(
            translate("services.accounts.intake", "機關代碼「{code}」不存在，請核對學校或機關代碼。").format(code=code),
            field="organization_code",
        )
    if not org.active:
        raise UserError(
            translate("services.accounts.intake", "機關「{name}」（{code}）已停用或裁撤，不能申請帳號。").format(
                name=org.name, code=code
            ),
            field="organization_code",
        )
    return org


def login_ids_in_use(session: Session, logins: Iterable[str]) -> set[str]:
    """Of ``logins`` (lower-cased), those held by an account or by an open new-account application."""
    wanted = {x.lower() for x in logins}
    if not wanted:
        return set()
    taken = set(
        session.execute(select(func.lower(Account.login_id)).where(func.lower(Account.login_id).in_(wanted))).scalars()
    )
    taken |= set(
        session.execute(
            select(func.lower(AccountApplication.login_id)).where(
                func.lower(AccountApplication.login_id).in_(wanted),
                AccountApplication.purpose == ApplicationPurpose.NEW_ACCOUNT,
                AccountApplication.state.in_(OPEN_STATES),
            )
        ).scalars()
    )
    return taken


def _login_taken(login: str) -> UserError:
    return UserError(
        translate("services.accounts.intake", "登入帳號「{login}」已有人使用或申請中，請改用其他帳號。").format(
            login=login
        ),
        field="login_id",
    )


@dataclass(frozen=True)
class _Checked:
    """A validated application, ready to store."""

    data: ApplicationInput
    org: Organization
    login_id: str
    national_id: str
    agreement_version: str
    agreement_accepted_at: datetime
    submitted_at: datetime
    contact: dict[str, str]
    applicant_name: str
    applicant_title: str


def _check_one(field_name: str, problems: list[Problem], fn: Callable[..., T], *args: object) -> T | None:
    """``fn(*args)``, or None with its UserError added to ``problems``."""
    try:
        return fn(*args)
    except UserError as exc:
        problems.append(Problem(exc.field or field_name, exc.message))
        return None


def check_application(
    session: Session, data: ApplicationInput, *, taken: set[str] | None = None
) -> tuple[_Checked | None, list[Problem]]:
    """Every problem of ``data`` (empty list: it can be submitted). ``taken``: login IDs known in use."""
    p: list[Problem] = []
    if data.kind is None:
        p.append(Problem("kind", translate("services.accounts.intake", "請選擇帳號類別（教師個人帳號或業務帳號）。")))
    org = _check_one("organization_code", p, find_organization, session, data.organization_code)
    login = _check_one("login_id", p, validate_login_id, data.login_id)
    if login is not None:
        in_use = taken if taken is not None else login_ids_in_use(session, [login])
        if login.lower() in in_use:
            p.append(Problem("login_id", _login_taken(login).message))
    national_id = ""
    if data.kind is AccountKind.TEACHER:
        if data.subtype is not None:
            p.append(Problem("subtype", translate("services.accounts.intake", "教師個人帳號沒有身分類別，請留空。")))
        national_id = _check_one("national_id", p, validate_id, data.national_id, "national_id") or ""
        if national_id:
            holder = session.execute(
                select(Account.login_id)
                .join(Teacher, Account.teacher_id == Teacher.id)
                .where(Teacher.national_id == national_id, Account.kind == AccountKind.TEACHER)
            ).scalar_one_or_none()
            if holder is not None:
                p.append(
                    Problem(
                        "national_id",
                        translate("services.accounts.intake", "此身分證字號已有教師個人帳號「{login}」。").format(
                            login=holder
                        ),
                    )
                )
    elif data.kind is AccountKind.BUSINESS:
        if data.subtype is None:
            p.append(Problem("subtype", translate("services.accounts.intake", "業務帳號須選擇身分類別。")))
        elif org is not None and org.kind not in SUBTYPE_ORG_KINDS[data.subtype]:
            p.append(
                Problem(
                    "subtype",
                    translate(
                        "services.accounts.intake", "「{org}」不能申請「{subtype}」業務帳號，請核對身分類別。"
                    ).format(org=org.name, subtype=subtype_label(data.subtype)),
                )
            )
    applicant = _check_one("applicant_name", p, required, data.applicant_name, "applicant_name")
    title = _check_one("applicant_title", p, lambda: clean(data.applicant_title)[:40])
    contact = {}
    for key, value in (
        ("contact_name", data.contact_name),
        ("contact_phone", data.contact_phone),
        ("contact_email", data.contact_email),
    ):
        checked = _check_one(key, p, validate_contact, {key: value})
        if checked:
            contact.update(checked)
    agreement = _check_one(
        "agreement_accepted_at", p, check_agreement, data.agreement_version, data.agreement_accepted_at
    )
    submitted_at = _check_one("submitted_at", p, check_submitted_at, data.submitted_at)
    if agreement is not None and submitted_at is not None and agreement[1] > submitted_at + _SLACK:
        p.append(
            Problem(
                "agreement_accepted_at",
                translate("services.accounts.intake", "同意時間晚於申請時間：須先同意帳號使用同意書才能申請。"),
            )
        )
    if p:
        return None, p
    assert org is not None and login is not None and agreement is not None and applicant is not None
    assert submitted_at is not None
    return _Checked(
        data, org, login, national_id, agreement[0], agreement[1], submitted_at, contact, applicant, title or ""
    ), []


def _raise_first(problems: list[Problem]) -> None:
    if problems:
        first = problems[0]
        raise UserError(first.message, field=first.field)


# --- numbering and storing -------------------------------------------------------------------------


def _next_serial(session: Session, prefix: str, year: int) -> int:
    stem = f"{prefix}{year:03d}"
    top = session.execute(
        select(func.max(AccountApplication.number)).where(AccountApplication.number.like(stem + "%"))
    ).scalar_one()
    return int(top[4:10]) + 1 if top else 1


def _store(session: Session, app: AccountApplication, prefix: str) -> None:
    """Give ``app`` the next number of its year and insert it."""
    # Take the writers' lock first (the audit chain's head row: PostgreSQL row lock, SQLite write lock), so
    # that the largest serial read next is final until this transaction ends: no two writers share a number.
    session.execute(
        update(AuditHead)
        .where(AuditHead.id == 1)
        .values(seq=AuditHead.seq)
        .execution_options(synchronize_session=False)
    )
    year = roc_year(app.submitted_at.astimezone(TAIWAN).date())
    app.number = make_application_number(year, _next_serial(session, prefix, year), prefix)
    session.add(app)
    session.flush()


_SOURCE_AUDIT = {
    ApplicationSource.WEB_IMPORT: AuditSource.IMPORT,
    ApplicationSource.COORDINATOR: AuditSource.UI,
    ApplicationSource.CLERK: AuditSource.UI,
}


def store_checked(
    session: Session, user: CurrentUser, c: _Checked, source: ApplicationSource, audit_source: AuditSource
) -> Submitted:
    data = c.data
    assert data.kind is not None
    check_submit_scope(session, user, c.org)
    teacher_id = None
    if data.kind is AccountKind.TEACHER:
        teacher = session.execute(select(Teacher).where(Teacher.national_id == c.national_id)).scalar_one_or_none()
        if teacher is None:
            teacher = Teacher(
                national_id=c.national_id,
                name=c.applicant_name,
                organization_id=c.org.id,
                email=c.contact["contact_email"],
            )
            session.add(teacher)
            session.flush()
        teacher_id = teacher.id
    app = AccountApplication(
        id=uuid.uuid4(),
        purpose=ApplicationPurpose.NEW_ACCOUNT,
        kind=data.kind,
        subtype=data.subtype if data.kind is AccountKind.BUSINESS else None,
        login_id=c.login_id,
        state=ApplicationState.PENDING_FAX if data.kind is AccountKind.BUSINESS else ApplicationState.ACTIVE,
        source=source,
        organization_id=c.org.id,
        teacher_id=teacher_id,
        applicant_name=c.applicant_name,
        applicant_title=c.applicant_title,
        agreement_version=c.agreement_version,
        agreement_accepted_at=c.agreement_accepted_at,
        submitted_at=c.submitted_at,
        **c.contact,
    )
    _store(session, app, PREFIX_BUSINESS)
    actor = user.actor(audit_source)
    audit.record(
        session,
        actor,
        ENTITY,
        app.id,
        "submit",
        new={
            "number": app.number,
            "state": app.state,
            "kind": app.kind,
            "subtype": app.subtype,
            "login_id": app.login_id,
            "organization": c.org.code,
            "source": source,
            "agreement_version": app.agreement_version,
            "agreement_accepted_at": app.agreement_accepted_at,
        },
        reason=translate("services.accounts.intake", "申請{kind}").format(kind=kind_label(data.kind)),
    )
    if data.kind is AccountKind.TEACHER:  # ACC-4: usable at once
        account = Account(
            id=uuid.uuid4(),
            login_id=app.login_id,
            kind=AccountKind.TEACHER,
            subtype=None,
            state=AccountState.ACTIVE,
            organization_id=c.org.id,
            teacher_id=teacher_id,
            **c.contact,
        )
        session.add(account)
        app.account_id = account.id
        session.flush()
        audit.record(
            session,
            actor,
            "account",
            account.id,
            "create",
            new={"login_id": account.login_id, "kind": account.kind},
            reason=app.number,
        )
        message = translate("services.accounts.intake", "已開通教師個人帳號 {login}（{number}）").format(
            login=app.login_id, number=app.number
        )
    else:
        message = translate(
            "services.accounts.intake", "已送出業務帳號申請 {number}，請列印申請表用印後傳真至區管中心"
        ).format(number=app.number)
    return Submitted(app.id, app.number, app.state, message)


def submit_application(
    session: Session,
    user: CurrentUser,
    data: ApplicationInput,
    *,
    source: ApplicationSource = ApplicationSource.COORDINATOR,
) -> Submitted:
    """Validate and store one new-account application (``user`` None: the command line).

    Teacher accounts are active at once (with their account); business ones wait for the fax.
    """
    checked, problems = check_application(session, data)
    _raise_first(problems)
    assert checked is not None
    return store_checked(session, user, checked, source, _SOURCE_AUDIT[source])


def submit_contact_change(
    session: Session,
    user: CurrentUser,
    data: ContactChangeInput,
    *,
    source: ApplicationSource = ApplicationSource.COORDINATOR,
) -> Submitted:
    """承辦人異動申請: reviewed like a new business account; on approval only the contact changes."""
    login = clean(data.login_id)
    account = session.execute(select(Account).where(func.lower(Account.login_id) == login.lower())).scalar_one_or_none()
    if account is None or account.kind is not AccountKind.BUSINESS:
        raise UserError(
            translate(
                "services.accounts.intake", "查無業務帳號「{login}」；承辦人異動只適用於已核准的業務帳號。"
            ).format(login=login),
            field="login_id",
        )
    if account.state is not AccountState.ACTIVE:
        raise UserError(
            translate("services.accounts.intake", "業務帳號「{login}」已停用，不能異動承辦人。").format(login=login),
            field="login_id",
        )
    open_change = session.execute(
        select(AccountApplication.number).where(
            AccountApplication.account_id == account.id,
            AccountApplication.purpose == ApplicationPurpose.CONTACT_CHANGE,
            AccountApplication.state.in_(OPEN_STATES),
        )
    ).scalar_one_or_none()
    if open_change:
        raise UserError(
            translate("services.accounts.intake", "帳號「{login}」已有承辦人異動申請 {number} 處理中。").format(
                login=account.login_id, number=open_change
            ),
            field="login_id",
        )
    org = session.get(Organization, account.organization_id)
    assert org is not None
    check_submit_scope(session, user, org)
    contact = validate_contact(
        {"contact_name": data.contact_name, "contact_phone": data.contact_phone, "contact_email": data.contact_email}
    )
    applicant = required(data.applicant_name, "applicant_name")
    reason = required(data.change_reason, "change_reason", 500)
    version, accepted_at = check_agreement(data.agreement_version, data.agreement_accepted_at)
    app = AccountApplication(
        id=uuid.uuid4(),
        purpose=ApplicationPurpose.CONTACT_CHANGE,
        kind=account.kind,
        subtype=account.subtype,
        login_id=account.login_id,
        state=ApplicationState.PENDING_FAX,
        source=source,
        organization_id=org.id,
        account_id=account.id,
        applicant_name=applicant,
        applicant_title=clean(data.applicant_title)[:40],
        agreement_version=version,
        agreement_accepted_at=accepted_at,
        submitted_at=check_submitted_at(data.submitted_at),
        change_reason=reason,
        **contact,
    )
    _store(session, app, PREFIX_CONTACT_CHANGE)
    audit.record(
        session,
        user.actor(_SOURCE_AUDIT[source]),
        ENTITY,
        app.id,
        "submit",
        new={"number": app.number, "state": app.state, "purpose": app.purpose, "login_id": app.login_id, **contact},
        reason=reason,
    )
    return Submitted(
        app.id,
        app.number,
        app.state,
        translate("services.accounts.intake", "已送出承辦人異動申請 {number}，請列印申請表用印後傳真至區管中心").format(
            number=app.number
        ),
    )
