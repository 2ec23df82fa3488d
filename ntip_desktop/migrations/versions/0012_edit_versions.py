"""edit versions: fax checks, office settings and rule sets are locked optimistically

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01

Several clerks share one office database (issue 12 item 4). The fax checklist marks, the office settings
(seal images, printer offsets, office keys) and the saved rule sets are edited by people too, so each gets
an optimistic version counter as applications, courses, report months and office users have: a write made
on a copy someone else has since changed is refused with a message instead of overwriting theirs. Existing
rows start at version 1. ``rule_sets.version`` is the rule set's label, so its counter is ``row_version``.
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

#: Table → name of its version counter.
COUNTERS = (('fax_checks', 'version'), ('settings', 'version'), ('rule_sets', 'row_version'))


def upgrade() -> None:
    for table, column in COUNTERS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(column, sa.Integer(), server_default='1', nullable=False))


def downgrade() -> None:
    for table, column in reversed(COUNTERS):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column(column)
