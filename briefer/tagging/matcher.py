"""Apply compiled themes to passages in one pass: terms in the text, and headings.

A section or chapter whose heading matches a theme passes the theme to every
passage under it; the reason says which heading and which term.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from briefer.tagging.rules import CompiledTheme, compile_theme


@dataclass(frozen=True)
class PassageText:
    id: int
    text: str
    headings: tuple[str, ...] = ()  # chapter first, then section, ...


@dataclass
class AutoTag:
    passage_id: int
    theme_id: int
    reasons: list[dict[str, Any]] = field(default_factory=list)


def compile_themes(themes: Iterable[tuple[int, str, Sequence[str]]]) -> list[CompiledTheme]:
    """Compile (id, name, terms) once for a whole tagging run."""
    return [compile_theme(theme_id, name, list(terms)) for theme_id, name, terms in themes]


class Matcher:
    def __init__(self, themes: list[CompiledTheme]) -> None:
        self.themes = themes
        self._heading_cache: dict[str, list[tuple[int, str]]] = {}

    def _heading_hits(self, heading: str) -> list[tuple[int, str]]:
        hits = self._heading_cache.get(heading)
        if hits is None:
            hits = [(t.theme_id, term) for t in self.themes for term, _found in t.find(heading)]
            self._heading_cache[heading] = hits
        return hits

    def tags_for(self, passage: PassageText) -> list[AutoTag]:
        found: dict[int, AutoTag] = {}
        lowered = passage.text.lower()
        for theme in self.themes:
            for term, words in theme.find(passage.text, lowered):
                tag = found.setdefault(theme.theme_id, AutoTag(passage.id, theme.theme_id))
                tag.reasons.append({"kind": "term", "term": term, "found": words})
        for heading in passage.headings:
            for theme_id, term in self._heading_hits(heading):
                tag = found.setdefault(theme_id, AutoTag(passage.id, theme_id))
                tag.reasons.append({"kind": "heading", "heading": heading, "term": term})
        return list(found.values())

    def tag_all(self, passages: Iterable[PassageText]) -> list[AutoTag]:
        tags: list[AutoTag] = []
        for passage in passages:
            tags.extend(self.tags_for(passage))
        return tags
