"""Which files an import means: dropped files and folders, walked safely."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from briefer.ingest.reader import SUPPORTED_SUFFIXES

MAX_FILES = 10_000
LINK_TO_PARENT = "een snelkoppeling verwijst naar een bovenliggende map"
LINK_LOOP = "een snelkoppeling verwijst (via andere) naar zichzelf"


@dataclass
class Collected:
    files: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one line each, naming the path


def collect_files(paths: list[Path]) -> Collected:
    """Files to import from what the user chose or dropped.

    Folders are walked (hidden files skipped, only supported formats); a link
    that points back into a folder already being walked is reported, not
    followed, and a folder reached again through another link is walked only
    once, so links between folders can never make the walk run away.
    """
    walker = _Walker()
    for path in paths:
        if walker.full:
            break
        if path.is_dir():  # False for a link in a loop, too
            walker.walk(path, frozenset())
        elif path.exists() or path.is_symlink():
            walker.add_file(path)
        else:
            walker.result.problems.append(f"{path}: bestand niet gevonden")
    return walker.result


def _resolved(path: Path) -> Path | None:
    """The real path, or None for a link that ends in a loop of links."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: "Symlink loop" before Python 3.13
        return None


class _Walker:
    def __init__(self) -> None:
        self.result = Collected()
        self.seen: set[Path] = set()  # real paths of the files taken
        self.walked: set[Path] = set()  # real paths of the folders walked
        self.full = False

    def add_file(self, path: Path) -> None:
        real = _resolved(path)
        if real is None:
            self.result.problems.append(f"{path}: {LINK_LOOP}")
            return
        if real in self.seen:
            return
        if len(self.result.files) >= MAX_FILES:
            self.result.problems.append(
                f"{path.parent}: meer dan {MAX_FILES} bestanden; de rest is overgeslagen"
            )
            self.full = True
            return
        self.seen.add(real)
        self.result.files.append(path)

    def walk(self, folder: Path, ancestors: frozenset[Path]) -> None:
        real = _resolved(folder)
        if real is None:
            self.result.problems.append(f"{folder}: {LINK_LOOP}")
            return
        if real in ancestors:
            self.result.problems.append(f"{folder}: {LINK_TO_PARENT}")
            return
        if real in self.walked:
            return  # the same folder through another link: its files are taken already
        self.walked.add(real)
        ancestors = ancestors | {real}
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name.lower())
        except OSError as exc:
            self.result.problems.append(
                f"{folder}: de map kan niet worden gelezen ({exc.strerror})"
            )
            return
        for entry in entries:
            if self.full:
                return
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                is_folder = entry.is_dir()
            except OSError:  # ELOOP: a link that leads back to itself
                self.result.problems.append(f"{path}: {LINK_LOOP}")
                continue
            if is_folder:
                self.walk(path, ancestors)
            elif path.suffix.lower() in SUPPORTED_SUFFIXES:
                self.add_file(path)
