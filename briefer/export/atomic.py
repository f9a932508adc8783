"""Write an export atomically: a temporary file in the target folder, then a rename.

A failed or cancelled export leaves no half-written file behind and never
touches an earlier file at the target path.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from briefer.core.errors import BrieferError


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
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=folder)
    except OSError as exc:
        raise ExportError(f"{path}: kan niet schrijven in {folder} ({exc.strerror})") from None
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(exc, OSError):
            raise ExportError(
                f"{path}: het bestand kan niet worden geschreven ({exc.strerror})"
            ) from None
        raise
    return path
