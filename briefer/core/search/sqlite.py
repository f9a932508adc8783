"""Full-text search over passages and notes: ranked, with highlighted snippets.

The query language is what users type: words (all must occur), ``sanctie*``
for prefixes, ``"Westelijke Balkan"`` for phrases, and OR / NOT between words.
Case and diacritics never matter. On SQLite the FTS5 indexes of migration 0002
answer, on PostgreSQL its own full text search (briefer.core.search.postgres,
migration 0005); other databases fall back to plain matching.

Passages are ranked with bm25. A query that matches more than RANK_WINDOW
passages ranks the newest RANK_WINDOW of them, so that a common word in a
library of 250,000 passages is answered in milliseconds; snippets are made for
the passages shown only.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from briefer.core.citations import letter_label
from briefer.core.errors import BrieferError
from briefer.core.models import Letter, Note, Passage, Section, Tag, Theme
from briefer.core.store.database import Store
from briefer.core.tags import effective_tags

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


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


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
    with store.read() as session:
        dialect = session.get_bind().dialect.name
        if dialect == "postgresql":
            from briefer.core.search import postgres as search_postgres

            hits = search_postgres.search(session, query, theme_id, letter_id, limit, include_notes)
            hits.sort(key=lambda hit: hit.rank)
            return hits[:limit]
        if dialect != "sqlite":
            return _fallback(session, query, theme_id, letter_id, limit)
        hits = _passages(session, expression, theme_id, letter_id, limit)
        if include_notes:
            hits += _notes(session, expression, theme_id, letter_id, limit)
    hits.sort(key=lambda hit: hit.rank)
    return hits[:limit]


def _run(session: Session, sql: str, params: dict[str, Any]) -> list[Any]:
    try:
        return list(session.execute(text(sql), params).all())
    except OperationalError as exc:
        raise BrieferError(f"deze zoekvraag wordt niet begrepen ({exc.orig})") from None


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
    session: Session, expression: str, theme_id: int | None, letter_id: int | None, take: int
) -> list[Any]:
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
        session,
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


def _snippets(session: Session, expression: str, ids: list[int]) -> dict[int, str]:
    rows = _run(
        session,
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
    return {rowid: snippet for rowid, snippet in rows}


def _passages(
    session: Session, expression: str, theme_id: int | None, letter_id: int | None, limit: int
) -> list[SearchHit]:
    take = limit
    while True:
        ranked = _ranked(session, expression, theme_id, letter_id, take)
        rows = _passage_rows(session, [rowid for rowid, _rank in ranked])
        if len(rows) >= limit or len(ranked) < take:
            break
        take *= 4  # retired passages (kept for the user's notes) were left out: look further
    ranks = {rowid: rank for rowid, rank in ranked}
    ids = sorted(rows, key=lambda rowid: ranks[rowid])[:limit]
    snippets = _snippets(session, expression, ids) if ids else {}
    hits = []
    for rowid in ids:
        row = rows[rowid]
        hits.append(passage_hit(row, snippets.get(rowid, ""), ranks[rowid]))
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


def _passage_rows(session: Session, ids: list[int]) -> dict[int, Any]:
    """Letter and section of each passage that is not retired."""
    if not ids:
        return {}
    details = (
        select(
            Passage.id,
            Passage.letter_id,
            Passage.first_page,
            Passage.last_page,
            Letter.kamerstuk,
            Letter.title,
            Section.title.label("section"),
        )
        .join(Letter, Letter.id == Passage.letter_id)
        .outerjoin(Section, Section.id == Passage.section_id)
        .where(Passage.retired.is_(False))
    )
    found: dict[int, Any] = {}
    for start in range(0, len(ids), 900):
        for row in session.execute(details.where(Passage.id.in_(ids[start : start + 900]))):
            found[row.id] = row
    return found


def _notes(
    session: Session, expression: str, theme_id: int | None, letter_id: int | None, limit: int
) -> list[SearchHit]:
    rows = _run(
        session,
        f"""SELECT rowid, bm25(note_fts) AS rank,
                   snippet(note_fts, 0, :start, :end, '…', {SNIPPET_WORDS}) AS snippet
            FROM note_fts WHERE note_fts MATCH :query ORDER BY rank LIMIT :limit""",
        {"query": expression, "start": MARK_START, "end": MARK_END, "limit": limit * 4},
    )
    hits: list[SearchHit] = []
    for row in rows:
        note = session.get(Note, row.rowid)
        if note is None:
            continue
        hit = _note_hit(session, note, row.snippet, row.rank, theme_id, letter_id)
        if hit is not None:
            hits.append(hit)
    return hits[:limit]


def _note_hit(
    session: Session,
    note: Note,
    snippet: str,
    rank: float,
    theme_id: int | None,
    letter_id: int | None,
) -> SearchHit | None:
    if note.theme_id is not None:
        if letter_id is not None or (theme_id is not None and note.theme_id != theme_id):
            return None
        theme = session.get(Theme, note.theme_id)
        return SearchHit("note", note.id, snippet, rank, theme=theme.name if theme else None)
    passage = session.get(Passage, note.passage_id) if note.passage_id else None
    if passage is None or (letter_id is not None and passage.letter_id != letter_id):
        return None
    if theme_id is not None:
        themes = {
            tid
            for _pid, tid, _m in session.execute(
                effective_tags().where(effective_tags().selected_columns.passage_id == passage.id)
            )
        }
        if theme_id not in themes:
            return None
    letter = session.get_one(Letter, passage.letter_id)
    return SearchHit(
        "note",
        note.id,
        snippet,
        rank,
        letter=letter_label(letter.kamerstuk, letter.title),
        letter_id=letter.id,
        first_page=passage.first_page,
        last_page=passage.last_page,
        passage_id=passage.id,
    )


def _fallback(
    session: Session, query: str, theme_id: int | None, letter_id: int | None, limit: int
) -> list[SearchHit]:
    """Plain case-insensitive matching for databases without FTS5 (no diacritics folding)."""
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
