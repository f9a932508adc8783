"""A cited passage's footnotes in the PDF: beneath the passage, in small type.

reportlab has no footnotes at the foot of a page (a note would have to move with
its line from page to page), so each note stands right under the item or quote
that cites it, with the number its marker carries in the text (the numbers
``compose`` gave, the ones Word gives its footnotes).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle

from briefer.compose.render_model import Footnote
from briefer.export.pdf_markup import inline
from briefer.export.pdf_page import LaidOutParagraph

NOTE_SIZE = 7.5
NOTE_COLOUR = HexColor("#4A4A4A")


def note_style(under: ParagraphStyle) -> ParagraphStyle:
    """Small notes indented like the text they belong to."""
    return ParagraphStyle(
        f"{under.name}-notes",
        parent=under,
        fontSize=NOTE_SIZE,
        leading=NOTE_SIZE + 2.5,
        textColor=NOTE_COLOUR,
        bulletText=None,
        firstLineIndent=0,
        spaceBefore=1,
        spaceAfter=5,
    )


def notes_paragraph(notes: Sequence[Footnote], under: ParagraphStyle) -> LaidOutParagraph:
    """One small paragraph of the notes, each on its line: "¹ Kamerstuk …"."""
    lines = [
        f"<super>{note.number}</super>\u00a0{inline(note.text, line_breaks=False)}"
        for note in notes
    ]
    return LaidOutParagraph("<br/>".join(lines), note_style(under))
