"""Migration 0009: a PostgreSQL library at 0008 gets the tags index the theme filter
of the search reads, keeps every row, and finds the same passages as before."""

from __future__ import annotations

from sqlalchemy import text

from briefer.app import open_library
from briefer.core.search import search
from briefer.core.store import SCHEMA_HEAD
from briefer.core.themes import find_theme
from tests.team.test_migration_0010 import undo_0010

QUERIES = [("oekraine", "Rusland"), ("sanctie*", "Sancties"), ('"Westelijke Balkan"', None)]


def _found(db: str) -> list[list[tuple[str, int, float]]]:
    store = open_library(db)
    try:
        results = []
        for query, theme in QUERIES:
            theme_id = find_theme(store, theme).id if theme else None
            hits = search(store, query, theme_id=theme_id)
            results.append([(hit.kind, hit.id, hit.rank) for hit in hits])
        return results
    finally:
        store.close()


def test_a_library_at_0008_gets_the_index_and_finds_the_same(pg_cluster) -> None:
    db = pg_cluster.create_database()
    before = _found(db)  # a library with the bundled letter, its themes and tags
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
    assert _found(db) == before
