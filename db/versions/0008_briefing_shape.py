"""Briefing shape: talking points get a kind (actief/reactief); passage extracts.

``talking_points.kind`` is "actief" for every existing talking point.
``passage_extracts`` keeps the sentences of a passage the user marked in the
reader for the short background of a briefing. Works on SQLite (batch mode)
and PostgreSQL.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("talking_points", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=10), nullable=False, server_default="actief")
        )
    op.create_table(
        "passage_extracts",
        sa.Column("passage_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["passage_id"],
            ["passages.id"],
            name=op.f("fk_passage_extracts_passage_id_passages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("passage_id", name=op.f("pk_passage_extracts")),
    )


def downgrade() -> None:
    op.drop_table("passage_extracts")
    with op.batch_alter_table("talking_points", schema=None) as batch_op:
        batch_op.drop_column("kind")
