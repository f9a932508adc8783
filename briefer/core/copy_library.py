"""Copy a whole library from one database to another (SQLite <-> PostgreSQL).

To start a team library (a laptop's SQLite file -> a new server database) or
to take a snapshot on a trip (the server -> a SQLite file). Every table is
copied row by row with its ids, in one transaction on the target, which must be
empty; afterwards the rows of every table are counted on both sides. A failure
leaves the target as it was.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import ARRAY, Integer, Table, column, func, insert, select, text
from sqlalchemy import table as table_clause
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.expression import TableClause

from briefer.core.errors import BrieferError
from briefer.core.models import Base, LibraryChanges
from briefer.core.store.database import Store, open_store
from briefer.core.store.lock import lock_library
from briefer.core.store.server import is_database_url, open_server_library, reset_sequences
from briefer.core.tags import effective_tags

BATCH = 2_000
# Tables the migrations fill themselves (the one change-counter row).
_MIGRATION_ROWS = {LibraryChanges.__tablename__}


@dataclass(frozen=True)
class CopyResult:
    source: str
    target: str
    counts: dict[str, int]  # rows per table, the same on both sides

    def count(self, table: str) -> int:
        return self.counts.get(table, 0)


def copy_library(
    source: Store, target_db: str | Path, progress: Callable[[str, int], None] | None = None
) -> CopyResult:
    """Copy ``source`` into the empty (or new) library ``target_db``."""
    with ExitStack() as stack:
        target = _open_target(target_db, stack)
        if source.name == target.name:
            raise BrieferError(f"{target.name}: bron en doel zijn dezelfde bibliotheek")
        tables = [t for t in Base.metadata.sorted_tables if t.name not in _MIGRATION_ROWS]
        with source.engine.connect() as reading, target.engine.begin() as writing:
            _check_empty(writing, tables, target.name)
            for table in tables:
                themes = None
                if target.is_server and table.name == "passages":
                    themes = _theme_ids(reading)
                paused = target.is_server and table.name == "tags" and _pause_triggers(writing)
                copied = _copy_table(reading, writing, table, themes)
                if paused:
                    _set_triggers(writing, "ENABLE")
                if progress is not None:
                    progress(table.name, copied)
        if target.is_server:
            reset_sequences(target)
        counts = _verify(source, target, tables)
        return CopyResult(source.name, target.name, counts)
    raise AssertionError("unreachable")  # pragma: no cover


def _open_target(db: str | Path, stack: ExitStack) -> Store:
    if is_database_url(db):
        target = open_server_library(str(db), seed=False)
    else:
        path = Path(db).expanduser()
        stack.callback(lock_library(path).release)
        target, _created = open_store(path)
    stack.callback(target.close)
    return target


def _check_empty(connection: Connection, tables: list[Table], name: str) -> None:
    for table in tables:
        if connection.execute(select(func.count()).select_from(table)).scalar():
            raise BrieferError(
                f"{name}: de doelbibliotheek is niet leeg (tabel {table.name}); "
                "kopieer naar een nieuwe, lege database"
            )


def _copy_table(
    reading: Connection, writing: Connection, table: Table, themes: dict[int, list[int]] | None
) -> int:
    copied = 0
    result = reading.execution_options(yield_per=BATCH).execute(
        select(table).order_by(*table.primary_key.columns)
    )
    statement = insert(table) if themes is None else insert(_with_theme_ids(table))
    for rows in result.partitions(BATCH):
        values = [dict(row._mapping) for row in rows]
        if themes is not None:
            for value in values:
                value["theme_ids"] = themes.get(value["id"], [])
        writing.execute(statement, values)
        copied += len(rows)
    return copied


def _theme_ids(reading: Connection) -> dict[int, list[int]]:
    """Each passage's effective themes, sorted: a server library's ``passages.theme_ids``
    (migration 0010). Written with the passage, so that copying the tags after it
    does not make the database write every tagged passage a second time."""
    themes: dict[int, set[int]] = defaultdict(set)
    for passage, theme, _manual in reading.execute(effective_tags()):
        themes[passage].add(theme)
    return {passage: sorted(ids) for passage, ids in themes.items()}


# The triggers that keep passages.theme_ids in step with tags (migration 0010).
_THEME_TRIGGERS = ("tags_theme_ids_insert", "tags_theme_ids_update", "tags_theme_ids_delete")


def _pause_triggers(writing: Connection) -> bool:
    """Switch the theme triggers off while the tags are copied (each passage's themes
    were written with it), if the copying user owns the table; else they run."""
    try:
        with writing.begin_nested():
            _set_triggers(writing, "DISABLE")
    except DBAPIError:
        return False
    return True


def _set_triggers(writing: Connection, action: str) -> None:
    for trigger in _THEME_TRIGGERS:
        writing.execute(text(f"ALTER TABLE tags {action} TRIGGER {trigger}"))


def _with_theme_ids(table: Table) -> TableClause:
    columns = [column(c.name, c.type) for c in table.columns]
    return table_clause(table.name, *columns, column("theme_ids", ARRAY(Integer)))


def _verify(source: Store, target: Store, tables: list[Table]) -> dict[str, int]:
    counts: dict[str, int] = {}
    with source.engine.connect() as left, target.engine.connect() as right:
        for table in tables:
            here = int(left.execute(select(func.count()).select_from(table)).scalar() or 0)
            there = int(right.execute(select(func.count()).select_from(table)).scalar() or 0)
            if here != there:
                raise BrieferError(
                    f"{target.name}: de kopie klopt niet: tabel {table.name} heeft "
                    f"{there} rijen in plaats van {here}"
                )
            counts[table.name] = here
    return counts
