"""Search with a theme filter on PostgreSQL: each passage's themes beside its words.

On PostgreSQL only: ``passages.theme_ids``, the ids of the themes a passage
effectively carries (see briefer.core.tags.effective_tags: a manual include, or
an automatic tag without a manual exclude), sorted. The search
(briefer.core.search.postgres) checks the theme on the passage rows it reads
anyway, instead of looking up each match's tags. (No GIN index on it: ANDing a
common theme's bitmap into every slice of the search cost more than it saved.)

The database keeps the column in step itself: statement-level triggers on tags
(with transition tables, so a bulk import of thousands of tags recomputes each
passage once per statement, not once per tag) recompute the changed passages.
Existing passages get their themes here. SQLite libraries only move to this
revision; no table or row changes there.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# The themes of each passage in ``changed`` (passage ids from a transition
# table) that it effectively carries, as a sorted int[] ('{}' for none).
_FRESH = """SELECT changed.passage_id AS id, coalesce(
        (SELECT array_agg(carried.theme_id ORDER BY carried.theme_id)
         FROM (SELECT tags.theme_id FROM tags WHERE tags.passage_id = changed.passage_id
               GROUP BY tags.theme_id
               HAVING bool_or(tags.include OR NOT tags.manual)
                  AND NOT bool_or(tags.manual AND NOT tags.include)) AS carried),
        '{}'::integer[]) AS ids
    FROM (SELECT DISTINCT passage_id FROM CHANGED) AS changed"""

# Recompute the changed passages. Their rows are locked first: in READ COMMITTED
# the UPDATE then takes a snapshot that sees a colleague's tags committed while
# this statement waited for the lock.
_RECOMPUTE = (
    """PERFORM 1 FROM passages WHERE passages.id IN (SELECT passage_id FROM CHANGED)
        ORDER BY passages.id FOR NO KEY UPDATE;
    UPDATE passages SET theme_ids = fresh.ids FROM ("""
    + _FRESH
    + """) AS fresh
    WHERE passages.id = fresh.id AND passages.theme_ids IS DISTINCT FROM fresh.ids;"""
)
_BOTH = "(SELECT passage_id FROM new_tags UNION SELECT passage_id FROM old_tags) AS both_tags"

FUNCTION = (
    """CREATE FUNCTION briefer_passage_theme_ids() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        """
    + _RECOMPUTE.replace("CHANGED", "new_tags")
    + """
    ELSIF TG_OP = 'DELETE' THEN
        """
    + _RECOMPUTE.replace("CHANGED", "old_tags")
    + """
    ELSE
        """
    + _RECOMPUTE.replace("CHANGED", _BOTH)
    + """
    END IF;
    RETURN NULL;
END $$"""
)

TRIGGERS = [
    """CREATE TRIGGER tags_theme_ids_insert AFTER INSERT ON tags
        REFERENCING NEW TABLE AS new_tags
        FOR EACH STATEMENT EXECUTE FUNCTION briefer_passage_theme_ids()""",
    """CREATE TRIGGER tags_theme_ids_update AFTER UPDATE ON tags
        REFERENCING OLD TABLE AS old_tags NEW TABLE AS new_tags
        FOR EACH STATEMENT EXECUTE FUNCTION briefer_passage_theme_ids()""",
    """CREATE TRIGGER tags_theme_ids_delete AFTER DELETE ON tags
        REFERENCING OLD TABLE AS old_tags
        FOR EACH STATEMENT EXECUTE FUNCTION briefer_passage_theme_ids()""",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE passages ADD COLUMN theme_ids integer[] NOT NULL DEFAULT '{}'")
    op.execute(
        """UPDATE passages SET theme_ids = fresh.ids
        FROM (SELECT carried.passage_id AS id,
                     array_agg(carried.theme_id ORDER BY carried.theme_id) AS ids
              FROM (SELECT passage_id, theme_id FROM tags GROUP BY passage_id, theme_id
                    HAVING bool_or(include OR NOT manual)
                       AND NOT bool_or(manual AND NOT include)) AS carried
              GROUP BY carried.passage_id) AS fresh
        WHERE passages.id = fresh.id"""
    )
    op.execute(FUNCTION)
    for trigger in TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    raise NotImplementedError("Briefer never downgrades a database")
