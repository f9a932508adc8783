"""Reading the library: the letters, one letter's outline, finding a letter by name.

Plain SQL through ``Store.reading`` (no ORM): the window's first screen and
``briefer letters`` show these, and neither should wait for SQLAlchemy to load.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from briefer.core.citations import letter_label, pages_label
from briefer.core.errors import NotFoundError
from briefer.core.letter_kinds import LetterDetails, QuestionPair, question_pairs
from briefer.core.store.database import Store
from briefer.core.store.plain_rows import Rows, as_bool, as_date, as_json
from briefer.core.stored_parts import footnote_json, parsed_footnotes
from briefer.ingest.kamerstuk import kamerstuk_key
from briefer.ingest.model import DOCUMENT, KAMERVRAGEN, ParsedFootnote

# What a passage effectively carries (briefer.core.tags.effective_tags, in SQL):
# a manual tag decides; without one, the automatic tag does. Parameters:
# include, manual, manual (True, True, True).
EFFECTIVE_TAG = (
    "t.include = ? AND (t.manual = ? OR NOT EXISTS (SELECT 1 FROM tags m "
    "WHERE m.passage_id = t.passage_id AND m.theme_id = t.theme_id AND m.manual = ?))"
)
_LETTER_COLUMNS = (
    "l.id, l.title, l.kamerstuk, l.vergaderjaar, l.letter_date, l.signatory, l.pages, "
    "l.source_name, l.bundled, l.reference, l.ministry, l.directorate, l.dossier, "
    "l.kind, l.publication, l.details, l.signatory_role"
)


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


def _letter_row(row: tuple[Any, ...], passages: int) -> LetterRow:
    """A LetterRow from the columns of _LETTER_COLUMNS."""
    lid, title, kamerstuk, year, when, signatory, pages, source, bundled, *rest = row
    reference, ministry, directorate, dossier, kind, publication, details, role = rest
    return LetterRow(
        id=lid,
        title=title,
        kamerstuk=kamerstuk,
        vergaderjaar=year,
        date=as_date(when),
        signatory=signatory,
        pages=pages,
        passages=passages,
        source_name=source,
        bundled=as_bool(bundled),
        reference=reference,
        ministry=ministry,
        directorate=directorate,
        dossier=dossier,
        kind=kind,
        publication=publication,
        details=LetterDetails.of(as_json(details), signatory, role),
    )


def list_letters(store: Store, *, offset: int = 0, limit: int | None = None) -> list[LetterRow]:
    """All letters (or ``limit`` of them from ``offset``), newest letter date first; one query."""
    # Each letter's passages counted from the (letter_id, position) index alone, less
    # the retired ones, counted from their own partial index (migration 0014): no
    # passage row is read, and a page of the list counts only its own letters.
    order = "ORDER BY {0}letter_date DESC NULLS LAST, {0}id"
    letters = "letters"
    if limit is not None:  # the page first, then its counts
        letters = f"(SELECT * FROM letters {order.format('')} LIMIT ? OFFSET ?)"
    with store.reading() as rows:
        found = rows.all(
            f"SELECT {_LETTER_COLUMNS}, "
            "(SELECT count(*) FROM passages p WHERE p.letter_id = l.id) - "
            "(SELECT count(*) FROM passages p WHERE p.retired AND p.letter_id = l.id) "
            f"FROM {letters} l {order.format('l.')}",
            (limit, offset) if limit is not None else (),
        )
    return [_letter_row(row[:-1], row[-1]) for row in found]


def count_letters(store: Store) -> int:
    with store.reading() as rows:
        found = rows.first("SELECT count(*) FROM letters")
    return int(found[0]) if found else 0


def find_letter(store: Store, reference: str) -> int:
    """A letter id from an id or a kamerstuk number as printed ("35 925 V, nr. 84")."""
    reference = reference.strip()
    with store.reading() as rows:
        if reference.isdigit() and rows.first(
            "SELECT id FROM letters WHERE id = ?", (int(reference),)
        ):
            return int(reference)
        key = kamerstuk_key(reference)
        found = (
            rows.first("SELECT id FROM letters WHERE kamerstuk_key = ?", (key,)) if key else None
        )
        if found is None:
            found = rows.first(
                "SELECT id FROM letters WHERE lower(title) = ?", (reference.lower(),)
            )
    if found is None:
        raise NotFoundError(f"geen brief gevonden voor '{reference}'")
    return int(found[0])


def _themes_by_passage(rows: Rows, letter_id: int) -> dict[int, tuple[str, ...]]:
    """Effective theme names per passage of a letter, in theme order."""
    found = rows.all(
        "SELECT t.passage_id, th.name FROM tags t "
        "JOIN themes th ON th.id = t.theme_id JOIN passages p ON p.id = t.passage_id "
        f"WHERE p.letter_id = ? AND {EFFECTIVE_TAG} ORDER BY th.position, th.id",
        (letter_id, True, True, True),
    )
    themes: dict[int, list[str]] = defaultdict(list)
    for passage_id, name in found:
        if name not in themes[passage_id]:
            themes[passage_id].append(name)
    return {pid: tuple(names) for pid, names in themes.items()}


def letter_outline(store: Store, letter_id: int) -> LetterOutline:
    with store.reading() as rows:
        letter = rows.first(f"SELECT {_LETTER_COLUMNS} FROM letters l WHERE l.id = ?", (letter_id,))
        if letter is None:
            raise NotFoundError(f"geen brief met nummer {letter_id}")
        themes = _themes_by_passage(rows, letter_id)
        sections = rows.all(
            "SELECT id, parent_id, title, level, page FROM sections WHERE letter_id = ? "
            "ORDER BY position",
            (letter_id,),
        )
        passages = rows.all(
            "SELECT id, section_id, text, first_page, last_page, role, number, footnotes "
            "FROM passages WHERE letter_id = ? AND retired = ? ORDER BY position",
            (letter_id, False),
        )
    nodes = {sid: SectionNode(sid, title, level, page) for sid, _p, title, level, page in sections}
    roots: list[SectionNode] = []
    for sid, parent_id, *_rest in sections:
        parent = nodes.get(parent_id) if parent_id else None
        (parent.sections if parent else roots).append(nodes[sid])
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
            tuple(parsed_footnotes(as_json(notes))),
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
    with store.reading() as rows:
        found = rows.first(
            "SELECT p.id, l.id, l.kamerstuk, l.title, s.title, p.text, p.first_page, "
            "p.last_page, p.role, p.number, p.footnotes FROM passages p "
            "JOIN letters l ON l.id = p.letter_id "
            "LEFT JOIN sections s ON s.id = p.section_id WHERE p.id = ?",
            (passage_id,),
        )
    if found is None:
        raise NotFoundError(f"geen passage met nummer {passage_id}")
    pid, letter_id, kamerstuk, title, section, text, first, last, role, number, notes = found
    return PassageDetail(
        pid,
        letter_id,
        letter_label(kamerstuk, title),
        section,
        text,
        first,
        last,
        role,
        number,
        tuple(parsed_footnotes(as_json(notes))),
    )
