"""certificates: numbers, snapshots, hashes, serials, verification log, settings

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30

Hour certificates become immutable records (docs/certificates.md): each gets a number per issuing office and
ROC year (``certificate_serials`` hands out the serials inside the issuing transaction), a snapshot of what it
states, the rule-set version, the SHA-256 of its page, and when and why it stopped being current. Every check
of a verification code is logged in ``certificate_verifications``. ``settings`` keeps office-wide values: the
offices' HMAC keys, seal images and printer offsets.

Before this revision nothing issued certificates, so existing rows can only be test data: they keep their
code as their number, an empty office and ROC year 0, and serials in the order they were made.
"""
from alembic import op
import sqlalchemy as sa

import ntip_desktop.models.base


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('certificate_serials',
    sa.Column('office_code', sa.String(length=8), nullable=False),
    sa.Column('roc_year', sa.Integer(), nullable=False),
    sa.Column('last_serial', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('office_code', 'roc_year', name=op.f('pk_certificate_serials'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=True),
    sa.Column('created_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('certificate_verifications',
    sa.Column('at', ntip_desktop.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('certificate_id', sa.Uuid(), nullable=True),
    sa.Column('outcome', sa.Enum('genuine', 'superseded', 'revoked', 'unknown', 'altered', name='verification_outcome', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('actor_id', sa.String(length=40), nullable=False),
    sa.Column('actor_name', sa.String(length=60), nullable=False),
    sa.Column('source', sa.Enum('ui', 'import', 'fax', 'cli', 'sync', 'system', name='audit_source', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['certificate_id'], ['certificates.id'], name=op.f('fk_certificate_verifications_certificate_id_certificates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificate_verifications'))
    )
    with op.batch_alter_table('certificate_verifications', schema=None) as batch_op:
        batch_op.create_index('ix_certificate_verifications_at', ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_certificate_verifications_certificate_id'), ['certificate_id'], unique=False)

    with op.batch_alter_table('certificates', schema=None) as batch_op:
        batch_op.add_column(sa.Column('number', sa.String(length=24), nullable=True))
        batch_op.add_column(sa.Column('office_code', sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column('roc_year', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('serial', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('snapshot', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('rule_set_version', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('pdf_sha256', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('ended_at', ntip_desktop.models.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('end_reason', sa.Text(), nullable=True))
    op.execute(
        "UPDATE certificates SET number = code, office_code = '', roc_year = 0, snapshot = '{}', "
        "rule_set_version = '', pdf_sha256 = '', serial = (SELECT n FROM (SELECT id, ROW_NUMBER() OVER "
        "(ORDER BY created_at, id) AS n FROM certificates) AS numbered WHERE numbered.id = certificates.id)"
    )
    with op.batch_alter_table('certificates', schema=None) as batch_op:
        for name, type_ in (
            ('number', sa.String(length=24)),
            ('office_code', sa.String(length=8)),
            ('roc_year', sa.Integer()),
            ('serial', sa.Integer()),
            ('snapshot', sa.JSON()),
            ('rule_set_version', sa.String(length=40)),
            ('pdf_sha256', sa.String(length=64)),
        ):
            batch_op.alter_column(name, existing_type=type_, nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_certificates_number'), ['number'])
        batch_op.create_unique_constraint(batch_op.f('uq_certificates_office_code_roc_year_serial'), ['office_code', 'roc_year', 'serial'])
        batch_op.create_check_constraint(batch_op.f('ck_certificates_serial_positive'), 'serial > 0')


def downgrade() -> None:
    with op.batch_alter_table('certificates', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_certificates_serial_positive'), type_='check')
        batch_op.drop_constraint(batch_op.f('uq_certificates_office_code_roc_year_serial'), type_='unique')
        batch_op.drop_constraint(batch_op.f('uq_certificates_number'), type_='unique')
        for name in ('end_reason', 'ended_at', 'pdf_sha256', 'rule_set_version', 'snapshot', 'serial', 'roc_year',
                     'office_code', 'number'):
            batch_op.drop_column(name)

    with op.batch_alter_table('certificate_verifications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_certificate_verifications_certificate_id'))
        batch_op.drop_index('ix_certificate_verifications_at')
    op.drop_table('certificate_verifications')
    op.drop_table('settings')
    op.drop_table('certificate_serials')
