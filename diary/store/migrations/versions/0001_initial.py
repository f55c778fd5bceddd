"""Initial schema, with the built-in side-effect list.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 08:01:56.273427
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('clinic_results',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('crp_mg_l', sa.Double(), nullable=True),
    sa.Column('endoscopic_score', sa.Integer(), nullable=True),
    sa.Column('alt_u_l', sa.Double(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint('endoscopic_score BETWEEN 0 AND 3', name=op.f('ck_clinic_results_endoscopic_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clinic_results'))
    )
    op.create_table('courses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=True),
    sa.Column('stop_reason', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_courses')),
    sa.UniqueConstraint('start', name=op.f('uq_courses_start'))
    )
    op.create_table('entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('activity', sa.Integer(), nullable=True),
    sa.Column('dose_mg', sa.Double(), nullable=True),
    sa.Column('dose_taken', sa.Boolean(), nullable=True),
    sa.Column('dose_time', sa.String(length=5), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint('activity BETWEEN 0 AND 10', name=op.f('ck_entries_activity_range')),
    sa.CheckConstraint('dose_mg BETWEEN 0.1 AND 50', name=op.f('ck_entries_dose_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entries')),
    sa.UniqueConstraint('day', name=op.f('uq_entries_day'))
    )
    op.create_table('medications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('start', sa.Date(), nullable=True),
    sa.Column('stop', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_medications'))
    )
    op.create_table('profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('condition', sa.String(length=200), nullable=False),
    sa.Column('diagnosis_year', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_profile'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('side_effects',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('label', sa.String(length=80), nullable=False),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('hidden', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_side_effects')),
    sa.UniqueConstraint('key', name=op.f('uq_side_effects_key'))
    )
    op.create_table('entry_side_effects',
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('side_effect_id', sa.Integer(), nullable=False),
    sa.Column('severity', sa.Integer(), nullable=False),
    sa.CheckConstraint('severity BETWEEN 0 AND 3', name=op.f('ck_entry_side_effects_severity_range')),
    sa.ForeignKeyConstraint(['entry_id'], ['entries.id'], name=op.f('fk_entry_side_effects_entry_id_entries'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['side_effect_id'], ['side_effects.id'], name=op.f('fk_entry_side_effects_side_effect_id_side_effects')),
    sa.PrimaryKeyConstraint('entry_id', 'side_effect_id', name=op.f('pk_entry_side_effects'))
    )
    op.create_table('titration_steps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('course_id', sa.Integer(), nullable=False),
    sa.Column('from_day', sa.Integer(), nullable=False),
    sa.Column('dose_mg', sa.Double(), nullable=False),
    sa.Column('time', sa.String(length=5), nullable=True),
    sa.ForeignKeyConstraint(['course_id'], ['courses.id'], name=op.f('fk_titration_steps_course_id_courses'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_titration_steps'))
    )

    # The built-in side effects of docs/response-rules.md#built-in-side-effects, written out here
    # rather than imported, so that this migration keeps creating the same rows whatever the code
    # does later.
    side_effects = sa.table(
        "side_effects",
        sa.column("key", sa.String),
        sa.column("label", sa.String),
        sa.column("builtin", sa.Boolean),
        sa.column("hidden", sa.Boolean),
        sa.column("position", sa.Integer),
    )
    builtins = [
        ("vivid_dreams", "Vivid dreams"),
        ("headache", "Headache"),
        ("drowsiness", "Drowsiness"),
        ("insomnia", "Trouble sleeping (insomnia)"),
        ("nausea", "Nausea"),
        ("abdominal_pain", "Abdominal pain or cramps"),
        ("diarrhoea", "Diarrhoea"),
        ("constipation", "Constipation"),
        ("fatigue", "Fatigue"),
        ("dizziness", "Dizziness"),
        ("anxiety", "Anxiety"),
        ("palpitations", "Palpitations"),
    ]
    op.bulk_insert(
        side_effects,
        [
            {"key": key, "label": label, "builtin": True, "hidden": False, "position": i}
            for i, (key, label) in enumerate(builtins)
        ],
    )


def downgrade() -> None:
    op.drop_table('titration_steps')
    op.drop_table('entry_side_effects')
    op.drop_table('side_effects')
    op.drop_table('settings')
    op.drop_table('profile')
    op.drop_table('medications')
    op.drop_table('entries')
    op.drop_table('courses')
    op.drop_table('clinic_results')
