"""Weaker candidates: plans with a moment that promise the Kamer nothing explicitly.

They are not stored: they are found again each time, in the letters' passages as they are
now, so that the queue follows the finder. ``briefer commitments --add`` (or the window's
*Bevestigen*) makes one a commitment of the user's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from briefer.core.citations import letter_label
from briefer.core.commitment_register import stored_passages
from briefer.core.models import Letter
from briefer.core.store.database import Store
from briefer.intelligence.commitments import find_candidates


@dataclass(frozen=True)
class Candidate:
    """A weaker candidate (a plan with a moment); ``briefer commitments --add`` confirms it."""

    letter_id: int
    letter: str
    passage_id: int
    page: int
    text: str
    subject: str
    due: str
    due_phrase: str
    due_date: date | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "letter": self.letter,
            "passage": self.passage_id,
            "page": self.page,
            "text": self.text,
            "subject": self.subject,
            "due": self.due or None,
            "due_phrase": self.due_phrase or None,
            "due_date": self.due_date.isoformat() if self.due_date else None,
        }


def list_candidates(store: Store, letter_id: int | None = None) -> list[Candidate]:
    """Sentences that plan something by a moment but promise nothing explicitly."""
    found: list[Candidate] = []
    with store.read() as session:
        query = select(Letter).order_by(Letter.letter_date.desc(), Letter.id)
        if letter_id is not None:
            query = query.where(Letter.id == letter_id)
        for letter in session.scalars(query):
            passages = stored_passages(session, letter.id)
            label = letter_label(letter.kamerstuk, letter.title)
            for item in find_candidates(passages, letter.letter_date):
                found.append(
                    Candidate(
                        letter.id,
                        label,
                        item.passage_id,
                        item.page,
                        item.text,
                        item.subject,
                        item.due.label if item.due else "",
                        item.due.phrase if item.due else "",
                        item.due.last_day if item.due else None,
                    )
                )
    return found
