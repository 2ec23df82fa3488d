"""The fax forms as a district center receives them: readable Chinese text, an embedded font, barcodes
that decode to the application number (also after a standard-resolution fax), nothing overflowing."""

from __future__ import annotations

import dataclasses
import io
import itertools
import os
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pdfplumber
import pypdfium2
import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from ntip_desktop.errors import UserError
from ntip_desktop.services.accounts.appno import make_application_number
from ntip_desktop.services.pdf.fax_form import (
    ContactChangeData,
    DistrictCenterInfo,
    FaxFormData,
    Person,
    render_contact_change_form,
    render_fax_form,
    render_fax_forms,
)

CENTER = DistrictCenterInfo("國立臺中教育大學區管中心", "04-2218-3199", "04-2218-3190")
PRINTED_ON = date(2026, 3, 3)
# 80 characters: the longest organisation name the database holds.
LONG_NAME = (
    "臺中市私立華盛頓高級中學附設國民中學暨國民小學部與幼兒園聯合行政辦公室教務處設備組"
    "暨教師專業發展與課程研究推動委員會在職進修業務承辦窗口專用帳號申請"
)[:80]


def fax_data(**changes: object) -> FaxFormData:
    data = FaxFormData(
        application_number=make_application_number(115, 123),
        organization_code="193501",
        organization_name="臺中市立臺中第一高級中等學校",
        county="臺中市",
        subtype_code="school",
        subtype_label="各級學校",
        login_id="tcfsh_edu01",
        applicant=Person("王大明", "04-2222-6081 分機 201", "wang.daming@tcfsh.tc.edu.tw", "教務主任"),
        contact=Person("林小華", "04-2222-6081 分機 215", "lin.hsiaohua@tcfsh.tc.edu.tw"),
        agreement_version="2009-10-08 第1版",
        agreement_accepted_at=datetime(2026, 3, 2, 1, 5, tzinfo=UTC),  # 09:05 in Taiwan
        submitted_on=date(2026, 3, 2),
        district_center=CENTER,
        notes="研習業務承辦使用。",
    )
    return dataclasses.replace(data, **changes)


def change_data(**changes: object) -> ContactChangeData:
    data = ContactChangeData(
        application_number=make_application_number(115, 45, prefix="C"),
        organization_code="193501",
        organization_name="臺中市立臺中第一高級中等學校",
        county="臺中市",
        subtype_code="school",
        subtype_label="各級學校",
        login_id="tcfsh_edu01",
        old_contact=Person("林小華", "04-2222-6081 分機 215", "lin.hsiaohua@tcfsh.tc.edu.tw"),
        new_contact=Person("陳美玲", "04-2222-6081 分機 216", "chen.meiling@tcfsh.tc.edu.tw", "設備組長"),
        reason="原承辦人林小華已調職他校，改由設備組長陳美玲承辦研習業務。",
        submitted_on=date(2026, 3, 2),
        district_center=CENTER,
    )
    return dataclasses.replace(data, **changes)


@pytest.fixture(scope="module")
def fax_pdf() -> bytes:
    return render_fax_form(fax_data(), printed_on=PRINTED_ON)


@pytest.fixture(scope="module")
def change_pdf() -> bytes:
    return render_contact_change_form(change_data(), printed_on=PRINTED_ON)


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    data = fax_data(
        organization_name=LONG_NAME,
        applicant=Person(
            "歐陽娜娜美",
            "(04)2222-6081#201",
            "a.very.long.mailbox.name.for.testing@tcfsh.tc.edu.tw",
            "教師專業發展中心主任兼教務處教學組長",
        ),
        notes="本帳號供本校辦理教師在職進修研習課程登錄、報名審核、出席登錄及研習時數核發等業務使用，"
        "並依規定定期檢視承辦人資料。" * 2,
        district_center=DistrictCenterInfo(
            "國立高雄師範大學附屬高級中學暨南區教師在職進修資訊網區域管理中心", "07-761-3281", "07-761-3280"
        ),
    )
    return render_fax_form(data, printed_on=PRINTED_ON)


def plumber_text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert len(doc.pages) == 1
        return doc.pages[0].extract_text()


def poppler_text(pdf: bytes, tmp_path: Path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils (pdftotext) is not installed")
    path = tmp_path / "form.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def joined(text: str) -> str:
    """Text with line breaks and spaces removed, so that a wrapped value reads as one string."""
    return "".join(text.split())


def render(pdf: bytes, dpi: int) -> Image.Image:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return doc[0].render(scale=dpi / 72).to_pil().convert("L")
    finally:
        doc.close()


def decoded(image: Image.Image) -> dict[str, str]:
    return {result.format.name: result.text for result in zxingcpp.read_barcodes(image)}


def as_standard_fax(image: Image.Image) -> Image.Image:
    """``image`` (200 dpi) as a standard-resolution fax sees it: 200 × 100 dpi, black and white."""
    halved = image.resize((image.width, image.height // 2), Image.Resampling.BOX)
    restored = halved.resize((image.width, halved.height * 2), Image.Resampling.NEAREST)
    return restored.point(lambda v: 255 if v > 128 else 0)


# --- text -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("extract", ["pdfplumber", "poppler"])
def test_fax_form_text_reads_back(fax_pdf: bytes, extract: str, tmp_path: Path) -> None:
    text = plumber_text(fax_pdf) if extract == "pdfplumber" else poppler_text(fax_pdf, tmp_path)
    flat = joined(text)
    number = make_application_number(115, 123)
    for expected in (
        "全國教師在職進修資訊網",
        "業務帳號申請表",
        number,
        "臺中市立臺中第一高級中等學校",
        "193501",
        "臺中市",
        "各級學校",
        "tcfsh_edu01",
        "王大明",
        "教務主任",
        "wang.daming@tcfsh.tc.edu.tw",
        "林小華",
        "lin.hsiaohua@tcfsh.tc.edu.tw",
        "2009-10-08第1版",
        "申請日期：中華民國115年3月2日",  # submitted_on, ROC
        "115/03/0209:05",  # agreement accepted 01:05 UTC, shown in Taiwan time
        "列印日期：中華民國115年3月3日",
        "承辦人簽章",
        "單位主管簽章",
        "機關印信",
        "國立臺中教育大學區管中心",
        "傳真04-2218-3199",
        "審核通過後，本帳號方可登入使用（第4條）",
        "帳號申請後即不可變更",
        "第1頁／共1頁",
    ):
        assert expected in flat, expected
    assert "2026" not in text  # users see 民國 dates only


@pytest.mark.parametrize("extract", ["pdfplumber", "poppler"])
def test_contact_change_form_text_reads_back(change_pdf: bytes, extract: str, tmp_path: Path) -> None:
    text = plumber_text(change_pdf) if extract == "pdfplumber" else poppler_text(change_pdf, tmp_path)
    flat = joined(text)
    for expected in (
        "承辦人異動申請表",
        make_application_number(115, 45, prefix="C"),
        "tcfsh_edu01",
        "臺中市立臺中第一高級中等學校",
        "林小華",
        "陳美玲",
        "設備組長",
        "chen.meiling@tcfsh.tc.edu.tw",
        "原承辦人林小華已調職他校，改由設備組長陳美玲承辦研習業務。",
        "新任承辦人簽章",
        "單位主管簽章",
        "機關印信",
        "中華民國115年3月2日",
        "國立臺中教育大學區管中心",
        "傳真04-2218-3199",
        "本表僅登錄新任承辦人",
    ):
        assert expected in flat, expected
    assert "業務帳號申請表" not in flat


def cell_text(pdf: bytes, label: str, occurrence: int = 0) -> str:
    """What a reader finds in the ruled box right of the field label ``label``, line breaks removed."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        word = [w for w in page.extract_words() if w["text"] == label][occurrence]
        middle = (word["top"] + word["bottom"]) / 2
        edges = page.lines + page.rects
        rules_x = sorted({x for e in edges if e["top"] < middle < e["bottom"] for x in (e["x0"], e["x1"])})
        rules_y = sorted({y for e in edges if e["x0"] < word["x1"] < e["x1"] for y in (e["top"], e["bottom"])})
        left = next(x for x in rules_x if x > word["x1"])
        right = next(x for x in rules_x if x > left + 1)
        top = max(y for y in rules_y if y < word["top"])
        bottom = min(y for y in rules_y if y > word["bottom"])
        return joined(page.crop((left, top, right, bottom)).extract_text())


def test_long_values_wrap_or_shrink_and_stay_whole_in_their_box(long_pdf: bytes) -> None:
    assert cell_text(long_pdf, "機關名稱") == LONG_NAME
    assert cell_text(long_pdf, "電子郵件") == "a.very.long.mailbox.name.for.testing@tcfsh.tc.edu.tw"
    assert cell_text(long_pdf, "職稱") == "教師專業發展中心主任兼教務處教學組長"
    assert cell_text(long_pdf, "備註").startswith("本帳號供本校辦理教師在職進修研習課程登錄")
    flat = joined(plumber_text(long_pdf))
    assert "國立高雄師範大學附屬高級中學暨南區教師在職進修資訊網區域管理中心" in flat
    assert "…" not in flat  # nothing had to be cut


def test_fields_sit_in_their_own_boxes(fax_pdf: bytes, change_pdf: bytes) -> None:
    assert cell_text(fax_pdf, "申請帳號") == "tcfsh_edu01帳號申請後即不可變更"
    assert cell_text(fax_pdf, "機關代碼") == "193501"
    assert cell_text(fax_pdf, "姓名", 0) == "王大明"
    assert cell_text(fax_pdf, "姓名", 1) == "林小華"  # 承辦人
    assert cell_text(fax_pdf, "同意時間") == "115/03/0209:05"
    assert cell_text(change_pdf, "姓名", 0) == "林小華"  # 原承辦人
    assert cell_text(change_pdf, "姓名", 1) == "陳美玲"  # 新承辦人
    assert cell_text(change_pdf, "業務帳號", 1).startswith("tcfsh_edu01")


@pytest.mark.parametrize("which", ["fax_pdf", "change_pdf", "long_pdf"])
def test_nothing_overflows_or_overlaps(which: str, request: pytest.FixtureRequest) -> None:
    pdf: bytes = request.getfixturevalue(which)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        chars = [c for c in page.chars if c["text"].strip()]
        frames = [r for r in page.rects if r["stroke"] and not r["fill"]]
        left = min(r["x0"] for r in frames)
        right = max(r["x1"] for r in frames)
        assert right - left > page.width * 0.8  # the ruled frame spans the page
        grid = [ln for ln in page.lines if abs(ln["x0"] - ln["x1"]) < 0.01]  # vertical rules
        for c in chars:
            assert left - 0.5 <= c["x0"] and c["x1"] <= right + 0.5, c["text"]
            assert c["top"] > 0 and c["bottom"] < page.height
            for ln in grid:  # no glyph crosses a cell border
                crosses = c["x0"] + 0.3 < ln["x0"] < c["x1"] - 0.3
                beside = c["bottom"] > ln["top"] + 0.3 and c["top"] < ln["bottom"] - 0.3
                assert not (crosses and beside), (c["text"], ln["x0"])
        for a, b in itertools.combinations(chars, 2):  # no two glyphs drawn over each other
            overlap_x = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
            overlap_y = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
            assert overlap_x < 0.5 or overlap_y < 0.5, (a["text"], b["text"])


# --- font -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["fax_pdf", "change_pdf"])
def test_every_font_is_an_embedded_truetype(which: str, request: pytest.FixtureRequest) -> None:
    reader = PdfReader(io.BytesIO(request.getfixturevalue(which)))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert len(fonts) >= 1
    for ref in fonts.values():
        font = ref.get_object()
        assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
        assert "/ToUnicode" in font  # what makes copy and search work
        assert "MSung" not in font["/BaseFont"]


@pytest.mark.parametrize("renderer", ["pdfium", "poppler"])
def test_chinese_title_is_actually_drawn(fax_pdf: bytes, renderer: str, tmp_path: Path) -> None:
    """The MSung-Light trap: text that extracts but is not drawn. Look at the pixels under the title."""
    with pdfplumber.open(io.BytesIO(fax_pdf)) as doc:
        title = [c for c in doc.pages[0].chars if c["text"] in "業務帳號申請表" and c["size"] > 20]
    assert len(title) == 7
    box = (
        min(c["x0"] for c in title),
        min(c["top"] for c in title),
        max(c["x1"] for c in title),
        max(c["bottom"] for c in title),
    )
    dpi = 100
    if renderer == "pdfium":
        image = render(fax_pdf, dpi)
    else:
        if not shutil.which("pdftoppm"):
            pytest.skip("poppler-utils (pdftoppm) is not installed")
        (tmp_path / "form.pdf").write_bytes(fax_pdf)
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(tmp_path / "form.pdf"), str(tmp_path / "page")],
            check=True,
        )
        image = Image.open(tmp_path / "page.png").convert("L")
    crop = image.crop(tuple(round(v * dpi / 72) for v in box))
    dark = sum(crop.histogram()[:128]) / (crop.width * crop.height)
    assert 0.1 < dark < 0.7, dark


def test_missing_or_unusable_font_is_explained(tmp_path: Path) -> None:
    not_a_font = tmp_path / "broken.ttf"
    not_a_font.write_bytes(b"not a font")
    script = (
        "from ntip_desktop.errors import UserError\n"
        "from ntip_desktop.services.pdf import fonts\n"
        "try:\n    fonts.cjk_font()\nexcept UserError as e:\n    print(e.message)\n"
        "fonts.CANDIDATES = ()\n"
        "import os; del os.environ['NTIP_CJK_FONT']\n"
        "try:\n    fonts.cjk_font()\nexcept UserError as e:\n    print(e.message)\n"
    )
    env = {**os.environ, "NTIP_CJK_FONT": str(not_a_font)}
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True).stdout
    wrong, none = out.splitlines()
    assert "NTIP_CJK_FONT" in wrong and str(not_a_font) in wrong
    assert "找不到中文字型" in none and "fonts-arphic-uming" in none


@pytest.mark.parametrize(
    ("override", "family"),
    [
        ("/usr/share/fonts/truetype/arphic/ukai.ttc:2", "AR PL UKai TW"),  # face named by index
        ("/usr/share/fonts/truetype/arphic/uming.ttc", "AR PL UMing TW"),  # face 0 is CN: the TW one is found
    ],
)
def test_font_override_picks_the_traditional_chinese_face(override: str, family: str) -> None:
    if not os.path.exists(override.split(":")[0]):
        pytest.skip(f"{override} is not installed")
    script = "from ntip_desktop.services.pdf.fonts import cjk_font; print(cjk_font().family)"
    env = {**os.environ, "NTIP_CJK_FONT": override}
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == family


# --- barcodes -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("which", "number"),
    [
        ("fax_pdf", make_application_number(115, 123)),
        ("change_pdf", make_application_number(115, 45, prefix="C")),
        ("long_pdf", make_application_number(115, 123)),
    ],
)
def test_code128_and_qr_decode_to_exactly_the_number(which: str, number: str, request: pytest.FixtureRequest) -> None:
    image = render(request.getfixturevalue(which), 200)
    assert decoded(image) == {"Code128": number, "QRCode": number}


@pytest.mark.parametrize("which", ["fax_pdf", "change_pdf"])
def test_barcodes_survive_a_standard_resolution_fax(which: str, request: pytest.FixtureRequest) -> None:
    pdf: bytes = request.getfixturevalue(which)
    number = plumber_text(pdf).split("申請編號：")[-1].strip()
    faxed = as_standard_fax(render(pdf, 200))
    assert decoded(faxed) == {"Code128": number, "QRCode": number}


@pytest.mark.parametrize("which", ["fax_pdf", "change_pdf"])
def test_ruled_lines_survive_a_standard_resolution_fax(which: str, request: pytest.FixtureRequest) -> None:
    pdf: bytes = request.getfixturevalue(which)
    dpi = 200
    faxed = as_standard_fax(render(pdf, dpi))
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        rules = [ln for ln in doc.pages[0].lines if ln["top"] == ln["bottom"]]
    assert len(rules) >= 10
    for rule in rules:
        row = round(rule["top"] * dpi / 72)
        x0, x1 = round(rule["x0"] * dpi / 72) + 2, round(rule["x1"] * dpi / 72) - 2
        inked = max(sum(1 for x in range(x0, x1) if faxed.getpixel((x, y)) == 0) for y in range(row - 2, row + 3))
        assert inked >= 0.95 * (x1 - x0), rule["top"]


def test_a_number_that_does_not_check_is_never_printed() -> None:
    good = make_application_number(115, 123)
    typo = good[:-1] + str((int(good[-1]) + 1) % 10)
    with pytest.raises(ValueError):
        render_fax_form(fax_data(application_number=typo))
    with pytest.raises(ValueError):  # a contact-change number on the account form
        render_fax_form(fax_data(application_number=make_application_number(115, 123, prefix="C")))
    with pytest.raises(ValueError):
        render_contact_change_form(change_data(application_number=good))


# --- batches --------------------------------------------------------------------------------------------


def batch(n: int) -> list[FaxFormData | ContactChangeData]:
    return [
        fax_data(application_number=make_application_number(115, i))
        if i % 2
        else change_data(application_number=make_application_number(115, i, prefix="C"))
        for i in range(1, n + 1)
    ]


def test_batch_writes_one_whole_pdf_per_form(tmp_path: Path) -> None:
    items = batch(3)
    calls: list[tuple[int, int]] = []
    result = render_fax_forms(
        items, tmp_path / "out", progress=lambda d, t: calls.append((d, t)), printed_on=PRINTED_ON
    )
    assert not result.cancelled
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted(f"{item.application_number}.pdf" for item in items)
    for item, path in zip(items, result.written):
        assert item.application_number in joined(plumber_text(path.read_bytes()))


def test_cancel_stops_the_batch_and_leaves_no_partial_file(tmp_path: Path) -> None:
    items = batch(5)
    done_so_far = 0

    def progress(done: int, total: int) -> None:
        nonlocal done_so_far
        done_so_far = done

    result = render_fax_forms(items, tmp_path, progress=progress, cancel=lambda: done_so_far >= 2)
    assert result.cancelled
    assert [p.name for p in result.written] == [f"{i.application_number}.pdf" for i in items[:2]]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in result.written)
    for path in result.written:
        content = path.read_bytes()
        assert content.startswith(b"%PDF-") and content.rstrip().endswith(b"%%EOF")


def test_a_failed_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    items = batch(3)
    (tmp_path / f"{items[1].application_number}.pdf").mkdir()  # something in the way of the second file
    with pytest.raises(UserError) as info:
        render_fax_forms(items, tmp_path)
    assert info.value.message == f"這是資料夾，請指定檔名：{tmp_path / (items[1].application_number + '.pdf')}"
    leftovers = sorted(p.name for p in tmp_path.iterdir())
    assert leftovers == sorted([f"{items[0].application_number}.pdf", f"{items[1].application_number}.pdf"])
    assert (tmp_path / f"{items[0].application_number}.pdf").read_bytes().startswith(b"%PDF-")
