"""Wiring only: paths -> store (migrate, seed) -> window or command line."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from briefer import paths
from briefer.core.errors import DamagedDatabaseError, LibraryInUseError, StoreError
from briefer.core.seed import is_seeded
from briefer.core.store.database import Store, open_store, schema_is_current
from briefer.core.store.integrity import (
    BackgroundCheck,
    check_database,
    check_file,
    daily_backup,
)
from briefer.core.store.lock import LibraryLock, lock_library
from briefer.core.store.private import own_paths, private_folder, tighten_and_report
from briefer.core.store.safe_log import PrivateFileHandler, RedactingFormatter
from briefer.paths import is_database_url
from briefer.settings import load_settings

__all__ = [
    "DamagedDatabaseError",
    "LibraryInUseError",
    "StoreError",
    "log_exception",
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
    path = log_file(database)
    try:
        if not path.parent.is_dir():
            private_folder(path.parent)
        handler = PrivateFileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        return
    handler._briefer = True  # type: ignore[attr-defined]
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    root.addHandler(handler)


def log_exception(database: Path, message: str) -> Path | None:
    """Log the exception being handled beside ``database``; the log file, if it exists now.

    A message to the user points to the log only when it was written: on a full
    disk or in a read-only folder the log cannot be written either. Also where
    no library was opened yet (the log is set up here then).
    """
    setup_logging(database)
    logging.getLogger("briefer").exception(message)
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_briefer", False) and isinstance(handler, logging.FileHandler):
            handler.flush()
            path = Path(handler.baseFilename)  # where this process logs (set up once)
            try:
                return path if path.is_file() and path.stat().st_size > 0 else None
            except OSError:
                return None
    return None


def resolve_database(db: str | Path | None) -> Path:
    """The database file (a team library's URL: the default file's folder, for the log)."""
    if is_database_url(db):
        return paths.default_database()
    return Path(db).expanduser() if db else paths.default_database()


def window_database(argv: list[str]) -> Path | bool | None:
    """For ``briefer`` without a command: the ``--db`` given (or None), else False.

    Lets ``python -m briefer`` start the window without loading the command line
    (and with it the whole core) first, and the command line without Qt.
    """
    rest = [arg for arg in argv if arg != "gui"]
    if len(argv) - len(rest) > 1:
        return False
    if not rest:
        return None
    if len(rest) == 2 and rest[0] == "--db":
        return Path(rest[1]).expanduser()
    if len(rest) == 1 and rest[0].startswith("--db="):
        return Path(rest[0][5:]).expanduser()
    return False


def no_display_message() -> str | None:
    """On Linux without any display: the one line to print instead of starting the window."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        return (
            "briefer: geen beeldscherm gevonden (DISPLAY is niet gezet); "
            "de opdrachten werken wel zonder scherm, zie 'briefer --help'"
        )
    return None


def chosen_database(db: str | Path | None) -> str | Path | None:
    """``--db`` if given, else the preferences' library, else None (the default file)."""
    return db or load_settings().database or None


def open_library(
    db: str | Path | None = None,
    *,
    lock: bool = True,
    new_library: bool = False,
    check_beside: bool = False,
    start_check: bool = True,
) -> Store:
    """Open the database (checking, creating, upgrading and seeding it as needed).

    ``lock`` (the window, and every command that changes the library) takes the
    database's lock for as long as the store is open: a second Briefer gets
    LibraryInUseError ("Briefer is al geopend op deze database (proces N)").
    Without it (commands that only read) no lock is held, except for the moment
    a database still has to be created, upgraded or seeded.

    First a quick integrity check: a damaged database raises
    DamagedDatabaseError, whose ``backups`` a front end can offer to restore
    (``briefer.core.store.integrity.restore_backup``); so does a missing one that has
    backups (MissingLibraryError), unless ``new_library`` asks for a new one.
    A lock holder then makes the day's backup on the first start of a day.

    ``check_beside`` (the window and the commands): for a library that needs no
    setup, the check of every page and the day's backup run on a thread while
    the caller goes on (``store.check``); the file's header is still checked
    here. The store's first write waits for them, and raises the
    DamagedDatabaseError they found; so does its first read when the caller
    sets ``store.reads_wait``. ``start_check=False`` leaves starting it to the
    caller (the window: once its first screen is painted); the first write or
    waiting read starts it in any case.
    """
    db = chosen_database(db)
    if is_database_url(db):
        from briefer.core.store.server import open_server_library

        setup_logging(resolve_database(db))  # the log of the default data folder
        server = open_server_library(str(db))
        server.author = load_settings().author_or_account()
        return server
    database = resolve_database(db)
    held: LibraryLock | None = lock_library(database) if lock else None
    setup: LibraryLock | None = None  # a reader's lock while it sets the database up
    try:
        beside = check_beside and schema_is_current(database)
        if beside:
            check_file(database)
        else:
            check_database(database, new_library=new_library)
            if held is None and not schema_is_current(database):
                setup = lock_library(database)
        store, created = open_store(database)
        try:
            if beside:
                check = BackgroundCheck(database, backup=store if held else None)
                store.check = check.start() if start_check else check
            setup_logging(database)
            tighten_and_report(own_paths(database, log_file(database)))
            if not is_seeded(store):
                if held is None and setup is None:
                    setup = lock_library(database)
                from briefer.core.seed import seed_new_database

                seed_new_database(store)
            if not beside and (held or setup) is not None and not created:
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
