"""Migration 0003: fax checks, absences and review items get UUID keys and keep every row and its data.

A database is built at revision 0002 with rows in each converted table (integer keys, as an office has
them today), upgraded to head, checked, then downgraded back to 0002 and checked again; on SQLite and on
PostgreSQL (there in a schema of its own, so the shared test database stays as it is).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Integer,
    String,
    Text,
    Uuid,
    column,
    delete,
    func,
    insert,
    inspect,
    select,
    table,
)
from sqlalchemy.orm import Session

from ntip_desktop.models import (
    Absence,
    AccountApplication,
    AccountKind,
    ApplicationPurpose,
    ApplicationSource,
    ApplicationState,
    Base,
    Course,
    CourseReview,
    CourseState,
    Delivery,
    Enrollment,
    FaxCheck,
    FaxCheckItem,
    OfficeUser,
    Organization,
    OrgKind,
    Ownership,
    ReviewItem,
    Role,
    Segment,
    SegmentKind,
    Teacher,
)
from ntip_desktop.models.base import UTCDateTime, table_of
from ntip_desktop.services.db import Database, head_revision, migrate

#: Prefix of the PostgreSQL schemas this test works in, beside the shared ``public``.
PG_SCHEMA = "test_uuid_keys"

CONVERTED = ("fax_checks", "absences", "review_items")

#: The converted tables as they are at 0002, every column but the key: what must survive the migration.
DATA_COLUMNS = {
    "fax_checks": (
        ("application_id", Uuid()),
        ("item", String()),
        ("ok", Boolean()),
        ("checked_by_id", Uuid()),
        ("checked_at", UTCDateTime()),
    ),
    "absences": (
        ("enrollment_id", Uuid()),
        ("segment_id", Uuid()),
        ("minutes", Integer()),
        ("reason", String()),
    ),
    "review_items": (
        ("review_id", Uuid()),
        ("check_id", String()),
        ("auto_outcome", String()),
        ("outcome", String()),
        ("message", Text()),
        ("data", JSON()),
        ("override_reason", Text()),
        ("overridden_by_id", Uuid()),
        ("overridden_at", UTCDateTime()),
    ),
}


def _table(name: str, key_type: Any) -> Any:
    return table(name, column("id", key_type), *(column(c, type_) for c, type_ in DATA_COLUMNS[name]))


def _migrate(db: Database, revision: str, *, down: bool = False) -> None:
    migrate(db.engine, revision, down=down)


@pytest.fixture
def scratch(database: Database, tmp_path: Path) -> Iterator[Callable[[str], Database]]:
    """``scratch(name)``: an empty database of the same engine as ``database`` (SQLite file, PostgreSQL schema)."""
    made: list[tuple[Database, str]] = []

    def make(name: str) -> Database:
        if database.dialect == "sqlite":
            db = Database(str(tmp_path / f"{name}.sqlite3"))
        else:
            schema = f"{PG_SCHEMA}_{name}"
            with database.engine.begin() as conn:
                conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
                conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
            url = database.engine.url.update_query_dict({"options": f"-csearch_path={schema}"})
            db = Database(url.render_as_string(hide_password=False))
            made.append((db, schema))
        return db

    yield make
    for db, schema in made:
        db.dispose()
        with database.engine.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")


#: Columns 0011 adds to the records that travel in report packages.
SYNCED = ("origin", "captured_at", "sync_digest")


def _fill_at_0002(db: Database) -> dict[str, Any]:
    """Parents through the ORM (their tables do not change; office_users through Core), children with integer keys through Core."""
    now = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)
    with Session(db.engine) as s, s.begin():
        org = Organization(
            code="383601", name="臺北市立建國高級中學", kind=OrgKind.SENIOR_HIGH, ownership=Ownership.MUNICIPAL
        )
        # office_users gains columns later (0009): at 0002 its row goes in through Core, with the columns it had
        clerk_id = uuid.uuid4()
        values = dict(
            id=clerk_id,
            login="admin",
            display_name="陳主任",
            role=Role.ADMIN,
            password_hash="-",
            active=True,
            created_at=now,
            updated_at=now,
        )
        users = table("office_users", *(column(n, OfficeUser.__table__.c[n].type) for n in values))
        s.execute(insert(users).values(**values))
        wang = Teacher(national_id="A123456789", name="王大明", organization=org)
        lin = Teacher(national_id="B223456780", name="林小華", organization=org)
        # courses gain columns later (0011): at 0002 the course goes in through Core, with the columns it had
        course_id = uuid.uuid4()
        course_values = dict(
            id=course_id,
            code="115A0001",
            title="素養導向評量設計",
            session_label="",
            outline="",
            organizer_category=7,
            cross_school=False,
            start_at=datetime(2026, 3, 2, 9),
            end_at=datetime(2026, 3, 2, 16),
            venue="",
            delivery=Delivery.IN_PERSON,
            audience=[],
            contact_name="",
            contact_phone="",
            contact_email="",
            registered_elsewhere=False,
            state=CourseState.APPROVED,
            school_year=114,
            version=1,
            created_at=now,
            updated_at=now,
        )
        application = AccountApplication(
            number="1150000017",
            purpose=ApplicationPurpose.NEW_ACCOUNT,
            kind=AccountKind.BUSINESS,
            login_id="ck_school01",
            state=ApplicationState.FAX_RECEIVED,
            source=ApplicationSource.COORDINATOR,
            organization=org,
            applicant_name="張校長",
            contact_name="陳組長",
            contact_phone="02-23034381",
            contact_email="study@ck.tp.edu.tw",
            agreement_version="2009-10",
            agreement_accepted_at=now,
            submitted_at=now,
            fax_received_on=date(2026, 3, 3),
        )
        s.add_all([wang, lin, application])
        s.flush()
        courses = table("courses", *(column(n, Course.__table__.c[n].type) for n in [*course_values, "organizer_id"]))
        s.execute(insert(courses).values(**course_values, organizer_id=org.id))
        review = CourseReview(course_id=course_id, rule_set_version="2009-10-08")
        s.add(review)
        s.flush()
        ids = {
            "clerk": clerk_id,
            "application": application.id,
            "review": review.id,
            "wang": uuid.uuid4(),
            "lin": uuid.uuid4(),
            "s1": uuid.uuid4(),
            "s2": uuid.uuid4(),
        }
        # Segments and enrollments as they are at 0002 (later revisions add columns to them).
        segments = table_of(Segment)
        enrollments = table_of(Enrollment)
        s.execute(
            insert(
                table(
                    "segments", *(column(c.name, c.type) for c in segments.c if c.name not in ("roll_taken", *SYNCED))
                )
            ),
            [
                {
                    "id": ids[key],
                    "course_id": course_id,
                    "label": key,
                    "start_at": start,
                    "end_at": end,
                    "kind": SegmentKind.INSTRUCTION,
                    "topic": "",
                }
                for key, start, end in (
                    ("s1", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 12)),
                    ("s2", datetime(2026, 3, 2, 13), datetime(2026, 3, 2, 16)),
                )
            ],
        )
        s.execute(
            insert(
                table(
                    "enrollments",
                    *(column(c.name, c.type) for c in enrollments.c if c.name not in ("seat_no", *SYNCED)),
                )
            ),
            [
                {
                    "id": ids[key],
                    "course_id": course_id,
                    "teacher_id": teacher.id,
                    "completed": True,
                    "created_at": now,
                    "updated_at": now,
                }
                for key, teacher in (("wang", wang), ("lin", lin))
            ],
        )
    rows = {
        "fax_checks": [
            {
                "id": 7,
                "application_id": ids["application"],
                "item": "seal",
                "ok": True,
                "checked_by_id": ids["clerk"],
                "checked_at": now,
            },
            {
                "id": 12,
                "application_id": ids["application"],
                "item": "org_code",
                "ok": False,
                "checked_by_id": None,
                "checked_at": None,
            },
        ],
        "absences": [
            {"id": 3, "enrollment_id": ids["wang"], "segment_id": ids["s1"], "minutes": 30, "reason": "leave"},
            {"id": 4, "enrollment_id": ids["wang"], "segment_id": ids["s2"], "minutes": 180, "reason": "unexcused"},
            {"id": 900, "enrollment_id": ids["lin"], "segment_id": ids["s2"], "minutes": 45, "reason": "leave"},
        ],
        "review_items": [
            {
                "id": 1,
                "review_id": ids["review"],
                "check_id": "art8.2.basis",
                "auto_outcome": "fail",
                "outcome": "pass",
                "message": "未填依據文號（第8條第2款）",
                "data": {"basis_doc": None, "lead_days": [3, 7]},
                "override_reason": "公文已補附",
                "overridden_by_id": ids["clerk"],
                "overridden_at": now,
            },
            {
                "id": 2,
                "review_id": ids["review"],
                "check_id": "art10.4.breaks",
                "auto_outcome": "pass",
                "outcome": "pass",
                "message": "時段無不採計項目",
                "data": {},
                "override_reason": None,
                "overridden_by_id": None,
                "overridden_at": None,
            },
        ],
    }
    with db.engine.begin() as conn:
        for name, table_rows in rows.items():
            conn.execute(_table(name, Integer()).insert(), table_rows)
    return ids


def _read(conn: Connection, name: str, key_type: Any) -> tuple[list[Any], list[tuple[Any, ...]]]:
    """The keys and, in the same order, the data of every row of ``name``."""
    t = _table(name, key_type)
    data_columns = [c for c in t.c if c.name != "id"]
    found = conn.execute(select(t.c.id, *data_columns).order_by(*data_columns[:2])).all()
    return [r[0] for r in found], [tuple(r[1:]) for r in found]


def _shape(conn: Connection) -> dict[str, Any]:
    """What the database says about the converted tables: columns, keys, constraints, indexes (order-free)."""
    insp = inspect(conn)
    shape = {}
    for name in CONVERTED:
        shape[name] = {
            "columns": sorted(
                (c["name"], str(c["type"]), c["nullable"], str(c.get("default"))) for c in insp.get_columns(name)
            ),
            "pk": insp.get_pk_constraint(name),
            "fks": sorted(
                (fk["name"], fk["constrained_columns"], fk["referred_table"], fk["referred_columns"], fk["options"])
                for fk in insp.get_foreign_keys(name)
            ),
            "unique": sorted((u["name"], u["column_names"]) for u in insp.get_unique_constraints(name)),
            "checks": sorted((c["name"], c["sqltext"]) for c in insp.get_check_constraints(name)),
            "indexes": sorted((i["name"], i["column_names"], i["unique"]) for i in insp.get_indexes(name)),
        }
    return shape


def test_upgrade_gives_uuid_keys_and_keeps_every_row_then_downgrade_restores_integers(
    scratch: Callable[[str], Database],
) -> None:
    at_0002 = scratch("migrated")
    _migrate(at_0002, "0002")
    ids = _fill_at_0002(at_0002)
    with at_0002.engine.connect() as conn:
        before = {name: _read(conn, name, Integer())[1] for name in CONVERTED}
        shape_at_0002 = _shape(conn)
    assert [len(before[name]) for name in CONVERTED] == [2, 3, 2]

    _migrate(at_0002, "head")

    with at_0002.engine.connect() as conn:
        for name in CONVERTED:
            keys, data = _read(conn, name, Uuid())
            assert data == before[name], name
            assert all(isinstance(k, uuid.UUID) and k.version == 4 for k in keys), name
            assert len(set(keys)) == len(keys), name
        migrated_shape = _shape(conn)
    from_models = scratch("from_models")
    Base.metadata.create_all(from_models.engine)
    with from_models.engine.connect() as conn:  # the tables exactly as the models describe them
        assert migrated_shape == _shape(conn)
    for name in CONVERTED:
        pk = migrated_shape[name]["pk"]
        assert (pk["name"], pk["constrained_columns"]) == (f"pk_{name}", ["id"])

    # The children still point at their parents, seen through the models' relationships.
    with Session(at_0002.engine) as s:
        absences = s.execute(select(Absence)).scalars().all()
        assert sorted((a.enrollment.teacher.name, a.segment_id == ids["s1"], a.minutes) for a in absences) == [
            ("林小華", False, 45),
            ("王大明", False, 180),
            ("王大明", True, 30),
        ]
        application = s.get(AccountApplication, ids["application"])
        assert application is not None
        assert [(c.item, c.ok) for c in application.fax_checks] == [
            (FaxCheckItem.ORG_CODE, False),
            (FaxCheckItem.SEAL, True),
        ]
        items = s.execute(
            select(Course.code, ReviewItem.check_id, ReviewItem.override_reason)
            .join(CourseReview, CourseReview.id == ReviewItem.review_id)
            .join(Course, Course.id == CourseReview.course_id)
            .order_by(ReviewItem.check_id)
        ).all()
        assert [tuple(i) for i in items] == [
            ("115A0001", "art10.4.breaks", None),
            ("115A0001", "art8.2.basis", "公文已補附"),
        ]
        # A new child gets its key on the client, as a laptop offline would give it.
        application.fax_checks.append(FaxCheck(item=FaxCheckItem.HEAD_SIGNATURE))
        s.flush()
        assert isinstance(application.fax_checks[-1].id, uuid.UUID)
        s.rollback()

    # The foreign keys survived the rebuild with their ON DELETE CASCADE.
    with at_0002.engine.connect() as conn:
        conn.execute(delete(CourseReview))
        conn.execute(delete(Enrollment).where(Enrollment.id == ids["wang"]))
        assert conn.execute(select(func.count()).select_from(ReviewItem)).scalar_one() == 0
        assert conn.execute(select(Absence.minutes)).scalars().all() == [45]
        conn.rollback()

    _migrate(at_0002, "0002", down=True)

    with at_0002.engine.connect() as conn:
        for name in CONVERTED:
            keys, data = _read(conn, name, Integer())
            assert data == before[name], name
            assert sorted(keys) == list(range(1, len(keys) + 1)), name
        assert _shape(conn) == shape_at_0002
        # The integer keys count on from the rows there are, as before the upgrade.
        absences = _table("absences", Integer())
        new = {"enrollment_id": ids["lin"], "segment_id": ids["s1"], "minutes": 10, "reason": "leave"}
        assert conn.execute(absences.insert().values(new).returning(absences.c.id)).scalar_one() == 4
        conn.rollback()

    _migrate(at_0002, "head")  # and up again, to the schema the program uses
    with at_0002.engine.connect() as conn:
        assert _read(conn, "absences", Uuid())[1] == before["absences"]
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one() == head_revision()
