"""Partial indexes for the first screen: the retired passages and the manual tags.

``ix_passages_retired`` on passages (letter_id) where retired, and
``ix_tags_manual`` on tags (theme_id) where manual: each holds only the few rows
of its kind, so counting a library's passages per letter and a theme's
passages (less the user's exclusions) reads no table, and imports, which write
neither kind, do not pay for them (briefer.core.library, briefer.core.theme_list).
Both SQLite and PostgreSQL; no rows change.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_passages_retired ON passages (letter_id) WHERE retired")
    op.execute("CREATE INDEX ix_tags_manual ON tags (theme_id) WHERE manual")


def downgrade() -> None:
    raise NotImplementedError("Briefer never downgrades a database")
