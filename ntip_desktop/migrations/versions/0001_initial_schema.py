"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25

The whole domain of docs/rules.md, the ACC-3 identity guards and the append-only audit log guards.
"""
from alembic import op
import sqlalchemy as sa
import ntip_desktop.models.base
from ntip_desktop.models import ddl


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    op.create_table('audit_log',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=False, nullable=False),
    sa.Column('at', ntip_desktop.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('actor_id', sa.String(length=40), nullable=False),
    sa.Column('actor_name', sa.String(length=60), nullable=False),
    sa.Column('source', sa.Enum('ui', 'import', 'fax', 'cli', 'sync', 'system', name='audit_source', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=60), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('old', sa.JSON(), nullable=True),
    sa.Column('new', sa.JSON(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_log')),
    sa.UniqueConstraint('hash', name=op.f('uq_audit_log_hash'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_entity'), ['entity'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_entity_id'), ['entity_id'], unique=False)

    op.create_table('district_centers',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('fax', sa.String(length=30), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('address', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_district_centers')),
    sa.UniqueConstraint('code', name=op.f('uq_district_centers_code'))
    )
    op.create_table('counties',
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=20), nullable=False),
    sa.Column('reporting_mode', sa.Enum('online', 'back_end', name='reporting_mode', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('authority_name', sa.String(length=40), nullable=False),
    sa.Column('municipality', sa.Boolean(), nullable=False),
    sa.Column('district_center_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['district_center_id'], ['district_centers.id'], name=op.f('fk_counties_district_center_id_district_centers')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_counties')),
    sa.UniqueConstraint('name', name=op.f('uq_counties_name'))
    )
    op.create_table('organizations',
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('kind', sa.Enum('university', 'teacher_university', 'senior_high', 'vocational', 'special_education', 'junior_high', 'elementary', 'kindergarten', 'preschool', 'training_center', 'social_edu', 'subject_center', 'authority', 'district_center', 'national_center', name='org_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('ownership', sa.Enum('national', 'municipal', 'county', 'private', name='ownership', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('county_code', sa.String(length=8), nullable=True),
    sa.Column('district_center_id', sa.Uuid(), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('address', sa.String(length=120), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['county_code'], ['counties.code'], name=op.f('fk_organizations_county_code_counties')),
    sa.ForeignKeyConstraint(['district_center_id'], ['district_centers.id'], name=op.f('fk_organizations_district_center_id_district_centers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organizations')),
    sa.UniqueConstraint('code', name=op.f('uq_organizations_code'))
    )
    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organizations_county_code'), ['county_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_organizations_district_center_id'), ['district_center_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_organizations_name'), ['name'], unique=False)

    op.create_table('courses',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('session_label', sa.String(length=40), nullable=False),
    sa.Column('outline', sa.Text(), nullable=False),
    sa.Column('organizer_id', sa.Uuid(), nullable=False),
    sa.Column('organizer_category', sa.Integer(), nullable=False),
    sa.Column('approval_doc', sa.String(length=80), nullable=True),
    sa.Column('accreditation_ref', sa.String(length=80), nullable=True),
    sa.Column('cross_school', sa.Boolean(), nullable=False),
    sa.Column('basis_doc', sa.String(length=80), nullable=True),
    sa.Column('start_at', sa.DateTime(), nullable=False),
    sa.Column('end_at', sa.DateTime(), nullable=False),
    sa.Column('venue', sa.String(length=120), nullable=False),
    sa.Column('delivery', sa.Enum('in_person', 'credit', 'online', name='delivery', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('class_nature', sa.String(length=20), nullable=True),
    sa.Column('audience', sa.JSON(), nullable=False),
    sa.Column('subsidy_unit', sa.String(length=80), nullable=True),
    sa.Column('subsidy_amount', sa.Integer(), nullable=True),
    sa.Column('contact_name', sa.String(length=40), nullable=False),
    sa.Column('contact_phone', sa.String(length=30), nullable=False),
    sa.Column('contact_email', sa.String(length=120), nullable=False),
    sa.Column('registered_on', sa.Date(), nullable=True),
    sa.Column('registered_elsewhere', sa.Boolean(), nullable=False),
    sa.Column('consent_doc', sa.String(length=80), nullable=True),
    sa.Column('special_approval_doc', sa.String(length=80), nullable=True),
    sa.Column('credits', sa.Integer(), nullable=True),
    sa.Column('certified_hours', sa.Integer(), nullable=True),
    sa.Column('certified_ref', sa.String(length=80), nullable=True),
    sa.Column('state', sa.Enum('draft', 'submitted', 'returned', 'approved', 'rejected', 'awarded', 'cancelled', name='course_state', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('review_unit', sa.String(length=40), nullable=True),
    sa.Column('school_year', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint('certified_hours IS NULL OR certified_hours >= 0', name=op.f('ck_courses_certified_hours_nonneg')),
    sa.CheckConstraint('credits IS NULL OR credits > 0', name=op.f('ck_courses_credits_positive')),
    sa.CheckConstraint('end_at > start_at', name=op.f('ck_courses_ends_after_start')),
    sa.CheckConstraint('organizer_category BETWEEN 1 AND 8', name=op.f('ck_courses_organizer_category_range')),
    sa.CheckConstraint('subsidy_amount IS NULL OR subsidy_amount > 0', name=op.f('ck_courses_subsidy_positive')),
    sa.ForeignKeyConstraint(['organizer_id'], ['organizations.id'], name=op.f('fk_courses_organizer_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_courses')),
    sa.UniqueConstraint('code', name=op.f('uq_courses_code'))
    )
    with op.batch_alter_table('courses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_courses_organizer_id'), ['organizer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_courses_review_unit'), ['review_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_courses_school_year'), ['school_year'], unique=False)
        batch_op.create_index('ix_courses_state_start', ['state', 'start_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_courses_title'), ['title'], unique=False)

    op.create_table('office_users',
    sa.Column('login', sa.String(length=40), nullable=False),
    sa.Column('display_name', sa.String(length=40), nullable=False),
    sa.Column('role', sa.Enum('admin', 'district_clerk', 'school_coordinator', 'certificate_staff', name='role', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('district_center_id', sa.Uuid(), nullable=True),
    sa.Column('organization_id', sa.Uuid(), nullable=True),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('last_login_at', ntip_desktop.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint("role != 'district_clerk' OR district_center_id IS NOT NULL", name=op.f('ck_office_users_clerk_has_district')),
    sa.CheckConstraint("role != 'school_coordinator' OR organization_id IS NOT NULL", name=op.f('ck_office_users_coordinator_has_org')),
    sa.ForeignKeyConstraint(['district_center_id'], ['district_centers.id'], name=op.f('fk_office_users_district_center_id_district_centers')),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_office_users_organization_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office_users')),
    sa.UniqueConstraint('login', name=op.f('uq_office_users_login'))
    )
    op.create_table('teachers',
    sa.Column('national_id', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('organization_id', sa.Uuid(), nullable=True),
    sa.Column('employment', sa.Enum('regular', 'substitute', 'other', name='employment', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_teachers_organization_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_teachers')),
    sa.UniqueConstraint('national_id', name=op.f('uq_teachers_national_id'))
    )
    with op.batch_alter_table('teachers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_teachers_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_teachers_organization_id'), ['organization_id'], unique=False)

    op.create_table('accounts',
    sa.Column('login_id', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.Enum('teacher', 'business', name='account_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('subtype', sa.Enum('district_center', 'school', 'social_edu', 'subject_center', 'authority', 'training_center', 'national_center', name='business_subtype', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('state', sa.Enum('active', 'suspended', name='account_state', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('organization_id', sa.Uuid(), nullable=False),
    sa.Column('teacher_id', sa.Uuid(), nullable=True),
    sa.Column('contact_name', sa.String(length=40), nullable=False),
    sa.Column('contact_phone', sa.String(length=30), nullable=False),
    sa.Column('contact_email', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_accounts_organization_id_organizations')),
    sa.ForeignKeyConstraint(['teacher_id'], ['teachers.id'], name=op.f('fk_accounts_teacher_id_teachers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accounts')),
    sa.UniqueConstraint('login_id', name=op.f('uq_accounts_login_id'))
    )
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_accounts_organization_id'), ['organization_id'], unique=False)

    op.create_table('course_reviews',
    sa.Column('course_id', sa.Uuid(), nullable=False),
    sa.Column('rule_set_version', sa.String(length=40), nullable=False),
    sa.Column('reviewer_id', sa.Uuid(), nullable=True),
    sa.Column('decision', sa.String(length=20), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=True),
    sa.Column('decided_at', ntip_desktop.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['course_id'], ['courses.id'], name=op.f('fk_course_reviews_course_id_courses'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reviewer_id'], ['office_users.id'], name=op.f('fk_course_reviews_reviewer_id_office_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_course_reviews'))
    )
    with op.batch_alter_table('course_reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_course_reviews_course_id'), ['course_id'], unique=False)

    op.create_table('enrollments',
    sa.Column('course_id', sa.Uuid(), nullable=False),
    sa.Column('teacher_id', sa.Uuid(), nullable=False),
    sa.Column('completed', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['course_id'], ['courses.id'], name=op.f('fk_enrollments_course_id_courses'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['teacher_id'], ['teachers.id'], name=op.f('fk_enrollments_teacher_id_teachers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrollments')),
    sa.UniqueConstraint('course_id', 'teacher_id', name=op.f('uq_enrollments_course_id_teacher_id'))
    )
    with op.batch_alter_table('enrollments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrollments_teacher_id'), ['teacher_id'], unique=False)

    op.create_table('hour_awards',
    sa.Column('teacher_id', sa.Uuid(), nullable=False),
    sa.Column('course_id', sa.Uuid(), nullable=False),
    sa.Column('hours', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('awarded', 'capped', 'void_unexcused', 'not_completed', name='award_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('trace', sa.JSON(), nullable=False),
    sa.Column('rule_set_version', sa.String(length=40), nullable=False),
    sa.Column('computed_at', ntip_desktop.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint('hours >= 0', name=op.f('ck_hour_awards_hours_nonneg')),
    sa.ForeignKeyConstraint(['course_id'], ['courses.id'], name=op.f('fk_hour_awards_course_id_courses')),
    sa.ForeignKeyConstraint(['teacher_id'], ['teachers.id'], name=op.f('fk_hour_awards_teacher_id_teachers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hour_awards')),
    sa.UniqueConstraint('teacher_id', 'course_id', name=op.f('uq_hour_awards_teacher_id_course_id'))
    )
    with op.batch_alter_table('hour_awards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hour_awards_course_id'), ['course_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hour_awards_teacher_id'), ['teacher_id'], unique=False)

    op.create_table('report_months',
    sa.Column('county_code', sa.String(length=8), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('month', sa.Integer(), nullable=False),
    sa.Column('state', sa.Enum('open', 'uploaded', 'confirmed', 'amending', name='report_state', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('records', sa.Integer(), nullable=False),
    sa.Column('confirmed_at', ntip_desktop.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('confirmed_by_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint('month BETWEEN 1 AND 12', name=op.f('ck_report_months_month_range')),
    sa.ForeignKeyConstraint(['confirmed_by_id'], ['office_users.id'], name=op.f('fk_report_months_confirmed_by_id_office_users')),
    sa.ForeignKeyConstraint(['county_code'], ['counties.code'], name=op.f('fk_report_months_county_code_counties')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_months')),
    sa.UniqueConstraint('county_code', 'year', 'month', name=op.f('uq_report_months_county_code_year_month'))
    )
    op.create_table('rule_sets',
    sa.Column('version', sa.String(length=40), nullable=False),
    sa.Column('based_on', sa.String(length=40), nullable=False),
    sa.Column('params', sa.JSON(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('in_force', sa.Boolean(), nullable=False),
    sa.Column('created_by_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', ntip_desktop.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['office_users.id'], name=op.f('fk_rule_sets_created_by_id_office_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rule_sets')),
    sa.UniqueConstraint('version', name=op.f('uq_rule_sets_version'))
    )
    op.create_table('segments',
    sa.Column('course_id', sa.Uuid(), nullable=False),
    sa.Column('label', sa.String(length=20), nullable=False),
    sa.Column('start_at', sa.DateTime(), nullable=False),
    sa.Column('end_at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.Enum('instruction', 'travel', 'sign_in', 'lunch', 'intermission', 'tea_break', name='segment_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('topic', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.CheckConstraint('end_at > start_at', name=op.f('ck_segments_ends_after_start')),
    sa.ForeignKeyConstraint(['course_id'], ['courses.id'], name=op.f('fk_segments_course_id_courses'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_segments')),
    sa.UniqueConstraint('course_id', 'label', name=op.f('uq_segments_course_id_label'))
    )
    with op.batch_alter_table('segments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_segments_course_id'), ['course_id'], unique=False)

    op.create_table('absences',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enrollment_id', sa.Uuid(), nullable=False),
    sa.Column('segment_id', sa.Uuid(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Enum('leave', 'unexcused', name='absence_reason', native_enum=False, create_constraint=True), nullable=False),
    sa.CheckConstraint('minutes > 0', name=op.f('ck_absences_minutes_positive')),
    sa.ForeignKeyConstraint(['enrollment_id'], ['enrollments.id'], name=op.f('fk_absences_enrollment_id_enrollments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['segment_id'], ['segments.id'], name=op.f('fk_absences_segment_id_segments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_absences')),
    sa.UniqueConstraint('enrollment_id', 'segment_id', name=op.f('uq_absences_enrollment_id_segment_id'))
    )
    op.create_table('account_applications',
    sa.Column('number', sa.String(length=16), nullable=False),
    sa.Column('purpose', sa.Enum('new_account', 'contact_change', name='application_purpose', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('kind', sa.Enum('teacher', 'business', name='account_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('subtype', sa.Enum('district_center', 'school', 'social_edu', 'subject_center', 'authority', 'training_center', 'national_center', name='business_subtype', native_enum=False, create_constraint=True), nullable=True),
    sa.Column('login_id', sa.String(length=40), nullable=False),
    sa.Column('state', sa.Enum('active', 'pending_fax', 'fax_received', 'returned', 'approved', 'rejected', name='application_state', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('source', sa.Enum('web_import', 'coordinator', 'clerk', name='application_source', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('organization_id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=True),
    sa.Column('teacher_id', sa.Uuid(), nullable=True),
    sa.Column('applicant_name', sa.String(length=40), nullable=False),
    sa.Column('applicant_title', sa.String(length=40), nullable=False),
    sa.Column('contact_name', sa.String(length=40), nullable=False),
    sa.Column('contact_phone', sa.String(length=30), nullable=False),
    sa.Column('contact_email', sa.String(length=120), nullable=False),
    sa.Column('agreement_version', sa.String(length=20), nullable=False),
    sa.Column('agreement_accepted_at', ntip_desktop.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('submitted_at', ntip_desktop.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('fax_received_on', sa.Date(), nullable=True),
    sa.Column('fax_pages', sa.Integer(), nullable=True),
    sa.Column('decided_at', ntip_desktop.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('decided_by_id', sa.Uuid(), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=True),
    sa.Column('change_reason', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint("kind = 'business' OR subtype IS NULL", name=op.f('ck_account_applications_teacher_has_no_subtype')),
    sa.CheckConstraint('fax_pages IS NULL OR fax_pages > 0', name=op.f('ck_account_applications_fax_pages_positive')),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_account_applications_account_id_accounts')),
    sa.ForeignKeyConstraint(['decided_by_id'], ['office_users.id'], name=op.f('fk_account_applications_decided_by_id_office_users')),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_account_applications_organization_id_organizations')),
    sa.ForeignKeyConstraint(['teacher_id'], ['teachers.id'], name=op.f('fk_account_applications_teacher_id_teachers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account_applications')),
    sa.UniqueConstraint('number', name=op.f('uq_account_applications_number'))
    )
    with op.batch_alter_table('account_applications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_applications_login_id'), ['login_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_account_applications_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_account_applications_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_account_applications_submitted_at'), ['submitted_at'], unique=False)

    op.create_table('amendments',
    sa.Column('report_month_id', sa.Uuid(), nullable=False),
    sa.Column('letter_no', sa.String(length=80), nullable=False),
    sa.Column('letter_date', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('opened_by_id', sa.Uuid(), nullable=True),
    sa.Column('reconfirmed_at', ntip_desktop.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['opened_by_id'], ['office_users.id'], name=op.f('fk_amendments_opened_by_id_office_users')),
    sa.ForeignKeyConstraint(['report_month_id'], ['report_months.id'], name=op.f('fk_amendments_report_month_id_report_months')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_amendments'))
    )
    op.create_table('certificates',
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('award_id', sa.Uuid(), nullable=False),
    sa.Column('hours', sa.Integer(), nullable=False),
    sa.Column('state', sa.Enum('issued', 'superseded', 'revoked', name='certificate_state', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('issued_at', ntip_desktop.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('issued_by_id', sa.Uuid(), nullable=True),
    sa.Column('superseded_by_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', ntip_desktop.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['award_id'], ['hour_awards.id'], name=op.f('fk_certificates_award_id_hour_awards')),
    sa.ForeignKeyConstraint(['issued_by_id'], ['office_users.id'], name=op.f('fk_certificates_issued_by_id_office_users')),
    sa.ForeignKeyConstraint(['superseded_by_id'], ['certificates.id'], name=op.f('fk_certificates_superseded_by_id_certificates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificates')),
    sa.UniqueConstraint('code', name=op.f('uq_certificates_code'))
    )
    with op.batch_alter_table('certificates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_certificates_award_id'), ['award_id'], unique=False)

    op.create_table('review_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('review_id', sa.Uuid(), nullable=False),
    sa.Column('check_id', sa.String(length=40), nullable=False),
    sa.Column('auto_outcome', sa.Enum('pass', 'warn', 'fail', 'manual', name='auto_outcome', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('outcome', sa.Enum('pass', 'warn', 'fail', 'manual', name='outcome', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('override_reason', sa.Text(), nullable=True),
    sa.Column('overridden_by_id', sa.Uuid(), nullable=True),
    sa.Column('overridden_at', ntip_desktop.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['overridden_by_id'], ['office_users.id'], name=op.f('fk_review_items_overridden_by_id_office_users')),
    sa.ForeignKeyConstraint(['review_id'], ['course_reviews.id'], name=op.f('fk_review_items_review_id_course_reviews'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_items')),
    sa.UniqueConstraint('review_id', 'check_id', name=op.f('uq_review_items_review_id_check_id'))
    )
    op.create_table('fax_checks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('item', sa.Enum('seal', 'contact_signature', 'head_signature', 'org_code', 'matches_online', name='fax_check_item', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('ok', sa.Boolean(), nullable=False),
    sa.Column('checked_by_id', sa.Uuid(), nullable=True),
    sa.Column('checked_at', ntip_desktop.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['account_applications.id'], name=op.f('fk_fax_checks_application_id_account_applications'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['checked_by_id'], ['office_users.id'], name=op.f('fk_fax_checks_checked_by_id_office_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fax_checks')),
    sa.UniqueConstraint('application_id', 'item', name=op.f('uq_fax_checks_application_id_item'))
    )
    audit_head = sa.table("audit_head", sa.column("id", sa.Integer), sa.column("seq", sa.Integer), sa.column("hash", sa.String))
    op.bulk_insert(audit_head, [{"id": 1, "seq": 0, "hash": "0" * 64}])
    for stmt in ddl.create_guards(op.get_bind().dialect.name):
        op.execute(stmt)


def downgrade() -> None:
    for stmt in ddl.drop_guards(op.get_bind().dialect.name):
        op.execute(stmt)
    op.drop_table('fax_checks')
    op.drop_table('review_items')
    with op.batch_alter_table('certificates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_certificates_award_id'))

    op.drop_table('certificates')
    op.drop_table('amendments')
    with op.batch_alter_table('account_applications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_applications_submitted_at'))
        batch_op.drop_index(batch_op.f('ix_account_applications_state'))
        batch_op.drop_index(batch_op.f('ix_account_applications_organization_id'))
        batch_op.drop_index(batch_op.f('ix_account_applications_login_id'))

    op.drop_table('account_applications')
    op.drop_table('absences')
    with op.batch_alter_table('segments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_segments_course_id'))

    op.drop_table('segments')
    op.drop_table('rule_sets')
    op.drop_table('report_months')
    with op.batch_alter_table('hour_awards', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hour_awards_teacher_id'))
        batch_op.drop_index(batch_op.f('ix_hour_awards_course_id'))

    op.drop_table('hour_awards')
    with op.batch_alter_table('enrollments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrollments_teacher_id'))

    op.drop_table('enrollments')
    with op.batch_alter_table('course_reviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_course_reviews_course_id'))

    op.drop_table('course_reviews')
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_accounts_organization_id'))

    op.drop_table('accounts')
    with op.batch_alter_table('teachers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_teachers_organization_id'))
        batch_op.drop_index(batch_op.f('ix_teachers_name'))

    op.drop_table('teachers')
    op.drop_table('office_users')
    with op.batch_alter_table('courses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_courses_title'))
        batch_op.drop_index('ix_courses_state_start')
        batch_op.drop_index(batch_op.f('ix_courses_school_year'))
        batch_op.drop_index(batch_op.f('ix_courses_review_unit'))
        batch_op.drop_index(batch_op.f('ix_courses_organizer_id'))

    op.drop_table('courses')
    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organizations_name'))
        batch_op.drop_index(batch_op.f('ix_organizations_district_center_id'))
        batch_op.drop_index(batch_op.f('ix_organizations_county_code'))

    op.drop_table('organizations')
    op.drop_table('counties')
    op.drop_table('district_centers')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_entity_id'))
        batch_op.drop_index(batch_op.f('ix_audit_log_entity'))
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
    op.drop_table('audit_head')
