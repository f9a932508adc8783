"""Kinds of document, passage roles and footnotes (issue 18).

Letters get ``kind`` (kamerbrief, motie, kamervragen, bnc-fiche, document),
``publication`` (the stuk's official id, "kst-32545-143") and ``details``: a
JSON object of what only some kinds have (every signatory of the closing; the
askers, answerers, dates and number of Kamervragen; a motie's indieners; the
reader's notice), NULL when there is nothing of the sort. Passages get ``role``
(vraag, antwoord, overweging, verzoek, positie; NULL for body text), ``number``
(a question's and its answer's) and ``footnotes``: a JSON list of
``{"marker", "text", "page", "offset"}`` in the order of the passage, NULL for
none (see ``briefer.core.stored_parts``).

Existing letters: a letter read before this release that has a kamerstuk number
and a signatory was read in the Kamerstuk layout with its closing, which is a
Kamerbrief (the bundled letter is one); every other letter is a "document", the
kind readers give what they do not recognise. ``publication`` and ``details``
stay empty, as nothing of them was read; reading a letter again
(``briefer import --reread``) fills them. Existing passages keep no role and no
footnotes (the old readers left notes in the text).

Plain ADD COLUMN on both SQLite and PostgreSQL (no table is copied, so the
full-text triggers of the passages stay as they are).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "letters",
        sa.Column("kind", sa.String(length=20), nullable=False, server_default="document"),
    )
    op.add_column("letters", sa.Column("publication", sa.String(length=100), nullable=True))
    op.add_column("letters", sa.Column("details", sa.JSON(), nullable=True))
    op.create_index(op.f("ix_letters_publication"), "letters", ["publication"], unique=False)
    op.add_column("passages", sa.Column("role", sa.String(length=20), nullable=True))
    op.add_column("passages", sa.Column("number", sa.Integer(), nullable=True))
    op.add_column("passages", sa.Column("footnotes", sa.JSON(), nullable=True))
    op.execute(
        "UPDATE letters SET kind = 'kamerbrief' "
        "WHERE coalesce(kamerstuk, '') <> '' AND coalesce(signatory, '') <> ''"
    )


def downgrade() -> None:
    raise NotImplementedError("Briefer never downgrades a database")
