"""The Kamerstuk as published on officielebekendmakingen.nl (the PDF layout).

Page 1 opens with the kamerstukkop: "Tweede Kamer der Staten-Generaal" with the
chamber's number, "Vergaderjaar 2022–2023", the dossier number with the
dossier's title beside it, "Nr. 2567" with the document title in capitals
beside it, the addressee and "Den Haag, <date>". Page 1 ends with the
kst/ISSN footer, the other pages with the running footer
"Tweede Kamer, vergaderjaar 2022–2023, 21 501-02, nr. 2567 <page>", whose
number is the page as printed.
"""

from __future__ import annotations

import re

from briefer.ingest.kamerstuk import match_date_line, match_footer
from briefer.ingest.layout import assemble_letter
from briefer.ingest.letter_parts import take_greetings, title_from_capitals
from briefer.ingest.model import LetterMeta, ParsedLetter
from briefer.ingest.page_analysis import BODY, DocumentLayout, TextLine
from briefer.ingest.styled_blocks import styled_blocks

KOP_LINES = 8  # the chamber and the vergaderjaar are among the first lines of page 1
_CHAMBER = re.compile(r"^(?P<chamber>Tweede|Eerste) Kamer der Staten-Generaal\b")
_YEAR = re.compile(r"^Vergaderjaar\s+(?P<year>\d{4}\s*[–-]\s*\d{4})")
_DOSSIER = re.compile(r"^\d{2}\s?\d{3}(?:\s*[A-Z]{1,4}\b)?(?:-[\dA-Z]+)?$")
_NUMBER = re.compile(r"^Nr\.\s*(?P<number>\d+)$")


def detect(layout: DocumentLayout) -> bool:
    if not layout.pages:
        return False
    top = [line.text for line in layout.pages[0].lines[:KOP_LINES]]
    return any(_CHAMBER.match(text) for text in top) and any(_YEAR.match(text) for text in top)


def _beside(lines: list[TextLine], anchor: TextLine) -> list[TextLine]:
    return [
        line
        for line in lines
        if line is not anchor and abs(line.baseline - anchor.baseline) < 2 and line.x0 > anchor.x1
    ]


def _continues(line: TextLine, previous: TextLine) -> bool:
    """A wrapped line of the same kop field: right below, at its left edge, in its type."""
    return (
        abs(line.x0 - previous.x0) < 2
        and 0 < previous.baseline - line.baseline <= 1.6 * max(line.size, previous.size)
        and line.style == previous.style
    )


def _read_kop(lines: list[TextLine], meta: LetterMeta) -> int:
    """Fill ``meta`` from the kamerstukkop; returns how many lines of page 1 it takes.

    The kop is the run of lines at the top of page 1 that are kop fields; the
    first other line (or the line after "Den Haag, <date>") starts the body.
    The dossier title, the document title and the addressee may wrap: a line
    right below one of them, at its left edge and in its type, continues it.
    """
    dossier = number = None
    wrapping: tuple[str, TextLine] | None = None  # the field a next line may continue
    used: set[int] = set()  # lines taken as the text beside a number or the chamber
    end = 0
    for index, line in enumerate(lines):
        if id(line) in used:
            end = index + 1
            continue
        if _CHAMBER.match(line.text):
            used.update(id(item) for item in _beside(lines, line))  # the chamber's number
        elif (year := _YEAR.match(line.text)) is not None:
            meta.vergaderjaar = re.sub(r"\s*[–-]\s*", "–", year["year"])
        elif dossier is None and _DOSSIER.match(line.text):
            dossier = line.text
            beside = _beside(lines, line)
            used.update(id(item) for item in beside)
            meta.dossier = " ".join(item.text for item in beside) or None
            wrapping = ("dossier", beside[-1]) if beside else None
        elif number is None and (found := _NUMBER.match(line.text)) is not None:
            number = found["number"]
            beside = _beside(lines, line)
            used.update(id(item) for item in beside)
            if beside:
                meta.title = " ".join(item.text for item in beside)
                wrapping = ("title", beside[-1])
        elif line.text.startswith(("Aan de ", "Aan het ")) and meta.addressee is None:
            meta.addressee = line.text
            wrapping = ("addressee", line)
        elif (dated := match_date_line(line.text)) is not None:
            meta.place, meta.date = dated
            end = index + 1
            break
        elif (
            wrapping is not None
            and _continues(line, wrapping[1])
            and (wrapping[0] != "title" or line.text.isupper())  # the title is in capitals
        ):
            name = wrapping[0]
            setattr(meta, name, f"{getattr(meta, name) or ''} {line.text}".strip())
            wrapping = (name, line)
        else:
            break  # the first line that is no part of the kop: the body starts here
        end = index + 1
    meta.title = title_from_capitals(meta.title) if meta.title else meta.title
    if dossier is not None and number is not None:
        meta.kamerstuk = f"{dossier}, nr. {number}"
    return end


def _printed_pages(layout: DocumentLayout, meta: LetterMeta) -> dict[int, int]:
    """PDF page -> page number as printed in the running footer."""
    printed: dict[int, int] = {}
    for page in layout.pages:
        rows: dict[int, list[TextLine]] = {}
        for line in page.lines:
            if line.kind != BODY:
                rows.setdefault(round(line.baseline), []).append(line)
        for row in rows.values():
            text = " ".join(line.text for line in sorted(row, key=lambda item: item.x0))
            footer = match_footer(text)
            if footer is None:
                continue
            meta.kamerstuk = meta.kamerstuk or footer.kamerstuk
            meta.vergaderjaar = meta.vergaderjaar or footer.vergaderjaar
            if footer.page:
                printed[page.number] = footer.page
    if printed:
        first_pdf = min(printed)
        offset = printed[first_pdf] - first_pdf
        for page in layout.pages:
            printed.setdefault(page.number, page.number + offset)
    return printed


def read_kamerstuk_pdf(layout: DocumentLayout, fallback_title: str) -> ParsedLetter:
    meta = LetterMeta()
    first = layout.pages[0].lines
    taken = _read_kop(first, meta)
    body = [line for line in first[taken:] if line.kind == BODY]
    for page in layout.pages[1:]:
        body.extend(line for line in page.lines if line.kind == BODY)
    printed = _printed_pages(layout, meta)
    blocks = take_greetings(styled_blocks(body, layout.body_size), meta)
    for block in blocks:
        block.first_page = printed.get(block.first_page, block.first_page)
        block.last_page = printed.get(block.last_page, block.last_page)
    meta.pages = max(printed.values(), default=len(layout.pages))
    return assemble_letter(
        blocks,
        meta,
        detect_headings=False,
        fallback_title=fallback_title,
        source_format="pdf",
    )
