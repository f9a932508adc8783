"""Errors the front ends show to the user as one plain line."""

from __future__ import annotations

from pathlib import Path


class BrieferError(Exception):
    """A problem the user can understand and act on; ``str()`` is the message."""


class StoreError(BrieferError):
    """The database cannot be opened, upgraded or written."""


class StaleEditError(BrieferError):
    """Someone saved this item after the copy the edit was based on: the edit is refused.

    ``fresh`` holds the item as it is now (a service's plain row), to show instead.
    """

    def __init__(self, message: str, fresh: object = None) -> None:
        super().__init__(message)
        self.fresh = fresh


class NotFoundError(BrieferError):
    """A letter, theme or other item named by the user does not exist."""


class DamagedDatabaseError(StoreError):
    """The database file is damaged or is no database at all.

    ``backups`` are the backups of this database, newest last (possibly none),
    so that a front end can offer to restore the newest one.
    """

    def __init__(self, message: str, database: Path, backups: list[Path], problem: str) -> None:
        super().__init__(message)
        self.database = database
        self.backups = backups
        self.problem = problem  # what is wrong, in a few words ("het bestand is afgekapt")


class MissingLibraryError(DamagedDatabaseError):
    """The database file is gone, but backups of it are beside it.

    Never silently replaced by a new, empty library: a front end offers the
    newest backup, or a new library when the user asks for one.
    """


class LibraryInUseError(StoreError):
    """Another Briefer (process ``pid``, 0 when unknown) has the database open for writing."""

    def __init__(self, message: str, pid: int) -> None:
        super().__init__(message)
        self.pid = pid
