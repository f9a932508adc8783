"""What an operating system error means for the user, in a few words: the disk is full,
the file system is read-only, no permission.

Without SQLAlchemy (``briefer.core.store.lock`` uses it, and the lock is taken
by modules that must start without loading it); ``failures`` says the same for
the database's own errors.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

_OS_CAUSES = {
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "de schijf is vol (uw quotum is op)",
    errno.EROFS: "het bestandssysteem is alleen-lezen",
    errno.EACCES: "geen toestemming",
    errno.EPERM: "geen toestemming",
    errno.EFBIG: "het bestand mag niet groter worden",
    errno.EIO: "de schijf gaf een lees- of schrijffout",
}


def folder_problem(folder: Path) -> str | None:
    """Why nothing can be written in ``folder``, if it is plain to see: full or read-only."""
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # AttributeError: no statvfs (Windows)
        return None
    if stats.f_flag & os.ST_RDONLY:
        return "het bestandssysteem is alleen-lezen"
    if stats.f_bavail == 0 or (stats.f_favail == 0 and stats.f_files):
        return "de schijf is vol"
    return None


def os_problem(exc: OSError) -> str:
    """An operating system error in the user's words: ``de schijf is vol (No space …)``."""
    reason = exc.strerror or type(exc).__name__
    cause = _OS_CAUSES.get(exc.errno or 0)
    return f"{cause} ({reason})" if cause else reason
