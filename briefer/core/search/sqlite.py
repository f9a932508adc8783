"""Search on SQLite: the FTS5 indexes of migration 0002, ranked with bm25.

A query that matches more than RANK_WINDOW passages ranks the newest
RANK_WINDOW of them, so that a common word in a library of 250,000 passages is
answered in milliseconds; snippets are made for the passages shown only. Runs
through the database's own driver (``Store.reading``), without the ORM:
``briefer search`` and the window's search panel need no SQLAlchemy.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any, NamedTuple

from briefer.core.errors import BrieferError
from briefer.core.search import query as common
from briefer.core.search.query import (
    MARK_END,
    MARK_START,
    SNIPPET_WORDS,
    SearchHit,
    _note_hit,
    passage_hit,
)
from briefer.core.store.plain_rows import Rows


def search(
    rows: Rows,
    expression: str,
    theme_id: int | None,
    letter_id: int | None,
    limit: int,
    include_notes: bool,
) -> list[SearchHit]:
    """Passages (and notes) matching the FTS5 ``expression``, not yet sorted."""
    hits = _passages(rows, expression, theme_id, letter_id, limit)
    if include_notes:
        hits += _notes(rows, expression, theme_id, letter_id, limit)
    return hits


def _run(rows: Rows, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    try:
        return rows.all(sql, params)
    except sqlite3.OperationalError as exc:
        raise BrieferError(f"deze zoekvraag wordt niet begrepen ({exc})") from None


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
            "window": max(common.RANK_WINDOW, take),
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
