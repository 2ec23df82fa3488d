"""report packages: origin and capture time of travelling records, trusted installations, applied packages

Revision ID: 0011
Revises: 0009
Create Date: 2026-11-30

Courses, segments, enrollments and absences (attendance) travel between a coordinator's laptop and the
office in signed report packages (docs/packages.md). Each gets ``origin`` (the installation that entered it;
NULL means this database's own program, so existing rows need no backfill), ``captured_at`` (when it was
first entered: existing rows take their creation time, or their course's or enrollment's) and
``sync_digest`` (the hash of the content a package last brought, to tell an edit here from an edit there).

``trusted_installations`` holds the coordinators' public keys the office registered; ``applied_packages``
the hash of every package applied, so that importing one twice changes nothing.
"""
from alembic import op
import sqlalchemy as sa

import ntip_desktop.models.base


revision = '0011'
down_revision = '0009'
branch_labels = None
depends_on = None

TABLES = ('courses', 'segments', 'enrollments', 'absences')


def upgrade() -> None:
    op.create_table('trusted_installations',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('organization_id', sa.Uuid(), nullable=False),
    sa.Column('registered_by_id', sa.Uuid(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_trusted_installations_organization_id_organizations')),
    sa.ForeignKeyConstraint(['registered_by_id'], ['office_users.id'], name=op.f('fk_trusted_installations_registered_by_id_office_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trusted_installations'))
    )
    with op.batch_alter_table('trusted_installations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trusted_installations_organization_id'), ['organization_id'], unique=False)

    op.create_table('applied_packages',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('installation_id', sa.Uuid(), nullable=False),
    sa.Column('organization_id', sa.Uuid(), nullable=False),
    sa.Column('period_from', sa.String(length=7), nullable=False),
    sa.Column('period_to', sa.String(length=7), nullable=False),
    sa.Column('applied_at', ntip_desktop.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('applied_by_id', sa.Uuid(), nullable=True),
    sa.Column('records', sa.Integer(), nullable=False),
    sa.Column('summary', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['applied_by_id'], ['office_users.id'], name=op.f('fk_applied_packages_applied_by_id_office_users')),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_applied_packages_organization_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_applied_packages')),
    sa.UniqueConstraint('sha256', name=op.f('uq_applied_packages_sha256'))
    )
    with op.batch_alter_table('applied_packages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_applied_packages_organization_id'), ['organization_id'], unique=False)

    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('origin', sa.Uuid(), nullable=True))
            batch_op.add_column(sa.Column('captured_at', ntip_desktop.models.base.UTCDateTime(timezone=True), nullable=True))
            batch_op.add_column(sa.Column('sync_digest', sa.String(length=64), nullable=True))
    op.execute('UPDATE courses SET captured_at = created_at')
    op.execute('UPDATE enrollments SET captured_at = created_at')
    op.execute('UPDATE segments SET captured_at = (SELECT courses.created_at FROM courses WHERE courses.id = segments.course_id)')
    op.execute(
        'UPDATE absences SET captured_at = '
        '(SELECT enrollments.created_at FROM enrollments WHERE enrollments.id = absences.enrollment_id)'
    )


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('sync_digest')
            batch_op.drop_column('captured_at')
            batch_op.drop_column('origin')
    with op.batch_alter_table('applied_packages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_applied_packages_organization_id'))
    op.drop_table('applied_packages')
    with op.batch_alter_table('trusted_installations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trusted_installations_organization_id'))
    op.drop_table('trusted_installations')
