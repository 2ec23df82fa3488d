"""The clerk's queue, the number field and the detail pane: filtered and paged in SQL, scoped, indexed."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from account_world import (
    ELEMENTARY_TPE,
    SCHOOL_KHH,
    TAIWAN,
    World,
    build_world,
    bulk_applications,
    business_input,
)
from sqlalchemy import event

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.models import ApplicationState, FaxCheckItem
from ntip_desktop.services import accounts
from ntip_desktop.services.accounts import queries as q
from ntip_desktop.services.accounts.appno import make_application_number
from ntip_desktop.services.accounts.intake import submit_application
from ntip_desktop.services.accounts.queries import ApplicationFilter
from ntip_desktop.services.db import Database

S = ApplicationState


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


@pytest.fixture
def queue(database: Database, world: World) -> dict[str, str]:
    """Five applications: three of 臺北 (two schools), one of 高雄, on known days; one decided."""
    numbers = {}
    specs = [
        ("ck1", "353301", datetime(2026, 3, 2, 9, 0, tzinfo=TAIWAN), "王小明"),
        ("ck2", "353301", datetime(2026, 3, 5, 23, 30, tzinfo=TAIWAN), "陳大文"),
        ("daan", ELEMENTARY_TPE, datetime(2026, 3, 6, 0, 10, tzinfo=TAIWAN), "林美玲"),
        ("khh", SCHOOL_KHH, datetime(2026, 3, 4, 8, 0, tzinfo=TAIWAN), "黃志明"),
        ("ck3", "353301", datetime(2026, 2, 27, 8, 0, tzinfo=TAIWAN), "李四"),
    ]
    for key, org, at, contact in specs:
        with database.session() as s:
            numbers[key] = submit_application(
                s,
                world.admin,
                business_input(
                    organization_code=org,
                    login_id=f"{key}.office",
                    submitted_at=at,
                    agreement_accepted_at=at - timedelta(minutes=2),
                    contact_name=contact,
                ),
            ).number
    with database.session() as s:
        accounts.reject(s, world.clerk, numbers["ck3"], "重複申請")
    with database.session() as s:
        accounts.record_fax_received(s, world.clerk, numbers["ck2"], date(2026, 3, 6), 2)
    return numbers


def _numbers(rows: list[q.ApplicationRow]) -> list[str]:
    return [r.number for r in rows]


def test_queue_filters_in_the_clerks_district(database: Database, world: World, queue: dict[str, str]) -> None:
    n = queue
    with database.session() as s:
        everything = q.list_applications(s, world.clerk)
        assert _numbers(everything) == [n["daan"], n["ck2"], n["ck1"], n["ck3"]]  # newest first, no 高雄
        assert q.count_applications(s, world.clerk) == 4
        awaiting = ApplicationFilter(states=accounts.AWAITING_STATES)
        assert _numbers(q.list_applications(s, world.clerk, awaiting)) == [n["daan"], n["ck2"], n["ck1"]]
        assert q.count_awaiting(s, world.clerk) == 3
        assert q.count_awaiting(s, world.other_clerk) == 1
        assert q.count_awaiting(s, world.admin) == 4
        assert _numbers(q.list_applications(s, world.clerk, ApplicationFilter(states=(S.FAX_RECEIVED,)))) == [n["ck2"]]
        assert _numbers(q.list_applications(s, world.clerk, ApplicationFilter(organization="大安"))) == [n["daan"]]
        assert _numbers(q.list_applications(s, world.clerk, ApplicationFilter(organization=ELEMENTARY_TPE))) == [
            n["daan"]
        ]
        assert _numbers(q.list_applications(s, world.admin, ApplicationFilter(county_code="64"))) == [n["khh"]]
        assert q.list_applications(s, world.clerk, ApplicationFilter(county_code="64")) == []
        # Dates are Taiwan days: 23:30 on 3/5 is 3/5, 00:10 on 3/6 is 3/6 (both 3/5 in UTC).
        march5 = ApplicationFilter(submitted_from=date(2026, 3, 5), submitted_to=date(2026, 3, 5))
        assert _numbers(q.list_applications(s, world.clerk, march5)) == [n["ck2"]]
        march = ApplicationFilter(submitted_from=date(2026, 3, 1), submitted_to=date(2026, 3, 31))
        assert q.count_applications(s, world.clerk, march) == 3
        assert _numbers(q.list_applications(s, world.clerk, ApplicationFilter(text="陳大文"))) == [n["ck2"]]
        assert _numbers(q.list_applications(s, world.clerk, ApplicationFilter(text="ck1.off"))) == [n["ck1"]]
        assert _numbers(q.list_applications(s, world.clerk, ApplicationFilter(text=n["ck1"].lower()))) == [n["ck1"]]
        assert q.list_applications(s, world.clerk, ApplicationFilter(text="100%_")) == []
        with pytest.raises(PermissionDenied, match="審核業務帳號"):  # certificate staff have no queue
            q.list_applications(s, world.certificate_staff)
        assert _numbers(q.list_applications(s, world.coordinator)) == [n["ck2"], n["ck1"], n["ck3"]]


@pytest.mark.parametrize("order_by", sorted(q.SORT_KEYS))
@pytest.mark.parametrize("descending", [True, False])
def test_pages_fit_together_in_every_order(
    database: Database, world: World, queue: dict[str, str], order_by: str, descending: bool
) -> None:
    with database.session() as s:
        whole = q.list_applications(s, world.admin, order_by=order_by, descending=descending)
        pages = [
            q.list_applications(s, world.admin, order_by=order_by, descending=descending, offset=o, limit=2)
            for o in (0, 2, 4)
        ]
    assert [r for page in pages for r in page] == whole
    assert sorted(_numbers(whole)) == sorted(queue.values())
    if order_by == "submitted_at":
        times = [r.submitted_at for r in whole]
        assert times == sorted(times, reverse=descending)
    if order_by == "organization":
        names = [r.organization_name for r in whole]
        assert names == sorted(names, reverse=descending)


@pytest.mark.parametrize(
    "typed",
    ["{n}", "{l}", " {n} ", "{n}\r", "{n}\n", "{f}", "{d}"],
    ids=["plain", "lower", "spaces", "scanner-cr", "scanner-lf", "full-width", "dashed"],
)
def test_find_by_number_tolerates_what_scanners_and_people_type(
    database: Database, world: World, queue: dict[str, str], typed: str
) -> None:
    number = queue["ck1"]
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in number)
    text = typed.format(n=number, l=number.lower(), f=full_width, d=f"{number[:4]}-{number[4:]}")
    with database.session() as s:
        assert q.find_by_number(s, world.clerk, text).number == number


def test_find_by_number_says_what_is_wrong(database: Database, world: World, queue: dict[str, str]) -> None:
    number = queue["ck1"]
    wrong_digit = number[:-1] + str((int(number[-1]) + 1) % 10)
    i = next(i for i in range(1, 10) if number[i] != number[i + 1])  # two adjacent digits that differ
    swapped = number[:i] + number[i + 1] + number[i] + number[i + 2 :]
    unknown = make_application_number(115, 999_999)
    with database.session() as s:
        for typo in (wrong_digit, swapped):
            with pytest.raises(UserError, match="檢查碼不符：可能有一位數字打錯或兩位數字對調"):
                q.find_by_number(s, world.clerk, typo)
        with pytest.raises(UserError, match=f"查無申請編號 {unknown}（檢查碼正確"):
            q.find_by_number(s, world.clerk, unknown)
        with pytest.raises(UserError, match="不是申請編號"):
            q.find_by_number(s, world.clerk, "hello")
        with pytest.raises(UserError, match="請輸入或掃描申請編號"):
            q.find_by_number(s, world.clerk, " \r")
        with pytest.raises(PermissionDenied, match="屬於高雄市區管中心，不在您的轄區"):
            q.find_by_number(s, world.clerk, queue["khh"])


def test_detail_shows_everything_needed_to_decide(database: Database, world: World, queue: dict[str, str]) -> None:
    number = queue["ck2"]
    with database.session() as s:
        accounts.set_fax_check(s, world.clerk, number, FaxCheckItem.SEAL, True)
    with database.session() as s:
        row = q.find_by_number(s, world.clerk, number)
        detail = q.application_detail(s, world.clerk, row.id)
    assert detail.row.login_id == "ck2.office" and detail.contact_phone == "02-2303-4381#215"
    assert detail.agreement_version == "98.07.08" and detail.fax_pages == 2
    assert (
        detail.organization.name == "臺北市立建國高級中學"
        and detail.organization.district_center_name == "臺北市區管中心"
    )
    assert detail.organization.address == "臺北市中正區南海路56號"
    assert [e.number for e in detail.earlier] == [queue["ck1"], queue["ck3"]]
    assert [(c.label, c.ok, c.checked_by) for c in detail.fax_checks][:2] == [
        ("機關印信", True, "林書記"),
        ("承辦人簽章", False, ""),
    ]
    assert not detail.checklist_complete
    assert [h.action for h in detail.history] == ["submit", "receive_fax", "fax_check"]
    assert detail.next_states == {S.APPROVED, S.REJECTED, S.RETURNED}
    with database.session() as s, pytest.raises(PermissionDenied):
        q.application_detail(s, world.other_clerk, row.id)


def test_counties_offered_to_a_clerk_are_those_of_the_district(database: Database, world: World) -> None:
    with database.session() as s:
        assert [c.name for c in q.counties_in_scope(s, world.clerk)] == ["臺北市"]
        assert [c.name for c in q.counties_in_scope(s, world.admin)] == ["臺北市", "高雄市"]


@pytest.mark.slow
def test_the_queue_uses_its_indexes_at_100k_applications(database: Database, world: World) -> None:
    bulk_applications(database, 100_000)
    if database.dialect == "postgresql":
        with database.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    statements: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        statements.append((statement, parameters))

    plans = {}
    prefix = "EXPLAIN QUERY PLAN " if database.dialect == "sqlite" else "EXPLAIN "
    awaiting = ApplicationFilter(states=accounts.AWAITING_STATES)
    with database.session() as s:
        for name, call in {
            "count awaiting": lambda: q.count_awaiting(s, world.clerk),
            "first page awaiting": lambda: q.list_applications(s, world.clerk, awaiting, limit=100),
            "first page all": lambda: q.list_applications(s, world.clerk, limit=100),
            "count march": lambda: q.count_applications(
                s, world.clerk, ApplicationFilter(submitted_from=date(2025, 3, 1), submitted_to=date(2025, 3, 31))
            ),
        }.items():
            statements.clear()
            event.listen(database.engine, "before_cursor_execute", capture)
            try:
                rows = call()
            finally:
                event.remove(database.engine, "before_cursor_execute", capture)
            assert rows
            statement, params = statements[0]
            plans[name] = "\n".join(str(r) for r in s.connection().exec_driver_sql(prefix + statement, params))
    for name, plan in plans.items():
        if database.dialect == "sqlite":
            assert "SCAN account_applications" not in plan, (name, plan)
        else:
            assert "Seq Scan on account_applications" not in plan, (name, plan)
    if database.dialect == "sqlite":
        assert "COVERING INDEX ix_account_applications_organization_id_state" in plans["count awaiting"]
        assert "ix_account_applications_state_submitted_at" in plans["first page awaiting"]
