"""Reading the library: the letters, one letter's outline, finding a letter by name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from briefer.core.citations import letter_label, pages_label
from briefer.core.errors import NotFoundError
from briefer.core.letter_kinds import LetterDetails, QuestionPair, question_pairs
from briefer.core.models import Letter, Passage, Section, Theme
from briefer.core.store.database import Store
from briefer.core.stored_parts import footnote_json, parsed_footnotes
from briefer.core.tags import effective_tags
from briefer.ingest.kamerstuk import kamerstuk_key
from briefer.ingest.model import DOCUMENT, KAMERVRAGEN, ParsedFootnote


@dataclass(frozen=True)
class LetterRow:
    id: int
    title: str
    kamerstuk: str | None
    vergaderjaar: str | None
    date: date | None
    signatory: str | None
    pages: int
    passages: int
    source_name: str
    bundled: bool
    reference: str | None = None
    ministry: str | None = None
    directorate: str | None = None
    dossier: str | None = None
    kind: str = DOCUMENT  # briefer.ingest.model.KINDS
    publication: str | None = None  # "kst-32545-143"
    details: LetterDetails = field(default_factory=LetterDetails)

    @property
    def label(self) -> str:
        """How the letter is named in lists and citations."""
        return letter_label(self.kamerstuk, self.title)

    def facts_json(self) -> dict[str, Any]:
        """What ``letters --json`` and ``outline --json`` print of the kind and its facts."""
        return {"kind": self.kind, "publication": self.publication, **self.details.to_json()}


@dataclass(frozen=True)
class PassageRow:
    id: int
    text: str
    first_page: int
    last_page: int
    themes: tuple[str, ...] = ()
    role: str | None = None  # briefer.ingest.model.ROLES; None: body text
    number: int | None = None  # a question's and its answer's
    footnotes: tuple[ParsedFootnote, ...] = ()

    @property
    def pages_label(self) -> str:
        return pages_label(self.first_page, self.last_page)


@dataclass
class SectionNode:
    id: int
    title: str
    level: int
    page: int
    passages: list[PassageRow] = field(default_factory=list)
    sections: list[SectionNode] = field(default_factory=list)


@dataclass
class LetterOutline:
    letter: LetterRow
    passages: list[PassageRow]  # before the first heading
    sections: list[SectionNode]

    def all_passages(self) -> Iterator[PassageRow]:
        """Every passage in reading order."""
        yield from self.passages
        stack = list(reversed(self.sections))
        while stack:
            section = stack.pop()
            yield from section.passages
            stack.extend(reversed(section.sections))

    def questions(self) -> list[QuestionPair]:
        """Kamervragen: each question with its answer, in the order asked."""
        return question_pairs(self.all_passages())

    def to_json(self) -> dict[str, Any]:
        letter = self.letter
        data: dict[str, Any] = {
            "letter": {
                "id": letter.id,
                "title": letter.title,
                "kamerstuk": letter.kamerstuk,
                "vergaderjaar": letter.vergaderjaar,
                "date": letter.date.isoformat() if letter.date else None,
                "signatory": letter.signatory,
                "reference": letter.reference,
                "ministry": letter.ministry,
                "dossier": letter.dossier,
                "pages": letter.pages,
                **letter.facts_json(),
            },
            "passages": [_passage_json(p) for p in self.passages],
            "sections": [_section_json(s) for s in self.sections],
        }
        questions = self.questions()
        if questions or letter.kind == KAMERVRAGEN:
            data["questions"] = [pair.to_json() for pair in questions]
        return data


def _passage_json(passage: PassageRow) -> dict[str, Any]:
    return {
        "id": passage.id,
        "text": passage.text,
        "pages": [passage.first_page, passage.last_page],
        "themes": list(passage.themes),
        "role": passage.role,
        "number": passage.number,
        "footnotes": [footnote_json(note) for note in passage.footnotes],
    }


def _section_json(section: SectionNode) -> dict[str, Any]:
    return {
        "title": section.title,
        "level": section.level,
        "page": section.page,
        "passages": [_passage_json(p) for p in section.passages],
        "sections": [_section_json(s) for s in section.sections],
    }


def _letter_row(letter: Letter, passages: int) -> LetterRow:
    return LetterRow(
        id=letter.id,
        title=letter.title,
        kamerstuk=letter.kamerstuk,
        vergaderjaar=letter.vergaderjaar,
        date=letter.letter_date,
        signatory=letter.signatory,
        pages=letter.pages,
        passages=passages,
        source_name=letter.source_name,
        bundled=letter.bundled,
        reference=letter.reference,
        ministry=letter.ministry,
        directorate=letter.directorate,
        dossier=letter.dossier,
        kind=letter.kind,
        publication=letter.publication,
        details=LetterDetails.of(letter.details, letter.signatory, letter.signatory_role),
    )


def list_letters(store: Store) -> list[LetterRow]:
    """All letters, newest letter date first."""
    with store.read() as session:
        # Every passage per letter, counted from the (letter_id, position) index
        # alone, less the retired ones. A retired passage belongs to no section
        # (importing sets section_id to NULL when it retires one), so only the
        # few passages without a section are read: testing the retired flag of
        # every passage read the whole table (60 ms at 1,000 letters).
        every = select(Passage.letter_id, func.count()).group_by(Passage.letter_id)
        counts = {letter_id: count for letter_id, count in session.execute(every)}
        retired = (
            select(Passage.letter_id, func.count())
            .where(Passage.section_id.is_(None), Passage.retired.is_(True))
            .group_by(Passage.letter_id)
        )
        for letter_id, count in session.execute(retired):
            counts[letter_id] -= count
        letters = session.scalars(
            select(Letter).order_by(Letter.letter_date.desc().nulls_last(), Letter.id)
        ).all()
        return [_letter_row(letter, counts.get(letter.id, 0)) for letter in letters]


def find_letter(store: Store, reference: str) -> int:
    """A letter id from an id or a kamerstuk number as printed ("35 925 V, nr. 84")."""
    reference = reference.strip()
    with store.read() as session:
        if reference.isdigit() and session.get(Letter, int(reference)) is not None:
            return int(reference)
        key = kamerstuk_key(reference)
        letter_id = (
            session.scalar(select(Letter.id).where(Letter.kamerstuk_key == key)) if key else None
        )
        if letter_id is None:
            letter_id = session.scalar(
                select(Letter.id).where(func.lower(Letter.title) == reference.lower())
            )
    if letter_id is None:
        raise NotFoundError(f"geen brief gevonden voor '{reference}'")
    return letter_id


def _themes_by_passage(session: Session, letter_id: int) -> dict[int, tuple[str, ...]]:
    """Effective theme names per passage of a letter, in theme order."""
    effective = effective_tags().subquery()
    rows = session.execute(
        select(effective.c.passage_id, Theme.name)
        .join(Theme, Theme.id == effective.c.theme_id)
        .join(Passage, Passage.id == effective.c.passage_id)
        .where(Passage.letter_id == letter_id)
        .order_by(Theme.position, Theme.id)
    )
    themes: dict[int, list[str]] = defaultdict(list)
    for passage_id, name in rows:
        if name not in themes[passage_id]:
            themes[passage_id].append(name)
    return {pid: tuple(names) for pid, names in themes.items()}


def letter_outline(store: Store, letter_id: int) -> LetterOutline:
    with store.read() as session:
        letter = session.get(Letter, letter_id)
        if letter is None:
            raise NotFoundError(f"geen brief met nummer {letter_id}")
        themes = _themes_by_passage(session, letter_id)
        sections = session.scalars(
            select(Section).where(Section.letter_id == letter_id).order_by(Section.position)
        ).all()
        nodes = {s.id: SectionNode(s.id, s.title, s.level, s.page) for s in sections}
        roots: list[SectionNode] = []
        for section in sections:
            node = nodes[section.id]
            parent = nodes.get(section.parent_id) if section.parent_id else None
            (parent.sections if parent else roots).append(node)
        passages = session.execute(
            select(
                Passage.id,
                Passage.section_id,
                Passage.text,
                Passage.first_page,
                Passage.last_page,
                Passage.role,
                Passage.number,
                Passage.footnotes,
            )
            .where(Passage.letter_id == letter_id, Passage.retired.is_(False))
            .order_by(Passage.position)
        ).all()
        top: list[PassageRow] = []
        for pid, section_id, text, first, last, role, number, notes in passages:
            row = PassageRow(
                pid,
                text,
                first,
                last,
                themes.get(pid, ()),
                role,
                number,
                tuple(parsed_footnotes(notes)),
            )
            owner = nodes.get(section_id) if section_id else None
            (owner.passages if owner else top).append(row)
        return LetterOutline(_letter_row(letter, len(passages)), top, roots)


@dataclass(frozen=True)
class PassageDetail:
    id: int
    letter_id: int
    letter: str  # "Kamerstuk 35 925 V, nr. 84", or the title
    section: str | None
    text: str
    first_page: int
    last_page: int
    role: str | None = None
    number: int | None = None
    footnotes: tuple[ParsedFootnote, ...] = ()

    @property
    def citation(self) -> str:
        return f"{self.letter}, {pages_label(self.first_page, self.last_page)}"


def passage_detail(store: Store, passage_id: int) -> PassageDetail:
    with store.read() as session:
        passage = session.get(Passage, passage_id)
        if passage is None:
            raise NotFoundError(f"geen passage met nummer {passage_id}")
        letter = session.get_one(Letter, passage.letter_id)
        section = session.get(Section, passage.section_id) if passage.section_id else None
        label = letter_label(letter.kamerstuk, letter.title)
        return PassageDetail(
            passage.id,
            letter.id,
            label,
            section.title if section else None,
            passage.text,
            passage.first_page,
            passage.last_page,
            passage.role,
            passage.number,
            tuple(parsed_footnotes(passage.footnotes)),
        )
