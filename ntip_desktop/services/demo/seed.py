"""``seed(db, scale)``: fill an empty database with the demo data set, all or nothing.

The whole seed is one transaction on one connection: Core inserts for most tables, the fast path of
:mod:`.bulk` for enrollments and absences, and an ORM session on the same connection for the demo users
and the audit entries (one per demo user, one per kind of seeded record with its count). On SQLite the
seeding connection gets a large page cache while it works (the indexes of a million enrollments then stay
in memory); it is set back before the connection returns to the pool.
"""

from __future__ import annotations

import random
import time as clock
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from ntip_desktop.changes import Changes
from ntip_desktop.errors import DatabaseProblem, UserError
from ntip_desktop.i18n import translate
from ntip_desktop.labels import table_label
from ntip_desktop.models import (
    Absence,
    Account,
    AccountApplication,
    Amendment,
    AuditEntry,
    County,
    Course,
    CourseReview,
    CourseState,
    DistrictCenter,
    Enrollment,
    FaxCheck,
    HourAward,
    OfficeUser,
    Organization,
    OrgKind,
    ReportingMode,
    ReportMonth,
    ReportState,
    ReviewItem,
    Role,
    Segment,
    Teacher,
)
from ntip_desktop.models.base import table_of
from ntip_desktop.services import audit, auth
from ntip_desktop.services.attendance import award_course
from ntip_desktop.services.courses import recheck_open_courses
from ntip_desktop.services.db import Database, explain, schema_status, setup_transaction
from ntip_desktop.services.demo import reference as ref
from ntip_desktop.services.demo.applications import TAIWAN, build_applications
from ntip_desktop.services.demo.attendance import ABSENCE_COLUMNS, ENROLLMENT_COLUMNS, Attendance
from ntip_desktop.services.demo.bulk import BulkWriter, Cancelled, Progress, SeedCancelled
from ntip_desktop.services.demo.courses import CoursePlan, plan_courses
from ntip_desktop.services.demo.reviews import decided_courses, decided_reviews
from ntip_desktop.services.demo.scales import SCALES, Scale
from ntip_desktop.services.demo.world import World, build_world, org_row, teacher_row
from ntip_desktop.services.gc_pause import no_cyclic_gc
from ntip_desktop.services.ids import IdSequence
from ntip_desktop.services.rules.checklist import CHECK_IDS

#: Password of every demo user (the README gives it).
DEMO_PASSWORD = "ntipdemo"

#: The demo office users: login, display name, role.
DEMO_USERS = (
    ("admin", "王系統管理者", Role.ADMIN),
    ("clerk", "林書記", Role.DISTRICT_CLERK),
    ("coordinator", "陳組長", Role.SCHOOL_COORDINATOR),
    ("certstaff", "張專員", Role.CERTIFICATE_STAFF),
)

#: Audit entity name of each seeded table.
_ENTITIES = {
    "district_centers": "district_center",
    "counties": "county",
    "organizations": "organization",
    "teachers": "teacher",
    "courses": "course",
    "segments": "segment",
    "enrollments": "enrollment",
    "absences": "absence",
    "account_applications": "account_application",
    "accounts": "account",
    "fax_checks": "fax_check",
    "report_months": "report_month",
    "amendments": "amendment",
    "course_reviews": "course_review",
}

#: What a seed changes, for views to refresh.
SEEDED = Changes(
    organizations=True,
    teachers=True,
    courses=True,
    attendance=True,
    accounts=True,
    reports=True,
    users=True,
    audit=True,
)

#: SQLite page cache of the seeding connection (KiB, as PRAGMA cache_size takes a negative number).
_SQLITE_CACHE_KIB = 256 * 1024


@dataclass(frozen=True)
class SeedReport:
    """What a seed wrote: rows per table, seconds spent writing each table, and the total time."""

    scale: str
    rng_seed: int
    counts: dict[str, int]
    table_seconds: dict[str, float]
    seconds: float
    changes: Changes = SEEDED

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())

    @property
    def rows_per_second(self) -> float:
        return self.total_rows / self.seconds if self.seconds > 0 else 0.0


def seed(
    db: Database,
    scale: str = "small",
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    rng_seed: int = 20261125,
    today: date | None = None,
    actor: audit.Actor = audit.SYSTEM,
) -> SeedReport:
    """Fill the (empty, migrated) database ``db`` with demo data of ``scale`` (``small`` or ``county``).

    ``progress(done, total, label)`` is called after each chunk; ``cancelled()`` returning True stops the
    seed with :class:`SeedCancelled` and nothing written. ``today`` (Taiwan date) decides which courses have
    ended and which report months are closed. A database that already has data is refused (UserError).
    ``actor`` is who the audit log names for the demo users and data (the command line names its user).
    """
    if scale not in SCALES:
        raise UserError(
            translate("services.demo.seed", "不明的示範資料規模：{scale}（可用：{names}）").format(
                scale=scale, names="、".join(SCALES)
            ),
            field="scale",
        )
    if not schema_status(db.engine).up_to_date:
        raise DatabaseProblem(
            translate("services.demo.seed", "{where}尚未建立或需要升級。請先執行「ntip db upgrade」。").format(
                where=db.describe()
            )
        )
    started = clock.perf_counter()
    today = today or datetime.now(TAIWAN).date()
    try:
        with db.engine.connect() as conn:
            saved = _tune(conn)
            try:
                with setup_transaction(conn, creating=False):  # one seed at a time; emptiness checked under it
                    _refuse_if_not_empty(conn)
                    writer = BulkWriter(conn, progress=progress, cancelled=cancelled)
                    session = Session(bind=conn)
                    try:
                        audit_rows, derived = _fill(session, writer, SCALES[scale], rng_seed, today, actor)
                        session.flush()
                    finally:
                        session.close()
            finally:
                _restore(conn, saved)
    except OperationalError as exc:  # locked, disk full, server gone: say so plainly (nothing was written)
        raise explain(exc, db.url) from exc
    counts = {"office_users": len(DEMO_USERS), **writer.counts, **derived, "audit_log": audit_rows}
    return SeedReport(scale, rng_seed, counts, dict(writer.seconds), clock.perf_counter() - started)


def _refuse_if_not_empty(conn: Connection) -> None:
    found = []
    for model in (Organization, Teacher, Course, OfficeUser, AccountApplication):
        n = conn.execute(select(func.count()).select_from(model)).scalar_one()
        if n:
            found.append(
                translate("services.demo.seed", "{label} {n} 筆").format(
                    label=table_label(model.__tablename__), n=f"{n:,}"
                )
            )
    if found:
        raise UserError(
            translate(
                "services.demo.seed",
                "此資料庫已有資料（{found}）。示範資料只能建立在空白的資料庫，以免與正式資料混在一起；"
                "資料庫未被更動。請改用新的資料庫檔，例如：ntip --db 示範.sqlite3 demo seed",
            ).format(found="、".join(found)),
            field="db",
        )


def _tune(conn: Connection) -> dict[str, Any]:
    """A big page cache for the seeding connection on SQLite; returns what to set back."""
    if conn.dialect.name != "sqlite":
        return {}
    saved = {"cache_size": conn.exec_driver_sql("PRAGMA cache_size").scalar()}
    conn.exec_driver_sql(f"PRAGMA cache_size=-{_SQLITE_CACHE_KIB}")
    conn.commit()
    return saved


def _restore(conn: Connection, saved: dict[str, Any]) -> None:
    if not saved or conn.closed:
        return
    if conn.in_transaction():
        conn.rollback()
    for name, value in saved.items():
        conn.exec_driver_sql(f"PRAGMA {name}={int(value)}")
    conn.commit()


def _fill(
    session: Session, writer: BulkWriter, scale: Scale, rng_seed: int, today: date, actor: audit.Actor
) -> tuple[int, dict[str, int]]:
    """Generate and write everything; returns the number of audit entries written and the rows written
    alongside the services (hour awards, course reviews and their checklists) by table."""
    rng = random.Random(rng_seed)
    ids = IdSequence()
    now = datetime.now(UTC)
    world = build_world(rng, ids, scale, now)
    writer.planned = len(world.center_rows) + len(world.county_rows) + len(world.orgs) + len(world.teachers)
    writer.insert(table_of(DistrictCenter), world.center_rows, table_label(DistrictCenter.__tablename__))
    writer.insert(table_of(County), world.county_rows, table_label(County.__tablename__))
    writer.insert(
        table_of(Organization), [org_row(o, now) for o in world.orgs], table_label(Organization.__tablename__)
    )

    users = _demo_users(session, world, actor)
    coordinator_org = next(o for o in world.orgs if o.id == users["coordinator"].organization_id)
    plans = plan_courses(rng, ids, world, scale.courses, scale.restricted_courses, today, now, coordinator_org)
    attendance = Attendance(rng, ids, world, plans, scale.enrollments)
    demo_accounts = build_applications(rng, ids, world, scale.applications, today, users["clerk"].id)
    segments = [_segment_row(p, s) for p in plans for s in p.segments]
    ended_in_person = sum(p.size for p in attendance.attended if p.ended and p.segments)
    writer.planned += (
        len(plans)
        + len(segments)
        + attendance.planned
        + round(ended_in_person * 0.065)
        + len(demo_accounts.applications)
        + len(demo_accounts.accounts)
        + len(demo_accounts.fax_checks)
        + len(decided_courses(plans)) * (1 + len(CHECK_IDS))
    )

    writer.insert(
        table_of(Teacher), [teacher_row(t, world.orgs, now) for t in world.teachers], table_label(Teacher.__tablename__)
    )
    writer.insert(table_of(Course), [p.row for p in plans], table_label(Course.__tablename__))
    writer.insert(table_of(Segment), segments, table_label(Segment.__tablename__))
    created = writer.render(table_of(Enrollment).c.created_at, now)
    writer.load(
        table_of(Enrollment), ENROLLMENT_COLUMNS, attendance.enrollments(created), table_label(Enrollment.__tablename__)
    )
    writer.load(table_of(Absence), ABSENCE_COLUMNS, [attendance.absences], table_label(Absence.__tablename__))
    writer.insert(table_of(Account), demo_accounts.accounts, table_label(Account.__tablename__))
    writer.insert(
        table_of(AccountApplication), demo_accounts.applications, table_label(AccountApplication.__tablename__)
    )
    writer.insert(table_of(FaxCheck), demo_accounts.fax_checks, table_label(FaxCheck.__tablename__))
    months, amendments = _report_months(rng, ids, plans, today, now, users["admin"].id)
    writer.insert(table_of(ReportMonth), months, table_label(ReportMonth.__tablename__))
    writer.insert(table_of(Amendment), amendments, table_label(Amendment.__tablename__))
    _write_decided_reviews(session, writer, plans, users, random.Random(rng_seed + 2), ids, now)

    writer.check()
    derived = _award_some(session, plans, scale, rng_seed, users["certstaff"])
    derived.update(_store_reviews(session, users["admin"]))
    scale_note = {"scale": scale.name, "rng_seed": rng_seed}
    entries = len(DEMO_USERS)
    for table, entity in _ENTITIES.items():
        audit.record(
            session,
            actor,
            entity,
            "demo",
            "demo_seed",
            new={"count": derived.get(table, writer.counts[table]), **scale_note},
            reason=translate("services.demo.seed", "建立示範資料"),
        )
        entries += 1
    session.flush()
    return session.execute(select(func.count()).select_from(AuditEntry)).scalar_one(), derived


#: Largest course the seed awards for real (participants).
_AWARD_SIZE = 30


def _award_some(
    session: Session, plans: list[CoursePlan], scale: Scale, rng_seed: int, staff: auth.CurrentUser
) -> dict[str, int]:
    """Award the hours of a few ended courses for real, through the hours engine (audited, with traces).

    Every other ended course stays approved: awarding a county's year (~700,000 awards with their traces,
    one audit entry each) would take many times the whole seed's budget (``bench/bench_seed.py``), and
    calling a course awarded without its award rows would be a lie the clerk finds. Which courses: the demo
    coordinator's own (``CoursePlan.award``) and ``scale.awarded_courses`` ended in-person courses of at
    most :data:`_AWARD_SIZE` participants drawn from the rest.
    """
    ended = [p for p in plans if p.ended and p.size and p.state is CourseState.APPROVED and p.segments]
    chosen = [p for p in ended if p.award]
    # Small courses: awarding loads each participant's whole record (the caps), about 15 ms a teacher here.
    rest = [p for p in ended if not p.award and p.size <= _AWARD_SIZE]
    # A generator of its own: the draw does not shift what the main one makes for the other tables.
    chosen += random.Random(rng_seed + 1).sample(rest, min(scale.awarded_courses, len(rest)))
    chosen.sort(key=lambda p: p.row["start_at"])  # in the order an office would have awarded them
    for plan in chosen:
        award_course(session, staff, plan.id, reason=translate("services.demo.seed", "示範資料：核發研習時數"))
        plan.state = CourseState.AWARDED
    session.flush()
    return {"hour_awards": session.execute(select(func.count()).select_from(HourAward)).scalar_one()}


def _write_decided_reviews(
    session: Session,
    writer: BulkWriter,
    plans: list[CoursePlan],
    users: dict[str, auth.CurrentUser],
    rng: random.Random,
    ids: IdSequence,
    now: datetime,
) -> None:
    """The review each approved, returned or rejected course's decision left (:mod:`.reviews`), written in bulk.

    ``rng`` is a generator of its own, as for the awards: the other tables stay what they were. The rows (a
    county's fifty thousand checklist items) make no reference cycles: the cyclic collector is paused while
    they are made, and they are gone when this returns.
    """
    with no_cyclic_gc():
        decided = decided_reviews(session, plans, users["admin"], users["clerk"], rng, ids, now)
        writer.insert_shared(
            session,
            table_of(CourseReview),
            decided.reviews,
            {"rule_set_version": decided.rule_set_version},
            table_label(CourseReview.__tablename__),
        )
        writer.insert_shared(session, table_of(ReviewItem), decided.items, {}, table_label(ReviewItem.__tablename__))


def _store_reviews(session: Session, admin: auth.CurrentUser) -> dict[str, int]:
    """Every course waiting for review gets its stored checklist, as submitting it would have made."""
    recheck_open_courses(session, admin)
    session.flush()
    return {
        "course_reviews": session.execute(select(func.count()).select_from(CourseReview)).scalar_one(),
        "review_items": session.execute(select(func.count()).select_from(ReviewItem)).scalar_one(),
    }


def _demo_users(session: Session, world: World, actor: audit.Actor) -> dict[str, auth.CurrentUser]:
    """One user per role, all with :data:`DEMO_PASSWORD` (hashed once: argon2 is slow on purpose)."""
    password_hash = auth.hash_password(DEMO_PASSWORD)
    taipei = ref.COUNTY_BY_NAME["臺北市"]
    schools = [o for o in world.orgs if o.county is taipei and o.kind in (OrgKind.ELEMENTARY, OrgKind.JUNIOR_HIGH)]
    school = max(schools, key=lambda o: (len(o.teachers), o.code))
    scope = {
        Role.DISTRICT_CLERK: {"district_center_id": world.centers[taipei.name]},
        Role.SCHOOL_COORDINATOR: {"organization_id": school.id},
    }
    # The person at the console holds the new database: they create its users, named as ``actor``.
    creator = replace(auth.console_user(), display_name=actor.name, source=actor.source)
    users = {}
    for login, name, role in DEMO_USERS:
        users[login] = auth.create_user(
            session,
            creator,
            login=login,
            display_name=name,
            password=DEMO_PASSWORD,
            role=role,
            password_hash=password_hash,
            **scope.get(role, {}),
        )
    return users


def _segment_row(plan: CoursePlan, s: Any) -> dict[str, Any]:
    return {
        "id": s.id,
        "course_id": plan.id,
        "label": s.label,
        "start_at": s.start,
        "end_at": s.end,
        "kind": s.kind,
        "topic": s.topic[:120],
    }


def _report_months(
    rng: random.Random, ids: IdSequence, plans: list[CoursePlan], today: date, now: datetime, admin_id: uuid.UUID
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Back-end counties (Art 12(3)): past months confirmed by the 5th of the next, the current one open.

    The demo has no clerk of the back-end counties' district centers: its administrator confirmed them.

    One month of 臺中市 is being amended after an official letter to NKNU (Art 12(4)).
    """
    back_end = [c for c in ref.COUNTIES if c.reporting_mode is ReportingMode.BACK_END]
    records: dict[tuple[str, int, int], int] = {}
    for p in plans:
        if p.org.county.reporting_mode is ReportingMode.BACK_END and p.state is not CourseState.DRAFT:
            start = p.row["start_at"]
            key = (p.org.county.code, start.year, start.month)
            records[key] = records.get(key, 0) + 1
    first = min(p.row["start_at"] for p in plans).date().replace(day=1)
    months: list[dict[str, Any]] = []
    amendments: list[dict[str, Any]] = []
    for county in back_end:
        month = first
        while month <= today:
            following = (month + timedelta(days=32)).replace(day=1)
            deadline = following.replace(day=5)
            row = {
                "id": ids.next(),
                "county_code": county.code,
                "year": month.year,
                "month": month.month,
                "state": ReportState.OPEN,
                "records": records.get((county.code, month.year, month.month), 0),
                "confirmed_at": None,
                "confirmed_by_id": None,
                "created_at": now,
                "updated_at": now,
            }
            if following <= today:
                confirm_day = min(following + timedelta(days=rng.randrange(0, 4)), deadline, today)
                confirmed = datetime.combine(confirm_day, time(rng.randrange(9, 17)), TAIWAN)
                if confirmed.astimezone(UTC) <= now:
                    row.update(
                        state=ReportState.CONFIRMED, confirmed_at=confirmed.astimezone(UTC), confirmed_by_id=admin_id
                    )
                else:
                    row.update(state=ReportState.UPLOADED)
            months.append(row)
            month = following
    # One amendment, four months back, opened by a letter a month after that month was confirmed.
    taichung = ref.COUNTY_BY_NAME["臺中市"]
    candidates = [
        m
        for m in months
        if m["county_code"] == taichung.code
        and m["state"] is ReportState.CONFIRMED
        and (m["year"], m["month"]) <= _months_back(today, 4)
    ]
    target = candidates[-1] if candidates else None
    if target is not None:
        letter = target["confirmed_at"].astimezone(TAIWAN).date() + timedelta(days=30)
        target["state"] = ReportState.AMENDING
        amendments.append(
            {
                "id": ids.next(),
                "report_month_id": target["id"],
                "letter_no": f"{taichung.doc_issuer}字第{letter.year - 1911:03d}{rng.randrange(10**7):07d}號",
                "letter_date": min(letter, today),
                "reason": "補傳漏報之研習出席名單（國立高雄師範大學同意修正，副本教育部）",
                "opened_by_id": admin_id,
                "reconfirmed_at": None,
                "created_at": now,
                "updated_at": now,
            }
        )
    return months, amendments


def _months_back(today: date, n: int) -> tuple[int, int]:
    month = today.year * 12 + today.month - 1 - n
    return month // 12, month % 12 + 1


__all__ = ["DEMO_PASSWORD", "DEMO_USERS", "SCALES", "SeedCancelled", "SeedReport", "seed"]
