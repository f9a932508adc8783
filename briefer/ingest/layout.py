"""From lines with their pages to a parsed letter: paragraphs, headings, tree.

Every reader ends here. Text and PDF readers hand over ``SourceLine`` objects
(``blocks_from_lines``); the Word reader hands over paragraphs as ``Block``
objects directly. ``assemble_letter`` then separates metadata (salutation,
date line, signature) from passages and builds the chapter/section tree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from briefer.ingest.hyphenation import build_vocabulary, join_lines
from briefer.ingest.kamerstuk import (
    Footer,
    is_salutation,
    match_date_line,
    match_footer,
    match_signature,
)
from briefer.ingest.model import (
    LetterMeta,
    ParsedFootnote,
    ParsedLetter,
    ParsedPassage,
    ParsedSection,
)

Progress = Callable[[int, int], None]

_SENTENCE_END = re.compile(r"[.!?][»”’\"')\]]*$")
_CLOSING_PUNCTUATION = tuple(".,;:!?")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_CONTROL_OR_TAB = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")
_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
MAX_HEADING_CHARS = 160
MAX_HEADING_LINES = 2
PROGRESS_EVERY = 20_000


class SourceLine(NamedTuple):
    """A line of a letter's text with its page (a tuple: a letter has over a thousand,
    and a tuple is made many times faster than a frozen dataclass)."""

    text: str
    page: int
    page_start: bool = False  # the first line of a page after the first page


@dataclass
class Block:
    """A paragraph-like run of text, or a heading when ``heading_level`` is set."""

    text: str
    first_page: int
    last_page: int
    line_count: int = 1
    heading_level: int | None = None
    lines: list[str] = field(default_factory=list)
    footnotes: list[ParsedFootnote] = field(default_factory=list)
    role: str | None = None  # model.ROLES: a question, an answer, a motie's dictum …
    number: int | None = None  # a question's number


@dataclass
class LineScan:
    blocks: list[Block]
    footers: list[Footer]
    pages: int


def clean_text(text: str) -> str:
    """Remove control characters (tabs become spaces) and surrounding white space."""
    return _CONTROL.sub("", text.replace("\t", " ")).strip()


def _ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.rstrip()))


def _starts_capital(text: str) -> bool:
    stripped = text.lstrip("«“‘\"'( ")
    return bool(stripped) and (stripped[0].isupper() or stripped[0].isdigit())


def _looks_like_heading_text(text: str) -> bool:
    stripped = text.strip()
    return (
        0 < len(stripped) <= MAX_HEADING_CHARS
        and not stripped.endswith(_CLOSING_PUNCTUATION)
        and not stripped.endswith("-")
        and _starts_capital(stripped)
    )


class _BlockBuilder:
    def __init__(self, known: Callable[[str], bool]) -> None:
        self.blocks: list[Block] = []
        self._known = known
        self._lines: list[str] = []
        self._pages: list[int] = []

    @property
    def open(self) -> bool:
        return bool(self._lines)

    @property
    def last_line(self) -> str:
        return self._lines[-1] if self._lines else ""

    @property
    def line_count(self) -> int:
        return len(self._lines)

    def add(self, text: str, page: int) -> None:
        self._lines.append(text)
        self._pages.append(page)

    def close(self) -> None:
        if not self._lines:
            return
        joined = ""
        for line in self._lines:
            joined = join_lines(joined, line, self._known)
        self.blocks.append(
            Block(
                text=joined,
                first_page=self._pages[0],
                last_page=self._pages[-1],
                line_count=len(self._lines),
                lines=list(self._lines),
            )
        )
        self._lines = []
        self._pages = []


def blocks_from_lines(lines: Sequence[SourceLine], progress: Progress | None = None) -> LineScan:
    """Group lines into blocks: blank lines end a block, except around a footer.

    At a page start the new line opens a new paragraph only when the line
    before ended a sentence and the new one starts with a capital.
    """
    vocabulary: set[str] | None = None

    def known(word: str) -> bool:
        nonlocal vocabulary
        if vocabulary is None:
            vocabulary = build_vocabulary(line.text for line in lines)
        return word in vocabulary

    builder = _BlockBuilder(known)
    # Most texts have no tab or control character at all: then cleaning a line is stripping it.
    plain = not _CONTROL_OR_TAB.search("\n".join(line.text for line in lines))
    footers: list[Footer] = []
    pages = 1
    blank_pending = False  # a blank line followed the last content line
    footer_since_blank = False
    total = len(lines)
    for index, line in enumerate(lines):
        if progress is not None and index % PROGRESS_EVERY == 0:
            progress(index, total)
        pages = max(pages, line.page)
        footer = match_footer(line.text)
        if footer is not None:
            footers.append(footer)
            if footer.page:
                pages = max(pages, footer.page)
            footer_since_blank = True
            continue
        text = line.text.strip() if plain else clean_text(line.text)
        if not text:
            blank_pending = True
            continue
        heading = markdown_heading(text)
        if heading is not None:
            builder.close()
            builder.blocks.append(
                Block(heading[1], line.page, line.page, heading_level=heading[0], lines=[text])
            )
            blank_pending = False
            footer_since_blank = False
            continue
        if builder.open:
            crossed_page = line.page_start or footer_since_blank
            if crossed_page:
                previous = builder.last_line
                lone_heading = builder.line_count == 1 and _looks_like_heading_text(previous)
                closed_by_blank = blank_pending and not footer_since_blank
                if closed_by_blank or (
                    (_ends_sentence(previous) or lone_heading) and _starts_capital(text)
                ):
                    builder.close()
            elif blank_pending:
                builder.close()
        builder.add(text, line.page)
        blank_pending = False
        footer_since_blank = False
    builder.close()
    if progress is not None:
        progress(total, total)
    return LineScan(blocks=builder.blocks, footers=footers, pages=pages)


def _metadata_from_footers(meta: LetterMeta, footers: Sequence[Footer]) -> None:
    if not footers:
        return
    first = footers[0]
    meta.kamerstuk = meta.kamerstuk or first.kamerstuk
    meta.vergaderjaar = meta.vergaderjaar or first.vergaderjaar
    numbered = [footer.page for footer in footers if footer.page]
    if numbered:
        meta.pages = max(meta.pages, *numbered)


def _take_metadata(blocks: list[Block], meta: LetterMeta) -> list[Block]:
    """Remove salutation, date line and signature blocks, filling ``meta``."""
    kept: list[Block] = []
    head_zone = True  # salutation and date line only before the first passage
    for position, block in enumerate(blocks):
        if block.heading_level is None and head_zone and position < 4:
            dated = match_date_line(block.text) if meta.date is None else None
            if dated is not None and block.line_count <= 2:
                # Only the first: a second date line would overwrite it, and be lost.
                meta.place, meta.date = dated
                continue
            if position == 0 and is_salutation(block.text) and block.line_count <= 2:
                meta.addressee = block.text
                continue
        if block.heading_level is None:
            signature = match_signature(block.lines or [block.text])
            if signature is not None:
                # A letter signed by two ministers may have two signature blocks:
                # keep every signatory (the second used to vanish without a trace).
                _add_signatures(meta, signature)
                continue
        if block.heading_level is not None or not _looks_like_heading_text(block.text):
            head_zone = False
        kept.append(block)
    return kept


def _add_signatures(meta: LetterMeta, signature: list[tuple[str, str]]) -> None:
    """Add (role, name) pairs to the metadata, each pair once: ``signatories`` holds them
    all, ``signatory`` and ``signatory_role`` name them all joined by "; "."""
    known = {(name, role) for name, role in meta.signatories}
    for role, name in signature:
        if (name, role) not in known:
            known.add((name, role))
            meta.signatories.append((name, role))
    meta.signatory_role = "; ".join(role or "" for _, role in meta.signatories)
    meta.signatory = "; ".join(name for name, _ in meta.signatories)


def _heading_levels(blocks: list[Block], detect: bool) -> list[int | None]:
    """The level of each block that is a heading, None for a paragraph."""
    candidates: list[bool] = []
    for block in blocks:
        if block.heading_level is not None:
            candidates.append(True)
        else:
            candidates.append(
                detect
                and block.line_count <= MAX_HEADING_LINES
                and _looks_like_heading_text(block.text)
            )
    levels: list[int | None] = []
    for index, block in enumerate(blocks):
        if block.heading_level is not None:
            levels.append(block.heading_level)
        elif candidates[index]:
            followed_by_heading = index + 1 < len(blocks) and candidates[index + 1]
            levels.append(1 if followed_by_heading else 2)
        else:
            levels.append(None)
    inferred = [
        level
        for block, level in zip(blocks, levels, strict=True)
        if level is not None and block.heading_level is None
    ]
    if inferred and 1 not in inferred:
        # No chapters at all: the headings found are the top level.
        levels = [
            1 if level is not None and block.heading_level is None else level
            for block, level in zip(blocks, levels, strict=True)
        ]
    return levels


def assemble_letter(
    blocks: list[Block],
    meta: LetterMeta,
    *,
    footers: Sequence[Footer] = (),
    detect_headings: bool = True,
    fallback_title: str = "",
    source_format: str = "txt",
) -> ParsedLetter:
    """Separate metadata from passages and build the chapter/section tree."""
    _metadata_from_footers(meta, footers)
    body = _take_metadata(blocks, meta)
    levels = _heading_levels(body, detect_headings)
    letter = ParsedLetter(meta=meta, source_format=source_format)
    stack: list[ParsedSection] = []
    first_heading = ""
    for block, level in zip(body, levels, strict=True):
        meta.pages = max(meta.pages, block.last_page)
        if level is not None:
            section = ParsedSection(title=block.text, level=level, page=block.first_page)
            first_heading = first_heading or block.text
            while stack and stack[-1].level >= level:
                stack.pop()
            (stack[-1].sections if stack else letter.sections).append(section)
            stack.append(section)
            continue
        passage = ParsedPassage(
            block.text,
            block.first_page,
            block.last_page,
            role=block.role,
            number=block.number,
            footnotes=block.footnotes,
        )
        (stack[-1].passages if stack else letter.passages).append(passage)
    if not meta.title:
        if meta.signatory_role:
            meta.title = f"Brief van de {meta.signatory_role}"
        else:
            meta.title = first_heading or fallback_title
    return letter


def markdown_heading(line: str) -> tuple[int, str] | None:
    """``## Titel`` -> (2, "Titel")."""
    if "#" not in line:  # most lines: no need to strip and match
        return None
    match = _MARKDOWN_HEADING.match(line.strip())
    if not match:
        return None
    return len(match.group(1)), match.group(2)
