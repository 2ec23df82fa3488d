"""The ``--db`` value as bad input, and commands that only read (issue 13, items 10 to 13).

A value that names no usable database is exit 2 with a message; a command that reads never creates,
converts or migrates anything, works on a copy on a read-only medium, and tells a damaged SQLite file
from a tampered audit log. Most commands run in this process (``main``), the read-only medium in a
child process that sees the copy through a read-only mount.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

import ntip_desktop.migrations
from ntip_desktop.cli.main import main
from ntip_desktop.errors import DatabaseProblem
from ntip_desktop.services.db import Database, head_revision, open_database
from ntip_desktop.services.demo import seed

PG_URL = os.environ.get("NTIP_TEST_PG_URL", "")
ROOT = Path(__file__).resolve().parents[2]  # the checkout, for the child process that runs ntip

#: Commands that only read the database (each must create and change nothing).
READERS = [
    ["audit", "verify"],
    ["audit", "list"],
    ["accounts", "list", "--json"],
    ["courses", "list"],
    ["awards", "list"],
    ["attendance", "export", "--all", "--json"],
    ["rules", "show"],
    ["db", "info"],
]


EMPTY = hashlib.sha256(b"").hexdigest()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = Database(str(path))
    db.upgrade(backup=False)
    seed(db, "small", today=date(2026, 11, 25))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture
def demo_file(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "office" / "demo.sqlite3"
    path.parent.mkdir()
    shutil.copy(demo_template, path)
    return path


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` with a hash of its bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize(
    ("value", "words"),
    [
        pytest.param("/proc/ntip/office.sqlite3", "無法建立", id="a folder that cannot be made"),
        pytest.param("{file}/office.sqlite3", "是檔案，不是資料夾", id="a file used as a folder"),
        pytest.param(":::://", "無法解讀", id="no URL"),
        pytest.param("postgresql://u:secret@[::1", "無法解讀", id="an unclosed IPv6 host"),
        pytest.param("{dir}/office\x00.sqlite3", "無法解讀", id="a NUL in the path"),
        pytest.param("{dir}/office\udcff.sqlite3", "無法解讀", id="bytes that are not UTF-8"),
    ],
)
def test_a_db_value_that_cannot_be_used_is_exit_2_naming_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, value: str, words: str
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("不是資料夾", encoding="utf-8")
    value = value.replace("{file}", str(a_file)).replace("{dir}", str(tmp_path))
    for command_args in (["db", "upgrade"], ["accounts", "list"]):
        code, out, err = run(capsys, "--db", value, *command_args)
        assert code == 2
        assert out == ""
        assert err.startswith("ntip: ") and err.count("\n") == 1
        if command_args[0] == "db":  # a reader says first that the file is not there
            assert words in err
        assert "secret" not in err
    assert a_file.read_text(encoding="utf-8") == "不是資料夾"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_audit_list_refuses_a_limit_beyond_any_log(capsys: pytest.CaptureFixture[str], demo_file: Path) -> None:
    code, out, err = run(capsys, "--db", str(demo_file), "audit", "list", "--limit", "99999999999999999999")
    assert (code, out) == (2, "")
    assert err == "ntip: --limit: 筆數須為 1 到 1,000,000,000 的整數\n"
    code, out, _ = run(capsys, "--db", str(demo_file), "audit", "list", "--limit", "1000000000")
    assert code == 0 and out


@pytest.mark.parametrize("reader", READERS, ids=" ".join)
def test_a_reader_on_a_missing_database_creates_no_folder_and_no_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, reader: list[str]
) -> None:
    path = tmp_path / "nowhere" / "office.sqlite3"
    code, out, err = run(capsys, "--db", str(path), *reader)
    assert (code, out) == (2, "")
    assert err == f"ntip: 資料庫檔「{path}」不存在。請先執行「ntip db upgrade」建立資料庫。\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("reader", READERS, ids=" ".join)
def test_a_reader_leaves_an_empty_file_empty(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, reader: list[str]
) -> None:
    path = tmp_path / "office.sqlite3"
    path.touch()
    code, out, err = run(capsys, "--db", str(path), *reader)
    if reader == ["db", "info"]:  # the one reader that reports an empty database rather than refusing it
        assert code == 0 and "尚未建立" in out
    else:
        assert (code, out) == (2, "")
        assert "尚未建立或需要升級" in err
    assert folder_state(tmp_path) == {"office.sqlite3": EMPTY}


@pytest.mark.parametrize("reader", READERS, ids=" ".join)
def test_a_reader_changes_no_byte_of_a_database(
    capsys: pytest.CaptureFixture[str], demo_file: Path, reader: list[str]
) -> None:
    before = folder_state(demo_file.parent)
    code, _out, err = run(capsys, "--db", str(demo_file), *reader)
    assert code == 0, err
    after = folder_state(demo_file.parent)
    assert after["demo.sqlite3"] == before["demo.sqlite3"]
    # SQLite's read-only connection may leave its shared-memory index and an empty log beside the file,
    # as any program opening it does; nothing may be written into the log.
    assert after.get("demo.sqlite3-wal", EMPTY) == EMPTY


def test_rules_show_does_not_migrate_an_older_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    script = ScriptDirectory(str(Path(ntip_desktop.migrations.__file__).parent))
    previous = script.get_revision(head_revision()).down_revision
    assert isinstance(previous, str)
    path = tmp_path / "older.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", script.dir)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, previous)
    engine.dispose()
    before = folder_state(tmp_path)
    code, out, err = run(capsys, "--db", str(path), "rules", "show")
    assert (code, out) == (2, "")
    assert "尚未建立或需要升級。請執行「ntip db upgrade」" in err
    assert folder_state(tmp_path) == before
    assert run(capsys, "rules", "show", "--default")[0] == 0  # the rules themselves need no database


def _read_only_copy_command(demo_file: Path, *args: str) -> list[str] | None:
    """A command line that runs ``ntip --db <copy> args`` where the copy's folder is read-only to it:
    a read-only bind mount in a private mount namespace for root (whom permissions do not stop),
    permissions otherwise. None when neither is possible here."""
    cli = [sys.executable, "-m", "ntip_desktop.cli.main"]
    if os.geteuid() != 0:
        demo_file.chmod(0o444)
        demo_file.parent.chmod(0o555)
        return [*cli, "--db", str(demo_file), *args]
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-m", "true"], capture_output=True).returncode != 0:
        return None
    mount_point = demo_file.parent.parent / "archive"
    mount_point.mkdir()
    script = 'mount --bind -o ro "$1" "$2" && shift 2 && exec "$@"'
    copy = mount_point / demo_file.name
    return [
        unshare,
        "-m",
        "sh",
        "-c",
        script,
        "sh",
        str(demo_file.parent),
        str(mount_point),
        *cli,
        "--db",
        str(copy),
        *args,
    ]


@pytest.mark.parametrize("reader", [["audit", "verify"], ["accounts", "list"], ["db", "info"]], ids=" ".join)
def test_a_copy_on_a_read_only_medium_can_be_read_and_verified(demo_file: Path, reader: list[str]) -> None:
    before = folder_state(demo_file.parent)
    cmd = _read_only_copy_command(demo_file, *reader)
    if cmd is None:
        pytest.skip("no way to make a read-only folder here (root without mount namespaces)")
    try:
        done = subprocess.run(cmd, capture_output=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    finally:
        demo_file.parent.chmod(0o755)
    assert done.returncode == 0, done.stderr.decode("utf-8")
    if reader == ["audit", "verify"]:
        assert done.stdout.decode("utf-8").startswith("稽核紀錄完整")
    assert folder_state(demo_file.parent) == before


def _damage_audit_log(path: Path) -> None:
    """Overwrite the head of the audit log's root page, as a failing disk or a bad copy would."""
    con = sqlite3.connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'audit_log'").fetchone()[0]
    con.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(bytes(range(256)) + bytes(range(255, -1, -1)))


@pytest.mark.parametrize("reader", [["audit", "verify"], ["db", "info"], ["accounts", "list"]], ids=" ".join)
def test_a_damaged_file_is_reported_as_damaged_not_as_tampering(
    capsys: pytest.CaptureFixture[str], demo_file: Path, reader: list[str]
) -> None:
    _damage_audit_log(demo_file)
    con = sqlite3.connect(demo_file)
    with pytest.raises(sqlite3.DatabaseError, match="malformed"):
        con.execute("PRAGMA integrity_check").fetchall()
    con.close()
    code, out, err = run(capsys, "--db", str(demo_file), *reader)
    assert (code, out) == (2, "")
    assert err.startswith(f"ntip: 資料庫檔「{demo_file}」已損毀（SQLite 完整性檢查：")
    assert "這是檔案損壞，不是資料遭人修改的證據" in err
    assert "竄改" not in err


def test_a_tampered_log_in_a_sound_file_is_still_tampering(capsys: pytest.CaptureFixture[str], demo_file: Path) -> None:
    con = sqlite3.connect(demo_file)
    con.execute("DROP TRIGGER trg_audit_log_no_update")
    con.execute("UPDATE audit_log SET reason = '順手改一下' WHERE seq = 6")
    con.commit()
    con.close()
    code, out, _ = run(capsys, "--db", str(demo_file), "audit", "verify")
    assert code == 1
    assert "序號 6 的內容與其雜湊值不符（遭竄改）" in out


def test_a_read_only_database_refuses_writes_on_both_engines(tmp_path: Path, sqlite_template: Path) -> None:
    path = tmp_path / "office.sqlite3"
    shutil.copy(sqlite_template, path)
    urls = [str(path)] + ([PG_URL] if PG_URL else [])
    for url in urls:
        if url == PG_URL:
            writer = Database(PG_URL)
            writer.upgrade(backup=False)
            writer.dispose()
        db = open_database(url, read_only=True)
        try:
            with pytest.raises((DatabaseProblem, DBAPIError)), db.session() as s:
                s.execute(text("UPDATE settings SET value = value"))
        finally:
            db.dispose()


def test_a_text_argument_in_bytes_that_are_not_utf8_is_exit_2_naming_it(
    capsys: pytest.CaptureFixture[str], demo_file: Path
) -> None:
    # The shell hands such bytes on as lone surrogates, which no database or output can hold.
    code, out, err = run(capsys, "--db", str(demo_file), "courses", "check", "1140000001\udcff")
    assert (code, out, err) == (2, "", "ntip: CODE: 不是有效的 UTF-8 文字\n")
    code, out, err = run(capsys, "--db", str(demo_file), "awards", "list", "--course", "\udcb5\udcd8")
    assert (code, out, err) == (2, "", "ntip: --course: 不是有效的 UTF-8 文字\n")


def test_a_file_name_in_bytes_that_are_not_utf8_is_still_a_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    name = tmp_path / "研習.json".encode("cp950").decode("utf-8", "surrogateescape")  # named in Big5
    name.write_text('{"courses": [], "enrollments": []}', encoding="utf-8")
    code, out, err = run(capsys, "hours", "compute", str(name))
    assert code == 0, err
    assert json.loads(out) == {"rule_set": "2009-10-08", "awards": []}


@pytest.mark.parametrize("year", ["147481", "0", "1000", "-5"])
def test_a_roc_year_the_program_cannot_hold_is_exit_2(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path, year: str
) -> None:
    teacher = "A105787790"
    code, out, err = run(
        capsys,
        "--db",
        str(demo_file),
        "certificates",
        "record",
        "--teacher",
        teacher,
        "--year",
        year,
        "--out",
        str(tmp_path / "record.pdf"),
    )
    assert (code, out) == (2, "")
    assert err == "ntip: --year: 民國年須為 1 到 999 的整數\n"
    code, out, err = run(capsys, "--db", str(demo_file), "certificates", "issue", "--year", year)
    assert (code, out) == (2, "")
    assert err == "ntip: --year: 民國年須為 1 到 999 的整數\n"


def test_names_too_long_for_the_system_are_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    long_name = "研" * 100  # 300 bytes: more than a file name may have
    for args in (
        ["--db", str(tmp_path / long_name), "accounts", "list"],
        ["--db", str(tmp_path / long_name / "office.sqlite3"), "db", "upgrade"],
        ["rules", "print", "--default", "--out", str(tmp_path / f"{long_name}.pdf")],
        ["rules", "print", "--default", "--out", str(tmp_path / long_name / "rules.pdf")],
    ):
        code, out, err = run(capsys, *args)
        assert (code, out) == (2, ""), args
        assert "File name too long" in err or "名稱過長" in err, err
    assert list(tmp_path.iterdir()) == []
