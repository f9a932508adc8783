"""Letters read from their published forms: reference, ministry, directie, dossier,
and the user's fixes of how a letter was read.

The new columns are nullable, so every letter of an older database keeps its
rows untouched (its new facts are simply unknown); ``letter_fixes`` starts
empty. Works on SQLite (batch mode) and PostgreSQL.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("letters") as batch:
        batch.add_column(sa.Column("reference", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("ministry", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("directorate", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("dossier", sa.String(length=500), nullable=True))
    op.create_table(
        "letter_fixes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["letter_id"],
            ["letters.id"],
            name=op.f("fk_letter_fixes_letter_id_letters"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_fixes")),
    )
    with op.batch_alter_table("letter_fixes") as batch:
        batch.create_index(batch.f("ix_letter_fixes_letter_id"), ["letter_id"], unique=False)


def downgrade() -> None:
    raise NotImplementedError("Briefer never downgrades a database")
