"""The one structure every reader produces: a parsed letter, format-neutral."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

Day = date  # inside LetterMeta the name ``date`` is a field

# What kind of document a letter is (``LetterMeta.kind``); readers name it, the
# library shows it, ``letters --json`` and ``outline --json`` print it.
KAMERBRIEF = "kamerbrief"  # a letter to the parliament, in either published form
MOTIE = "motie"  # a motion of members: considerations, a dictum, its indieners
KAMERVRAGEN = "kamervragen"  # written questions with the government's answers
BNC_FICHE = "bnc-fiche"  # the cabinet's assessment of a new EU proposal
DOCUMENT = "document"  # any other document, read as plain text with headings
KINDS = (KAMERBRIEF, MOTIE, KAMERVRAGEN, BNC_FICHE, DOCUMENT)

# The part a passage plays in its document (``ParsedPassage.role``); None: body text.
QUESTION = "vraag"  # a question of Kamervragen, numbered
ANSWER = "antwoord"  # the government's answer to the question of the same number
CONSIDERATION = "overweging"  # a motie's "constaterende dat …" / "overwegende dat …"
REQUEST = "verzoek"  # a motie's dictum: "verzoekt de regering …", "spreekt uit …"
POSITION = "positie"  # a BNC-fiche's "Nederlandse positie"
ROLES = (QUESTION, ANSWER, CONSIDERATION, REQUEST, POSITION)


@dataclass
class ParsedFootnote:
    """A footnote, taken out of the page's flow and kept with the passage citing it."""

    marker: str  # as printed: "1", "12", "*"
    text: str
    page: int
    offset: int | None = None  # where the marker stood in the passage's text; None: not seen


@dataclass
class ParsedPassage:
    text: str  # without footnote markers: they are kept as offsets in ``footnotes``
    first_page: int
    last_page: int
    role: str | None = None  # one of ROLES, or None for body text
    number: int | None = None  # a question's (and its answer's) number
    footnotes: list[ParsedFootnote] = field(default_factory=list)


@dataclass
class ParsedSection:
    title: str
    level: int  # 1 = hoofdstuk (chapter), 2 = sectie
    page: int
    passages: list[ParsedPassage] = field(default_factory=list)
    sections: list[ParsedSection] = field(default_factory=list)


@dataclass
class LetterMeta:
    title: str = ""
    kamerstuk: str | None = None  # as printed: "35 925 V, nr. 84"
    vergaderjaar: str | None = None  # "2021–2022"
    date: date | None = None
    signatory: str | None = None  # "W.B. Hoekstra"
    signatory_role: str | None = None  # "Minister van Buitenlandse Zaken"
    addressee: str | None = None  # "Aan de Voorzitter van de Tweede Kamer ..."
    place: str | None = None  # "Den Haag"
    reference: str | None = None  # "Onze referentie" / "Ons kenmerk": "BZ2214567"
    ministry: str | None = None  # "Ministerie van Buitenlandse Zaken"
    directorate: str | None = None  # "Directie Europa"
    dossier: str | None = None  # the dossier's title in a kamerstukkop
    pages: int = 1
    kind: str = DOCUMENT  # one of KINDS
    publication: str | None = None  # the stuk's official id: "kst-32545-143", "ah-tk-20232024-1771"
    # Every signatory of the closing, in order: (name, function); ``signatory`` and
    # ``signatory_role`` are the first of them.
    signatories: list[tuple[str, str | None]] = field(default_factory=list)
    # Kamervragen: who asked (and when), who answered (and when); a motie: its indieners.
    asked_by: str | None = None  # "Van Nispen (SP)", several joined with ", " and " en "
    asked_on: Day | None = None  # "(ingezonden 29 maart 2024)"
    answered_by: str | None = None  # "Staatssecretaris Heijnen (Infrastructuur en Waterstaat)"
    answered_on: Day | None = None  # "(ontvangen 17 mei 2024)"
    number: str | None = None  # the Aanhangsel's number of Kamervragen: "1771"
    indieners: list[str] = field(default_factory=list)  # a motie's members, as printed


@dataclass
class ParsedLetter:
    meta: LetterMeta
    passages: list[ParsedPassage] = field(default_factory=list)  # before the first heading
    sections: list[ParsedSection] = field(default_factory=list)
    source_format: str = "txt"  # txt | pdf | docx | xml | odt | html
    notice: str | None = None  # one line for the user about how it was read ("onbekende soort …")

    def walk_sections(self) -> Iterator[ParsedSection]:
        """Every section, depth first, in reading order."""
        stack = list(reversed(self.sections))
        while stack:
            section = stack.pop()
            yield section
            stack.extend(reversed(section.sections))

    def all_passages(self) -> Iterator[ParsedPassage]:
        """Every passage in reading order."""
        yield from self.passages
        for section in self.walk_sections():
            yield from section.passages

    def passage_count(self) -> int:
        return sum(1 for _ in self.all_passages())

    def content_hash(self) -> str:
        """A hash of the outline and text, equal for the same letter in any format."""
        digest = hashlib.sha256()
        for passage in self.passages:
            _hash_passage(digest, passage)
        for section in self.walk_sections():
            digest.update(f"S{section.level}\x00{section.title}\x00".encode())
            for passage in section.passages:
                _hash_passage(digest, passage)
        return digest.hexdigest()


def _hash_passage(digest: hashlib._Hash, passage: ParsedPassage) -> None:
    digest.update(b"P\x00" + passage.text.encode() + b"\x00")
    if passage.role is not None:  # a letter without roles or footnotes hashes as before
        digest.update(f"R{passage.role}\x00{passage.number}\x00".encode())
    for footnote in passage.footnotes:
        digest.update(f"F{footnote.marker}\x00{footnote.text}\x00".encode())
