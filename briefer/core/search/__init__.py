"""Full-text search over passages and notes: ranked, with highlighted snippets.

The query language is what users type: words (all must occur), ``sanctie*``
for prefixes, ``"Westelijke Balkan"`` for phrases, and OR / NOT between words.
Case and diacritics never matter. On SQLite the FTS5 indexes of migration 0002
answer (``sqlite``), on PostgreSQL its own full text search (``postgres``,
migration 0005); other databases fall back to plain matching (``plain``). The
query language and the hits are the engines' common ground (``query``);
``snippets`` makes PostgreSQL's snippets the way SQLite does. ``search`` here
is the one way in.
"""

from __future__ import annotations

from briefer.core.search import plain, sqlite
from briefer.core.search.query import MARK_END, MARK_START, SearchHit, fts_query
from briefer.core.store.database import Store

__all__ = ["MARK_END", "MARK_START", "SearchHit", "fts_query", "search"]


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
            return plain.search(session, query, theme_id, letter_id, limit)
        hits = sqlite.search(session, expression, theme_id, letter_id, limit, include_notes)
    hits.sort(key=lambda hit: hit.rank)
    return hits[:limit]
