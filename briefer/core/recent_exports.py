"""The briefings the user exported lately: one list for the window and the command line.

The window's Briefing › Recente exports menu shows it; ``briefer export`` adds
to it the same way the export dialog does, so a briefing made from a script
is as easy to find again. The list belongs to the user, not to a library: it
lives beside the preferences (``recent_exports.json``, owner-only, written
atomically), newest first, at most ``KEPT`` files; a file that has since been
moved or deleted is left out when the list is read. A list that cannot be
read or written never stops an export: it is logged and left as it was.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from pathlib import Path

from briefer import paths
from briefer.core.store.private import create_private_file, private_folder

log = logging.getLogger(__name__)

KEPT = 8


def _read() -> list[str]:
    file = paths.recent_exports_file()
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        log.warning("list of recent exports %s unreadable (%s); starting a new one", file, exc)
        return []
    names = data.get("files", []) if isinstance(data, dict) else []
    return [name for name in names if isinstance(name, str) and name]


def _write(names: list[str]) -> None:
    file = paths.recent_exports_file()
    try:
        private_folder(file.parent)
        temporary = file.with_name(file.name + ".tmp")
        temporary.unlink(missing_ok=True)
        create_private_file(temporary)
        text = json.dumps({"files": names[:KEPT]}, ensure_ascii=False, indent=2)
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, file)
    except OSError as exc:
        log.warning("could not keep the list of recent exports in %s (%s)", file, exc)


def recent_exports() -> list[Path]:
    """The exported files, newest first, that still exist."""
    return [Path(name) for name in _read() if Path(name).is_file()]


def remember_exports(written: Iterable[Path | str]) -> None:
    """Put newly written exports at the top of the list (their full, resolved paths)."""
    new = [str(Path(path).resolve()) for path in written]
    if not new:
        return
    _write(list(dict.fromkeys(new)) + [name for name in _read() if name not in new])


def adopt_exports(older: Iterable[str]) -> None:
    """Add a list kept by an earlier release (newest first) after the ones known now."""
    names = _read()
    extra = [name for name in older if name and name not in names]
    if extra:
        _write(names + extra)


def forget_exports() -> None:
    _write([])
