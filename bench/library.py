"""Generate distinct policy letters from the bundled one, in the Kamerstuk text layout.

Every letter keeps the structure of Kamerstuk 35 925 V, nr. 84 (chapters,
sections, 84 passages) with its passages shuffled within their section, its
sections shuffled within their chapter, and its own kamerstuk number, date,
signatory and cross-references. The text is laid out as the shipped letter is:
lines of at most 72 characters, a footer ``Tweede Kamer, vergaderjaar …, nr. …
<page>`` at every page end, a leading space on the first line of a new page,
line-end hyphens in long words, salutation, date line and signature. So the
real text importer (footers, pages, hyphenation, headings, metadata) does all
of its work on every generated letter.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from briefer import paths
from briefer.ingest.kamerstuk import DUTCH_MONTHS
from briefer.ingest.reader import read_letter

BUNDLED = paths.resources_dir() / "letters" / "kamerstuk-35925-V-84.txt"
LINE_WIDTH = 72
LINES_PER_PAGE = 52
MONTHS = list(DUTCH_MONTHS)
SIGNATORIES = [
    ("Minister van Buitenlandse Zaken", "W.B. Hoekstra"),
    ("Minister van Buitenlandse Zaken", "H.G.J. Bruins Slot"),
    ("Minister van Buitenlandse Zaken", "C.C.J. Veldkamp"),
    ("Minister van Buitenlandse Zaken", "S.A. Blok"),
    ("Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking", "L.J. Schreinemacher"),
    ("Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking", "G.A. van Leeuwen"),
    ("Staatssecretaris van Buitenlandse Zaken", "J.A. van Dijk"),
    ("Minister van Defensie", "K.H. Ollongren"),
]
_REFERENCE = re.compile(r"Kamerstuk(ken)? (\d\d) (\d\d\d)(?:, nr\. (\d+))?")


@dataclass(frozen=True)
class Chapter:
    title: str
    passages: tuple[str, ...]  # before its first section
    sections: tuple[tuple[str, tuple[str, ...]], ...]  # (title, passages)


@dataclass(frozen=True)
class Template:
    opening: tuple[str, ...]  # passages before the first heading
    chapters: tuple[Chapter, ...]

    def passage_count(self) -> int:
        return len(self.opening) + sum(
            len(c.passages) + sum(len(p) for _t, p in c.sections) for c in self.chapters
        )


def load_template(path: Path = BUNDLED) -> Template:
    """The outline of the bundled letter, as the importer reads it."""
    parsed = read_letter(path)
    chapters = []
    for chapter in parsed.sections:
        sections = tuple(
            (section.title, tuple(p.text for p in section.passages)) for section in chapter.sections
        )
        chapters.append(Chapter(chapter.title, tuple(p.text for p in chapter.passages), sections))
    return Template(tuple(p.text for p in parsed.passages), tuple(chapters))


@dataclass(frozen=True)
class LetterSpec:
    index: int
    kamerstuk: str  # "36 104 V, nr. 17"
    vergaderjaar: str  # "2022–2023"
    day: date
    role: str
    signatory: str

    @property
    def file_name(self) -> str:
        key = self.kamerstuk.replace(", nr. ", "-").replace(" ", "")
        return f"kamerstuk-{key}.txt"


def letter_spec(index: int) -> LetterSpec:
    """Letter ``index`` (0, 1, …): its own kamerstuk number, date and signatory."""
    rng = random.Random(f"spec-{index}")
    dossier = 36_100 + index // 150
    number = index % 150 + 1
    day = date(2019, 1, 1).fromordinal(date(2019, 1, 1).toordinal() + rng.randrange(6 * 365))
    start = day.year if day.month >= 9 else day.year - 1
    role, name = SIGNATORIES[rng.randrange(len(SIGNATORIES))]
    return LetterSpec(
        index,
        f"{dossier // 1000} {dossier % 1000:03d} V, nr. {number}",
        f"{start}–{start + 1}",
        day,
        role,
        name,
    )


def _vary(text: str, rng: random.Random) -> str:
    """Other numbers in the cross-references, so the letters differ in their text too."""

    def renumber(match: re.Match[str]) -> str:
        word = "Kamerstukken" if match.group(1) else "Kamerstuk"
        dossier = f"{rng.randrange(30, 37)} {rng.randrange(1000):03d}"
        return f"{word} {dossier}" + (f", nr. {rng.randrange(1, 200)}" if match.group(4) else "")

    return _REFERENCE.sub(renumber, text)


def _hyphen_split(word: str, room: int) -> tuple[str, str] | None:
    """``aanpassingsvermogen`` -> (``aanpassings-``, ``vermogen``) if a piece fits ``room``."""
    if len(word) < 12 or not word.isalpha() or not word.islower() or room < 6:
        return None
    for cut in range(min(room - 1, len(word) - 5), 4, -1):
        left, right = word[:cut], word[cut:]
        if left[-1] not in "aeiouy" or right[0] not in "aeiouy":
            return left + "-", right
    return None


def wrap(text: str, width: int = LINE_WIDTH, *, hyphenate: bool = True) -> list[str]:
    """Lines of at most ``width`` characters, long words hyphenated at line ends."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if not line:
            line = word
            continue
        if len(line) + 1 + len(word) <= width:
            line += " " + word
            continue
        split = _hyphen_split(word, width - len(line) - 1) if hyphenate else None
        if split is not None:
            lines.append(f"{line} {split[0]}")
            line = split[1]
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


class _Pages:
    """Lines with a footer at every page end and a leading space at every page start."""

    def __init__(self, spec: LetterSpec) -> None:
        self.spec = spec
        self.out: list[str] = []
        self.page = 1
        self.on_page = 0
        self.new_page = True  # the first line of the letter starts with a space too

    def footer(self) -> str:
        spec = self.spec
        return f"Tweede Kamer, vergaderjaar {spec.vergaderjaar}, {spec.kamerstuk} {self.page}"

    def line(self, text: str) -> None:
        if self.on_page >= LINES_PER_PAGE:
            self.out += ["", self.footer(), "", "", ""]
            self.page += 1
            self.on_page = 0
            self.new_page = True
        if self.new_page:
            text = " " + text
            self.new_page = False
        self.out.append(text + " ")
        self.on_page += 1

    def blank(self) -> None:
        if self.on_page and self.out and self.out[-1] != "":
            self.out.append("")
            self.on_page += 1

    def block(self, lines: list[str], keep_together: bool = False) -> None:
        if keep_together and self.on_page + len(lines) + 2 > LINES_PER_PAGE:
            self.on_page = LINES_PER_PAGE  # a heading never ends a page
        for text in lines:
            self.line(text)
        self.blank()

    def finish(self) -> str:
        self.out += ["", self.footer(), "", ""]
        return "\n".join(self.out)


def render_letter(template: Template, spec: LetterSpec, *, short: bool = False) -> str:
    """The text file of one generated letter; ``short``: one chapter, two sections (3 pages)."""
    rng = random.Random(f"text-{spec.index}")
    pages = _Pages(spec)
    pages.block(["Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"])
    month = MONTHS[spec.day.month - 1]
    pages.block([f"Den Haag, {spec.day.day} {month} {spec.day.year}"])
    for passage in template.opening:
        pages.block(wrap(_vary(passage, rng)))
    first, *rest = template.chapters
    rng.shuffle(rest)
    chapters = [first, *rest]
    if short:
        chapters = [rng.choice([c for c in template.chapters if len(c.sections) >= 2])]
    for chapter in chapters:
        sections = list(chapter.sections)
        rng.shuffle(sections)
        sections = sections[:2] if short else sections
        pages.block(wrap(chapter.title, hyphenate=False), keep_together=True)
        for passage in rng.sample(chapter.passages, len(chapter.passages)):
            pages.block(wrap(_vary(passage, rng)))
        for title, passages in sections:
            pages.block(wrap(title, hyphenate=False), keep_together=True)
            for passage in rng.sample(passages, len(passages)):
                pages.block(wrap(_vary(passage, rng)))
    pages.block([f"De {spec.role},", spec.signatory])
    return pages.finish()


SHORT = 100_000  # short letters are numbered from here: their own kamerstuk numbers


def write_letters(
    folder: Path, start: int, count: int, template: Template, *, short: bool = False
) -> list[Path]:
    """Write letters ``start`` … ``start + count - 1`` into ``folder``; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(start, start + count):
        spec = letter_spec(index + (SHORT if short else 0))
        path = folder / spec.file_name
        path.write_text(render_letter(template, spec, short=short), encoding="utf-8")
        written.append(path)
    return written
