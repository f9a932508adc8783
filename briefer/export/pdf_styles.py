"""The look of a PDF briefing: page geometry, colours and paragraph styles.

A calm government style: DejaVu Sans 10 pt on A4, headings in dark blue, quoted
passages on a pale blue-grey block with a blue rule, the user's own notes with a
warm rule, the classification marking in red.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from briefer.export.fonts import SANS, SANS_BOLD, SANS_ITALIC

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 25 * mm
MARGIN_TOP = 30 * mm
MARGIN_BOTTOM = 26 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

DARK_BLUE = HexColor("#154273")
RIBBON_BLUE = HexColor("#01689B")
TEXT = HexColor("#1A1A1A")
GREY = HexColor("#5F6670")
LIGHT_GREY = HexColor("#C9CED6")
MARKING_RED = HexColor("#B01E24")
QUOTE_BACKGROUND = HexColor("#EEF2F7")
QUOTE_RULE = HexColor("#7A9CC6")
NOTE_BACKGROUND = HexColor("#FBF7EC")
NOTE_RULE = HexColor("#D4A73C")

# Boxes drawn behind quotes and notes: inset from the text column, and padding.
BLOCK_INSET = 10.0
BLOCK_RULE_WIDTH = 3.0
BLOCK_PADDING = 6.0
BLOCK_SPACE = 2 * BLOCK_PADDING + 7  # space around a block, its padding included

BODY_SIZE = 10.0
BODY_LEADING = 14.5
CITATION_SIZE = 8.0

MAX_HEADING_LEVEL = 4

# The cover, the same in Word (export/docx_cover.py): the title this far below the top
# of the text column, a rule beneath it, the occasion, the details in two columns,
# then the contents.
COVER_TOP = 34 * mm
COVER_RULE = 1.5
COVER_LABEL_WIDTH = 95.0
COVER_CONTENTS_SPACE = 34.0


def hex_of(color: Color) -> str:
    """``#RRGGBB`` for use in Paragraph markup."""
    return "#" + str(color.hexval())[2:].upper()


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    note: ParagraphStyle
    empty: ParagraphStyle
    quote: ParagraphStyle
    quote_citation: ParagraphStyle
    headings: tuple[ParagraphStyle, ...]  # index 0 = level 1
    toc_title: ParagraphStyle
    toc_levels: tuple[ParagraphStyle, ...]
    cover_marking: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_label: ParagraphStyle
    cover_value: ParagraphStyle

    def heading(self, level: int) -> ParagraphStyle:
        return self.headings[min(max(level, 1), MAX_HEADING_LEVEL) - 1]

    def list_item(self, level: int, numbered: bool) -> ParagraphStyle:
        indent = (24.0 if numbered else 20.0) + 18.0 * level
        return ParagraphStyle(
            f"list-{level}-{'n' if numbered else 'b'}",
            parent=self.body,
            leftIndent=indent,
            # Numbers end 6 pt before the text ("9." and "10." line up); bullets start 12 pt before.
            bulletIndent=indent - (6.0 if numbered else 12.0),
            bulletAnchor="end" if numbered else "start",
            bulletFontName=SANS,
            bulletFontSize=BODY_SIZE,
            spaceBefore=0,
            spaceAfter=4,
        )


def make_styles() -> Styles:
    body = ParagraphStyle(
        "body",
        fontName=SANS,
        fontSize=BODY_SIZE,
        leading=BODY_LEADING,
        textColor=TEXT,
        alignment=TA_LEFT,
        spaceBefore=0,
        spaceAfter=7,
        allowWidows=0,
        allowOrphans=0,
    )
    block_text = BLOCK_INSET + BLOCK_RULE_WIDTH + 9.0
    note = ParagraphStyle(
        "note",
        parent=body,
        leftIndent=block_text,
        rightIndent=BLOCK_INSET,
        textColor=HexColor("#2B2B2B"),
        spaceBefore=BLOCK_SPACE,
        spaceAfter=BLOCK_SPACE,
    )
    empty = ParagraphStyle("empty", parent=body, fontName=SANS_ITALIC, textColor=GREY)
    quote = ParagraphStyle(
        "quote",
        parent=body,
        fontSize=9.5,
        leading=13.5,
        leftIndent=block_text,
        rightIndent=BLOCK_INSET + 8,
        spaceBefore=BLOCK_SPACE,
        spaceAfter=BLOCK_SPACE,
    )
    quote_citation = ParagraphStyle(
        "quote-citation",
        parent=body,
        fontSize=CITATION_SIZE,
        leading=10.5,
        textColor=GREY,
        leftIndent=block_text,
        rightIndent=BLOCK_INSET,
        spaceBefore=BLOCK_PADDING + 3,
        spaceAfter=12,
    )
    sizes = ((17.0, 22.0, 20.0, 10.0), (13.5, 18.0, 14.0, 6.0), (11.5, 15.0, 11.0, 4.0))
    headings = [
        ParagraphStyle(
            f"heading-{number}",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=size,
            leading=leading,
            textColor=DARK_BLUE,
            spaceBefore=before,
            spaceAfter=after,
            keepWithNext=1,
        )
        for number, (size, leading, before, after) in enumerate(sizes, start=1)
    ]
    headings.append(
        ParagraphStyle(
            "heading-4",
            parent=body,
            fontName=SANS_BOLD,
            textColor=TEXT,
            spaceBefore=9,
            spaceAfter=3,
            keepWithNext=1,
        )
    )
    toc_levels = tuple(
        ParagraphStyle(
            f"toc-{level}",
            parent=body,
            fontName=SANS_BOLD if level == 0 else SANS,
            fontSize=10.5 if level == 0 else 10.0 - 0.5 * min(level, 2),
            leading=14.0 if level == 0 else 12.5,
            textColor=DARK_BLUE if level == 0 else TEXT,
            leftIndent=16.0 * level,
            rightIndent=36.0,
            spaceBefore=6.0 if level == 0 else 0.0,
            spaceAfter=0,
        )
        for level in range(MAX_HEADING_LEVEL)
    )
    toc_title = ParagraphStyle("toc-title", parent=headings[0], spaceBefore=0, spaceAfter=8)
    return Styles(
        body=body,
        note=note,
        empty=empty,
        quote=quote,
        quote_citation=quote_citation,
        headings=tuple(headings),
        toc_title=toc_title,
        toc_levels=toc_levels,
        cover_marking=ParagraphStyle(
            "cover-marking",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=12,
            leading=16,
            textColor=MARKING_RED,
            alignment=TA_CENTER,
            spaceAfter=0,
        ),
        cover_title=ParagraphStyle(
            "cover-title",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=26,
            leading=32,
            textColor=DARK_BLUE,
            spaceAfter=10,
        ),
        cover_subtitle=ParagraphStyle(
            "cover-subtitle", parent=body, fontSize=14, leading=19, textColor=TEXT, spaceAfter=0
        ),
        cover_label=ParagraphStyle(
            "cover-label", parent=body, fontSize=8.5, leading=13, textColor=GREY, spaceAfter=0
        ),
        cover_value=ParagraphStyle("cover-value", parent=body, leading=13.5, spaceAfter=0),
    )
