"""Database-side guards that the ORM alone cannot give, for both engines.

- ACC-3: an account's (and a submitted application's) login ID, kind and subtype never change.
- The audit log is append-only: UPDATE and DELETE are refused.

Migrations call :func:`create_guards` / :func:`drop_guards` with the dialect name.
"""

from __future__ import annotations

_IDENTITY_TABLES = ("accounts", "account_applications")
_IDENTITY_MESSAGE = "ACC-3: login_id, kind and subtype are immutable"
_AUDIT_MESSAGE = "audit_log is append-only"


def _sqlite_create() -> list[str]:
    stmts = []
    for table in _IDENTITY_TABLES:
        stmts.append(
            f"""CREATE TRIGGER trg_{table}_identity_immutable BEFORE UPDATE ON {table}
            WHEN NEW.login_id IS NOT OLD.login_id OR NEW.kind IS NOT OLD.kind OR NEW.subtype IS NOT OLD.subtype
            BEGIN SELECT RAISE(ABORT, '{_IDENTITY_MESSAGE}'); END"""
        )
    for op in ("UPDATE", "DELETE"):
        stmts.append(
            f"""CREATE TRIGGER trg_audit_log_no_{op.lower()} BEFORE {op} ON audit_log
            BEGIN SELECT RAISE(ABORT, '{_AUDIT_MESSAGE}'); END"""
        )
    return stmts


def _postgresql_create() -> list[str]:
    stmts = [
        f"""CREATE FUNCTION ntip_refuse_identity_change() RETURNS trigger AS $$
        BEGIN
          IF NEW.login_id IS DISTINCT FROM OLD.login_id OR NEW.kind IS DISTINCT FROM OLD.kind
             OR NEW.subtype IS DISTINCT FROM OLD.subtype THEN
            RAISE EXCEPTION '{_IDENTITY_MESSAGE}';
          END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql""",
        f"""CREATE FUNCTION ntip_refuse_audit_change() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION '{_AUDIT_MESSAGE}'; END $$ LANGUAGE plpgsql""",
    ]
    for table in _IDENTITY_TABLES:
        stmts.append(
            f"""CREATE TRIGGER trg_{table}_identity_immutable BEFORE UPDATE ON {table}
            FOR EACH ROW EXECUTE FUNCTION ntip_refuse_identity_change()"""
        )
    stmts.append(
        """CREATE TRIGGER trg_audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION ntip_refuse_audit_change()"""
    )
    return stmts


def create_guards(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return _sqlite_create()
    if dialect == "postgresql":
        return _postgresql_create()
    raise ValueError(f"unsupported dialect {dialect}")


def drop_guards(dialect: str) -> list[str]:
    if dialect == "sqlite":
        names = [f"trg_{t}_identity_immutable" for t in _IDENTITY_TABLES]
        names += ["trg_audit_log_no_update", "trg_audit_log_no_delete"]
        return [f"DROP TRIGGER IF EXISTS {n}" for n in names]
    stmts = [f"DROP TRIGGER IF EXISTS trg_{t}_identity_immutable ON {t}" for t in _IDENTITY_TABLES]
    stmts += [
        "DROP TRIGGER IF EXISTS trg_audit_log_append_only ON audit_log",
        "DROP FUNCTION IF EXISTS ntip_refuse_identity_change()",
        "DROP FUNCTION IF EXISTS ntip_refuse_audit_change()",
    ]
    return stmts
