"""``ntip accounts list|fax-form|import`` as another program calls it (docs/cli.md), on both engines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from account_world import SCHOOL_TPE, World, build_world, business_input, teacher_input
from pdf_reading import pdf_barcodes, pdf_flat_text

from ntip_desktop.services import accounts, audit
from ntip_desktop.services.accounts.appno import make_application_number
from ntip_desktop.services.accounts.intake import submit_application
from ntip_desktop.services.auth import console_user
from ntip_desktop.services.db import Database


def ntip(db: Database, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ntip_desktop.cli.main", "--db", db.url, "accounts", *args],
        env={**os.environ, **(env or {})},
        capture_output=True,
        timeout=120,
        text=True,
        encoding="utf-8",
    )


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


@pytest.fixture
def numbers(database: Database, world: World) -> dict[str, str]:
    with database.session() as s:
        business = submit_application(s, world.coordinator, business_input()).number
        teacher = submit_application(s, world.coordinator, teacher_input()).number
        rejected = submit_application(s, world.coordinator, business_input(login_id="ckhs.dup")).number
    with database.session() as s:
        accounts.reject(s, world.clerk, rejected, "重複申請")
    return {"business": business, "teacher": teacher, "rejected": rejected}


def test_list_json_gives_every_application(database: Database, numbers: dict[str, str]) -> None:
    done = ntip(database, "list", "--json")
    assert done.returncode == 0, done.stderr
    listed = json.loads(done.stdout)
    assert [a["number"] for a in listed] == sorted(numbers.values())
    first = next(a for a in listed if a["number"] == numbers["business"])
    assert {k: first[k] for k in ("state", "kind", "subtype", "purpose", "login_id", "organization")} == {
        "state": "pending_fax",
        "kind": "business",
        "subtype": "school",
        "purpose": "new_account",
        "login_id": "ckhs.train",
        "organization": "臺北市立建國高級中學",
    }
    assert first["submitted_at"].endswith("+00:00")
    teacher = next(a for a in listed if a["number"] == numbers["teacher"])
    assert (teacher["state"], teacher["kind"], teacher["subtype"]) == ("active", "teacher", None)


def test_list_filters_by_state_and_refuses_unknown_states(database: Database, numbers: dict[str, str]) -> None:
    done = ntip(database, "list", "--state", "rejected", "--json")
    assert [a["number"] for a in json.loads(done.stdout)] == [numbers["rejected"]]
    assert json.loads(ntip(database, "list", "--state", "approved", "--json").stdout) == []
    bad = ntip(database, "list", "--state", "lost", "--json")
    assert bad.returncode == 2 and bad.stdout == "" and "lost" in bad.stderr


def test_fax_form_writes_a_pdf_that_reads_and_scans_back(
    database: Database, numbers: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "form.pdf"
    done = ntip(database, "fax-form", numbers["business"].lower(), "--out", str(out))
    assert done.returncode == 0, done.stderr
    pdf = out.read_bytes()
    text = pdf_flat_text(pdf)
    assert "臺北市立建國高級中學" in text and numbers["business"] in text and "業務帳號申請表" in text
    codes = pdf_barcodes(pdf)
    assert set(codes.values()) == {numbers["business"]} and len(codes) == 2
    assert [p.name for p in folder.iterdir()] == ["form.pdf"]  # no temporary file left behind


def test_fax_form_refuses_bad_numbers_and_writes_nothing(
    database: Database, numbers: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "form.pdf"
    good = numbers["business"]
    typo = good[:-1] + str((int(good[-1]) + 1) % 10)
    cases = {
        typo: "檢查碼不符",
        make_application_number(115, 999_999): "查無申請編號",
        "XYZ": "不是申請編號",
        numbers["teacher"]: "不需傳真申請表",
    }
    for number, message in cases.items():
        done = ntip(database, "fax-form", number, "--out", str(out))
        assert done.returncode == 2, (number, done.stderr)
        assert message in done.stderr and done.stderr.startswith("ntip: number: ")
        assert done.stdout == ""
        assert list(folder.iterdir()) == []


HEADER = "帳號類別,身分類別,機關代碼,登入帳號,身分證字號,申請人姓名,申請人職稱,承辦人姓名,承辦人電話,承辦人電子郵件,同意書版本,同意時間"
GOOD = f"業務帳號,各級學校,{SCHOOL_TPE},ckhs.batch,,李校長,校長,王小明,02-2303-4381,batch@ck.tp.edu.tw,98.07.08,115/03/02 09:15"
BAD = f"業務帳號,各級學校,{SCHOOL_TPE},x,,李校長,校長,王小明,2303,batch2@ck.tp.edu.tw,98.07.08,115/03/02 09:15"


def test_import_is_all_or_nothing_and_names_bad_lines(database: Database, world: World, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes("\n".join([HEADER, GOOD, BAD]).encode("cp950"))
    done = ntip(database, "import", str(bad))
    assert done.returncode == 2 and done.stdout == ""
    assert "第 3 行「登入帳號」" in done.stderr and "第 3 行「承辦人電話」" in done.stderr
    assert "未匯入任何資料" in done.stderr
    assert json.loads(ntip(database, "list", "--json").stdout) == []
    good = tmp_path / "good.csv"
    good.write_text("\ufeff" + "\n".join([HEADER, GOOD]) + "\n", encoding="utf-8")
    done = ntip(database, "import", str(good))
    assert done.returncode == 0, done.stderr
    listed = json.loads(ntip(database, "list", "--json").stdout)
    assert [a["number"] for a in listed] == done.stdout.split()
    assert listed[0]["login_id"] == "ckhs.batch" and "已匯入 1 件申請" in done.stderr
    missing = ntip(database, "import", str(tmp_path / "none.csv"))
    assert missing.returncode == 2 and "找不到檔案" in missing.stderr


def test_an_import_from_the_command_line_names_who_ran_it(database: Database, world: World, tmp_path: Path) -> None:
    """No implicit superuser: the audit log names the console user (the OS login) and the channel."""
    good = tmp_path / "good.csv"
    good.write_text("\n".join([HEADER, GOOD]) + "\n", encoding="utf-8")
    done = ntip(database, "import", str(good), env={"LOGNAME": "clerk.wang", "USER": "clerk.wang"})
    assert done.returncode == 0, done.stderr
    with database.session() as s:
        entries = audit.list_entries(s, console_user(), audit.AuditFilter(entity="account_application"))
    assert [(e.action, e.actor_name, e.source) for e in entries] == [("submit", "命令列（clerk.wang）", "import")]


def test_import_help_lists_every_column_and_its_meaning() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ntip_desktop.cli.main", "accounts", "import", "--help"],
        capture_output=True,
        timeout=120,
        text=True,
        encoding="utf-8",
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    for column in accounts.import_columns():
        assert any(line.strip().startswith(f"{column.header}（{column.field}") for line in lines), column.field
    assert (
        "  登入帳號（login_id，必要欄位）：4–20 字，以英文字母開頭，只能用英文字母、數字及 . _ -；申請後不可變更。"
        in lines
    )
