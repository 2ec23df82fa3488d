"""The migrations build exactly the schema the models describe, and the database guards hold."""

from __future__ import annotations

import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from ntip_desktop.models import Base
from ntip_desktop.services.db import Database


def test_migrations_match_models(database: Database) -> None:
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def _insert_account(database: Database) -> uuid.UUID:
    org, acc = uuid.uuid4(), uuid.uuid4()
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO organizations (id, code, name, kind, ownership, phone, address, active, created_at, updated_at)"
                " VALUES (:id, '383601', '臺北市立建國高級中學', 'senior_high', 'municipal', '', '', true, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            ),
            {"id": org.hex if database.dialect == "sqlite" else org},
        )
        conn.execute(
            text(
                "INSERT INTO accounts (id, login_id, kind, subtype, state, organization_id, contact_name, contact_phone, contact_email, created_at, updated_at)"
                " VALUES (:id, 'ck_school01', 'business', 'school', 'active', :org, '', '', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            ),
            {
                "id": acc.hex if database.dialect == "sqlite" else acc,
                "org": org.hex if database.dialect == "sqlite" else org,
            },
        )
    return acc


@pytest.mark.parametrize(
    "assignment",
    ["login_id = 'someone_else'", "kind = 'teacher', subtype = NULL", "subtype = 'authority'"],
    ids=["login_id", "kind", "subtype"],
)
def test_database_refuses_to_change_account_identity(database: Database, assignment: str) -> None:
    """ACC-3 (Art 4 「申請後即不可變更」): even a direct SQL update is refused."""
    _insert_account(database)
    with pytest.raises(DBAPIError, match="immutable"), database.engine.begin() as conn:
        conn.execute(text(f"UPDATE accounts SET {assignment}"))
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT login_id, kind, subtype FROM accounts")).one() == (
            "ck_school01",
            "business",
            "school",
        )


def test_contact_of_an_account_may_change(database: Database) -> None:
    _insert_account(database)
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE accounts SET contact_name = '王小明'"))
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT contact_name FROM accounts")).scalar() == "王小明"
