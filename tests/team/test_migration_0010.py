"""Migration 0010: a PostgreSQL library at 0009 gets each passage's themes as an
int[] column, filled for the rows it has, keeps every row and finds the same; and
the database keeps the column equal to the effective tags after every kind of
tag change (automatic, manual include / exclude / clear, re-tagging, deletes)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from sqlalchemy import Connection, delete, text

from briefer.app import open_library
from briefer.core.importing.single import import_file
from briefer.core.models import Letter
from briefer.core.search import search
from briefer.core.store.database import SCHEMA_HEAD, Store
from briefer.core.tags import (
    CLEAR,
    EXCLUDE,
    INCLUDE,
    effective_tags,
    retag_library,
    set_manual_tag,
)
from briefer.core.themes import find_theme

QUERIES = [("oekraine", "Rusland"), ("sanctie*", "Sancties"), ('"Westelijke Balkan"', None)]


def undo_0012(connection: Connection) -> None:
    """Remove what migration 0012 adds (kinds, publication ids, roles, footnotes)."""
    connection.execute(text("DROP INDEX ix_letters_publication"))
    for table, columns in (("letters", ("kind", "publication", "details")),
                           ("passages", ("role", "number", "footnotes"))):  # fmt: skip
        for name in columns:
            connection.execute(text(f"ALTER TABLE {table} DROP COLUMN {name}"))


def undo_0011(connection: Connection) -> None:
    """Remove what migrations 0011 and 0012 add and put back what 0011 drops."""
    undo_0012(connection)
    connection.execute(text("DROP INDEX ix_passages_search_keys"))
    connection.execute(text("DROP FUNCTION briefer_search_keys(tsvector, integer[], integer)"))
    connection.execute(text("ALTER TABLE passages ALTER COLUMN search_vector SET STORAGE EXTENDED"))
    connection.execute(
        text("CREATE INDEX ix_passages_search_vector ON passages USING gin (search_vector)")
    )


def undo_0010(connection: Connection) -> None:
    """Remove what migrations 0010 and 0011 add (for libraries as an earlier release
    left them)."""
    undo_0011(connection)
    for event in ("insert", "update", "delete"):
        connection.execute(text(f"DROP TRIGGER tags_theme_ids_{event} ON tags"))
    connection.execute(text("DROP FUNCTION briefer_passage_theme_ids()"))
    connection.execute(text("ALTER TABLE passages DROP COLUMN theme_ids"))


def found(
    db: str, queries: list[tuple[str, str | None]]
) -> list[list[tuple[str, int, float, str]]]:
    """What each (query, theme) finds on ``db``: kind, id, rank and snippet of every hit."""
    store = open_library(db)
    try:
        results = []
        for query, theme in queries:
            theme_id = find_theme(store, theme).id if theme else None
            hits = search(store, query, theme_id=theme_id)
            results.append([(hit.kind, hit.id, hit.rank, hit.snippet) for hit in hits])
        return results
    finally:
        store.close()


def _columns(store: Store) -> dict[int, list[int]]:
    with store.engine.connect() as connection:
        rows = connection.execute(text("SELECT id, theme_ids FROM passages")).all()
    return {passage: list(themes) for passage, themes in rows if themes}


def _effective(store: Store) -> dict[int, list[int]]:
    carried: dict[int, list[int]] = defaultdict(list)
    with store.read() as session:
        for passage, theme, _manual in session.execute(effective_tags()):
            carried[passage].append(theme)
    return {passage: sorted(themes) for passage, themes in carried.items()}


def test_a_library_at_0009_gets_the_column_and_finds_the_same(pg_cluster) -> None:
    db = pg_cluster.create_database()
    store = open_library(db)  # the bundled letter, its themes and tags
    passage = store.engine.connect().execute(text("SELECT min(id) FROM passages")).scalar()
    set_manual_tag(store, passage, find_theme(store, "Rusland").id, INCLUDE)
    set_manual_tag(store, passage + 1, find_theme(store, "Rusland").id, EXCLUDE)
    expected = _effective(store)
    store.close()
    before = found(db, QUERIES)
    assert all(before) and expected
    store = open_library(db)
    with store.engine.begin() as connection:  # as release 0009 left it
        undo_0010(connection)
        connection.execute(text("UPDATE alembic_version SET version_num = '0009'"))
        counts = [
            connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
            for table in ("passages", "tags")
        ]
    store.close()
    store = open_library(db)  # upgrades to the head before anything else
    try:
        assert store.schema_revision() == SCHEMA_HEAD
        with store.engine.connect() as connection:
            assert [
                connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
                for table in ("passages", "tags")
            ] == counts
        assert _columns(store) == expected
    finally:
        store.close()
    assert found(db, QUERIES) == before


def test_the_column_follows_every_tag_change(pg_cluster, tmp_path: Path) -> None:
    store = open_library(pg_cluster.create_database())
    try:
        assert _columns(store) == _effective(store) != {}
        rusland, china = find_theme(store, "Rusland").id, find_theme(store, "China").id
        tagged = next(p for p, themes in _columns(store).items() if rusland in themes)
        untagged = next(p for p, themes in _columns(store).items() if rusland not in themes)
        set_manual_tag(store, tagged, rusland, EXCLUDE)
        set_manual_tag(store, untagged, rusland, INCLUDE)
        set_manual_tag(store, untagged, china, EXCLUDE)
        assert rusland not in _columns(store).get(tagged, [])
        assert rusland in _columns(store)[untagged]
        assert _columns(store) == _effective(store)
        set_manual_tag(store, tagged, rusland, CLEAR)  # back to the automatic tag
        assert rusland in _columns(store)[tagged]
        with store.engine.begin() as connection:  # an UPDATE of tags, as a sync might
            connection.execute(
                text("UPDATE tags SET include = NOT include WHERE manual AND passage_id = :p"),
                {"p": untagged},
            )
        assert rusland not in _columns(store).get(untagged, [])
        assert _columns(store) == _effective(store)
        retag_library(store)  # every automatic tag deleted and inserted again
        memo = tmp_path / "memo.txt"
        memo.write_text("Memo\n\nDe sancties tegen Rusland en China blijven.\n", "utf-8")
        memo_id = import_file(store, memo).letter_id  # a second letter: passages and tags
        assert rusland in _columns(store)[max(_columns(store))]
        assert _columns(store) == _effective(store)
        with store.session() as session:
            session.execute(delete(Letter).where(Letter.id == memo_id))
        assert _columns(store) == _effective(store) != {}
        theme = find_theme(store, "Sancties").id
        hits = search(store, "sanctie*", theme_id=theme, limit=100, include_notes=False)
        assert hits and all(theme in _columns(store)[hit.id] for hit in hits)
    finally:
        store.close()
