"""Search on SQLite: the FTS5 indexes of migration 0002, ranked with bm25.

A query that matches more than RANK_WINDOW passages ranks the newest
RANK_WINDOW of them, so that a common word in a library of 250,000 passages is
answered in milliseconds; snippets are made for the passages shown only.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from briefer.core.errors import BrieferError
from briefer.core.models import Letter, Note, Passage, Section
from briefer.core.search import query as common
from briefer.core.search.query import (
    MARK_END,
    MARK_START,
    SNIPPET_WORDS,
    SearchHit,
    _note_hit,
    passage_hit,
)


def search(
    session: Session,
    expression: str,
    theme_id: int | None,
    letter_id: int | None,
    limit: int,
    include_notes: bool,
) -> list[SearchHit]:
    """Passages (and notes) matching the FTS5 ``expression``, not yet sorted."""
    hits = _passages(session, expression, theme_id, letter_id, limit)
    if include_notes:
        hits += _notes(session, expression, theme_id, letter_id, limit)
    return hits


def _run(session: Session, sql: str, params: dict[str, Any]) -> list[Any]:
    try:
        return list(session.execute(text(sql), params).all())
    except OperationalError as exc:
        raise BrieferError(f"deze zoekvraag wordt niet begrepen ({exc.orig})") from None


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
            "window": max(common.RANK_WINDOW, take),
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
