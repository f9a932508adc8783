"""A publication that carries its own structure (a tagged PDF) read from its tags.

Brochures, strategies and reports are laid out in spreads, columns, boxes and
footnotes per column; their tags say what the eye sees: the headings and their
levels, the paragraphs in reading order over columns and pages, the notes with
the place that cites them, and what is furniture (untagged: running headers,
page numbers, chart labels). This reader is used for a tagged PDF in no
published form of its own (a Kamerstuk or a Rijksoverheid letter has its own
reader) whose tags show headings of at least two levels, so tags that only wrap
each page in one paragraph do not replace the reading of its page layout.

On top of the tags, what a publication's pages hold around its text: the cover
(its only top-level heading is the title; the few lines beside it are not
passages), a table of contents and its caption, the credits of photos and
charts, the colophon (it names the publisher), and a list of abbreviations
(one row per tag, kept as one passage).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import pypdfium2 as pdfium

from briefer.ingest.hyphenation import build_vocabulary
from briefer.ingest.layout import Block, assemble_letter
from briefer.ingest.model import LetterMeta, ParsedFootnote, ParsedLetter
from briefer.ingest.pdf_tags import Element, is_tagged, page_elements
from briefer.ingest.tag_items import HEADING, MARK, Item, item_lines, joined_text, read_items

_CREDIT = re.compile(r"^(?:bron|foto|foto's|beeld|illustratie|fotografie|grafiek)\s*:", re.I)
_COLOPHON = re.compile(r"^(?:colofon|dit is een uitgave van)\b", re.I)
_PUBLISHER = re.compile(r"^dit is een uitgave van\s*:?\s*", re.I)
_ABBREVIATION = re.compile(r"^(?=\S*[A-Z]\S*[A-Z0-9])[A-Z0-9][\w&/.-]*(?:\s+[A-Z0-9]{2,})?\s")
_STOPS_SHORT = re.compile(r"[\w,]\s*$")
_GOES_ON = re.compile(r"^\s*[a-zà-ÿ]")
MIN_LEVELS = 2  # headings of fewer distinct levels: the tags do not carry the outline
TITLE_WORDS = 20  # a title styled as a paragraph is no longer than this
COVER_WORDS = 60  # a title page with fewer words than this is a cover
LIST_ROWS = 5  # this many abbreviation rows in a row make a list of abbreviations
ROW_WORDS = 25  # an abbreviation's row is no longer than this


def _join_broken(items: list[Item]) -> list[Item]:
    """A paragraph the tags broke in two at a column's end: the first part stops short
    of a sentence's end and the second goes on in lower case."""
    joined: list[Item] = []
    for item in items:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.heading is None
            and item.heading is None
            and _STOPS_SHORT.search(last.raw.replace(MARK, ""))
            and _GOES_ON.match(item.raw)
        ):
            last.parts.extend(["\n", *item.parts])
            last.notes.extend(item.notes)
            last.last_page = item.last_page
            continue
        joined.append(item)
    return joined


@dataclass
class _Reading:
    blocks: list[Block]
    title: str = ""
    ministry: str | None = None


def _blocks(items: list[Item]) -> _Reading:
    known = build_vocabulary(line for item in items for line in item_lines(item.raw))
    reading = _Reading([])
    heading_tags = [item.heading for item in items if item.heading is not None]
    items = _take_title(items, heading_tags, reading, known)
    items = _join_broken(_take_colophon(items, reading, known))
    levels = {tag: rank for rank, tag in enumerate(sorted(set(heading_tags)), start=1)}
    rows: list[Block] = []
    for item in items:
        text, offsets = joined_text(item.raw, known)
        if not text:
            continue
        if item.heading is not None:
            _flush_rows(rows, reading.blocks)
            level = levels[item.heading]
            reading.blocks.append(Block(text, item.page, item.last_page, heading_level=level))
            continue
        if _CREDIT.match(text) and len(text.split()) <= ROW_WORDS and not item.notes:
            continue
        footnotes = [
            ParsedFootnote(marker, joined_text(note, known)[0], page, offset)
            for (marker, note, page), offset in zip(item.notes, offsets, strict=False)
        ]
        block = Block(text, item.page, item.last_page, lines=[text], footnotes=footnotes)
        if _ABBREVIATION.match(text) and len(text.split()) <= ROW_WORDS and not footnotes:
            rows.append(block)
            continue
        _flush_rows(rows, reading.blocks)
        reading.blocks.append(block)
    _flush_rows(rows, reading.blocks)
    return reading


def _flush_rows(rows: list[Block], blocks: list[Block]) -> None:
    """Rows of abbreviations: one list when there are enough of them, else paragraphs."""
    if len(rows) >= LIST_ROWS and not any(row.text.endswith(".") for row in rows):
        text = " ".join(row.text for row in rows)
        blocks.append(Block(text, rows[0].first_page, rows[-1].last_page, len(rows), None, [text]))
    else:
        blocks.extend(rows)
    rows.clear()


def _take_title(
    items: list[Item], tags: list[int], reading: _Reading, known: set[str]
) -> list[Item]:
    """The title: the first heading, when its level is used by no other heading; on a
    cover page (few words) the other lines beside it are not passages. Without such a
    heading, a short line before the first heading that ends no sentence (a title
    styled as a paragraph)."""
    first = next((index for index, item in enumerate(items) if item.heading is not None), None)
    if first is None:
        return items
    top = items[first]
    if tags.count(top.heading) != 1 or min(tags) != top.heading:  # type: ignore[arg-type]
        if first > 0:
            text = joined_text(items[0].raw, known)[0]
            if len(text.split()) <= TITLE_WORDS and not text.endswith((".", ":", ";")):
                reading.title = text
                return items[1:]
        return items
    reading.title = joined_text(top.raw, known)[0]
    tags.remove(top.heading)
    rest = items[:first] + items[first + 1 :]
    on_cover = [item for item in rest if item.page == top.page]
    if sum(len(item.raw.split()) for item in on_cover) < COVER_WORDS and not any(
        item.heading is not None for item in on_cover
    ):
        rest = [item for item in rest if item.page != top.page]
    return rest


def _take_colophon(items: list[Item], reading: _Reading, known: set[str]) -> list[Item]:
    """The colophon, from its first line to the next heading, is not text; the line
    after "Dit is een uitgave van:" names the publisher."""
    for index, item in enumerate(items):
        text = joined_text(item.raw, known)[0] if item.heading is None else ""
        if not _COLOPHON.match(text):
            continue
        end = next(
            (later for later in range(index + 1, len(items)) if items[later].heading is not None),
            len(items),
        )
        for position in range(index, end):
            line = joined_text(items[position].raw, known)[0]
            found = _PUBLISHER.match(line)
            if found is None:
                continue
            publisher = line[found.end() :].strip()
            if not publisher and position + 1 < end:
                publisher = joined_text(items[position + 1].raw, known)[0]
            reading.ministry = publisher or None
            break
        return items[:index] + items[end:]
    return items


def usable(document: pdfium.PdfDocument) -> bool:
    """Whether the PDF is tagged and its tags carry an outline: headings of at least two
    levels (a tagged letter or form whose headings are only paragraphs is read from its
    page layout)."""
    if not is_tagged(document):
        return False
    levels: set[str] = set()
    for index in range(len(document)):
        page = document[index]
        try:
            stack = page_elements(page)
        finally:
            page.close()
        while stack:
            element = stack.pop()
            if HEADING.match(element.type):
                levels.add(element.type)
            stack.extend(kid for kid in element.kids if isinstance(kid, Element))
        if len(levels) >= MIN_LEVELS:
            return True
    return False


def read_tagged_pdf(
    document: pdfium.PdfDocument, fallback_title: str, body: Sequence[tuple[int, str]] = ()
) -> ParsedLetter | None:
    """The publication read from its tags; None when they do not hold its text.

    ``body``: (page, text) of furniture lines the user said are text: they stay, at the
    end of their page."""
    items = read_items(document, body)
    if items is None:
        return None
    reading = _blocks(items)
    if not any(block.heading_level is None for block in reading.blocks):
        return None
    meta = LetterMeta(pages=len(document), title=reading.title, ministry=reading.ministry)
    return assemble_letter(
        reading.blocks,
        meta,
        detect_headings=False,
        fallback_title=fallback_title,
        source_format="pdf",
    )
