"""Snippets for PostgreSQL hits (made by FTS5 in memory, or in Python) are the ones a
SQLite library shows: the same window of words, the same marks, on every passage of
the bundled letter that each query finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.app import open_library
from briefer.core.models import Passage
from briefer.core.search import MARK_END, MARK_START, search
from briefer.core.search.snippets import phrases, snippet, snippets

QUERIES = [
    "oekraine",
    "Rusland",
    "sanctie*",
    '"Westelijke Balkan"',
    "Kremlin OR Poetin",
    "consulaire dienstverlening",
    "EU",
    "rusland NIET china",
    "europese unie",
    '"open strategische autonomie"',
    "steun*",
    "de",
]


@pytest.mark.parametrize("query", QUERIES)
def test_python_snippets_are_sqlites(db_path: Path, query: str) -> None:
    store = open_library(db_path)
    try:
        hits = search(store, query, limit=500, include_notes=False)
        assert hits
        with store.read() as session:
            for hit in hits:
                text = session.get(Passage, hit.id).text
                assert snippet(text, phrases(query)) == hit.snippet, (query, hit.id)
    finally:
        store.close()


def test_a_phrase_is_one_mark_and_not_words_are_not_marked() -> None:
    text = "Steun voor de Westelijke Balkan; de Balkan zelf en westelijke landen niet."
    assert snippet(text, phrases('"westelijke balkan" OF Balkan NIET landen')) == (
        f"Steun voor de {MARK_START}Westelijke Balkan{MARK_END}; de "
        f"{MARK_START}Balkan{MARK_END} zelf en westelijke landen niet."
    )


@pytest.mark.parametrize("query", QUERIES)
def test_snippets_of_many_texts_are_sqlites(db_path: Path, query: str) -> None:
    store = open_library(db_path)
    try:
        hits = search(store, query, limit=500, include_notes=False)
        with store.read() as session:
            texts = {hit.id: session.get(Passage, hit.id).text for hit in hits}
        assert snippets(texts, query) == {hit.id: hit.snippet for hit in hits}
    finally:
        store.close()


def test_a_text_fts5_does_not_match_still_gets_a_snippet() -> None:
    texts = {1: "Steun voor Oekraïne.", 2: "Hier staat het woord niet."}
    assert snippets(texts, "oekraine") == {
        1: f"Steun voor {MARK_START}Oekraïne{MARK_END}.",
        2: "Hier staat het woord niet.",
    }
    assert snippets({}, "oekraine") == {}
