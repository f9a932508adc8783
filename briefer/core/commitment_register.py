"""Commitments (toezeggingen) in the library: found on import, kept with the user's edits.

``sync_commitments`` runs after every import of a letter (new or a new
version): it finds the promises again (briefer.intelligence.commitments) and
matches them to the stored ones by their sentence, so what the user did (done,
an edited subject or due date, a deletion) stays. Commitments that the new
version no longer has go, unless the user did something with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from briefer.core.citations import letter_label, pages_label
from briefer.core.errors import BrieferError, NotFoundError
from briefer.core.models import Commitment, Letter, Passage, Tag, Theme, utcnow
from briefer.core.store.database import Store
from briefer.core.tags import themes_of_passages
from briefer.intelligence.commitments import (
    PassageInput,
    find_candidates,
    find_commitments,
    sentence_key,
)
from briefer.intelligence.dues import find_due

OPEN, DONE, OVERDUE = "open", "done", "overdue"
STATUSES = (OPEN, DONE, OVERDUE)
AUTO, USER = "auto", "user"


class CommitmentError(BrieferError):
    """A commitment edit that cannot be made; the message says why."""


@dataclass(frozen=True)
class CommitmentRow:
    id: int
    letter_id: int
    letter: str  # "Kamerstuk 35 925 V, nr. 84"
    letter_date: date | None
    passage_id: int | None
    page: int
    first_page: int
    last_page: int
    text: str
    subject: str
    due: str  # normalised: "Q3 2022"; "" when the letter names no moment
    due_phrase: str  # as written: "in het derde kwartaal van 2022"
    due_date: date | None
    status: str  # open | done | overdue
    themes: tuple[str, ...]
    origin: str  # auto | user

    @property
    def citation(self) -> str:
        return f"{self.letter}, p. {self.page}"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "letter": self.letter,
            "letter_id": self.letter_id,
            "page": self.page,
            "pages": [self.first_page, self.last_page],
            "passage": self.passage_id,
            "text": self.text,
            "subject": self.subject,
            "due": self.due or None,
            "due_phrase": self.due_phrase or None,
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "status": self.status,
            "themes": list(self.themes),
            "origin": self.origin,
        }


def sync_commitments(session: Session, letter_id: int) -> None:
    """Find the letter's commitments again; keep the user's work on the stored ones."""
    letter = session.get_one(Letter, letter_id)
    rows = session.execute(
        select(Passage.id, Passage.text, Passage.first_page, Passage.last_page)
        .where(Passage.letter_id == letter_id, Passage.retired.is_(False))
        .order_by(Passage.position)
    ).all()
    found = find_commitments(
        [PassageInput(r.id, r.text, r.first_page, r.last_page) for r in rows], letter.letter_date
    )
    stored = {
        c.key or "": c
        for c in session.scalars(
            select(Commitment).where(Commitment.letter_id == letter_id, Commitment.origin == AUTO)
        )
    }
    seen: set[str] = set()
    for item in found:
        key = sentence_key(item.text)
        if key in seen:
            continue
        seen.add(key)
        row = stored.get(key)
        if row is None:
            row = Commitment(letter_id=letter_id, origin=AUTO, key=key)
            session.add(row)
        row.passage_id = item.passage_id
        row.page = item.page
        if not row.edited:
            row.text = item.text
            row.subject = item.subject
            row.due_phrase = item.due.phrase if item.due else ""
            row.due_label = item.due.label if item.due else ""
            row.due_date = item.due.last_day if item.due else None
    for key, row in stored.items():
        if key not in seen and not (row.done or row.edited or row.deleted):
            session.delete(row)
    session.flush()


def _status(row: Commitment, today: date) -> str:
    if row.done:
        return DONE
    if row.due_date is not None and row.due_date < today:
        return OVERDUE
    return OPEN


def list_commitments(
    store: Store,
    *,
    letter_id: int | None = None,
    theme_id: int | None = None,
    status: str | None = None,
    today: date | None = None,
) -> list[CommitmentRow]:
    """The commitments, in letter and page order; ``status``: open (also overdue), done, overdue."""
    today = today or date.today()
    with store.read() as session:
        query = (
            select(Commitment, Letter, Passage.first_page, Passage.last_page)
            .join(Letter, Letter.id == Commitment.letter_id)
            .outerjoin(Passage, Passage.id == Commitment.passage_id)
            .where(Commitment.deleted.is_(False))
        )
        if letter_id is not None:
            query = query.where(Commitment.letter_id == letter_id)
        if theme_id is not None:  # a superset (any tag); the effective themes decide below
            query = query.where(
                Commitment.passage_id.in_(select(Tag.passage_id).where(Tag.theme_id == theme_id))
            )
        found = session.execute(query).all()
        pairs = [(row, letter) for row, letter, _first, _last in found]
        spans = {row.id: (first, last) for row, _letter, first, last in found}
        passages = [row.passage_id for row, _ in pairs if row.passage_id is not None]
        themes = themes_of_passages(session, passages)
        names = {tid: name for tid, name in session.execute(select(Theme.id, Theme.name))}
        order = {
            tid: i
            for i, tid in enumerate(
                session.scalars(select(Theme.id).order_by(Theme.position, Theme.id))
            )
        }
        result: list[tuple[tuple[int, int, int, int], CommitmentRow]] = []
        for row, letter in pairs:
            theme_ids = sorted(themes.get(row.passage_id or -1, []), key=lambda t: order.get(t, 0))
            if theme_id is not None and theme_id not in theme_ids:
                continue
            state = _status(row, today)
            if (status == OPEN and state == DONE) or (
                status in (DONE, OVERDUE) and state != status
            ):
                continue
            first, last = spans[row.id]
            item = CommitmentRow(
                id=row.id,
                letter_id=letter.id,
                letter=letter_label(letter.kamerstuk, letter.title),
                letter_date=letter.letter_date,
                passage_id=row.passage_id,
                page=row.page,
                first_page=first if first is not None else row.page,
                last_page=last if last is not None else row.page,
                text=row.text,
                subject=row.subject,
                due=row.due_label,
                due_phrase=row.due_phrase,
                due_date=row.due_date,
                status=state,
                themes=tuple(names[t] for t in theme_ids if t in names),
                origin=row.origin,
            )
            newest = -(letter.letter_date.toordinal() if letter.letter_date else 0)
            result.append(((newest, letter.id, row.page, row.id), item))
        result.sort(key=lambda pair: pair[0])
        return [item for _key, item in result]


def get_commitment(store: Store, commitment_id: int) -> CommitmentRow:
    for row in list_commitments(store):
        if row.id == commitment_id:
            return row
    raise NotFoundError(f"geen toezegging met nummer {commitment_id}")


def _require(session: Session, commitment_id: int) -> Commitment:
    row = session.get(Commitment, commitment_id)
    if row is None or row.deleted:
        raise NotFoundError(f"geen toezegging met nummer {commitment_id}")
    return row


def set_done(store: Store, commitment_id: int, done: bool = True) -> None:
    with store.session() as session:
        row = _require(session, commitment_id)
        row.done = done
        row.updated_at = utcnow()


def delete_commitment(store: Store, commitment_id: int) -> None:
    """Delete a commitment: kept as a tombstone, so that a re-import does not bring a
    found one back (and so that the window can undo the deletion)."""
    with store.session() as session:
        row = _require(session, commitment_id)
        row.deleted = True
        row.updated_at = utcnow()


@dataclass(frozen=True)
class CommitmentState:
    """Everything the user can change on a commitment, to put it back (undo)."""

    id: int
    subject: str
    text: str
    due_phrase: str
    due_label: str
    due_date: date | None
    done: bool
    edited: bool
    deleted: bool


def commitment_state(store: Store, commitment_id: int) -> CommitmentState:
    with store.read() as session:
        row = session.get(Commitment, commitment_id)
        if row is None:
            raise NotFoundError(f"geen toezegging met nummer {commitment_id}")
        return CommitmentState(
            row.id,
            row.subject,
            row.text,
            row.due_phrase,
            row.due_label,
            row.due_date,
            row.done,
            row.edited,
            row.deleted,
        )


def restore_state(store: Store, state: CommitmentState) -> None:
    with store.session() as session:
        row = session.get(Commitment, state.id)
        if row is None:
            raise NotFoundError(f"geen toezegging met nummer {state.id}")
        row.subject, row.text = state.subject, state.text
        row.due_phrase, row.due_label, row.due_date = (
            state.due_phrase,
            state.due_label,
            state.due_date,
        )
        row.done, row.edited, row.deleted = state.done, state.edited, state.deleted
        row.updated_at = utcnow()


def _due_fields(due: str, letter_date: date | None) -> tuple[str, str, date | None]:
    """(phrase, label, last day) of a due moment the user typed ("Q3 2022", "1 juni 2023")."""
    text = due.strip()
    if not text:
        return "", "", None
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        try:
            day = date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError as exc:
            raise CommitmentError(f"'{due}' is geen datum") from exc
        return text, day.isoformat(), day
    found = find_due(text, letter_date) or find_due(f"voor {text}", letter_date)
    if found is None:
        found = find_due(f"in {text}", letter_date)
    if found is None:
        raise CommitmentError(
            f"'{due}' is geen termijn die Briefer kent (bijv. 'Q3 2022', '2022-06-01', "
            "'voor de zomer', 'eind 2022')"
        )
    return text, found.label, found.last_day


def update_commitment(
    store: Store,
    commitment_id: int,
    *,
    subject: str | None = None,
    due: str | None = None,
    text: str | None = None,
) -> None:
    """The user's edit: it is kept when the letter is imported again."""
    with store.session() as session:
        row = _require(session, commitment_id)
        letter = session.get_one(Letter, row.letter_id)
        if subject is not None:
            if not subject.strip():
                raise CommitmentError("een toezegging heeft een onderwerp nodig")
            row.subject = subject.strip()
        if due is not None:
            row.due_phrase, row.due_label, row.due_date = _due_fields(due, letter.letter_date)
        if text is not None and text.strip():
            row.text = text.strip()
        row.edited = True
        row.updated_at = utcnow()


def add_commitment(
    store: Store, passage_id: int, subject: str, due: str = "", text: str | None = None
) -> int:
    """A commitment the user found in a passage; returns its id."""
    if not subject.strip():
        raise CommitmentError("een toezegging heeft een onderwerp nodig")
    with store.session() as session:
        passage = session.get(Passage, passage_id)
        if passage is None:
            raise NotFoundError(f"geen passage met nummer {passage_id}")
        letter = session.get_one(Letter, passage.letter_id)
        phrase, label, last_day = _due_fields(due, letter.letter_date)
        row = Commitment(
            letter_id=letter.id,
            passage_id=passage.id,
            page=passage.first_page,
            text=(text or passage.text).strip(),
            subject=subject.strip(),
            due_phrase=phrase,
            due_label=label,
            due_date=last_day,
            origin=USER,
            done=False,
            edited=True,
            deleted=False,
        )
        session.add(row)
        session.flush()
        return row.id


def pages_of(row: CommitmentRow) -> str:
    return pages_label(row.first_page, row.last_page)


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

    def to_json(self) -> dict[str, Any]:
        return {
            "letter": self.letter,
            "passage": self.passage_id,
            "page": self.page,
            "text": self.text,
            "subject": self.subject,
            "due": self.due or None,
            "due_phrase": self.due_phrase or None,
        }


def list_candidates(store: Store, letter_id: int | None = None) -> list[Candidate]:
    """Sentences that plan something by a moment but promise nothing explicitly."""
    found: list[Candidate] = []
    with store.read() as session:
        query = select(Letter).order_by(Letter.letter_date.desc(), Letter.id)
        if letter_id is not None:
            query = query.where(Letter.id == letter_id)
        for letter in session.scalars(query):
            rows = session.execute(
                select(Passage.id, Passage.text, Passage.first_page, Passage.last_page)
                .where(Passage.letter_id == letter.id, Passage.retired.is_(False))
                .order_by(Passage.position)
            ).all()
            passages = [PassageInput(r.id, r.text, r.first_page, r.last_page) for r in rows]
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
                    )
                )
    return found
