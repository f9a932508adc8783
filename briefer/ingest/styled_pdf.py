"""Any other PDF whose headings are set apart by their type (bold, italic, larger).

Used when a PDF is neither a Kamerstuk nor a Rijksoverheid Kamerbrief but its
page 1 shows styled lines: the page analysis sets furniture ("Pagina X van Y",
running footers) and side columns apart and the headings come from their
style. A large title alone at the top becomes the letter's title. When fewer
than two headings are found this way, the caller reads the PDF line by line.
"""

from __future__ import annotations

import re

from briefer.ingest.body_flow import MAX_HEADING_CHARS, flow, heading_style, read_notes
from briefer.ingest.closing import signatories, split_closing, take_greetings
from briefer.ingest.form_fields import document_fields
from briefer.ingest.kamerstuk import Footer, match_footer
from briefer.ingest.layout import Block, assemble_letter
from briefer.ingest.model import LetterMeta, ParsedLetter
from briefer.ingest.page_analysis import BODY, FOOTNOTE, DocumentLayout, TextLine
from briefer.ingest.page_shapes import on_a_box

MIN_HEADINGS = 2
_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s")


def _styled(line: TextLine, body_size: float) -> bool:
    return (line.bold or line.italic or line.underlined or line.size > body_size + 0.4) and len(
        line.text
    ) <= MAX_HEADING_CHARS


def detect(first: DocumentLayout) -> bool:
    """Page 1 has short body lines in another type than the body text."""
    return any(_styled(line, first.body_size) for line in first.lines(BODY))


def _title_above_numbers(first: Block, blocks: list[Block]) -> bool:
    """The first heading is the document's title when it has no number and the next
    headings do ("Fiche 5: …" above "1. Algemene gegevens")."""
    following = [block for block in blocks[1:] if block.heading_level is not None][:2]
    return (
        first.first_page == 1
        and not _NUMBERED.match(first.text)
        and bool(following)
        and all(_NUMBERED.match(block.text) for block in following[:1])
    )


def _footers(layout: DocumentLayout) -> list[Footer]:
    found: list[Footer] = []
    for page in layout.pages:
        for line in page.lines:
            if line.kind != BODY and (footer := match_footer(line.text)) is not None:
                found.append(footer)
    return found


def read_styled_pdf(layout: DocumentLayout, fallback_title: str) -> ParsedLetter | None:
    """The letter, or None when its headings are not told apart by their type."""
    lines = layout.reading(BODY, FOOTNOTE)
    body = [line for line in lines if line.kind == BODY]
    own, form_title = document_fields(body, lambda line: heading_style(line, layout.body_size))
    body = [line for line in body if id(line) not in own]
    before, closing, after = split_closing(body)
    blocks = flow(
        before + after,
        layout.body_size,
        layout.body_right,
        read_notes(lines),
        barred=lambda line: on_a_box(line, layout.pages[line.page - 1].boxes),
    )
    headings = [block for block in blocks if block.heading_level is not None]
    if len(headings) < MIN_HEADINGS:
        return None
    meta = LetterMeta(pages=len(layout.pages))
    if closing:
        meta.signatories = signatories(closing)
        if meta.signatories:
            meta.signatory, meta.signatory_role = meta.signatories[0]
    first = blocks[0]
    if form_title:
        meta.title = form_title  # a form's "Document:" field
    elif first.heading_level == 1 and sum(b.heading_level == 1 for b in headings) == 1:
        meta.title = first.text  # a title in a type of its own, above everything
        blocks = blocks[1:]
        for block in blocks:
            if block.heading_level is not None:
                block.heading_level -= 1
    elif first.heading_level is not None and _title_above_numbers(first, blocks):
        meta.title = first.text  # an unnumbered title above numbered chapters
        blocks = blocks[1:]
    blocks = take_greetings(blocks, meta)
    return assemble_letter(
        blocks,
        meta,
        footers=_footers(layout),
        detect_headings=False,
        fallback_title=fallback_title,
        source_format="pdf",
    )
