"""The 時數證明 page as certificate staff use it: the awarded courses, issuing a course as one PDF (and a
cancelled batch issuing nothing), what could not be issued and why, the preview and printing, verifying a
code, re-issuing and revoking with a reason, the annual record, seals and printer offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from attendance_world import AttendanceWorld, build_attendance_world
from pdf_reading import pdf_pages, pdf_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from ntip_desktop.errors import PermissionDenied
from ntip_desktop.models import (
    Certificate,
    CertificateState,
    CertificateVerification,
    Enrollment,
    Organization,
    Teacher,
)
from ntip_desktop.services import attendance, certificates
from ntip_desktop.services.certificates import Selection
from ntip_desktop.services.db import Database
from ntip_desktop.services.rules.ids import make_id
from ntip_desktop.views.certificates.page import CertificatesPage
from ntip_desktop.views.main_window import MainWindow
from ntip_desktop.views.tasks import TaskRunner

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)

NO_SCHOOL = "陳無校"


@dataclass
class Desk:
    page: CertificatesPage
    window: MainWindow
    runner: TaskRunner
    database: Database
    world: AttendanceWorld
    errors: list[str]

    def settle(self) -> None:
        QApplication.processEvents()
        assert self.runner.wait_idle(30_000)
        QApplication.processEvents()

    def open(self, qtbot: Any, code: str) -> None:
        page = self.page
        with qtbot.waitSignal(page.detail_shown, timeout=10_000):
            qtbot.keyClicks(page.code_field, code)
            qtbot.keyClick(page.code_field, Qt.Key.Key_Return)
        self.settle()

    def cell(self, row: int, column: int) -> str:
        model = self.page.awards
        return str(model.data(model.index(row, column)) or "")

    def certificates(self) -> list[tuple[str, str, CertificateState, str]]:
        """(number, holder, state, end reason) of every certificate, as stored."""
        with self.database.session() as s:
            rows = s.execute(select(Certificate).order_by(Certificate.serial)).scalars()
            return [(c.number, c.snapshot["holder_name"], c.state, c.end_reason or "") for c in rows]

    def issue_course(self, qtbot: Any, path: Path) -> Any:
        """Ctrl+Enter on the open course, the file typed in, 發給並存檔; returns the result dialog."""
        self.window.activateWindow()
        qtbot.keyClick(self.page.award_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        dialog = self.page.active_dialog
        assert dialog is not None and dialog.course_choice.isChecked() and dialog.pdf_choice.isChecked()
        dialog.path.setText(str(path))
        dialog.issue_button.click()
        qtbot.waitUntil(lambda: self.page.issue_task is None, timeout=30_000)
        self.settle()
        return self.page.active_dialog


def awarded_world(database: Database, teachers: int = 4) -> AttendanceWorld:
    """The attendance world's course with ``teachers`` teachers and one more without a school, awarded."""
    world = build_attendance_world(database, teachers=teachers)
    with database.session() as s:
        teacher = Teacher(national_id=make_id("F", "19000001"), name=NO_SCHOOL, organization_id=None)
        s.add(teacher)
        s.flush()
        s.add(Enrollment(course_id=world.course.id, teacher_id=teacher.id, seat_no=teachers + 1))
    with database.session() as s:
        attendance.award_course(s, world.admin, world.course.id)
    return world


@pytest.fixture
def world(database: Database) -> AttendanceWorld:  # type: ignore[override]
    return awarded_world(database)


def _desk(window: MainWindow, world: AttendanceWorld, runner: TaskRunner, database: Database, user: Any) -> Desk:
    errors: list[str] = []
    runner.presenter = lambda exc: errors.append(exc.message)
    window.sign_in(user)
    page = window.show_page("certificates")
    assert isinstance(page, CertificatesPage)
    desk = Desk(page, window, runner, database, world, errors)
    desk.settle()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    return desk


@pytest.fixture
def desk(window: MainWindow, world: AttendanceWorld, runner: TaskRunner, database: Database, qtbot: Any) -> Desk:
    d = _desk(window, world, runner, database, world.certificate_staff)
    d.open(qtbot, world.course.code.lower())
    return d


def _issue_with_service(desk: Desk) -> certificates.IssueResult:
    with desk.database.session() as s:
        return certificates.issue_certificates(
            s, desk.world.certificate_staff, Selection(course_code=desk.world.course.code)
        )


def test_the_list_counts_certificates_and_the_course_shows_each_award(desk: Desk, qtbot: Any) -> None:
    page = desk.page
    assert page.model.total == 1
    assert [page.model.data(page.model.index(0, c)) for c in (0, 3, 4, 5, 6)] == ["115T0001", "5", "0", "0", "5"]
    assert "115T0001" in page.heading.text() and "尚未發給 5 位" in page.heading.text()
    names = [desk.cell(r, 1) for r in range(page.awards.rowCount())]
    assert names == [*desk.world.teacher_names, NO_SCHOOL]
    assert desk.cell(0, 2).endswith("****") and desk.cell(0, 3) == "6" and desk.cell(0, 5) == "未發"
    assert QApplication.focusWidget() is page.award_view

    _issue_with_service(desk)
    page.refresh()
    desk.settle()
    assert [page.model.data(page.model.index(0, c)) for c in (4, 5, 6)] == ["4", "0", "1"]
    assert re.fullmatch(r"\d{3}-北市-\d{6}", desk.cell(0, 4)) and desk.cell(0, 5) == "有效"
    assert desk.cell(4, 4) == "" and desk.cell(4, 5) == "未發"  # no school: still pending, the batch says why


def test_issue_a_course_as_one_pdf_saves_the_file_with_the_names(desk: Desk, qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "證明.pdf"
    result = desk.issue_course(qtbot, path)
    pdf = path.read_bytes()
    assert pdf_pages(pdf) == 4
    text = pdf_text(pdf)
    assert all(name in text for name in desk.world.teacher_names) and desk.world.course.title in text
    assert sorted(holder for _n, holder, _s, _r in desk.certificates()) == list(desk.world.teacher_names)
    issued = result.issued_tree
    assert sorted(issued.topLevelItem(i).text(1) for i in range(issued.topLevelItemCount())) == list(
        desk.world.teacher_names
    )
    assert desk.window.statusBar().currentMessage().startswith("已發給 4 張研習時數證明，存到")
    assert desk.cell(0, 5) == "有效"  # the page was told and reloaded


def test_a_teacher_who_cannot_be_certified_is_listed_with_the_reason(desk: Desk, qtbot: Any, tmp_path: Path) -> None:
    result = desk.issue_course(qtbot, tmp_path / "c.pdf")
    failed = result.failed_tree
    rows = [[failed.topLevelItem(i).text(c) for c in range(4)] for i in range(failed.topLevelItemCount())]
    assert len(rows) == 1 and rows[0][0] == NO_SCHOOL and "服務學校" in rows[0][3]
    assert "1 位無法發給" in result.summary.text()


def test_a_batch_cancelled_after_its_first_progress_report_issues_nothing(
    window: MainWindow, runner: TaskRunner, database: Database, qtbot: Any, tmp_path: Path
) -> None:
    world = awarded_world(database, teachers=60)
    d = _desk(window, world, runner, database, world.certificate_staff)
    path = tmp_path / "batch.pdf"
    task = d.page.start_issue(Selection(course_code=world.course.code), "pdf", path)
    qtbot.waitUntil(lambda: task.reported[1] > 0, timeout=10_000)  # the batch has started: (0 of 60) reported
    task.cancel()
    d.settle()
    assert d.certificates() == [] and not path.exists()
    assert d.window.statusBar().currentMessage() == "已取消：沒有發出任何證明。"
    assert d.page.issue_task is None and d.page.issue_action.isEnabled() and d.errors == []


def test_the_preview_opens_the_pdf_and_prints_every_page(desk: Desk, qtbot: Any, tmp_path: Path) -> None:
    result = desk.issue_course(qtbot, tmp_path / "c.pdf")
    result.preview_button.click()
    preview = desk.page.preview
    assert preview is not None and preview.page_count == 4  # QPdfDocument.pageCount()
    assert preview.pages.text() == "第 1／4 頁"
    printer = preview.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    run = preview.print_to(printer)
    assert run is not None
    with qtbot.waitSignal(preview.printed, timeout=30_000):
        pass
    assert pdf_pages((tmp_path / "printed.pdf").read_bytes()) == 4
    assert preview.message.text().startswith("已送 4 頁")


def test_verify_a_code_shows_the_words_and_logs_the_check(desk: Desk, qtbot: Any) -> None:
    first = _issue_with_service(desk).issued[0]
    qtbot.keyClick(desk.page.award_view, Qt.Key.Key_F3)
    dialog = desk.page.active_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.field)  # typing starts in the field
    qtbot.keyClicks(dialog.field, first.code.lower().replace("-", " "))
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    desk.settle()
    assert dialog.verdict.text().startswith("真實有效：")
    assert dialog.details["holder"].text() == f"{first.holder_name}（{first.holder_id}）"
    assert first.holder_id.endswith("****")
    assert dialog.details["hours"].text() == "6 小時" and dialog.details["course"].text().startswith("115T0001")
    assert dialog.details["issued"].text().startswith("民國") or "年" in dialog.details["issued"].text()
    qtbot.keyClicks(dialog.field, "ZZZZ-ZZZZ-ZZZZ")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    desk.settle()
    assert dialog.verdict.text().startswith("查無此證明")
    with desk.database.session() as s:
        assert s.scalar(select(func.count()).select_from(CertificateVerification)) == 2


def test_a_superseded_certificate_verifies_as_ended_with_the_replacing_number(desk: Desk, qtbot: Any) -> None:
    old = _issue_with_service(desk).issued[0]
    with desk.database.session() as s:
        new = certificates.reissue_certificate(s, desk.world.certificate_staff, old.number, "原證明遺失").issued[0]
    desk.page.verify()
    dialog = desk.page.active_dialog
    dialog.field.setText(
        old.number
    )  # a number read out over the phone works as well as the code (QTest types Latin-1 only)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    desk.settle()
    verdict = dialog.verdict.text()
    assert verdict.startswith("已失效") and new.number in verdict and "原證明遺失" in verdict


def test_reissue_with_a_reason_supersedes_and_previews_the_new_certificate(desk: Desk, qtbot: Any) -> None:
    _issue_with_service(desk)
    desk.page.refresh()
    desk.settle()
    desk.page.award_view.setCurrentIndex(desk.page.awards.index(1, 0))
    qtbot.keyClick(desk.page.award_view, Qt.Key.Key_F7)
    dialog = desk.page.active_dialog
    dialog.accept()  # no reason: refused in place
    assert dialog.error.isVisible() and dialog.isVisible()
    dialog.text.setPlainText("姓名更正")
    dialog.accept()
    desk.settle()
    stored = [c for c in desk.certificates() if c[1] == desk.world.teacher_names[1]]  # in the order of issue
    assert [(state, reason) for _n, _h, state, reason in stored] == [
        (CertificateState.SUPERSEDED, "姓名更正"),
        (CertificateState.ISSUED, ""),
    ]
    assert desk.page.preview is not None and desk.page.preview.page_count == 1
    assert desk.cell(1, 4) == stored[-1][0] and "補發" in desk.window.statusBar().currentMessage()


def test_revoke_with_a_reason(desk: Desk, qtbot: Any) -> None:
    _issue_with_service(desk)
    desk.page.refresh()
    desk.settle()
    desk.page.award_view.setCurrentIndex(desk.page.awards.index(0, 0))
    desk.page.revoke()
    dialog = desk.page.active_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text)  # the reason is typed at once
    dialog.text.setPlainText("誤發")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    desk.settle()
    revoked = [(state, reason) for _n, holder, state, reason in desk.certificates() if holder == desk.cell(0, 1)]
    assert revoked == [(CertificateState.REVOKED, "誤發")]
    assert desk.cell(0, 5) == "已撤銷" and not desk.page.revoke_action.isEnabled()


def test_print_again_shows_the_selected_certificates_as_issued(desk: Desk, qtbot: Any) -> None:
    _issue_with_service(desk)
    desk.page.refresh()
    desk.settle()
    desk.page.award_view.selectAll()
    qtbot.keyClick(desk.page.award_view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    desk.settle()
    assert desk.page.preview.page_count == 4  # the teacher without a school has none
    assert len(desk.certificates()) == 4  # nothing new was issued


def test_a_teachers_year_is_issued_from_the_id_typed(desk: Desk, qtbot: Any, tmp_path: Path) -> None:
    with desk.database.session() as s:
        national_id = s.execute(
            select(Teacher.national_id).where(Teacher.name == desk.world.teacher_names[2])
        ).scalar_one()
    desk.page.issue()
    dialog = desk.page.active_dialog
    qtbot.keyClicks(dialog.national_id, national_id.lower())
    assert dialog.teacher_choice.isChecked()
    dialog.year.setValue(115)
    dialog.path.setText(str(tmp_path / "year.pdf"))
    dialog.accept()
    qtbot.waitUntil(lambda: desk.page.issue_task is None, timeout=30_000)
    desk.settle()
    assert [holder for _n, holder, _s, _r in desk.certificates()] == [desk.world.teacher_names[2]]


def test_the_annual_record_opens_in_the_preview(desk: Desk, qtbot: Any) -> None:
    with desk.database.session() as s:
        national_id = s.execute(
            select(Teacher.national_id).where(Teacher.name == desk.world.teacher_names[0])
        ).scalar_one()
    qtbot.keyClick(desk.page.award_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = desk.page.active_dialog
    qtbot.keyClicks(dialog.national_id, national_id)
    dialog.year.setValue(115)
    dialog.accept()
    desk.settle()
    preview = desk.page.preview
    assert preview is not None and preview.page_count == 1
    text = pdf_text(preview.data)
    assert desk.world.teacher_names[0] in text and "115T0001" in text


def test_seal_upload_and_printer_offset(desk: Desk, qtbot: Any, tmp_path: Path) -> None:
    seal = QImage(200, 200, QImage.Format.Format_ARGB32)
    seal.fill(QColor("#c62828"))
    assert seal.save(str(tmp_path / "seal.png"))
    desk.page.office_settings()
    desk.settle()
    dialog = desk.page.active_dialog
    with desk.database.session() as s:
        taipei = s.execute(select(Organization.county_code).where(Organization.name.like("%建國%"))).scalar_one()
    dialog.choose_office(taipei)
    desk.settle()
    assert not dialog.remove_seal_button.isEnabled() and "尚未上傳" in dialog.seal.text()
    dialog.upload_seal(tmp_path / "seal.png")
    desk.settle()
    assert dialog.seal.pixmap() is not None and not dialog.seal.pixmap().isNull()
    assert dialog.status.text() == "已儲存印信圖檔。"
    with desk.database.session() as s:
        assert certificates.seal_info(s, taipei) is not None
    dialog.printer.setEditText("辦公室雷射印表機")
    dialog.x_mm.setValue(1.5)
    dialog.y_mm.setValue(-2)
    dialog.save_offset_button.click()
    desk.settle()
    assert dialog.offsets.topLevelItemCount() == 1 and dialog.offsets.topLevelItem(0).text(1) == "1.5 mm"
    dialog.x_mm.setValue(25)  # the spin box keeps it within ±20 mm
    assert dialog.x_mm.value() == 20


def test_a_seal_or_offset_someone_changed_meanwhile_is_refused_reloaded_and_the_typing_kept(
    desk: Desk, qtbot: Any, tmp_path: Path
) -> None:
    """Two clerks with the dialog open: the second's save is refused with who changed it, the dialog shows
    what is stored now, the offset typed stays in its fields, and saving again then goes through."""
    mine = QImage(120, 120, QImage.Format.Format_ARGB32)
    mine.fill(QColor("#1565c0"))
    assert mine.save(str(tmp_path / "mine.png"))
    theirs = QImage(200, 200, QImage.Format.Format_ARGB32)
    theirs.fill(QColor("#c62828"))
    assert theirs.save(str(tmp_path / "theirs.png"))
    desk.page.office_settings()
    desk.settle()
    dialog = desk.page.active_dialog
    dialog.choose_office("63")
    desk.settle()
    assert "尚未上傳" in dialog.seal.text()
    admin = desk.world.admin
    with desk.database.session() as s:  # another clerk, meanwhile
        certificates.store_seal(s, admin, "63", (tmp_path / "theirs.png").read_bytes())

    dialog.upload_seal(tmp_path / "mine.png")
    desk.settle()
    assert dialog.error.isVisible()
    assert re.search(rf"臺北市政府教育局的印信圖檔已由 {admin.display_name} 於 .* 更新", dialog.error.text())
    assert dialog.seal.pixmap() is not None and not dialog.seal.pixmap().isNull()  # theirs, shown now
    with desk.database.session() as s:
        assert certificates.seal_info(s, "63").width_px == 200  # type: ignore[union-attr]

    dialog.printer.setEditText("辦公室雷射印表機")
    dialog.x_mm.setValue(1.5)
    dialog.y_mm.setValue(-2)
    with desk.database.session() as s:  # the other clerk calibrates the same printer first
        certificates.set_printer_offset(s, admin, "辦公室雷射印表機", 3.0, 3.0)
    dialog.save_offset_button.click()
    desk.settle()
    assert "印表機「辦公室雷射印表機」的位移已由" in dialog.error.text()
    assert dialog.offsets.topLevelItem(0).text(1) == "3 mm"  # what is stored now …
    assert (dialog.printer.currentText(), dialog.x_mm.value(), dialog.y_mm.value()) == ("辦公室雷射印表機", 1.5, -2)
    dialog.save_offset_button.click()  # … and what was typed, saved on purpose
    desk.settle()
    assert not dialog.error.isVisible()
    assert dialog.offsets.topLevelItem(0).text(1) == "1.5 mm"
    dialog.upload_seal(tmp_path / "mine.png")
    desk.settle()
    with desk.database.session() as s:
        assert certificates.seal_info(s, "63").width_px == 120  # type: ignore[union-attr]


def test_a_school_coordinator_does_not_get_the_page_and_the_service_refuses(
    window: MainWindow, world: AttendanceWorld, runner: TaskRunner, database: Database
) -> None:
    window.sign_in(world.coordinator)
    assert window.show_page("certificates") is None
    assert "不能使用「時數證明」" in window.statusBar().currentMessage()
    with database.session() as s, pytest.raises(PermissionDenied):
        certificates.list_certificate_courses(s, world.coordinator)
    with database.session() as s, pytest.raises(PermissionDenied):
        certificates.issue_certificates(s, world.coordinator, Selection(course_code=world.course.code))


def test_the_models_pass_qts_model_tester(desk: Desk, qtmodeltester: Any) -> None:
    qtmodeltester.check(desk.page.awards, force_py=True)
    qtmodeltester.check(desk.page.model, force_py=True)
