"""Demo account applications in every state and for both purposes, with their accounts and fax checks.

Rows look as if the real workflow (``services.accounts``) had produced them: numbers per prefix and ROC
year in order of submission, a fax date and page count once the fax arrived, all five checklist items once
it is on the clerk's desk, ``decided_at`` only for approvals and rejections, an account for every approved
or active application, and at most one open contact change per account.
"""

from __future__ import annotations

import itertools
import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from ntip_desktop.models import (
    AccountKind,
    AccountState,
    ApplicationPurpose,
    ApplicationSource,
    ApplicationState,
    BusinessSubtype,
    FaxCheckItem,
    OrgKind,
)
from ntip_desktop.services.accounts.appno import PREFIX_BUSINESS, PREFIX_CONTACT_CHANGE, make_application_number
from ntip_desktop.services.accounts.intake import AGREEMENT_VERSION
from ntip_desktop.services.demo import reference as ref
from ntip_desktop.services.demo.world import Org, World
from ntip_desktop.services.ids import IdSequence
from ntip_desktop.services.rules.rocdate import TAIWAN, roc_year

S = ApplicationState

_SUBTYPE = {
    OrgKind.SOCIAL_EDU: BusinessSubtype.SOCIAL_EDU,
    OrgKind.SUBJECT_CENTER: BusinessSubtype.SUBJECT_CENTER,
    OrgKind.AUTHORITY: BusinessSubtype.AUTHORITY,
    OrgKind.TRAINING_CENTER: BusinessSubtype.TRAINING_CENTER,
    OrgKind.DISTRICT_CENTER: BusinessSubtype.DISTRICT_CENTER,
    OrgKind.NATIONAL_CENTER: BusinessSubtype.NATIONAL_CENTER,
}

_RETURNS = (
    (FaxCheckItem.SEAL, "傳真未蓋機關印信，請補蓋後重新傳真。"),
    (FaxCheckItem.HEAD_SIGNATURE, "單位主管未簽章，請補簽後重新傳真。"),
    (FaxCheckItem.ORG_CODE, "機關代碼與線上申請資料不符，請更正後重新傳真。"),
    (FaxCheckItem.CONTACT_SIGNATURE, "承辦人簽章模糊無法辨識，請重新傳真。"),
)
_REJECTIONS = (
    "非本區管中心所轄單位，請向所屬區管中心申請。",
    "同一單位已有業務帳號，請改以承辦人異動申請辦理。",
    "逾期未傳真申請表（超過30日），本申請作廢，請重新申請。",
)
_CHANGE_REASONS = (
    "原承辦人調校，改由新任組長承辦。",
    "原承辦人退休。",
    "業務調整，改由教學組長承辦。",
    "原承辦人留職停薪（育嬰），由代理人承辦。",
    "組織調整，研習業務移撥研究組。",
)

#: Share of each state among new business-account and contact-change applications.
_BUSINESS_STATES = (
    (S.APPROVED, 0.50),
    (S.PENDING_FAX, 0.14),
    (S.FAX_RECEIVED, 0.14),
    (S.RETURNED, 0.10),
    (S.REJECTED, 0.12),
)
_CHANGE_STATES = (
    (S.APPROVED, 0.40),
    (S.PENDING_FAX, 0.20),
    (S.FAX_RECEIVED, 0.20),
    (S.RETURNED, 0.10),
    (S.REJECTED, 0.10),
)


@dataclass
class DemoAccounts:
    applications: list[dict[str, Any]]
    accounts: list[dict[str, Any]]
    fax_checks: list[dict[str, Any]]


def _counts(total: int, shares: tuple[tuple[ApplicationState, float], ...]) -> list[tuple[ApplicationState, int]]:
    """At least one of every state, the rest by share."""
    return [(state, max(1, round(total * share))) for state, share in shares]


class _Maker:
    def __init__(self, rng: random.Random, ids: IdSequence, world: World, today: date, clerk_id: uuid.UUID) -> None:
        self.now = datetime.now(UTC)
        self.rng = rng
        self.ids = ids
        self.world = world
        self.today = today
        self.clerk_id = clerk_id
        self.clerk_center = world.centers["臺北市"]
        self.apps: list[dict[str, Any]] = []
        self.accounts: list[dict[str, Any]] = []
        self.checks: list[dict[str, Any]] = []
        self.logins: set[str] = set()

    def moment(self, days_ago: int, day: date | None = None) -> datetime:
        """An office-hours moment (Taiwan time) ``days_ago`` days before today (or on ``day``), in UTC."""
        day = day or self.today - timedelta(days=days_ago)
        local = datetime.combine(day, time(8, 0), TAIWAN) + timedelta(minutes=self.rng.randrange(0, 9 * 60))
        return min(local.astimezone(UTC), self.now).replace(microsecond=0)

    def decider(self, org: Org) -> uuid.UUID | None:
        """The demo clerk decides for 臺北市; other centers' clerks are not demo users."""
        return self.clerk_id if org.center_id == self.clerk_center else None

    def login(self, org: Org) -> str:
        """``tpe386012``: the center's code and the organisation code, then ``b``, ``c`` … for more accounts."""
        base = f"{org.county.center_code.lower()}{org.code}"
        login, n = base, 1
        while login in self.logins:
            n += 1
            login = base + (chr(ord("a") + n - 1) if n <= 26 else str(n))
        self.logins.add(login)
        return login

    def contact(self, org: Org) -> dict[str, str]:
        rng = self.rng
        return {
            "contact_name": ref.person_name(rng, rng.random() < 0.7),
            "contact_phone": f"{org.phone}#{rng.randrange(100, 400)}",
            "contact_email": f"{rng.choice(('research', 'teach', 'acad', 'info', 'office'))}{rng.randrange(1, 99)}"
            f"{org.code}@{org.county.mail_domain}",
        }

    def application(
        self,
        org: Org,
        purpose: ApplicationPurpose,
        kind: AccountKind,
        state: ApplicationState,
        submitted: datetime,
        **extra: Any,
    ) -> dict[str, Any]:
        rng = self.rng
        school = org.kind not in _SUBTYPE
        titles = ref.APPLICANT_TITLES_SCHOOL if school else ref.APPLICANT_TITLES_UNIT
        source = (
            ApplicationSource.WEB_IMPORT
            if rng.random() < 0.6
            else ApplicationSource.COORDINATOR
            if rng.random() < 0.75
            else ApplicationSource.CLERK
        )
        row: dict[str, Any] = {
            "id": self.ids.next(),
            "number": "",
            "purpose": purpose,
            "kind": kind,
            "subtype": None if kind is AccountKind.TEACHER else _SUBTYPE.get(org.kind, BusinessSubtype.SCHOOL),
            "login_id": "",
            "state": state,
            "source": source,
            "organization_id": org.id,
            "account_id": None,
            "teacher_id": None,
            "applicant_name": ref.person_name(rng, rng.random() < 0.6),
            "applicant_title": rng.choice(titles),
            **self.contact(org),
            "agreement_version": AGREEMENT_VERSION,
            "agreement_accepted_at": submitted - timedelta(minutes=rng.randrange(1, 30)),
            "submitted_at": submitted,
            "fax_received_on": None,
            "fax_pages": None,
            "decided_at": None,
            "decided_by_id": None,
            "decision_reason": None,
            "change_reason": None,
            "version": 1,
            "created_at": submitted,
            "updated_at": submitted,
        }
        row.update(extra)
        self.apps.append(row)
        return row

    def fax(
        self, row: dict[str, Any], org: Org, received: date, ticked: int, failing: FaxCheckItem | None = None
    ) -> None:
        """The fax arrived on ``received``: its page count, and the five checklist items (``ticked`` of them ok)."""
        row["fax_received_on"] = received
        row["fax_pages"] = self.rng.choice((1, 1, 1, 2, 2, 3))
        checked_at = self.moment(0, received)
        for n, item in enumerate(FaxCheckItem):
            ok = n < ticked and item is not failing
            self.checks.append(
                {
                    "id": self.ids.next(),
                    "application_id": row["id"],
                    "item": item,
                    "ok": ok,
                    "checked_by_id": self.decider(org) if ok or failing is item else None,
                    "checked_at": checked_at if ok or failing is item else None,
                }
            )

    def decide(
        self, row: dict[str, Any], org: Org, state: ApplicationState, when: datetime, reason: str | None
    ) -> None:
        row["decided_by_id"] = self.decider(org)
        row["decision_reason"] = reason
        if state in (S.APPROVED, S.REJECTED):
            row["decided_at"] = when
        row["updated_at"] = when

    def account(self, row: dict[str, Any], created: datetime, teacher_id: uuid.UUID | None = None) -> dict[str, Any]:
        account = {
            "id": self.ids.next(),
            "login_id": row["login_id"],
            "kind": row["kind"],
            "subtype": row["subtype"],
            "state": AccountState.ACTIVE,
            "organization_id": row["organization_id"],
            "teacher_id": teacher_id,
            "contact_name": row["contact_name"],
            "contact_phone": row["contact_phone"],
            "contact_email": row["contact_email"],
            "created_at": created,
            "updated_at": created,
        }
        row["account_id"] = account["id"]
        self.accounts.append(account)
        return account


def build_applications(
    rng: random.Random, ids: IdSequence, world: World, total: int, today: date, clerk_id: uuid.UUID
) -> DemoAccounts:
    m = _Maker(rng, ids, world, today, clerk_id)
    # Organisations in a weighted random order (臺北市 first more often, so that the demo clerk has a desk of
    # work), taken in turn: few organisations apply twice.
    order = sorted(
        world.orgs, key=lambda o: rng.random() ** (0.25 if o.center_id == m.clerk_center else 1.0), reverse=True
    )
    turn = itertools.cycle(order)
    n_teacher = round(total * 0.35)
    n_change = round(total * 0.15)
    n_business = total - n_teacher - n_change

    # Teacher accounts: active the moment they are applied for (ACC-4).
    for i, t in enumerate(rng.sample(world.teachers, min(n_teacher, len(world.teachers)))):
        org = world.orgs[t.org]
        submitted = m.moment(rng.randrange(1, 730))
        login = f"t{i + 1:07d}"
        m.logins.add(login)
        mobile = f"09{rng.randrange(10, 99)}-{rng.randrange(1000):03d}-{rng.randrange(1000):03d}"
        source = ApplicationSource.WEB_IMPORT if rng.random() < 0.8 else ApplicationSource.COORDINATOR
        row = m.application(
            org,
            ApplicationPurpose.NEW_ACCOUNT,
            AccountKind.TEACHER,
            S.ACTIVE,
            submitted,
            login_id=login,
            teacher_id=t.id,
            applicant_name=t.name,
            applicant_title="教師",
            contact_name=t.name,
            contact_phone=mobile,
            contact_email=t.email,
            source=source,
        )
        m.account(row, submitted, t.id)

    approved: list[tuple[dict[str, Any], Org, datetime]] = []
    for state, count in _counts(n_business, _BUSINESS_STATES):
        for _ in range(count):
            org = next(turn)
            row = _business(m, org, state, ApplicationPurpose.NEW_ACCOUNT)
            row["login_id"] = m.login(org)
            if state is S.APPROVED:
                approved.append((row, org, row["decided_at"]))
                m.account(row, row["decided_at"])

    # Contact changes, each about a different account decided at least a month ago.
    old_enough = [a for a in approved if a[2] < m.moment(30)]
    for state, count in _counts(n_change, _CHANGE_STATES):
        for _ in range(min(count, len(old_enough))):
            base, org, decided = old_enough.pop(rng.randrange(len(old_enough)))
            row = _business(m, org, state, ApplicationPurpose.CONTACT_CHANGE, after=decided)
            row.update(
                login_id=base["login_id"],
                account_id=base["account_id"],
                subtype=base["subtype"],
                change_reason=rng.choice(_CHANGE_REASONS),
            )
            if state is S.APPROVED:
                account = next(a for a in m.accounts if a["id"] == base["account_id"])
                account.update({k: row[k] for k in ("contact_name", "contact_phone", "contact_email")})
                account["updated_at"] = row["decided_at"]

    _number(m.apps)
    return DemoAccounts(m.apps, m.accounts, m.checks)


def _business(
    m: _Maker, org: Org, state: ApplicationState, purpose: ApplicationPurpose, after: datetime | None = None
) -> dict[str, Any]:
    """One business-account (or contact-change) application that has reached ``state``."""
    rng = m.rng
    if state is S.PENDING_FAX:
        ago = rng.randrange(0, 14)
    elif state is S.FAX_RECEIVED:
        ago = rng.randrange(2, 14)
    elif state is S.RETURNED:
        ago = rng.randrange(5, 60)
    else:
        ago = rng.randrange(20, 400)
    submitted = m.moment(ago)
    if after is not None and submitted <= after:
        submitted = after + timedelta(days=rng.randrange(1, 20))
        submitted = min(submitted, m.moment(0))
    row = m.application(org, purpose, AccountKind.BUSINESS, state, submitted)
    submitted_day = submitted.astimezone(TAIWAN).date()
    received = min(submitted_day + timedelta(days=rng.randrange(0, 4)), m.today)
    decided = max(m.moment(0, min(received + timedelta(days=rng.randrange(0, 4)), m.today)), submitted)
    if state is S.FAX_RECEIVED:
        roll = rng.random()
        m.fax(row, org, received, 0 if roll < 0.4 else rng.randrange(1, 5) if roll < 0.8 else 5)
    elif state is S.APPROVED:
        m.fax(row, org, received, 5)
        m.decide(row, org, state, decided, "核章齊全，准予開通。" if rng.random() < 0.5 else None)
    elif state is S.RETURNED:
        failing, reason = rng.choice(_RETURNS)
        m.fax(row, org, received, 5, failing)
        m.decide(row, org, state, decided, reason)
    elif state is S.REJECTED:
        reason = rng.choice(_REJECTIONS)
        if not reason.startswith("逾期"):
            m.fax(row, org, received, 5)
        m.decide(row, org, state, decided, reason)
    return row


def _number(apps: list[dict[str, Any]]) -> None:
    """Numbers per prefix and ROC year of submission (Taiwan time), in order of submission."""
    serial: dict[tuple[str, int], int] = {}
    for row in sorted(apps, key=lambda r: r["submitted_at"]):
        prefix = PREFIX_CONTACT_CHANGE if row["purpose"] is ApplicationPurpose.CONTACT_CHANGE else PREFIX_BUSINESS
        year = roc_year(row["submitted_at"].astimezone(TAIWAN).date())
        serial[(prefix, year)] = serial.get((prefix, year), 0) + 1
        row["number"] = make_application_number(year, serial[(prefix, year)], prefix)
