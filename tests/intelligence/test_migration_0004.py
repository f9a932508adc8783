"""A library from before commitments (schema 0002) upgrades without loss and gets the
commitments of the letters it already holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefer.core.commitment_register import list_commitments
from briefer.core.store.database import open_store
from briefer.core.versions import list_versions
from tests.old_libraries import kept_everything, library_at, rows_by_table


def _as_schema_0002(db_path: Path) -> None:
    library_at(db_path, "0002")
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "INSERT INTO notes (theme_id, passage_id, body, created_at, updated_at) "
            "VALUES (3, NULL, 'Mijn notitie over China', '2024-01-01', '2024-01-01')"
        )


def test_a_0002_library_upgrades_and_finds_the_commitments(db_path: Path) -> None:
    _as_schema_0002(db_path)
    # 0007 gives the shipped themes their new colours: the one change an upgrade makes.
    skip = frozenset({"themes.color"})
    before = rows_by_table(db_path, skip)
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
    after = rows_by_table(db_path, skip)
    assert kept_everything(before, after)  # nothing lost, nothing changed
    assert ("body", "Mijn notitie over China") in {c for row in after["notes"] for c in row}
