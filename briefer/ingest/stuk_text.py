"""A document given as paragraphs (XML, ODT, HTML) to a parsed letter, by what it says.

The readers of the structured forms turn their file into ``Para`` items in
reading order: text (with footnote markers, see footnotes.py), whether it is a
heading and at which level, and what the form itself says an item is (a kop
line, a question's label). The kop of a parliamentary stuk is recognised by
its words, as in the PDF (kamerstuk_pdf.py), and what the stuk says (its kind,
questions and answers, a motie's parts) by stukken.py, so that every form of
one stuk reads to the same outline. A document that is no stuk is read as a
letter: its Datum/Betreft lines, salutation and closing are metadata.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from briefer.ingest.closing import take_greetings
from briefer.ingest.footnotes import Note, attach_notes
from briefer.ingest.kamerstuk import match_date_line
from briefer.ingest.layout import Block, assemble_letter
from briefer.ingest.letter_parts import dutch_date, is_salutation, take_header
from briefer.ingest.model import DOCUMENT, KAMERVRAGEN, MOTIE, LetterMeta, ParsedLetter
from briefer.ingest.stukken import (
    question_label,
    stuk_kind,
    stuk_title,
    take_motie,
    take_questions,
)

_CHAMBER = re.compile(r"^(?P<chamber>Tweede|Eerste) Kamer der Staten-Generaal\b")
_YEAR = re.compile(r"^Vergaderjaar\s+(?P<year>\d{4})\s*[–-]\s*(?P<end>\d{4})")
_AANHANGSEL = re.compile(r"^Aanhangsel van de Handelingen$", re.IGNORECASE)
_KOP_WORDS = re.compile(r"^(?:[12]|Kamerstukken|Handelingen|Kamervragen)$", re.IGNORECASE)
_QUESTIONS = re.compile(r"^Vragen gesteld door de leden der Kamer", re.IGNORECASE)
_DOSSIER = re.compile(
    r"^(?P<number>\d{2}\s?\d{3}(?:\s*[A-Z]{1,4}\b)?(?:-[\dA-Z]+)?)\s+(?P<title>\S.*)$"
)
_NUMBER = re.compile(r"^Nr\.\s*(?P<number>\d+)\s*(?P<title>.*)$")
_PROPOSED = re.compile(r"^(?:Voorgesteld|Ontvangen|Vastgesteld)\s+(?P<date>.+)$")
_PUBLICATION = re.compile(r"\b(?P<id>(?:kst|ah-tk|ah-ek|blg|h-tk|h-ek)-\d[\w-]*\d)\b")
NOT_A_STUK = "soort stuk niet herkend: gelezen als gewoon document"


@dataclass
class Para:
    """One paragraph of a structured document."""

    text: str
    heading: int | None = None  # the heading's level, or None for a paragraph
    label: tuple[str, int] | None = None  # ("vraag"/"antwoord", number) when the form says so
    page: int = 1
    lines: list[str] = field(default_factory=list)  # its lines, where the form keeps them


@dataclass
class Facts:
    """What a structured form states about itself besides its text (XML attributes,
    HTML meta tags); each reader fills what its form has."""

    publication: str | None = None
    kind: str | None = None  # model.KINDS, when the form names it
    date: date | None = None
    title: str | None = None
    notes: list[Note] = field(default_factory=list)


def publication_id(text: str) -> str | None:
    found = _PUBLICATION.search(text)
    return found["id"] if found else None


def _kop(paras: Sequence[Para], meta: LetterMeta) -> tuple[int, bool, str]:
    """Read the kop of a parliamentary stuk from its first paragraphs.

    Returns how many paragraphs it takes, whether it opens Kamervragen, and the
    stuk's title as printed (capitals)."""
    questions = False
    title = ""
    stuk = False
    for index, para in enumerate(paras):
        text = " ".join(para.text.split())
        if _CHAMBER.match(text):
            stuk = True
        elif (year := _YEAR.match(text)) is not None:
            meta.vergaderjaar = f"{year['year']}–{year['end']}"
            stuk = True
        elif not stuk:
            return 0, False, ""  # no kop: a document of another kind
        elif _AANHANGSEL.match(text) or _KOP_WORDS.match(text):
            pass  # the kind of publication, the chamber's number
        elif _QUESTIONS.match(text):
            questions = True
        elif questions and text.isdigit() and meta.number is None:
            meta.number = text
        elif not questions and meta.dossier is None and (found := _DOSSIER.match(text)):
            meta.dossier = found["title"].strip()
            meta.kamerstuk = found["number"]
        elif not questions and (found := _NUMBER.match(text)) is not None:
            if meta.kamerstuk and ", nr." not in meta.kamerstuk:
                meta.kamerstuk = f"{meta.kamerstuk}, nr. {found['number']}"
            title = found["title"].strip()
        elif text.startswith(("Aan de ", "Aan het ")) and meta.addressee is None:
            meta.addressee = text
        elif (dated := match_date_line(text)) is not None:
            meta.place, meta.date = dated
            return index + 1, questions, title
        elif (proposed := _PROPOSED.match(text)) is not None and dutch_date(text):
            meta.date = dutch_date(proposed["date"])
            return index + 1, questions, title
        else:
            return index, questions, title
    return (len(paras) if stuk else 0), questions, title


def _blocks(paras: Sequence[Para], questions: bool) -> list[Block]:
    blocks: list[Block] = []
    current: tuple[str, int] | None = None
    for para in paras:
        label = para.label or (question_label(para.text) if questions else None)
        if label is not None:
            current = label
            continue
        if not para.text.strip():
            continue
        block = Block(
            para.text,
            para.page,
            para.page,
            max(1, len(para.lines)),
            heading_level=para.heading,
            lines=para.lines or [para.text],
        )
        if current is not None and para.heading is None:
            block.role, block.number = current
        blocks.append(block)
    return blocks


def build_letter(
    paras: Sequence[Para], facts: Facts, fallback_title: str, source_format: str
) -> ParsedLetter:
    """The parsed letter of a structured document's paragraphs."""
    meta = LetterMeta(publication=facts.publication)
    taken, questions, title = _kop(paras, meta)
    stuk = taken > 0
    blocks = _blocks(paras[taken:], questions)
    attach_notes(blocks, facts.notes)
    if questions:
        meta.kind = KAMERVRAGEN
        blocks = take_questions(blocks, meta)
    elif stuk:
        meta.kind = facts.kind or stuk_kind(title)
        if meta.kind == MOTIE:
            blocks = take_motie(blocks, meta)
        else:
            blocks = [block for block in blocks if not is_salutation(block.text)]
            blocks = take_greetings(blocks, meta)
        if title:
            meta.title = stuk_title(title, meta.indieners)
    else:
        meta.kind = facts.kind or DOCUMENT
        blocks = take_greetings(take_header(blocks, meta), meta)
    meta.date = meta.date or facts.date
    if not meta.title and facts.title:
        meta.title = facts.title
    letter = assemble_letter(
        blocks,
        meta,
        detect_headings=False,
        fallback_title=fallback_title,
        source_format=source_format,
    )
    if stuk and meta.kind == DOCUMENT:
        letter.notice = NOT_A_STUK
    return letter
