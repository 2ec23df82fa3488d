"""course review: in_review state, one review per course, external course lists

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

The course review desk (課程審核) takes a submitted course into review (``in_review``) before deciding it;
each course has one review whose checklist is re-run on every submission (earlier rounds are in the audit
log), so ``course_reviews.course_id`` becomes unique; and Art 12(1)'s duplicate check compares with other
sites' course lists, imported into ``external_courses``.
"""
from alembic import op
import sqlalchemy as sa

import ntip_desktop.models.base


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

OLD_STATES = ('draft', 'submitted', 'returned', 'approved', 'rejected', 'awarded', 'cancelled')
NEW_STATES = ('draft', 'submitted', 'in_review', 'returned', 'approved', 'rejected', 'awarded', 'cancelled')


def _states(states: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*states, name='course_state', native_enum=False, create_constraint=True, length=9)


def upgrade() -> None:
    with op.batch_alter_table('courses', schema=None) as batch_op:
        batch_op.alter_column('state', existing_type=_states(OLD_STATES), type_=_states(NEW_STATES),
                              existing_nullable=False)
    with op.batch_alter_table('course_reviews', schema=None) as batch_op:
        batch_op.drop_index('ix_course_reviews_course_id')
        batch_op.create_index('ix_course_reviews_course_id', ['course_id'], unique=True)
    op.create_table('external_courses',
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('list_name', sa.String(length=200), nullable=False),
    sa.Column('organizer', sa.String(length=200), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('imported_at', ntip_desktop.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_external_courses'))
    )
    with op.batch_alter_table('external_courses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_external_courses_start_on'), ['start_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('external_courses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_external_courses_start_on'))
    op.drop_table('external_courses')
    with op.batch_alter_table('course_reviews', schema=None) as batch_op:
        batch_op.drop_index('ix_course_reviews_course_id')
        batch_op.create_index('ix_course_reviews_course_id', ['course_id'], unique=False)
    op.execute("UPDATE courses SET state = 'submitted' WHERE state = 'in_review'")
    with op.batch_alter_table('courses', schema=None) as batch_op:
        batch_op.alter_column('state', existing_type=_states(NEW_STATES), type_=_states(OLD_STATES),
                              existing_nullable=False)
