"""The Kamerbrief as a ministry sends it (the Rijksoverheid PDF layout).

Page 1 carries the letterhead (the logo band with the ministry's name), the
"Retouradres" line and the addressee, then "Datum" and "Betreft" (a small label
with the value beside it); every page carries the narrow column on the right
(directie, address, "Onze referentie", "Pagina X van Y"). The body has bold or
italic headings and ends with the function and name of the signatory.

The title comes from "Betreft", the date from "Datum", the reference from
"Onze referentie" (or "Ons kenmerk"), the ministry from the letterhead and the
directie from the column.
"""

from __future__ import annotations

import re

from briefer.ingest.layout import assemble_letter
from briefer.ingest.letter_parts import dutch_date, take_greetings
from briefer.ingest.model import LetterMeta, ParsedLetter
from briefer.ingest.page_analysis import BODY, DocumentLayout, TextLine
from briefer.ingest.styled_blocks import styled_blocks

LETTERHEAD_BAND = 0.12  # the top of page 1 that holds the letterhead, as part of the height
_REFERENCE_LABEL = re.compile(r"^(?:Onze referentie|Ons kenmerk|Kenmerk)$", re.IGNORECASE)
_DIRECTORATE = re.compile(r"^(?:Directie|Directoraat|Dienst|Afdeling)\b")
_MINISTRY = re.compile(r"\bMinisterie van\b.+")
_LABELS = ("Datum", "Betreft")


def _label(line: TextLine, label: str) -> bool:
    return line.text == label or line.text.startswith(label + " ")


def detect(layout: DocumentLayout) -> bool:
    """A page 1 with "Datum" and "Betreft" labels at the left of the body column."""
    if not layout.pages:
        return False
    first = layout.pages[0].lines
    return all(
        any(_label(line, label) and line.x0 <= layout.body_left + 4 for line in first)
        for label in _LABELS
    )


def _value(lines: list[TextLine], label_line: TextLine, label: str) -> tuple[str, list[TextLine]]:
    """A label's value: on its baseline to the right, continued by lines below at its x."""
    rest = label_line.text[len(label) :].strip()
    used = [label_line]
    beside = [
        line
        for line in lines
        if line is not label_line
        and abs(line.baseline - label_line.baseline) < 2
        and line.x0 > label_line.x1
    ]
    if beside:
        rest = " ".join([rest, *(line.text for line in beside)]).strip()
        used.extend(beside)
        x = beside[0].x0
        below = beside[0]
        for line in lines:
            if (
                line.baseline < below.baseline
                and below.baseline - line.baseline < 1.6 * line.size
                and abs(line.x0 - x) < 2
                and not any(_label(line, name) for name in _LABELS)
            ):
                rest = f"{rest} {line.text}"
                used.append(line)
                below = line
    return rest, used


def _column_facts(layout: DocumentLayout, meta: LetterMeta) -> None:
    """Reference and directie from the column (side or repeated) on the right."""
    for page in layout.pages:
        column = [
            line for line in page.lines if line.kind != BODY and line.x0 >= layout.body_right - 2
        ]
        column.sort(key=lambda line: -line.baseline)
        for index, line in enumerate(column):
            if meta.reference is None and _REFERENCE_LABEL.match(line.text):
                if index + 1 < len(column):
                    meta.reference = column[index + 1].text
            elif meta.directorate is None and _DIRECTORATE.match(line.text):
                meta.directorate = line.text
            elif meta.ministry is None and _MINISTRY.search(line.text):
                meta.ministry = _MINISTRY.search(line.text).group(0)  # type: ignore[union-attr]


def read_rijksoverheid(layout: DocumentLayout, fallback_title: str) -> ParsedLetter:
    first = layout.pages[0]
    band = first.height * (1 - LETTERHEAD_BAND)
    meta = LetterMeta(pages=len(layout.pages))
    for line in first.lines:
        found = _MINISTRY.search(line.text)
        if line.baseline >= band and found and meta.ministry is None:
            meta.ministry = found.group(0)
    _column_facts(layout, meta)
    page_one = [line for line in first.lines if line.kind == BODY and line.baseline < band]
    labels = [line for line in first.lines if line.x0 <= layout.body_left + 4]
    header: list[TextLine] = []
    for label in _LABELS:
        label_line = next((line for line in labels if _label(line, label)), None)
        if label_line is None:
            continue
        value, used = _value(first.lines, label_line, label)
        header.extend(used)
        if label == "Datum":
            meta.date = dutch_date(value)
        else:
            meta.title = value
    if not header:  # detect() saw the labels: this cannot happen, but never fail on it
        header = page_one[:1]
    lowest = min(header, key=lambda item: item.baseline)
    addressee = [
        line
        for line in page_one
        if line.baseline > max(item.baseline for item in header)
        and not line.text.lstrip("> ").lower().startswith("retouradres")
    ]
    if addressee:
        names = []
        for line in addressee:
            if line.text[:1].isdigit() or line.text.startswith(("Postbus", "Binnenhof")):
                break
            names.append(line.text)
        meta.addressee = " ".join(names) or None
    body = [line for line in page_one if line.baseline < lowest.baseline and line not in header]
    for page in layout.pages[1:]:
        body.extend(line for line in page.lines if line.kind == BODY)
    blocks = take_greetings(styled_blocks(body, layout.body_size), meta)
    return assemble_letter(
        blocks,
        meta,
        detect_headings=False,
        fallback_title=fallback_title,
        source_format="pdf",
    )
