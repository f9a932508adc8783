"""Commitments (toezeggingen) with the user's edits, and older versions of letters.

``commitments``: the promises found in a letter (origin "auto") or added by the
user (origin "user"); the user's status, edits and deletions (kept as a
tombstone, so a re-import does not bring a deleted one back) survive
re-imports. ``letter_versions``: the text of a letter before a newer version
replaced it, so changes between versions can be shown and older ones read.
Plain tables: the same on SQLite and PostgreSQL.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "commitments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("passage_id", sa.Integer(), nullable=True),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("due_phrase", sa.String(length=200), nullable=False),
        sa.Column("due_label", sa.String(length=100), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("edited", sa.Boolean(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["letter_id"],
            ["letters.id"],
            name=op.f("fk_commitments_letter_id_letters"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["passage_id"],
            ["passages.id"],
            name=op.f("fk_commitments_passage_id_passages"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitments")),
    )
    with op.batch_alter_table("commitments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_commitments_letter_id"), ["letter_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_commitments_passage_id"), ["passage_id"], unique=False)
    op.create_table(
        "letter_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("kamerstuk", sa.String(length=100), nullable=True),
        sa.Column("letter_date", sa.Date(), nullable=True),
        sa.Column("source_name", sa.String(length=500), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("passages", sa.JSON(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("replaced_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["letter_id"],
            ["letters.id"],
            name=op.f("fk_letter_versions_letter_id_letters"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_versions")),
    )
    with op.batch_alter_table("letter_versions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_letter_versions_letter_id"), ["letter_id"], unique=False
        )


    _find_commitments_in_stored_letters()


def _find_commitments_in_stored_letters() -> None:
    """The letters already in the library get their commitments now (pure text code)."""
    from datetime import UTC, date, datetime

    from briefer.intelligence.commitments import PassageInput, find_commitments, sentence_key

    bind = op.get_bind()
    letters = bind.execute(sa.text("SELECT id, letter_date FROM letters ORDER BY id")).all()
    table = sa.table(
        "commitments",
        sa.column("letter_id", sa.Integer),
        sa.column("passage_id", sa.Integer),
        sa.column("page", sa.Integer),
        sa.column("text", sa.Text),
        sa.column("subject", sa.String),
        sa.column("due_phrase", sa.String),
        sa.column("due_label", sa.String),
        sa.column("due_date", sa.Date),
        sa.column("origin", sa.String),
        sa.column("key", sa.String),
        sa.column("done", sa.Boolean),
        sa.column("edited", sa.Boolean),
        sa.column("deleted", sa.Boolean),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    now = datetime.now(UTC)
    for letter_id, letter_date in letters:
        if isinstance(letter_date, str):
            letter_date = date.fromisoformat(letter_date)
        passages = bind.execute(
            sa.text(
                "SELECT id, text, first_page, last_page FROM passages "
                "WHERE letter_id = :letter AND retired = :retired ORDER BY position"
            ),
            {"letter": letter_id, "retired": False},
        ).all()
        rows = []
        seen = set()
        for found in find_commitments([PassageInput(*row) for row in passages], letter_date):
            key = sentence_key(found.text)
            if key in seen:
                continue
            seen.add(key)
            rows.append(
                {
                    "letter_id": letter_id,
                    "passage_id": found.passage_id,
                    "page": found.page,
                    "text": found.text,
                    "subject": found.subject,
                    "due_phrase": found.due.phrase if found.due else "",
                    "due_label": found.due.label if found.due else "",
                    "due_date": found.due.last_day if found.due else None,
                    "origin": "auto",
                    "key": key,
                    "done": False,
                    "edited": False,
                    "deleted": False,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        if rows:
            op.bulk_insert(table, rows)


def downgrade() -> None:
    raise NotImplementedError("Briefer never downgrades a database")
