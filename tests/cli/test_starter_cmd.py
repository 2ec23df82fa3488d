"""``ntip package starter`` (the office writes a school computer's starter file) and ``ntip package start`` (the
school computer's first start from it), beyond the contract (docs/cli.md, docs/packages.md): the office on
both engines, the school computer a new SQLite file."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from account_world import SCHOOL_TPE
from attendance_world import build_attendance_world
from course_world import add_course
from sqlalchemy import func, select

from ntip_desktop.cli.main import main
from ntip_desktop.models import Course, CourseState, Enrollment, Organization, Segment
from ntip_desktop.services import auth
from ntip_desktop.services.db import Database


def ntip(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_office_makes_the_file_and_the_school_computer_starts_from_it(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    build_attendance_world(database, teachers=3)
    starter = tmp_path / "建國中學-設定檔.zip"
    code, out, err = ntip(
        capsys,
        "--db",
        database.url,
        "package",
        "starter",
        "--org",
        SCHOOL_TPE,
        "--login",
        "coord",
        "--out",
        str(starter),
    )
    assert code == 0, err
    made = json.loads(out)
    assert made["counts"] == {"courses": 1, "segments": 5, "enrollments": 3, "attendance": 0, "teachers": 3}
    assert made["fingerprint"] in err and "核對" in err

    laptop = tmp_path / "學校.sqlite3"
    monkeypatch.setattr("sys.stdin", io.StringIO("laptop pass 1\n"))
    code, out, err = ntip(capsys, "--db", str(laptop), "package", "start", str(starter), "--password-stdin")
    assert code == 0, err
    assert json.loads(out)["coordinator"] == "coord"
    assert made["fingerprint"] in err and "臺北市立建國高級中學" in err and "請以此帳號" in err
    db = Database(str(laptop))
    try:
        with db.session() as s:
            assert auth.authenticate(s, "coord", "laptop pass 1").organization_id is not None
            counts = [s.execute(select(func.count()).select_from(m)).scalar_one() for m in (Organization, Course)]
            counts += [s.execute(select(func.count()).select_from(m)).scalar_one() for m in (Segment, Enrollment)]
    finally:
        db.dispose()
    assert counts == [1, 1, 5, 3]

    monkeypatch.setattr("sys.stdin", io.StringIO("laptop pass 1\n"))  # a second time: the file is not empty now
    code, out, err = ntip(capsys, "--db", str(laptop), "package", "start", str(starter), "--password-stdin")
    assert code == 2 and "已有資料" in err and out == ""


def test_start_asks_twice_on_a_terminal_and_writes_nothing_when_they_differ_or_no_terminal(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    build_attendance_world(database, teachers=1)
    starter = tmp_path / "s.zip"
    assert (
        ntip(
            capsys,
            "--db",
            database.url,
            "package",
            "starter",
            "--org",
            SCHOOL_TPE,
            "--login",
            "coord",
            "--out",
            str(starter),
        )[0]
        == 0
    )
    laptop = tmp_path / "學校.sqlite3"

    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal, and no --password-stdin
    code, _out, err = ntip(capsys, "--db", str(laptop), "package", "start", str(starter))
    assert code == 2 and "--password-stdin" in err
    assert not laptop.exists()

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    answers = iter(["laptop pass 1", "laptop pass 2"])
    monkeypatch.setattr("sys.stdin", Terminal(""))
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    code, _out, err = ntip(capsys, "--db", str(laptop), "package", "start", str(starter))
    assert code == 2 and "不一致" in err
    assert not laptop.exists()

    answers = iter(["laptop pass 1", "laptop pass 1"])
    code, _out, err = ntip(capsys, "--db", str(laptop), "package", "start", str(starter))
    assert code == 0, err


def test_a_file_that_is_no_starter_file_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_zip = tmp_path / "notes.zip"
    not_zip.write_text("just text", encoding="utf-8")
    code, out, err = ntip(
        capsys, "--db", str(tmp_path / "x.sqlite3"), "package", "start", str(not_zip), "--password-stdin"
    )
    assert code == 2 and "不是學校設定檔" in err and out == ""
    assert not (tmp_path / "x.sqlite3").exists()


def test_refresh_brings_a_course_the_office_entered_to_the_school_computer(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    build_attendance_world(database, teachers=2)
    first, second = tmp_path / "設定檔-1.zip", tmp_path / "設定檔-2.zip"
    office = ("--db", database.url, "package", "starter", "--org", SCHOOL_TPE, "--login", "coord", "--out")
    assert ntip(capsys, *office, str(first))[0] == 0
    laptop = tmp_path / "學校.sqlite3"
    monkeypatch.setattr("sys.stdin", io.StringIO("laptop pass 1\n"))
    assert ntip(capsys, "--db", str(laptop), "package", "start", str(first), "--password-stdin")[0] == 0
    add_course(database, code="1150000088", title="區管中心代建的研習", state=CourseState.APPROVED)
    assert ntip(capsys, *office, str(second))[0] == 0

    code, out, err = ntip(capsys, "--db", str(laptop), "package", "refresh", str(second))
    assert code == 0, err
    done = json.loads(out)
    assert (done["organization"], done["updated"], done["added"], done["state_changes"]) == (SCHOOL_TPE, 0, 1, [])
    assert "新增 1 門課程" in err
    db = Database(str(laptop))
    try:
        with db.session() as s:
            assert (
                s.execute(select(Course.title).where(Course.code == "1150000088")).scalar_one() == "區管中心代建的研習"
            )
    finally:
        db.dispose()
    code, out, err = ntip(capsys, "--db", str(laptop), "package", "refresh", str(second))
    assert code == 0 and json.loads(out)["added"] == 0  # the same file again changes nothing

    code, out, err = ntip(capsys, "--db", database.url, "package", "refresh", str(second))  # not at the office
    assert code == 2 and out == "" and "不是本機所信任的區管中心金鑰" in err
