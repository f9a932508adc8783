"""Optimistic versions: two sessions changing one theme or briefing at the same time
(separate connections); the second is refused with a clear message, never a silent
overwrite."""

from __future__ import annotations

import pytest

from briefer.app import open_library
from briefer.core.errors import StaleEditError
from briefer.core.models import Theme
from briefer.core.points import add_point, edit_point, list_points


def test_a_theme_changed_under_an_open_session_is_not_overwritten(library_db: str) -> None:
    first, second = open_library(library_db, lock=False), open_library(library_db, lock=False)
    try:
        with (  # noqa: PT012
            pytest.raises(StaleEditError, match="niet opgeslagen"),
            first.session() as mine,
        ):
            theme = mine.query(Theme).filter_by(name="China").one()
            theme.description = "mijn beschrijving"
            with second.session() as theirs:  # a colleague saves first
                other = theirs.query(Theme).filter_by(name="China").one()
                other.description = "hun beschrijving"
        with first.read() as session:
            kept = session.query(Theme).filter_by(name="China").one()
            assert (kept.description, kept.version) == ("hun beschrijving", 2)
    finally:
        first.close()
        second.close()


def test_an_edit_based_on_an_outdated_talking_point_is_refused(library_db: str) -> None:
    store = open_library(library_db, lock=False)
    store.author = "A. de Vries"
    try:
        from briefer.core.themes import find_theme

        china = find_theme(store, "China").id
        point = add_point(store, china, "Samenwerken")
        assert edit_point(store, point, "Samenwerken waar het kan", expected_version=1) == 2
        with pytest.raises(StaleEditError, match=r"door A\. de Vries") as refused:
            edit_point(store, point, "Iets anders", expected_version=1)
        fresh = refused.value.fresh
        assert fresh is not None and fresh.text == "Samenwerken waar het kan"
        assert [p.text for p in list_points(store, china)] == ["Samenwerken waar het kan"]
    finally:
        store.close()


def test_a_theme_saved_from_an_outdated_copy_is_refused(library_db: str) -> None:
    from briefer.core.themes import find_theme, get_theme, update_theme

    store = open_library(library_db, lock=False)
    try:
        shown = find_theme(store, "China")  # what one editor shows
        update_theme(store, shown.id, description="door een collega", expected_version=1)
        with pytest.raises(StaleEditError, match="open het thema opnieuw"):
            update_theme(store, shown.id, description="mijn tekst", expected_version=shown.version)
        fresh = get_theme(store, shown.id)
        assert (fresh.description, fresh.version) == ("door een collega", 2)
    finally:
        store.close()
