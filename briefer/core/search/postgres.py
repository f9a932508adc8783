"""Search on a PostgreSQL server: the same query language and hits as on SQLite.

Migration 0005 gives passages and notes a generated ``search_vector`` (the
``briefer_nl`` configuration: case and diacritics folded by unaccent, no
stemming, like SQLite's FTS5 tokenizer); the database keeps it in step.
Migration 0010 adds each passage's effective themes (``theme_ids``, kept by
triggers on tags), and migration 0011 a GIN index of both per bucket of passage
ids, so that the newest matches are found without reading all of them. Ranked
with ts_rank over the newest RANK_WINDOW matches (as on SQLite), computed in the
same pass that finds them; snippets made for the passages shown only, the same
as SQLite's (briefer.core.search.snippets).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import psycopg
from psycopg.rows import namedtuple_row
from sqlalchemy.orm import Session

from briefer.core.errors import BrieferError
from briefer.core.models import Note
from briefer.core.search import query as common
from briefer.core.search import snippets
from briefer.core.store.plain_rows import Rows

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
    """The rows of ``sql``, sent through the session's own psycopg connection.

    A search sends five short statements; SQLAlchemy's compiling and rows cost
    about half a millisecond each on top, a sixth of a search's time.
    """
    driver = session.connection().connection.driver_connection
    try:
        with driver.cursor(row_factory=namedtuple_row) as cursor:  # type: ignore[union-attr]
            cursor.execute(_driver_sql(sql), params)
            return list(cursor.fetchall())
    except psycopg.Error as exc:
        reason = str(exc).strip().splitlines()[0]
        raise BrieferError(f"deze zoekvraag wordt niet begrepen ({reason})") from None


_PLACEHOLDER = re.compile(r"(?<![:\w]):(\w+)")


@lru_cache(maxsize=64)
def _driver_sql(sql: str) -> str:
    """``sql`` with psycopg's placeholders: ``:name`` becomes ``%(name)s``."""
    if "%" in sql or "::" in sql:
        raise ValueError("search SQL is written with CAST and without %")
    return _PLACEHOLDER.sub(r"%(\1)s", sql)


# The newest matches are looked for in buckets of passage ids (migration 0011:
# an index of each passage's words prefixed with its bucket, id >> BUCKET_BITS),
# newest first. The first slice covers the newest FIRST_SLICE passages; each next
# one as many buckets as the matches found so far say are needed to fill the
# window (and a quarter more), so a common word is answered from the newest
# bucket or two and a rare one by one pass over the rest. The index hands over
# only the matches of the buckets asked for, so a slice costs about what it finds.
BUCKET_BITS = 12
FIRST_SLICE = 4_000
_MARGIN = 1.25

# For this transaction only: JIT compiling and starting parallel workers cost
# more than these short queries take; a generic plan would not see the buckets.
# And the matches of a slice come from the index's bitmap only: walking the
# primary key would compute every passage's keys. (The bounds are planned before
# the settings change; the rest of the search reads by bitmaps too, which is as
# quick for the few rows it reads.) The user's query comes back with each word as the
# configuration reads it (case and diacritics folded), to be put into buckets.
_SETTINGS = f"""SELECT set_config('jit', 'off', true) AS jit,
    set_config('plan_cache_mode', 'force_custom_plan', true) AS plans,
    set_config('max_parallel_workers_per_gather', '0', true) AS workers,
    set_config('enable_indexscan', 'off', true) AS scans,
    (SELECT min(id) FROM passages) AS low, (SELECT max(id) FROM passages) AS high,
    CAST(to_tsquery('{CONFIG}', :query) AS text) AS words"""

_QUOTED = re.compile(r"'((?:[^']|'')*)'")
_PHRASE = re.compile(r"<\d*->|<\d+>")


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
    hits = _passages(session, expression, query, theme_id, letter_id, limit)
    if include_notes:
        hits += _notes(session, expression, query, theme_id, letter_id, limit)
    return hits


def bucket_keys(words: str, first: int, last: int, theme_id: int | None) -> list[str]:
    """The query ``words`` (to_tsquery's text) asked of each bucket last..first."""
    template = _QUOTED.sub("'\0:\\1'", words)  # NUL: never in a lexeme (nor in any text)
    if theme_id is not None:
        template = f"( {template} ) & '\0:#{theme_id}'"
    return [template.replace("\0", str(bucket)) for bucket in range(last, first - 1, -1)]


_SELECT = f"""SELECT passages.id,
        -ts_rank(passages.search_vector, to_tsquery('{CONFIG}', :query)) AS rank
    FROM passages WHERE """
_ORDER = " AND NOT passages.retired ORDER BY passages.id DESC LIMIT :need"
# One query per bucket, each answered by its own index scan (one query ORing all
# of them would be checked whole against every candidate of every bucket).
_IN_BUCKETS = f"""briefer_search_keys(passages.search_vector, passages.theme_ids,
        passages.id >> {BUCKET_BITS}) @@ ANY(CAST(:keys AS tsquery[]))"""
# A phrase needs each candidate's word positions: found through the index as all
# of its words (no recheck, which would compute every candidate's keys again),
# checked as a phrase on the passage's own words; ts_match_vq is @@ as a function,
# left alone by the planner. (Not under a NOT: there all of the words would
# exclude more than the phrase; the index checks such a query itself.)
_AS_PHRASE = f"ts_match_vq(passages.search_vector, to_tsquery('{CONFIG}', :query))"


def _newest(
    session: Session, expression: str, theme_id: int | None, letter_id: int | None, window: int
) -> list[tuple[int, float]]:
    """(id, rank) of the newest ``window`` matches (fewer if there are fewer), newest first."""
    bounds = _run(session, _SETTINGS, {"query": expression})[0]
    if bounds.high is None or not bounds.words:
        return []
    params = {"query": expression, "theme": theme_id, "letter": letter_id, "need": window}
    if letter_id is not None:  # one letter's passages, through its own index
        sql = f"passages.letter_id = :letter AND {_AS_PHRASE}"
        if theme_id is not None:
            sql += " AND CAST(:theme AS integer) = ANY(passages.theme_ids)"
        return _matches(session, _SELECT + sql + _ORDER, params)
    words, sql = bounds.words, _SELECT + _IN_BUCKETS + _ORDER
    if _PHRASE.search(words) and "!" not in words:
        words = _PHRASE.sub("&", words)
        sql = _SELECT + _IN_BUCKETS + " AND " + _AS_PHRASE + _ORDER
    found: list[tuple[int, float]] = []
    lowest, last = bounds.low >> BUCKET_BITS, bounds.high >> BUCKET_BITS
    first = max((bounds.high - FIRST_SLICE) >> BUCKET_BITS, lowest)
    while len(found) < window and last >= lowest:
        keys = bucket_keys(words, first, last, theme_id)
        found += _matches(session, sql, {**params, "keys": keys, "need": window - len(found)})
        seen = bounds.high - (first << BUCKET_BITS) + 1
        need, last = window - len(found), first - 1
        wanted = int(need * seen / len(found) * _MARGIN) if found else bounds.high
        first = max(last - (wanted >> BUCKET_BITS), lowest)
    return found


def _matches(session: Session, sql: str, params: dict[str, Any]) -> list[tuple[int, float]]:
    return [(row[0], float(row[1])) for row in _run(session, sql, params)]


def _passages(
    session: Session,
    expression: str,
    query: str,
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
            # Each passage's letter looked up by its id (LATERAL): joining all
            # letters would read every one of them for a hundred passages (LIMIT:
            # keeps the planner from making it such a join again).
            """SELECT passages.id, passages.letter_id, passages.first_page,
                   passages.last_page, letter.kamerstuk, letter.title,
                   sections.title AS section, passages.text
            FROM passages
            JOIN LATERAL (SELECT letters.kamerstuk, letters.title FROM letters
                          WHERE letters.id = passages.letter_id LIMIT 1) AS letter ON true
            LEFT JOIN sections ON sections.id = passages.section_id
            WHERE passages.id = ANY(:ids)""",
            {"ids": [passage for passage, _rank in best]},
        )
    }
    made = snippets.snippets({passage: row.text for passage, row in rows.items()}, query)
    return [
        common.passage_hit(rows[passage], made[passage], rank)
        for passage, rank in best
        if passage in rows
    ]


def _notes(
    session: Session,
    expression: str,
    query: str,
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
    made = snippets.snippets({row.id: row.body for row in rows}, query)
    hits: list[common.SearchHit] = []
    driver = session.connection().connection.driver_connection
    with driver.cursor() as cursor:  # type: ignore[union-attr]
        same = Rows(cursor, server=True)  # the session's own transaction
        for row in rows:
            note = session.get(Note, row.id)
            if note is None:
                continue
            hit = common._note_hit(
                same,
                note.id,
                note.theme_id,
                note.passage_id,
                made[row.id],
                float(row.rank),
                theme_id,
                letter_id,
            )
            if hit is not None:
                hits.append(hit)
    return hits[:limit]
