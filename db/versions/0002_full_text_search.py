"""Full-text search over passages and notes (SQLite FTS5).

The indexes are external-content FTS5 tables kept in step by triggers on every
insert, update and delete, so no code path can forget them. Diacritics and case
are folded (``oekraine`` finds Oekraïne). Other databases get no index here;
briefer.core.search falls back to plain matching there.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TOKENIZER = "unicode61 remove_diacritics 2"

STATEMENTS = [
    f"""CREATE VIRTUAL TABLE passage_fts USING fts5(
        text, content='passages', content_rowid='id', tokenize='{TOKENIZER}')""",
    """CREATE TRIGGER passage_fts_insert AFTER INSERT ON passages BEGIN
        INSERT INTO passage_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER passage_fts_delete AFTER DELETE ON passages BEGIN
        INSERT INTO passage_fts(passage_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    """CREATE TRIGGER passage_fts_update AFTER UPDATE OF text ON passages BEGIN
        INSERT INTO passage_fts(passage_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO passage_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    f"""CREATE VIRTUAL TABLE note_fts USING fts5(
        body, content='notes', content_rowid='id', tokenize='{TOKENIZER}')""",
    """CREATE TRIGGER note_fts_insert AFTER INSERT ON notes BEGIN
        INSERT INTO note_fts(rowid, body) VALUES (new.id, new.body);
    END""",
    """CREATE TRIGGER note_fts_delete AFTER DELETE ON notes BEGIN
        INSERT INTO note_fts(note_fts, rowid, body) VALUES ('delete', old.id, old.body);
    END""",
    """CREATE TRIGGER note_fts_update AFTER UPDATE OF body ON notes BEGIN
        INSERT INTO note_fts(note_fts, rowid, body) VALUES ('delete', old.id, old.body);
        INSERT INTO note_fts(rowid, body) VALUES (new.id, new.body);
    END""",
    "INSERT INTO passage_fts(passage_fts) VALUES ('rebuild')",
    "INSERT INTO note_fts(note_fts) VALUES ('rebuild')",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("Briefer never downgrades a database")
