"""The render model: one format-neutral description of a briefing document.

Both exporters (Word and PDF) take only a ``RenderDocument``, so the two
formats always carry the same content in the same order. All text here is
plain Unicode exactly as the user or the letter wrote it: exporters must
escape it for their format (reportlab reads markup) and must never drop
characters other than the control characters ``compose`` already removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Footnote:
    """A letter's footnote on a passage the briefing cites."""

    text: str
    number: int = 0  # in the document, from 1, in reading order (set by ``assemble``)


@dataclass(frozen=True)
class Run:
    """A piece of text with simple emphasis; or, with ``footnote``, a footnote's marker
    (its number as ``text``): a superscript in the text, the note a footnote (Word) or
    a note beneath the block (PDF, preview)."""

    text: str
    bold: bool = False
    italic: bool = False
    footnote: Footnote | None = None


def footnotes_of(runs: tuple[Run, ...]) -> list[Footnote]:
    """The footnotes whose markers stand in ``runs``, in their order."""
    return [run.footnote for run in runs if run.footnote is not None]


@dataclass(frozen=True)
class Cover:
    """The cover page: always the first block when present, followed by a page break."""

    title: str
    subtitle: str = ""  # the occasion ("Bezoek minister aan Beijing")
    date_text: str = ""  # already formatted in Dutch: "8 maart 2022"
    author: str = ""
    classification: str = ""  # "" = no marking
    topics: tuple[str, ...] = ()  # theme names, listed on the cover of a pack


@dataclass(frozen=True)
class TableOfContents:
    """Where the table of contents goes; lists headings of level <= ``depth``."""

    title: str = "Inhoud"
    depth: int = 3


@dataclass(frozen=True)
class Heading:
    """A real heading: Word heading style / PDF bookmark and table-of-contents entry."""

    text: str
    level: int  # 1 to 6 (Word and PDF style 5 and 6 as 4, but nest them in the outline)
    anchor: str = ""  # unique within the document, for bookmarks and links


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]
    style: str = (
        "body"  # "body" | "note" (the user's own words) | "empty" (a "nothing here" remark)
    )

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class ListItem:
    runs: tuple[Run, ...]
    citations: tuple[str, ...] = ()  # "Kamerstuk 35 925 V, nr. 84, p. 13", shown after the text
    level: int = 0  # nesting depth, 0 = top

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class BulletList:
    items: tuple[ListItem, ...]
    numbered: bool = False  # talking points are numbered, sources are bulleted


@dataclass(frozen=True)
class Quote:
    """A passage of a letter, quoted in full, with its citation beneath it."""

    text: str
    citation: str  # "Kamerstuk 35 925 V, nr. 84, p. 13" or "p. 13–14"
    passage_id: int | None = None
    # The text with its footnote markers (``Run.footnote``); empty: ``text`` as it is.
    runs: tuple[Run, ...] = ()
    label: str = ""  # what the passage is, above it: "Antwoord op vraag 3"

    @property
    def text_runs(self) -> tuple[Run, ...]:
        return self.runs or (Run(self.text),)


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Cover | TableOfContents | Heading | Paragraph | BulletList | Quote | PageBreak


@dataclass(frozen=True)
class DocumentMeta:
    title: str
    subject: str = ""  # the topics: "China" or "Rusland, Oekraïne, Sancties"
    author: str = ""
    classification: str = ""  # printed in the header and footer of every page
    keywords: tuple[str, ...] = ()
    created: datetime = field(default_factory=datetime.now)
    language: str = "nl-NL"
    target_pages: int = 0  # the length the user aims at (all topics), 0 = none


@dataclass(frozen=True)
class Omission:
    """A part left out because it had nothing to show, and why (for the composer and CLI)."""

    topic: str
    part: str  # its title in the document; "" = the whole topic
    reason: str
    key: str = ""  # the part's key ("doel", ...)

    def __str__(self) -> str:
        what = f"{self.topic}: {self.part}" if self.part else self.topic
        return f"{what} weggelaten ({self.reason})"


@dataclass(frozen=True)
class RenderDocument:
    meta: DocumentMeta
    blocks: tuple[Block, ...]
    omitted: tuple[Omission, ...] = ()
    annex_anchor: str = ""  # the heading where the annex starts ("" = no annex)

    def headings(self) -> list[Heading]:
        return [block for block in self.blocks if isinstance(block, Heading)]

    def plain_text(self) -> str:
        """Every piece of text in reading order (for tests and previews)."""
        lines: list[str] = []
        for block in self.blocks:
            if isinstance(block, Cover):
                lines += [block.title, block.subtitle, block.date_text, block.author]
            elif isinstance(block, Heading):
                lines.append(block.text)
            elif isinstance(block, Paragraph):
                lines += [block.text, *_notes(block.runs)]
            elif isinstance(block, BulletList):
                for item in block.items:
                    lines.append(" ".join([item.text, *item.citations]))
                    lines += _notes(item.runs)
            elif isinstance(block, Quote):
                lines += [block.label, block.text, block.citation, *_notes(block.text_runs)]
        return "\n".join(line for line in lines if line)


def _notes(runs: tuple[Run, ...]) -> list[str]:
    return [f"{note.number} {note.text}" for note in footnotes_of(runs)]
