"""Body lines to paragraphs and headings, from their style and spacing.

Used by every PDF reader after the page analysis (page_analysis.py) has set
furniture and side columns apart.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from briefer.ingest.hyphenation import build_vocabulary, join_lines
from briefer.ingest.layout import Block
from briefer.ingest.page_analysis import TextLine

PARAGRAPH_GAP = 1.45  # a gap of this many line spacings between lines ends a paragraph
MAX_HEADING_LINES = 2
MAX_HEADING_CHARS = 160
FOOTNOTE_SIZE = 0.85  # text this much smaller than the body, below it on the page: a note
_NOTE_START = re.compile(r"^(\d{1,3})\s+(\S.*)$")
_SENTENCE_END = re.compile(r"[.!?][»”’\"')\]]*$")


def _ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.rstrip()))


def _starts_capital(text: str) -> bool:
    stripped = text.lstrip("«“‘\"'( ")
    return bool(stripped) and (stripped[0].isupper() or stripped[0].isdigit())


def _line_spacing(lines: Sequence[TextLine]) -> float:
    gaps = [
        upper.baseline - lower.baseline
        for upper, lower in itertools.pairwise(lines)
        if upper.page == lower.page and upper.baseline - lower.baseline > 0
    ]
    return statistics.median(gaps) if gaps else 12.0


def _is_heading_style(line: TextLine, body_size: float) -> bool:
    return line.bold or line.italic or line.size > body_size + 0.4


def _heading_rank(style: tuple[float, bool, bool]) -> tuple[float, int, int]:
    size, bold, italic = style
    return (-size, 0 if bold else 1, 0 if not italic else 1)


@dataclass
class _Note:
    page: int
    number: str
    text: str


def _split_footnotes(
    lines: Sequence[TextLine], body_size: float
) -> tuple[list[TextLine], list[_Note]]:
    """Body lines without the footnotes at the foot of their pages, and the notes."""
    body: list[TextLine] = []
    notes: list[_Note] = []
    for _page, group in itertools.groupby(lines, key=lambda line: line.page):
        page_lines = list(group)
        normal = [line.baseline for line in page_lines if line.size > FOOTNOTE_SIZE * body_size]
        lowest = min(normal, default=float("-inf"))
        current: _Note | None = None
        for line in page_lines:
            if line.size <= FOOTNOTE_SIZE * body_size and line.baseline < lowest:
                start = _NOTE_START.match(line.text)
                if start is not None:
                    current = _Note(line.page, start[1], start[2])
                    notes.append(current)
                    continue
                if current is not None:
                    current.text = f"{current.text} {line.text}"
                    continue
            body.append(line)
    return body, notes


def _attach_footnotes(blocks: list[Block], notes: list[_Note]) -> None:
    """Each note at the end of the passage citing it (``[n]`` where it is cited)."""
    for note in notes:
        marker = re.compile(rf"(?<=[^\s\d\[]){note.number}(?=[\s.,;:)]|$)")
        on_page = [
            block
            for block in blocks
            if block.heading_level is None and block.first_page <= note.page <= block.last_page
        ]
        cited = [block for block in on_page if marker.search(block.text)]
        target = cited[0] if cited else (on_page[-1] if on_page else None)
        if target is None:
            continue
        target.text = marker.sub(f"[{note.number}]", target.text, count=1)
        target.text = f"{target.text} [{note.number}] {note.text}"


def styled_blocks(lines: Sequence[TextLine], body_size: float) -> list[Block]:
    """Paragraphs and headings from body lines in reading order; footnotes kept apart.

    A paragraph ends at a gap clearly larger than the line spacing; across a
    page break it ends only when the line before ended a sentence and the new
    one starts with a capital. A short run of lines entirely bold, italic or
    larger than the body text, that is not a sentence, is a heading (also at
    the top of a page); its level comes from its style: larger before bold
    before italic. A footnote (smaller text at the foot of a page, starting
    with its number) goes to the end of the passage that cites it.
    """
    lines, notes = _split_footnotes(lines, body_size)
    spacing = _line_spacing(lines)
    groups: list[list[TextLine]] = []
    for line in lines:
        previous = groups[-1][-1] if groups else None
        new = previous is None
        if previous is not None:
            styled_now = _is_heading_style(line, body_size)
            styled_before = _is_heading_style(previous, body_size)
            if line.style != previous.style and (styled_now or styled_before):
                new = True
            elif line.page != previous.page:
                new = _ends_sentence(previous.text) and _starts_capital(line.text)
                new = new or (styled_now and styled_before)
            else:
                new = previous.baseline - line.baseline > PARAGRAPH_GAP * spacing
        if new:
            groups.append([line])
        else:
            groups[-1].append(line)
    vocabulary = build_vocabulary(line.text for line in lines)

    def known(word: str) -> bool:
        return word in vocabulary

    styles: list[tuple[float, bool, bool]] = []
    headings: list[bool] = []
    for group in groups:
        text = " ".join(line.text for line in group)
        first = group[0]
        heading = (
            _is_heading_style(first, body_size)
            and len(group) <= MAX_HEADING_LINES
            and len(text) <= MAX_HEADING_CHARS
            and not text.rstrip().endswith((".", ",", ";", ":"))
            and _starts_capital(text)
        )
        headings.append(heading)
        if heading and first.style not in styles:
            styles.append(first.style)
    levels = {style: rank + 1 for rank, style in enumerate(sorted(styles, key=_heading_rank))}
    blocks: list[Block] = []
    for group, heading in zip(groups, headings, strict=True):
        joined = ""
        for line in group:
            joined = join_lines(joined, line.text, known)
        blocks.append(
            Block(
                text=joined,
                first_page=group[0].page,
                last_page=group[-1].page,
                line_count=len(group),
                heading_level=levels[group[0].style] if heading else None,
                lines=[line.text for line in group],
            )
        )
    _attach_footnotes(blocks, notes)
    return blocks
