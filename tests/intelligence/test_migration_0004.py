"""A library from before commitments (schema 0002) upgrades without loss and gets the
commitments of the letters it already holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefer.app import open_library
from briefer.core.commitments import list_commitments
from briefer.core.store import open_store
from briefer.core.versions import list_versions
from tests.conftest import database_snapshot


def _as_schema_0002(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("DROP TABLE commitments")
        connection.execute("DROP TABLE letter_versions")
        connection.execute("UPDATE alembic_version SET version_num = '0002'")
        connection.execute(
            "INSERT INTO notes (theme_id, passage_id, body, created_at, updated_at) "
            "VALUES (3, NULL, 'Mijn notitie over China', '2024-01-01', '2024-01-01')"
        )


def test_a_0002_library_upgrades_and_finds_the_commitments(db_path: Path) -> None:
    open_library(db_path).close()
    _as_schema_0002(db_path)
    before = [line for line in database_snapshot(db_path) if "alembic_version" not in line]
    store, created = open_store(db_path)
    try:
        assert not created
        rows = list_commitments(store)
        assert len(rows) == 16
        assert {r.subject for r in rows} >= {"mensenrechtennota", "Afrikastrategie"}
        assert next(r for r in rows if r.subject == "mensenrechtennota").due == "Q3 2022"
        assert [v.number for v in list_versions(store, 1)] == [1]
    finally:
        store.close()
    after = database_snapshot(db_path)
    assert all(line in after for line in before)  # nothing lost, nothing changed
    assert any("Mijn notitie over China" in line for line in after)
