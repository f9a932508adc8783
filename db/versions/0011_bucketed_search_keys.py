"""Search on PostgreSQL: the newest matches of a common word without reading all of them.

On PostgreSQL only. A GIN index can only hand over every match of a word at
once, in no useful order; the search wants the newest RANK_WINDOW matches, so
for a common word it paid for tens of thousands of index entries per query
(briefer.core.search.postgres). This index holds each passage's words once
more, each prefixed with the passage's *bucket*, its id divided by
BUCKET_SIZE ("61:rusland"), and its themes as "61:#5". A search asks for the
words of the newest buckets first ("61:rusland" | "60:rusland") and only
reaches further back while it has too few matches, so a query reads about as
many index entries as it returns, and the theme filter is answered by the index.

It is an expression index over ``search_vector`` and ``theme_ids`` (migrations
0005 and 0010): no column is added and the database keeps it in step. It
replaces ``ix_passages_search_vector``, which the search no longer uses.

The search ranks the matches it finds with each passage's ``search_vector``: it
is now kept in the passage's row (STORAGE MAIN; the text moves out first when a
row is too long), not in the separate TOAST table, which halved the time to
rank a thousand matches. Rows written from now on are stored so; rows already
there move when they are next written (or at once with ``VACUUM FULL passages``,
for the server's administrator). SQLite libraries only move to this revision.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

BUCKET_BITS = 12  # a bucket is 4,096 passage ids (briefer.core.search.postgres)

# The words of a passage (their positions kept, so phrases still match) and its
# themes, each prefixed with the bucket. IMMUTABLE: a function of its arguments only.
FUNCTION = r"""CREATE FUNCTION briefer_search_keys(words tsvector, themes integer[], bucket integer)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT (coalesce((SELECT string_agg(
            '''' || bucket || ':' || replace(replace(w.lexeme, '\', '\\'), '''', '''''') || ''''
            || CASE WHEN coalesce(cardinality(w.positions), 0) = 0 THEN ''
                    ELSE ':' || array_to_string(w.positions, ',') END, ' ')
        FROM unnest(words) AS w), '')
    || ' ' || coalesce((SELECT string_agg('''' || bucket || ':#' || t || '''', ' ')
        FROM unnest(themes) AS t), ''))::tsvector
$$"""

INDEX = f"""CREATE INDEX ix_passages_search_keys ON passages USING gin
    (briefer_search_keys(search_vector, theme_ids, id >> {BUCKET_BITS}))"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTION)
    op.execute(INDEX)
    op.execute("ALTER TABLE passages ALTER COLUMN search_vector SET STORAGE MAIN")
    op.execute("DROP INDEX ix_passages_search_vector")


def downgrade() -> None:
    raise NotImplementedError("Briefer never downgrades a database")
