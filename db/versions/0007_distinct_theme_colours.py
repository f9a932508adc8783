"""The shipped themes get the new, clearly distinct palette, where the user kept
the shipped colour.

A theme that still has its old default colour (``default_key`` set, colour as
shipped before) takes the new one; a colour the user chose stays. Plain UPDATEs
with bound values: the same on SQLite and PostgreSQL.

Revision ID: 0007
Revises: 0005
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None

# default_key: (colour shipped before, colour shipped now)
COLOURS = {
    "rusland": ("#B03A2E", "#AA0000"),
    "oekraine": ("#D4AC0D", "#55AAFF"),
    "china": ("#C0392B", "#EE6666"),
    "westelijke-balkan": ("#7D3C98", "#9955BB"),
    "navo-defensie": ("#1F618D", "#226688"),
    "europese-unie": ("#2E86C1", "#1177FF"),
    "sancties": ("#A04000", "#776633"),
    "cyber": ("#117A65", "#9999CC"),
    "economische-veiligheid": ("#B9770E", "#BB7733"),
    "mensenrechten": ("#6C3483", "#AA1155"),
    "midden-oosten": ("#CA6F1E", "#FF88AA"),
    "afrika-sahel": ("#239B56", "#77BB11"),
    "multilateraal": ("#5D6D7E", "#6600FF"),
    "consulair": ("#148F77", "#9911CC"),
}


def upgrade() -> None:
    statement = sa.text(
        "UPDATE themes SET color = :new WHERE default_key = :key AND UPPER(color) = :old"
    )
    for key, (old, new) in COLOURS.items():
        op.get_bind().execute(statement, {"key": key, "old": old, "new": new})


def downgrade() -> None:
    raise NotImplementedError("Briefer never downgrades a database")
