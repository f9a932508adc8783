"""Footnotes kept with the passage that cites them, whatever the reader.

Readers leave a footnote's marker in a paragraph's text between ``MARK_OPEN``
and ``MARK_CLOSE`` (characters of Unicode's private area, never in a letter)
and collect the notes themselves; ``attach_notes`` then takes each marker out
of the text and gives its passage the note, with the place the marker stood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefer.ingest.layout import Block
from briefer.ingest.model import ParsedFootnote

MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"  # around a footnote marker in a reader's text
MARKER = re.compile(f"{MARK_OPEN}([^{MARK_CLOSE}]*){MARK_CLOSE}")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def plain(text: str) -> str:
    """Text without its footnote markers."""
    return MARKER.sub("", text) if MARK_OPEN in text else text


@dataclass
class Note:
    """A footnote as printed at the foot of a page."""

    page: int
    marker: str
    text: str
    used: bool = False


def attach_notes(blocks: list[Block], notes: list[Note]) -> None:
    """Give each marker in a block's text its note (the first unused one with that marker
    on the block's pages or after them); markers without a note become superscript digits
    again (m², not a footnote); notes no marker cites go to the last passage of their page."""
    for block in blocks:
        if MARK_OPEN not in block.text:
            continue
        text = block.text
        kept: list[str] = []
        footnotes: list[ParsedFootnote] = []
        position = 0
        for found in MARKER.finditer(text):
            kept.append(text[position : found.start()])
            offset = len("".join(kept))
            for marker in (part.strip() for part in found[1].split(",")):
                note = next(
                    (
                        note
                        for note in notes
                        if not note.used and note.marker == marker and note.page >= block.first_page
                    ),
                    None,
                )
                if note is None or block.heading_level is not None:
                    kept.append(marker.translate(_SUPERSCRIPT))
                else:
                    note.used = True
                    footnotes.append(ParsedFootnote(marker, note.text, note.page, offset))
            position = found.end()
        kept.append(text[position:])
        block.text = "".join(kept)
        block.footnotes = footnotes
    for note in notes:
        if note.used:
            continue
        on_page = [
            block
            for block in blocks
            if block.heading_level is None and block.first_page <= note.page <= block.last_page
        ]
        if on_page:
            on_page[-1].footnotes.append(ParsedFootnote(note.marker, note.text, note.page, None))
            note.used = True
