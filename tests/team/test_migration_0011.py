"""Migration 0011: a PostgreSQL library at 0010 gets the index of words by bucket
(and its passages' words kept in their rows from then on), loses the index the
search no longer uses, keeps every row and finds the same."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from briefer.app import open_library
from briefer.core.store.database import SCHEMA_HEAD
from tests.team.test_migration_0010 import found, undo_0011

QUERIES = [
    ("oekraine", None),
    ("sanctie*", "Sancties"),
    ('"Westelijke Balkan"', None),
    ('oekraine NIET "Westelijke Balkan"', None),
    ("Rusland OF China", "Rusland"),
]


def _indexes(db: str) -> set[str]:
    """The passages' indexes, read without opening (and so upgrading) the library."""
    engine = create_engine(db)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT indexname FROM pg_indexes WHERE tablename = 'passages'")
            )
            return {row.indexname for row in rows}
    finally:
        engine.dispose()


def test_a_library_at_0010_gets_the_bucket_index_and_finds_the_same(pg_cluster) -> None:
    db = pg_cluster.create_database()
    before = found(db, QUERIES)  # the bundled letter, its themes and tags
    assert all(before)
    store = open_library(db)
    with store.engine.begin() as connection:  # as release 0010 left it
        undo_0011(connection)
        connection.execute(text("UPDATE alembic_version SET version_num = '0010'"))
        passages = connection.execute(text("SELECT count(*) FROM passages")).scalar()
    store.close()
    assert "ix_passages_search_vector" in _indexes(db)
    after = found(db, QUERIES)  # upgrades to the head before anything else
    assert after == before
    indexes = _indexes(db)
    assert "ix_passages_search_keys" in indexes and "ix_passages_search_vector" not in indexes
    store = open_library(db)
    try:
        assert store.schema_revision() == SCHEMA_HEAD
        with store.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM passages")).scalar() == passages
            storage = connection.execute(
                text(
                    "SELECT attstorage FROM pg_attribute"
                    " WHERE attrelid = 'passages'::regclass AND attname = 'search_vector'"
                )
            ).scalar()
            assert storage == "m"  # kept in the row (STORAGE MAIN)
    finally:
        store.close()
