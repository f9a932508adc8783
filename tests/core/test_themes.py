"""Managing themes: add, rename, recolour, edit rules (re-tags), delete, restore defaults."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from briefer.app import open_library
from briefer.core.errors import BrieferError
from briefer.core.notes import get_note, save_note
from briefer.core.points import add_point
from briefer.core.store.database import Store, list_backups
from briefer.core.tags import preview_terms, theme_passages
from briefer.core.themes import (
    create_theme,
    delete_theme,
    find_theme,
    list_themes,
    load_default_themes,
    restore_default_themes,
    update_theme,
)


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    store = open_library(db_path)
    yield store
    store.close()


def test_defaults_ship_as_data() -> None:
    names = [theme.name for theme in load_default_themes()]
    for required in (
        "Rusland",
        "Oekraïne",
        "China",
        "Westelijke Balkan",
        "NAVO en defensie",
        "Europese Unie",
        "Sancties",
        "Cyber",
        "Economische veiligheid",
        "Mensenrechten",
        "Midden-Oosten",
        "Afrika en Sahel",
        "Multilateraal stelsel",
        "Consulaire dienstverlening",
    ):
        assert required in names
    assert all(theme.terms and theme.color.startswith("#") for theme in load_default_themes())


def test_add_a_theme_tags_the_library(store: Store) -> None:
    theme_id = create_theme(
        store, "Arctisch gebied", terms=["Noordpool*", "klimaat*"], color="#1a5276"
    )
    theme = find_theme(store, "arctisch gebied")
    assert (theme.id, theme.color) == (theme_id, "#1A5276")
    assert theme.passages == len(theme_passages(store, theme_id)) > 0


def test_rename_recolour_and_edit_rules(store: Store) -> None:
    theme = find_theme(store, "Sancties")
    update_theme(store, theme.id, name="Sancties en exportcontrole", color="#000000")
    renamed = find_theme(store, "sancties en exportcontrole")
    assert (renamed.id, renamed.color) == (theme.id, "#000000")
    update_theme(store, theme.id, terms=["Krim"])
    assert [p.text[:20] for p in theme_passages(store, theme.id)] == ["Het beleid ten aanzi"]


def test_preview_shows_what_rules_would_tag_without_saving(store: Store) -> None:
    before = find_theme(store, "Cyber").passages
    preview = preview_terms(store, ["Krim", "MH17"])
    assert len(preview) == 2  # the Russia passage, and the MH17 section by its heading
    assert find_theme(store, "Cyber").passages == before


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": "china"}, "er is al een thema 'China'"),
        ({"name": "  "}, "een thema heeft een naam nodig"),
        ({"color": "rood"}, "'rood' is geen kleur"),
        ({"terms": ["Rus*land"]}, r"een \* mag alleen aan het eind staan"),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(
    store: Store, kwargs: dict[str, object], message: str
) -> None:
    before = list_themes(store)
    theme = find_theme(store, "Rusland")
    with pytest.raises(BrieferError, match=message):
        update_theme(store, theme.id, **kwargs)  # type: ignore[arg-type]
    assert list_themes(store) == before


def test_delete_protects_the_users_work(store: Store) -> None:
    theme = find_theme(store, "Cyber")
    save_note(store, "Mijn aantekeningen", theme_id=theme.id)
    add_point(store, theme.id, "Een spreekpunt")
    with pytest.raises(BrieferError, match="1 notitie"):
        delete_theme(store, theme.id)
    assert find_theme(store, "Cyber").id == theme.id
    delete_theme(store, theme.id, force=True)
    assert "Cyber" not in [t.name for t in list_themes(store)]
    assert any("voor-verwijderen-thema" in b.name for b in list_backups(store.path))


def test_delete_a_theme_without_work(store: Store) -> None:
    theme = find_theme(store, "Afrika en Sahel")
    delete_theme(store, theme.id)
    assert len(list_themes(store)) == 13


def test_restore_defaults_keeps_notes_and_user_themes(store: Store) -> None:
    china = find_theme(store, "China")
    save_note(store, "Blijft staan", theme_id=china.id)
    update_theme(store, china.id, name="Volksrepubliek", terms=["Beijing"], color="#111111")
    delete_theme(store, find_theme(store, "Cyber").id)
    mine = create_theme(store, "Mijn thema", terms=["Sahel"])
    restored = restore_default_themes(store)
    assert sorted(restored) == ["China", "Cyber"]
    back = find_theme(store, "China")
    assert back.id == china.id and back.color == "#EE6666" and back.passages == china.passages
    assert get_note(store, theme_id=china.id).body == "Blijft staan"
    assert find_theme(store, "Mijn thema").id == mine
    assert restore_default_themes(store) == []
