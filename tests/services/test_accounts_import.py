"""Importing applications exported from the web: CSV (UTF-8, BOM, Big5) and XLSX, all or nothing."""

from __future__ import annotations

import io
from copy import deepcopy

import pytest
from account_world import SCHOOL_KHH, SCHOOL_TPE, World, build_world
from openpyxl import Workbook
from sqlalchemy import func, select

from ntip_desktop.errors import UserError
from ntip_desktop.models import Account, AccountApplication, ApplicationSource, ApplicationState, AuditEntry
from ntip_desktop.services.accounts import importing as accounts_import
from ntip_desktop.services.accounts.importing import ImportRejected, import_applications, preview_import
from ntip_desktop.services.db import Database

HEADER = [
    "帳號類別",
    "身分類別",
    "機關代碼",
    "登入帳號",
    "身分證字號",
    "申請人姓名",
    "申請人職稱",
    "承辦人姓名",
    "承辦人電話",
    "承辦人電子郵件",
    "同意書版本",
    "同意時間",
    "申請時間",
]
GOOD = [
    [
        "業務帳號",
        "各級學校",
        SCHOOL_TPE,
        "ckhs.train",
        "",
        "李校長",
        "校長",
        "王小明",
        "02-2303-4381#215",
        "train@ck.tp.edu.tw",
        "98.07.08",
        "115/03/02 09:15",
        "115/03/02 09:20",
    ],
    [
        "教師個人帳號",
        "",
        SCHOOL_TPE,
        "teacher.lin",
        "A123456789",
        "林老師",
        "教師",
        "林老師",
        "0912-345-678",
        "lin@ck.tp.edu.tw",
        "98.07.08",
        "2026-03-02 10:00",
        "2026-03-02 10:01",
    ],
    [
        "業務帳號",
        "各級學校",
        SCHOOL_TPE,
        "ckhs.counsel",
        "",
        "李校長",
        "校長",
        "陳輔導",
        "02-2303-4381#300",
        "counsel@ck.tp.edu.tw",
        "98.07.08",
        "1150302",
        "",
    ],
]


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


def _csv(rows: list[list[str]], encoding: str = "utf-8", bom: bool = False) -> bytes:
    text = "\r\n".join(",".join(f'"{c}"' if "," in c else c for c in row) for row in [HEADER, *rows]) + "\r\n"
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding)


def _xlsx(rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in [HEADER, *rows]:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _stored(db: Database) -> list[tuple[str, ApplicationState, ApplicationSource]]:
    with db.session() as s:
        return [
            tuple(r)
            for r in s.execute(
                select(AccountApplication.login_id, AccountApplication.state, AccountApplication.source).order_by(
                    AccountApplication.number
                )
            )
        ]


def _counts(db: Database) -> tuple[int, int, int]:
    with db.session() as s:
        return tuple(
            s.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (AccountApplication, Account, AuditEntry)
        )


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(_csv(GOOD), id="utf8"),
        pytest.param(_csv(GOOD, bom=True), id="utf8-bom"),
        pytest.param(_csv(GOOD, encoding="cp950"), id="big5"),
        pytest.param(_xlsx(GOOD), id="xlsx"),
    ],
)
def test_a_good_file_is_imported_whole(database: Database, world: World, data: bytes) -> None:
    with database.session() as s:
        result = import_applications(s, world.clerk, data, "export.xlsx" if data.startswith(b"PK") else "export.csv")
    assert (result.business, result.teacher, len(result.numbers)) == (2, 1, 3)
    assert _stored(database) == [
        ("ckhs.train", ApplicationState.PENDING_FAX, ApplicationSource.WEB_IMPORT),
        ("teacher.lin", ApplicationState.ACTIVE, ApplicationSource.WEB_IMPORT),
        ("ckhs.counsel", ApplicationState.PENDING_FAX, ApplicationSource.WEB_IMPORT),
    ]
    with database.session() as s:
        sources = set(s.execute(select(AuditEntry.source).where(AuditEntry.entity == "account_application")).scalars())
        assert {x.value for x in sources} == {"import"}


def test_xlsx_cells_typed_as_numbers_and_dates_are_read(database: Database, world: World) -> None:
    from datetime import datetime

    row = list(GOOD[0])
    row[2] = int(SCHOOL_TPE)  # Excel turned the code into a number
    row[11] = datetime(2026, 3, 2, 9, 15)
    row[12] = datetime(2026, 3, 2, 9, 20)
    with database.session() as s:
        result = import_applications(s, world.clerk, _xlsx([row]), "export.xlsx")
    assert len(result.numbers) == 1


def test_every_bad_line_is_reported_and_nothing_is_imported(database: Database, world: World) -> None:
    rows = [
        GOOD[0],
        [
            "業務帳號",
            "各級學校",
            "999999",
            "ckhs.x1",
            "",
            "李校長",
            "",
            "王小明",
            "02-2303-4381",
            "x1@ck.tp.edu.tw",
            "98.07.08",
            "115/03/02 09:15",
            "",
        ],
        [
            "教師個人帳號",
            "",
            SCHOOL_TPE,
            "teacher.wu",
            "A123456788",
            "吳老師",
            "",
            "吳老師",
            "0912-345-678",
            "wu@ck",
            "98.07.08",
            "115/03/02 09:15",
            "",
        ],
        [
            "業務帳號",
            "各級學校",
            SCHOOL_TPE,
            "ckhs.train",
            "",
            "李校長",
            "",
            "王小明",
            "2303",
            "y@ck.tp.edu.tw",
            "",
            "",
            "",
        ],
        [
            "學生帳號",
            "",
            SCHOOL_TPE,
            "student1",
            "",
            "某生",
            "",
            "某生",
            "0912-345-678",
            "s@ck.tp.edu.tw",
            "98.07.08",
            "115/13/45",
            "",
        ],
    ]
    before = _counts(database)
    with pytest.raises(ImportRejected) as rejected, database.session() as s:
        import_applications(s, world.clerk, _csv(rows), "export.csv")
    found = [(p.line, p.label) for p in rejected.value.problems]
    assert found == [
        (2, "登入帳號"),  # duplicated on line 5
        (3, "機關代碼"),
        (4, "身分證字號"),
        (4, "承辦人電子郵件"),
        (5, "登入帳號"),
        (5, "承辦人電話"),
        (5, "同意時間"),
        (6, "帳號類別"),
        (6, "同意時間"),
    ]
    text = rejected.value.message
    assert "匯入檔有 9 處錯誤（第 2、3、4、5、6 行），未匯入任何資料" in text
    assert "第 3 行「機關代碼」：機關代碼「999999」不存在" in text
    assert "第 4 行「身分證字號」：身分證字號 A123456788 無效：檢查碼錯誤" in text
    assert "第 5 行「登入帳號」：登入帳號「ckhs.train」在檔案中重複出現" in text
    assert "第 6 行「帳號類別」：「學生帳號」不是帳號類別" in text
    assert "第 6 行「同意時間」：無法辨識的日期" in text
    assert _counts(database) == before


def test_a_login_id_already_in_the_database_is_reported_with_its_line(database: Database, world: World) -> None:
    with database.session() as s:
        import_applications(s, world.clerk, _csv(GOOD[:1]), "first.csv")
    with database.session() as s:
        preview = preview_import(s, world.clerk, _csv([GOOD[2], GOOD[0]]), "second.csv")
    assert [(p.line, p.field) for p in preview.problems] == [(3, "login_id")]
    assert "已有人使用或申請中" in preview.problems[0].message


def test_missing_columns_and_unreadable_files_are_refused(database: Database, world: World) -> None:
    with database.session() as s:
        preview = preview_import(s, world.clerk, "機關代碼,登入帳號\n353301,abcd\n".encode(), "x.csv")
    assert preview.problems[0].line == 1 and "標題列缺少此欄位" in preview.problems[0].message
    assert {p.label for p in preview.problems} >= {"帳號類別", "承辦人電話", "同意時間"}
    with pytest.raises(UserError, match="無法辨識檔案的文字編碼"), database.session() as s:
        preview_import(s, world.clerk, b"\xff\xfe\x00\x01\x81\x20", "x.csv")
    with pytest.raises(UserError, match="只有標題列"), database.session() as s:
        preview_import(s, world.clerk, _csv([]), "x.csv")
    with pytest.raises(UserError, match="無法讀取 Excel 檔"), database.session() as s:
        preview_import(s, world.clerk, b"PK\x03\x04broken", "x.xlsx")


def test_the_import_respects_scope(database: Database, world: World) -> None:
    row = list(GOOD[0])
    row[2] = SCHOOL_KHH
    with pytest.raises(UserError, match="不能替「高雄市立高雄高級中學」送出"), database.session() as s:
        import_applications(s, world.clerk, _csv([GOOD[2], row]), "x.csv")
    assert _stored(database) == []


def test_read_file_names_a_missing_file(tmp_path) -> None:
    with pytest.raises(UserError, match="找不到檔案"):
        accounts_import.read_file(tmp_path / "none.csv")


def test_implausible_application_times_are_refused_with_their_line(database: Database, world: World) -> None:
    future, ancient, agreed_ancient = deepcopy(GOOD[0]), deepcopy(GOOD[1]), deepcopy(GOOD[2])
    future[12] = "2099-01-01 09:00"  # would have been numbered in ROC year 188
    ancient[11], ancient[12] = "1900/01/01 09:00", "1900/01/01 09:05"  # before the ROC era: once a traceback
    agreed_ancient[11] = "1900/01/01"
    before = _counts(database)
    with pytest.raises(ImportRejected) as rejected, database.session() as s:
        import_applications(s, world.clerk, _csv([future, ancient, agreed_ancient]), "export.csv")
    found = [(p.line, p.label, p.message) for p in rejected.value.problems]
    assert found == [
        (2, "申請時間", "申請時間在未來，請更正。"),
        (3, "同意時間", "同意時間早於民國98年（2009年），請更正。"),
        (3, "申請時間", "申請時間早於民國98年（2009年），請更正。"),
        (4, "同意時間", "同意時間早於民國98年（2009年），請更正。"),
    ]
    assert _counts(database) == before
