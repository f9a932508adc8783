"""References between letters: what a letter cites, and which letters cite it.

Found in the passages' text on demand (briefer.intelligence.references), so
they are always in step with the letters as imported, re-imported or deleted.
A reference to a Kamerstuk that is in the library links to that letter.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from briefer.core.citations import letter_label
from briefer.core.errors import NotFoundError
from briefer.core.models import Letter, Passage
from briefer.core.store.database import Store
from briefer.intelligence.references import KAMERSTUK, Reference, find_references
from briefer.intelligence.sentences import page_at


@dataclass(frozen=True)
class ReferenceRow:
    kind: str  # kamerstuk | handelingen | named ("amendement-Mulder")
    canonical: str  # kst-36045-3
    kamerstuk: str  # "36 045, nr. 3" (or the Handelingen form, or "amendement-Mulder")
    text: str  # as printed
    document: str  # motie | amendement | ""
    passage_id: int
    page: int
    start: int  # offset in the passage text (for links in the reader)
    end: int
    letter_id: int | None  # the cited letter, when it is in the library
    letter: str | None  # its label

    def to_json(self) -> dict[str, Any]:
        return {
            "kamerstuk": self.kamerstuk if self.kind == KAMERSTUK else None,
            "label": self.kamerstuk,
            "id": self.canonical,
            "kind": self.kind,
            "document": self.document or None,
            "text": self.text,
            "page": self.page,
            "passage": self.passage_id,
            "letter": self.letter_id,
        }


@dataclass(frozen=True)
class CitingPassage:
    letter_id: int
    letter: str
    passage_id: int
    page: int
    text: str  # the reference as printed

    def to_json(self) -> dict[str, Any]:
        return {
            "letter_id": self.letter_id,
            "letter": self.letter,
            "passage": self.passage_id,
            "page": self.page,
            "text": self.text,
        }


def _library_keys(session: Session) -> dict[str, tuple[int, str]]:
    rows = session.execute(
        select(Letter.id, Letter.kamerstuk_key, Letter.kamerstuk, Letter.title).where(
            Letter.kamerstuk_key.is_not(None)
        )
    )
    return {key: (lid, letter_label(ks, title)) for lid, key, ks, title in rows if key}


def library_links(store: Store) -> dict[str, tuple[int, str]]:
    """kamerstuk_key -> (letter id, label) of every letter in the library with a kamerstuk."""
    with store.read() as session:
        return _library_keys(session)


def _row(ref: Reference, passage: Any, keys: dict[str, tuple[int, str]]) -> ReferenceRow:
    linked = keys.get(ref.key) if ref.kind == KAMERSTUK else None
    page = page_at(ref.start, len(passage.text), passage.first_page, passage.last_page)
    return ReferenceRow(
        ref.kind,
        ref.canonical,
        ref.display,
        ref.text,
        ref.document,
        passage.id,
        page,
        ref.start,
        ref.end,
        linked[0] if linked else None,
        linked[1] if linked else None,
    )


def letter_references(store: Store, letter_id: int) -> list[ReferenceRow]:
    """Every reference in a letter, in reading order, with its page and link."""
    with store.read() as session:
        if session.get(Letter, letter_id) is None:
            raise NotFoundError(f"geen brief met nummer {letter_id}")
        keys = _library_keys(session)
        passages = session.execute(
            select(Passage.id, Passage.text, Passage.first_page, Passage.last_page)
            .where(Passage.letter_id == letter_id, Passage.retired.is_(False))
            .order_by(Passage.position)
        ).all()
        return [_row(ref, p, keys) for p in passages for ref in find_references(p.text)]


def passage_references(store: Store, passage_id: int) -> list[ReferenceRow]:
    """The references in one passage (the reader shows them as links)."""
    with store.read() as session:
        passage = session.execute(
            select(Passage.id, Passage.text, Passage.first_page, Passage.last_page).where(
                Passage.id == passage_id
            )
        ).first()
        if passage is None:
            raise NotFoundError(f"geen passage met nummer {passage_id}")
        refs = find_references(passage.text)
        keys = _library_keys(session) if refs else {}
        return [_row(ref, passage, keys) for ref in refs]


def cited_by(store: Store, letter_id: int) -> list[CitingPassage]:
    """The passages of other letters that refer to this letter ("aangehaald in")."""
    with store.read() as session:
        letter = session.get(Letter, letter_id)
        if letter is None:
            raise NotFoundError(f"geen brief met nummer {letter_id}")
        if not letter.kamerstuk_key or not letter.kamerstuk:
            return []
        digits = "".join(ch for ch in letter.kamerstuk.split(",")[0] if ch.isdigit())
        hint = digits[-3:]  # in "35 925", "35925" and "35925-V-84" alike
        rows = session.execute(
            select(
                Passage.id,
                Passage.text,
                Passage.first_page,
                Passage.last_page,
                Passage.letter_id,
                Letter.kamerstuk,
                Letter.title,
            )
            .join(Letter, Letter.id == Passage.letter_id)
            .where(
                Passage.letter_id != letter_id,
                Passage.retired.is_(False),
                Passage.text.contains(hint),
            )
            .order_by(Letter.letter_date.desc(), Passage.letter_id, Passage.position)
        ).all()
        found: list[CitingPassage] = []
        for row in rows:
            for ref in find_references(row.text):
                if ref.kind == KAMERSTUK and ref.key == letter.kamerstuk_key:
                    page = page_at(ref.start, len(row.text), row.first_page, row.last_page)
                    label = letter_label(row.kamerstuk, row.title)
                    found.append(CitingPassage(row.letter_id, label, row.id, page, ref.text))
        return found
