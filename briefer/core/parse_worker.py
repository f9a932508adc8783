"""Reading, parsing and tagging one letter without the database: the worker processes'
share of a bulk import (``briefer.core.bulk_import``).

Imports nothing of SQLAlchemy or the store, so a worker process starts quickly.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefer.ingest.errors import LetterImportError
from briefer.ingest.model import ParsedLetter, ParsedPassage, ParsedSection

log = logging.getLogger(__name__)

Themes = tuple[tuple[int, str, tuple[str, ...]], ...]


def ordered_passages(parsed: ParsedLetter) -> list[tuple[ParsedPassage, ParsedSection | None]]:
    """Every passage with its section, in the order of their stored positions."""
    items: list[tuple[ParsedPassage, ParsedSection | None]] = [(p, None) for p in parsed.passages]
    for section in parsed.walk_sections():
        items.extend((passage, section) for passage in section.passages)
    return items


@dataclass(frozen=True)
class Parsed:
    """What a worker hands back for one file."""

    path: Path
    file_hash: str
    letter: ParsedLetter | None
    tags: tuple[tuple[int, int, Any], ...]  # (passage position, theme id, reasons)
    error: str | None = None  # the user's line, when the file could not be read


_worker_themes: Themes = ()


def init_worker(themes: Themes) -> None:
    global _worker_themes
    _worker_themes = themes


def _headings(parsed: ParsedLetter) -> dict[int, tuple[str, ...]]:
    chains: dict[int, tuple[str, ...]] = {}

    def walk(sections: list[ParsedSection], above: tuple[str, ...]) -> None:
        for section in sections:
            chains[id(section)] = (*above, section.title)
            walk(section.sections, chains[id(section)])

    walk(parsed.sections, ())
    return chains


def parse_and_tag(path: Path, themes: Themes | None = None) -> Parsed:
    """Read, parse and tag one file without the database (runs in a worker process)."""
    from briefer.ingest.reader import parse_letter, read_bytes
    from briefer.tagging.matcher import PassageText, cached_matcher

    try:
        data = read_bytes(path)
        file_hash = hashlib.sha256(data).hexdigest()
        parsed = parse_letter(path, data)
    except LetterImportError as exc:
        return Parsed(path, "", None, (), exc.problem)
    except Exception as exc:  # a reader met something it did not foresee
        log.exception("reading %s failed", path)
        problem = f"het bestand kan niet worden gelezen ({type(exc).__name__}: {exc})"
        return Parsed(path, "", None, (), problem)
    matcher = cached_matcher(_worker_themes if themes is None else themes)
    chains = _headings(parsed)
    texts = [
        PassageText(position, passage.text, chains[id(section)] if section is not None else ())
        for position, (passage, section) in enumerate(ordered_passages(parsed))
    ]
    tags = tuple((t.passage_id, t.theme_id, t.reasons) for t in matcher.tag_all(texts))
    return Parsed(path, file_hash, parsed, tags)
