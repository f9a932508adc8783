"""Migration 0005 on both backends: an older library upgrades without loss, and the
migrations build exactly the models (plus PostgreSQL's search columns)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import text

from briefer import paths
from briefer.app import open_library
from briefer.core.points import edit_point, list_points
from briefer.core.store.database import SCHEMA_HEAD, Store
from briefer.core.store.server import server_url


def _store(db: str) -> Store:
    if "://" in db:
        return Store(Path("server"), url=server_url(db))
    Path(db).parent.mkdir(parents=True, exist_ok=True)
    return Store(Path(db))


def _build_at_0002(store: Store) -> None:
    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        now = "2026-01-05 10:00:00"
        connection.execute(
            text(
                "INSERT INTO themes (id, name, color, description, terms, position, "
                "created_at, updated_at) VALUES (1, 'Rusland', '#aa0000', 'eigen', '[\"Rusland\"]',"
                " 0, :now, :now)"
            ),
            {"now": now},
        )
        connection.execute(
            text(
                "INSERT INTO notes (id, theme_id, body, created_at, updated_at) "
                "VALUES (1, 1, 'Mijn werk van weken', :now, :now)"
            ),
            {"now": now},
        )
        connection.execute(
            text(
                "INSERT INTO note_versions (id, note_id, body, saved_at) "
                "VALUES (1, 1, 'Mijn werk van weken', :now)"
            ),
            {"now": now},
        )
        connection.execute(
            text(
                "INSERT INTO talking_points (id, theme_id, position, text, created_at, updated_at)"
                " VALUES (1, 1, 0, 'Sancties handhaven', :now, :now)"
            ),
            {"now": now},
        )
        connection.execute(
            text("INSERT INTO app_meta (key, value) VALUES ('seeded_at', :now)"), {"now": now}
        )
    store.close()


def test_a_library_at_0002_upgrades_without_loss(library_db: str) -> None:
    _build_at_0002(_store(library_db))
    store = open_library(library_db)
    try:
        assert store.schema_revision() == SCHEMA_HEAD
        with store.engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                SCHEMA_HEAD
            )
            assert connection.execute(text("SELECT body, author FROM note_versions")).all() == [
                ("Mijn werk van weken", "")
            ]
            assert connection.execute(text("SELECT counter FROM library_changes")).all() == [(0,)]
        points = list_points(store, 1)
        assert [(p.text, p.version, p.author) for p in points] == [("Sancties handhaven", 1, "")]
        assert edit_point(store, 1, "Sancties handhaven en uitbreiden", expected_version=1) == 2
        from briefer.core.search import search

        assert [hit.kind for hit in search(store, "werk")] == ["note"]  # indexed on upgrade
    finally:
        store.close()


def test_migrations_build_exactly_the_models_on_the_server(pg_cluster) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from briefer.core.models import Base

    store = open_library(pg_cluster.create_database())

    def ours(obj: object, name: str | None, type_: str, *_: object) -> bool:
        return name not in (
            "search_vector",
            "ix_passages_search_vector",  # replaced by ix_passages_search_keys in 0011
            "ix_passages_search_keys",  # migration 0011, for search_postgres
            "ix_notes_search_vector",
            "ix_tags_theme_passage",  # migration 0009, for search_postgres
            "theme_ids",  # migration 0010, for search_postgres (kept by triggers)
        )

    try:
        with store.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"include_object": ours})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        store.close()
