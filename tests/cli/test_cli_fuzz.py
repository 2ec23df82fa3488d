"""Random input for every ``ntip`` command that reads input (issue 13): files, standard input, arguments.

Whatever arrives, a command must answer as CLI.md says: no traceback, exit 0, 1 or 2, nothing on stdout
when it exits 2, and (exit 2 meaning "nothing written anywhere") the database exactly as it was. The
inputs are random bytes, random JSON, and valid documents and argument lists with one part broken, so
that the checks deep inside a command are reached too. Commands run in this process (``main``) with
their standard streams replaced, which is much faster than a process each.

Run with ``-s`` to see how many inputs each command was given and how it answered.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from copy import deepcopy
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from ntip_desktop.cli.main import main
from ntip_desktop.models import (
    AccountApplication,
    Base,
    Certificate,
    Course,
    CourseState,
    Organization,
    OrgKind,
    Teacher,
)
from ntip_desktop.services.db import Database
from ntip_desktop.services.demo import seed

#: Exit codes by command, over the whole module: the counts the closing note of issue 13 asks for.
TALLY: dict[str, Counter[str]] = {}

HOURS_EXAMPLE: dict[str, Any] = {
    "courses": [
        {
            "code": "115A0001",
            "delivery": "in_person",
            "special_approval": None,
            "credits": None,
            "certified_hours": None,
            "segments": [
                {"id": "s1", "start": "2026-03-02T09:00", "end": "2026-03-02T10:30", "kind": "instruction"},
                {"id": "s2", "start": "2026-03-02T10:30", "end": "2026-03-02T10:45", "kind": "tea_break"},
                {"id": "s3", "start": "2026-03-02T10:45", "end": "2026-03-02T12:15", "kind": "instruction"},
            ],
        },
        {"code": "115B0002", "delivery": "credit", "credits": 2, "segments": []},
        {"code": "115C0003", "delivery": "online", "certified_hours": 3, "segments": []},
    ],
    "enrollments": [
        {
            "teacher": "A123456789",
            "course": "115A0001",
            "completed": True,
            "absences": [{"segment": "s1", "minutes": 30, "reason": "leave"}],
        },
        {"teacher": "A123456789", "course": "115B0002", "completed": False},
        {"teacher": "B223456780", "course": "115C0003", "completed": True, "absences": []},
    ],
}

REVIEW_EXAMPLE: dict[str, Any] = {
    "code": "115A0001",
    "title": "素養導向數學教學工作坊",
    "session_label": None,
    "outline": "介紹素養導向數學教學的設計原則，並實作評量題目的編寫、試教與修正。",
    "basis_doc": "台中(三)字第 0980169437 號",
    "start": "2026-03-02T09:00",
    "end": "2026-03-02T16:00",
    "venue": "臺中市立忠明高級中學 圖書館",
    "delivery": "in_person",
    "class_nature": "工作坊",
    "audience": ["k12_teacher"],
    "subsidy": {"unit": "教育部", "amount": 12000},
    "contact": {"name": "王小明", "phone": "04-2222-3333", "email": "wang@example.edu.tw"},
    "organizer": {
        "name": "臺中市立忠明高級中學",
        "category": 7,
        "approval_doc": None,
        "county": "臺中市",
        "kind": "senior_high",
        "ownership": "municipal",
        "level": None,
    },
    "registered_on": "2026-02-20",
    "online_county": True,
    "registered_elsewhere": False,
    "cross_school": False,
    "consent_doc": None,
    "series_titles": ["素養導向數學教學工作坊（一）"],
    "external_courses": [{"source": "臺中市", "organizer": "某校", "start": "2026-03-02", "title": "數學工作坊"}],
    "segments": [{"id": "s1", "start": "2026-03-02T09:00", "end": "2026-03-02T12:00", "kind": "instruction"}],
}

IMPORT_HEADER = [
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


# --- running a command in this process ------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    code: int
    stdout: bytes
    stderr: str


def ntip(argv: list[str], stdin: bytes = b"") -> Answer:
    """``ntip argv`` with ``stdin``; an exception escaping ``main`` (a traceback) fails the test."""
    streams = sys.stdin, sys.stdout, sys.stderr
    out, err = io.BytesIO(), io.BytesIO()
    fake_in = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    fake_out = io.TextIOWrapper(out, encoding="utf-8")
    fake_err = io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace")  # as Python's own stderr
    sys.stdin, sys.stdout, sys.stderr = fake_in, fake_out, fake_err
    try:
        try:
            code = main(argv)
        except BaseException:
            pytest.fail(f"ntip {argv!r} raised:\n{traceback.format_exc()}")
        fake_out.flush()
        fake_err.flush()
    finally:
        sys.stdin, sys.stdout, sys.stderr = streams
    return Answer(code, out.getvalue(), err.getvalue().decode("utf-8"))


def tally(command: str, answer: Answer) -> None:
    TALLY.setdefault(command, Counter())[f"exit {answer.code}"] += 1


def check(command: str, answer: Answer) -> None:
    """CLI.md's contract for any input."""
    tally(command, answer)
    assert answer.code in (0, 1, 2), answer
    assert "Traceback" not in answer.stderr, answer.stderr
    if answer.code == 2:
        assert answer.stdout == b"", answer
        assert answer.stderr.startswith(("ntip: ", "用法：ntip")), answer.stderr


@pytest.fixture(scope="module", autouse=True)
def report_counts() -> Iterator[None]:
    yield
    lines = [
        f"{command}: {sum(c.values())} inputs ({', '.join(f'{k} {v}' for k, v in sorted(c.items()))})"
        for command, c in sorted(TALLY.items())
    ]
    tried = sum(sum(c.values()) for c in TALLY.values())
    print(f"\nfuzzed the command line with {tried} inputs, every one handled:\n  " + "\n  ".join(lines))


# --- random text, bytes and JSON --------------------------------------------------------------------

#: Text as an argument arrives: any bytes but NUL, read as UTF-8 with invalid bytes kept as surrogates.
argv_text = st.binary(max_size=40).map(lambda b: b.replace(b"\0", b"").decode("utf-8", "surrogateescape"))
odd_text = st.sampled_from(
    ["", " ", "\u3000", "-", "--", "\t", "\n", "x" * 300, "9" * 30, "-1", "0", "１１５", "𝐀", "\u202e", "%s", "..", "/"]
)
any_text = st.one_of(st.text(max_size=30), argv_text, odd_text)

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.sampled_from(
        [
            "2026-03-02T09:00",
            "2026-02-30T09:00",
            "0001-01-01T00:00",
            "9999-12-31T23:59",
            "2026-03-02",
            "115/03/02",
            "instruction",
            "in_person",
            "credit",
            "online",
            "leave",
            "unexcused",
            "k12_teacher",
            10**4000,
            -1,
            0,
        ]
    ),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)


def paths(doc: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path to a value inside ``doc`` (dict keys and list indexes)."""
    yield prefix
    if isinstance(doc, dict):
        for key, value in doc.items():
            yield from paths(value, (*prefix, key))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            yield from paths(value, (*prefix, i))


@st.composite
def broken_document(draw: st.DrawFn, example: dict[str, Any]) -> Any:
    """``example`` with one to three parts replaced, removed, duplicated or given an unknown neighbour."""
    doc = deepcopy(example)
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(list(paths(doc))))
        if not where:
            return draw(json_values)
        parent = doc
        for step in where[:-1]:
            parent = parent[step]
        last = where[-1]
        action = draw(st.sampled_from(["replace", "replace", "remove", "duplicate", "unknown key"]))
        if action == "replace":
            parent[last] = draw(json_values)
        elif action == "remove":
            del parent[last]
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(deepcopy(parent[last]))
        elif isinstance(parent[last], dict):
            parent[last][draw(st.text(max_size=8))] = draw(json_values)
    return doc


@st.composite
def json_input(draw: st.DrawFn, example: dict[str, Any]) -> bytes:
    """Random bytes, random JSON, or a broken example; sometimes with a byte or two changed."""
    kind = draw(st.sampled_from(["bytes", "json", "broken", "broken", "broken", "escapes"]))
    if kind == "bytes":
        return draw(st.binary(max_size=200))
    doc = draw(json_values) if kind == "json" else draw(broken_document(example))
    data = json.dumps(doc, ensure_ascii=draw(st.booleans())).encode("utf-8")
    if kind == "escapes":  # text JSON can carry but UTF-8 cannot, and nesting the parser cannot follow
        data = draw(
            st.sampled_from(
                [
                    data.replace(b'"A123456789"', b'"\\udcff"'),
                    data.replace(b'"s1"', b'"\\ud800x"'),
                    b"[" * 100_000 + b"]" * 100_000,
                    b'{"courses": [' + b"9" * 5000 + b"]}",
                    b'{"courses": 1e400}',
                    b"\xef\xbb\xbf" + data,
                    data.decode("utf-8").encode("utf-16"),
                ]
            )
        )
    if draw(st.integers(0, 4)) == 0 and data:
        i = draw(st.integers(0, len(data) - 1))
        data = data[:i] + draw(st.binary(min_size=0, max_size=3)) + data[i + 1 :]
    return data


# --- the database every database command reads ----------------------------------------------------


@dataclass(frozen=True)
class World:
    path: Path
    course_codes: list[str]
    application_numbers: list[str]
    certificate_codes: list[str]
    teacher_ids: list[str]
    organization_codes: list[str]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    """The small demo data set, with the certificates of one awarded course issued."""
    path = tmp_path_factory.mktemp("fuzz") / "office.sqlite3"
    db = Database(str(path))
    db.upgrade(backup=False)
    seed(db, "small", today=date(2026, 11, 25))
    with db.session() as s:
        awarded = (
            s.execute(select(Course.code).where(Course.state == CourseState.AWARDED).order_by(Course.code))
            .scalars()
            .first()
        )
    assert awarded is not None
    assert ntip(["--db", str(path), "certificates", "issue", "--course", awarded]).code in (0, 1)
    with db.session() as s:
        world = World(
            path,
            list(s.execute(select(Course.code).order_by(Course.code).limit(20)).scalars()),
            list(s.execute(select(AccountApplication.number).order_by(AccountApplication.number).limit(20)).scalars()),
            list(s.execute(select(Certificate.code).limit(10)).scalars()),
            list(s.execute(select(Teacher.national_id).order_by(Teacher.national_id).limit(20)).scalars()),
            list(
                s.execute(
                    select(Organization.code)
                    .where(Organization.kind.in_([OrgKind.ELEMENTARY, OrgKind.JUNIOR_HIGH, OrgKind.SENIOR_HIGH]))
                    .order_by(Organization.code)
                    .limit(20)
                ).scalars()
            ),
        )
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    assert world.certificate_codes, "the demo course has certificates to verify"
    return world


def fingerprint(path: Path) -> tuple[Any, ...]:
    """What any write changes: the audit chain's head and the number of rows of every table."""
    db = Database(str(path))
    try:
        with db.session() as s:
            head = tuple(s.execute(text("SELECT seq, hash FROM audit_head")).one())
            counts = tuple(
                s.execute(select(func.count()).select_from(table)).scalar_one() for table in Base.metadata.sorted_tables
            )
    finally:
        db.dispose()
    return head, counts


@pytest.fixture
def scratch(world: World, tmp_path: Path) -> Callable[[], Path]:
    """A fresh copy of the world's database for a command that may write (one per example)."""

    def copy() -> Path:
        target = tmp_path / "copy.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copy(world.path, target)
        return target

    return copy


def value_from(real: list[str]) -> st.SearchStrategy[str]:
    """A real value (so that the command gets past the lookup), one slightly changed, or any text."""
    known = st.sampled_from(real)
    return st.one_of(
        known,
        known.map(str.lower),
        known.map(lambda v: v[:-1]),
        known.map(lambda v: f" {v}\u3000"),
        known.map(lambda v: v + "\udcff"),
        any_text,
    )


SLOW = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


# --- the commands -------------------------------------------------------------------------------


@settings(SLOW, max_examples=300)
@given(
    st.lists(st.one_of(any_text, st.sampled_from(["A123456789", "A800000014", "AC01234567"])), min_size=0, max_size=4)
)
def test_id_check(ids: list[str]) -> None:
    answer = ntip(["id", "check", *ids])
    check("id check", answer)
    if answer.code != 2:  # one line per ID ("--" ends the options: it is no ID)
        assert len(answer.stdout.decode("utf-8").splitlines()) == len(ids) - ("--" in ids)


@settings(SLOW, max_examples=300)
@given(json_input(HOURS_EXAMPLE))
def test_hours_compute(data: bytes) -> None:
    answer = ntip(["hours", "compute", "-"], stdin=data)
    check("hours compute", answer)
    assert answer.code in (0, 2)
    if answer.code == 0:
        assert "awards" in json.loads(answer.stdout)


@settings(SLOW, max_examples=300)
@given(json_input(REVIEW_EXAMPLE))
def test_review_check(data: bytes) -> None:
    answer = ntip(["review", "check", "-"], stdin=data)
    check("review check", answer)
    if answer.code != 2:
        assert "checks" in json.loads(answer.stdout)


@settings(SLOW, max_examples=40)
@given(
    hours=json_input(HOURS_EXAMPLE),
    review=json_input(REVIEW_EXAMPLE),
    name=st.sampled_from(["in.json", "in.json", "missing.json", ".", "in.json/x", "-x", "y" * 300]),
)
def test_hours_compute_and_review_check_from_a_file(tmp_path: Path, hours: bytes, review: bytes, name: str) -> None:
    for command, data in (("hours", hours), ("review", review)):
        (tmp_path / "in.json").write_bytes(data)
        answer = ntip([command, "compute" if command == "hours" else "check", str(tmp_path / name)])
        check(f"{command} (file)", answer)


@st.composite
def import_file(draw: st.DrawFn, organization_codes: list[str]) -> tuple[str, bytes]:
    """A file name and content for ``accounts import``: random bytes, or a CSV or XLSX with broken cells."""
    suffix = draw(st.sampled_from([".csv", ".csv", ".xlsx", ".txt", ""]))
    if draw(st.integers(0, 3)) == 0:
        return f"apply{suffix}", draw(st.binary(max_size=300))
    org = draw(st.sampled_from(organization_codes))
    row = [
        "業務帳號",
        "各級學校",
        org,
        draw(st.from_regex(r"[a-z][a-z0-9.]{3,12}", fullmatch=True)),
        "",
        "李校長",
        "校長",
        "王小明",
        "02-2303-4381#215",
        "train@ck.tp.edu.tw",
        "98.07.08",
        "115/03/02 09:15",
        "115/03/02 09:20",
    ]
    teacher = [
        "教師個人帳號",
        "",
        org,
        "t" + row[3],
        "A123456789",
        "林老師",
        "教師",
        "林老師",
        "0912-345-678",
        "lin@ck.tp.edu.tw",
        "98.07.08",
        "2026-03-02 10:00",
        "2026-03-02 10:01",
    ]
    rows = [IMPORT_HEADER, row, teacher]
    for _ in range(draw(st.integers(0, 3))):
        r = draw(st.integers(0, len(rows) - 1))
        c = draw(st.integers(0, len(IMPORT_HEADER) - 1))
        rows[r][c] = draw(
            st.one_of(
                st.text(max_size=20),
                st.sampled_from(
                    [
                        "2099-01-01 00:00",
                        "1900/1/1",
                        "0001-01-01",
                        "115/13/45",
                        "99999999",
                        "1151324",
                        "25:61",
                        "中華民國1150302",
                        "",
                        "=1+1",
                        "9" * 40,
                    ]
                ),
            )
        )
    if suffix == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        book = Workbook()
        for r in rows:  # (a cell cannot hold control characters: openpyxl refuses to write them)
            book.active.append([ILLEGAL_CHARACTERS_RE.sub("", cell).encode("utf-8", "replace").decode() for cell in r])
        buffer = io.BytesIO()
        book.save(buffer)
        return f"apply{suffix}", buffer.getvalue()
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp950", "utf-16"]))
    return f"apply{suffix}", buffer.getvalue().encode(encoding, "replace")


@settings(SLOW, max_examples=60)
@given(st.data())
def test_accounts_import(world: World, scratch: Callable[[], Path], tmp_path: Path, data: st.DataObject) -> None:
    name, content = data.draw(import_file(world.organization_codes))
    path = tmp_path / name
    path.write_bytes(content)
    db = scratch()
    before = fingerprint(db)
    answer = ntip(["--db", str(db), "accounts", "import", str(path)])
    check("accounts import", answer)
    if answer.code == 2:
        assert fingerprint(db) == before, "exit 2 wrote to the database"


@st.composite
def database_command(draw: st.DrawFn, w: World) -> tuple[str, list[str]]:
    """A command that reads the database (by name) and its argument list, with random arguments."""
    course = value_from(w.course_codes)
    out_name = st.sampled_from(
        [
            "out.pdf",
            "out.zip",
            "out.txt",
            "-",
            ".",
            "missing/out.pdf",
            "out\udcff.pdf",
            "",
            "y" * 300 + ".pdf",
            "y" * 300 + "/o.pdf",
        ]
    )
    choice = draw(
        st.sampled_from(
            [
                "accounts list",
                "accounts fax-form",
                "courses list",
                "courses check",
                "certificates record",
                "certificates export",
                "awards list",
                "attendance export",
                "audit list",
                "audit verify",
                "rules show",
                "rules print",
                "db info",
            ]
        )
    )
    if choice == "accounts list":
        args = ["accounts", "list", *draw(st.sampled_from([[], ["--json"], ["--state", "approved"]]))]
        if draw(st.booleans()):
            args += ["--state", draw(any_text)]
    elif choice == "accounts fax-form":
        args = ["accounts", "fax-form", draw(value_from(w.application_numbers)), "--out", "{tmp}/" + draw(out_name)]
    elif choice == "courses list":
        args = ["courses", "list", *draw(st.sampled_from([[], ["--json"], ["--awarded"], ["--state", draw(any_text)]]))]
    elif choice == "courses check":
        args = ["courses", "check", draw(course), *draw(st.sampled_from([[], ["--json"]]))]
    elif choice == "certificates record":
        year = draw(st.one_of(st.sampled_from(["114", "115"]), any_text, st.integers().map(str)))
        args = [
            "certificates",
            "record",
            "--teacher",
            draw(value_from(w.teacher_ids)),
            "--year",
            year,
            "--out",
            "{tmp}/" + draw(out_name),
        ]
    elif choice == "certificates export":
        args = [
            "certificates",
            "export",
            "--course",
            draw(course),
            "--out",
            "{tmp}/" + draw(st.sampled_from(["", "x"])),
            *draw(st.sampled_from([[], ["--one-file"]])),
        ]
    elif choice == "awards list":
        args = ["awards", "list", "--course", draw(course), "--json"]
    elif choice == "attendance export":
        args = ["attendance", "export", "--course", draw(course), "--json"]
    elif choice == "audit list":
        args = [
            "audit",
            "list",
            "--limit",
            draw(st.one_of(st.integers().map(str), any_text)),
            "--entity",
            draw(any_text),
        ]
    elif choice == "audit verify":
        args = ["audit", "verify"]
    elif choice == "rules show":
        args = ["rules", "show"]
    elif choice == "rules print":
        args = ["rules", "print", "--out", "{tmp}/" + draw(out_name)]
    else:
        args = ["db", "info", *draw(st.sampled_from([[], ["--json"]]))]
    if draw(st.integers(0, 9)) == 0:  # a stray word or option
        args.insert(
            draw(st.integers(0, len(args))), draw(st.one_of(any_text, st.sampled_from(["--json", "--help", "-h"])))
        )
    return choice, args


@settings(SLOW, max_examples=150)
@given(st.data())
def test_commands_that_read_the_database(world: World, tmp_path: Path, data: st.DataObject) -> None:
    name, args = data.draw(database_command(world))
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    before = fingerprint(world.path)
    answer = ntip(["--db", str(world.path), *args])
    check(name, answer)
    assert fingerprint(world.path) == before, "a command that reads wrote to the database"


@settings(SLOW, max_examples=40)
@given(st.data())
def test_commands_that_write_the_database(
    world: World, scratch: Callable[[], Path], tmp_path: Path, data: st.DataObject
) -> None:
    course = value_from(world.course_codes)
    args = data.draw(
        st.one_of(
            # (--all and a year with courses are left out: they award or certify the whole demo, which
            # takes long and reads no input)
            st.builds(lambda c: ["hours", "award", "--course", c], course),
            st.builds(lambda c: ["certificates", "issue", "--course", c], course),
            st.builds(
                lambda y, o: ["certificates", "issue", "--year", y, "--out", f"{tmp_path}/{o}"],
                st.one_of(st.sampled_from(["0", "1", "999", "1000", "-1"]), st.integers().map(str), any_text),
                st.sampled_from(["c.pdf", "c.zip", "c.txt", "-", "nowhere/c.pdf"]),
            ),
            st.builds(lambda c: ["certificates", "verify", c], value_from(world.certificate_codes)),
        )
    )
    db = scratch()
    before = fingerprint(db)
    answer = ntip(["--db", str(db), *args])
    check(" ".join(args[:2]), answer)  # the command words: these lists have no random word before them
    if answer.code == 2:
        assert fingerprint(db) == before, "exit 2 wrote to the database"


@settings(SLOW, max_examples=60)
@given(
    db_value=st.one_of(
        any_text,
        st.sampled_from(
            [
                "::://",
                "postgresql://u:p@[::1",
                "sqlite://",
                "sqlite:///",
                "mysql://x/y",
                "/proc/x/y.db",
                "postgresql://u:p@127.0.0.1:1/x",
                "~nobody-here/x.db",
                "{tmp}",
                "{tmp}/f/x.db",
                "{tmp}/f",
            ]
        ),
    ),
    args=st.sampled_from(
        [["accounts", "list"], ["audit", "verify"], ["db", "info"], ["rules", "show"], ["courses", "list"]]
    ),
)
def test_any_db_value(tmp_path: Path, db_value: str, args: list[str]) -> None:
    (tmp_path / "f").write_text("a file, not a folder", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    answer = ntip(["--db", db_value.replace("{tmp}", str(tmp_path)), *args])
    check("--db", answer)
    assert sorted(p.name for p in tmp_path.iterdir()) == before, "a reader created something"
