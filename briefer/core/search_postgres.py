"""Search on a PostgreSQL server: the same query language and hits as on SQLite.

Migration 0005 gives passages and notes a generated ``search_vector`` (the
``briefer_nl`` configuration: case and diacritics folded by unaccent, no
stemming, like SQLite's FTS5 tokenizer) with a GIN index; the database keeps it
in step. Migration 0010 adds each passage's effective themes (``theme_ids``,
kept by triggers on tags), checked on the rows a slice reads. Ranked with
ts_rank over the newest RANK_WINDOW matches (as on SQLite), computed in the same
pass that finds them; snippets made in Python for the passages shown only
(briefer.core.snippets: the same as SQLite's). The tsquery is written into each
condition (not computed once in a CTE) so that the planner sees it and picks
per query: for a common word, walk the primary key from the newest passage; for
a rare one, the GIN index.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from briefer.core import search as common
from briefer.core import snippets
from briefer.core.errors import BrieferError
from briefer.core.models import Note

CONFIG = "briefer_nl"
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


# The newest matches are looked for in slices of passage ids, newest first. The
# first slice is FIRST_SLICE passages wide; each next one is as wide as the matches
# found so far say is needed to fill the window (and a quarter more), so a common
# word is answered by the newest few thousand passages and a rare one by one pass
# over the rest through the GIN index.
FIRST_SLICE = 4_000
_MARGIN = 1.25

# For this transaction only: JIT compiling costs more than these short queries
# take; a generic plan would not see the slice bounds or how common a word is.
# And the matches of a slice come from the GIN and primary-key bitmaps only: the
# planner underrates what checking each passage's tsvector costs and would walk
# the primary key through tens of thousands of passages for a word of middling
# frequency. (The bounds are planned before the settings change.)
_SETTINGS = """SELECT set_config('jit', 'off', true),
    set_config('plan_cache_mode', 'force_custom_plan', true),
    set_config('enable_indexscan', 'off', true),
    (SELECT min(id) FROM passages) AS low, (SELECT max(id) FROM passages) AS high"""
# Index (only) scans back on: for the tags of a theme and the passages' details.
_INDEX_SCANS = "SELECT set_config('enable_indexscan', :on, true)"


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
    shown = snippets.phrases(query)
    hits = _passages(session, expression, shown, theme_id, letter_id, limit)
    if include_notes:
        hits += _notes(session, expression, shown, theme_id, letter_id, limit)
    return hits


def _slice_query(expression: str, theme_id: int | None, letter_id: int | None) -> str:
    """Ids of the matches with an id in (:above, :upto], newest first."""
    if "<->" in expression and "!" not in expression:
        # A phrase needs each candidate's word positions: found through the GIN
        # index as all of its words (no recheck), and checked as a phrase only
        # inside the slice; ts_match_vq is @@ as a function, left alone by the index.
        # (Not under a NOT: there all of the words would exclude more than the phrase.)
        where = [
            f"passages.search_vector @@ to_tsquery('{CONFIG}', :loose)",
            "passages.id > :above AND passages.id <= :upto",
            f"ts_match_vq(passages.search_vector, to_tsquery('{CONFIG}', :query))",
        ]
    else:
        where = [
            f"passages.search_vector @@ to_tsquery('{CONFIG}', :query)",
            "passages.id > :above AND passages.id <= :upto",
        ]
    where.append("NOT passages.retired")
    if theme_id is not None:
        # The themes the passage effectively carries (migration 0010, kept by the
        # database), checked on the rows the slice reads anyway.
        where.append("CAST(:theme AS integer) = ANY(passages.theme_ids)")
    if letter_id is not None:
        where.append("passages.letter_id = :letter")
    # Ranked here, on the rows the slice reads anyway (not read again to rank them).
    return f"""SELECT passages.id,
            -ts_rank(passages.search_vector, to_tsquery('{CONFIG}', :query)) AS rank
        FROM passages WHERE {" AND ".join(where)}
        ORDER BY passages.id DESC LIMIT :need"""


def _newest(
    session: Session, expression: str, theme_id: int | None, letter_id: int | None, window: int
) -> list[tuple[int, float]]:
    """(id, rank) of the newest ``window`` matches (fewer if there are fewer), newest first."""
    bounds = session.execute(text(_SETTINGS)).one()
    if bounds.high is None:
        session.execute(text(_INDEX_SCANS), {"on": "on"})
        return []
    sql = _slice_query(expression, theme_id, letter_id)
    found: list[tuple[int, float]] = []
    upto, width = bounds.high, FIRST_SLICE
    if letter_id is not None:  # one letter's passages: no need to look newest first
        width = bounds.high - bounds.low + 1
    while len(found) < window and upto >= bounds.low:
        above = max(upto - width, bounds.low - 1)
        params = {
            "query": expression,
            "loose": expression.replace("<->", "&"),
            "letter": letter_id,
            "theme": theme_id,
            "above": above,
            "upto": upto,
            "need": window - len(found),
        }
        matches = [(row.id, float(row.rank)) for row in _run(session, sql, params)]
        found += matches[: window - len(found)]
        upto = above
        need, seen = window - len(found), bounds.high - upto
        width = int(need * seen / len(found) * _MARGIN) if found else upto - bounds.low + 1
        width = max(width, FIRST_SLICE)
    session.execute(text(_INDEX_SCANS), {"on": "on"})
    return found


def _passages(
    session: Session,
    expression: str,
    shown: list[snippets.Phrase],
    theme_id: int | None,
    letter_id: int | None,
    limit: int,
) -> list[common.SearchHit]:
    window = _newest(session, expression, theme_id, letter_id, max(common.RANK_WINDOW, limit))
    if not window:
        return []
    best = sorted(window, key=lambda match: (match[1], match[0]))[:limit]
    rows = {
        row.id: row
        for row in _run(
            session,
            """SELECT passages.id, passages.letter_id, passages.first_page,
                   passages.last_page, letters.kamerstuk, letters.title,
                   sections.title AS section, passages.text
            FROM passages JOIN letters ON letters.id = passages.letter_id
            LEFT JOIN sections ON sections.id = passages.section_id
            WHERE passages.id = ANY(:ids)""",
            {"ids": [passage for passage, _rank in best]},
        )
    }
    return [
        common.passage_hit(rows[passage], snippets.snippet(rows[passage].text, shown), rank)
        for passage, rank in best
        if passage in rows
    ]


def _notes(
    session: Session,
    expression: str,
    shown: list[snippets.Phrase],
    theme_id: int | None,
    letter_id: int | None,
    limit: int,
) -> list[common.SearchHit]:
    # Snippets only for the notes kept (not for every note that matches).
    rows = _run(
        session,
        f"""WITH best AS MATERIALIZED (
                SELECT notes.id, notes.body,
                       -ts_rank(notes.search_vector, to_tsquery('{CONFIG}', :query)) AS rank
                FROM notes WHERE notes.search_vector @@ to_tsquery('{CONFIG}', :query)
                ORDER BY rank, notes.id LIMIT :limit)
            SELECT best.id, best.rank, best.body FROM best ORDER BY best.rank, best.id""",
        {"query": expression, "limit": limit * 4},
    )
    hits: list[common.SearchHit] = []
    for row in rows:
        note = session.get(Note, row.id)
        if note is None:
            continue
        snippet = snippets.snippet(row.body, shown)
        hit = common._note_hit(session, note, snippet, float(row.rank), theme_id, letter_id)
        if hit is not None:
            hits.append(hit)
    return hits[:limit]
