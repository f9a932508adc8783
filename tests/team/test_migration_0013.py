"""Migration 0013: commitments get their kind, where a promise met was made, who promises,
a recurrence and what a statement meets. A library at 0012 (SQLite and PostgreSQL) keeps
every row, each existing commitment becomes a "toezegging", the user's marks stay, and a
letter imported afterwards meets one of them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, text

from briefer.app import open_library
from briefer.core.commitment_register import MET, list_commitments, refind_commitments, set_done
from briefer.core.importing.single import import_file
from briefer.core.store.database import SCHEMA_HEAD, open_store
from tests.intelligence.test_fulfilment import ANSWER
from tests.old_libraries import kept_everything, library_at, rows_by_table
from tests.team.test_migration_0010 import undo_0013

NEW_COLUMNS = ("kind", "made_in", "actor", "recurring", "meets_keys", "meets_id")


def _meet_one(store: object, tmp_path: Path) -> None:
    answer = tmp_path / "europawet.txt"
    answer.write_text(ANSWER, encoding="utf-8")
    import_file(store, answer)  # type: ignore[arg-type]
    met = [r.subject for r in list_commitments(store) if r.status == MET]  # type: ignore[arg-type]
    assert met == ["hoofdlijnennotitie over de Europawet"]


def test_a_sqlite_library_at_0012_upgrades_and_keeps_its_commitments(
    db_path: Path, tmp_path: Path
) -> None:
    library_at(db_path, "0012")
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE commitments SET done = 1 WHERE subject = 'Afrikastrategie'")
        assert "kind" not in [
            row[1] for row in connection.execute("PRAGMA table_info(commitments)")
        ]
    before = rows_by_table(db_path)
    store, created = open_store(db_path)
    try:
        assert not created and store.schema_revision() == SCHEMA_HEAD == "0014"
    finally:
        store.close()
    assert kept_everything(before, rows_by_table(db_path))  # nothing lost, nothing changed
    store, _created = open_store(db_path)
    try:
        rows = list_commitments(store)
        assert len(rows) == 16 and {r.kind for r in rows} == {"toezegging"}
        assert next(r for r in rows if r.subject == "Afrikastrategie").status == "done"
        _meet_one(store, tmp_path)
        assert refind_commitments(store) == 2  # found again: the user's work stays
        again = list_commitments(store)
        assert next(r for r in again if r.subject == "Afrikastrategie").status == "done"
    finally:
        store.close()
    with sqlite3.connect(db_path) as connection:
        kinds = connection.execute("SELECT DISTINCT kind FROM commitments ORDER BY kind").fetchall()
        assert kinds == [("toezegging",), ("voldaan",)]


def test_a_server_library_at_0012_upgrades_and_keeps_its_commitments(
    pg_cluster, tmp_path: Path
) -> None:
    db = pg_cluster.create_database()
    store = open_library(db)
    set_done(store, next(r.id for r in list_commitments(store) if r.subject == "Afrikastrategie"))
    with store.engine.begin() as connection:  # as release 0012 left it
        undo_0013(connection)
        connection.execute(text("UPDATE alembic_version SET version_num = '0012'"))
        count = connection.execute(text("SELECT count(*) FROM commitments")).scalar()
    store.close()
    engine = create_engine(db)
    with engine.connect() as connection:
        columns = {
            row[0]
            for row in connection.execute(
                text("SELECT column_name FROM information_schema.columns "
                     "WHERE table_name = 'commitments'")
            )
        }  # fmt: skip
    engine.dispose()
    assert not columns & set(NEW_COLUMNS)
    store = open_library(db)
    try:
        assert store.schema_revision() == SCHEMA_HEAD
        rows = list_commitments(store)
        assert len(rows) == count == 16 and {r.kind for r in rows} == {"toezegging"}
        assert next(r for r in rows if r.subject == "Afrikastrategie").status == "done"
        _meet_one(store, tmp_path)
    finally:
        store.close()
