"""Parts added by later issues, on SQLite and on a PostgreSQL server: the sentences a
briefing shows of a passage (passage extracts) and the kind of a talking point; each
change moves the change counter, so that open windows follow it."""

from __future__ import annotations

import pytest

from briefer.app import open_library
from briefer.core.errors import BrieferError
from briefer.core.extracts import clear_extract, get_extracts, set_extract
from briefer.core.library import passage_detail
from briefer.core.points import add_point, list_points, set_point_kind
from briefer.core.store.change_counter import change_count
from briefer.core.themes import find_theme


def test_passage_extracts_on_both_backends(library_db: str) -> None:
    store = open_library(library_db, lock=False)
    other = open_library(library_db, lock=False)  # a colleague's connection
    try:
        words = passage_detail(store, 3).text.split()
        start = change_count(other)
        stored = set_extract(store, 3, "  " + "\n".join(words[:5]) + " ")
        assert stored == " ".join(words[:5])
        assert get_extracts(other, [3, 4]) == {3: stored}
        assert change_count(other) == start + 1
        set_extract(store, 3, " ".join(words[1:4]))
        assert get_extracts(other, [3]) == {3: " ".join(words[1:4])}
        with pytest.raises(BrieferError, match="staat niet in de passage"):
            set_extract(store, 3, "woorden die de brief niet bevat")
        assert get_extracts(other, [3]) == {3: " ".join(words[1:4])}  # unchanged
        moved = change_count(other)
        clear_extract(store, 3)  # a bulk delete: the counter moves all the same
        assert get_extracts(other, [3]) == {}
        assert change_count(other) == moved + 1
    finally:
        store.close()
        other.close()


def test_talking_point_kinds_on_both_backends(library_db: str) -> None:
    store = open_library(library_db, lock=False)
    try:
        china = find_theme(store, "China").id
        active = add_point(store, china, "Samenwerken waar het kan")
        add_point(store, china, "Alleen op vraag: Hongkong.", kind="reactief")
        assert [(p.text, p.kind) for p in list_points(store, china)] == [
            ("Samenwerken waar het kan", "actief"),
            ("Alleen op vraag: Hongkong.", "reactief"),
        ]
        set_point_kind(store, active, "reactief")
        assert [p.kind for p in list_points(store, china)] == ["reactief", "reactief"]
        with pytest.raises(BrieferError, match="onbekend"):
            set_point_kind(store, active, "passief")
        assert [p.kind for p in list_points(store, china)] == ["reactief", "reactief"]
    finally:
        store.close()
