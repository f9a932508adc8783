"""The database: engine, sessions, migrations and backups.

Everything specific to SQLite (pragmas, the backup API, later FTS5) stays in
this module, so the rest of the code also runs on PostgreSQL.
"""

from __future__ import annotations

import getpass
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from briefer import paths
from briefer.core.errors import StaleEditError, StoreError
from briefer.core.store.change_counter import count_saves
from briefer.core.store.lock import LibraryLock
from briefer.core.store.private import create_private_file, private_folder

# The newest Alembic revision in db/versions (a test keeps the two in step),
# so that start-up can tell "up to date" without loading Alembic at all.
SCHEMA_HEAD = "0012"
BACKUPS_KEPT = 10
_SQLITE_MAGIC = b"SQLite format 3\x00"
# On a server the app makes no backups of its own and never drops anything.
SERVER_BACKUPS = (
    "een teambibliotheek op een PostgreSQL-server wordt beschermd door de reservekopieën "
    "van de server zelf (vraag de beheerder); Briefer verwijdert daar nooit iets"
)


class Store:
    """One database: hands out sessions and knows how to back itself up."""

    def __init__(self, path: Path, *, url: str | None = None) -> None:
        self.path = path
        # This process's hold on the database's lock (see briefer.core.store.lock), when
        # the store was opened for writing; released by close().
        self.lock: LibraryLock | None = None
        # hide_parameters: an error's message must never carry a note's text into a log.
        # Who works here: stored with note versions, talking points, manual tags
        # and briefings (set from the preferences; default the login name).
        self.author: str = default_author()
        # A server database (briefer.core.store.server) has a URL and no file of its own.
        self.url: str | None = url
        if url is None:
            self.engine: Engine = create_engine(f"sqlite:///{path}", hide_parameters=True)
            event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            self.engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
            # An INSERT of many rows is sent as statements of many rows (as
            # SQLAlchemy does for psycopg2), not one statement per row: fewer
            # round trips, and a statement-level trigger (on tags: migration 0010)
            # runs once per batch, not once per row.
            self.engine.dialect.use_insertmanyvalues_wo_returning = True
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        count_saves(self._sessions)  # open windows poll the count (core.store.change_counter)

    @property
    def is_server(self) -> bool:
        return self.url is not None

    @property
    def name(self) -> str:
        """How to name this library to the user: its file, or its URL without password."""
        if self.url is None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except StaleDataError:
            # A row's version moved on under us: someone else saved it first.
            session.rollback()
            raise StaleEditError(
                "iemand anders heeft dit zojuist gewijzigd; uw wijziging is niet opgeslagen: "
                "bekijk de nieuwe stand en probeer het opnieuw"
            ) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only; never commits."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def schema_revision(self) -> str | None:
        with self.engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
            return str(row[0]) if row else None

    def has_tables(self) -> bool:
        with self.engine.connect() as connection:
            return bool(inspect(connection).get_table_names())

    def backup(self, reason: str) -> Path:
        """Copy the database (consistently, also in WAL mode) into the backups folder."""
        if self.url is not None:
            raise StoreError(SERVER_BACKUPS)
        folder = private_folder(paths.backup_dir_for(self.path))
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{self.path.stem}-{stamp}-{reason}.sqlite"
        create_private_file(target)  # owner-only before SQLite writes a byte
        with (
            closing(sqlite3.connect(self.path)) as source,
            closing(sqlite3.connect(target)) as copy,
        ):
            source.backup(copy)
        prune_backups(folder, self.path.stem)
        return target

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def default_author() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without passwd entry)
        return ""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def prune_backups(folder: Path, stem: str, keep: int = BACKUPS_KEPT) -> None:
    backups = sorted(folder.glob(f"{stem}-*.sqlite"))
    for old in backups[:-keep] if keep else backups:
        old.unlink(missing_ok=True)


def list_backups(database: Path) -> list[Path]:
    """Backups of a database, newest last."""
    return sorted(paths.backup_dir_for(database).glob(f"{database.stem}-*.sqlite"))


def schema_is_current(path: Path) -> bool:
    """Whether the database exists with the newest schema (a cheap look, no Alembic)."""
    if not path.is_file():
        return False
    try:
        with closing(sqlite3.connect(path, timeout=10)) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == SCHEMA_HEAD


def _check_is_sqlite(path: Path) -> None:
    if not path.exists():
        return
    if path.is_dir():
        raise StoreError(f"{path}: is een map, geen database")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"{path}: de database kan niet worden gelezen ({exc.strerror})") from None
    if header and header != _SQLITE_MAGIC:
        raise StoreError(f"{path}: is geen Briefer-database (geen SQLite-bestand)")


def run_migrations(store: Store) -> None:
    """Upgrade the schema to the newest revision with Alembic."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_store(path: Path) -> tuple[Store, bool]:
    """Open (creating or upgrading) the database at ``path``.

    Returns the store and whether the database was new. An older database is
    first copied into the backups folder, then upgraded.
    """
    _check_is_sqlite(path)
    try:
        if not path.parent.is_dir():
            private_folder(path.parent)
        # Owner-only from the first byte; SQLite gives -wal and -shm the same mode.
        create_private_file(path)
    except OSError as exc:
        raise StoreError(
            f"{path.parent}: de map kan niet worden gemaakt ({exc.strerror})"
        ) from None
    store = Store(path)
    try:
        revision = store.schema_revision()
        if revision == SCHEMA_HEAD:
            return store, False
        if revision is None and store.has_tables():
            raise StoreError(f"{path}: is geen Briefer-database (onbekende tabellen)")
        created = revision is None
        if not created:
            _check_known_revision(path, revision)
            store.backup(f"voor-upgrade-{revision}")
        run_migrations(store)
        return store, created
    except (OperationalError, DatabaseError) as exc:
        store.close()
        raise StoreError(f"{path}: de database kan niet worden geopend ({_reason(exc)})") from None
    except BaseException:
        store.close()
        raise


def _check_known_revision(path: Path, revision: str | None) -> None:
    versions = paths.migrations_dir() / "versions"
    known = {file.name.split("_", 1)[0] for file in versions.glob("*.py")}
    if revision not in known:
        raise StoreError(
            f"{path}: deze database is gemaakt door een nieuwere versie van Briefer "
            f"(schema {revision}); werk Briefer bij"
        )


def _reason(exc: Exception) -> str:
    original = getattr(exc, "orig", None)
    return str(original or exc).splitlines()[0]
