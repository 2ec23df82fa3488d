"""``ntip package export|verify|import`` (docs/cli.md) and ``identity|trust`` (beyond the contract), as a
coordinator and a district office run them: the coordinator's SQLite file, the office on both engines."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from account_world import SCHOOL_TPE, build_world
from attendance_world import build_attendance_world
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from ntip_desktop.cli.main import main
from ntip_desktop.models import Absence, AbsenceReason, Course, Enrollment, Segment
from ntip_desktop.services import packages
from ntip_desktop.services.db import Database


def ntip(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def laptop(sqlite_template: Path, tmp_path: Path) -> str:
    """The coordinator's SQLite file: 建國中學's course of 2026-03-02, three teachers, one absence."""
    path = tmp_path / "laptop.sqlite3"
    shutil.copy(sqlite_template, path)
    db = Database(str(path))
    world = build_attendance_world(db, teachers=3)
    with db.session() as s:
        s.add(
            Absence(
                enrollment_id=world.course.enrollments[1],
                segment_id=world.course.segments["S2"],
                minutes=20,
                reason=AbsenceReason.LEAVE,
            )
        )
    db.dispose()
    return str(path)


def _count(db: Database, model: type) -> int:
    with db.session() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_a_month_goes_from_the_laptop_to_the_office(
    laptop: str, database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_world(database)
    package = tmp_path / "建國中學-2026-03.zip"
    code, out, err = ntip(
        capsys, "--db", laptop, "package", "export", "--org", SCHOOL_TPE, "--month", "2026-03", "--out", str(package)
    )
    assert code == 0, err
    exported: dict[str, Any] = json.loads(out)
    assert exported["counts"] == {"courses": 1, "segments": 5, "enrollments": 3, "attendance": 1}

    code, line, err = ntip(capsys, "--db", laptop, "package", "identity")
    assert code == 0 and line.startswith("NTIP-INSTALLATION/1 ") and exported["installation"] in line

    code, out, err = ntip(capsys, "--db", database.url, "package", "verify", str(package))
    assert code == 1 and "未在本單位登錄" in err  # the office does not know this laptop yet

    key_file = tmp_path / "laptop.key"
    key_file.write_text(line, encoding="utf-8")
    code, out, err = ntip(capsys, "--db", database.url, "package", "trust", str(key_file), "--org", SCHOOL_TPE)
    assert code == 0 and "已登錄" in out, err
    code, out, err = ntip(capsys, "--db", database.url, "package", "verify", str(package))
    assert code == 0 and "通過" in out and exported["sha256"] in out, err

    code, out, err = ntip(capsys, "--db", database.url, "package", "import", str(package), "--dry-run")
    assert code == 0, err
    preview = json.loads(out)
    assert (preview["new"], preview["changed"], preview["conflicting"]) == (10, 0, 0)
    assert _count(database, Course) == 0  # a dry run writes nothing

    code, out, err = ntip(capsys, "--db", database.url, "package", "import", str(package))
    assert code == 0 and json.loads(out)["applied"] == 10, err
    counts = [_count(database, m) for m in (Course, Segment, Enrollment, Absence)]
    assert counts == [1, 5, 3, 1]

    code, out, err = ntip(capsys, "--db", database.url, "package", "import", str(package))
    assert code == 0 and json.loads(out)["applied"] == 0 and "已匯入過" in err
    assert [_count(database, m) for m in (Course, Segment, Enrollment, Absence)] == counts


def test_the_dry_run_counts_what_the_school_deleted(
    laptop: str, database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_world(database)
    export = ["--db", laptop, "package", "export", "--org", SCHOOL_TPE, "--month", "2026-03", "--out"]
    assert ntip(capsys, *export, str(tmp_path / "first.zip"))[0] == 0
    line = ntip(capsys, "--db", laptop, "package", "identity")[1]
    assert ntip(capsys, "--db", database.url, "package", "trust", line.strip(), "--org", SCHOOL_TPE)[0] == 0
    assert ntip(capsys, "--db", database.url, "package", "import", str(tmp_path / "first.zip"))[0] == 0
    db = Database(laptop)  # the school clears the absence it keyed
    try:
        with db.session() as s:
            s.execute(delete(Absence))
    finally:
        db.dispose()
    assert ntip(capsys, *export, str(tmp_path / "second.zip"))[0] == 0

    code, out, err = ntip(capsys, "--db", database.url, "package", "import", str(tmp_path / "second.zip"), "--dry-run")
    assert code == 0, err
    preview = json.loads(out)
    assert (preview["new"], preview["changed"], preview["conflicting"], preview["deleted"]) == (0, 0, 0, 1)
    assert preview["tables"]["attendance"]["deleted"] == 1 and _count(database, Absence) == 1
    code, out, err = ntip(capsys, "--db", database.url, "package", "import", str(tmp_path / "second.zip"))
    assert code == 0 and json.loads(out)["deleted"] == 1 and _count(database, Absence) == 0, err


def test_verify_says_1_when_a_byte_changed_and_2_when_not_a_package(
    laptop: str, database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_world(database)
    package = tmp_path / "p.zip"
    assert (
        ntip(
            capsys,
            "--db",
            laptop,
            "package",
            "export",
            "--org",
            SCHOOL_TPE,
            "--month",
            "2026-03",
            "--out",
            str(package),
        )[0]
        == 0
    )
    line = ntip(capsys, "--db", laptop, "package", "identity")[1]
    assert ntip(capsys, "--db", database.url, "package", "trust", line.strip(), "--org", SCHOOL_TPE)[0] == 0

    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(package) as old, zipfile.ZipFile(tampered, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(info.filename, data.replace(b'"minutes":20', b'"minutes":29'))
    code, out, err = ntip(capsys, "--db", database.url, "package", "verify", str(tampered))
    assert code == 1 and "attendance.jsonl" in err and "不符" in out

    code, out, err = ntip(capsys, "--db", database.url, "package", "import", str(tampered))
    assert code == 2 and "未匯入任何資料" in err and out == ""
    assert _count(database, Course) == 0

    not_zip = tmp_path / "notes.zip"
    not_zip.write_text("just text", encoding="utf-8")
    code, out, err = ntip(capsys, "--db", database.url, "package", "verify", str(not_zip))
    assert code == 2 and "不是傳報檔" in err and out == ""

    code, out, err = ntip(
        capsys, "--db", laptop, "package", "export", "--org", SCHOOL_TPE, "--month", "2026-13", "--out", str(package)
    )
    assert code == 2 and "--month" in err


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_damage_to_a_package_is_answered_without_a_traceback(
    laptop: str, sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """Random bytes, or a real package with bytes changed, cut or appended: verify answers 0, 1 or 2 and import
    0 or 2 (nothing on stdout and nothing written when 2), never a traceback."""
    folder = tmp_path_factory.mktemp("fuzz")
    office = folder / "office.sqlite3"
    shutil.copy(sqlite_template, office)
    db = Database(str(office))
    build_world(db)
    db.dispose()
    package = folder / "p.zip"
    assert (
        main(["--db", laptop, "package", "export", "--org", SCHOOL_TPE, "--month", "2026-03", "--out", str(package)])
        == 0
    )
    line = packages.installation_line()
    assert main(["--db", str(office), "package", "trust", line, "--org", SCHOOL_TPE]) == 0
    good = package.read_bytes()
    how = data.draw(st.sampled_from(["random", "flip", "cut", "append"]))
    if how == "random":
        damaged = data.draw(st.binary(max_size=2000))
    elif how == "flip":
        at = data.draw(st.integers(0, 10**6)) % len(good)  # (the package's size varies with its timestamps)
        damaged = good[:at] + bytes([good[at] ^ data.draw(st.integers(1, 255))]) + good[at + 1 :]
    elif how == "cut":
        damaged = good[: data.draw(st.integers(0, 10**6)) % len(good)]
    else:
        damaged = good + data.draw(st.binary(min_size=1, max_size=200))
    package.write_bytes(damaged)
    for argv, allowed in (
        (["package", "verify", str(package)], {0, 1, 2}),
        (["package", "import", str(package), "--dry-run"], {0, 1, 2}),
        (["package", "import", str(package)], {0, 2}),
    ):
        out, err = io.BytesIO(), io.StringIO()
        stdout = io.TextIOWrapper(out, encoding="utf-8")
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(err):
            code = main(["--db", str(office), *argv])
            stdout.flush()
        assert code in allowed and "Traceback" not in err.getvalue(), (argv, code, err.getvalue())
        if code == 2:
            assert out.getvalue() == b"", argv
    db = Database(str(office))
    try:
        with db.session() as s:
            courses = s.execute(select(func.count()).select_from(Course)).scalar_one()
    finally:
        db.dispose()
    assert courses in (0, 1)  # all of the package, or none of it
