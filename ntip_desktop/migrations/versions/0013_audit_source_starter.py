"""audit source starter: a school computer's first start is told apart from a report package

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01

The records a laptop takes from the office's starter file (學校設定檔) were audited with the source ``sync``,
like those a report package brings. They get a source of their own, ``starter``: the audit source columns
(``audit_log`` and ``certificate_verifications``) widen to the new longest value and their CHECK constraints
take it in. On SQLite the tables are rebuilt, so the triggers that keep the log append-only are set aside
and put back (as 0009 does).

Entries already written keep their source: the log is append-only and each entry's hash covers its source.
For the same reason a database that already holds ``starter`` entries cannot go back below this revision.
"""
from alembic import op
import sqlalchemy as sa

from ntip_desktop.models import ddl


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

OLD_SOURCES = ('ui', 'import', 'fax', 'cli', 'sync', 'system')
NEW_SOURCES = (*OLD_SOURCES, 'starter')
#: The tables with an ``audit_source`` column.
TABLES = ('audit_log', 'certificate_verifications')


def _sources(sources: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*sources, name='audit_source', native_enum=False, create_constraint=True,
                   length=max(len(s) for s in sources))


def _change(old: tuple[str, ...], new: tuple[str, ...]) -> None:
    dialect = op.get_bind().dialect.name
    for stmt in ddl.drop_guards(dialect):
        op.execute(stmt)
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('source', existing_type=_sources(old), type_=_sources(new),
                                  existing_nullable=False)
    for stmt in ddl.create_guards(dialect):
        op.execute(stmt)


def upgrade() -> None:
    _change(OLD_SOURCES, NEW_SOURCES)


def downgrade() -> None:
    held = op.get_bind().execute(sa.text("SELECT count(*) FROM audit_log WHERE source = 'starter'")).scalar_one()
    if held:
        raise RuntimeError(
            f"audit_log holds {held} entries with the source 'starter'; they cannot be rewritten "
            "(the log is append-only and hashed), so this database cannot go below revision 0013"
        )
    _change(NEW_SOURCES, OLD_SOURCES)
