"""Libraries as an earlier release left them, for the migration tests.

``library_at(path, revision)`` makes a real library at an older schema revision
with the bundled letter and the default themes in it: the current release
seeds a library in a scratch file, a second file is created by the migrations
up to ``revision``, and every row is copied over in the columns that revision
has. The full-text index of that revision is filled by its own triggers.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config

from briefer import paths
from briefer.app import open_library
from briefer.core.store.database import Store


def library_at(path: Path, revision: str) -> None:
    scratch = path.with_name(path.stem + "-current.sqlite")
    open_library(scratch).close()
    path.parent.mkdir(parents=True, exist_ok=True)
    store = Store(path)
    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    store.close()
    with sqlite3.connect(path) as old:
        old.execute("ATTACH DATABASE ? AS current", (str(scratch),))
        tables = [
            name
            for (name,) in old.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' "
                "AND name != 'alembic_version'"
            )
        ]
        for table in tables:
            columns = [row[1] for row in old.execute(f"PRAGMA main.table_info({table})")]
            names = ", ".join(columns)
            old.execute(f"DELETE FROM main.{table}")  # rows the migrations made (a counter)
            old.execute(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM current.{table}")
        old.commit()
        old.execute("DETACH DATABASE current")
    for suffix in ("", "-wal", "-shm"):
        Path(str(scratch) + suffix).unlink(missing_ok=True)


Rows = dict[str, set[tuple[object, ...]]]


def rows_by_table(
    path: Path, skip: frozenset[str] = frozenset()
) -> dict[str, set[tuple[object, ...]]]:
    """Every row of every table in the columns it has now (``skip``: "table.column")."""
    result: Rows = {}
    with sqlite3.connect(path) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' "
                "AND name != 'alembic_version'"
            )
        ]
        for table in tables:
            columns = [
                row[1]
                for row in connection.execute(f"PRAGMA table_info({table})")
                if f"{table}.{row[1]}" not in skip
            ]
            query = f"SELECT {', '.join(columns)} FROM {table}"
            result[table] = {
                tuple(zip(columns, row, strict=True)) for row in connection.execute(query)
            }
    return result


def kept_everything(before: Rows, after: Rows) -> bool:
    """Whether every row of ``before`` is in ``after`` with the same values (new columns aside)."""
    for table, rows in before.items():
        later = {frozenset(row) for row in after.get(table, set())}
        if not all(any(frozenset(row) <= other for other in later) for row in rows):
            return False
    return True
