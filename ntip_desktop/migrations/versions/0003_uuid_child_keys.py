"""uuid keys for child rows

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

School coordinators record attendance and fill in applications on a laptop, offline, and send the records
to their district office, where rows are merged by key. Fax checks, absences and review items still had
integer autoincrement keys, which two databases hand out alike; they get UUID keys like every other row
that travels. No foreign key points at these ids, so only the tables themselves change.

Existing rows keep all their data and get fresh random UUIDs: one ``UPDATE`` on PostgreSQL
(``gen_random_uuid()``, built in since PostgreSQL 13), an ``executemany`` from Python on SQLite. The
downgrade numbers the rows 1, 2, 3 … again (in the order of each table's natural unique key) and gives
them back their autoincrement (the ``SERIAL`` sequence on PostgreSQL, the rowid alias on SQLite).
"""
import uuid

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

#: The converted tables, each with the columns of its unique key (the downgrade numbers rows in that order).
TABLES = {
    'fax_checks': ('application_id', 'item'),
    'absences': ('enrollment_id', 'segment_id'),
    'review_items': ('review_id', 'check_id'),
}


def upgrade() -> None:
    for table in TABLES:
        _integer_key_to_uuid(table)


def downgrade() -> None:
    for table, order in TABLES.items():
        _uuid_key_to_integer(table, order)


def _integer_key_to_uuid(table: str) -> None:
    bind = op.get_bind()
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.add_column(sa.Column('new_id', sa.Uuid(), nullable=True))
    if bind.dialect.name == 'postgresql':
        op.execute(f'UPDATE {table} SET new_id = gen_random_uuid()')
    else:
        old_ids = bind.execute(sa.text(f'SELECT id FROM {table}')).scalars().all()
        if old_ids:
            rows = sa.table(table, sa.column('id', sa.Integer()), sa.column('new_id', sa.Uuid()))
            bind.execute(
                rows.update().where(rows.c.id == sa.bindparam('old')).values(new_id=sa.bindparam('new')),
                [{'old': old, 'new': uuid.uuid4()} for old in old_ids],
            )
    _replace_key(table, 'new_id', sa.Uuid())


def _uuid_key_to_integer(table: str, order: tuple[str, ...]) -> None:
    bind = op.get_bind()
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.add_column(sa.Column('new_id', sa.Integer(), nullable=True))
    op.execute(
        f'UPDATE {table} SET new_id = numbered.n'
        f' FROM (SELECT id, row_number() OVER (ORDER BY {", ".join(order)}) AS n FROM {table}) AS numbered'
        f' WHERE {table}.id = numbered.id'
    )
    _replace_key(table, 'new_id', sa.Integer())
    if bind.dialect.name == 'postgresql':  # what SERIAL gave the column in 0001
        op.execute(f'CREATE SEQUENCE {table}_id_seq AS integer OWNED BY {table}.id')
        op.execute(f"ALTER TABLE {table} ALTER COLUMN id SET DEFAULT nextval('{table}_id_seq')")
        op.execute(f"SELECT setval('{table}_id_seq', coalesce(max(id), 0) + 1, false) FROM {table}")


def _replace_key(table: str, column: str, type_: sa.types.TypeEngine) -> None:
    """Drop the key ``id`` and make the filled ``column`` the key ``id`` under the same constraint name.

    Two batches: within one, SQLite's batch mode still knows the renamed column by its old name, and a
    primary key on ``id`` would be left out of the rebuilt table.
    """
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.drop_constraint(f'pk_{table}', type_='primary')
        batch_op.drop_column('id')
        batch_op.alter_column(column, new_column_name='id', existing_type=type_, nullable=False)
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.create_primary_key(f'pk_{table}', ['id'])
