"""Search on a database with neither engine: plain case-insensitive matching."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from briefer.core.citations import letter_label
from briefer.core.models import Letter, Passage, Tag
from briefer.core.search.query import _OPERATORS, _TOKEN, SearchHit
from briefer.core.tags import effective_tags


def search(
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
