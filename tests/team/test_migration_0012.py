"""Migration 0012: a library at 0011, on SQLite and on PostgreSQL, gets the kind of each
letter (a Kamerbrief when it has a kamerstuk and a signatory, else a document), room for
publication ids, details, roles and footnotes; keeps every row, finds the same, and
stores and reads a letter of the new kinds afterwards."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from briefer.app import open_library
from briefer.core.importing.letter_fixes import parsed_from_store
from briefer.core.importing.single import import_file
from briefer.core.store.database import SCHEMA_HEAD, open_store
from tests.letter_kinds import kamervragen, stored
from tests.old_libraries import kept_everything, library_at, rows_by_table
from tests.team.test_migration_0010 import found, undo_0012

QUERIES = [("oekraine", None), ("sanctie*", "Sancties"), ('"Westelijke Balkan"', None)]
NEW_COLUMNS = frozenset(
    {
        "letters.kind",
        "letters.publication",
        "letters.details",
        "passages.role",
        "passages.number",
        "passages.footnotes",
    }
)


def _memo(folder: Path) -> Path:
    """A letter with neither kamerstuk nor signatory: a document."""
    folder.mkdir(parents=True, exist_ok=True)
    memo = folder / "memo.txt"
    memo.write_text("Memo Oekraïne\n\nDe steun aan Oekraïne gaat door.\n", encoding="utf-8")
    return memo


def _unsigned(db: Path) -> None:
    """A Kamerstuk letter without a signatory, as an older reader may have left it."""
    with sqlite3.connect(db) as connection:
        connection.execute(
            "INSERT INTO letters (title, kamerstuk, kamerstuk_key, pages, source_name,"
            " source_format, content_hash, bundled, imported_at, updated_at)"
            " SELECT 'Zonder ondertekening', '36 045, nr. 9', '36045-9', 1, 'z.txt', 'txt',"
            " 'z', 0, imported_at, updated_at FROM letters WHERE id = 1"
        )


def _kinds(db: str | Path) -> dict[str, str]:
    store = open_library(db)
    try:
        with store.engine.connect() as connection:
            rows = connection.execute(text("SELECT title, kind FROM letters"))
            return {title: kind for title, kind in rows}
    finally:
        store.close()


def _new_kinds_work(db: str | Path) -> None:
    store = open_library(db)
    try:
        parsed = kamervragen()
        letter_id = stored(store, parsed, "vragen.xml")
        with store.read() as session:
            assert parsed_from_store(session, letter_id) == parsed
    finally:
        store.close()


def test_a_sqlite_library_at_0011_upgrades_without_loss(tmp_path: Path) -> None:
    db = tmp_path / "library" / "briefer.sqlite"
    library_at(db, "0011")  # the bundled letter, its themes, tags and full-text index
    _unsigned(db)
    before = rows_by_table(db)
    triggers = _triggers(db)
    store, created = open_store(db)  # backs up, then upgrades to the head
    try:
        assert not created and store.schema_revision() == SCHEMA_HEAD
    finally:
        store.close()
    after = rows_by_table(db, skip=NEW_COLUMNS)
    assert kept_everything(before, after)
    assert _triggers(db) == triggers  # no table copied: the full-text triggers stay
    store = open_library(db)
    try:
        import_file(store, _memo(tmp_path / "in"))  # a letter read after the upgrade
    finally:
        store.close()
    assert _kinds(db) == {
        "Brief van de Minister van Buitenlandse Zaken": "kamerbrief",
        "Zonder ondertekening": "document",
        "Memo Oekraïne": "document",
    }
    with sqlite3.connect(db) as connection:
        assert connection.execute(
            "SELECT count(*) FROM passages WHERE role IS NOT NULL OR footnotes IS NOT NULL"
        ).fetchone() == (0,)
    assert all(found(str(db), QUERIES))
    _new_kinds_work(db)


def _triggers(db: Path) -> set[str]:
    with sqlite3.connect(db) as connection:
        return {
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            )
        }


def test_a_server_library_at_0011_upgrades_without_loss(pg_cluster, tmp_path: Path) -> None:
    db = pg_cluster.create_database()
    store = open_library(db)  # the bundled letter, its themes and tags
    import_file(store, _memo(tmp_path / "in"))
    store.close()
    before = found(db, QUERIES)
    assert all(before)
    store = open_library(db)
    with store.engine.begin() as connection:  # as release 0011 left it
        undo_0012(connection)
        connection.execute(text("UPDATE alembic_version SET version_num = '0011'"))
        counts = [
            connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
            for table in ("letters", "passages", "tags", "commitments")
        ]
    store.close()
    assert _kinds(db) == {  # opening upgrades to the head before anything else
        "Brief van de Minister van Buitenlandse Zaken": "kamerbrief",
        "Memo Oekraïne": "document",
    }
    store = open_library(db)
    try:
        assert store.schema_revision() == SCHEMA_HEAD
        with store.engine.connect() as connection:
            assert [
                connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
                for table in ("letters", "passages", "tags", "commitments")
            ] == counts
    finally:
        store.close()
    assert found(db, QUERIES) == before
    _new_kinds_work(db)
