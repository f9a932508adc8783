"""The Kamerbrief as a ministry sends it (the Rijksoverheid PDF layout), read from evidence.

Page 1 carries the letterhead, a column on the right (ministry, directie,
address, phone, "Ons kenmerk", "Bijlage(n)"), the "Retouradres" line, the
addressee and the letter's facts as label/value pairs ("Datum", "Betreft" or
"Onderwerp", left or in the column: label_values.py); then the salutation,
the body with its headings, lists and footnotes (body_flow.py), and the
closing with one or several signatories (closing.py). Ministries, years and
fonts differ in where each of these stands and how large it is; nothing here
depends on one letter's measurements.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.ingest.body_flow import flow, read_notes
from briefer.ingest.closing import signatories, split_closing
from briefer.ingest.hyphenation import build_vocabularies
from briefer.ingest.label_values import LabelValue, first_value, label_values
from briefer.ingest.layout import assemble_letter
from briefer.ingest.letter_parts import dutch_date, is_salutation
from briefer.ingest.model import KAMERBRIEF, LetterMeta, ParsedLetter
from briefer.ingest.page_analysis import BODY, FOOTNOTE, DocumentLayout, PageLayout, TextLine

_MINISTRY = re.compile(r"\bMinisterie van\b.*")
_DIRECTORATE = re.compile(
    r"^(?:Directoraat-generaal|Directie|Dienst|Afdeling|Programma|Inspectie|Agentschap|"
    r"Bureau|Staf|Secretariaat)\b",
    re.IGNORECASE,
)
_RETURN = re.compile(r"^[>›»]?\s*Retouradres\b", re.IGNORECASE)
_ADDRESS = re.compile(r"^(?:Postbus\b|Binnenhof\b|\d{4}\s?[A-Z]{2}\b|[A-Z][\w.' -]+\s\d+[a-z]?$)")
_HEAD_SHARE = 0.75  # labels, addressee and salutation stand in the top of page 1


def _head_lines(first: PageLayout) -> list[TextLine]:
    return [
        line
        for line in first.lines
        if line.kind != FOOTNOTE and line.baseline >= (1 - _HEAD_SHARE) * first.height
    ]


def _salutation(first: PageLayout) -> TextLine | None:
    return next(
        (line for line in first.lines if line.kind == BODY and is_salutation(line.text)), None
    )


def detect(layout: DocumentLayout) -> bool:
    """A page 1 with a letter's label/value pairs: "Datum" with "Betreft", "Onderwerp" or
    a reference, or any of them and a salutation."""
    if not layout.pages:
        return False
    first = layout.pages[0]
    meanings = {pair.meaning for pair in label_values(_head_lines(first)) if pair.value}
    if "datum" in meanings and meanings & {"betreft", "kenmerk"}:
        return True
    return bool(meanings & {"datum", "betreft", "kenmerk"}) and _salutation(first) is not None


def _joined_below(lines: Sequence[TextLine], start: TextLine) -> str:
    """``start`` and the lines right below it in its type at its edge (a wrapped name)."""
    parts = [start.text]
    above = start
    for line in sorted(lines, key=lambda item: -item.baseline):
        if line.baseline >= above.baseline or abs(line.x0 - start.x0) > 3:
            continue
        if above.baseline - line.baseline > 1.6 * line.size or line.style != start.style:
            break
        parts.append(line.text)
        above = line
    return " ".join(parts)


def _ministry(first: PageLayout, before: float) -> str | None:
    for line in sorted(first.lines, key=lambda item: -item.baseline):
        if line.baseline < before:
            break
        found = _MINISTRY.search(line.text)
        if found is not None:
            whole = _joined_below(first.lines, line)
            return _MINISTRY.search(whole).group(0).strip()  # type: ignore[union-attr]
    return None


def _directorate(first: PageLayout, layout: DocumentLayout) -> str | None:
    for line in first.lines:
        beside = line.kind != BODY or line.x0 >= layout.body_right
        if beside and _DIRECTORATE.match(line.text):
            return _joined_below(first.lines, line)
    return None


def _addressee(head: Sequence[TextLine], layout: DocumentLayout) -> str | None:
    """The addressee's name lines: below "Retouradres", above their address."""
    column = sorted(
        (line for line in head if line.kind == BODY and line.x0 < layout.body_right),
        key=lambda item: -item.baseline,
    )
    names: list[str] = []
    started = not any(_RETURN.match(line.text) for line in column)
    for line in column:
        if _RETURN.match(line.text):
            started = True
            continue
        if not started:
            continue
        if _ADDRESS.match(line.text) or (names and line.text[:1].isdigit()):
            break
        names.append(line.text)
        if len(names) >= 4:
            break
    return " ".join(names) or None


def read_rijksoverheid(layout: DocumentLayout, fallback_title: str) -> ParsedLetter:
    first = layout.pages[0]
    meta = LetterMeta(pages=len(layout.pages), kind=KAMERBRIEF)
    head = _head_lines(first)
    salutation = _salutation(first)
    if salutation is not None:
        head = [line for line in head if line.baseline > salutation.baseline]
    pairs: list[LabelValue] = label_values(head)
    taken = {id(line) for pair in pairs for line in pair.lines}
    meta.date = dutch_date(first_value(pairs, "datum") or "")
    meta.title = first_value(pairs, "betreft") or ""
    meta.reference = first_value(pairs, "kenmerk")
    in_column = [pair.label for pair in pairs if pair.label.x0 <= layout.body_left + 8]
    start = (
        salutation.baseline
        if salutation is not None
        else min((line.baseline for line in in_column), default=first.height)
    )
    meta.ministry = _ministry(first, start)
    meta.directorate = _directorate(first, layout)
    meta.addressee = _addressee([line for line in head if id(line) not in taken], layout)
    lines = [
        line
        for line in first.reading(BODY, FOOTNOTE)
        if (line.kind == FOOTNOTE or line.baseline < start)
        and id(line) not in taken
        and line is not salutation
    ]
    for page in layout.pages[1:]:
        lines.extend(page.reading(BODY, FOOTNOTE))
    body = [line for line in lines if line.kind == BODY]
    before, closing, after = split_closing(body)
    if closing:
        meta.signatories = signatories(closing)
    if meta.signatories:
        meta.signatory, meta.signatory_role = meta.signatories[0]
    text = before + after
    # The words of the body, and of the body with its notes and closing: the one
    # decides a line-end hyphen in the body, the other in a note.
    own = {id(line) for line in text}
    words, every = build_vocabularies(
        [line.text for line in text], [line.text for line in lines if id(line) not in own]
    )
    notes = read_notes(lines, every)
    blocks = flow(text, layout.body_size, layout.body_right, notes, vocabulary=words)
    return assemble_letter(
        blocks,
        meta,
        detect_headings=False,
        fallback_title=fallback_title,
        source_format="pdf",
    )
