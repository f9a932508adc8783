"""What both search engines share: the query language users type, and the hits.

The query language: words (all must occur), ``sanctie*`` for prefixes,
``"Westelijke Balkan"`` for phrases, and OR / NOT between words. ``fts_query``
turns it into an FTS5 expression (also the test of whether there is anything to
search for); briefer.core.search.postgres and briefer.core.search.snippets read
it with the same tokens. A hit is a ``SearchHit``, with MARK_START / MARK_END
around the matched words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from briefer.core.citations import letter_label
from briefer.core.library import EFFECTIVE_TAG
from briefer.core.store.plain_rows import Rows

MARK_START, MARK_END = "\x02", "\x03"
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
# Dutch users may write OF / EN / NIET (upper case) for OR / AND / NOT.
_OPERATORS = {"OR": "OR", "AND": "AND", "NOT": "NOT", "OF": "OR", "EN": "AND", "NIET": "NOT"}
SNIPPET_WORDS = 24


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "passage" or "note"
    id: int  # passage id or note id
    snippet: str  # with MARK_START / MARK_END around the matched words
    rank: float  # lower is better
    letter: str | None = None
    letter_id: int | None = None
    section: str | None = None
    first_page: int | None = None
    last_page: int | None = None
    theme: str | None = None  # for a theme note
    passage_id: int | None = None  # for a passage note, or the passage itself

    def snippet_with(self, start: str, end: str) -> str:
        return self.snippet.replace(MARK_START, start).replace(MARK_END, end)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "letter": self.letter,
            "section": self.section,
            "pages": [self.first_page, self.last_page] if self.first_page else None,
            "theme": self.theme,
            "passage": self.passage_id,
            "snippet": self.snippet_with("**", "**"),
        }


def fts_query(query: str) -> str:
    """The user's query as an FTS5 expression; every word quoted, so no syntax errors."""
    parts: list[str] = []
    for phrase, word in _TOKEN.findall(query):
        if phrase:
            cleaned = phrase.strip()
            if cleaned:
                parts.append('"' + cleaned.replace('"', " ") + '"')
            continue
        if word in _OPERATORS and parts and parts[-1] not in _OPERATORS.values():
            parts.append(_OPERATORS[word])
            continue
        prefix = word.endswith("*")
        core = word.strip("*").replace('"', " ").strip()
        if not any(ch.isalnum() for ch in core):
            continue
        parts.append(f'"{core}"' + ("*" if prefix else ""))
    while parts and parts[-1] in _OPERATORS.values():
        parts.pop()
    return " ".join(parts)


# At most this many matches are ranked: the newest ones (the latest imports).
# bm25 costs about a microsecond per match, and a common word in a library of
# 250,000 passages matches tens of thousands; below this many, ranking is exact.
RANK_WINDOW = 1_000


def passage_hit(row: Any, snippet: str, rank: float) -> SearchHit:
    """A passage found, from a row of ``_passage_rows`` (shared by both backends)."""
    return SearchHit(
        kind="passage",
        id=row.id,
        snippet=snippet,
        rank=rank,
        letter=letter_label(row.kamerstuk, row.title),
        letter_id=row.letter_id,
        section=row.section,
        first_page=row.first_page,
        last_page=row.last_page,
        passage_id=row.id,
    )


def _note_hit(
    rows: Rows,
    note_id: int,
    note_theme: int | None,
    note_passage: int | None,
    snippet: str,
    rank: float,
    theme_id: int | None,
    letter_id: int | None,
) -> SearchHit | None:
    if note_theme is not None:
        if letter_id is not None or (theme_id is not None and note_theme != theme_id):
            return None
        theme = rows.first("SELECT name FROM themes WHERE id = ?", (note_theme,))
        return SearchHit("note", note_id, snippet, rank, theme=theme[0] if theme else None)
    passage = (
        rows.first(
            "SELECT p.id, p.letter_id, p.first_page, p.last_page, l.kamerstuk, l.title "
            "FROM passages p JOIN letters l ON l.id = p.letter_id WHERE p.id = ?",
            (note_passage,),
        )
        if note_passage
        else None
    )
    if passage is None:
        return None
    pid, passage_letter, first_page, last_page, kamerstuk, title = passage
    if letter_id is not None and passage_letter != letter_id:
        return None
    if theme_id is not None and not rows.first(
        f"SELECT 1 FROM tags t WHERE t.passage_id = ? AND t.theme_id = ? AND {EFFECTIVE_TAG}",
        (pid, theme_id, True, True, True),
    ):
        return None
    return SearchHit(
        "note",
        note_id,
        snippet,
        rank,
        letter=letter_label(kamerstuk, title),
        letter_id=passage_letter,
        first_page=first_page,
        last_page=last_page,
        passage_id=pid,
    )
