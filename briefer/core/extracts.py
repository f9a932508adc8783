"""The sentences of a passage the user chose for a briefing's short background.

In the reader the user selects text of a passage and picks "Gebruik in
briefing"; the short background then shows those words instead of the
passage's first sentences. The text must come from the passage itself, so a
briefing never cites words the letter does not contain.
"""

from __future__ import annotations

from sqlalchemy import delete, select

from briefer.core.errors import BrieferError, NotFoundError
from briefer.core.models import Passage, PassageExtract, utcnow
from briefer.core.store.database import Store


def _squash(text: str) -> str:
    return " ".join(text.split())


def set_extract(store: Store, passage_id: int, text: str) -> str:
    """Use ``text`` (part of the passage) in briefings; returns the text as stored."""
    wanted = _squash(text)
    if not wanted:
        raise BrieferError("selecteer eerst de zinnen die de briefing moet tonen")
    with store.session() as session:
        passage = session.get(Passage, passage_id)
        if passage is None:
            raise NotFoundError(f"geen passage met nummer {passage_id}")
        if wanted not in _squash(passage.text):
            raise BrieferError(f"passage {passage_id}: de gekozen tekst staat niet in de passage")
        found = session.get(PassageExtract, passage_id)
        if found is None:
            session.add(PassageExtract(passage_id=passage_id, text=wanted))
        else:
            found.text = wanted
            found.updated_at = utcnow()
    return wanted


def clear_extract(store: Store, passage_id: int) -> None:
    """Back to the passage's first sentences."""
    with store.session() as session:
        session.execute(delete(PassageExtract).where(PassageExtract.passage_id == passage_id))


def get_extracts(store: Store, passage_ids: list[int]) -> dict[int, str]:
    """The chosen text per passage, for the passages that have one."""
    if not passage_ids:
        return {}
    with store.read() as session:
        rows = session.execute(
            select(PassageExtract.passage_id, PassageExtract.text).where(
                PassageExtract.passage_id.in_(passage_ids)
            )
        )
        return {int(pid): str(text) for pid, text in rows}
