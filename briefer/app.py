"""Wiring only: paths -> store (migrate, seed) -> window or command line."""

from __future__ import annotations

import logging
from pathlib import Path

from briefer import paths
from briefer.core.errors import DamagedDatabaseError, LibraryInUseError, StoreError
from briefer.core.seed import is_seeded, seed_new_database
from briefer.core.store.database import Store, open_store, schema_is_current
from briefer.core.store.integrity import check_database, daily_backup
from briefer.core.store.lock import LibraryLock, lock_library
from briefer.core.store.private import own_paths, tighten_and_report
from briefer.core.store.safe_log import PrivateFileHandler, RedactingFormatter
from briefer.core.store.server import is_database_url, open_server_library
from briefer.settings import load_settings

__all__ = [
    "DamagedDatabaseError",
    "LibraryInUseError",
    "StoreError",
    "log_file",
    "open_library",
    "resolve_database",
    "setup_logging",
]

LOG_NAME = "briefer.log"


def log_file(database: Path) -> Path:
    return database.parent / LOG_NAME


def setup_logging(database: Path) -> None:
    """Warnings and unexpected errors go to a log file beside the database.

    The file is owner-only and holds no text of passages, notes or talking
    points: errors are logged by type and place, never by message.
    """
    root = logging.getLogger()
    if any(getattr(handler, "_briefer", False) for handler in root.handlers):
        return
    try:
        handler = PrivateFileHandler(log_file(database), encoding="utf-8", delay=True)
    except OSError:
        return
    handler._briefer = True  # type: ignore[attr-defined]
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    root.addHandler(handler)


def resolve_database(db: str | Path | None) -> Path:
    """The database file (a team library's URL: the default file's folder, for the log)."""
    if is_database_url(db):
        return paths.default_database()
    return Path(db).expanduser() if db else paths.default_database()


def chosen_database(db: str | Path | None) -> str | Path | None:
    """``--db`` if given, else the preferences' library, else None (the default file)."""
    return db or load_settings().database or None


def open_library(db: str | Path | None = None, *, lock: bool = True) -> Store:
    """Open the database (checking, creating, upgrading and seeding it as needed).

    ``lock`` (the window, and every command that changes the library) takes the
    database's lock for as long as the store is open: a second Briefer gets
    LibraryInUseError ("Briefer is al geopend op deze database (proces N)").
    Without it (commands that only read) no lock is held, except for the moment
    a database still has to be created, upgraded or seeded.

    First a quick integrity check: a damaged database raises
    DamagedDatabaseError, whose ``backups`` a front end can offer to restore
    (``briefer.core.store.integrity.restore_backup``). A lock holder then makes the
    day's backup on the first start of a day.
    """
    db = chosen_database(db)
    if is_database_url(db):
        server = open_server_library(str(db))
        server.author = load_settings().author_or_account()
        return server
    database = resolve_database(db)
    held: LibraryLock | None = lock_library(database) if lock else None
    setup: LibraryLock | None = None  # a reader's lock while it sets the database up
    try:
        check_database(database)
        if held is None and not schema_is_current(database):
            setup = lock_library(database)
        store, created = open_store(database)
        try:
            setup_logging(database)
            tighten_and_report(own_paths(database, log_file(database)))
            if not is_seeded(store):
                if held is None and setup is None:
                    setup = lock_library(database)
                seed_new_database(store)
            if (held or setup) is not None and not created:
                daily_backup(store)
        except BaseException:
            store.close()
            raise
    except BaseException:
        if held is not None:
            held.release()
        raise
    finally:
        if setup is not None:
            setup.release()
    store.lock = held
    store.author = load_settings().author_or_account()
    return store
