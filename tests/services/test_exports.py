"""Exports of what a list shows (the fax desk's queue, the audit log) and the account import's template: the
workbook a clerk opens, read back with openpyxl."""

from __future__ import annotations

from pathlib import Path

import pytest
from account_world import SCHOOL_KHH, World, build_world, business_input
from openpyxl import load_workbook

from ntip_desktop.errors import PermissionDenied
from ntip_desktop.models import ApplicationState
from ntip_desktop.services import accounts
from ntip_desktop.services.accounts import ApplicationFilter
from ntip_desktop.services.audit import AuditFilter
from ntip_desktop.services.audit_export import export_audit_xlsx
from ntip_desktop.services.db import Database


def _sheet(path: Path, index: int = 0) -> list[list[object]]:
    book = load_workbook(path, read_only=True)
    try:
        return [list(row) for row in book.worksheets[index].iter_rows(values_only=True)]
    finally:
        book.close()


@pytest.fixture
def world(database: Database) -> World:
    world = build_world(database)
    with database.session() as s:
        for i in range(3):
            accounts.submit_application(s, world.coordinator, business_input(login_id=f"ckhs.unit{i}"))
        accounts.submit_application(s, world.admin, business_input(organization_code=SCHOOL_KHH, login_id="khhs.unit"))
    with database.session() as s:
        accounts.record_fax_received(s, world.clerk, "B1150000021", pages=1)
    return world


def test_the_queue_exports_what_the_filter_shows_in_its_order(database: Database, world: World, tmp_path: Path) -> None:
    path = tmp_path / "queue.xlsx"
    with database.session() as s:
        done = accounts.export_applications_xlsx(
            s, world.clerk, ApplicationFilter(), path, heading="狀態：全部狀態", order_by="number", descending=False
        )
    assert done.rows == 3  # the 高雄 application is not in the clerk's district
    rows = _sheet(path)
    assert rows[0][0] == "帳號申請清單"
    assert rows[1][0] == "篩選條件：狀態：全部狀態"
    assert str(rows[2][0]).startswith("共 3 件申請；匯出者：林書記；匯出時間：")
    assert rows[4][:6] == ["申請編號", "狀態", "申請種類", "帳號類別", "身分類別", "登入帳號"]
    assert [r[:2] for r in rows[5:]] == [
        ["B1150000013", "待傳真"],
        ["B1150000021", "已收傳真"],
        ["B1150000037", "待傳真"],
    ]
    assert rows[5][2:9] == [
        "帳號申請",
        "業務帳號",
        "各級學校",
        "ckhs.unit0",
        "353301",
        "臺北市立建國高級中學",
        "臺北市",
    ]

    with database.session() as s:
        received = accounts.export_applications_xlsx(
            s, world.clerk, ApplicationFilter(states=(ApplicationState.FAX_RECEIVED,)), path, heading="狀態：已收傳真"
        )
    assert received.rows == 1 and [r[0] for r in _sheet(path)[5:]] == ["B1150000021"]
    assert received.message.startswith("已匯出 1 件申請至 queue.xlsx")


def test_the_audit_log_exports_the_filtered_entries_in_words(database: Database, world: World, tmp_path: Path) -> None:
    path = tmp_path / "audit.xlsx"
    with database.session() as s:
        done = export_audit_xlsx(s, world.admin, AuditFilter(text="b1150000021"), path, heading="關鍵字：b1150000021")
    rows = _sheet(path)
    assert done.rows == 2 and len(rows) == 5 + 2
    assert rows[0][0] == "稽核紀錄" and rows[1][0] == "篩選條件：關鍵字：b1150000021"
    assert rows[4] == ["序號", "時間", "操作者", "來源", "對象", "動作", "原值→新值", "原因", "紀錄識別碼"]
    newest = rows[5]
    assert newest[2:6] == ["林書記", "傳真", "帳號申請 B1150000021", "收件"]
    assert str(newest[6]).startswith("狀態：待傳真 → 已收傳真；傳真收件日：— → ")
    assert rows[6][5] == "送出申請"


def test_only_a_role_that_reads_the_log_may_export_it(database: Database, world: World, tmp_path: Path) -> None:
    with database.session() as s, pytest.raises(PermissionDenied):
        export_audit_xlsx(s, world.coordinator, AuditFilter(), tmp_path / "audit.xlsx", heading="")
    assert not (tmp_path / "audit.xlsx").exists()


def test_the_import_template_lists_every_column_and_its_example_row_imports(
    database: Database, world: World, tmp_path: Path
) -> None:
    path = tmp_path / "template.xlsx"
    path.write_bytes(accounts.import_template_xlsx())
    rows = _sheet(path)
    columns = accounts.import_columns()
    assert rows[0] == [c.header for c in columns]
    assert rows[0][:4] == ["帳號類別", "身分類別", "機關代碼", "登入帳號"]
    assert len(rows) == 2  # the header and one example
    notes = _sheet(path, 1)
    assert notes[0] == ["欄位", "英文欄名", "必要欄位", "說明"]
    assert notes[4][:3] == ["登入帳號", "login_id", "是"] and "申請後不可變更" in str(notes[4][3])
    with database.session() as s:
        preview = accounts.preview_import(s, world.admin, path.read_bytes(), path.name)
    assert preview.problems == () and len(preview.rows) == 1  # the example is a valid application as it stands
    assert preview.rows[0][1].login_id == "ckhs.office"
