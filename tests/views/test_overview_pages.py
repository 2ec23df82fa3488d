"""The pages whose work screens come later: what the database holds, in the user's scope, and nothing that
pretends to work."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from account_world import SCHOOL_KHH, SCHOOL_TPE, World
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton
from sqlalchemy import select

from ntip_desktop.models import (
    Absence,
    AbsenceReason,
    AwardStatus,
    Certificate,
    CertificateState,
    Course,
    CourseState,
    Delivery,
    Enrollment,
    HourAward,
    Organization,
    ReportMonth,
    ReportState,
    Segment,
    SegmentKind,
    Teacher,
)
from ntip_desktop.services.db import Database
from ntip_desktop.views.main_window import MainWindow
from ntip_desktop.views.tasks import TaskRunner
from ntip_desktop.views.widgets.overview_page import OverviewPage

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


def _course(code: str, org: Organization, state: CourseState) -> Course:
    return Course(
        code=code,
        title=f"研習 {code}",
        organizer_id=org.id,
        organizer_category=1,
        start_at=datetime(2026, 10, 7, 9),
        end_at=datetime(2026, 10, 7, 12),
        delivery=Delivery.IN_PERSON,
        state=state,
        school_year=115,
    )


@pytest.fixture
def records(database: Database, world: World) -> None:
    """Courses at 建國中學 (臺北) and 高雄中學, attendance, awards, certificates and report months."""
    now = datetime.now(UTC)
    with database.session() as s:
        tpe, khh = (
            s.execute(select(Organization).where(Organization.code == c)).scalar_one() for c in (SCHOOL_TPE, SCHOOL_KHH)
        )
        approved = _course("1150000001", tpe, CourseState.APPROVED)
        s.add_all(
            [
                approved,
                _course("1150000002", tpe, CourseState.SUBMITTED),
                _course("1150000003", tpe, CourseState.SUBMITTED),
                _course("1150000004", khh, CourseState.SUBMITTED),
            ]
        )
        s.flush()
        segment = Segment(
            course_id=approved.id,
            label="s1",
            start_at=datetime(2026, 10, 7, 9),
            end_at=datetime(2026, 10, 7, 12),
            kind=SegmentKind.INSTRUCTION,
        )
        teachers = [Teacher(national_id=f"A12345678{i}", name=f"老師{i}", organization_id=tpe.id) for i in range(3)]
        s.add(segment)
        s.add_all(teachers)
        s.flush()
        enrollments = [Enrollment(course_id=approved.id, teacher_id=t.id, seat_no=n) for n, t in enumerate(teachers, 1)]
        s.add_all(enrollments)
        s.flush()
        s.add_all(
            [
                Absence(enrollment_id=enrollments[0].id, segment_id=segment.id, minutes=60, reason=AbsenceReason.LEAVE),
                Absence(
                    enrollment_id=enrollments[1].id, segment_id=segment.id, minutes=90, reason=AbsenceReason.UNEXCUSED
                ),
            ]
        )
        awards = [
            HourAward(
                teacher_id=t.id,
                course_id=approved.id,
                hours=h,
                status=st,
                trace=[],
                rule_set_version="test",
                computed_at=now,
            )
            for t, h, st in zip(
                teachers, (3, 3, 0), (AwardStatus.AWARDED, AwardStatus.AWARDED, AwardStatus.VOID_UNEXCUSED)
            )
        ]
        s.add_all(awards)
        s.flush()
        s.add_all(
            [
                Certificate(
                    code="C-0001",
                    number="115-北市-000001",
                    office_code="63",
                    roc_year=115,
                    serial=1,
                    award_id=awards[0].id,
                    hours=3,
                    snapshot={},
                    rule_set_version="test",
                    pdf_sha256="",
                    state=CertificateState.ISSUED,
                    issued_at=now,
                ),
                Certificate(
                    code="C-0002",
                    number="115-北市-000002",
                    office_code="63",
                    roc_year=115,
                    serial=2,
                    award_id=awards[1].id,
                    hours=2,
                    snapshot={},
                    rule_set_version="test",
                    pdf_sha256="",
                    state=CertificateState.SUPERSEDED,
                    issued_at=now,
                ),
            ]
        )
        s.add_all(
            [
                ReportMonth(county_code="63", year=2026, month=9, state=ReportState.CONFIRMED, records=120),
                ReportMonth(county_code="63", year=2026, month=10, state=ReportState.UPLOADED, records=80),
                ReportMonth(county_code="64", year=2026, month=10, state=ReportState.OPEN, records=5),
            ]
        )


def _shown(window: MainWindow, runner: TaskRunner, key: str) -> dict[str, dict[str, str]]:
    """What the page shows: each group's title → {line label: value}, as read off the screen."""
    page = window.show_page(key)
    assert isinstance(page, OverviewPage)
    assert runner.wait_idle()
    shown: dict[str, dict[str, str]] = {}
    for box in page.findChildren(QGroupBox):
        form = box.layout()
        assert isinstance(form, QFormLayout)
        lines = {}
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            value = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            lines[label.text()] = value.text()
        shown[box.title()] = lines
    return shown


def test_certificates_and_reports(window: MainWindow, world: World, runner: TaskRunner, records: None) -> None:
    window.sign_in(world.admin)
    shown = _shown(window, runner, "certificates")
    hours = shown["研習時數（依核算結果，人次）"]
    assert (hours["核給時數"], hours["曠課達三分之一不予核給"], hours["核給時數合計（小時）"]) == ("2", "1", "6")
    assert shown["研習時數證明"] == {"有效": "1", "已失效（時數重算）": "1", "已撤銷": "0"}

    reports = _shown(window, runner, "reports")
    assert reports["月報（依狀態，縣市×月份）"] == {
        "傳報中": "1",
        "已上傳待確認": "1",
        "已確認": "1",
        "更正中": "0",
        "更正案件": "0",
    }
    assert list(reports["最近的月報（傳報筆數）"].items())[:2] == [
        ("115年10月 臺北市", "80　已上傳待確認"),
        ("115年10月 高雄市", "5　傳報中"),
    ]


def test_a_coordinator_counts_only_the_report_months_of_their_county(
    window: MainWindow, world: World, runner: TaskRunner, records: None
) -> None:
    window.sign_in(world.coordinator)  # 建國中學, in 臺北市
    reports = _shown(window, runner, "reports")
    assert reports["月報（依狀態，縣市×月份）"]["傳報中"] == "0"
    assert list(reports["最近的月報（傳報筆數）"]) == ["115年10月 臺北市", "115年9月 臺北市"]


def test_overview_pages_say_the_work_screens_come_later_and_offer_nothing_else(
    window: MainWindow, world: World, runner: TaskRunner
) -> None:
    window.sign_in(world.admin)
    for key in ("certificates", "reports"):
        page = window.show_page(key)
        assert runner.wait_idle()
        notice = page.findChild(QLabel, "laterNotice").text()
        assert "之後的版本提供" in notice and "不能在此處理案件" in notice
        assert [b.text() for b in page.findChildren(QPushButton)] == ["重新整理"]
        assert page.state_line.text().startswith("資料時間：")
