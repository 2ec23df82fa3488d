"""Hour certificates: issued in batches, stated in the PDF, verifiable, superseded, never half issued."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pypdf
import pytest
from certificate_world import COURSE, TITLE, CertWorld, absent, build_certificate_world
from course_world import START, add_course
from pdf_reading import pdf_barcodes, pdf_flat_text, pdf_pages
from sqlalchemy import func, select, update

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.models import (
    AuditEntry,
    Certificate,
    CertificateSerial,
    CertificateVerification,
    CourseState,
    Setting,
    VerificationOutcome,
)
from ntip_desktop.services import audit, certificates
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.certificates import IssueCancelled, Selection
from ntip_desktop.services.db import Database
from ntip_desktop.services.rules.rocdate import format_roc, local_today, roc_year

YEAR = roc_year(local_today())


@pytest.fixture
def cw(database: Database) -> CertWorld:
    return build_certificate_world(database)


def _issue(database: Database, cw: CertWorld, **kwargs) -> certificates.IssueResult:
    with database.session() as s:
        return certificates.issue_certificates(s, cw.world.certificate_staff, Selection(course_code=COURSE), **kwargs)


def _verify(database: Database, cw: CertWorld, code: str) -> certificates.Verification:
    with database.session() as s:
        return certificates.verify_certificate(s, cw.world.coordinator, code)


def _counts(database: Database) -> dict[str, object]:
    with database.session() as s:
        return {
            "certificates": s.execute(select(func.count()).select_from(Certificate)).scalar_one(),
            "audit": s.execute(select(func.count()).select_from(AuditEntry)).scalar_one(),
            "settings": s.execute(select(func.count()).select_from(Setting)).scalar_one(),
            "serials": sorted(s.execute(select(CertificateSerial.office_code, CertificateSerial.last_serial)).all()),
        }


def test_a_course_batch_issues_numbered_certificates_and_lists_who_got_none(database: Database, cw: CertWorld) -> None:
    result = _issue(database, cw)
    assert [(c.holder_name, c.number, c.hours) for c in result.issued] == [
        ("王大明", f"{YEAR}-北市-000001", 3),
        ("林小華", f"{YEAR}-北市-000002", 3),
    ]
    assert result.issued[0].holder_id == "A12345****"
    reasons = {f.holder_name: f.reason for f in result.failed}
    assert set(reasons) == {"陳志豪", "張曠課"}
    assert "服務學校" in reasons["陳志豪"]
    assert "HRS-4" in reasons["張曠課"]
    again = _issue(database, cw)  # nothing new: each teacher already holds a current certificate
    assert again.issued == () and {f.holder_name for f in again.skipped} == {"王大明", "林小華"}
    with database.session() as s:
        actions = [e.action for e in s.execute(select(AuditEntry).where(AuditEntry.entity == "certificate")).scalars()]
        assert audit.verify(s, console_user()).ok  # the batch's entries extend the hash chain like single ones
    assert actions == ["issue", "issue"]


def test_the_pdf_states_name_title_hours_and_roc_date_with_the_font_embedded_and_a_readable_qr(
    database: Database, cw: CertWorld
) -> None:
    result = _issue(database, cw, output="pdf")
    pdf = result.document
    assert pdf is not None and pdf_pages(pdf) == 2
    words = pdf_flat_text(pdf)
    for expected in ("王大明", "A12345****", "臺北市立建國高級中學", TITLE, "3 小時", "臺北市政府教育局"):
        assert expected in words
    assert format_roc(START.date(), "official") in words  # the course date
    assert format_roc(local_today(), "official") in words  # the issue date
    assert result.issued[0].number in words and result.issued[0].code in words
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert fonts and all("/FontFile2" in f.get_object()["/FontDescriptor"] for f in fonts.values())
    assert pdf_barcodes(pdf, 216) == {"QR Code": result.issued[0].code}


def test_the_stored_hash_is_of_the_certificate_page_as_exported_alone(
    database: Database, cw: CertWorld, tmp_path: Path
) -> None:
    _issue(database, cw, output="pdf")
    with database.session() as s:
        exported = certificates.export_course(s, cw.world.certificate_staff, COURSE, tmp_path)
        stored = dict(s.execute(select(Certificate.number, Certificate.pdf_sha256)).all())
    assert exported.certificates == 2 and exported.uncertified == 1  # 陳志豪 has hours but no school
    for path in exported.files:
        page = pypdf.PdfReader(path).pages[0]
        assert hashlib.sha256(page.get_contents().get_data()).hexdigest() == stored[path.stem]
    with database.session() as s:
        merged = certificates.export_course(s, cw.world.certificate_staff, COURSE, tmp_path, one_file=True)
    assert [p.name for p in merged.files] == [f"{COURSE}.pdf"] and pdf_pages(merged.files[0].read_bytes()) == 2


def test_a_zip_holds_one_pdf_per_teacher(database: Database, cw: CertWorld) -> None:
    result = _issue(database, cw, output="zip")
    assert result.document is not None
    archive = zipfile.ZipFile(io.BytesIO(result.document))
    names = sorted(archive.namelist())
    assert names == [f"{YEAR}-北市-000001_王大明.pdf", f"{YEAR}-北市-000002_林小華.pdf"]
    assert "林小華" in pdf_flat_text(archive.read(names[1]))


def test_verification_finds_genuine_and_unknown_codes_and_logs_every_check(database: Database, cw: CertWorld) -> None:
    issued = _issue(database, cw).issued[0]
    typed = issued.code.replace("-", " ").lower().replace("1", "l")
    found = _verify(database, cw, typed)
    assert found.outcome is VerificationOutcome.GENUINE and found.current
    assert (found.number, found.holder_name, found.holder_id, found.hours) == (issued.number, "王大明", "A12345****", 3)
    assert found.course_code == COURSE and found.issued_on == format_roc(local_today(), "long")
    assert _verify(database, cw, "ZZZZ-ZZZZ-ZZZZ").outcome is VerificationOutcome.UNKNOWN
    assert _verify(database, cw, "not a code").outcome is VerificationOutcome.UNKNOWN
    with database.session() as s:
        outcomes = list(s.execute(select(CertificateVerification.outcome)).scalars())
        assert certificates.count_verifications(s, cw.world.certificate_staff) == 3
    assert sorted(outcomes) == sorted(
        [VerificationOutcome.GENUINE, VerificationOutcome.UNKNOWN, VerificationOutcome.UNKNOWN]
    )


def test_changed_attendance_supersedes_and_issuing_again_replaces_with_new_hours(
    database: Database, cw: CertWorld
) -> None:
    old = _issue(database, cw).issued[0]
    absent(database, cw, "王大明", 60)  # 3 h → 2 h: the attendance service ends the certificate
    superseded = _verify(database, cw, old.code)
    assert superseded.outcome is VerificationOutcome.SUPERSEDED and "出席紀錄變更" in superseded.end_reason
    assert superseded.replaced_by == ""
    again = _issue(database, cw)
    assert [(c.holder_name, c.hours, c.supersedes) for c in again.issued] == [("王大明", 2, old.number)]
    new = again.issued[0]
    assert new.number == f"{YEAR}-北市-000003"
    assert _verify(database, cw, old.code).replaced_by == new.number
    current = _verify(database, cw, new.code)
    assert current.outcome is VerificationOutcome.GENUINE and current.hours == 2


def test_an_explicit_reissue_supersedes_with_its_reason(database: Database, cw: CertWorld) -> None:
    old = _issue(database, cw).issued[1]
    with database.session() as s, pytest.raises(UserError, match="理由"):
        certificates.reissue_certificate(s, cw.world.certificate_staff, old.number, "  ")
    with database.session() as s:
        new = certificates.reissue_certificate(s, cw.world.certificate_staff, old.number, "補發：原證明遺失").issued[0]
    assert new.supersedes == old.number and new.number != old.number
    found = _verify(database, cw, old.code)
    assert found.outcome is VerificationOutcome.SUPERSEDED
    assert (found.end_reason, found.replaced_by) == ("補發：原證明遺失", new.number)
    assert _verify(database, cw, new.code).outcome is VerificationOutcome.GENUINE


def test_revoked_and_altered_certificates_do_not_verify_as_genuine(database: Database, cw: CertWorld) -> None:
    first, second = _issue(database, cw).issued
    with database.session() as s:
        certificates.revoke_certificate(s, cw.world.certificate_staff, first.number, "誤發")
    found = _verify(database, cw, first.code)
    assert found.outcome is VerificationOutcome.REVOKED and found.end_reason == "誤發"
    with database.engine.begin() as conn:  # someone edits the database directly: 3 h become 30 h
        conn.execute(update(Certificate).where(Certificate.number == second.number).values(hours=30))
    assert _verify(database, cw, second.code).outcome is VerificationOutcome.ALTERED


@pytest.mark.parametrize("cancel_after", [0, 1])
def test_a_cancelled_batch_leaves_the_database_as_before(database: Database, cw: CertWorld, cancel_after: int) -> None:
    before = _counts(database)
    seen: list[tuple[int, int]] = []
    with pytest.raises(IssueCancelled), database.session() as s:
        certificates.issue_certificates(
            s,
            cw.world.certificate_staff,
            Selection(course_code=COURSE),
            output="pdf",
            progress=lambda done, total: seen.append((done, total)),
            cancel=lambda: len(seen) > cancel_after,
        )
    assert seen[-1] == (cancel_after, 2)
    assert _counts(database) == before
    # the next batch starts at serial 1: the cancelled one left no gap
    assert _issue(database, cw).issued[0].number == f"{YEAR}-北市-000001"


def test_a_failure_mid_batch_leaves_the_database_as_before(database: Database, cw: CertWorld) -> None:
    before = _counts(database)

    def boom(done: int, total: int) -> None:
        if done == 1:
            raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError), database.session() as s:
        certificates.issue_certificates(s, cw.world.certificate_staff, Selection(course_code=COURSE), progress=boom)
    assert _counts(database) == before


def test_a_school_coordinator_cannot_issue_reissue_or_revoke(database: Database, cw: CertWorld) -> None:
    number = _issue(database, cw).issued[0].number
    coordinator = cw.world.coordinator
    with database.session() as s:
        with pytest.raises(PermissionDenied):
            certificates.issue_certificates(s, coordinator, Selection(course_code=COURSE))
        with pytest.raises(PermissionDenied):
            certificates.reissue_certificate(s, coordinator, number, "x")
        with pytest.raises(PermissionDenied):
            certificates.revoke_certificate(s, coordinator, number, "x")


def _png(size: int = 64) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGBA", (size, size), (200, 0, 0, 255)).save(buffer, "PNG")
    return buffer.getvalue()


def test_an_office_seal_is_checked_stored_and_printed(database: Database, cw: CertWorld) -> None:
    staff = cw.world.certificate_staff
    with database.session() as s:
        with pytest.raises(UserError, match="PNG"):
            certificates.store_seal(s, staff, "63", b"GIF89a not a png")
        with pytest.raises(UserError, match="無法讀取"):
            certificates.store_seal(s, staff, "63", b"\x89PNG\r\n\x1a\n broken")
        with pytest.raises(UserError, match="太大"):
            certificates.store_seal(s, staff, "63", b"\x89PNG\r\n\x1a\n" + b"0" * 1_100_000)
        with pytest.raises(PermissionDenied):
            certificates.store_seal(s, cw.world.coordinator, "63", _png())
        certificates.store_seal(s, staff, "63", _png())
        assert certificates.seal_info(s, "63").width_px == 64
    pdf = _issue(database, cw, output="pdf").document
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    assert any(name.startswith("/FormXob") for name in page["/Resources"]["/XObject"])
    assert len(page.images) == 1


def test_a_printer_offset_moves_the_drawing_but_not_the_hash(database: Database, cw: CertWorld) -> None:
    staff = cw.world.certificate_staff
    with database.session() as s:
        with pytest.raises(UserError, match="20"):
            certificates.set_printer_offset(s, staff, "HP LaserJet 4F", 25, 0)
        certificates.set_printer_offset(s, staff, "HP LaserJet 4F", 2.5, -1.25)
        assert certificates.printer_offset(s, "HP LaserJet 4F") == (2.5, -1.2)
        assert [p.printer for p in certificates.list_printer_offsets(s, staff)] == ["HP LaserJet 4F"]
    plain = _issue(database, cw, output="pdf")
    with database.session() as s:
        stored = dict(s.execute(select(Certificate.number, Certificate.pdf_sha256)).all())
    first = pypdf.PdfReader(io.BytesIO(plain.document)).pages[0].get_contents().get_data()
    assert hashlib.sha256(first).hexdigest() == stored[plain.issued[0].number]
    with database.session() as s:  # printed again on the calibrated printer
        shifted = certificates.reissue_certificate(
            s, staff, plain.issued[0].number, "印表機校正後重印", output="pdf", printer="HP LaserJet 4F"
        )
        new_hash = s.execute(
            select(Certificate.pdf_sha256).where(Certificate.number == shifted.issued[0].number)
        ).scalar_one()
    shifted_page = pypdf.PdfReader(io.BytesIO(shifted.document)).pages[0].get_contents().get_data()
    assert hashlib.sha256(shifted_page).hexdigest() != new_hash  # the hash is of the page without offset
    assert b"1 0 0 1 7.086614 -3.401575 cm" in shifted_page  # 2.5 mm, -1.2 mm in points


def test_the_annual_record_lists_the_years_awards_with_the_total(database: Database, cw: CertWorld) -> None:
    issued = _issue(database, cw).issued[0]
    with database.session() as s:
        pdf = certificates.annual_record_pdf(s, cw.world.certificate_staff, "a123456789", START.year - 1911)
        empty = certificates.annual_record(s, cw.world.certificate_staff, "A123456789", START.year - 1912)
    words = pdf_flat_text(pdf)
    assert "王大明" in words and COURSE in words and issued.number in words
    assert "全年核給研習時數合計：3 小時" in words
    assert empty.rows == () and empty.total == 0


def test_downgrading_and_upgrading_again_keeps_certificates_as_legacy_rows(database: Database, cw: CertWorld) -> None:
    """Revision 0008 down and up: rows made without numbers (before 0008) get their code as number."""
    from ntip_desktop.services.db import migrate

    codes = [c.code.replace("-", "") for c in _issue(database, cw).issued]
    migrate(database.engine, "0007", down=True)
    database.upgrade(backup=False)
    with database.session() as s:
        rows = s.execute(
            select(Certificate.number, Certificate.serial, Certificate.office_code).order_by(Certificate.serial)
        )
        assert [tuple(r) for r in rows] == [(codes[0], 1, ""), (codes[1], 2, "")]


def test_two_clerks_issuing_one_course_at_once_issue_each_certificate_once(database: Database, cw: CertWorld) -> None:
    """PostgreSQL, several clerks: the second batch waits for the office's counter, then finds the first's."""
    if database.dialect != "postgresql":
        pytest.skip("SQLite has one writer at a time: the second clerk waits for the file lock instead")
    import threading

    first = database.new_session()
    try:
        mine = certificates.issue_certificates(first, cw.world.certificate_staff, Selection(course_code=COURSE))
        theirs: list[certificates.IssueResult] = []
        thread = threading.Thread(target=lambda: theirs.append(_issue(database, cw)))
        thread.start()
        thread.join(timeout=1)
        assert thread.is_alive()  # waiting for the counter the first batch holds
        first.commit()
    finally:
        first.close()
    thread.join(timeout=30)
    assert len(mine.issued) == 2 and theirs[0].issued == () and len(theirs[0].skipped) == 2


def test_the_page_lists_awarded_courses_with_their_certificates_counted(database: Database, cw: CertWorld) -> None:
    staff = cw.world.certificate_staff
    with database.session() as s:
        [row] = certificates.list_certificate_courses(s, staff)
        assert certificates.count_certificate_courses(s, staff, "差異化") == 1
        assert certificates.count_certificate_courses(s, staff, "no such course") == 0
    # 王大明, 林小華 and 陳志豪 (no school) have hours; 張曠課's are void (HRS-4)
    assert (row.code, row.awards, row.issued, row.superseded, row.pending) == (COURSE, 3, 0, 0, 3)
    first = _issue(database, cw).issued[0]
    absent(database, cw, first.holder_name, 60)  # supersedes the certificate: its hours changed
    with database.session() as s:
        [row] = certificates.list_certificate_courses(s, staff, COURSE.lower())
        course = certificates.course_certificates(s, staff, COURSE)
    assert (row.issued, row.superseded, row.pending) == (1, 1, 2)
    lines = {line.teacher_name: line for line in course.lines}
    assert lines[first.holder_name].number == first.number and lines[first.holder_name].state.value == "superseded"
    assert "出席紀錄變更" in lines[first.holder_name].end_reason
    assert lines["張曠課"].number == "" and not lines["張曠課"].certifiable
    assert lines["陳志豪"].school == "" and lines["陳志豪"].holder_id == "F13110****"
    assert course.issued == 1 and course.pending == 2


def test_a_course_not_yet_awarded_does_not_open_and_others_are_refused(database: Database, cw: CertWorld) -> None:
    add_course(database, code="115T0002", state=CourseState.APPROVED)
    with database.session() as s:
        with pytest.raises(UserError, match="尚未核發時數"):
            certificates.course_certificates(s, cw.world.certificate_staff, "115t0002")
        with pytest.raises(PermissionDenied):
            certificates.course_certificates(s, cw.world.coordinator, COURSE)


def test_a_teachers_year_is_one_selection(database: Database, cw: CertWorld) -> None:
    with database.session() as s:
        result = certificates.issue_certificates(
            s, cw.world.certificate_staff, Selection(roc_year=START.year - 1911, national_id=" b223456782 ")
        )
        assert [c.holder_name for c in result.issued] == ["林小華"]
        with pytest.raises(UserError, match="找不到身分證字號"):
            certificates.issue_certificates(
                s, cw.world.certificate_staff, Selection(roc_year=115, national_id="A223456781")
            )


def test_the_page_verifies_a_number_and_prints_certificates_again(database: Database, cw: CertWorld) -> None:
    issued = _issue(database, cw).issued
    with database.session() as s:
        found = certificates.verify_certificate(s, cw.world.coordinator, issued[1].number, numbers=True)
        assert found.outcome is VerificationOutcome.GENUINE and found.holder_name == issued[1].holder_name
        cli = certificates.verify_certificate(s, cw.world.coordinator, issued[1].number)  # codes only
        assert cli.outcome is VerificationOutcome.UNKNOWN
        pdf = certificates.certificates_pdf(s, cw.world.certificate_staff, [c.number for c in issued])
        with pytest.raises(UserError, match="找不到證書字號"):
            certificates.certificates_pdf(s, cw.world.certificate_staff, ["115-北市-999999"])
    assert pdf_pages(pdf) == 2 and issued[1].code in pdf_flat_text(pdf)
    with database.session() as s:
        logged = list(s.execute(select(CertificateVerification.code)).scalars())
    assert sorted(logged) == sorted([issued[1].number, issued[1].number])


def test_a_batch_runs_without_cyclic_collector_pauses_and_leaves_the_collector_as_it_was(
    database: Database, cw: CertWorld, request: pytest.FixtureRequest
) -> None:
    """A full collector pass stops every thread, the window's too: a batch keeps it off, then restores it."""
    import gc

    during: list[bool] = []
    gc.enable()  # the suite keeps the collector off between its own collections (tests/conftest.py)
    request.addfinalizer(gc.disable)
    assert gc.isenabled()
    with database.session() as s:
        result = certificates.issue_certificates(
            s,
            cw.world.certificate_staff,
            Selection(course_code=COURSE),
            output="pdf",
            progress=lambda done, total: during.append(gc.isenabled()),
        )
    assert result.issued and during and not any(during)
    assert gc.isenabled()
