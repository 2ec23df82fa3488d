"""How fast are hour certificates issued and written (issue 11)?

Builds a database with one county, one organiser and N teachers with an award each (one course per 100
teachers), then times, each on a fresh copy of that database:

- the bare loop: the same N pages drawn with reportlab into one PDF, nothing else (no database, no hash);
- issuing N certificates into one merged PDF: load and check the awards, number, snapshot, HMAC code,
  render, hash each canonical page, insert the rows and audit entries, commit, write the file;
- the same into a ZIP of one PDF per teacher (each file embeds its own font subset);
- issuing with no output (records only: each page is still drawn alone to be hashed);
- the one-PDF batch as the 時數證明 page runs it, on the task runner's long-job thread, while a 10 ms timer on
  the GUI thread measures the longest gap between its ticks ("longest GUI frame", target ≤ 100 ms).

Then it profiles the one-file run (cProfile) and says where the time goes. Prints whether reportlab's C
accelerator (``rl_accel``) is in use: without it everything is about 2–3× slower.

Run: ``python bench/bench_certificates.py [--count 1000]`` (a temporary SQLite file). The machine's other
work moves the figures by ±30 %; the ratio to the bare loop, measured in the same run, moves less.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import shutil
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from ntip_desktop.models import (
    County,
    Course,
    CourseState,
    Delivery,
    DistrictCenter,
    Enrollment,
    HourAward,
    Organization,
    OrgKind,
    Ownership,
    ReportingMode,
    Teacher,
)
from ntip_desktop.models.base import table_of
from ntip_desktop.services import certificates
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.certificates.snapshots import page_of
from ntip_desktop.services.db import Database
from ntip_desktop.services.pdf.certificate import render_certificates
from ntip_desktop.services.rules.ids import make_id

SURNAMES = "王林陳李張黃吳劉蔡楊許鄭謝郭洪曾邱廖賴周"
GIVEN = "大明小華美玲志豪淑芬家豪怡君建宏雅婷俊傑佩珊承恩宜蓁冠廷詩涵"
TITLES = [
    "差異化教學策略工作坊",
    "素養導向評量設計實務",
    "校園數位學習與資訊安全研習",
    "特殊教育知能研習",
    "閱讀理解教學",
]


#: Rounds of (issue, bare loop) whose medians are compared.
ROUNDS = 3


def build(db: Database, count: int, seed: int) -> None:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    with db.session() as s:
        center = DistrictCenter(code="KHH", name="高雄市區管中心", fax="07-555-0000", phone="07-555-1111")
        s.add(center)
        s.flush()
        s.add(
            County(
                code="64",
                name="高雄市",
                reporting_mode=ReportingMode.BACK_END,
                authority_name="高雄市政府教育局",
                municipality=True,
                district_center_id=center.id,
            )
        )
        s.flush()
        school = Organization(
            code="553301",
            name="高雄市立高雄高級中學",
            kind=OrgKind.SENIOR_HIGH,
            ownership=Ownership.MUNICIPAL,
            county_code="64",
            district_center_id=center.id,
        )
        s.add(school)
        s.flush()
        school_id = school.id
    courses, teachers, enrollments, awards = [], [], [], []
    start = datetime(2026, 3, 2, 9, 0)
    course_ids = []
    for c in range(-(-count // 100)):
        cid = uuid.uuid4()
        course_ids.append(cid)
        begin = start + timedelta(days=7 * c)
        courses.append(
            {
                "id": cid,
                "code": f"115{c + 1:07d}",
                "title": rng.choice(TITLES),
                "session_label": f"第{c + 1}場",
                "organizer_id": school_id,
                "organizer_category": 1,
                "basis_doc": f"高市教小字第{1150000000 + c}號",
                "start_at": begin,
                "end_at": begin + timedelta(hours=3),
                "delivery": Delivery.IN_PERSON,
                "audience": ["k12_teacher"],
                "state": CourseState.AWARDED,
                "school_year": 114,
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
        )
    for n in range(count):
        tid = uuid.uuid4()
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        teachers.append(
            {
                "id": tid,
                "national_id": make_id("E", f"{1 + n % 2}{n:07d}"),
                "name": name,
                "organization_id": school_id,
                "employment": "regular",
                "email": "",
                "created_at": now,
                "updated_at": now,
            }
        )
        cid = course_ids[n // 100]
        enrollments.append(
            {
                "id": uuid.uuid4(),
                "course_id": cid,
                "teacher_id": tid,
                "seat_no": n % 100 + 1,
                "completed": True,
                "created_at": now,
                "updated_at": now,
            }
        )
        awards.append(
            {
                "id": uuid.uuid4(),
                "teacher_id": tid,
                "course_id": cid,
                "hours": 3,
                "status": "awarded",
                "trace": [],
                "rule_set_version": "2009-10-08",
                "computed_at": now,
                "created_at": now,
                "updated_at": now,
            }
        )
    with db.session() as s:
        for model, rows in ((Course, courses), (Teacher, teachers), (Enrollment, enrollments), (HourAward, awards)):
            s.execute(insert(table_of(model)), rows)


def fresh(template: Path, folder: Path, name: str) -> Database:
    path = folder / f"{name}.sqlite3"
    shutil.copy(template, path)
    return Database(str(path))


def issue(db: Database, output: certificates.Output, out: Path | None) -> tuple[float, int]:
    started = time.perf_counter()
    with db.session() as s:
        result = certificates.issue_certificates(s, console_user(), certificates.Selection(roc_year=115), output=output)
        if out is not None and result.document is not None:
            out.write_bytes(result.document)
    return time.perf_counter() - started, len(result.issued)


def bare_loop(db: Database, count: int) -> float:
    """The same pages (taken from the issued snapshots) drawn into one PDF with nothing else around."""
    from sqlalchemy import select

    from ntip_desktop.models import Certificate

    with db.session() as s:
        rows = s.execute(select(Certificate.snapshot, Certificate.code).order_by(Certificate.serial)).all()
    pages = [page_of(snapshot, code) for snapshot, code in rows][:count]
    started = time.perf_counter()
    render_certificates(pages)
    return time.perf_counter() - started


def breakdown(profile: pstats.Stats, total: float) -> list[tuple[str, float]]:
    """Cumulative seconds of the functions that stand for each kind of work."""
    parts = {
        "QR encoding": ("certificate.py", "qr_matrix"),
        "page layout (wrapping, positions)": ("certificate.py", "_layout"),
        "page drawing into the file": ("certificate.py", "draw_page"),
        "the page's hash (coded as alone + SHA-256)": ("certificate.py", "_hash_as_alone"),
        "saving the PDF (font subsetting, compression)": ("certificate.py", "finish"),
        "HMAC codes": ("codes.py", "compute_code"),
        "loading and checking awards": ("issuing.py", "_sort_out"),
        "database writes (rows, audit entries)": ("issuing.py", "_write"),
        "commit": ("session.py", "commit"),
    }
    stats = profile.stats  # type: ignore[attr-defined]
    found: dict[str, float] = {}
    for label, (file, func) in parts.items():
        found[label] = sum(v[3] for (f, _line, fn), v in stats.items() if f.endswith(file) and fn == func)
    return [(k, v) for k, v in found.items()] + [("total", total)]


def gui_frames(template: Path, folder: Path) -> None:
    """The batch as the 時數證明 page runs it (``TaskRunner.run_long``, progress dialog after 500 ms) while a
    10 ms timer on the GUI thread notes the longest gap between its ticks: a gap is a frame the window could
    not paint. Offscreen Qt unless QT_QPA_PLATFORM says otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    from ntip_desktop.views.operations import certificates as ops
    from ntip_desktop.views.tasks import TaskRunner, freeze_long_lived

    app = QApplication.instance() or QApplication([])
    db = fresh(template, folder, "gui")
    runner = TaskRunner(db)
    window = QLabel("時數證明：發給研習時數證明")  # the program's window is on screen when a batch starts
    window.resize(1180, 740)
    window.show()
    settle = time.perf_counter() + 0.3
    while time.perf_counter() < settle:
        app.processEvents()
    freeze_long_lived()  # as the program does after sign-in
    gaps: list[tuple[float, float]] = []  #: (gap, seconds after the start when it began)
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0], last[0] - started))
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    results: list[ops.Issued] = []
    loop = QEventLoop()
    runner.idle.connect(loop.quit)
    started = time.perf_counter()
    timer.start()
    last[0] = time.perf_counter()
    task = runner.run_long(
        ops.issue_job(console_user(), certificates.Selection(roc_year=115), "pdf", folder / "gui.pdf"),
        on_done=results.append,
        description="發給研習時數證明",
        parent=window,
    )
    loop.exec()
    timer.stop()
    seconds = time.perf_counter() - started
    runner.shutdown()
    window.close()
    issued = len(results[0].result.issued) if results else 0
    longest, at = max(gaps) if gaps else (0.0, 0.0)
    over = sum(1 for gap, _at in gaps if gap > 0.1)
    print(
        f"GUI thread while the page's batch runs: {issued} certificates in {seconds:.2f} s, "
        f"progress dialog {'shown' if task.dialog_was_shown else 'not shown'}, {len(gaps)} timer ticks of 10 ms, "
        f"{over} gaps over 100 ms"
    )
    print(f"longest GUI frame: {longest * 1000:.0f} ms (at {at:.2f} s; target: none over 100 ms)")
    del app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    import reportlab.lib.rl_accel as accel

    accelerated = type(accel.fp_str).__name__ == "builtin_function_or_method"
    print(f"reportlab C accelerator (rl_accel): {'in use' if accelerated else 'MISSING (pip install rl_accel)'}")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = folder / "template.sqlite3"
        db = Database(str(template))
        db.upgrade(backup=False)
        started = time.perf_counter()
        build(db, args.count, args.seed)
        db.dispose()
        print(f"database with {args.count} awards built in {time.perf_counter() - started:.1f} s")

        warm = fresh(template, folder, "warm")  # registers the font, imports everything once
        issue(warm, "pdf", None)

        # Three rounds, each an issue on a fresh copy then the bare loop on its pages, medians compared: the
        # first drawing after a large batch runs slower (the allocator taking memory back), so one round
        # would flatter or blame either side.
        issued, bares = [], []
        for round_ in range(ROUNDS):
            one = fresh(template, folder, f"one{round_}")
            seconds, n = issue(one, "pdf", folder / "batch.pdf")
            issued.append(seconds)
            bares.append(bare_loop(one, n))
            one.dispose()
        seconds, bare = statistics.median(issued), statistics.median(bares)
        size = (folder / "batch.pdf").stat().st_size
        print(f"bare reportlab loop, one PDF: {n} pages in {bare:.2f} s = {n / bare:.0f} pages/s (median of {ROUNDS})")
        print(
            f"issue + one PDF:              {n} certificates in {seconds:.2f} s = {n / seconds:.0f} certificates/s "
            f"({size / 1024 / 1024:.1f} MiB, median of {ROUNDS}); ratio to the bare loop {seconds / bare:.2f}"
        )
        print("  rounds (issue / bare, s): " + ", ".join(f"{a:.2f} / {b:.2f}" for a, b in zip(issued, bares)))
        zipped = fresh(template, folder, "zip")
        seconds_zip, n = issue(zipped, "zip", folder / "batch.zip")
        print(
            f"issue + ZIP (a PDF each):     {n} certificates in {seconds_zip:.2f} s = {n / seconds_zip:.0f} "
            f"certificates/s; ratio to the bare loop {seconds_zip / bare:.2f}"
        )
        records = fresh(template, folder, "none")
        seconds_none, n = issue(records, "none", None)
        print(f"issue, records only:          {n} certificates in {seconds_none:.2f} s = {n / seconds_none:.0f}/s")

        gui_frames(template, folder)

        profiled = fresh(template, folder, "profiled")
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        issue(profiled, "pdf", None)
        profiler.disable()
        total = time.perf_counter() - started
        stats = pstats.Stats(profiler, stream=io.StringIO())
        print("where the time goes (issue + one PDF, under cProfile, which slows everything):")
        for label, secs in breakdown(stats, total):
            print(f"  {label:<48} {secs:6.2f} s  {100 * secs / total:5.1f} %")


if __name__ == "__main__":
    main()
