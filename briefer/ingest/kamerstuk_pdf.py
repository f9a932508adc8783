"""The parliament's publications as officielebekendmakingen.nl prints them (the PDF layout).

Page 1 opens with the kop: "Tweede Kamer der Staten-Generaal" with the
chamber's number, "Vergaderjaar 2022–2023", then for a Kamerstuk the dossier
number with the dossier's title beside it and "Nr. 2567" with the stuk's
title in capitals beside it (a letter: the addressee and "Den Haag, <date>";
a motie: "Voorgesteld <date>"), for an Aanhangsel of the Handelingen
"Aanhangsel van de Handelingen" beside the vergaderjaar, "Vragen gesteld door
de leden der Kamer, met de daarop door de regering gegeven antwoorden" and
the number of the questions. Page 1 ends with the publication's id and ISSN
(``kst-32545-143``, ``ah-tk-20232024-1771``), the other pages with a running
footer ("Tweede Kamer, vergaderjaar 2022–2023, 21 501-02, nr. 2567 <page>").
What the stuk says in words (its kind, questions and answers, a motie's parts)
is read by stukken.py, as for the stuk's other forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefer.ingest.body_flow import flow, read_notes
from briefer.ingest.closing import signatories, split_closing
from briefer.ingest.kamerstuk import match_date_line, match_footer
from briefer.ingest.layout import assemble_letter
from briefer.ingest.letter_parts import dutch_date, is_salutation
from briefer.ingest.model import DOCUMENT, KAMERVRAGEN, MOTIE, LetterMeta, ParsedLetter
from briefer.ingest.page_analysis import BODY, FOOTNOTE, DocumentLayout, TextLine
from briefer.ingest.stukken import (
    question_label,
    stuk_kind,
    stuk_title,
    take_motie,
    take_questions,
)

KOP_LINES = 8  # the chamber and the vergaderjaar are among the first lines of page 1
_CHAMBER = re.compile(r"^(?P<chamber>Tweede|Eerste) Kamer der Staten-Generaal\b")
_YEAR = re.compile(r"^Vergaderjaar\s+(?P<year>\d{4}\s*[–-]\s*\d{4})")
_DOSSIER = re.compile(r"^\d{2}\s?\d{3}(?:\s*[A-Z]{1,4}\b)?(?:-[\dA-Z]+)?$")
_NUMBER = re.compile(r"^Nr\.\s*(?P<number>\d+)$")
_AANHANGSEL = re.compile(r"^Aanhangsel van de Handelingen$", re.IGNORECASE)
_QUESTIONS = re.compile(r"^Vragen gesteld door de leden der Kamer", re.IGNORECASE)
_PUBLICATION = re.compile(r"^(?P<id>(?:kst|ah-tk|ah-ek|blg|h-tk|h-ek)-[\w-]+)$")
_PROPOSED = re.compile(r"^(?:Voorgesteld|Ontvangen|Vastgesteld)\s+(?P<date>.+)$")


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


@dataclass
class Kop:
    """What the kop of page 1 says."""

    aanhangsel: bool = False
    questions: bool = False  # "Vragen gesteld door de leden der Kamer …"
    number: str | None = None  # the Aanhangsel's number of the questions
    title: str = ""  # the stuk's title as printed (capitals)
    used: set[int] = field(default_factory=set)  # id() of page-1 lines the kop takes


def _read_kop(lines: list[TextLine], meta: LetterMeta) -> tuple[int, Kop]:
    """Fill ``meta`` from the kop; returns how many lines of page 1 it takes, and the kop.

    The kop is the run of lines at the top of page 1 that are kop fields; the
    first other line (or the line after "Den Haag, <date>") starts the body.
    The dossier title, the stuk's title, the questions' heading and the
    addressee may wrap: a line right below one of them, at its left edge and in
    its type, continues it."""
    kop = Kop()
    dossier = number = None
    wrapping: tuple[str, TextLine] | None = None  # the field a next line may continue
    end = 0
    for index, line in enumerate(lines):
        if id(line) in kop.used:
            end = index + 1
            continue
        text = line.text
        if _CHAMBER.match(text):
            kop.used.update(id(item) for item in _beside(lines, line))  # the chamber's number
        elif text in ("1", "2") and index < KOP_LINES and dossier is None:
            pass  # the chamber's number, printed large beside or below its name
        elif (year := _YEAR.match(text)) is not None:
            meta.vergaderjaar = re.sub(r"\s*[–-]\s*", "–", year["year"])
            for item in _beside(lines, line):
                kop.used.add(id(item))
                kop.aanhangsel = kop.aanhangsel or bool(_AANHANGSEL.match(item.text))
        elif _AANHANGSEL.match(text):
            kop.aanhangsel = True
        elif _QUESTIONS.match(text):
            kop.questions = True
            wrapping = ("questions", line)
        elif kop.questions and kop.number is None and text.isdigit() and line.bold:
            kop.number = text
        elif dossier is None and _DOSSIER.match(text):
            dossier = text
            beside = _beside(lines, line)
            kop.used.update(id(item) for item in beside)
            meta.dossier = " ".join(item.text for item in beside) or None
            wrapping = ("dossier", beside[-1]) if beside else None
        elif number is None and (found := _NUMBER.match(text)) is not None:
            number = found["number"]
            beside = _beside(lines, line)
            kop.used.update(id(item) for item in beside)
            if beside:
                kop.title = " ".join(item.text for item in beside)
                wrapping = ("title", beside[-1])
        elif text.startswith(("Aan de ", "Aan het ")) and meta.addressee is None:
            meta.addressee = text
            wrapping = ("addressee", line)
        elif (dated := match_date_line(text)) is not None:
            meta.place, meta.date = dated
            end = index + 1
            break
        elif (proposed := _PROPOSED.match(text)) is not None and dutch_date(text):
            meta.date = dutch_date(proposed["date"])
            end = index + 1
            break
        elif (
            wrapping is not None
            and _continues(line, wrapping[1])
            and (
                wrapping[0] != "title" or text.isupper()  # the title is in capitals
            )
        ):
            name = wrapping[0]
            if name == "title":
                kop.title = f"{kop.title} {text}"
            elif name in ("dossier", "addressee"):
                setattr(meta, name, f"{getattr(meta, name) or ''} {text}".strip())
            wrapping = (name, line)
        else:
            break  # the first line that is no part of the kop: the body starts here
        end = index + 1
    if dossier is not None and number is not None:
        meta.kamerstuk = f"{dossier}, nr. {number}"
    return end, kop


def _printed_pages(layout: DocumentLayout, meta: LetterMeta) -> dict[int, int]:
    """PDF page -> page number as printed in the running footer; the publication's id."""
    printed: dict[int, int] = {}
    for page in layout.pages:
        rows: dict[int, list[TextLine]] = {}
        for line in page.lines:
            if line.kind != BODY:
                rows.setdefault(round(line.baseline), []).append(line)
                found = _PUBLICATION.match(line.text)
                if found is not None and meta.publication is None:
                    meta.publication = found["id"]
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


def _label(line: TextLine) -> tuple[str, int] | None:
    return question_label(line.text)


def read_kamerstuk_pdf(layout: DocumentLayout, fallback_title: str) -> ParsedLetter:
    meta = LetterMeta()
    first = layout.pages[0].lines
    taken, found = _read_kop(first, meta)
    printed = _printed_pages(layout, meta)
    kop = {id(line) for line in first[:taken]}
    lines = [line for line in layout.pages[0].reading(BODY, FOOTNOTE) if id(line) not in kop]
    for page in layout.pages[1:]:
        lines.extend(page.reading(BODY, FOOTNOTE))
    if found.questions:
        meta.kind = KAMERVRAGEN
        meta.number = found.number
    else:
        meta.kind = stuk_kind(found.title)
    body = [line for line in lines if line.kind == BODY]
    before, closing, after = split_closing(body) if meta.kind != MOTIE else (body, [], [])
    if closing:
        meta.signatories = signatories(closing)
    notes = read_notes(lines)
    blocks = flow(
        before + after,
        layout.body_size,
        layout.body_right,
        notes,
        label=_label if meta.kind == KAMERVRAGEN else None,
        headings=meta.kind not in (KAMERVRAGEN, MOTIE),
    )
    blocks = [
        block for block in blocks if not (block.heading_level is None and is_salutation(block.text))
    ]
    if meta.kind == KAMERVRAGEN:
        blocks = take_questions(blocks, meta)
    elif meta.kind == MOTIE:
        blocks = take_motie(blocks, meta)
    if found.title:
        meta.title = stuk_title(found.title, meta.indieners)
    for block in blocks:
        block.first_page = printed.get(block.first_page, block.first_page)
        block.last_page = printed.get(block.last_page, block.last_page)
    if meta.signatories:
        meta.signatory, meta.signatory_role = meta.signatories[0]
    meta.pages = max(printed.values(), default=len(layout.pages))
    letter = assemble_letter(
        blocks,
        meta,
        detect_headings=False,
        fallback_title=fallback_title,
        source_format="pdf",
    )
    if meta.kind == DOCUMENT:
        letter.notice = "soort stuk niet herkend: gelezen als gewoon document"
    return letter
