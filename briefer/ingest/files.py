"""Which files an import means: dropped files and folders, walked safely."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from briefer.ingest.reader import SUPPORTED_SUFFIXES

MAX_FILES = 10_000


@dataclass
class Collected:
    files: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one line each, naming the path


def collect_files(paths: list[Path]) -> Collected:
    """Files to import from what the user chose or dropped.

    Folders are walked (hidden files skipped, only supported formats); a link
    that points back into a folder already walked is reported, not followed.
    """
    result = Collected()
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            _walk(path, result, seen, set())
        elif path.exists() or path.is_symlink():
            real = path.resolve()
            if real not in seen:
                seen.add(real)
                result.files.append(path)
        else:
            result.problems.append(f"{path}: bestand niet gevonden")
    return result


def _walk(folder: Path, result: Collected, seen: set[Path], ancestors: set[Path]) -> None:
    real = folder.resolve()
    if real in ancestors:
        result.problems.append(f"{folder}: een snelkoppeling verwijst naar een bovenliggende map")
        return
    ancestors = ancestors | {real}
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name.lower())
    except OSError as exc:
        result.problems.append(f"{folder}: de map kan niet worden gelezen ({exc.strerror})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir():
            _walk(path, result, seen, ancestors)
        elif path.suffix.lower() in SUPPORTED_SUFFIXES:
            target = path.resolve()
            if target in seen:
                continue
            if len(result.files) >= MAX_FILES:
                result.problems.append(
                    f"{folder}: meer dan {MAX_FILES} bestanden; de rest is overgeslagen"
                )
                return
            seen.add(target)
            result.files.append(path)
