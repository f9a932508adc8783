"""Commitments (toezeggingen) in the library: found on import, kept with the user's edits.

Three kinds of row (``Commitment.kind``): a promise a letter makes ("toezegging"), a
request of the Kamer in a motie ("verzoek"), and a letter's statement that it meets a
promise or motie ("voldaan", see ``briefer.core.fulfilment_links``). A promise or request
is met ("voldaan") while a statement of another letter points at it; the statement is the
proof (letter and page). A statement that points at nothing in the library stands as a
promise met of its own, made where the letter says (a debate, to a member).

``sync_commitments`` runs after every import of a letter (new or a new version): it finds
all three again (``briefer.core.importing.worker.found_rows``, the workers' finder too) and
matches them to the stored ones by their sentence, so what the user did (done, an edited
subject or due date, a deletion, a link undone) stays. Rows that the new version no
longer has go, unless the user did something with them.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from briefer.core.citations import letter_label, pages_label
from briefer.core.errors import BrieferError, NotFoundError
from briefer.core.fulfilment_links import Proof, Target, link_letter, met_by
from briefer.core.importing.worker import TOEZEGGING as TOEZEGGING  # the kinds, for the front ends
from briefer.core.importing.worker import VERZOEK as VERZOEK
from briefer.core.importing.worker import VOLDAAN as VOLDAAN
from briefer.core.importing.worker import found_rows
from briefer.core.models import Commitment, Letter, Passage, Tag, Theme, utcnow
from briefer.core.store.database import Store
from briefer.core.tags import themes_of_passages
from briefer.intelligence.commitments import PassageInput, with_footnotes
from briefer.intelligence.dues import find_due

OPEN, DONE, OVERDUE, MET = "open", "done", "overdue", "voldaan"
STATUSES = (OPEN, DONE, OVERDUE, MET)
AUTO, USER = "auto", "user"
KINDS = (TOEZEGGING, VERZOEK, VOLDAAN)


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
    status: str  # open | done | overdue | voldaan
    themes: tuple[str, ...]
    origin: str  # auto | user
    kind: str = TOEZEGGING  # toezegging | verzoek | voldaan
    made_in: str = ""  # where a promise met was made, when not in a letter of the library
    actor: str = ""  # who promises, when another than the letter's signer
    recurring: str = ""  # "jaarlijks"
    met_by: tuple[Proof, ...] = ()  # the statements that meet it
    meets: Target | None = None  # a "voldaan" row: what it meets
    theme_ids: tuple[int, ...] = ()  # the ids of ``themes``, in the same order

    @property
    def citation(self) -> str:
        return f"{self.letter}, p. {self.page}"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
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
            "recurring": self.recurring or None,
            "status": self.status,
            "themes": list(self.themes),
            "origin": self.origin,
            "actor": self.actor or None,
            "made_in": self.made_in or None,
            "met_by": [proof.to_json() for proof in self.met_by],
            "meets": self.meets.to_json() if self.meets else None,
        }


def stored_passages(session: Session, letter_id: int) -> list[PassageInput]:
    """A letter's passages as the finders take them."""
    rows = session.execute(
        select(
            Passage.id,
            Passage.text,
            Passage.first_page,
            Passage.last_page,
            Passage.role,
            Passage.footnotes,
        )
        .where(Passage.letter_id == letter_id, Passage.retired.is_(False))
        .order_by(Passage.position)
    ).all()
    return with_footnotes(
        [PassageInput(r.id, r.text, r.first_page, r.last_page, r.role) for r in rows],
        (
            (r.id, str(note.get("text", "")), int(note.get("page") or r.first_page))
            for r in rows
            for note in r.footnotes or ()
        ),
    )


def sync_commitments(session: Session, letter_id: int) -> None:
    """Find the letter's commitments, requests and fulfilments again; keep the user's work
    on the stored ones; then link what meets what (``link_letter``)."""
    letter = session.get_one(Letter, letter_id)
    found = found_rows(stored_passages(session, letter_id), letter.letter_date)
    stored = {
        c.key or "": c
        for c in session.scalars(
            select(Commitment).where(Commitment.letter_id == letter_id, Commitment.origin == AUTO)
        )
    }
    seen: set[str] = set()
    for item in found:
        seen.add(item.key)
        row = stored.get(item.key)
        if row is None:
            row = Commitment(letter_id=letter_id, origin=AUTO, key=item.key, kind=item.kind)
            session.add(row)
        row.passage_id = item.position
        row.page = item.page
        row.meets_keys = item.meets_keys
        row.made_in = item.made_in
        row.actor = item.actor
        if not row.edited:
            row.text = item.text
            row.subject = item.subject
            row.due_phrase = item.due_phrase
            row.due_label = item.due_label
            row.due_date = item.due_date
            row.recurring = item.recurring
    for key, row in stored.items():
        if key not in seen and not (row.done or row.edited or row.deleted):
            session.delete(row)
    session.flush()
    link_letter(session, letter_id)


def refind_commitments(store: Store) -> int:
    """Find the commitments of every letter again with this release's finders (a library
    upgraded from an earlier one gets its requests and fulfilments); the user's work stays.
    Returns the number of letters."""
    with store.session() as session:
        ids = list(session.scalars(select(Letter.id).order_by(Letter.letter_date, Letter.id)))
        for letter_id in ids:
            sync_commitments(session, letter_id)
    return len(ids)


def _status(row: Commitment, today: date, met: bool) -> str:
    if row.kind == VOLDAAN or met:
        return MET
    if row.done:
        return DONE
    if row.due_date is not None and row.due_date < today:
        return OVERDUE
    return OPEN


def _wanted(state: str, status: str | None) -> bool:
    if status is None:
        return True
    if status == OPEN:
        return state in (OPEN, OVERDUE)
    return state == status


def list_commitments(
    store: Store,
    *,
    letter_id: int | None = None,
    theme_id: int | None = None,
    status: str | None = None,
    today: date | None = None,
    kinds: tuple[str, ...] = KINDS,
    include_linked: bool = False,
    theme_ids: Collection[int] = (),
) -> list[CommitmentRow]:
    """The commitments, newest letter first, in page order; ``status``: open (also
    overdue), done, overdue, voldaan. A "voldaan" row that meets a commitment of the
    library is that commitment's proof and is listed only with ``include_linked``.
    ``theme_id``, or ``theme_ids`` (any of them): only those about that theme."""
    today = today or date.today()
    wanted_themes = {theme_id} if theme_id is not None else set(theme_ids)
    with store.read() as session:
        query = (
            select(Commitment, Letter, Passage.first_page, Passage.last_page)
            .join(Letter, Letter.id == Commitment.letter_id)
            .outerjoin(Passage, Passage.id == Commitment.passage_id)
            .where(Commitment.deleted.is_(False), Commitment.kind.in_(kinds))
        )
        if letter_id is not None:
            query = query.where(Commitment.letter_id == letter_id)
        if wanted_themes:  # a superset (any tag); the effective themes decide below
            query = query.where(
                Commitment.passage_id.in_(
                    select(Tag.passage_id).where(Tag.theme_id.in_(sorted(wanted_themes)))
                )
            )
        if not include_linked:
            query = query.where((Commitment.kind != VOLDAAN) | Commitment.meets_id.is_(None))
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
        proofs, targets = met_by(session, [row.id for row, _ in pairs], pairs)
        result: list[tuple[tuple[int, int, int, int], CommitmentRow]] = []
        for row, letter in pairs:
            carried = sorted(themes.get(row.passage_id or -1, []), key=lambda t: order.get(t, 0))
            if wanted_themes and wanted_themes.isdisjoint(carried):
                continue
            proof = tuple(proofs.get(row.id, ()))
            state = _status(row, today, bool(proof))
            if not _wanted(state, status):
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
                themes=tuple(names[t] for t in carried if t in names),
                origin=row.origin,
                kind=row.kind,
                made_in=row.made_in,
                actor=row.actor,
                recurring=row.recurring,
                met_by=proof,
                meets=targets.get(row.id),
                theme_ids=tuple(t for t in carried if t in names),
            )
            newest = -(letter.letter_date.toordinal() if letter.letter_date else 0)
            result.append(((newest, letter.id, row.page, row.id), item))
        result.sort(key=lambda pair: pair[0])
        return [item for _key, item in result]


def get_commitment(store: Store, commitment_id: int) -> CommitmentRow:
    for row in list_commitments(store, include_linked=True):
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
    meets_id: int | None = None


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
            row.meets_id,
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
        if row.kind == VOLDAAN:
            target = session.get(Commitment, state.meets_id) if state.meets_id else None
            row.meets_id = target.id if target is not None else None
        row.updated_at = utcnow()


def due_fields(due: str, letter_date: date | None) -> tuple[str, str, date | None]:
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
    if found is None or found.last_day is None:
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
            row.due_phrase, row.due_label, row.due_date = due_fields(due, letter.letter_date)
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
        phrase, label, last_day = due_fields(due, letter.letter_date)
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
            kind=TOEZEGGING,
        )
        session.add(row)
        session.flush()
        return row.id


def pages_of(row: CommitmentRow) -> str:
    return pages_label(row.first_page, row.last_page)
