"""How much of a page the blocks of a briefing take, estimated without laying them out.

The length target (pages per topic) has to hold while the briefing is assembled,
before any exporter runs, so ``compose`` estimates the height of each block from
its characters with the measures of the PDF layout (A4, DejaVu Sans 10 pt on a
column of 160 mm, 14.5 pt leading). The estimate leans to the long side: a topic
planned to fit its target fits it in both exports (a test lays the 3-topic pack
out and checks every topic's pages).
"""

from __future__ import annotations

from math import ceil

from briefer.compose.render_model import Block, BulletList, Heading, PageBreak, Paragraph, Quote

PAGE_HEIGHT = 683.0  # the text frame of an A4 page, in points
LINE = 14.5  # the body's leading
BODY_CHARACTERS = 80  # characters of body text on one line of the column
LIST_CHARACTERS = 74  # ... of a list item (indented)
QUOTE_CHARACTERS = 70  # ... of a quoted passage (inset in its block)
CITATION_SHARE = 0.8  # a citation's small type takes this share of a character's width
HEADING_HEIGHTS = {1: 46.0, 2: 34.0, 3: 26.0}


def _lines(characters: float, per_line: int) -> int:
    return max(1, ceil(characters / per_line))


def block_height(block: Block) -> float:
    """The points ``block`` takes on a page (its spacing included)."""
    if isinstance(block, Heading):
        return HEADING_HEIGHTS.get(block.level, 24.0)
    if isinstance(block, Paragraph):
        return _lines(len(block.text), BODY_CHARACTERS) * LINE + 6
    if isinstance(block, BulletList):
        height = 4.0
        for item in block.items:
            cited = sum(len(citation) + 3 for citation in item.citations) * CITATION_SHARE
            height += _lines(len(item.text) + cited, LIST_CHARACTERS) * LINE + 3
        return height
    if isinstance(block, Quote):
        return _lines(len(block.text), QUOTE_CHARACTERS) * LINE + 34
    if isinstance(block, PageBreak):
        return 0.0
    return LINE  # a cover or a table of contents is not part of a topic's length


def blocks_height(blocks: list[Block]) -> float:
    return sum(block_height(block) for block in blocks)


def pages_to_points(pages: int) -> float:
    return pages * PAGE_HEIGHT
