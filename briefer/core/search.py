"""Full-text search over passages and notes: ranked, with highlighted snippets.

The query language is what users type: words (all must occur), ``sanctie*``
for prefixes, ``"Westelijke Balkan"`` for phrases, and OR / NOT between words.
Case and diacritics never matter. On SQLite the FTS5 indexes of migration 0002
answer, on PostgreSQL its own full text search (briefer.core.search_postgres,
migration 0005); other databases fall back to plain matching.

Passages are ranked with bm25. A query that matches more than RANK_WINDOW
passages ranks the newest RANK_WINDOW of them, so that a common word in a
library of 250,000 passages is answered in milliseconds; snippets are made for
the passages shown only. On SQLite the search runs through the database's own
driver (``Store.reading``), without the ORM: ``briefer search`` and the window's
search panel need no SQLAlchemy.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from briefer.core.citations import letter_label
from briefer.core.errors import BrieferError
from briefer.core.library import EFFECTIVE_TAG
from briefer.core.store import Rows, Store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

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


def search(
    store: Store,
    query: str,
    *,
    theme_id: int | None = None,
    letter_id: int | None = None,
    limit: int = 50,
    include_notes: bool = True,
) -> list[SearchHit]:
    """Passages and notes matching ``query``, best first."""
    expression = fts_query(query)
    if not expression:
        return []
    if store.is_server:
        from briefer.core import search_postgres

        with store.read() as session:
            hits = search_postgres.search(session, query, theme_id, letter_id, limit, include_notes)
        hits.sort(key=lambda hit: hit.rank)
        return hits[:limit]
    with store.reading() as rows:
        if not rows.table_exists("passage_fts"):  # an SQLite without full-text search
            with store.read() as session:
                return _fallback(session, query, theme_id, letter_id, limit)
        hits = _passages(rows, expression, theme_id, letter_id, limit)
        if include_notes:
            hits += _notes(rows, expression, theme_id, letter_id, limit)
    hits.sort(key=lambda hit: hit.rank)
    return hits[:limit]


def _run(rows: Rows, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    try:
        return rows.all(sql, params)
    except sqlite3.OperationalError as exc:
        raise BrieferError(f"deze zoekvraag wordt niet begrepen ({exc})") from None


# At most this many matches are ranked: the newest ones (the latest imports).
# bm25 costs about a microsecond per match, and a common word in a library of
# 250,000 passages matches tens of thousands; below this many, ranking is exact.
RANK_WINDOW = 1_000

# Does the passage effectively carry the theme (see tags.effective_tags): the
# user's manual tag decides, else an automatic one (always an inclusion:
# tag_letter writes include=True). Checked per match through the
# (passage_id, theme_id, manual) index alone, newest match first, so a common
# theme is never read in full; the first test is the one most matches fail.
_CARRIES_THEME = """EXISTS (SELECT 1 FROM tags WHERE tags.passage_id = passage_fts.rowid
        AND tags.theme_id = :theme)
    AND coalesce(
        (SELECT include FROM tags WHERE tags.passage_id = passage_fts.rowid
            AND tags.theme_id = :theme AND tags.manual = 1),
        EXISTS (SELECT 1 FROM tags WHERE tags.passage_id = passage_fts.rowid
            AND tags.theme_id = :theme AND tags.manual = 0))"""
_IN_LETTER = "+passage_fts.rowid IN (SELECT id FROM passages WHERE letter_id = :letter)"


def _ranked(
    rows: Rows, expression: str, theme_id: int | None, letter_id: int | None, take: int
) -> list[tuple[Any, ...]]:
    """(rowid, rank) of the best ``take`` matches among the newest RANK_WINDOW ones.

    The unary ``+`` keeps SQLite from handing a rowid list to FTS5, which would
    run the whole query once per listed row.
    """
    where = ["passage_fts MATCH :query"]
    if letter_id is not None:
        where.append(_IN_LETTER)
    if theme_id is not None:
        where.append(_CARRIES_THEME)
    return _run(
        rows,
        f"""WITH recent(id) AS MATERIALIZED (
                SELECT rowid FROM passage_fts WHERE {" AND ".join(where)}
                ORDER BY rowid DESC LIMIT :window)
            SELECT rowid, bm25(passage_fts) AS rank FROM passage_fts
            WHERE passage_fts MATCH :query
              AND rowid >= (SELECT min(id) FROM recent)
              AND +rowid IN (SELECT id FROM recent)
            ORDER BY rank LIMIT :take""",
        {
            "query": expression,
            "theme": theme_id,
            "letter": letter_id,
            "window": max(RANK_WINDOW, take),
            "take": take,
        },
    )


def _snippets(rows: Rows, expression: str, ids: list[int]) -> dict[int, str]:
    found = _run(
        rows,
        f"""SELECT rowid, snippet(passage_fts, 0, :start, :end, '…', {SNIPPET_WORDS})
            FROM passage_fts
            WHERE passage_fts MATCH :query AND rowid BETWEEN :low AND :high
              AND +rowid IN (SELECT value FROM json_each(:ids))""",
        {
            "query": expression,
            "start": MARK_START,
            "end": MARK_END,
            "low": min(ids),
            "high": max(ids),
            "ids": json.dumps(ids),
        },
    )
    return {rowid: snippet for rowid, snippet in found}


def _passages(
    rows: Rows, expression: str, theme_id: int | None, letter_id: int | None, limit: int
) -> list[SearchHit]:
    take = limit
    while True:
        ranked = _ranked(rows, expression, theme_id, letter_id, take)
        found = _passage_rows(rows, [rowid for rowid, _rank in ranked])
        if len(found) >= limit or len(ranked) < take:
            break
        take *= 4  # retired passages (kept for the user's notes) were left out: look further
    ranks = {rowid: rank for rowid, rank in ranked}
    ids = sorted(found, key=lambda rowid: ranks[rowid])[:limit]
    snippets = _snippets(rows, expression, ids) if ids else {}
    hits = []
    for rowid in ids:
        hits.append(passage_hit(found[rowid], snippets.get(rowid, ""), ranks[rowid]))
    return hits


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


class _PassageRow(NamedTuple):
    id: int
    letter_id: int
    first_page: int
    last_page: int
    kamerstuk: str | None
    title: str
    section: str | None


def _passage_rows(rows: Rows, ids: list[int]) -> dict[int, _PassageRow]:
    """Letter and section of each passage that is not retired."""
    found: dict[int, _PassageRow] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        for row in rows.all(
            "SELECT p.id, p.letter_id, p.first_page, p.last_page, l.kamerstuk, l.title, s.title "
            "FROM passages p JOIN letters l ON l.id = p.letter_id "
            "LEFT JOIN sections s ON s.id = p.section_id "
            f"WHERE p.retired = ? AND p.id IN ({', '.join('?' * len(chunk))})",
            (False, *chunk),
        ):
            found[row[0]] = _PassageRow(*row)
    return found


def _notes(
    rows: Rows, expression: str, theme_id: int | None, letter_id: int | None, limit: int
) -> list[SearchHit]:
    found = _run(
        rows,
        f"""SELECT n.id, bm25(note_fts) AS rank,
                   snippet(note_fts, 0, :start, :end, '…', {SNIPPET_WORDS}) AS snippet,
                   n.theme_id, n.passage_id
            FROM note_fts JOIN notes n ON n.id = note_fts.rowid
            WHERE note_fts MATCH :query ORDER BY rank LIMIT :limit""",
        {"query": expression, "start": MARK_START, "end": MARK_END, "limit": limit * 4},
    )
    hits: list[SearchHit] = []
    for note_id, rank, snippet, note_theme, note_passage in found:
        hit = _note_hit(rows, note_id, note_theme, note_passage, snippet, rank, theme_id, letter_id)
        if hit is not None:
            hits.append(hit)
    return hits[:limit]


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


def _fallback(
    session: Session, query: str, theme_id: int | None, letter_id: int | None, limit: int
) -> list[SearchHit]:
    """Plain case-insensitive matching for databases without FTS5 (no diacritics folding)."""
    from sqlalchemy import func, select

    from briefer.core.models import Letter, Passage, Tag
    from briefer.core.tags import effective_tags

    words = [p or w.strip("*") for p, w in _TOKEN.findall(query) if (p or w) not in _OPERATORS]
    conditions = [func.lower(Passage.text).contains(word.lower()) for word in words if word]
    statement = select(Passage.id).where(Passage.retired.is_(False), *conditions).limit(limit)
    if letter_id is not None:
        statement = statement.where(Passage.letter_id == letter_id)
    hits = []
    for (pid,) in session.execute(statement):
        passage = session.get_one(Passage, pid)
        letter = session.get_one(Letter, passage.letter_id)
        if theme_id is not None:
            tagged = effective_tags().where(Tag.passage_id == pid, Tag.theme_id == theme_id)
            if session.execute(tagged).first() is None:
                continue
        hits.append(
            SearchHit(
                "passage",
                pid,
                passage.text[:200],
                0.0,
                letter=letter_label(letter.kamerstuk, letter.title),
                letter_id=letter.id,
                first_page=passage.first_page,
                last_page=passage.last_page,
                passage_id=pid,
            )
        )
    return hits
