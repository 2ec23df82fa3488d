"""report month version

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30

A back-end county's report month moves through a workflow (上傳, 確認, 開啟更正, 重新確認) that two clerks
may act on at once; like courses and applications it gets an optimistic ``version`` so that a stale copy is
refused instead of overwriting the other clerk's move. Existing months start at version 1.
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('report_months', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))


def downgrade() -> None:
    with op.batch_alter_table('report_months', schema=None) as batch_op:
        batch_op.drop_column('version')
