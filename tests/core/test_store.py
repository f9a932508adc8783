"""The database: creation, pragmas, migrations with a backup first, bad files."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from briefer import paths
from briefer.app import open_library
from briefer.core.errors import StoreError
from briefer.core.store import database as store_module
from briefer.core.store.database import SCHEMA_HEAD, list_backups, open_store, prune_backups


def test_schema_head_constant_matches_the_migrations() -> None:
    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD


def test_migrations_build_exactly_the_models(db_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from briefer.core.models import Base

    store, created = open_store(db_path)
    assert created

    def not_search_index(obj: object, name: str | None, type_: str, *_: object) -> bool:
        # FTS5 tables (and their shadow tables) are SQLite-only, created by 0002.
        return not (type_ == "table" and name is not None and "_fts" in name)

    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": not_search_index})
        differences = compare_metadata(context, Base.metadata)
    store.close()
    assert differences == []


def test_new_database_uses_wal_and_foreign_keys(db_path: Path) -> None:
    store, _ = open_store(db_path)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.close()
    assert db_path.exists()


def test_reads_inside_one_read_share_one_session(db_path: Path) -> None:
    store, _ = open_store(db_path)
    with store.read() as first, store.read() as second:
        assert first is not second
    with store.one_read():
        with store.read() as first:
            pass
        with store.read() as second, store.one_read(), store.read() as nested:
            assert first is second is nested
    with store.read() as after:
        assert after is not first
    with pytest.raises(LookupError), store.one_read():
        raise LookupError("a read that failed")
    with store.read() as again, store.read() as other:
        assert again is not other  # the failed block left no shared session behind
    store.close()


def test_plain_reads_inside_one_read_see_one_view(db_path: Path) -> None:
    store, _ = open_store(db_path)
    query = "SELECT counter FROM library_changes WHERE id = 1"
    with store.reading() as rows:
        start = rows.first(query)
    with store.one_read():
        with store.reading() as rows:
            assert rows.first(query) == start
        with closing(sqlite3.connect(db_path)) as other:  # someone else saves meanwhile
            other.execute("UPDATE library_changes SET counter = counter + 1 WHERE id = 1")
            other.commit()
        with store.reading() as rows:
            assert rows.first(query) == start  # the block's view, not the save
    with store.reading() as rows:
        assert rows.first(query) != start
    store.close()


def test_default_database_lives_in_the_data_folder(data_dir: Path) -> None:
    store = open_library()
    assert store.path == data_dir / "briefer.sqlite"
    store.close()


def test_reopening_a_current_database_makes_no_backup(db_path: Path) -> None:
    open_store(db_path)[0].close()
    store, created = open_store(db_path)
    store.close()
    assert not created
    assert list_backups(db_path) == []


def _migrations_with_extra_revision(tmp_path: Path) -> Path:
    folder = tmp_path / "db"
    shutil.copytree(paths.migrations_dir(), folder)
    (folder / "versions" / "0002_test_extra.py").write_text(
        '''"""test revision"""
import sqlalchemy as sa
from alembic import op

revision = "9000"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("letters") as batch:
        batch.add_column(sa.Column("extra", sa.Text(), nullable=True))
''',
        encoding="utf-8",
    )
    extra = folder / "versions" / "0002_test_extra.py"
    extra.write_text(extra.read_text(encoding="utf-8").replace("{head}", SCHEMA_HEAD), "utf-8")
    extra.rename(folder / "versions" / "9000_test_extra.py")
    return folder


def test_older_database_is_backed_up_then_upgraded(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_library(db_path)  # revision 0001, with the bundled letter
    store.close()
    folder = _migrations_with_extra_revision(tmp_path)
    monkeypatch.setattr(paths, "migrations_dir", lambda: folder)
    monkeypatch.setattr(store_module, "SCHEMA_HEAD", "9000")
    store, created = open_store(db_path)
    store.close()
    assert not created
    backups = list_backups(db_path)
    assert len(backups) == 1 and f"voor-upgrade-{SCHEMA_HEAD}" in backups[0].name
    with sqlite3.connect(backups[0]) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
        assert old.execute("SELECT count(*) FROM passages").fetchone()[0] == 84
    with sqlite3.connect(db_path) as new:
        assert new.execute("SELECT version_num FROM alembic_version").fetchone() == ("9000",)
        assert new.execute("SELECT count(*) FROM passages").fetchone()[0] == 84
        columns = [row[1] for row in new.execute("PRAGMA table_info(letters)")]
        assert "extra" in columns


def test_only_the_last_ten_backups_are_kept(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for index in range(13):
        (folder / f"briefer-2026010{index:02d}-x.sqlite").write_bytes(b"")
    prune_backups(folder, "briefer")
    kept = sorted(p.name for p in folder.iterdir())
    assert len(kept) == 10
    assert kept[0] == "briefer-202601003-x.sqlite"


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notities.sqlite"
    path.write_text("dit is tekst", encoding="utf-8")
    with pytest.raises(StoreError, match="is geen Briefer-database"):
        open_store(path)
    assert path.read_text(encoding="utf-8") == "dit is tekst"


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ander.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recepten (naam TEXT)")
    with pytest.raises(StoreError, match="onbekende tabellen"):
        open_store(path)


def test_a_database_from_a_newer_briefer_is_refused(db_path: Path) -> None:
    open_store(db_path)[0].close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match="nieuwere versie van Briefer"):
        open_store(db_path)


def test_cli_reports_a_bad_database_in_one_line(tmp_path: Path, run_cli) -> None:
    path = tmp_path / "kapot.sqlite"
    path.write_bytes(b"geen database")
    result = run_cli("letters", "--db", str(path))
    assert result.code == 1
    assert result.err == f"fout: {path}: is geen Briefer-database (geen SQLite-bestand)\n"
