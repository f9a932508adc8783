"""The Word cover and the headers and footers: the same design as the PDF's.

The cover: the title, a rule beneath it (the Title style's bottom border), the
occasion, the details in two columns (a tab stop where the PDF's second column
starts), then the table of contents. The marking stands in the header and the
footer of every page, the cover's included, and nowhere else; the cover's
header has no running title (the title is the page's own).
"""

from __future__ import annotations

from typing import Protocol

from docx.document import Document as WordDocument
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.section import _Footer, _Header
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph as WordParagraph

from briefer.compose.labels import cover_details
from briefer.compose.render_model import Cover, RenderDocument
from briefer.compose.typography import keep_together
from briefer.export import docx_fields as fields
from briefer.export.docx_text import add_text, clean_text


class _Renderer(Protocol):
    """What the cover needs of the Word renderer (``docx.py``)."""

    model: RenderDocument
    word: WordDocument
    own_template: bool
    labels: dict[str, str]

    def _paragraph(self, style: str, text: str = "") -> WordParagraph: ...

    def _styled(self, part: _Header | _Footer, style: str) -> WordParagraph: ...


COVER_LABEL_WIDTH = Pt(95)  # as the PDF's COVER_LABEL_WIDTH
LABEL_SIZE = Pt(8.5)
LABEL_GREY = RGBColor(0x5F, 0x66, 0x70)


def write_cover(renderer: _Renderer, cover: Cover) -> None:
    renderer._paragraph("Title", keep_together(cover.title))
    if cover.subtitle.strip():
        renderer._paragraph("Subtitle", keep_together(cover.subtitle))
    for number, (label, value) in enumerate(cover_details(cover, renderer.labels)):
        paragraph = renderer._paragraph("Cover Detail")
        paragraph.paragraph_format.tab_stops.add_tab_stop(COVER_LABEL_WIDTH, WD_TAB_ALIGNMENT.LEFT)
        if number == 0:
            paragraph.paragraph_format.space_before = Pt(18)
        label_run = paragraph.add_run(label)
        label_run.font.size = LABEL_SIZE
        label_run.font.color.rgb = LABEL_GREY
        paragraph.add_run("\t")
        add_text(paragraph, value)


def _clear(part: _Header | _Footer) -> None:
    container = part._element
    for child in list(container):
        container.remove(child)


def _page_numbers(renderer: _Renderer, footer: _Footer) -> None:
    pages = renderer._styled(footer, "Footer")
    add_text(pages, f"{renderer.labels['page']} ")
    for run in fields.field_runs("PAGE", "1"):
        pages._p.append(run)
    add_text(pages, f" {renderer.labels['of']} ")
    for run in fields.field_runs("NUMPAGES", "1"):
        pages._p.append(run)


def write_header_and_footer(renderer: _Renderer) -> None:
    """The marking at the top and bottom of every page; the title and "Pagina X van Y"
    on every page but the cover's, which has the page number only."""
    meta = renderer.model.meta
    marking = clean_text(meta.classification).strip()
    section = renderer.word.sections[0]
    has_cover = bool(renderer.model.blocks) and isinstance(renderer.model.blocks[0], Cover)
    if has_cover:
        # A ministry's template may bring a first-page header of its own (its logo): kept,
        # with the marking added to it.
        keep_first = renderer.own_template and section.different_first_page_header_footer
        section.different_first_page_header_footer = True
        first_header, first_footer = section.first_page_header, section.first_page_footer
        for part in (first_header, first_footer):
            part.is_linked_to_previous = False
            if not keep_first:
                _clear(part)
        if marking:
            add_text(renderer._styled(first_header, "Classification"), marking)
        _page_numbers(renderer, first_footer)
        if marking:
            add_text(renderer._styled(first_footer, "Classification"), marking)
        for part in (first_header, first_footer):
            if not part.paragraphs:
                renderer._styled(part, "Header")
    else:
        section.different_first_page_header_footer = False
    header, footer = section.header, section.footer
    header.is_linked_to_previous = False
    footer.is_linked_to_previous = False
    if not renderer.own_template:
        _clear(header)
        _clear(footer)
    if marking:
        add_text(renderer._styled(header, "Classification"), marking)
    if meta.title:
        add_text(renderer._styled(header, "Header"), keep_together(meta.title))
    _page_numbers(renderer, footer)
    if marking:
        add_text(renderer._styled(footer, "Classification"), marking)
    for part in (header, footer):
        if not part.paragraphs:  # a header or footer needs at least one paragraph
            renderer._styled(part, "Header")
