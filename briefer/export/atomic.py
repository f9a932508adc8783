"""Write an export atomically: a temporary file in the target folder, then a rename.

A failed or cancelled export leaves no half-written file behind and never
touches an earlier file at the target path. A process that is killed while it
writes cannot clean up: its temporary file (``.briefing.pdf.1234-x1y2.briefer-tmp``:
hidden, and with a suffix no viewer opens, so it is never mistaken for the
user's file) names the process, and the next export into that folder removes
it once that process is gone.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from briefer.core.errors import BrieferError
from briefer.core.lock import process_alive

TEMPORARY_SUFFIX = ".briefer-tmp"
_TEMPORARY = re.compile(r"^\..+\.(?P<pid>\d+)-[^.]+" + re.escape(TEMPORARY_SUFFIX) + "$")


class ExportError(BrieferError):
    """An export could not be written; ``str()`` names the file and the problem."""


class ExportCancelledError(Exception):
    """The user cancelled an export; no file was written."""


def write_atomically(path: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)``, then move the result to ``path``."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(f"{path}: de map {folder} bestaat niet")
    if path.is_dir():
        raise ExportError(f"{path}: is een map")
    remove_stale_temporaries(folder)
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{path.name}.{os.getpid()}-", suffix=TEMPORARY_SUFFIX, dir=folder
        )
    except OSError as exc:
        raise ExportError(f"{path}: kan niet schrijven in {folder} ({exc.strerror})") from None
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, path)
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
