"""Programmes and training: programmes, trainings, participants, registrations and
attendance; announcements, calendar events and members' business profiles (issue 18).

The cooperative's list of training topics starts with the usual ones; it can grow.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

DEFAULT_TOPICS = ("Kerajinan", "Kuliner", "Teknologi informasi", "Pengelolaan keuangan",
                  "Pemasaran", "Pertanian")

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('announcement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=160), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('shown_from', sa.Date(), nullable=False),
    sa.Column('shown_until', sa.Date(), nullable=False),
    sa.Column('posted_by', sa.String(length=64), nullable=False),
    sa.Column('posted_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_announcement'))
    )
    with op.batch_alter_table('announcement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_announcement_shown_from'), ['shown_from'], unique=False)
        batch_op.create_index(batch_op.f('ix_announcement_shown_until'), ['shown_until'], unique=False)

    op.create_table('participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('gender', sa.String(length=1), nullable=True),
    sa.Column('head_of_household', sa.Boolean(), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batch.id'], name=op.f('fk_participant_batch_id_import_batch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant'))
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_name'), ['name'], unique=False)

    op.create_table('programme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('organiser_kind', sa.String(length=12), nullable=False),
    sa.Column('organiser', sa.String(length=120), nullable=True),
    sa.Column('funder', sa.String(length=120), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batch.id'], name=op.f('fk_programme_batch_id_import_batch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme')),
    sa.UniqueConstraint('name', name=op.f('uq_programme_name'))
    )
    topics = op.create_table('training_topic',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_topic')),
    sa.UniqueConstraint('name', name=op.f('uq_training_topic_name'))
    )
    op.bulk_insert(topics, [{"name": name} for name in DEFAULT_TOPICS])
    op.create_table('calendar_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('time', sa.String(length=5), nullable=True),
    sa.Column('title', sa.String(length=160), nullable=False),
    sa.Column('place', sa.String(length=120), nullable=True),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['group_id'], ['member_group.id'], name=op.f('fk_calendar_event_group_id_member_group')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calendar_event'))
    )
    with op.batch_alter_table('calendar_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_calendar_event_date'), ['date'], unique=False)

    op.create_table('training',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('topic_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=160), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=120), nullable=False),
    sa.Column('trainer', sa.String(length=120), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batch.id'], name=op.f('fk_training_batch_id_import_batch')),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_training_programme_id_programme')),
    sa.ForeignKeyConstraint(['topic_id'], ['training_topic.id'], name=op.f('fk_training_topic_id_training_topic')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training'))
    )
    with op.batch_alter_table('training', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_programme_id'), ['programme_id'], unique=False)

    op.create_table('business_profile',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=80), nullable=False),
    sa.Column('products', sa.Text(), nullable=True),
    sa.Column('sells_at', sa.Text(), nullable=True),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_business_profile_member_id_member')),
    sa.PrimaryKeyConstraint('member_id', name=op.f('pk_business_profile'))
    )
    op.create_table('training_registration',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('training_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('participant_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('attended', sa.Boolean(), nullable=False),
    sa.Column('completed', sa.Boolean(), nullable=False),
    sa.Column('certificate_no', sa.String(length=40), nullable=True),
    sa.Column('requested_at', sa.DateTime(), nullable=False),
    sa.Column('decided_by', sa.String(length=64), nullable=True),
    sa.Column('decline_reason', sa.Text(), nullable=True),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batch.id'], name=op.f('fk_training_registration_batch_id_import_batch')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_training_registration_member_id_member')),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_training_registration_participant_id_participant')),
    sa.ForeignKeyConstraint(['training_id'], ['training.id'], name=op.f('fk_training_registration_training_id_training')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_registration')),
    sa.UniqueConstraint('training_id', 'member_id', name='uq_training_registration_member'),
    sa.UniqueConstraint('training_id', 'participant_id', name='uq_training_registration_participant')
    )
    with op.batch_alter_table('training_registration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_registration_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_registration_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_registration_training_id'), ['training_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('training_registration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_registration_training_id'))
        batch_op.drop_index(batch_op.f('ix_training_registration_status'))
        batch_op.drop_index(batch_op.f('ix_training_registration_member_id'))

    op.drop_table('training_registration')
    op.drop_table('business_profile')
    with op.batch_alter_table('training', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_programme_id'))
        batch_op.drop_index(batch_op.f('ix_training_date'))

    op.drop_table('training')
    with op.batch_alter_table('calendar_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_calendar_event_date'))

    op.drop_table('calendar_event')
    op.drop_table('training_topic')
    op.drop_table('programme')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_name'))

    op.drop_table('participant')
    with op.batch_alter_table('announcement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_announcement_shown_until'))
        batch_op.drop_index(batch_op.f('ix_announcement_shown_from'))

    op.drop_table('announcement')