"""Search on a PostgreSQL server: the same query language and hits as on SQLite.

Migration 0005 gives passages and notes a generated ``search_vector`` (the
``briefer_nl`` configuration: case and diacritics folded by unaccent, no
stemming, like SQLite's FTS5 tokenizer) with a GIN index; the database keeps it
in step. Ranked with ts_rank over the newest RANK_WINDOW matches (as on SQLite),
snippets from ts_headline for the passages shown only. The tsquery is written
into each condition (not computed once in a CTE) so that the planner sees it
and picks per query: for a common word, walk the primary key from the newest
passage; for a rare one, the GIN index.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from briefer.core import search as common
from briefer.core.errors import BrieferError
from briefer.core.models import Note

CONFIG = "briefer_nl"
_HEADLINE = (
    f'StartSel="{common.MARK_START}", StopSel="{common.MARK_END}", '
    f"MaxWords={common.SNIPPET_WORDS + 11}, MinWords={common.SNIPPET_WORDS // 2}, "
    'MaxFragments=1, FragmentDelimiter="…"'
)
_TS_OPERATORS = {"AND": "&", "OR": "|", "NOT": "& !"}


_WORD_PARTS = re.compile(r"[^\W_]+")


def _lexeme(word: str) -> str:
    return "'" + word + "'"


def _term(word: str, prefix: bool = False) -> str:
    """One word as FTS5 reads it: its letter-and-digit runs, as a phrase (EU-lidstaten)."""
    parts = [_lexeme(part) for part in _WORD_PARTS.findall(word)]
    if prefix and parts:
        parts[-1] += ":*"
    return parts[0] if len(parts) == 1 else "(" + " <-> ".join(parts) + ")"


def ts_query(query: str) -> str:
    """The user's query as to_tsquery text; every word quoted, so no syntax errors."""
    parts: list[str] = []
    for phrase, word in common._TOKEN.findall(query):
        if phrase:
            words = _WORD_PARTS.findall(phrase)
            if words:
                parts.append("(" + " <-> ".join(_lexeme(w) for w in words) + ")")
            continue
        if word in common._OPERATORS and parts and parts[-1] not in _TS_OPERATORS:
            parts.append(common._OPERATORS[word])
            continue
        prefix = word.endswith("*")
        core = word.strip("*").strip()
        if not _WORD_PARTS.search(core):
            continue
        parts.append(_term(core, prefix))
    while parts and parts[-1] in _TS_OPERATORS:
        parts.pop()
    joined: list[str] = []
    for part in parts:
        if part in _TS_OPERATORS:
            joined.append(_TS_OPERATORS[part])
        else:
            if joined and joined[-1] not in _TS_OPERATORS.values():
                joined.append("&")
            joined.append(part)
    return " ".join(joined)


def _run(session: Session, sql: str, params: dict[str, Any]) -> list[Any]:
    try:
        return list(session.execute(text(sql), params).all())
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0]
        raise BrieferError(f"deze zoekvraag wordt niet begrepen ({reason})") from None


# Does the passage effectively carry the theme (see tags.effective_tags): a manual
# include, or an automatic tag without a manual exclude. As a semi-join and an
# anti-join, so the server hashes the theme's passages once instead of probing per row.
_CARRIES_THEME = """passages.id IN (SELECT passage_id FROM tags WHERE tags.theme_id = :theme
        AND (tags.include OR NOT tags.manual))
    AND NOT EXISTS (SELECT 1 FROM tags WHERE tags.passage_id = passages.id
        AND tags.theme_id = :theme AND tags.manual AND NOT tags.include)"""


def search(
    session: Session,
    query: str,
    theme_id: int | None,
    letter_id: int | None,
    limit: int,
    include_notes: bool,
) -> list[common.SearchHit]:
    expression = ts_query(query)
    if not expression:
        return []
    hits = _passages(session, expression, theme_id, letter_id, limit)
    if include_notes:
        hits += _notes(session, expression, theme_id, letter_id, limit)
    return hits


def _passages(
    session: Session, expression: str, theme_id: int | None, letter_id: int | None, limit: int
) -> list[common.SearchHit]:
    where = [f"passages.search_vector @@ to_tsquery('{CONFIG}', :query)", "NOT passages.retired"]
    if letter_id is not None:
        where.append("passages.letter_id = :letter")
    if theme_id is not None:
        where.append(_CARRIES_THEME)
    ranked = _run(
        session,
        f"""WITH recent AS MATERIALIZED (
                SELECT passages.id, passages.search_vector FROM passages
                WHERE {" AND ".join(where)} ORDER BY passages.id DESC LIMIT :window)
            SELECT recent.id, -ts_rank(recent.search_vector, to_tsquery('{CONFIG}', :query))
                AS rank
            FROM recent ORDER BY rank, recent.id LIMIT :take""",
        {
            "query": expression,
            "theme": theme_id,
            "letter": letter_id,
            "window": max(common.RANK_WINDOW, limit),
            "take": limit,
        },
    )
    ids = [row.id for row in ranked]
    ranks = {row.id: float(row.rank) for row in ranked}
    rows = common._passage_rows(session, ids)
    snippets = _snippets(session, expression, ids)
    hits = []
    for pid in ids:
        if pid not in rows:
            continue
        hits.append(common.passage_hit(rows[pid], snippets.get(pid, ""), ranks[pid]))
    return hits


def _snippets(session: Session, expression: str, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = _run(
        session,
        f"""SELECT id, ts_headline('{CONFIG}', text, to_tsquery('{CONFIG}', :query), :options)
            FROM passages WHERE id = ANY(:ids)""",
        {"query": expression, "options": _HEADLINE, "ids": ids},
    )
    return {pid: snippet for pid, snippet in rows}


def _notes(
    session: Session, expression: str, theme_id: int | None, letter_id: int | None, limit: int
) -> list[common.SearchHit]:
    rows = _run(
        session,
        f"""WITH q AS (SELECT to_tsquery('{CONFIG}', :query) AS query)
            SELECT notes.id, -ts_rank(notes.search_vector, q.query) AS rank,
                   ts_headline('{CONFIG}', notes.body, q.query, :options) AS snippet
            FROM notes, q WHERE notes.search_vector @@ q.query
            ORDER BY rank, notes.id LIMIT :limit""",
        {"query": expression, "options": _HEADLINE, "limit": limit * 4},
    )
    hits: list[common.SearchHit] = []
    for row in rows:
        note = session.get(Note, row.id)
        if note is None:
            continue
        hit = common._note_hit(session, note, row.snippet, float(row.rank), theme_id, letter_id)
        if hit is not None:
            hits.append(hit)
    return hits[:limit]
