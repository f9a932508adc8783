"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-28 11:11:28.686629
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_meta',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_meta'))
    )
    op.create_table('briefings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('occasion', sa.Text(), nullable=False),
    sa.Column('briefing_date', sa.Date(), nullable=True),
    sa.Column('author', sa.String(length=300), nullable=False),
    sa.Column('classification', sa.String(length=200), nullable=False),
    sa.Column('layout', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_briefings'))
    )
    op.create_table('letters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('kamerstuk', sa.String(length=100), nullable=True),
    sa.Column('kamerstuk_key', sa.String(length=100), nullable=True),
    sa.Column('vergaderjaar', sa.String(length=20), nullable=True),
    sa.Column('letter_date', sa.Date(), nullable=True),
    sa.Column('signatory', sa.String(length=300), nullable=True),
    sa.Column('signatory_role', sa.String(length=300), nullable=True),
    sa.Column('addressee', sa.String(length=300), nullable=True),
    sa.Column('place', sa.String(length=100), nullable=True),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('source_name', sa.String(length=500), nullable=False),
    sa.Column('source_format', sa.String(length=10), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('bundled', sa.Boolean(), nullable=False),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_letters'))
    )
    with op.batch_alter_table('letters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_letters_kamerstuk_key'), ['kamerstuk_key'], unique=False)

    op.create_table('themes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('color', sa.String(length=9), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('terms', sa.JSON(), nullable=False),
    sa.Column('default_key', sa.String(length=100), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_themes')),
    sa.UniqueConstraint('name', name=op.f('uq_themes_name'))
    )
    op.create_table('briefing_topics',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('briefing_id', sa.Integer(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['briefing_id'], ['briefings.id'], name=op.f('fk_briefing_topics_briefing_id_briefings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['themes.id'], name=op.f('fk_briefing_topics_theme_id_themes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_briefing_topics')),
    sa.UniqueConstraint('briefing_id', 'theme_id', name=op.f('uq_briefing_topics_briefing_id'))
    )
    with op.batch_alter_table('briefing_topics', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_briefing_topics_briefing_id'), ['briefing_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_briefing_topics_theme_id'), ['theme_id'], unique=False)

    op.create_table('letter_sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('letter_id', sa.Integer(), nullable=False),
    sa.Column('file_hash', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['letter_id'], ['letters.id'], name=op.f('fk_letter_sources_letter_id_letters'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_letter_sources')),
    sa.UniqueConstraint('file_hash', name=op.f('uq_letter_sources_file_hash'))
    )
    with op.batch_alter_table('letter_sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_letter_sources_letter_id'), ['letter_id'], unique=False)

    op.create_table('sections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('letter_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('page', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['letter_id'], ['letters.id'], name=op.f('fk_sections_letter_id_letters'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['parent_id'], ['sections.id'], name=op.f('fk_sections_parent_id_sections'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sections'))
    )
    with op.batch_alter_table('sections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sections_letter_id'), ['letter_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sections_parent_id'), ['parent_id'], unique=False)

    op.create_table('talking_points',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['theme_id'], ['themes.id'], name=op.f('fk_talking_points_theme_id_themes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_talking_points'))
    )
    with op.batch_alter_table('talking_points', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_talking_points_theme_id'), ['theme_id'], unique=False)

    op.create_table('passages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('letter_id', sa.Integer(), nullable=False),
    sa.Column('section_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('text_hash', sa.String(length=64), nullable=False),
    sa.Column('first_page', sa.Integer(), nullable=False),
    sa.Column('last_page', sa.Integer(), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['letter_id'], ['letters.id'], name=op.f('fk_passages_letter_id_letters'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['section_id'], ['sections.id'], name=op.f('fk_passages_section_id_sections'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_passages'))
    )
    with op.batch_alter_table('passages', schema=None) as batch_op:
        batch_op.create_index('ix_passages_letter_position', ['letter_id', 'position'], unique=False)
        batch_op.create_index(batch_op.f('ix_passages_section_id'), ['section_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_passages_text_hash'), ['text_hash'], unique=False)

    op.create_table('citations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('talking_point_id', sa.Integer(), nullable=False),
    sa.Column('passage_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['passage_id'], ['passages.id'], name=op.f('fk_citations_passage_id_passages'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['talking_point_id'], ['talking_points.id'], name=op.f('fk_citations_talking_point_id_talking_points'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_citations')),
    sa.UniqueConstraint('talking_point_id', 'passage_id', name=op.f('uq_citations_talking_point_id'))
    )
    with op.batch_alter_table('citations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_citations_passage_id'), ['passage_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_citations_talking_point_id'), ['talking_point_id'], unique=False)

    op.create_table('notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=True),
    sa.Column('passage_id', sa.Integer(), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['passage_id'], ['passages.id'], name=op.f('fk_notes_passage_id_passages'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['themes.id'], name=op.f('fk_notes_theme_id_themes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notes'))
    )
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notes_passage_id'), ['passage_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_notes_theme_id'), ['theme_id'], unique=False)

    op.create_table('tags',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('passage_id', sa.Integer(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=False),
    sa.Column('manual', sa.Boolean(), nullable=False),
    sa.Column('include', sa.Boolean(), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['passage_id'], ['passages.id'], name=op.f('fk_tags_passage_id_passages'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['themes.id'], name=op.f('fk_tags_theme_id_themes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tags')),
    sa.UniqueConstraint('passage_id', 'theme_id', 'manual', name=op.f('uq_tags_passage_id'))
    )
    with op.batch_alter_table('tags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tags_passage_id'), ['passage_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tags_theme_id'), ['theme_id'], unique=False)

    op.create_table('note_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('note_id', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('saved_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['note_id'], ['notes.id'], name=op.f('fk_note_versions_note_id_notes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note_versions'))
    )
    with op.batch_alter_table('note_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_versions_note_id'), ['note_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('note_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_versions_note_id'))

    op.drop_table('note_versions')
    with op.batch_alter_table('tags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tags_theme_id'))
        batch_op.drop_index(batch_op.f('ix_tags_passage_id'))

    op.drop_table('tags')
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notes_theme_id'))
        batch_op.drop_index(batch_op.f('ix_notes_passage_id'))

    op.drop_table('notes')
    with op.batch_alter_table('citations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_citations_talking_point_id'))
        batch_op.drop_index(batch_op.f('ix_citations_passage_id'))

    op.drop_table('citations')
    with op.batch_alter_table('passages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_passages_text_hash'))
        batch_op.drop_index(batch_op.f('ix_passages_section_id'))
        batch_op.drop_index('ix_passages_letter_position')

    op.drop_table('passages')
    with op.batch_alter_table('talking_points', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_talking_points_theme_id'))

    op.drop_table('talking_points')
    with op.batch_alter_table('sections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sections_parent_id'))
        batch_op.drop_index(batch_op.f('ix_sections_letter_id'))

    op.drop_table('sections')
    with op.batch_alter_table('letter_sources', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_letter_sources_letter_id'))

    op.drop_table('letter_sources')
    with op.batch_alter_table('briefing_topics', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_briefing_topics_theme_id'))
        batch_op.drop_index(batch_op.f('ix_briefing_topics_briefing_id'))

    op.drop_table('briefing_topics')
    op.drop_table('themes')
    with op.batch_alter_table('letters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_letters_kamerstuk_key'))

    op.drop_table('letters')
    op.drop_table('briefings')
    op.drop_table('app_meta')
