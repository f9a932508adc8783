"""Team library: optimistic versions, authors, a change counter, PostgreSQL search.

- ``version`` on themes, tags, talking points and briefings: SQLAlchemy's
  version counter, so a save based on an outdated copy is refused.
- ``author`` on note versions, talking points and (manual) tags, ``saved_by``
  on briefings: who did what.
- ``library_changes``: one row counting saves, which open windows poll.
- On PostgreSQL only: full-text search. A text search configuration
  ``briefer_nl`` folds case and diacritics (unaccent), like SQLite's FTS5
  tokenizer, and does not stem, so both databases find the same passages.
  Generated tsvector columns (kept in step by the database) with GIN indexes.

Existing rows get version 1 and an empty author; nothing is lost.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

VERSIONED = ("themes", "tags", "talking_points", "briefings")
AUTHORED = {
    "note_versions": "author",
    "talking_points": "author",
    "tags": "author",
    "briefings": "saved_by",
}

POSTGRES_SEARCH = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    """DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'briefer_nl') THEN
            CREATE TEXT SEARCH CONFIGURATION briefer_nl (COPY = pg_catalog.simple);
            ALTER TEXT SEARCH CONFIGURATION briefer_nl
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
        END IF;
    END $$""",
    """ALTER TABLE passages ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('briefer_nl'::regconfig, text)) STORED""",
    "CREATE INDEX ix_passages_search_vector ON passages USING gin (search_vector)",
    """ALTER TABLE notes ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('briefer_nl'::regconfig, body)) STORED""",
    "CREATE INDEX ix_notes_search_vector ON notes USING gin (search_vector)",
]


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )
    for table, column in AUTHORED.items():
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column(column, sa.String(length=200), nullable=False, server_default="")
            )
    op.create_table(
        "library_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_library_changes")),
    )
    op.execute("INSERT INTO library_changes (id, counter) VALUES (1, 0)")
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_SEARCH:
            op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("Briefer never downgrades a database")
