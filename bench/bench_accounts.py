"""How fast is the 帳號審核 desk with 100,000 applications in the database?

Builds an SQLite database (bulk insert): 4 district centers, 22 counties, 2,000 organisations and
100,000 applications over four years (35 % teacher accounts, active; business ones decided when older
than 60 days, the last 60 days partly still waiting: about 2 % of all await the desk). Then, through the
real main window, page and task runner on Qt's offscreen platform, signed in as a district clerk:

(a) number lookup: the clerk types (or a scanner types) an application number and presses Enter; time
    from the first keystroke, and from Enter, until the detail pane shows that application;
(b) re-filter: a filter changes (狀態, 縣市, 機關, 申請日期, 關鍵字); time until the queue's first rows
    are in the model and painted.

Prints the median (and p90, min, max) of each over ``--runs`` runs (≥ 20). Target: both medians < 100 ms.
Run: ``python bench/bench_accounts.py [--count 100000] [--runs 25] [--db FILE] [--seed N]``.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import func, insert, select

from ntip_desktop.models import (
    AccountApplication,
    County,
    DistrictCenter,
    Organization,
    OrgKind,
    Ownership,
    ReportingMode,
    Role,
)
from ntip_desktop.services import (
    auth,
)
from ntip_desktop.services.accounts import (
    AGREEMENT_VERSION,
    make_application_number,
)
from ntip_desktop.services.db import Database

TAIWAN = timezone(timedelta(hours=8))
COUNTIES = [
    "臺北市",
    "新北市",
    "基隆市",
    "宜蘭縣",
    "桃園市",
    "新竹市",
    "新竹縣",
    "苗栗縣",
    "臺中市",
    "彰化縣",
    "南投縣",
    "雲林縣",
    "嘉義市",
    "嘉義縣",
    "臺南市",
    "高雄市",
    "屏東縣",
    "臺東縣",
    "花蓮縣",
    "澎湖縣",
    "金門縣",
    "連江縣",
]
KINDS = [
    (OrgKind.ELEMENTARY, "國民小學"),
    (OrgKind.JUNIOR_HIGH, "國民中學"),
    (OrgKind.SENIOR_HIGH, "高級中學"),
    (OrgKind.KINDERGARTEN, "幼兒園"),
]
SURNAMES = "王林陳李張黃吳劉蔡楊許鄭謝郭洪"
GIVEN = "大明小華美玲志豪淑芬家豪怡君建宏雅婷"


def build(db: Database, count: int, seed: int) -> dict[str, object]:
    """The world and ``count`` applications, inserted in bulk; returns the clerk and a few facts."""
    rng = random.Random(seed)
    db.upgrade(backup=False)
    with db.session() as s:
        admin = auth.create_first_admin(s, login="admin", display_name="陳主任", password="bench pass 1")
        centers = [
            DistrictCenter(code=f"DC{i}", name=f"第{i}區管中心", fax=f"0{i + 2}-2000-0000", phone=f"0{i + 2}-2000-1111")
            for i in range(1, 5)
        ]
        s.add_all(centers)
        s.flush()
        for n, name in enumerate(COUNTIES):
            s.add(
                County(
                    code=f"{n + 10}",
                    name=name,
                    reporting_mode=ReportingMode.ONLINE,
                    authority_name=f"{name}政府教育局",
                    district_center_id=centers[n % 4].id,
                )
            )
        s.flush()
        org_rows = []
        for i in range(2000):
            county = i % len(COUNTIES)
            kind, word = KINDS[i % len(KINDS)]
            org_rows.append(
                {
                    "id": uuid.uuid4(),
                    "code": f"{county + 10}{i:04d}",
                    "name": f"{COUNTIES[county]}立第{i}{word}",
                    "kind": kind,
                    "ownership": Ownership.COUNTY,
                    "county_code": f"{county + 10}",
                    "district_center_id": centers[county % 4].id,
                    "phone": "",
                    "address": "",
                    "active": True,
                }
            )
        s.execute(insert(Organization), org_rows)
        clerk = auth.create_user(
            s,
            admin,
            login="clerk",
            display_name="林書記",
            password="bench pass 1",
            role=Role.DISTRICT_CLERK,
            district_center_id=centers[0].id,
        )
    now = datetime.now(UTC)
    rows = []
    for n in range(1, count + 1):
        at = now - timedelta(days=1460) + timedelta(seconds=1460 * 86400 * n / count)
        recent = now - at < timedelta(days=60)
        if rng.random() < 0.35:
            kind, subtype, state = "teacher", None, "active"
        else:
            kind, subtype = "business", "school"
            if recent:
                state = rng.choices(
                    ["pending_fax", "fax_received", "returned", "approved", "rejected"], [25, 20, 10, 40, 5]
                )[0]
            else:
                state = rng.choices(["approved", "rejected"], [90, 10])[0]
        org = rng.choice(org_rows)
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        rows.append(
            {
                "id": uuid.uuid4(),
                "number": make_application_number(at.astimezone(TAIWAN).year - 1911, n, "B"),
                "purpose": "new_account",
                "kind": kind,
                "subtype": subtype,
                "login_id": f"user{n:06d}",
                "state": state,
                "source": "web_import",
                "organization_id": org["id"],
                "applicant_name": name,
                "applicant_title": "",
                "contact_name": name,
                "contact_phone": "02-2303-4381",
                "contact_email": f"user{n}@school.edu.tw",
                "agreement_version": AGREEMENT_VERSION,
                "agreement_accepted_at": at,
                "submitted_at": at,
                "fax_received_on": at.astimezone(TAIWAN).date() if state not in ("pending_fax", "active") else None,
                "fax_pages": 1 if state not in ("pending_fax", "active") else None,
                "decided_at": at + timedelta(days=3) if state in ("approved", "rejected") else None,
                "version": 1,
                "created_at": at,
                "updated_at": at,
            }
        )
    with db.engine.begin() as conn:
        for i in range(0, len(rows), 5000):
            conn.execute(insert(AccountApplication.__table__), rows[i : i + 5000])
    return {"clerk": clerk, "district_orgs": [o for o in org_rows if o["district_center_id"] == centers[0].id]}


def _wait(app: object, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + timeout
    while not condition():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
        if time.perf_counter() > deadline:
            raise TimeoutError("the page did not answer in time")


def _stats(label: str, values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    p90 = ms[min(len(ms) - 1, round(0.9 * (len(ms) - 1)))]
    return f"{label:<44} median {statistics.median(ms):7.1f} ms   p90 {p90:7.1f}   min {ms[0]:6.1f}   max {ms[-1]:7.1f}   (n={len(ms)})"


def measure(db: Database, facts: dict[str, object], runs: int, seed: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ntip_desktop.views.accounts.page import AccountsPage
    from ntip_desktop.views.main_window import MainWindow
    from ntip_desktop.views.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    runner = TaskRunner(db)
    runner.presenter = lambda exc: print("error:", exc.message, file=sys.stderr)
    window = MainWindow(runner)
    window.resize(1400, 900)
    window.show()
    window.sign_in(facts["clerk"])  # type: ignore[arg-type]
    page = window.show_page("accounts")
    assert isinstance(page, AccountsPage)
    runner.wait_idle()
    window.activateWindow()
    app.processEvents()
    rng = random.Random(seed)

    with db.session() as s:
        district_ids = [o["id"] for o in facts["district_orgs"]]  # type: ignore[union-attr]
        numbers = list(
            s.execute(
                select(AccountApplication.number)
                .where(AccountApplication.organization_id.in_(district_ids))
                .order_by(func.random())
                .limit(runs + 3)
            ).scalars()
        )
        total = s.execute(select(func.count()).select_from(AccountApplication)).scalar_one()
    print(
        f"applications in the database: {total:,}; in the clerk's district: ~{total // 4:,}; "
        f"待處理 shown: {page.filter_bar.awaiting.text()}"
    )

    shown: list[str] = []
    page.detail_shown.connect(shown.append)
    from_first_key, from_enter = [], []
    for i, number in enumerate(numbers):
        page.number_field.clear()
        page.number_field.setFocus()
        start = time.perf_counter()
        QTest.keyClicks(page.number_field, number)
        enter = time.perf_counter()
        QTest.keyClick(page.number_field, Qt.Key.Key_Return)
        _wait(app, lambda number=number: bool(shown) and shown[-1] == number)
        page.detail_pane.repaint()
        end = time.perf_counter()
        if i >= 3:  # the first few warm caches (fonts, statement cache)
            from_first_key.append(end - start)
            from_enter.append(end - enter)

    bar = page.filter_bar
    today = datetime.now(TAIWAN).date()

    def set_combo(combo: object, text: str) -> Callable[[], None]:
        return lambda: combo.setCurrentIndex(combo.findText(text))  # type: ignore[attr-defined]

    def type_in(edit: object, text: str) -> Callable[[], None]:
        def go() -> None:
            edit.setText(text)  # type: ignore[attr-defined]
            QTest.keyClick(edit, Qt.Key.Key_Return)  # type: ignore[arg-type]

        return go

    county = bar.county.itemText(1)
    org = facts["district_orgs"][rng.randrange(len(facts["district_orgs"]))]["code"]  # type: ignore[index]
    changes: list[tuple[str, Callable[[], None]]] = [
        ("狀態：全部狀態", set_combo(bar.state, "全部狀態")),
        ("縣市：" + county, set_combo(bar.county, county)),
        ("縣市：全部", set_combo(bar.county, "全部縣市")),
        ("狀態：已核准", set_combo(bar.state, "已核准")),
        ("機關：代碼", type_in(bar.organization, str(org))),
        ("機關：清除", type_in(bar.organization, "")),
        (
            "申請日期：近 30 天",
            type_in(
                bar.date_from,
                f"{today.year - 1911}/{(today - timedelta(days=30)).month:02d}/{(today - timedelta(days=30)).day:02d}",
            ),
        ),
        ("申請日期：清除", type_in(bar.date_from, "")),
        ("狀態：退件補正", set_combo(bar.state, "退件補正")),
        ("狀態：待處理", set_combo(bar.state, "待處理（待傳真、已收傳真）")),
        ("機關：名稱片段", type_in(bar.organization, "第1")),
        ("機關：清除", type_in(bar.organization, "")),
    ]
    refilter: list[float] = []
    by_kind: dict[str, list[float]] = {}
    keyword: list[float] = []
    i = 0
    while len(refilter) < runs:
        label, change = changes[i % len(changes)]
        i += 1
        generation = page.model.generation
        start = time.perf_counter()
        change()
        _wait(app, lambda g=generation: page.model.generation > g and not page.model.loading)
        page.table.viewport().repaint()
        elapsed = time.perf_counter() - start
        if i > 2:
            refilter.append(elapsed)
            by_kind.setdefault(label.split("：")[0], []).append(elapsed)
    for word in ["user0123", "王", "林大明", "user09", "陳"] * max(1, runs // 5):
        generation = page.model.generation
        start = time.perf_counter()
        type_in(bar.text, word)()
        _wait(app, lambda g=generation: page.model.generation > g and not page.model.loading)
        page.table.viewport().repaint()
        keyword.append(time.perf_counter() - start)
    type_in(bar.text, "")()
    runner.wait_idle()

    print(_stats("number typed + Enter → detail shown", from_first_key))
    print(_stats("  of which Enter → detail shown", from_enter))
    print(_stats("filter change → first rows shown", refilter))
    for kind, values in by_kind.items():
        print(_stats(f"  {kind}", values))
    print(_stats("keyword (LIKE over 3 columns, a scan)", keyword))
    verdict = "met" if statistics.median(from_first_key) < 0.1 and statistics.median(refilter) < 0.1 else "NOT met"
    print(f"target (both medians < 100 ms): {verdict}")
    window.close()
    runner.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--db", help="reuse (or keep) this SQLite file instead of a temporary one")
    args = parser.parse_args()
    args.runs = max(args.runs, 20)
    folder = tempfile.TemporaryDirectory()
    path = Path(args.db) if args.db else Path(folder.name) / "bench.sqlite3"
    fresh = not path.exists()
    db = Database(str(path))
    if fresh:
        start = time.perf_counter()
        facts = build(db, args.count, args.seed)
        print(f"built {args.count:,} applications in {time.perf_counter() - start:.1f} s ({path.name})")
    else:
        with db.session() as s:
            clerk_id = s.execute(select(auth.OfficeUser.id).where(auth.OfficeUser.login == "clerk")).scalar_one()
            clerk = auth.get_current(s, clerk_id)
            orgs = [
                {"id": i, "code": c}
                for i, c in s.execute(
                    select(Organization.id, Organization.code).where(
                        Organization.district_center_id == clerk.district_center_id
                    )
                )
            ]
        facts = {"clerk": clerk, "district_orgs": orgs}
    measure(db, facts, args.runs, args.seed)
    db.dispose()
    folder.cleanup()


if __name__ == "__main__":
    main()
