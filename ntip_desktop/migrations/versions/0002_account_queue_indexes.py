"""account queue indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

The clerk's queue of account applications at 100,000 rows: (state, submitted_at) serves one state in
submission order without a sort; (organization_id, state, submitted_at) counts 「待處理 N 件」 of a
district, and of a date range, from the index alone.
"""
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('account_applications', schema=None) as batch_op:
        batch_op.create_index('ix_account_applications_state_submitted_at', ['state', 'submitted_at'], unique=False)
        batch_op.create_index('ix_account_applications_organization_id_state', ['organization_id', 'state', 'submitted_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('account_applications', schema=None) as batch_op:
        batch_op.drop_index('ix_account_applications_organization_id_state')
        batch_op.drop_index('ix_account_applications_state_submitted_at')
