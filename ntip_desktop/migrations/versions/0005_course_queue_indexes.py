"""course queue indexes

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

The review desk's queue of courses at 50,000 rows: (review_unit, state, start_at) serves one routed unit's
courses of one state in start order without a sort (a district clerk's queue is a merge of a few such
ranges) and counts them by state from the index; (check_id, outcome, review_id) finds the courses whose
stored checklist fails one check (the 「檢核不符」 filter) from the index alone.
"""
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('courses', schema=None) as batch_op:
        batch_op.create_index('ix_courses_review_unit_state_start', ['review_unit', 'state', 'start_at'], unique=False)
    with op.batch_alter_table('review_items', schema=None) as batch_op:
        batch_op.create_index('ix_review_items_check_id_outcome', ['check_id', 'outcome', 'review_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('review_items', schema=None) as batch_op:
        batch_op.drop_index('ix_review_items_check_id_outcome')
    with op.batch_alter_table('courses', schema=None) as batch_op:
        batch_op.drop_index('ix_courses_review_unit_state_start')
