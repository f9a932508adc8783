"""Full-text search over passages and notes: ranked, with highlighted snippets."""

from __future__ import annotations

from briefer.core.search.sqlite import MARK_END, MARK_START, SearchHit, fts_query, search

__all__ = ["MARK_END", "MARK_START", "SearchHit", "fts_query", "search"]
