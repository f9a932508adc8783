"""Briefer's own files are the user's alone: owner-only (0600 files, 0700 folders).

A diplomat's notes and talking points may be classified, so the database, its
-wal/-shm/-journal files, the backups, the lock, the log, the preferences and
the window layout are created readable by their owner only, whatever the
umask. ``tighten_library`` brings a library made by an older Briefer (or
copied in with looser modes) into line at start and says so in the log.

Files the user exports are not Briefer's own: they keep the user's normal
permissions (see ``briefer.export.atomic``).

On Windows, modes mean little (the user's profile folder is already private);
the calls are harmless there.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from briefer import paths

log = logging.getLogger(__name__)

FILE_MODE = 0o600
FOLDER_MODE = 0o700
SQLITE_SUFFIXES = ("", "-wal", "-shm", "-journal")
_LOOSE = stat.S_IRWXG | stat.S_IRWXO


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (and missing parents) owner-only; tighten it if it exists.

    Only folders created here are made private, plus ``folder`` itself: an
    existing parent such as the user's home folder is never touched.
    """
    missing = []
    probe = folder
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    folder.mkdir(parents=True, exist_ok=True)
    for created in [*missing, folder]:
        _chmod(created, FOLDER_MODE)
    return folder


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and owner-only when it does not exist yet.

    SQLite gives a database's -wal and -shm files the mode of the database
    file, so creating the database this way keeps those private too.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags, FILE_MODE)
    except FileExistsError:
        return
    os.close(fd)
    _chmod(path, FILE_MODE)


def make_private(path: Path) -> None:
    """Set an existing file owner-only (nothing happens for a missing one)."""
    _chmod(path, FOLDER_MODE if path.is_dir() else FILE_MODE)


def is_private(path: Path) -> bool:
    return not (path.stat().st_mode & _LOOSE)


def own_paths(database: Path, log: Path) -> list[Path]:
    """Every file and folder of a library that Briefer made (those that exist).

    The database's folder counts only when it is Briefer's own data folder: a
    database the user keeps elsewhere (``--db``) leaves its folder alone.
    """
    found = [database.with_name(database.name + suffix) for suffix in SQLITE_SUFFIXES]
    found += [database.with_name(database.name + ".lock"), log]
    # Databases a restore moved aside (briefer.sqlite.replaced-…, .damaged-…, with their WAL).
    found += sorted(database.parent.glob(database.name + ".*"))
    backups = paths.backup_dir_for(database)
    if backups.is_dir():
        found.append(backups)
        found.extend(sorted(backups.iterdir()))
    if database.parent.resolve() == paths.data_dir().resolve():
        found.append(database.parent)
    found.append(paths.config_dir())
    found += [paths.settings_file(), paths.window_layout_file(), paths.recent_exports_file()]
    return [path for path in found if path.exists()]


def tighten(paths: Iterable[Path]) -> list[tuple[Path, int]]:
    """Make every path owner-only; returns the paths that were looser, with their old mode."""
    changed = []
    for path in paths:
        try:
            mode = stat.S_IMODE(path.lstat().st_mode)
        except OSError:
            continue
        if stat.S_ISLNK(path.lstat().st_mode) or not mode & _LOOSE:
            continue
        if _chmod(path, mode & ~_LOOSE):
            changed.append((path, mode))
    return changed


def tighten_and_report(paths: Iterable[Path]) -> list[tuple[Path, int]]:
    """``tighten``, with a note in the log naming what was opened too widely."""
    changed = tighten(paths)
    if changed:
        names = ", ".join(f"{path} (was {mode:04o})" for path, mode in changed)
        log.warning("made owner-only (others could read them): %s", names)
    return changed


def _chmod(path: Path, mode: int) -> bool:
    if os.name != "posix":  # pragma: no cover - Windows: the profile folder is private
        return False
    with contextlib.suppress(OSError):
        os.chmod(path, mode)
        return True
    return False
