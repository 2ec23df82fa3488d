"""The demo data set: what a person trying the program finds in it, and that seeding is all or nothing."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from ntip_desktop.errors import DatabaseProblem, UserError
from ntip_desktop.models import (
    Absence,
    Account,
    AccountApplication,
    ApplicationPurpose,
    ApplicationState,
    AuditEntry,
    AuditHead,
    Base,
    County,
    Course,
    CourseState,
    Delivery,
    DistrictCenter,
    Enrollment,
    FaxCheck,
    FaxCheckItem,
    OfficeUser,
    Organization,
    OrgKind,
    ReportingMode,
    ReportMonth,
    ReportState,
    Role,
    Segment,
    SegmentKind,
    Teacher,
)
from ntip_desktop.services import accounts, audit, auth
from ntip_desktop.services.accounts import OPEN_STATES
from ntip_desktop.services.accounts import queries as accounts_queries
from ntip_desktop.services.accounts.appno import check_application_number
from ntip_desktop.services.accounts.fields import LOGIN_ID_PATTERN
from ntip_desktop.services.accounts.intake import SUBTYPE_ORG_KINDS
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import Database
from ntip_desktop.services.demo import DEMO_PASSWORD, SCALES, SeedCancelled, seed
from ntip_desktop.services.rules import routing
from ntip_desktop.services.rules.checklist import is_official_doc_number, session_marker, valid_email, valid_phone
from ntip_desktop.services.rules.ids import check_id
from ntip_desktop.services.rules.rocdate import TAIWAN
from ntip_desktop.services.rules.ruleset import DEFAULT_RULE_SET
from ntip_desktop.services.rules.terms import find_restricted_terms

TODAY = date(2026, 11, 25)
SMALL = SCALES["small"]


def _count(s, model) -> int:  # type: ignore[no-untyped-def]
    return s.execute(select(func.count()).select_from(model)).scalar_one()


def _all_counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as conn:
        tables = Base.metadata.sorted_tables
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in tables}


def test_small_seed_has_every_county_kind_and_state(database: Database) -> None:
    report = seed(database, "small", today=TODAY)
    with database.session() as s:
        counties = s.execute(select(County)).scalars().all()
        assert sorted(c.name for c in counties) == sorted(routing.COUNTIES)
        for county in counties:
            center = s.get(DistrictCenter, county.district_center_id)
            assert center is not None and center.name == f"{county.name}教師在職進修資訊網區管中心"
            assert county.authority_name == routing.county_authority(county.name)
            assert county.municipality == (county.name in routing.MUNICIPALITIES)
        back_end = {c.name for c in counties if c.reporting_mode is ReportingMode.BACK_END}
        assert back_end == {"臺北市", "新北市", "臺中市", "高雄市"}
        kinds = set(s.execute(select(Organization.kind)).scalars())
        assert kinds == set(OrgKind)
        assert 250 <= _count(s, Organization) <= 350
        assert _count(s, Teacher) == SMALL.teachers
        assert _count(s, Course) == SMALL.courses
        assert abs(_count(s, Enrollment) - SMALL.enrollments) <= SMALL.enrollments * 0.02
        assert set(s.execute(select(Course.delivery)).scalars()) == set(Delivery)
        assert {
            CourseState.DRAFT,
            CourseState.SUBMITTED,
            CourseState.RETURNED,
            CourseState.APPROVED,
            CourseState.AWARDED,
        } <= set(s.execute(select(Course.state)).scalars())
        pairs = set(s.execute(select(AccountApplication.state, AccountApplication.purpose)).all())
        assert {state for state, _ in pairs} == set(ApplicationState)
        assert {purpose for _, purpose in pairs} == set(ApplicationPurpose)
        for table, n in report.counts.items():
            assert _count(s, Base.metadata.tables[table]) == n, table
    assert report.seconds > 0 and report.rows_per_second > 0


def test_teachers_have_valid_unique_ids_and_names(database: Database) -> None:
    seed(database, "small", today=TODAY)
    with database.session() as s:
        rows = s.execute(select(Teacher.national_id, Teacher.name, Organization.kind).join(Organization)).all()
    assert len({r.national_id for r in rows}) == len(rows)
    bad = [r.national_id for r in rows if not check_id(r.national_id).valid]
    assert bad == []
    assert all(re.fullmatch(r"[\u4e00-\u9fff]{2,5}", r.name) for r in rows)
    assert {r.national_id[1] for r in rows} <= {"1", "2", "8", "9"}
    assert {r.kind for r in rows} <= {
        OrgKind.ELEMENTARY,
        OrgKind.JUNIOR_HIGH,
        OrgKind.SENIOR_HIGH,
        OrgKind.VOCATIONAL,
        OrgKind.SPECIAL_EDUCATION,
        OrgKind.KINDERGARTEN,
        OrgKind.PRESCHOOL,
    }


def test_demo_users_sign_in_with_their_role_and_scope(database: Database) -> None:
    seed(database, "small", today=TODAY)
    with database.session() as s:
        logins = ("admin", "clerk", "coordinator", "certstaff")
        users = {login: auth.authenticate(s, login, DEMO_PASSWORD) for login in logins}
        with pytest.raises(UserError):
            auth.authenticate(s, "clerk", "ntipdemo2")
        taipei = s.execute(select(County).where(County.name == "臺北市")).scalar_one()
        school = s.get(Organization, users["coordinator"].organization_id)
        assert _count(s, OfficeUser) == 4
    assert users["admin"].role is Role.ADMIN
    assert users["clerk"].role is Role.DISTRICT_CLERK
    assert users["clerk"].district_center_id == taipei.district_center_id
    assert users["clerk"].scope_label == "臺北市教師在職進修資訊網區管中心"
    assert users["coordinator"].role is Role.SCHOOL_COORDINATOR
    assert school is not None and school.county_code == taipei.code
    assert school.kind in (OrgKind.ELEMENTARY, OrgKind.JUNIOR_HIGH)
    assert users["certstaff"].role is Role.CERTIFICATE_STAFF


def test_segments_lie_in_their_course_and_absences_fit_their_segment(database: Database) -> None:
    seed(database, "small", today=TODAY)
    with database.session() as s:
        segments = s.execute(select(Segment, Course.start_at, Course.end_at).join(Course)).all()
        absences = s.execute(
            select(
                Absence.minutes, Segment.start_at, Segment.end_at, Segment.kind, Segment.course_id, Enrollment.course_id
            )
            .join(Segment, Segment.id == Absence.segment_id)
            .join(Enrollment, Enrollment.id == Absence.enrollment_id)
        ).all()
        attended = s.execute(
            select(func.count())
            .select_from(Enrollment)
            .join(Course)
            .where(
                Course.delivery == Delivery.IN_PERSON,
                Course.end_at < datetime.combine(TODAY, time()),
                Course.state.in_([CourseState.APPROVED, CourseState.AWARDED]),
            )
        ).scalar_one()
        with_absence = s.execute(select(func.count(func.distinct(Absence.enrollment_id)))).scalar_one()
        in_person = s.execute(select(Course.id).where(Course.delivery == Delivery.IN_PERSON)).scalars().all()
        with_segments = set(s.execute(select(Segment.course_id)).scalars())
    assert segments
    for seg, start, end in segments:
        assert start <= seg.start_at < seg.end_at <= end
        assert seg.start_at.date() == seg.end_at.date(), "a segment never crosses midnight"
        if seg.kind is SegmentKind.INSTRUCTION:
            assert 50 <= (seg.end_at - seg.start_at) / timedelta(minutes=1) <= 180
    assert set(in_person) <= with_segments
    assert absences
    for minutes, start, end, kind, seg_course, enrolled_course in absences:
        assert 0 < minutes <= (end - start) / timedelta(minutes=1)
        assert kind is SegmentKind.INSTRUCTION and seg_course == enrolled_course
    assert 0.02 <= with_absence / attended <= 0.08


def test_courses_read_like_real_ones_and_only_the_problem_titles_hit_art9(database: Database) -> None:
    seed(database, "small", today=TODAY)
    with database.session() as s:
        courses = s.execute(select(Course)).scalars().all()
    flagged = [c.title for c in courses if find_restricted_terms(c.title, c.outline)]
    assert len(flagged) == SMALL.restricted_courses
    assert "教職員瑜珈紓壓" in flagged
    natures = set(DEFAULT_RULE_SET.class_natures)
    for c in courses:
        assert len(c.outline) >= DEFAULT_RULE_SET.outline_min_chars
        assert c.class_nature in natures
        assert c.audience
        if c.state in (CourseState.APPROVED, CourseState.AWARDED):
            assert is_official_doc_number(c.basis_doc), c.basis_doc
            assert valid_phone(c.contact_phone) and valid_email(c.contact_email), (c.contact_phone, c.contact_email)
        if c.delivery is Delivery.CREDIT:
            assert c.credits and not c.certified_hours
        if c.delivery is Delivery.ONLINE:
            assert c.certified_hours and c.venue == ""
    series: dict[tuple[object, str], list[int | None]] = {}
    for c in courses:
        if c.session_label:
            series.setdefault((c.organizer_id, c.title.split("（第")[0]), []).append(session_marker(c.session_label))
    assert series, "some courses come in series (第N場)"
    for markers in series.values():
        assert None not in markers and len(set(markers)) == len(markers)


def test_applications_look_like_the_workflow_made_them(database: Database) -> None:
    seed(database, "small", today=TODAY)
    with database.session() as s:
        apps = s.execute(select(AccountApplication)).scalars().all()
        accounts = {a.id: a for a in s.execute(select(Account)).scalars()}
        checks = Counter(s.execute(select(FaxCheck.application_id)).scalars())
        org_kinds = dict(s.execute(select(Organization.id, Organization.kind)).all())
    for a in apps:
        if a.subtype is not None:
            assert org_kinds[a.organization_id] in SUBTYPE_ORG_KINDS[a.subtype], (a.number, a.subtype)
        if a.purpose is ApplicationPurpose.CONTACT_CHANGE and a.state is ApplicationState.APPROVED:
            assert accounts[a.account_id].contact_name == a.contact_name
    assert all(check_application_number(a.number) for a in apps)
    assert len({a.number for a in apps}) == len(apps)
    assert all(LOGIN_ID_PATTERN.match(a.login_id) for a in apps)
    open_changes = Counter(
        a.account_id for a in apps if a.purpose is ApplicationPurpose.CONTACT_CHANGE and a.state in OPEN_STATES
    )
    assert max(open_changes.values()) == 1
    for a in apps:
        assert a.agreement_accepted_at <= a.submitted_at
        if a.state in (ApplicationState.APPROVED, ApplicationState.ACTIVE):
            account = accounts[a.account_id]
            assert account.login_id == a.login_id and account.kind is a.kind
        if a.state is ApplicationState.FAX_RECEIVED:
            assert checks[a.id] == 5 and a.fax_pages
            assert a.submitted_at.astimezone(TAIWAN).date() <= a.fax_received_on <= TODAY + timedelta(days=1)
        if a.state in (ApplicationState.APPROVED, ApplicationState.REJECTED):
            assert a.decided_at is not None and a.decided_at >= a.submitted_at
        else:
            assert a.decided_at is None
        if a.state in (ApplicationState.RETURNED, ApplicationState.REJECTED):
            assert a.decision_reason


def test_report_months_of_back_end_counties(database: Database) -> None:
    seed(database, "small", today=TODAY)
    with database.session() as s:
        months = s.execute(select(ReportMonth, County.reporting_mode).join(County)).all()
    assert months and all(mode is ReportingMode.BACK_END for _, mode in months)
    for month, _ in months:
        if (month.year, month.month) == (TODAY.year, TODAY.month):
            assert month.state is ReportState.OPEN
        else:
            assert month.state in (ReportState.CONFIRMED, ReportState.AMENDING)
            assert month.confirmed_at is not None
    assert sum(m.state is ReportState.AMENDING for m, _ in months) == 1


def test_audit_chain_verifies_with_one_entry_per_kind_and_per_user(database: Database) -> None:
    report = seed(database, "small", today=TODAY)
    with database.session() as s:
        chain = audit.verify(s, console_user())
        entries = s.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars().all()
    assert chain.ok and chain.entries == len(entries) == report.counts["audit_log"]
    assert [(e.entity, e.action) for e in entries[:4]] == [("office_user", "create")] * 4
    seeded = {e.entity: e.new["count"] for e in entries if e.action == "demo_seed"}
    assert all(e.reason == "建立示範資料" and e.source.value == "system" for e in entries if e.action == "demo_seed")
    assert seeded["teacher"] == report.counts["teachers"] == SMALL.teachers
    assert seeded["enrollment"] == report.counts["enrollments"]
    assert seeded["account_application"] == report.counts["account_applications"]
    assert seeded["course_review"] == report.counts["course_reviews"] > report.counts["courses"] / 2


def test_seeding_twice_is_refused_and_changes_nothing(database: Database) -> None:
    seed(database, "small", today=TODAY)
    before = _all_counts(database)
    with pytest.raises(UserError, match="已有資料") as refused:
        seed(database, "small", today=TODAY, rng_seed=7)
    assert "教師 2,000 筆" in refused.value.message
    assert _all_counts(database) == before


def test_a_seed_stopped_midway_leaves_the_database_empty(database: Database) -> None:
    seen: list[str] = []

    def progress(done: int, total: int, label: str) -> None:
        assert 0 < done <= total
        seen.append(label)

    def cancelled() -> bool:
        return "研習出席" in seen  # after the enrollments were written, before the absences

    with pytest.raises(SeedCancelled):
        seed(database, "small", progress=progress, cancelled=cancelled, today=TODAY)
    assert "教師" in seen and "研習出席" in seen
    counts = _all_counts(database)
    assert {name: n for name, n in counts.items() if n and name != "audit_head"} == {}
    with database.session() as s:
        assert s.execute(select(AuditHead.seq)).scalar_one() == 0
    seed(database, "small", today=TODAY)  # and the database is as good as new
    with database.session() as s:
        assert audit.verify(s, console_user()).ok


def test_the_same_seed_gives_the_same_data(tmp_path: Path, sqlite_template: Path) -> None:
    def snapshot(name: str) -> list[tuple[object, ...]]:
        path = tmp_path / name
        path.write_bytes(sqlite_template.read_bytes())
        db = Database(str(path))
        try:
            seed(db, "small", today=TODAY, rng_seed=42)
            with db.engine.connect() as conn:
                return conn.execute(
                    text(
                        "SELECT c.code, c.title, c.start_at, t.national_id, e.completed FROM enrollments e "
                        "JOIN courses c ON c.id = e.course_id JOIN teachers t ON t.id = e.teacher_id "
                        "ORDER BY c.code, t.national_id"
                    )
                ).all()
        finally:
            db.dispose()

    first, second = snapshot("a.sqlite3"), snapshot("b.sqlite3")
    assert first == second and len(first) > 1000


def test_an_unknown_scale_is_refused(database: Database) -> None:
    with pytest.raises(UserError, match="不明的示範資料規模") as refused:
        seed(database, "nation", today=TODAY)
    assert refused.value.field == "scale"
    assert _all_counts(database)["organizations"] == 0


def test_a_locked_database_is_reported_plainly(
    tmp_path: Path, sqlite_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NTIP_SQLITE_BUSY_MS", "200")
    path = tmp_path / "busy.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    holder = sqlite3.connect(path, timeout=0.1)
    holder.execute("BEGIN EXCLUSIVE")
    db = Database(str(path))
    try:
        with pytest.raises(DatabaseProblem, match="正被其他程式使用中"):
            seed(db, "small", today=TODAY)
    finally:
        db.dispose()
        holder.rollback()
        holder.close()
    assert sqlite3.connect(path).execute("SELECT count(*) FROM organizations").fetchone() == (0,)


def test_the_demo_clerk_can_work_through_the_desk(database: Database) -> None:
    seed(database, "small")
    with database.session() as s:
        clerk = auth.authenticate(s, "clerk", DEMO_PASSWORD)
        assert accounts_queries.count_awaiting(s, clerk) > 0
        mine = (
            select(AccountApplication)
            .join(Organization)
            .where(Organization.district_center_id == clerk.district_center_id)
        )
        on_desk = s.execute(mine.where(AccountApplication.state == ApplicationState.FAX_RECEIVED)).scalars().first()
        waiting = s.execute(mine.where(AccountApplication.state == ApplicationState.PENDING_FAX)).scalars().first()
        assert on_desk is not None and waiting is not None
        for item in FaxCheckItem:
            accounts.set_fax_check(s, clerk, on_desk.number, item, True)
        approved = accounts.approve(s, clerk, on_desk.number)
        received = accounts.record_fax_received(s, clerk, waiting.number, pages=2)
    assert approved.new_state is ApplicationState.APPROVED and received.new_state is ApplicationState.FAX_RECEIVED
    with database.session() as s:
        assert s.execute(select(Account).where(Account.login_id == on_desk.login_id)).scalar_one()
        assert audit.verify(s, console_user()).ok


def test_a_database_without_the_schema_is_sent_to_db_upgrade(tmp_path: Path) -> None:
    db = Database(str(tmp_path / "new.sqlite3"))
    try:
        with pytest.raises(DatabaseProblem, match="ntip db upgrade"):
            seed(db, "small", today=TODAY)
    finally:
        db.dispose()


def test_course_states_agree_with_the_rows_behind_them(database: Database) -> None:
    """已核發時數 only with stored awards for every participant; 待審核 only with a stored checklist."""
    from ntip_desktop.models import CourseReview, HourAward, ReviewItem
    from ntip_desktop.services import courses

    seed(database, "small", today=TODAY)
    with database.session() as s:
        awarded = s.execute(select(Course.id).where(Course.state == CourseState.AWARDED)).scalars().all()
        assert awarded, "the demo shows some courses whose hours were awarded"
        for course_id in awarded:
            enrolled = set(s.execute(select(Enrollment.teacher_id).where(Enrollment.course_id == course_id)).scalars())
            awarded_to = set(s.execute(select(HourAward.teacher_id).where(HourAward.course_id == course_id)).scalars())
            assert enrolled and awarded_to == enrolled
        # No award rows hang off a course that is not awarded.
        assert set(s.execute(select(HourAward.course_id).distinct()).scalars()) == set(awarded)
        waiting = (
            s.execute(select(Course).where(Course.state.in_([CourseState.SUBMITTED, CourseState.IN_REVIEW])))
            .scalars()
            .all()
        )
        assert waiting
        reviewed = set(s.execute(select(CourseReview.course_id)).scalars())
        assert {c.id for c in waiting} <= reviewed
        failing_art9 = s.execute(
            select(Course.code, Course.review_unit)
            .join(CourseReview, CourseReview.course_id == Course.id)
            .join(ReviewItem, ReviewItem.review_id == CourseReview.id)
            .where(
                Course.state == CourseState.SUBMITTED,
                ReviewItem.check_id == "art9.restricted",
                ReviewItem.outcome == "fail",
            )
        ).all()
        clerk = auth.authenticate(s, "clerk", DEMO_PASSWORD)
        clerk_units = courses.units_of(s, clerk)
    assert failing_art9, "a clerk finds a course failing Art 9 in the queue"
    assert clerk_units is not None and any(unit in clerk_units for _code, unit in failing_art9)


#: The move that decided a course in each decided state (the awarded ones were approved first).
DECIDED_BY = {
    CourseState.APPROVED: "approve",
    CourseState.AWARDED: "approve",
    CourseState.RETURNED: "return",
    CourseState.REJECTED: "reject",
}


def test_decided_courses_carry_the_review_their_decision_left(database: Database) -> None:
    """核准、退回補正、不予採計: who decided, when, why, and the checklist as the reviewer left it."""
    from ntip_desktop.models import CheckOutcome, CourseReview
    from ntip_desktop.services import courses

    seed(database, "small", today=TODAY)
    with database.session() as s:
        clerk = auth.authenticate(s, "clerk", DEMO_PASSWORD)
        clerk_units = set(courses.units_of(s, clerk) or ())
        logins = dict(s.execute(select(OfficeUser.id, OfficeUser.login)).all())
        rows = s.execute(
            select(Course, CourseReview).outerjoin(CourseReview, CourseReview.course_id == Course.id)
        ).all()
        decided = [(c, r) for c, r in rows if c.state in DECIDED_BY]
        assert {c.state for c, _ in decided} == set(DECIDED_BY)
        for course, review in decided:
            assert review is not None, course.code
            assert review.decision == DECIDED_BY[course.state], course.code
            assert review.created_at.astimezone(TAIWAN).date() <= course.registered_on + timedelta(days=1)
            assert timedelta(hours=1) <= review.decided_at - review.created_at <= timedelta(days=10), course.code
            assert review.decided_at <= datetime.now(TAIWAN)
            assert logins[review.reviewer_id] == ("clerk" if course.review_unit in clerk_units else "admin")
            assert len(review.items) == 13
            for item in review.items:
                if item.override_reason is not None:
                    assert item.overridden_by_id == review.reviewer_id
                    assert review.created_at <= item.overridden_at <= review.decided_at
            failing = [i for i in review.items if i.outcome is CheckOutcome.FAIL]
            if review.decision == "approve":  # as approving requires: nothing failing, every manual item answered
                assert courses.blocking_items(review) == [] and review.decision_reason is None
            else:  # the reason names what fails
                assert failing, course.code
                assert all((i.override_reason or i.message) in review.decision_reason for i in failing)
        assert any(r.decision == "return" and "請補正" in r.decision_reason for _, r in decided)
        assert any(r.decision == "reject" and "不予採計" in r.decision_reason for _, r in decided)
        waiting = [r for c, r in rows if c.state is CourseState.SUBMITTED]
        assert waiting and all(r is not None and r.decision is None and r.decided_at is None for r in waiting)

        # What the clerk reads on the 課程審核 desk about an approved course of 臺北市.
        course, review = next(
            (c, r) for c, r in decided if c.state is CourseState.APPROVED and c.review_unit in clerk_units
        )
        detail = courses.course_detail(s, clerk, course.id)
    assert (detail.decision, detail.decided_by, detail.decided_at) == ("approve", "林書記", review.decided_at)
    assert detail.checks_stored and detail.blocking == ()
    focus = detail.check("art8.focus")
    assert focus is not None and focus.outcome is CheckOutcome.PASS and focus.overridden_by == "林書記"


def test_the_review_statistics_of_the_demo_are_filled_in(database: Database) -> None:
    """統計報表: 已有審核結果 counts the decided courses of the school year, and 審核天數中位數 is a few days."""
    from ntip_desktop.models import CourseReview
    from ntip_desktop.services import stats
    from ntip_desktop.services.stats import StatsFilter

    seed(database, "small", today=TODAY)
    with database.session() as s:
        admin = auth.authenticate(s, "admin", DEMO_PASSWORD)
        previous = stats.school_year_of(TODAY) - 1  # the demo's last whole school year
        for year in (previous, previous + 1):
            figure = stats.course_figures(s, admin, StatsFilter(year=year)).figure("courses.review")
            decided = s.execute(
                select(func.count())
                .select_from(Course)
                .join(CourseReview, CourseReview.course_id == Course.id)
                .where(Course.school_year == year, CourseReview.decided_at.is_not(None))
            ).scalar_one()
            assert decided > 0
            assert figure.value(None, "decided") == decided
            median = figure.value(None, "median_review_days")
            assert median is not None and 1 <= median <= 7, (year, median)
