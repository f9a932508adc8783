"""Bulk import: many letters in one go, the same library as one by one, bad files alone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefer.app import open_library
from briefer.core.bulk_import import POOL_FROM, BulkProgress, import_many
from briefer.core.importing import DUPLICATE, NEW, ImportResult, import_file
from briefer.core.search import search
from briefer.ingest.errors import LetterImportError
from tests.conftest import BUNDLED_LETTER

COUNT = POOL_FROM + 2  # enough to go through the worker processes


def letters(folder: Path, count: int = COUNT) -> list[Path]:
    """Versions of the bundled letter under other kamerstuk numbers, one word changed."""
    folder.mkdir(parents=True, exist_ok=True)
    text = BUNDLED_LETTER.read_text(encoding="utf-8")
    made = []
    for number in range(count):
        path = folder / f"brief-{number:02d}.txt"
        body = text.replace("nr. 84", f"nr. {100 + number}")
        path.write_text(body.replace("Kremlin", f"Kremlin{'x' * number}", 1), encoding="utf-8")
        made.append(path)
    return made


def tags_by_position(database: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(database) as connection:
        return connection.execute(
            "SELECT l.kamerstuk, p.position, p.text, t.theme_id, t.reasons FROM tags t "
            "JOIN passages p ON p.id = t.passage_id JOIN letters l ON l.id = p.letter_id "
            "ORDER BY l.kamerstuk, p.position, t.theme_id"
        ).fetchall()


def test_bulk_gives_the_same_library_as_one_by_one(tmp_path: Path) -> None:
    files = letters(tmp_path / "in")
    bulk_store = open_library(tmp_path / "bulk.sqlite")
    seen: list[BulkProgress] = []
    outcomes = import_many(bulk_store, files, seen.append)
    bulk_store.close()
    single_store = open_library(tmp_path / "single.sqlite")
    for path in files:
        import_file(single_store, path)
    single_store.close()

    assert [o.status for o in outcomes if isinstance(o, ImportResult)] == [NEW] * COUNT
    assert [o.path for o in outcomes] == files  # in the order given
    assert outcomes[0].passages == 84 and outcomes[0].kamerstuk == "35 925 V, nr. 100"
    assert tags_by_position(tmp_path / "bulk.sqlite") == tags_by_position(
        tmp_path / "single.sqlite"
    )
    assert [p.done for p in seen] == list(range(1, COUNT + 1))
    assert all(p.total == COUNT for p in seen) and seen[-1].seconds_left == 0


def test_the_full_text_index_is_whole_after_a_bulk_import(tmp_path: Path) -> None:
    store = open_library(tmp_path / "bulk.sqlite")
    import_many(store, letters(tmp_path / "in"))
    hits = search(store, f"Kremlin{'x' * (COUNT - 1)}")
    assert len(hits) == 1
    store.close()
    with sqlite3.connect(tmp_path / "bulk.sqlite") as connection:
        connection.execute("INSERT INTO passage_fts(passage_fts) VALUES ('integrity-check')")
        triggers = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        indexed = connection.execute(
            "SELECT count(*) FROM passage_fts WHERE passage_fts MATCH 'oekraine'"
        ).fetchone()[0]
        stored = connection.execute(
            "SELECT count(*) FROM passages WHERE text LIKE '%Oekraïne%'"
        ).fetchone()[0]
    assert "passage_fts_insert" in triggers  # put back after the bulk fill
    assert indexed == stored > COUNT


def test_a_bad_file_stores_nothing_and_keeps_the_others(tmp_path: Path) -> None:
    files = letters(tmp_path / "in")
    broken = tmp_path / "in" / "kapot.txt"
    broken.write_bytes(b"Tekst met\x00NUL-bytes\x00")
    files.insert(3, broken)
    files.append(files[0])  # the same file twice: the second is a duplicate
    store = open_library(tmp_path / "bulk.sqlite")
    outcomes = import_many(store, files)
    store.close()
    assert isinstance(outcomes[3], LetterImportError)
    assert str(outcomes[3]).startswith(f"{broken}: ") and "NUL-bytes" in str(outcomes[3])
    good = [o for o in outcomes if isinstance(o, ImportResult)]
    assert len(good) == COUNT + 1 and good[-1].status == DUPLICATE
    with sqlite3.connect(tmp_path / "bulk.sqlite") as connection:
        assert connection.execute("SELECT count(*) FROM letters").fetchone()[0] == COUNT + 1
        assert (
            connection.execute(
                "SELECT count(*) FROM letter_sources WHERE file_name = 'kapot.txt'"
            ).fetchone()[0]
            == 0
        )


@pytest.mark.parametrize("count", [3, COUNT])  # parsed here, and in worker processes
def test_stopping_keeps_the_letters_done_and_adds_no_other(tmp_path: Path, count: int) -> None:
    files = letters(tmp_path / "in", count)
    store = open_library(tmp_path / "bulk.sqlite")
    done: list[object] = []
    outcomes = import_many(store, files, stop=lambda: len(done) >= 2, on_outcome=done.append)
    store.close()
    assert len(outcomes) == 2
    with sqlite3.connect(tmp_path / "bulk.sqlite") as connection:
        kamerstukken = [
            row[0] for row in connection.execute("SELECT kamerstuk FROM letters ORDER BY id")
        ]
    assert kamerstukken == ["35 925 V, nr. 84", "35 925 V, nr. 100", "35 925 V, nr. 101"]
