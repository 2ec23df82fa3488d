"""user management

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-14

Administrators edit, disable and reset office users (issue 14 item 7). A reset password must be replaced by
the user right after signing in (``must_change_password``), and two administrators editing one user at once
are told instead of overwriting each other (an optimistic ``version``, as courses and report months have).
Existing users need not change their password and start at version 1.
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('office_users', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('must_change_password', sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('office_users', schema=None) as batch_op:
        batch_op.drop_column('version')
        batch_op.drop_column('must_change_password')
