"""audit keys and sign-in lockout

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-10

The audit log gets anchored outside the database: every entry, and the chain's head, carries the id of the
writing installation's key and an HMAC of its hash with that key (``services/audit_keys.py``). The entries
already in the log are signed now, as they stand, by the installation running the upgrade: from here on an
entry or a head without a code is tampering, never "old". (The codes cover the stored hashes, so a break
already in the chain stays visible to ``ntip audit verify``.) The triggers that keep the log append-only
are set aside for that one UPDATE and put back.

Office users get a count of wrong passwords and a time until which signing in is refused.
"""
from alembic import op
import sqlalchemy as sa

import ntip_desktop.models.base
from ntip_desktop.models import ddl


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

GENESIS = "0" * 64


def _sign_existing_entries() -> None:
    bind = op.get_bind()
    head = bind.execute(sa.text("SELECT seq, hash FROM audit_head WHERE id = 1")).first()
    if head is None or head[0] == 0:
        return
    from ntip_desktop.services import audit_keys

    key = audit_keys.load_or_create_key()
    rows = bind.execute(sa.text("SELECT seq, hash FROM audit_log ORDER BY seq")).all()
    bind.execute(
        sa.text("UPDATE audit_log SET key_id = :key_id, mac = :mac WHERE seq = :seq"),
        [{"key_id": key.key_id, "mac": key.mac("entry", digest), "seq": seq} for seq, digest in rows],
    )
    seq, digest = head
    bind.execute(
        sa.text("UPDATE audit_head SET key_id = :key_id, mac = :mac WHERE id = 1"),
        {"key_id": key.key_id, "mac": key.mac("head", str(seq), digest)},
    )


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for stmt in ddl.drop_guards(dialect):
        op.execute(stmt)
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('key_id', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('mac', sa.String(length=64), nullable=True))
    with op.batch_alter_table('audit_head', schema=None) as batch_op:
        batch_op.add_column(sa.Column('key_id', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('mac', sa.String(length=64), nullable=True))
    _sign_existing_entries()
    for stmt in ddl.create_guards(dialect):
        op.execute(stmt)

    with op.batch_alter_table('office_users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('failed_logins', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('locked_until', ntip_desktop.models.base.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('office_users', schema=None) as batch_op:
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_logins')

    dialect = op.get_bind().dialect.name
    for stmt in ddl.drop_guards(dialect):
        op.execute(stmt)
    with op.batch_alter_table('audit_head', schema=None) as batch_op:
        batch_op.drop_column('mac')
        batch_op.drop_column('key_id')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_column('mac')
        batch_op.drop_column('key_id')
    for stmt in ddl.create_guards(dialect):
        op.execute(stmt)
