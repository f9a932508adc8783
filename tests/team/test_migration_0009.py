"""Migration 0009: a PostgreSQL library at 0008 gets the tags index the theme filter
of the search reads, keeps every row, and finds the same passages as before."""

from __future__ import annotations

from sqlalchemy import text

from briefer.app import open_library
from briefer.core.store.database import SCHEMA_HEAD
from tests.team.test_migration_0010 import found, undo_0010

QUERIES = [("oekraine", "Rusland"), ("sanctie*", "Sancties"), ('"Westelijke Balkan"', None)]


def test_a_library_at_0008_gets_the_index_and_finds_the_same(pg_cluster) -> None:
    db = pg_cluster.create_database()
    before = found(db, QUERIES)  # a library with the bundled letter, its themes and tags
    assert all(before)
    store = open_library(db)
    with store.engine.begin() as connection:  # as release 0008 left it
        undo_0010(connection)
        connection.execute(text("DROP INDEX ix_tags_theme_passage"))
        connection.execute(text("UPDATE alembic_version SET version_num = '0008'"))
        tags = connection.execute(text("SELECT count(*) FROM tags")).scalar()
    store.close()
    store = open_library(db)  # upgrades to the head before anything else
    try:
        assert store.schema_revision() == SCHEMA_HEAD
        with store.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM tags")).scalar() == tags
            assert (
                connection.execute(
                    text(
                        "SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_tags_theme_passage'"
                    )
                ).scalar()
                == 1
            )
    finally:
        store.close()
    assert found(db, QUERIES) == before
