"""Commitments of three kinds, and which letter meets which promise.

``commitments.kind``: "toezegging" (every existing row: a promise found in a letter or
added by the user), "verzoek" (a request of the Kamer: a motie's dictum) or "voldaan"
(a sentence in which a letter says it meets a promise or motie). ``meets_id``: the
commitment a "voldaan" row meets (SET NULL when that one goes); ``meets_keys``: what it
names to find that one by (Kamerstukken, dates, names). ``made_in``: where a promise met
was made when not in a letter of the library (a debate, to a member). ``actor``: who
promises, when another than the letter's signer. ``recurring``: "jaarlijks" for a
promise due every year. Columns with defaults, so every existing row keeps its meaning;
an index on (kind, meets_id) for "what meets this one". Plain columns: the same on
SQLite (batch mode) and PostgreSQL. The letters already stored get their requests and
fulfilments when they are next imported or with ``briefer commitments --refind``.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("commitments", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=12), nullable=False, server_default="toezegging")
        )
        batch_op.add_column(
            sa.Column("made_in", sa.String(length=500), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("actor", sa.String(length=300), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("recurring", sa.String(length=20), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("meets_keys", sa.String(length=500), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("meets_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_commitments_meets_id_commitments"),
            "commitments",
            ["meets_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index("ix_commitments_kind_meets_id", ["kind", "meets_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("commitments", schema=None) as batch_op:
        batch_op.drop_index("ix_commitments_kind_meets_id")
        batch_op.drop_constraint(batch_op.f("fk_commitments_meets_id_commitments"), type_="foreignkey")
        for name in ("meets_id", "meets_keys", "recurring", "actor", "made_in", "kind"):
            batch_op.drop_column(name)
