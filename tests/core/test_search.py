"""Full-text search: diacritics, prefixes, phrases, snippets, filters, and an index
that follows every insert, edit and delete."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete

from briefer.app import open_library
from briefer.core.importing.single import import_file
from briefer.core.library import find_letter
from briefer.core.models import Letter
from briefer.core.notes import save_note
from briefer.core.search import MARK_END, MARK_START, fts_query, search
from briefer.core.store.database import Store
from briefer.core.themes import find_theme
from tests.conftest import BUNDLED_LETTER


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    store = open_library(db_path)
    yield store
    store.close()


def marked(hit_snippet: str) -> list[str]:
    parts = hit_snippet.split(MARK_START)[1:]
    return [part.split(MARK_END)[0] for part in parts]


def test_diacritics_and_case_are_folded(store: Store) -> None:
    hits = search(store, "oekraine", limit=100)
    assert len(hits) == 25
    assert all(
        "Oekraïne" in marked(hit.snippet) or "Oekraïners" in " ".join(marked(hit.snippet))
        for hit in hits
    )
    assert len(search(store, "OEKRAÏNE", limit=100)) == 25


def test_prefix_search(store: Store) -> None:
    hits = search(store, "sanctie*")
    words = {word.lower() for hit in hits for word in marked(hit.snippet)}
    assert {"sancties", "sanctie"} <= words
    assert len(hits) == 5


def test_phrase_search_and_snippet(store: Store) -> None:
    hits = search(store, '"Westelijke Balkan"')
    assert [(h.first_page, h.last_page) for h in hits] and len(hits) == 3
    assert {tuple(marked(h.snippet)) for h in hits} == {("Westelijke Balkan",)}
    assert all(h.letter == "Kamerstuk 35 925 V, nr. 84" for h in hits)
    assert "[Westelijke Balkan]" in hits[0].snippet_with("[", "]")


def test_results_are_ranked(store: Store) -> None:
    hits = search(store, "Rusland", limit=100)
    ranks = [hit.rank for hit in hits]
    assert ranks == sorted(ranks)


def test_filters_by_theme_and_letter(store: Store, tmp_path: Path) -> None:
    memo = tmp_path / "memo.txt"
    memo.write_text("Memo\n\nDe oorlog in Oekraïne duurt voort.\n", encoding="utf-8")
    memo_id = import_file(store, memo).letter_id
    balkan = find_theme(store, "Westelijke Balkan").id
    assert len(search(store, "oekraine", theme_id=balkan)) == 2
    only_memo = search(store, "oekraine", letter_id=memo_id)
    assert [h.letter for h in only_memo] == ["Memo"]
    bundled = find_letter(store, "35 925 V, nr. 84")
    assert len(search(store, "oekraine", letter_id=bundled, limit=100)) == 25


def test_notes_are_searched_and_the_index_follows_edits(store: Store) -> None:
    china = find_theme(store, "China").id
    save_note(store, "Gesprek met de ambassadeur over halfgeleiders", theme_id=china)
    (hit,) = search(store, "halfgeleiders", theme_id=china)
    assert (hit.kind, hit.theme) == ("note", "China")
    save_note(store, "Gesprek over exportcontroles", theme_id=china)
    assert [h.kind for h in search(store, "halfgeleiders")] == ["passage"]
    assert [h.kind for h in search(store, "exportcontroles")] == ["note"]
    save_note(store, "", theme_id=china)
    assert search(store, "exportcontroles") == []


def test_index_follows_reimport_and_delete(store: Store, tmp_path: Path) -> None:
    text = BUNDLED_LETTER.read_text(encoding="utf-8").replace(
        "China is in krap twee generaties", "China is in zeldzaam korte tijd"
    )
    path = tmp_path / "v2.txt"
    path.write_text(text, encoding="utf-8")
    import_file(store, path)
    assert search(store, "zeldzaam")
    assert search(store, '"krap twee generaties"') == []
    with store.session() as session:
        session.execute(delete(Letter))
    assert search(store, "Oekraïne") == []


@pytest.mark.parametrize(
    ("query", "expression"),
    [
        ("oekraine", '"oekraine"'),
        ("sanctie*", '"sanctie"*'),
        ('"Westelijke Balkan" china', '"Westelijke Balkan" "china"'),
        ("china OR rusland", '"china" OR "rusland"'),
        ("china OF rusland NIET beijing", '"china" OR "rusland" NOT "beijing"'),
        ('AT&T "onafgemaakt', '"AT&T" "onafgemaakt"'),
        ("OR", '"OR"'),  # alone it is a word, not an operator
        ("china OR", '"china"'),
        ("***", ""),
    ],
)
def test_user_queries_never_break_the_index(store: Store, query: str, expression: str) -> None:
    assert fts_query(query) == expression
    search(store, query)  # no exception for any of them
