"""What the course review desk hands out: the review sheet PDF for the file and the queue as XLSX.

Both are read back the way a person would: the PDF's text through PDFium and its fonts through pypdf,
the workbook through openpyxl.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from account_world import SCHOOL_KHH, World, build_world
from course_world import START, add_course
from openpyxl import load_workbook
from pdf_reading import pdf_flat_text, pdf_pages
from pypdf import PdfReader

from ntip_desktop.errors import PermissionDenied, UserError
from ntip_desktop.models import OfficeUser
from ntip_desktop.services import courses
from ntip_desktop.services.db import Database
from ntip_desktop.services.rules.checklist import CHECK_IDS
from ntip_desktop.services.rules.rocdate import format_roc, local_today
from ntip_desktop.vocabulary import CheckOutcome

YOGA = {
    "title": "教師瑜珈紓壓研習",
    "outline": "以瑜珈伸展與呼吸練習紓解教學壓力，並分享在課堂帶領學生伸展的方法與注意事項。",
}


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


def _submitted(db: Database, w: World, **changes: object) -> str:
    cid = add_course(db, **changes)
    with db.session() as s:
        return courses.decide(s, w.coordinator, cid, "submit").code


def _approved_yoga(db: Database, w: World) -> str:
    """An Art 9 course: a reviewer answers the manual items, records consent, overrides a warning, approves."""
    code = _submitted(db, w, code="115T0009", audience=["other_staff"], **YOGA)
    with db.session() as s:
        courses.answer_manual(s, w.clerk, code, "art8.focus", True, "")
        courses.answer_manual(s, w.clerk, code, "art8.2.basis", True, "臺北市政府教育局函")
        courses.override_check(s, w.clerk, code, "art8.5.audience", CheckOutcome.PASS, "職員亦為本校教學支援人員")
        courses.record_consent(s, w.clerk, code, "北市教研字第1153099999號")
    with db.session() as s:
        courses.decide(s, w.clerk, code, "approve")
    return code


# --- the review sheet -------------------------------------------------------------------------------------


def test_review_sheet_reads_back_with_course_checklist_and_decision(database: Database, world: World) -> None:
    code = _approved_yoga(database, world)
    with database.session() as s:
        sheet = courses.render_review_sheet(s, world.clerk, code)
    assert sheet.title == "研習課程審核表" and sheet.suggested_name == f"{code}-課程審核表.pdf"
    text = pdf_flat_text(sheet.pdf)
    assert "研習課程審核表" in text
    assert f"課程代碼 {code}" in text and "教師瑜珈紓壓研習" in text and "臺北市立建國高級中學" in text
    assert f"{format_roc(START.date())} 09:00" in text  # the course's start in ROC form
    for check_id, article in CHECK_IDS:
        assert check_id in text and article in text
    # The Art 9 check passes now (consent recorded); the overridden warning shows both outcomes and why.
    assert "北市教研字第1153099999號" in text
    assert "（自動：提醒）" in text and "變更理由：職員亦為本校教學支援人員" in text
    assert "已核准" in text and "核准" in text and "陳主任" not in text
    assert "臺北市政府教育局" in text  # the reviewing unit
    assert f"列印日期：{format_roc(local_today(), 'official')}" in text
    assert pdf_pages(sheet.pdf) >= 1


def test_review_sheet_names_the_reviewer_and_the_roc_decision_date(database: Database, world: World) -> None:
    code = _submitted(database, world)
    with database.session() as s:
        courses.decide(s, world.clerk, code, "return", reason="請補課程大綱細節")
    with database.session() as s:
        text = pdf_flat_text(courses.render_review_sheet(s, world.coordinator, code).pdf)
        reviewer = s.get(OfficeUser, world.clerk.id)
    assert reviewer is not None and reviewer.display_name in text
    assert "退回補正" in text and "請補課程大綱細節" in text
    assert re.search(rf"決定時間\s*{format_roc(local_today(), 'official')} \d\d:\d\d", text)  # today, ROC form


def test_review_sheet_of_a_draft_runs_the_checks_without_storing_them(database: Database, world: World) -> None:
    cid = add_course(database, **YOGA)
    with database.session() as s:
        text = pdf_flat_text(courses.render_review_sheet(s, world.coordinator, cid).pdf)
        assert courses.course_review(s, cid) is None
    assert "尚未送審" in text and "第9條" in text and "瑜珈" in text and "（尚未決定）" in text


def test_review_sheet_font_is_embedded(database: Database, world: World) -> None:
    code = _submitted(database, world)
    with database.session() as s:
        pdf = courses.render_review_sheet(s, world.admin, code).pdf
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
            assert "/ToUnicode" in font


def test_review_sheet_is_refused_outside_the_users_scope(database: Database, world: World) -> None:
    code = _submitted(database, world)
    with pytest.raises(PermissionDenied, match="不在您的範圍"), database.session() as s:
        courses.render_review_sheet(s, world.other_clerk, code)
    with pytest.raises(PermissionDenied), database.session() as s:
        courses.render_review_sheet(s, world.certificate_staff, code)
    khh = add_course(database, code="115K0001", org_code=SCHOOL_KHH)
    with pytest.raises(PermissionDenied), database.session() as s:
        courses.render_review_sheet(s, world.coordinator, khh)
    with pytest.raises(UserError, match="查無課程 115X0000"), database.session() as s:
        courses.render_review_sheet(s, world.admin, "115x0000")


# --- the queue as XLSX --------------------------------------------------------------------------------------


def _sheet_rows(path: Path) -> list[list[object]]:
    book = load_workbook(path, read_only=True)
    try:
        return [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def test_export_writes_one_row_per_course_with_every_checks_outcome(
    database: Database, world: World, tmp_path: Path
) -> None:
    plain = _submitted(database, world)
    yoga = _submitted(database, world, code="115T0002", session_label="第2場", **YOGA)
    draft = add_course(database, code="115T0003", session_label="第3場")
    with database.session() as s:
        ids = [courses.load_course(s, c).id for c in (plain, yoga)] + [draft]
        out = tmp_path / "queue.xlsx"
        result = courses.export_courses_xlsx(s, world.clerk, ids, out, heading="狀態：待審核；縣市：臺北市")
    assert result.rows == 3 and result.path == out
    rows = _sheet_rows(out)
    assert rows[0][0] == "課程審核清單" and "狀態：待審核；縣市：臺北市" in str(rows[1][0])
    header_at = next(i for i, r in enumerate(rows) if r and r[0] == "課程代碼")
    header = rows[header_at]
    assert header[:7] == ["課程代碼", "研習名稱", "主辦單位", "縣市", "開始", "結束", "狀態"]
    articles = [str(h) for h in header[7:]]
    assert len(articles) == len(CHECK_IDS)
    for (check_id, article), h in zip(CHECK_IDS, articles, strict=True):
        assert article in h and check_id in h
    body = {r[0]: r for r in rows[header_at + 1 :]}
    assert list(body) == [plain, yoga, "115T0003"]
    art9 = 7 + [c for c, _ in CHECK_IDS].index("art9.restricted")
    focus = 7 + [c for c, _ in CHECK_IDS].index("art8.focus")
    assert body[yoga][art9] == "不符" and body[plain][art9] == "通過"
    assert body[plain][focus] == "須人工判斷"
    assert list(body[plain][2:4]) == ["臺北市立建國高級中學", "臺北市"]
    assert body[plain][6] == "待審核" and body["115T0003"][6] == "草稿"
    assert body["115T0003"][art9] == "（未檢核）"  # a draft has no stored checklist
    assert body[plain][4] == f"{format_roc(START.date(), 'short')} 09:00"


def test_export_refuses_a_course_outside_scope_and_writes_nothing(
    database: Database, world: World, tmp_path: Path
) -> None:
    mine = _submitted(database, world)
    theirs = add_course(database, code="115K0001", org_code=SCHOOL_KHH)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "queue.xlsx"
    with pytest.raises(PermissionDenied, match="115K0001"), database.session() as s:
        courses.export_courses_xlsx(s, world.clerk, [courses.load_course(s, mine).id, theirs], out, heading="全部")
    assert not out.exists()
    assert list(folder.iterdir()) == []
