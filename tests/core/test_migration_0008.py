"""Migration 0008: a library made at 0002 upgrades without loss; talking points
become "actief", passage extracts get their table."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config

from briefer import paths
from briefer.core.extracts import get_extracts, set_extract
from briefer.core.points import list_points, set_point_kind
from briefer.core.store.database import Store, open_store
from briefer.core.themes import find_theme


def _config(store: Store) -> Config:
    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    return config


def test_a_library_at_0002_upgrades_without_loss(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    store = Store(db_path)
    with store.engine.begin() as connection:
        config = _config(store)
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    store.close()
    with sqlite3.connect(db_path) as old:
        old.execute(
            "INSERT INTO themes (id, name, color, description, terms, position, created_at,"
            " updated_at) VALUES (1, 'China', '#C0392B', '', '[]', 0, '2022-03-08', '2022-03-08')"
        )
        old.executemany(
            "INSERT INTO talking_points (id, theme_id, position, text, created_at, updated_at)"
            " VALUES (?, 1, ?, ?, '2022-03-08', '2022-03-08')",
            [(1, 0, "Samenwerking waar het kan."), (2, 1, "Kritisch waar nodig.")],
        )
    store, created = open_store(db_path)  # backs up, then upgrades to the head
    try:
        assert not created
        china = find_theme(store, "China").id
        points = list_points(store, china)
        assert [(p.text, p.kind) for p in points] == [
            ("Samenwerking waar het kan.", "actief"),
            ("Kritisch waar nodig.", "actief"),
        ]
        set_point_kind(store, points[1].id, "reactief")
        assert [p.kind for p in list_points(store, china)] == ["actief", "reactief"]
        assert get_extracts(store, [1]) == {}
    finally:
        store.close()


def test_extracts_follow_their_passage(db_path: Path) -> None:
    from briefer.app import open_library

    store = open_library(db_path)
    try:
        with sqlite3.connect(db_path) as connection:
            passage_id, text = connection.execute(
                "SELECT id, text FROM passages ORDER BY id LIMIT 1"
            ).fetchone()
        words = " ".join(text.split()[2:8])
        assert set_extract(store, passage_id, words) == words
        assert get_extracts(store, [passage_id]) == {passage_id: words}
        with store.session() as session:
            from briefer.core.models import Passage

            session.delete(session.get(Passage, passage_id))
        assert get_extracts(store, [passage_id]) == {}  # removed with its passage
    finally:
        store.close()
