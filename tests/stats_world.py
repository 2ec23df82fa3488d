"""A small hand-built database for the statistics tests, whose figures are counted by hand below.

On the account tests' world (臺北市 63 in the 臺北市區管中心, 高雄市 64 in the 高雄市區管中心): courses of school
year 115 (2026-08 … 2027-07) in every state that counts, with review times, hour awards, certificates, code
checks and account applications, plus one of each outside the year (114) and one draft, which no figure
of 115 may count. Dates that sit near midnight check that the figures use Taiwan's date, not UTC's.

Hand counts, school year 115, by county (63 臺北市 · 64 高雄市 · total):

courses.review   submitted 4·2·6  pending 1·0·1  approved 2·1·3  returned 1·0·1  rejected 0·1·1  decided 3·1·4
                 median review days 2.0 (1.5, 2, 4) · 10.0 · 3.0 (1.5, 2, 4, 10: the mean of the middle two)
hours.awards     awards 5·2·7  teachers trained 2·2·3 (T1 trained in both counties)  hours 21·22·43
                 capped 1·0·1  void 1·0·1  not completed 1·0·1
hours.teachers   (by the teacher's school) teachers 3·2·5  hours 23·20·43  0 h 1·1·2  1–5 h 1·0·1  18–35 h 1·1·2
                 under 18 h 2·1·3
certificates     issued 4·1·5  current 3·0·3  superseded 1·0·1  revoked 0·1·1  current hours 21·0·21
verifications    checks 2·1 (+1 unknown code, unplaced) = 4; genuine 1, superseded 1, revoked 1, unknown 1
accounts         applied 3·2·5  pending 0·1·1  approved 2·0·2  returned 1·0·1  rejected 0·1·1  fax decided 2·1·3
                 median fax days 3.5 (2, 5) · 1.0 · 2.0
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from account_world import ELEMENTARY_TPE, SCHOOL_KHH, SCHOOL_TPE, TAIWAN, World, build_world
from course_world import add_course
from sqlalchemy import select

from ntip_desktop.models import (
    AccountApplication,
    AccountKind,
    ApplicationPurpose,
    ApplicationSource,
    ApplicationState,
    AwardStatus,
    BusinessSubtype,
    Certificate,
    CertificateState,
    CertificateVerification,
    CourseReview,
    CourseState,
    Delivery,
    HourAward,
    Organization,
    Teacher,
    VerificationOutcome,
)
from ntip_desktop.services.db import Database
from ntip_desktop.vocabulary import AuditSource

YEAR = 115


def tw(*parts: int) -> datetime:
    """A Taiwan wall-clock moment, aware."""
    return datetime(*parts, tzinfo=TAIWAN)  # type: ignore[misc]


@dataclass(frozen=True)
class StatsWorld:
    users: World


def _course(
    db: Database,
    code: str,
    org: str,
    start: datetime,
    state: CourseState,
    *,
    category: int = 1,
    delivery: Delivery = Delivery.IN_PERSON,
    year: int = YEAR,
    review: tuple[datetime, datetime | None] | None = None,
) -> uuid.UUID:
    extra = {"certified_hours": 12} if delivery is Delivery.ONLINE else {}
    course_id = add_course(
        db,
        org_code=org,
        code=code,
        state=state,
        start_at=start,
        end_at=start + timedelta(hours=3),
        registered_on=(start - timedelta(days=20)).date(),
        organizer_category=category,
        delivery=delivery,
        school_year=year,
        **extra,
    )
    if review is not None:
        with db.session() as s:
            s.add(
                CourseReview(
                    course_id=course_id,
                    rule_set_version="test",
                    created_at=review[0],
                    decided_at=review[1],
                    decision=None if review[1] is None else state.value,
                )
            )
    return course_id


def build_stats_world(db: Database) -> StatsWorld:
    users = build_world(db)
    S = CourseState
    c1 = _course(
        db, "115S0001", SCHOOL_TPE, datetime(2026, 9, 10, 9), S.APPROVED, review=(tw(2026, 8, 20), tw(2026, 8, 22))
    )
    c2 = _course(
        db,
        "115S0002",
        SCHOOL_TPE,
        datetime(2026, 10, 5, 9),
        S.AWARDED,
        delivery=Delivery.ONLINE,
        review=(tw(2026, 9, 1), tw(2026, 9, 5)),
    )
    _course(
        db,
        "115S0003",
        ELEMENTARY_TPE,
        datetime(2027, 3, 1, 9),
        S.RETURNED,
        category=3,
        review=(tw(2027, 2, 1), tw(2027, 2, 2, 12)),
    )
    _course(
        db, "115S0004", ELEMENTARY_TPE, datetime(2027, 3, 15, 9), S.SUBMITTED, category=3, review=(tw(2027, 3, 1), None)
    )
    _course(
        db, "115S0005", SCHOOL_KHH, datetime(2026, 11, 1, 9), S.REJECTED, review=(tw(2026, 10, 1), tw(2026, 10, 11))
    )
    _course(db, "115S0006", SCHOOL_TPE, datetime(2026, 12, 1, 9), S.DRAFT)
    c7 = _course(
        db,
        "114S0007",
        SCHOOL_TPE,
        datetime(2026, 3, 1, 9),
        S.AWARDED,
        year=114,
        review=(tw(2026, 1, 5), tw(2026, 1, 6)),
    )
    c8 = _course(db, "115S0008", SCHOOL_KHH, datetime(2026, 12, 1, 9), S.AWARDED, category=2)  # no review row

    with db.session() as s:
        orgs = {o.code: o.id for o in s.execute(select(Organization)).scalars()}
        teachers = {}
        for name, nid, org in (
            ("T1", "A123456789", SCHOOL_TPE),
            ("T2", "B123456780", SCHOOL_TPE),
            ("T3", "E123456786", SCHOOL_KHH),
            ("T4", "F123456782", ELEMENTARY_TPE),
            ("T5", "H123456784", SCHOOL_KHH),
        ):
            t = Teacher(national_id=nid, name=name, organization_id=orgs[org])
            s.add(t)
            s.flush()
            teachers[name] = t.id
        now = tw(2027, 1, 1)
        awards = {}
        for key, course, teacher, hours, status in (
            ("c1t1", c1, "T1", 6, AwardStatus.AWARDED),
            ("c1t2", c1, "T2", 3, AwardStatus.CAPPED),
            ("c1t4", c1, "T4", 0, AwardStatus.VOID_UNEXCUSED),
            ("c2t1", c2, "T1", 12, AwardStatus.AWARDED),
            ("c2t2", c2, "T2", 0, AwardStatus.NOT_COMPLETED),
            ("c8t3", c8, "T3", 20, AwardStatus.AWARDED),
            ("c8t1", c8, "T1", 2, AwardStatus.AWARDED),
            ("c7t1", c7, "T1", 5, AwardStatus.AWARDED),
        ):
            a = HourAward(
                teacher_id=teachers[teacher],
                course_id=course,
                hours=hours,
                status=status,
                rule_set_version="test",
                computed_at=now,
            )
            s.add(a)
            s.flush()
            awards[key] = a.id
        certificates = {}
        for serial, (key, award, hours, state, issued) in enumerate(
            (
                ("K1", "c1t1", 6, CertificateState.ISSUED, tw(2026, 9, 20, 10)),
                ("K2", "c1t2", 3, CertificateState.SUPERSEDED, tw(2026, 9, 20, 10)),
                ("K3", "c1t2", 3, CertificateState.ISSUED, tw(2026, 9, 25, 10)),
                ("K4", "c8t3", 20, CertificateState.REVOKED, tw(2026, 12, 10, 10)),
                ("K5", "c7t1", 5, CertificateState.ISSUED, tw(2026, 7, 31, 23, 30)),  # school year 114
                ("K6", "c2t1", 12, CertificateState.ISSUED, tw(2026, 8, 1, 0, 30)),  # 115, though July 31 in UTC
            ),
            start=1,
        ):
            c = Certificate(
                code=f"CODE{serial:08d}",
                number=f"115-北市-{serial:06d}",
                office_code="63",
                roc_year=115,
                serial=serial,
                award_id=awards[award],
                hours=hours,
                snapshot={},
                rule_set_version="test",
                pdf_sha256="0" * 64,
                state=state,
                issued_at=issued,
            )
            s.add(c)
            s.flush()
            certificates[key] = c.id
        for cert, outcome, at in (
            ("K1", VerificationOutcome.GENUINE, tw(2026, 10, 1, 9)),
            ("K2", VerificationOutcome.SUPERSEDED, tw(2026, 10, 2, 9)),
            (None, VerificationOutcome.UNKNOWN, tw(2026, 10, 3, 9)),
            ("K4", VerificationOutcome.REVOKED, tw(2026, 12, 20, 9)),
            ("K1", VerificationOutcome.GENUINE, tw(2026, 7, 1, 9)),  # school year 114
        ):
            s.add(
                CertificateVerification(
                    at=at,
                    code="X",
                    certificate_id=certificates[cert] if cert else None,
                    outcome=outcome,
                    source=AuditSource.UI,
                )
            )
        A = ApplicationState
        for n, (org, kind, state, submitted, fax, decided) in enumerate(
            (
                (SCHOOL_TPE, AccountKind.BUSINESS, A.APPROVED, tw(2026, 9, 1, 9), date(2026, 9, 3), tw(2026, 9, 5, 10)),
                # decided 01:00 on Sep 16 in Taiwan (still Sep 15 in UTC): 5 days, not 4
                (
                    ELEMENTARY_TPE,
                    AccountKind.BUSINESS,
                    A.RETURNED,
                    tw(2026, 9, 10, 9),
                    date(2026, 9, 11),
                    tw(2026, 9, 16, 1),
                ),
                (SCHOOL_TPE, AccountKind.TEACHER, A.ACTIVE, tw(2026, 10, 1, 9), None, None),
                (SCHOOL_KHH, AccountKind.BUSINESS, A.PENDING_FAX, tw(2027, 1, 5, 9), None, None),
                (
                    SCHOOL_KHH,
                    AccountKind.BUSINESS,
                    A.REJECTED,
                    tw(2026, 11, 1, 9),
                    date(2026, 11, 2),
                    tw(2026, 11, 3, 15),
                ),
                (SCHOOL_TPE, AccountKind.BUSINESS, A.APPROVED, tw(2026, 7, 15, 9), date(2026, 7, 16), tw(2026, 7, 17)),
            ),
            start=1,
        ):
            s.add(
                AccountApplication(
                    number=f"AP{n:08d}",
                    purpose=ApplicationPurpose.NEW_ACCOUNT,
                    kind=kind,
                    subtype=BusinessSubtype.SCHOOL if kind is AccountKind.BUSINESS else None,
                    login_id=f"login{n}",
                    state=state,
                    source=ApplicationSource.CLERK,
                    organization_id=orgs[org],
                    applicant_name="申請人",
                    contact_name="承辦人",
                    contact_phone="02-1234-5678",
                    contact_email="a@example.edu.tw",
                    agreement_version="1",
                    agreement_accepted_at=submitted,
                    submitted_at=submitted,
                    fax_received_on=fax,
                    decided_at=decided,
                )
            )
    return StatsWorld(users)
