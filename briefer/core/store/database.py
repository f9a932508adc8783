"""The database: engine, sessions, migrations and backups.

Everything specific to SQLite (pragmas, the backup API, later FTS5) stays in
this module, so the rest of the code also runs on PostgreSQL.

Opening a store imports no SQLAlchemy: the engine and the ORM's sessions are
made on first use, and ``Store.reading`` reads through the database's own
driver (sqlite3, or the server's psycopg connection). So the window's first
screen and the commands that only list what is there start without loading
the ORM at all (DESIGN.md's start-up budgets).
"""

from __future__ import annotations

import getpass
import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from briefer import paths
from briefer.core.errors import StaleEditError, StoreError
from briefer.core.store.disk_errors import os_problem
from briefer.core.store.failures import store_error, store_problem
from briefer.core.store.lock import LibraryLock
from briefer.core.store.note_journal import NoteJournal, after_backups
from briefer.core.store.plain_rows import Rows
from briefer.core.store.private import create_private_file, private_folder

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

# The newest Alembic revision in db/versions (a test keeps the two in step),
# so that start-up can tell "up to date" without loading Alembic at all.
SCHEMA_HEAD = "0014"
BACKUPS_KEPT = 10
_SQLITE_MAGIC = b"SQLite format 3\x00"
# On a server the app makes no backups of its own and never drops anything.
SERVER_BACKUPS = (
    "een teambibliotheek op een PostgreSQL-server wordt beschermd door de reservekopieën "
    "van de server zelf (vraag de beheerder); Briefer verwijdert daar nooit iets"
)


class Verdict(Protocol):
    """A check still running beside the start (briefer.core.store.integrity.BackgroundCheck)."""

    def wait(self, *, write: bool) -> None:
        """Block until it is done (for a read: until the check is); raise what it found."""

    def finish(self) -> None:
        """Block until it has ended, without raising."""

    def start(self) -> object:
        """Start it, if it is not running yet."""


class Store:
    """One database: hands out sessions and knows how to back itself up."""

    def __init__(self, path: Path, *, url: str | None = None) -> None:
        self.path = path
        # This process's hold on the database's lock (see briefer.core.store.lock), when
        # the store was opened for writing; released by close().
        self.lock: LibraryLock | None = None
        # Who works here: stored with note versions, talking points, manual tags
        # and briefings (set from the preferences; default the login name).
        self.author: str = default_author()
        # A server database (briefer.core.store.server) has a URL and no file of its own.
        self.url: str | None = url
        # A library file keeps its notes' recent versions beside it (the server has its
        # own backups): what a restore of yesterday's backup would not bring back.
        self.journal: NoteJournal | None = NoteJournal(path) if url is None else None
        self._engine: Engine | None = None
        self._session_factory: sessionmaker[Session] | None = None
        self._starting = threading.Lock()
        self._readers = threading.local()  # each thread's own sqlite3 connection
        self._connections: list[sqlite3.Connection] = []
        # The integrity check, when it runs beside the start-up: every write waits
        # for its verdict, and every read too when ``reads_wait`` (a command's).
        self.check: Verdict | None = None
        self.reads_wait = False

    def _checked(self, *, write: bool) -> None:
        if self.check is not None and (write or self.reads_wait):
            self.check.wait(write=write)  # raises DamagedDatabaseError for a damaged file

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine, made (and SQLAlchemy imported) on first use."""
        self._checked(write=False)
        if self._engine is None:
            self._start_engine()
        assert self._engine is not None
        return self._engine

    @property
    def _sessions(self) -> sessionmaker[Session]:
        if self._session_factory is None:
            self._start_engine()
        assert self._session_factory is not None
        return self._session_factory

    def _start_engine(self) -> None:
        with self._starting:
            if self._engine is not None:
                return
            from sqlalchemy import create_engine, event
            from sqlalchemy.orm import sessionmaker

            from briefer.core.store.change_counter import count_saves

            # hide_parameters: an error's message must never carry a note's text into a log.
            if self.url is None:
                engine = create_engine(f"sqlite:///{self.path}", hide_parameters=True)
                event.listen(engine, "connect", _sqlite_pragmas)
            else:
                engine = create_engine(
                    self.url,
                    pool_pre_ping=True,
                    hide_parameters=True,
                    connect_args=_server_timeouts(self.url),
                )
                # An INSERT of many rows is sent as statements of many rows (as
                # SQLAlchemy does for psycopg2), not one statement per row: fewer
                # round trips, and a statement-level trigger (on tags: migration 0010)
                # runs once per batch, not once per row.
                engine.dialect.use_insertmanyvalues_wo_returning = True
            sessions = sessionmaker(engine, expire_on_commit=False)
            count_saves(sessions)  # open windows poll the count (core.store.change_counter)
            self._session_factory = sessions
            self._engine = engine

    @property
    def _file(self) -> Path | None:
        return self.path if self.url is None else None

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
        from sqlalchemy.exc import DBAPIError
        from sqlalchemy.orm.exc import StaleDataError

        self._checked(write=True)
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
        except DBAPIError as exc:
            _rollback(session)
            # A full disk, a read-only file, a refusing or vanished server: one line.
            error = store_error(self.name, exc, database=self._file)
            if error is None:
                raise
            raise error from None
        except BaseException:
            _rollback(session)
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only; never commits (inside ``one_read``: its session)."""
        from sqlalchemy.exc import DBAPIError

        shared: Session | None = getattr(self._readers, "session", None)
        if shared is not None:
            yield shared
            return
        self._checked(write=False)
        session = self._sessions()
        try:
            yield session
        except DBAPIError as exc:
            error = store_error(self.name, exc, writing=False, database=self._file)
            if error is None:
                raise
            raise error from None
        finally:
            _rollback(session)
            session.close()

    @contextmanager
    def one_read(self) -> Iterator[None]:
        """Every ``read`` on this thread inside the block shares one session, and every
        ``reading`` one snapshot (on a server: the session's own transaction).

        For what is assembled from many small reads (a briefing: its topics' points,
        passages, notes and commitments): one session and one transaction instead of
        one each, which is also one view of the library. Nothing inside may write
        through ``read``'s session; ``session`` (writing) stays apart.
        """
        if getattr(self._readers, "session", None) is not None:
            yield
            return
        with self.read() as session:
            self._readers.session = session
            try:
                if self.url is None:
                    with self.reading():  # the plain reads inside join its snapshot
                        yield
                else:
                    yield
            finally:
                self._readers.session = None

    @contextmanager
    def reading(self) -> Iterator[Rows]:
        """One consistent read through the database's own driver, without SQLAlchemy.

        For the few reads the first screen and the listing commands make
        (briefer.core.library, briefer.core.theme_list): plain SQL with ``?``
        placeholders that both SQLite and PostgreSQL understand, rows as tuples.
        """
        self._checked(write=False)
        if self.url is not None:
            shared: Session | None = getattr(self._readers, "session", None)
            if shared is not None:  # inside ``one_read``: its transaction, its connection
                cursor = shared.connection().connection.cursor()
                try:
                    yield Rows(cursor, server=True)
                finally:
                    cursor.close()
                return
            connection = self.engine.raw_connection()  # psycopg, from the engine's pool
            try:
                yield Rows(connection.cursor(), server=True)
            finally:
                connection.rollback()
                connection.close()
            return
        reader = self._reader()
        depth = getattr(self._readers, "depth", 0)
        if depth == 0:
            reader.execute("BEGIN")  # one snapshot for every statement of the block
        self._readers.depth = depth + 1
        try:
            yield Rows(reader.cursor(), server=False)
        finally:
            self._readers.depth = depth
            if depth == 0:
                reader.execute("ROLLBACK")

    def _reader(self) -> sqlite3.Connection:
        reader: sqlite3.Connection | None = getattr(self._readers, "connection", None)
        if reader is None:
            reader = sqlite3.connect(
                self.path, timeout=5, isolation_level=None, check_same_thread=False
            )
            reader.execute("PRAGMA busy_timeout=5000")
            self._readers.connection = reader
            self._connections.append(reader)
        return reader

    def schema_revision(self) -> str | None:
        with self.reading() as rows:
            if not rows.table_exists("alembic_version"):
                return None
            found = rows.first("SELECT version_num FROM alembic_version")
            return str(found[0]) if found else None

    def has_tables(self) -> bool:
        with self.reading() as rows:
            return rows.has_tables()

    def backup(self, reason: str) -> Path:
        """Copy the database (consistently, also in WAL mode) into the backups folder."""
        if self.url is not None:
            raise StoreError(SERVER_BACKUPS)
        folder = paths.backup_dir_for(self.path)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{self.path.stem}-{stamp}-{reason}.sqlite"
        try:
            private_folder(folder)
            create_private_file(target)  # owner-only before SQLite writes a byte
            with (
                closing(sqlite3.connect(self.path)) as source,
                closing(sqlite3.connect(target)) as copy,
            ):
                source.backup(copy)
        except (OSError, sqlite3.Error) as exc:
            # Half a backup is no backup: it must never be offered for a restore.
            for suffix in ("", "-journal", "-wal", "-shm"):
                target.with_name(target.name + suffix).unlink(missing_ok=True)
            if isinstance(exc, OSError):
                problem = os_problem(exc)
            else:
                problem = store_problem(exc, target) or str(exc)
            raise StoreError(
                f"{target}: de reservekopie kan niet worden gemaakt, {problem}"
            ) from None
        prune_backups(folder, self.path.stem)
        if self.journal is not None:
            after_backups(self.journal, list_backups(self.path))
        return target

    def close(self) -> None:
        if self.check is not None:
            self.check.finish()
        for reader in self._connections:
            reader.close()
        self._connections.clear()
        self._readers = threading.local()
        if self._engine is not None:
            self._engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def _rollback(session: Session) -> None:
    """Roll back; on a connection that is already gone there is nothing left to undo."""
    from sqlalchemy.exc import DBAPIError

    with suppress(DBAPIError):
        session.rollback()


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
    except BaseException as exc:
        store.close()
        if is_database_error(exc):
            problem = store_problem(exc, path)
            if problem is not None:
                raise StoreError(
                    f"{path}: de database kan niet worden geopend, {problem}"
                ) from None
            reason = _reason(exc)  # type: ignore[arg-type]
            raise StoreError(f"{path}: de database kan niet worden geopend ({reason})") from None
        raise


def _check_known_revision(path: Path, revision: str | None) -> None:
    versions = paths.migrations_dir() / "versions"
    known = {file.name.split("_", 1)[0] for file in versions.glob("*.py")}
    if revision not in known:
        raise StoreError(
            f"{path}: deze database is gemaakt door een nieuwere versie van Briefer "
            f"(schema {revision}); werk Briefer bij"
        )


def is_database_error(exc: BaseException) -> bool:
    """An error of the database itself: sqlite3's, or SQLAlchemy's wrapping of one.

    Without importing SQLAlchemy: if it is not loaded, none of its errors can
    have been raised.
    """
    if isinstance(exc, sqlite3.DatabaseError):
        return True
    errors = sys.modules.get("sqlalchemy.exc")
    return errors is not None and isinstance(exc, errors.DatabaseError)


def _reason(exc: Exception) -> str:
    original = getattr(exc, "orig", None)
    return str(original or exc).splitlines()[0]


# libpq waits for ever by default: for a server that does not answer a connection, and
# (over TCP) for one that went away without closing it (a pulled cable, a laptop that
# slept). The window and an import would then hang; with these they get an error,
# which names the server as lost. A URL that sets them itself keeps its own.
SERVER_TIMEOUTS = {
    "connect_timeout": 10,  # seconds to a connection
    "keepalives": 1,
    "keepalives_idle": 30,  # seconds of silence before the first probe
    "keepalives_interval": 10,
    "keepalives_count": 3,  # probes unanswered: the connection is lost
}


def _server_timeouts(url: str) -> dict[str, int]:
    from sqlalchemy.engine import make_url

    given = make_url(url).query
    return {name: value for name, value in SERVER_TIMEOUTS.items() if name not in given}
