"""A small world for account-application tests: two district centers, their schools, office users.

Imported by the service, view and CLI tests of the 帳號審核 desk (not a test module itself).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, timezone

from ntip_desktop.models import (
    AccountKind,
    BusinessSubtype,
    County,
    DistrictCenter,
    Organization,
    OrgKind,
    Ownership,
    ReportingMode,
    Role,
)
from ntip_desktop.services import auth
from ntip_desktop.services.accounts.intake import AGREEMENT_VERSION, ApplicationInput
from ntip_desktop.services.auth import CurrentUser
from ntip_desktop.services.db import Database

TAIWAN = timezone(timedelta(hours=8))


@dataclass(frozen=True)
class World:
    admin: CurrentUser
    clerk: CurrentUser  #: 臺北市區管中心
    other_clerk: CurrentUser  #: 高雄市區管中心
    coordinator: CurrentUser  #: 臺北市立建國高級中學
    certificate_staff: CurrentUser


SCHOOL_TPE = "353301"  #: 臺北市立建國高級中學 (臺北市區管中心)
ELEMENTARY_TPE = "353604"  #: 臺北市大安區大安國民小學
SCHOOL_KHH = "553301"  #: 高雄市立高雄高級中學 (高雄市區管中心)
CLOSED_ORG = "353999"  #: 已裁撤的學校


_PASSWORD_HASH: list[str] = []


def _hash() -> str:
    """One argon2 hash shared by the world's users (hashing is slow on purpose; tests need not pay it)."""
    if not _PASSWORD_HASH:
        _PASSWORD_HASH.append(auth.hash_password("office pass 1"))
    return _PASSWORD_HASH[0]


def build_world(db: Database) -> World:
    with db.session() as s:
        admin = auth.create_first_admin(s, login="admin", display_name="陳主任", password="correct horse")
        tpe = DistrictCenter(code="TPE", name="臺北市區管中心", fax="02-2720-0000", phone="02-2720-1111")
        khh = DistrictCenter(code="KHH", name="高雄市區管中心", fax="07-555-0000", phone="07-555-1111")
        s.add_all([tpe, khh])
        s.flush()
        s.add_all(
            [
                County(
                    code="63",
                    name="臺北市",
                    reporting_mode=ReportingMode.ONLINE,
                    authority_name="臺北市政府教育局",
                    municipality=True,
                    district_center_id=tpe.id,
                ),
                County(
                    code="64",
                    name="高雄市",
                    reporting_mode=ReportingMode.BACK_END,
                    authority_name="高雄市政府教育局",
                    municipality=True,
                    district_center_id=khh.id,
                ),
            ]
        )
        s.flush()
        orgs = [
            Organization(
                code=SCHOOL_TPE,
                name="臺北市立建國高級中學",
                kind=OrgKind.SENIOR_HIGH,
                ownership=Ownership.MUNICIPAL,
                county_code="63",
                district_center_id=tpe.id,
                phone="02-2303-4381",
                address="臺北市中正區南海路56號",
            ),
            Organization(
                code=ELEMENTARY_TPE,
                name="臺北市大安區大安國民小學",
                kind=OrgKind.ELEMENTARY,
                ownership=Ownership.MUNICIPAL,
                county_code="63",
                district_center_id=tpe.id,
            ),
            Organization(
                code=SCHOOL_KHH,
                name="高雄市立高雄高級中學",
                kind=OrgKind.SENIOR_HIGH,
                ownership=Ownership.MUNICIPAL,
                county_code="64",
                district_center_id=khh.id,
            ),
            Organization(
                code=CLOSED_ORG,
                name="臺北市立已裁撤國民小學",
                kind=OrgKind.ELEMENTARY,
                ownership=Ownership.MUNICIPAL,
                county_code="63",
                district_center_id=tpe.id,
                active=False,
            ),
        ]
        s.add_all(orgs)
        s.flush()
        clerk = auth.create_user(
            s,
            admin,
            login="clerk",
            display_name="林書記",
            password="",
            password_hash=_hash(),
            role=Role.DISTRICT_CLERK,
            district_center_id=tpe.id,
        )
        other = auth.create_user(
            s,
            admin,
            login="clerk2",
            display_name="黃書記",
            password="",
            password_hash=_hash(),
            role=Role.DISTRICT_CLERK,
            district_center_id=khh.id,
        )
        coordinator = auth.create_user(
            s,
            admin,
            login="coord",
            display_name="王組長",
            password="",
            password_hash=_hash(),
            role=Role.SCHOOL_COORDINATOR,
            organization_id=orgs[0].id,
        )
        staff = auth.create_user(
            s,
            admin,
            login="cert",
            display_name="張專員",
            password="",
            password_hash=_hash(),
            role=Role.CERTIFICATE_STAFF,
        )
    return World(admin, clerk, other, coordinator, staff)


def business_input(**changes: object) -> ApplicationInput:
    """A valid business-account application of 建國中學; override any field."""
    base = ApplicationInput(
        kind=AccountKind.BUSINESS,
        subtype=BusinessSubtype.SCHOOL,
        organization_code=SCHOOL_TPE,
        login_id="ckhs.train",
        applicant_name="李校長",
        applicant_title="校長",
        contact_name="王小明",
        contact_phone="02-2303-4381#215",
        contact_email="train@ck.tp.edu.tw",
        agreement_version=AGREEMENT_VERSION,
        agreement_accepted_at=datetime.now(TAIWAN) - timedelta(minutes=5),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def teacher_input(**changes: object) -> ApplicationInput:
    base = business_input(
        kind=AccountKind.TEACHER,
        subtype=None,
        login_id="teacher.lin",
        national_id="A123456789",
        applicant_name="林老師",
        applicant_title="教師",
        contact_name="林老師",
        contact_phone="0912-345-678",
        contact_email="lin@ck.tp.edu.tw",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def bulk_applications(db: Database, count: int, *, start: int = 1) -> None:
    """``count`` business applications in mixed states spread over the world's four schools, inserted in
    bulk (numbers of ROC year 114, serials from ``start``, one every five minutes from 2025-01-01)."""
    import random
    import uuid

    from sqlalchemy import insert, select

    from ntip_desktop.models import AccountApplication
    from ntip_desktop.services.accounts.appno import make_application_number

    with db.session() as s:
        org_ids = list(s.execute(select(Organization.id).order_by(Organization.code)).scalars())
    rng = random.Random(count)
    states = ["pending_fax", "pending_fax", "fax_received", "returned"] + ["approved"] * 5 + ["rejected"]
    base = datetime(2025, 1, 1, tzinfo=UTC)
    rows = []
    for n in range(start, start + count):
        at = base + timedelta(minutes=5 * n)
        rows.append(
            {
                "id": uuid.uuid4(),
                "number": make_application_number(114, n),
                "purpose": "new_account",
                "kind": "business",
                "subtype": "school",
                "login_id": f"bulk{n:06d}",
                "state": rng.choice(states),
                "source": "web_import",
                "organization_id": rng.choice(org_ids),
                "applicant_name": f"申請人{n}",
                "applicant_title": "",
                "contact_name": f"承辦人{n}",
                "contact_phone": "02-2303-4381",
                "contact_email": f"bulk{n}@example.edu.tw",
                "agreement_version": AGREEMENT_VERSION,
                "agreement_accepted_at": at,
                "submitted_at": at,
                "version": 1,
                "created_at": at,
                "updated_at": at,
            }
        )
    with db.engine.begin() as conn:
        for i in range(0, len(rows), 5000):
            conn.execute(insert(AccountApplication.__table__), rows[i : i + 5000])
