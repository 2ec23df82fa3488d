"""Take the README's screenshots of the real program at 1366×800: sign-in, audit log, fax desk (also in English).

Run on a demo database under a (virtual) display, e.g.::

    .venv/bin/ntip --db demo.sqlite3 demo seed --scale small
    xvfb-run -s "-screen 0 1366x800x24" .venv/bin/python docs/screenshots/take_screenshots.py --db demo.sqlite3

It signs in as the demo administrator, opens 稽核紀錄, searches it for the course awarded last and selects
its entry (``login.png``, ``main-window.png``); then as the demo district clerk opens a received fax on 帳號審核
(``accounts-desk.png``), and the same in English (``accounts-desk-en.png``); then opens a submitted course
on 課程審核 with its checklist (``courses-desk.png``, and as the coordinator); then 出席登錄 as the coordinator
and as certificate staff (``attendance-coordinator.png``, ``attendance-certstaff.png``); then 時數證明 as
certificate staff, issuing the busiest awarded course's certificates through the page first
(``certificates-desk.png``: this writes certificates into the demo database); then 月報傳報 as the coordinator
(March chosen for export) and as the clerk with a school's 傳報檔 opened (``reports-coordinator.png``,
``reports-clerk.png``: this changes a course title and registers a computer in the demo database); then 設定
as the administrator with the users table (``settings-users.png``); then 統計報表 as the clerk and the
administrator (``stats-clerk.png``, ``stats-admin.png``); last the first run of a new school computer from the
coordinator's school's starter file, made by the clerk (``first-run-starter.png``: this marks that school's
records as sent in the demo database). Files go beside this script; ``--only stats`` (and the other groups'
names) takes some of them.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QSettings, QTimer

from ntip_desktop.models import ApplicationState
from ntip_desktop.services import accounts, auth
from ntip_desktop.services.accounts import ApplicationFilter
from ntip_desktop.services.db import open_database
from ntip_desktop.views.app import create_application, install_translations
from ntip_desktop.views.login import LoginDialog
from ntip_desktop.views.startup import Desk

HERE = Path(__file__).resolve().parent


def wait_until(condition, timeout_ms: int = 30_000) -> None:  # type: ignore[no-untyped-def]
    waited = 0
    while not condition():
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        waited += 50
        if waited > timeout_ms:
            raise SystemExit("timed out waiting for the program")


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


SIZE = (1366, 800)


def signed_in(db: str, login: str) -> Desk:
    desk = Desk(db)
    desk.window.resize(*SIZE)
    desk.start()
    wait_until(lambda: isinstance(desk.dialog, LoginDialog) and desk.dialog.isVisible())
    dialog: LoginDialog = desk.dialog
    dialog.login_edit.setText(login)
    dialog.password_edit.setText("ntipdemo")
    settle()
    return desk


def received_fax_number(db: str) -> str:
    """A received fax in the demo clerk's district, as the clerk would have it on the desk."""
    with open_database(db).session() as s:
        clerk = auth.authenticate(s, "clerk", "ntipdemo")
        rows = accounts.list_applications(s, clerk, ApplicationFilter(states=(ApplicationState.FAX_RECEIVED,)), limit=1)
        return rows[0].number


def last_awarded_course(db: str) -> str:
    """The code of the course whose hours were awarded last (the newest such entry of the audit log)."""
    from ntip_desktop.services import audit

    with open_database(db).session() as s:
        entries = audit.list_entries(s, auth.console_user(), audit.AuditFilter(entity="course"), limit=50)
        return next(e.entity_id for e in entries if e.action == "award")


def fax_desk(db: str, out: Path, name: str) -> None:
    desk = signed_in(db, "clerk")
    desk.dialog.submit()
    wait_until(lambda: desk.window.user is not None)
    page = desk.window.show_page("accounts")
    wait_until(lambda: not desk.runner.busy and page.model.rowCount() > 0)
    page.open_number(received_fax_number(db))
    wait_until(lambda: not desk.runner.busy and page.current is not None)
    settle()
    desk.window.grab().save(str(out / name))
    desk.runner.wait_idle()
    desk.shutdown()


def art9_course(db: str, login: str) -> str | None:
    """A course in ``login``'s queue whose Art 9 check fails, if there is one."""
    from ntip_desktop.services import courses

    with open_database(db).session() as s:
        user = auth.authenticate(s, login, "ntipdemo")
        rows = courses.list_courses(s, user, courses.CourseFilter(failing_check="art9.restricted"), limit=1)
        return rows[0].code if rows else None


def course_desk(db: str, out: Path, name: str, login: str = "clerk") -> None:
    """The review desk as ``login`` sees it, with the first course of the queue open at its checklist."""
    desk = signed_in(db, login)
    desk.dialog.submit()
    wait_until(lambda: desk.window.user is not None)
    page = desk.window.show_page("courses")
    wait_until(lambda: not desk.runner.busy and page.model.rowCount() > 0)
    code = art9_course(db, login)
    if code:  # the course a reviewer must act on: an Art 9 hit, shown failing
        page.open_code(code)
    else:
        page.table.setFocus()
        page.table.selectRow(0)
    wait_until(lambda: not desk.runner.busy and page.current is not None)
    page.detail_pane.checklist.focus_checklist()
    settle()
    desk.window.grab().save(str(out / name))
    desk.runner.wait_idle()
    desk.shutdown()


def attendance_course(db: str, login: str) -> tuple[str, int]:
    """The course with the most teachers in ``login``'s list, and the row of its first teacher with an absence."""
    from ntip_desktop.services import attendance

    with open_database(db).session() as s:
        user = auth.authenticate(s, login, "ntipdemo")
        listed = attendance.list_attendance_courses(s, user, limit=50)
        best = max(listed, key=lambda c: c.teachers)
        grid = attendance.load_grid(s, user, best.id)
        marked = {enrollment for enrollment, _segment in grid.marks}
        row = next((i for i, r in enumerate(grid.rows) if r.enrollment_id in marked), 0)
        return best.code, row


def attendance_desk(db: str, out: Path, name: str, login: str) -> None:
    """出席登錄 as ``login`` sees it: the busiest course of their list open, a teacher with an absence selected."""
    desk = signed_in(db, login)
    desk.dialog.submit()
    wait_until(lambda: desk.window.user is not None)
    page = desk.window.show_page("attendance")
    wait_until(lambda: not desk.runner.busy and page.model.rowCount() > 0)
    code, row = attendance_course(db, login)
    page.open_code(code)
    wait_until(lambda: not desk.runner.busy and page.grid is not None)
    page.grid_view.setFocus()
    column = next(
        (c for c in range(page.grid_model.columnCount()) if page.grid_model.mark_at(row, c) is not None),
        page.grid_model.columnCount() - 1,
    )
    page.grid_view.setCurrentIndex(page.grid_model.index(row, column))
    wait_until(lambda: not desk.runner.busy)
    settle()
    desk.window.grab().save(str(out / name))
    desk.runner.wait_idle()
    desk.shutdown()


def certificates_course(db: str) -> str:
    """The awarded course with the most teachers awarded hours (the demo issues no certificates itself)."""
    from ntip_desktop.services import certificates

    with open_database(db).session() as s:
        staff = auth.authenticate(s, "certstaff", "ntipdemo")
        listed = certificates.list_certificate_courses(s, staff, limit=50)
        return max(listed, key=lambda c: (c.awards, c.code)).code


def certificates_desk(db: str, out: Path, name: str) -> None:
    """時數證明 as certificate staff see it: the busiest awarded course issued through the page (as one PDF into
    a temporary folder), its teachers and certificate numbers listed, a teacher selected."""
    from ntip_desktop.services.certificates import Selection

    desk = signed_in(db, "certstaff")
    desk.dialog.submit()
    wait_until(lambda: desk.window.user is not None)
    page = desk.window.show_page("certificates")
    wait_until(lambda: not desk.runner.busy and page.model.rowCount() > 0)
    code = certificates_course(db)
    page.open_code(code)
    wait_until(lambda: not desk.runner.busy and page.course is not None)
    if page.course.pending:
        with tempfile.TemporaryDirectory() as folder:
            page.start_issue(Selection(course_code=code), "pdf", Path(folder) / "certificates.pdf")
            wait_until(lambda: page.issue_task is None and page.active_dialog is not None and not desk.runner.busy)
        page.active_dialog.close()
        desk.window.statusBar().clearMessage()  # it names the temporary file
    wait_until(lambda: not desk.runner.busy and page.course is not None and page.course.issued > 0)
    page.award_view.setFocus()
    page.award_view.selectRow(min(2, page.awards.rowCount() - 1))
    settle()
    desk.window.grab().save(str(out / name))
    desk.runner.wait_idle()
    desk.shutdown()


def report_package(db: str, folder: Path) -> Path:
    """March 2026 of the demo coordinator's school exported from a copy of the demo database (the school's
    laptop), where one course title was changed; the office changed the same title differently meanwhile and
    registered the laptop: the file previews with one conflict."""
    import shutil

    from sqlalchemy import select, update

    from ntip_desktop.models import Course, Organization
    from ntip_desktop.services import packages

    laptop = folder / "laptop.sqlite3"
    shutil.copy(db, laptop)
    with open_database(str(laptop)).session() as s:
        coordinator = auth.authenticate(s, "coordinator", "ntipdemo")
        org = s.execute(select(Organization).where(Organization.id == coordinator.organization_id)).scalar_one()
        course = (
            s.execute(
                select(Course)
                .where(Course.organizer_id == org.id, Course.start_at >= "2026-03-01")
                .order_by(Course.start_at)
            )
            .scalars()
            .first()
        )
        assert course is not None
        s.execute(update(Course).where(Course.id == course.id).values(title=course.title + "（學校更正）"))
        path = folder / f"傳報檔-{org.code}-11503.zip"
        packages.export_package(s, coordinator, org.code, (2026, 3), path)
    with open_database(db).session() as s:
        clerk = auth.authenticate(s, "clerk", "ntipdemo")
        s.execute(update(Course).where(Course.id == course.id).values(title=course.title + "（區管中心更正）"))
        packages.trust_installation(s, clerk, packages.installation_line(), org.code, "志清國中教務處筆電")
    return path


def reports_desk(db: str, out: Path) -> None:
    """月報傳報 as the coordinator sees it (export, March chosen) and as the clerk sees a school's file opened."""
    with tempfile.TemporaryDirectory() as folder:
        path = report_package(db, Path(folder))
        desk = signed_in(db, "coordinator")
        desk.dialog.submit()
        wait_until(lambda: desk.window.user is not None)
        page = desk.window.show_page("reports")
        wait_until(lambda: not desk.runner.busy and bool(page.org_field.text()))
        for combo in (page.first_month, page.last_month):
            combo.setCurrentIndex(combo.findData(202603))
        page.export_package_to(Path(folder) / "mine.zip")
        wait_until(lambda: not desk.runner.busy and page.last_export is not None)
        page.export_status.setText(page.export_status.text().replace(folder, "…"))
        desk.window.statusBar().clearMessage()  # it names the temporary file
        settle()
        desk.window.grab().save(str(out / "reports-coordinator.png"))
        desk.runner.wait_idle()
        desk.shutdown()
        desk = signed_in(db, "clerk")
        desk.dialog.submit()
        wait_until(lambda: desk.window.user is not None)
        page = desk.window.show_page("reports")
        wait_until(lambda: not desk.runner.busy)
        page.open_package_at(path)
        wait_until(lambda: not desk.runner.busy and page.opened is not None)
        page.summary.setText(page.summary.text().replace(folder, "…"))
        settle()
        desk.window.grab().save(str(out / "reports-clerk.png"))
        desk.runner.wait_idle()
        desk.shutdown()


def settings_desk(db: str, out: Path) -> None:
    """設定 as the administrator sees it: the users table with the demo coordinator selected."""
    desk = signed_in(db, "admin")
    desk.dialog.submit()
    wait_until(lambda: desk.window.user is not None)
    page = desk.window.show_page("settings")
    wait_until(lambda: not desk.runner.busy and page.users_model.rowCount() > 0)
    logins = [page.users_model.index(r, 0).data() for r in range(page.users_model.rowCount())]
    page.users_table.setFocus()
    page.users_table.selectRow(logins.index("coordinator") if "coordinator" in logins else 0)
    settle()
    desk.window.grab().save(str(out / "settings-users.png"))
    desk.runner.wait_idle()
    desk.shutdown()


def stats_desk(db: str, out: Path) -> None:
    """統計報表 as the demo district clerk (their district's courses of last school year by month: a line chart)
    and as the administrator (every county's courses by organiser: the chart keeps the top 20, the table all)."""
    for login, name, topic, by in (
        ("clerk", "stats-clerk.png", "courses", "month"),
        ("admin", "stats-admin.png", "courses", "organizer"),
    ):
        desk = signed_in(db, login)
        desk.dialog.submit()
        wait_until(lambda desk=desk: desk.window.user is not None)
        page = desk.window.show_page("stats")
        wait_until(lambda desk=desk, page=page: not desk.runner.busy and page.figures is not None)
        page.choose(page.topic, topic)
        page.choose(page.year, page.year.itemData(1))  # last school year: a whole year of the demo's courses
        page.choose(page.grouping, by)
        wait_until(lambda desk=desk, page=page, by=by: not desk.runner.busy and page.figures.filter.by.value == by)
        settle(600)
        desk.window.grab().save(str(out / name))
        desk.runner.wait_idle()
        desk.shutdown()


def first_run_starter(db: str, out: Path) -> None:
    """A new school computer's first run, the coordinator's school's starter file picked and checked."""
    from ntip_desktop.services import packages
    from ntip_desktop.views.first_run import FirstRunDialog

    with tempfile.TemporaryDirectory() as folder:
        starter = Path(folder) / "學校設定檔.zip"
        database = open_database(db)
        try:
            with database.session() as s:
                clerk = auth.authenticate(s, "clerk", "ntipdemo")
                coordinator = auth.authenticate(s, "coordinator", "ntipdemo")
                code = packages.own_organization(s, coordinator)
                assert code is not None
                packages.export_starter(s, clerk, org_code=code[0], coordinator_login="coordinator", out_path=starter)
        finally:
            database.dispose()
        desk = Desk(str(Path(folder) / "學校.sqlite3"))
        desk.window.resize(*SIZE)
        desk.start()
        wait_until(lambda: isinstance(desk.dialog, FirstRunDialog) and desk.dialog.isVisible())
        wizard: FirstRunDialog = desk.dialog
        wizard.load_starter(starter)
        wait_until(lambda: wizard.pages.currentIndex() == 1)
        wizard.starter_password.setText("ntipdemo1")
        settle()
        wizard.grab().save(str(out / "first-run-starter.png"))
        desk.runner.wait_idle()
        desk.shutdown()


def main_window_shots(db: str, out: Path) -> None:
    """The sign-in dialog, then 稽核紀錄 as the administrator with the course awarded last found and verified."""
    desk = signed_in(db, "admin")
    login: LoginDialog = desk.dialog
    login.grab().save(str(out / "login.png"))
    login.submit()
    wait_until(lambda: desk.window.user is not None)
    page = desk.window.show_page("audit")
    wait_until(lambda: not desk.runner.busy and page.model.rowCount() > 0)
    page.keyword.setText(last_awarded_course(db))  # its entry and its teachers' awards, by name
    page.apply_filter()
    wait_until(lambda: not desk.runner.busy and not page.model.loading and page.model.rowCount() > 0)
    page.table.selectRow(0)
    page.verify()
    wait_until(lambda: page.verify_button.isEnabled())
    settle()
    desk.window.grab().save(str(out / "main-window.png"))
    desk.runner.wait_idle()
    desk.shutdown()


#: The groups of screenshots ``--only`` can choose (all of them by default, in this order).
GROUPS = (
    "main",
    "accounts",
    "courses",
    "attendance",
    "certificates",
    "reports",
    "settings",
    "stats",
    "starter",
    "english",
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="a demo database (ntip demo seed)")
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument(
        "--only", action="append", choices=GROUPS, help="take only these groups of screenshots (repeatable)"
    )
    args = parser.parse_args()
    only = set(args.only or GROUPS)
    app = create_application()
    with tempfile.TemporaryDirectory() as settings:  # do not touch the user's remembered window state
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
        if "main" in only:
            main_window_shots(args.db, args.out)
        if "accounts" in only:
            fax_desk(args.db, args.out, "accounts-desk.png")
        if "courses" in only:
            course_desk(args.db, args.out, "courses-desk.png")
            course_desk(args.db, args.out, "courses-desk-coordinator.png", login="coordinator")
        if "attendance" in only:
            attendance_desk(args.db, args.out, "attendance-coordinator.png", login="coordinator")
            attendance_desk(args.db, args.out, "attendance-certstaff.png", login="certstaff")
        if "certificates" in only:
            certificates_desk(args.db, args.out, "certificates-desk.png")
        if "reports" in only:
            reports_desk(args.db, args.out)
        if "settings" in only:
            settings_desk(args.db, args.out)
        if "stats" in only:
            stats_desk(args.db, args.out)
        if "starter" in only:
            first_run_starter(args.db, args.out)
        if "english" in only:
            install_translations(app, QLocale("en"))
            fax_desk(args.db, args.out, "accounts-desk-en.png")
    QCoreApplication.processEvents()
    print(
        f"saved login.png, main-window.png, accounts-desk.png, accounts-desk-en.png, courses-desk.png,"
        f" courses-desk-coordinator.png, attendance-*.png, certificates-desk.png, reports-*.png, settings-users.png, stats-*.png and first-run-starter.png"
        f" (those of {', '.join(g for g in GROUPS if g in only)}) in {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
