"""Write an export atomically: a temporary file in the target folder, then a rename.

A failed or cancelled export leaves no half-written file behind and never
touches an earlier file at the target path. A process that is killed while it
writes cannot clean up: its temporary file (``.briefing.pdf.1234-x1y2.briefer-tmp``:
hidden, and with a suffix no viewer opens, so it is never mistaken for the
user's file) names the process, and the next export into that folder removes
it once that process is gone.

The temporary file is readable by its owner only while it is written; the
finished file gets the permissions a newly created file gets (the umask, e.g.
0644 under umask 022), or keeps those of the file it replaces, so a colleague
can open a briefing saved to a shared folder. A path that is a symbolic link
is written through to its target (the link stays); a device, FIFO, socket or
folder is refused and left exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from briefer.core.errors import BrieferError
from briefer.core.store.lock import process_alive

TEMPORARY_SUFFIX = ".briefer-tmp"
_TEMPORARY = re.compile(r"^\..+\.(?P<pid>\d+)-[^.]+" + re.escape(TEMPORARY_SUFFIX) + "$")


class ExportError(BrieferError):
    """An export could not be written; ``str()`` names the file and the problem."""


class ExportCancelledError(Exception):
    """The user cancelled an export; no file was written."""


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "een map"
    if stat.S_ISFIFO(mode):
        return "een pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "een socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "een apparaat"
    return "geen gewoon bestand"


def _current_umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o077)  # elsewhere: set and restore at once
    os.umask(mask)
    return mask


def final_mode(existing: os.stat_result | None) -> int:
    """The permissions of the finished export: those of the file it replaces, or the umask's."""
    if existing is not None:
        return stat.S_IMODE(existing.st_mode)
    return 0o666 & ~_current_umask()


def _target_of(path: Path) -> tuple[Path, os.stat_result | None]:
    """Where to write for ``path`` (a symlink's target), and what is there now."""
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        found = os.stat(target)
    except FileNotFoundError:
        return target, None
    except OSError as exc:
        raise ExportError(f"{path}: kan niet worden gelezen ({exc.strerror})") from None
    if not stat.S_ISREG(found.st_mode):
        raise ExportError(
            f"{path}: is {_kind_of(found.st_mode)}, geen bestand; kies een bestandsnaam"
        )
    return target, found


def write_atomically(path: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)``, then move the result to ``path``."""
    path = Path(path)
    target, existing = _target_of(path)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"{path}: de map {folder} bestaat niet")
    remove_stale_temporaries(folder)
    try:  # mkstemp: readable by the owner only while it is written
        handle, name = tempfile.mkstemp(
            prefix=f".{target.name}.{os.getpid()}-", suffix=TEMPORARY_SUFFIX, dir=folder
        )
    except OSError as exc:
        raise ExportError(f"{path}: kan niet schrijven in {folder} ({exc.strerror})") from None
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
        os.chmod(temporary, final_mode(existing))
        os.replace(temporary, target)
        _sync_folder(folder)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(exc, OSError):
            raise ExportError(
                f"{path}: het bestand kan niet worden geschreven ({exc.strerror})"
            ) from None
        raise
    return path


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove the temporary files of exports whose process no longer runs; returns them."""
    removed = []
    with contextlib.suppress(OSError):
        for candidate in folder.glob(f".*{TEMPORARY_SUFFIX}"):
            match = _TEMPORARY.match(candidate.name)
            if match is None or process_alive(int(match["pid"])):
                continue  # not ours, or an export still running (in this process, too)
            with contextlib.suppress(OSError):
                candidate.unlink()
                removed.append(candidate)
    return removed


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a best effort."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
