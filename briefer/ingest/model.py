"""The one structure every reader produces: a parsed letter, format-neutral."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date


@dataclass
class ParsedPassage:
    text: str
    first_page: int
    last_page: int


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


@dataclass
class ParsedLetter:
    meta: LetterMeta
    passages: list[ParsedPassage] = field(default_factory=list)  # before the first heading
    sections: list[ParsedSection] = field(default_factory=list)
    source_format: str = "txt"  # txt | pdf | docx
    # What the user should know about how the file was read, one line each
    # ("3 bytes waren geen geldige UTF-8 (…)"); shown with the import's result.
    warnings: list[str] = field(default_factory=list)

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
            digest.update(b"P\x00" + passage.text.encode() + b"\x00")
        for section in self.walk_sections():
            digest.update(f"S{section.level}\x00{section.title}\x00".encode())
            for passage in section.passages:
                digest.update(b"P\x00" + passage.text.encode() + b"\x00")
        return digest.hexdigest()
