"""What a database error means for the user: one line naming the library and the cause.

SQLAlchemy's own message runs over several lines, quotes the SQL statement and
ends in a web address; a user needs the file (or server) and what is wrong:
the disk is full, the file or its folder is read-only, the server refuses (as
the server says it: "permission denied for table notes"), the server is gone.
``store_problem`` gives that cause for an error of the database driver that is
the store's own (None for any other: a broken rule of the data, a query the
server does not understand, a bug);
``store_error`` turns it into the StoreError the front ends show as one line.

SQLite errors are told apart by their result code, PostgreSQL errors by their
SQLSTATE; both are in the driver's exception (``exc.orig``).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from briefer.core.errors import StoreError
from briefer.core.store.disk_errors import folder_problem

# SQLite primary result codes (the low byte of the extended code).
_SQLITE_CAUSES = {
    3: "geen toestemming",  # SQLITE_PERM
    5: "de database is bezet door een ander proces",  # SQLITE_BUSY
    6: "de database is bezet door een ander proces",  # SQLITE_LOCKED
    8: "het bestand of de map is alleen-lezen",  # SQLITE_READONLY
    10: "de schijf gaf een lees- of schrijffout",  # SQLITE_IOERR
    13: "de schijf is vol",  # SQLITE_FULL
    14: "het bestand kan niet worden geopend",  # SQLITE_CANTOPEN
}
_SQLITE_DAMAGE = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB: briefer.core.store.integrity says those
# PostgreSQL SQLSTATE classes and codes.
_PG_CAUSES = {
    "42501": "de server weigert het",  # insufficient_privilege
    "25006": "de server staat alleen lezen toe",  # read_only_sql_transaction
    "53100": "de schijf van de server is vol",  # disk_full
}
_PG_CLASSES = {
    "08": "de verbinding met de server is verbroken",  # connection exception
    "53": "de server heeft te weinig middelen",  # insufficient resources
    "57": "de server is gestopt of weigert",  # operator intervention (shutdown)
    "58": "de server gaf een systeemfout",  # system error (I/O)
    "XX": "de server gaf een interne fout",  # internal error, data corrupted
}


def driver_message(exc: BaseException) -> str:
    """The driver's (or server's) own message, first line only, without SQLAlchemy's wrapping."""
    original = getattr(exc, "orig", None) or exc
    text = str(original).strip()
    return text.splitlines()[0] if text else type(original).__name__


def store_problem(exc: BaseException, database: Path | None = None) -> str | None:
    """The cause of a database error in the user's words, with the driver's message.

    None when the error is not the store's (a broken rule of the data, a bug):
    the caller then deals with it as it did before. ``database``: the SQLite
    file, whose folder tells a full disk or a read-only one apart when SQLite
    only says "disk I/O error" (it does when it cannot grow its -shm file).
    """
    if isinstance(exc, sqlite3.Error):  # straight from the driver, not through SQLAlchemy
        return _sqlite_problem(exc, database)
    # SQLAlchemy's errors, if it is loaded at all (the first screen and the listing
    # commands read without it: then none of its errors can have been raised).
    errors = sys.modules.get("sqlalchemy.exc")
    if errors is None or not isinstance(exc, errors.DBAPIError):
        return None
    if isinstance(exc, errors.IntegrityError):
        return None
    original = exc.orig
    message = driver_message(exc)
    if isinstance(original, sqlite3.Error):
        return _sqlite_problem(original, database)
    state = getattr(original, "sqlstate", None)
    if isinstance(state, str):
        cause = _PG_CAUSES.get(state) or _PG_CLASSES.get(state[:2])
        return f"{cause} ({message})" if cause else None
    lost = (errors.OperationalError, errors.InterfaceError)
    if exc.connection_invalidated or isinstance(exc, lost):
        # No SQLSTATE: the driver lost the server ("server closed the connection").
        return f"de verbinding met de server is verbroken ({message})"
    return None


def _sqlite_problem(error: sqlite3.Error, database: Path | None) -> str | None:
    if isinstance(error, sqlite3.IntegrityError):
        return None
    primary = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    if primary in _SQLITE_DAMAGE:
        return None
    cause = _SQLITE_CAUSES.get(primary)
    if cause is None:
        return None
    if primary in (10, 13, 14) and database is not None:  # I/O, full, cannot open
        cause = folder_problem(database.parent) or cause
    message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return f"{cause} (SQLite: {message})"


def store_error(
    name: str, exc: BaseException, *, writing: bool = True, database: Path | None = None
) -> StoreError | None:
    """The one-line StoreError for a database error, or None when it is not the store's."""
    problem = store_problem(exc, database)
    if problem is None:
        return None
    if writing:
        return StoreError(f"{name}: niet opgeslagen, {problem}; de bibliotheek is niet veranderd")
    return StoreError(f"{name}: de bibliotheek kan niet worden gelezen, {problem}")
