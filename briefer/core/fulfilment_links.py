"""Which letter meets which promise: a "voldaan" row points at what it meets.

A letter that says it meets a promise or motie (``briefer.intelligence.fulfilments``) is
stored with a "voldaan" row per such sentence; ``link_letter`` (after every import, single
or bulk, of the letter) looks for what it meets among the open promises and requests of
the other letters of the library:

- by what the sentence names (``meets_keys``): a Kamerstuk (``k:``), the date of a letter
  (``d:``: ``de toezegging van 6 september jl.``), a motie by its members' names (``n:``);
  among that letter's open commitments the one closest in words, or its only one, or (a
  motie met as a whole) its first request;
- when it names none of the library's letters (a promise made in a debate, to a member),
  by words alone: an open promise of an earlier letter that shares at least two
  uncommon words with the sentence and the letter's title, most of the promise's own.

And the other way round: a letter imported after the one that meets its promise is looked
for by the statements that name it. What the user linked or unlinked (``edited``) is
never changed here. Deleting the letter that meets a promise deletes its rows and with
them the link; deleting the promising letter leaves the statement as a promise met of
its own (``meets_id`` SET NULL).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from briefer.core.citations import letter_label
from briefer.core.errors import BrieferError, NotFoundError
from briefer.core.importing.worker import TOEZEGGING, VERZOEK, VOLDAAN
from briefer.core.models import Commitment, Letter, Passage, Section, utcnow
from briefer.core.store.database import Store

_TARGETS = (TOEZEGGING, VERZOEK)
# Words that every letter about anything has: they say nothing about which promise is met.
_COMMON = frozenset({
    "kamer", "kabinet", "brief", "brieven", "minister", "ministers", "staatssecretaris",
    "ministerie", "regering", "toezegging", "toezeggingen", "toegezegd", "motie", "moties",
    "verzoek", "verzocht", "informeren", "geinformeerd", "geïnformeerd", "voldaan", "afgedaan",
    "invulling", "uitvoering", "gegeven", "hiermee", "hierbij", "daarnaast", "zoals",
    "conform", "tevens", "onder", "andere", "ontvangt", "ontvangen", "sturen", "stuur",
    "aanbieden", "aangeboden", "uiterlijk", "verwachting", "voornemens", "tijdens",
    "commissiedebat", "debat", "kamerlid", "leden", "worden", "wordt", "zullen", "heeft",
    "hebben", "deze", "waarin", "waarmee", "welke", "graag", "nader", "verder",
    "eerste", "tweede", "derde", "kwartaal", "voorjaar", "zomer", "najaar", "winter",
    "januari", "februari", "maart", "april", "juni", "juli", "augustus", "september",
    "oktober", "november", "december", "jaar", "komende", "periode", "voortgang", "stand",
    "zaken", "kamerstuk", "kamerstukken",
})  # fmt: skip
_WORD = re.compile(r"[^\W\d_]{5,}")
TOPIC_SHARED = 2  # uncommon words a promise and a statement share, at least, by words alone
TOPIC_SHARE = 0.5  # and the share of the promise's own uncommon words


class LinkError(BrieferError):
    """A link that cannot be made; the message says why."""


@dataclass(frozen=True)
class Proof:
    """A statement of a letter that it meets a commitment: the letter and page."""

    id: int  # the "voldaan" row
    letter_id: int
    letter: str  # "Kamerstuk 22 112, nr. 3432"
    letter_date: date | None
    page: int
    text: str
    passage_id: int | None = None

    @property
    def citation(self) -> str:
        return f"{self.letter}, p. {self.page}"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "letter": self.letter,
            "letter_id": self.letter_id,
            "letter_date": self.letter_date.isoformat() if self.letter_date else None,
            "page": self.page,
            "text": self.text,
            "passage": self.passage_id,
        }


@dataclass(frozen=True)
class Target:
    """What a "voldaan" row meets in the library."""

    id: int
    kind: str
    letter: str
    page: int
    subject: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "letter": self.letter,
            "page": self.page,
            "subject": self.subject,
        }


def topic_words(text: str) -> set[str]:
    """The uncommon words of a text, cut to their first seven letters (a poor man's stem:
    ``hoofdlijnennotitie`` and ``hoofdlijnenbrief`` share ``hoofdli``)."""
    return {w[:7] for w in (m.casefold() for m in _WORD.findall(text)) if w not in _COMMON}


def _keys(row: Commitment) -> tuple[str, set[str]]:
    """(what it meets: toezegging | motie | verzoek, its k:/d:/n: keys)."""
    what = TOEZEGGING
    keys: set[str] = set()
    for key in row.meets_keys.split():
        if key.startswith("w:"):
            what = key[2:]
        else:
            keys.add(key)
    return what, keys


def _letters_named(session: Session, keys: set[str], besides: int) -> list[int]:
    kamerstukken = [k[2:] for k in keys if k.startswith("k:")]
    days = [date.fromisoformat(k[2:]) for k in keys if k.startswith("d:")]
    names = [k[2:].replace("_", " ") for k in keys if k.startswith("n:")]
    conditions = []
    if kamerstukken:
        conditions.append(Letter.kamerstuk_key.in_(kamerstukken))
    if days:
        conditions.append(Letter.letter_date.in_(days))
    motions = []
    if names:  # a motie by its members' names: a letter with requests that names them
        with_requests = select(Commitment.letter_id).where(Commitment.kind == VERZOEK)
        for letter_id, title in session.execute(
            select(Letter.id, Letter.title).where(Letter.id.in_(with_requests))
        ):
            folded = title.casefold()
            if all(name in folded for name in names):
                motions.append(letter_id)
    if not conditions:
        return [i for i in motions if i != besides]
    found = list(session.scalars(select(Letter.id).where(or_(*conditions), Letter.id != besides)))
    return found + [i for i in motions if i != besides and i not in found]


def _open_targets(
    session: Session, letter_ids: Sequence[int] | None, before: date | None
) -> list[Commitment]:
    query = select(Commitment).where(
        Commitment.kind.in_(_TARGETS), Commitment.deleted.is_(False), Commitment.done.is_(False)
    )
    if letter_ids is not None:
        query = query.where(Commitment.letter_id.in_(letter_ids))
    elif before is not None:
        earlier = select(Letter.id).where(Letter.letter_date <= before)
        query = query.where(Commitment.letter_id.in_(earlier))
    return list(
        session.scalars(query.order_by(Commitment.letter_id, Commitment.page, Commitment.id))
    )


def _choose(
    statement: Commitment, what: str, context: set[str], targets: list[Commitment], named: bool
) -> Commitment | None:
    """The target a statement meets: the closest in words; by name also the only one, or
    a motie's first request."""
    if what == "motie":
        requests = [t for t in targets if t.kind == VERZOEK]
        targets = requests or targets
    scored = []
    for target in targets:
        own = topic_words(f"{target.subject} {target.text}")
        shared = len(own & context)
        scored.append((shared / len(own) if own else 0.0, shared, target))
    if not scored:
        return None
    share, shared, best = max(scored, key=lambda s: (s[0], s[1], -s[2].id))
    if named:
        if shared:
            return best
        if len(targets) == 1 or (what == "motie" and targets[0].kind == VERZOEK):
            return targets[0]
        return None
    if shared >= TOPIC_SHARED and share >= TOPIC_SHARE:
        return best
    return None


def _target_for(session: Session, statement: Commitment, only: int | None = None) -> int | None:
    letter = session.get_one(Letter, statement.letter_id)
    what, keys = _keys(statement)
    context = topic_words(f"{statement.text} {letter.title} {_surroundings(session, statement)}")
    named = _letters_named(session, keys, letter.id) if keys else []
    if only is not None:
        named = [i for i in named if i == only]
        if not named:
            return None
    if named:
        targets = _open_targets(session, named, None)
        chosen = _choose(statement, what, context, targets, named=True)
    else:
        targets = [
            t for t in _open_targets(session, None, letter.letter_date) if t.letter_id != letter.id
        ]
        chosen = _choose(statement, what, context, targets, named=False)
    return chosen.id if chosen is not None else None


def _surroundings(session: Session, statement: Commitment) -> str:
    """The passage a statement stands in and its section's title: what the letter is about
    where it says what it meets ("Met deze brief ontvangt uw Kamer de hoofdlijnennotitie
    over de Europawet. Hiermee wordt de toezegging ... afgedaan.")."""
    if statement.passage_id is None:
        return ""
    row = session.execute(
        select(Passage.text, Section.title)
        .outerjoin(Section, Section.id == Passage.section_id)
        .where(Passage.id == statement.passage_id)
    ).first()
    if row is None:
        return ""
    return f"{row.text} {row.title or ''}"


def link_letter(
    session: Session, letter_id: int, *, forward: bool = True, backward: bool = True
) -> None:
    """Link the letter's statements to what they meet (``forward``), and the statements of
    other letters that name this letter to its promises and requests (``backward``). A
    bulk import leaves out a part that it knows finds nothing (no statements in the
    letter; none waiting in the library), so that it stores what a single import does."""
    if forward:
        mine = session.scalars(
            select(Commitment).where(
                Commitment.letter_id == letter_id,
                Commitment.kind == VOLDAAN,
                Commitment.edited.is_(False),
                Commitment.deleted.is_(False),
            )
        ).all()
        for statement in mine:
            statement.meets_id = _target_for(session, statement)
    if backward:
        has_targets = session.scalar(
            select(func.count()).where(
                Commitment.letter_id == letter_id, Commitment.kind.in_(_TARGETS)
            )
        )
        if has_targets:
            letter = session.get_one(Letter, letter_id)
            for statement in unlinked_naming(session, letter):
                statement.meets_id = _target_for(session, statement, only=letter_id)
    session.flush()


def statements_waiting(session: Session) -> bool:
    """Whether the library has statements that meet nothing yet (and may name a letter
    still to come)."""
    return bool(
        session.scalar(
            select(Commitment.id)
            .where(Commitment.kind == VOLDAAN, Commitment.meets_id.is_(None))
            .limit(1)
        )
    )


def letter_keys(letter: Letter) -> list[str]:
    """The keys by which a statement may name this letter."""
    keys = []
    if letter.kamerstuk_key:
        keys.append(f"k:{letter.kamerstuk_key}")
    if letter.letter_date is not None:
        keys.append(f"d:{letter.letter_date.isoformat()}")
    return keys


def unlinked_naming(session: Session, letter: Letter) -> list[Commitment]:
    """The statements of other letters that meet nothing yet and may name this letter."""
    query = select(Commitment).where(
        Commitment.kind == VOLDAAN,
        Commitment.meets_id.is_(None),
        Commitment.edited.is_(False),
        Commitment.deleted.is_(False),
        Commitment.letter_id != letter.id,
        Commitment.meets_keys.like("% %:%"),  # names something besides what it meets
    )
    title = letter.title.casefold()
    found = []
    for statement in session.scalars(query):
        _what, keys = _keys(statement)
        names = [k[2:].replace("_", " ") for k in keys if k.startswith("n:")]
        if keys & set(letter_keys(letter)) or (names and all(n in title for n in names)):
            found.append(statement)
    return found


def met_by(
    session: Session, ids: Iterable[int], rows: Sequence[tuple[Commitment, Letter]]
) -> tuple[dict[int, list[Proof]], dict[int, Target]]:
    """For the rows listed: the proofs of the ones met (a request is met too when another
    request of the same motie is met as a motie), and what each statement meets."""
    wanted = list(ids)
    proofs: dict[int, list[Proof]] = {}
    targets: dict[int, Target] = {}
    if not wanted:
        return proofs, targets
    statements = session.execute(
        select(Commitment, Letter)
        .join(Letter, Letter.id == Commitment.letter_id)
        .where(
            Commitment.kind == VOLDAAN,
            Commitment.deleted.is_(False),
            Commitment.meets_id.is_not(None),
        )
    ).all()
    met_ids = {s.meets_id for s, _l in statements}
    met_rows = {
        row.id: (row, letter)
        for row, letter in session.execute(
            select(Commitment, Letter)
            .join(Letter, Letter.id == Commitment.letter_id)
            .where(Commitment.id.in_(met_ids))
        )
    }
    motie_met: dict[int, list[Proof]] = {}  # letter id of a motie -> proofs
    for statement, letter in statements:
        proof = Proof(
            statement.id,
            letter.id,
            letter_label(letter.kamerstuk, letter.title),
            letter.letter_date,
            statement.page,
            statement.text,
            statement.passage_id,
        )
        proofs.setdefault(statement.meets_id or 0, []).append(proof)
        target = met_rows.get(statement.meets_id or 0)
        if target is not None:
            row, target_letter = target
            targets[statement.id] = Target(
                row.id,
                row.kind,
                letter_label(target_letter.kamerstuk, target_letter.title),
                row.page,
                row.subject,
            )
            if row.kind == VERZOEK and _keys(statement)[0] == "motie":
                motie_met.setdefault(row.letter_id, []).append(proof)
    for row, _letter in rows:
        if row.kind == VERZOEK and row.id not in proofs and row.letter_id in motie_met:
            proofs[row.id] = motie_met[row.letter_id]
    return proofs, targets


def proofs_of(session: Session, row: Commitment) -> list[Commitment]:
    """The statements that meet a commitment: those pointing at it, and for a request of a
    motie, those that meet another request of that motie as a motie."""
    statements = list(session.scalars(select(Commitment).where(Commitment.meets_id == row.id)))
    if row.kind == VERZOEK:
        siblings = select(Commitment.id).where(
            Commitment.letter_id == row.letter_id, Commitment.kind == VERZOEK
        )
        for statement in session.scalars(
            select(Commitment).where(
                Commitment.kind == VOLDAAN,
                Commitment.meets_id.in_(siblings),
                Commitment.meets_id != row.id,
            )
        ):
            if _keys(statement)[0] == "motie":
                statements.append(statement)
    return statements


def statements_meeting(store: Store, commitment_id: int) -> list[int]:
    """The ids of the statements that meet a commitment (what ``set_met_by(None)`` unlinks)."""
    with store.read() as session:
        row = session.get(Commitment, commitment_id)
        if row is None:
            raise NotFoundError(f"geen toezegging met nummer {commitment_id}")
        return [statement.id for statement in proofs_of(session, row)]


def set_met_by(store: Store, commitment_id: int, statement_id: int | None) -> None:
    """The user's say on what meets a commitment: ``statement_id`` (a "voldaan" row of
    another letter) meets it, or (None) none does: every statement that met it is unlinked.
    Kept when letters are imported again; undone by ``restore_state``."""
    with store.session() as session:
        row = session.get(Commitment, commitment_id)
        if row is None or row.deleted or row.kind not in _TARGETS:
            raise NotFoundError(f"geen toezegging of verzoek met nummer {commitment_id}")
        if statement_id is None:
            for statement in proofs_of(session, row):
                statement.meets_id = None
                statement.edited = True
                statement.updated_at = utcnow()
            return
        proof = session.get(Commitment, statement_id)
        if proof is None or proof.deleted or proof.kind != VOLDAAN:
            raise LinkError(
                f"#{statement_id} is geen zin waarin een brief zegt een toezegging na te komen"
            )
        if proof.letter_id == row.letter_id:
            raise LinkError("een brief komt zijn eigen toezegging niet na")
        proof.meets_id = commitment_id
        proof.edited = True
        proof.updated_at = utcnow()
