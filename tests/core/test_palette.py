"""The shipped theme colours are told apart by every eye, and an older library gets
them where the user kept the old default colours."""

from __future__ import annotations

import importlib.util
import itertools
import sqlite3
import tomllib
from pathlib import Path

import pytest

from briefer import paths
from briefer.core.colours import SIMULATIONS, closest_pair, delta_e, text_color_on
from briefer.core.store.database import SCHEMA_HEAD, open_store
from briefer.core.themes import list_themes
from tests.old_libraries import library_at


def shipped_colours() -> dict[str, str]:
    data = tomllib.loads(paths.themes_file().read_text(encoding="utf-8"))
    return {theme["name"]: theme["color"] for theme in data["theme"]}


def test_delta_e_matches_known_values() -> None:
    assert delta_e("#FFFFFF", "#000000") == pytest.approx(100.0, abs=0.01)
    assert delta_e("#FF0000", "#FF0000") == 0.0
    # sRGB red is L*53.24 a*80.09 b*67.20; green L*87.73 a*-86.18 b*83.18.
    assert delta_e("#FF0000", "#00FF00") == pytest.approx(170.58, abs=0.05)
    # Red and green, far apart for most eyes, nearly meet without red or green cones.
    for vision in ("protanopia", "deuteranopia"):
        assert delta_e("#CC3333", "#669933", vision) < delta_e("#CC3333", "#669933") / 2


def test_every_pair_of_default_colours_is_at_least_15_apart() -> None:
    colours = shipped_colours()
    assert len(colours) == 14
    for (name_a, a), (name_b, b) in itertools.combinations(colours.items(), 2):
        assert delta_e(a, b) >= 15, f"{name_a} {a} and {name_b} {b}"


@pytest.mark.parametrize("vision", sorted(SIMULATIONS))
def test_default_colours_stay_apart_for_colour_blind_eyes(vision: str) -> None:
    distance, first, second = closest_pair(shipped_colours().values(), vision)
    assert distance >= 15, f"{first} and {second} look alike with {vision}"


def test_the_old_palette_failed_these_checks() -> None:
    old = ["#B03A2E", "#C0392B", "#7D3C98", "#6C3483", "#B9770E", "#CA6F1E"]
    assert closest_pair(old)[0] < 15
    assert delta_e("#B9770E", "#CA6F1E", "deuteranopia") < 5


def test_labels_on_the_colours_are_readable() -> None:
    for colour in shipped_colours().values():
        assert text_color_on(colour) in ("#000000", "#FFFFFF")
    assert text_color_on("#FFFF00") == "#000000" and text_color_on("#000080") == "#FFFFFF"


def _migration_colours() -> dict[str, tuple[str, str]]:
    file = next((paths.migrations_dir() / "versions").glob("0007_*.py"))
    spec = importlib.util.spec_from_file_location("migration_0007", file)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.COLOURS)


def test_an_older_library_gets_the_new_colours_where_the_user_kept_the_old(
    db_path: Path,
) -> None:
    # A library as the previous release left it: schema 0002, the old colours,
    # and one colour the user chose.
    library_at(db_path, "0002")
    colours = _migration_colours()
    with sqlite3.connect(db_path) as connection:
        for key, (old, _new) in colours.items():
            connection.execute("UPDATE themes SET color = ? WHERE default_key = ?", (old, key))
        connection.execute("UPDATE themes SET color = '#123456' WHERE default_key = 'china'")
        moment = "2026-01-01 00:00:00"
        connection.execute(
            "INSERT INTO themes (name, color, description, terms, position, created_at, "
            "updated_at) VALUES ('Arctis', '#B03A2E', '', '[]', 99, ?, ?)",
            (moment, moment),
        )
        passages = connection.execute("SELECT count(*) FROM passages").fetchone()[0]

    store, created = open_store(db_path)
    try:
        assert not created and store.schema_revision() == SCHEMA_HEAD
        by_name = {theme.name: theme for theme in list_themes(store)}
    finally:
        store.close()
    shipped = shipped_colours()
    for name, colour in shipped.items():
        expected = "#123456" if name == "China" else colour
        assert by_name[name].color == expected, name
    assert by_name["Arctis"].color == "#B03A2E"  # the user's own theme keeps its colour
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM passages").fetchone()[0] == passages
