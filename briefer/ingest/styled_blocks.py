"""Body lines to paragraphs and headings, from their style and spacing.

Used by every PDF reader after the page analysis (page_analysis.py) has set
furniture and side columns apart.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Sequence

from briefer.ingest.hyphenation import build_vocabulary, join_lines
from briefer.ingest.layout import Block
from briefer.ingest.page_analysis import TextLine

PARAGRAPH_GAP = 1.45  # a gap of this many line spacings between lines ends a paragraph
MAX_HEADING_LINES = 2
MAX_HEADING_CHARS = 160
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


def styled_blocks(lines: Sequence[TextLine], body_size: float) -> list[Block]:
    """Paragraphs and headings from body lines in reading order.

    A paragraph ends at a gap clearly larger than the line spacing; across a
    page break it ends only when the line before ended a sentence and the new
    one starts with a capital. A short run of lines entirely bold, italic or
    larger than the body text, that is not a sentence, is a heading (also at
    the top of a page); its level comes from its style: larger before bold
    before italic.
    """
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
    return blocks
