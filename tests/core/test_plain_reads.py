"""The reads the first screen and the listing commands make without the ORM
(``Store.reading``): they find what the ORM's services find, also after the user's
own tags; and the check of every page that runs beside the start still refuses a
damaged library before anything is written."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from briefer.app import open_library
from briefer.core.errors import DamagedDatabaseError
from briefer.core.importing.single import import_file
from briefer.core.letter_links import cited_by
from briefer.core.library import letter_outline, list_letters
from briefer.core.notes import save_note
from briefer.core.store.database import Store
from briefer.core.store.plain_rows import Rows
from briefer.core.tag_choices import CLEAR, EXCLUDE, INCLUDE
from briefer.core.tags import passage_themes, set_manual_tag, theme_passages
from briefer.core.theme_list import find_theme, get_theme, list_themes
from tests.intelligence.letter_pairs import later_letter


@pytest.fixture
def store(library_db: str, tmp_path: Path) -> Store:
    """On SQLite and on a PostgreSQL server (tests/conftest.py), with two letters."""
    library = open_library(library_db)
    import_file(library, later_letter(tmp_path))
    yield library
    library.close()


def _user_choices(store: Store) -> None:
    """Some of the user's own tags: included, excluded, and one taken back."""
    china, rusland = find_theme(store, "China").id, find_theme(store, "Rusland").id
    on_china = [p.id for p in theme_passages(store, china)]
    others = [p.id for p in theme_passages(store, rusland) if p.id not in on_china]
    set_manual_tag(store, on_china[0], china, EXCLUDE)
    set_manual_tag(store, on_china[1], china, EXCLUDE)
    set_manual_tag(store, others[0], china, INCLUDE)
    set_manual_tag(store, on_china[2], china, INCLUDE)  # already on it by the rules
    set_manual_tag(store, on_china[1], china, CLEAR)


def test_theme_counts_are_the_services_counts(store: Store) -> None:
    _user_choices(store)
    for theme in list_themes(store):
        assert theme.passages == len(theme_passages(store, theme.id)), theme.name
        assert get_theme(store, theme.id).passages == theme.passages


def test_a_letters_outline_carries_the_themes_its_passages_effectively_carry(
    store: Store,
) -> None:
    _user_choices(store)
    for letter in list_letters(store):
        outline = letter_outline(store, letter.id)
        passages = list(outline.all_passages())
        assert letter.passages == len(passages)
        for passage in random.Random(letter.id).sample(passages, 25):
            carried = tuple(t.name for t in passage_themes(store, passage.id) if t.carried)
            assert passage.themes == carried


def test_the_letters_citing_a_letter_are_the_same_with_and_without_the_index(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = cited_by(store, 1)
    assert len(found) == 1
    monkeypatch.setattr(Rows, "passages_with_words", lambda *_args, **_kwargs: None)
    assert cited_by(store, 1) == found  # every passage's text read: the same passages


def test_reads_within_reads_share_one_snapshot(db_path: Path) -> None:
    store = open_library(db_path)
    try:
        with store.reading() as outer:
            before = outer.all("SELECT count(*) FROM letters")
            assert list_letters(store)  # a read inside a read: no second BEGIN
            save_note(store, "Tussendoor", theme_id=find_theme(store, "China").id)
            assert outer.all("SELECT count(*) FROM letters") == before
        assert find_theme(store, "China").name == "China"
    finally:
        store.close()


def test_the_first_screen_and_the_listing_load_no_orm(db_path: Path) -> None:
    open_library(db_path).close()
    code = (
        "import sys\n"
        "from briefer.app import open_library\n"
        "from briefer.core.first_screen import read_first_screen\n"
        "from briefer.core.search import search\n"
        f"store = open_library({str(db_path)!r}, check_beside=True)\n"
        "screen = read_first_screen(store)\n"
        "assert screen.outline is not None and search(store, 'oekraine')\n"
        "store.close()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic'))))\n"
    )
    env = {**os.environ, "BRIEFER_DATA_DIR": str(db_path.parent / "data")}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "[]"


def _damaged(db_path: Path) -> Path:
    """Damaged near its end: the schema and the version table still read, the pages
    of the passages do not (only the check of every page sees it at once)."""
    from tests.hardening.test_damaged_database import write_garbage

    store = open_library(db_path)
    store.close()
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    write_garbage(db_path, db_path.stat().st_size - 5000)
    return db_path


def test_the_check_beside_the_start_holds_every_write_of_a_damaged_library(
    db_path: Path,
) -> None:
    store = open_library(_damaged(db_path), check_beside=True)  # the header is whole
    try:
        before = db_path.read_bytes()
        with pytest.raises(DamagedDatabaseError):
            save_note(store, "Mag niet", theme_id=1)
        assert db_path.read_bytes() == before
    finally:
        store.close()


def test_a_command_waits_for_the_check_before_it_reads(db_path: Path) -> None:
    store = open_library(_damaged(db_path), lock=False, check_beside=True)
    store.reads_wait = True
    try:
        with pytest.raises(DamagedDatabaseError):
            list_letters(store)
    finally:
        store.close()


def test_a_library_at_0013_gets_the_partial_indexes_and_lists_the_same(store: Store) -> None:
    """Migration 0014: the indexes of retired passages and manual tags, nothing else."""
    from sqlalchemy import text

    _user_choices(store)
    letters, themes = list_letters(store), list_themes(store)
    with store.engine.begin() as connection:  # as release 0013 left it
        connection.execute(text("DROP INDEX ix_passages_retired"))
        connection.execute(text("DROP INDEX ix_tags_manual"))
        connection.execute(text("UPDATE alembic_version SET version_num = '0013'"))
    url_or_path = store.url or store.path
    store.close()
    again = open_library(url_or_path)  # upgraded before anything else
    try:
        assert again.schema_revision() == "0014"
        assert list_letters(again) == letters and list_themes(again) == themes
        with again.engine.connect() as connection:
            if again.is_server:
                names = "SELECT indexname FROM pg_indexes WHERE tablename IN ('passages', 'tags')"
            else:
                names = "SELECT name FROM sqlite_master WHERE type = 'index'"
            found = {row[0] for row in connection.execute(text(names))}
        assert {"ix_passages_retired", "ix_tags_manual"} <= found
    finally:
        again.close()
