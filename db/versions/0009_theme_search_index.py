"""Search with a theme filter on PostgreSQL: an index of tags by theme and passage.

On PostgreSQL only: ``ix_tags_theme_passage`` on tags (theme_id, passage_id),
carrying ``manual`` and ``include``, so the search reads which passages of a
range of ids carry a theme from the index alone (briefer.core.search.postgres).
SQLite libraries only move to this revision; no table or row changes anywhere.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_tags_theme_passage ON tags (theme_id, passage_id) "
            "INCLUDE (manual, include)"
        )


def downgrade() -> None:
    raise NotImplementedError("Briefer never downgrades a database")
