"""attendance entry: seat numbers and segment rolls

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30

The attendance page (出席登錄) prints a sign-in sheet whose rows carry a short code so that marks made on
paper go back to the right row of the grid: each enrollment gets a seat number, unique in its course and
never reused. Existing enrollments are numbered in the order they were made. A segment whose roll is
complete (「其餘出席」) is marked ``roll_taken``: teachers without an absence there are shown as present.
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('enrollments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seat_no', sa.Integer(), nullable=True))
    op.execute(
        'UPDATE enrollments SET seat_no = (SELECT n FROM (SELECT id, ROW_NUMBER() OVER '
        '(PARTITION BY course_id ORDER BY created_at, id) AS n FROM enrollments) AS numbered '
        'WHERE numbered.id = enrollments.id)'
    )
    with op.batch_alter_table('enrollments', schema=None) as batch_op:
        batch_op.alter_column('seat_no', existing_type=sa.Integer(), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_enrollments_course_id_seat_no'), ['course_id', 'seat_no'])
        batch_op.create_check_constraint(batch_op.f('ck_enrollments_seat_no_positive'), 'seat_no > 0')
    with op.batch_alter_table('segments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('roll_taken', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('segments', schema=None) as batch_op:
        batch_op.drop_column('roll_taken')
    with op.batch_alter_table('enrollments', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_enrollments_seat_no_positive'), type_='check')
        batch_op.drop_constraint(batch_op.f('uq_enrollments_course_id_seat_no'), type_='unique')
        batch_op.drop_column('seat_no')
