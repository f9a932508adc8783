"""Render model -> PDF (reportlab platypus), written atomically.

All user and letter text is escaped before reportlab sees it (its Paragraph reads
markup: ``R&D`` or ``<b>`` would be mangled or raise) and Chinese and Japanese runs
are set in the bundled CJK font (see ``fonts.py``). ``progress(done, total)`` is
called once per block and once more when the file is written.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import HRFlowable, Spacer, Table, TableStyle
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus.doctemplate import LayoutError

from briefer.compose.labels import labels, language_of
from briefer.compose.render_model import (
    Block,
    BulletList,
    Cover,
    Heading,
    PageBreak,
    Paragraph,
    Quote,
    RenderDocument,
    TableOfContents,
    footnotes_of,
)
from briefer.export.atomic import ExportCancelledError, ExportError, write_atomically
from briefer.export.fonts import SANS, font_markup, register_fonts
from briefer.export.pdf_markup import clean, inline, list_label, runs_markup
from briefer.export.pdf_notes import notes_paragraph
from briefer.export.pdf_page import (
    BlockParagraph,
    BriefingDocTemplate,
    BriefingTableOfContents,
    CitedQuote,
    HeadingParagraph,
    LaidOutParagraph,
    PageCounter,
)
from briefer.export.pdf_styles import (
    BODY_SIZE,
    CITATION_SIZE,
    DARK_BLUE,
    GREY,
    MARKING_RED,
    TEXT_WIDTH,
    Styles,
    hex_of,
    make_styles,
)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Flowable = Any  # reportlab flowables have no type hints


class _StoryBuilder:
    def __init__(self, document: RenderDocument, styles: Styles) -> None:
        self.document = document
        self.styles = styles
        self.story: list[Flowable] = []
        self.at_page_start = True
        self.keys: set[str] = set()
        self.labels = labels(language_of(document.meta.language))

    def add(self, *flowables: Flowable) -> None:
        self.story.extend(flowables)
        self.at_page_start = False

    def page_break(self) -> None:
        if not self.at_page_start:
            self.story.append(RLPageBreak())
            self.at_page_start = True

    def block(self, index: int, block: Block) -> None:
        if isinstance(block, Cover):
            self.cover(block)
        elif isinstance(block, TableOfContents):
            self.table_of_contents(block)
        elif isinstance(block, Heading):
            self.heading(index, block)
        elif isinstance(block, Paragraph):
            self.paragraph(block)
        elif isinstance(block, BulletList):
            self.bullet_list(block)
        elif isinstance(block, Quote):
            self.quote(block)
        elif isinstance(block, PageBreak):
            self.page_break()

    def cover(self, cover: Cover) -> None:
        styles = self.styles
        marking = clean(cover.classification or self.document.meta.classification).strip()
        flowables: list[Flowable] = []
        if marking:
            box = Table(
                [[LaidOutParagraph(inline(marking, line_breaks=False), styles.cover_marking)]],
                colWidths=[TEXT_WIDTH],
                style=TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), SANS, BODY_SIZE),
                        ("BOX", (0, 0), (-1, -1), 1.25, MARKING_RED),
                        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                        ("TOPPADDING", (0, 0), (-1, -1), 7),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                    ]
                ),
            )
            flowables.append(box)
        with_contents = any(isinstance(b, TableOfContents) for b in self.document.blocks)
        if with_contents:  # the table of contents stands beneath the cover details
            flowables.append(Spacer(1, 70 if marking else 95))
        else:
            flowables.append(Spacer(1, 150 if marking else 185))
        flowables.append(
            LaidOutParagraph(inline(cover.title, line_breaks=False), styles.cover_title)
        )
        if cover.subtitle.strip():
            subtitle = inline(cover.subtitle, line_breaks=False)
            flowables.append(LaidOutParagraph(subtitle, styles.cover_subtitle))
        flowables.append(
            HRFlowable(
                width=60, thickness=2, color=DARK_BLUE, hAlign="LEFT", spaceBefore=22, spaceAfter=16
            )
        )
        rows = []
        topics = [clean(topic).strip() for topic in cover.topics if clean(topic).strip()]
        words = self.labels
        for label, value in (
            (words["date"], inline(cover.date_text, line_breaks=False)),
            (words["author"], inline(cover.author, line_breaks=False)),
            (
                words["topic"] if len(topics) == 1 else words["topics"],
                "<br/>".join(font_markup(topic) for topic in topics),
            ),
        ):
            if value.strip():
                rows.append(
                    [
                        LaidOutParagraph(label, styles.cover_label),
                        LaidOutParagraph(value, styles.cover_value),
                    ]
                )
        if rows:
            details = Table(rows, colWidths=[95, TEXT_WIDTH - 95], hAlign="LEFT")
            details.setStyle(
                TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), SANS, BODY_SIZE),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("TOPPADDING", (0, 0), (0, -1), 4.5),  # labels on the values' baseline
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ]
                )
            )
            flowables.append(details)
        self.add(*flowables)

    def table_of_contents(self, block: TableOfContents) -> None:
        depth = max(1, block.depth)
        if not any(heading.level <= depth for heading in self.document.headings()):
            return  # nothing to list: no empty "Inhoud" page
        toc = BriefingTableOfContents(
            depth,
            levelStyles=list(self.styles.toc_levels),
            dotsMinLevel=0,
            tableStyle=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS, BODY_SIZE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        )
        title = LaidOutParagraph(inline(block.title, line_breaks=False), self.styles.toc_title)
        if not self.at_page_start:  # beneath the cover: a little air first
            self.add(Spacer(1, 18))
        self.add(title, toc)

    def heading(self, index: int, heading: Heading) -> None:
        markup = inline(heading.text, line_breaks=False)
        if not markup.strip():
            return
        key = heading.anchor if re.fullmatch(r"[A-Za-z0-9_.-]+", heading.anchor) else ""
        if not key or key in self.keys:
            key = f"heading-{index}"
        self.keys.add(key)
        flowable = HeadingParagraph(markup, self.styles.heading(heading.level))
        flowable.key = key
        flowable.level = max(1, heading.level)
        flowable.plain = " ".join(clean(heading.text).split())
        flowable.toc_markup = markup
        flowable.rule = heading.level == 1
        self.add(flowable)

    def paragraph(self, paragraph: Paragraph) -> None:
        markup = runs_markup(paragraph.runs)
        if not markup.strip():
            return
        if paragraph.style == "note":
            note = BlockParagraph(markup, self.styles.note)
            note.kind = "note"
            self.add(note)
        elif paragraph.style == "empty":
            self.add(LaidOutParagraph(markup, self.styles.empty))
        else:
            self.add(LaidOutParagraph(markup, self.styles.body))

    def bullet_list(self, bullets: BulletList) -> None:
        counters: dict[int, int] = {}
        items: list[Flowable] = []
        for item in bullets.items:
            level = max(0, item.level)
            counters = {depth: count for depth, count in counters.items() if depth <= level}
            counters[level] = counters.get(level, 0) + 1
            markup = runs_markup(item.runs)
            # No line break inside one citation ("p.| 13)"): its spaces become non-breaking.
            citations = [
                inline(" ".join(citation.split()), line_breaks=False).replace(" ", "\u00a0")
                for citation in item.citations
                if citation.strip()
            ]
            if citations:
                small = f'<font size="{CITATION_SIZE}" color="{hex_of(GREY)}">'
                markup += f" {small}({'; '.join(citations)})</font>"
            label = list_label(bullets.numbered, level, counters[level])
            style = self.styles.list_item(level, bullets.numbered)
            items.append(LaidOutParagraph(markup, style, bulletText=label))
            notes = footnotes_of(item.runs)
            if notes:  # a cited passage's footnotes, small, right beneath it
                items.append(notes_paragraph(notes, style))
        if items:
            items[-1].style = _with_space_after(items[-1].style, self.styles.body.spaceAfter + 3)
            self.add(*items)

    def quote(self, quote: Quote) -> None:
        markup = runs_markup(quote.text_runs).strip() if quote.runs else inline(quote.text).strip()
        if markup and quote.label:  # what the passage is ("Antwoord op vraag 3")
            markup = f"<b>{inline(quote.label, line_breaks=False)}</b><br/>{markup}"
        citation = inline(quote.citation, line_breaks=False)
        if not markup:  # nothing quoted: no empty block, but keep the source
            if citation.strip():
                self.add(LaidOutParagraph(citation, self.styles.quote_citation))
            return
        text = BlockParagraph(markup, self.styles.quote)
        text.kind = "quote"
        if citation.strip():
            self.add(CitedQuote(text, LaidOutParagraph(citation, self.styles.quote_citation)))
        else:
            self.add(text)
        notes = footnotes_of(quote.text_runs)
        if notes:  # beneath the quote and its citation, small
            self.add(notes_paragraph(notes, self.styles.quote_citation))


def _with_space_after(style: Any, space: float) -> Any:
    return ParagraphStyle(f"{style.name}-last", parent=style, spaceAfter=space)


@dataclass(frozen=True)
class PdfLayout:
    """Where a document's pages fall: its page count and the page of every heading."""

    pages: int
    heading_pages: dict[str, int]  # heading anchor -> page number (1-based)

    def content_pages(self, document: RenderDocument) -> int:
        """Pages of the briefing itself: from its first heading to the annex (or the end)."""
        pages = []
        for heading in document.headings():
            if heading.anchor == document.annex_anchor:
                break
            if heading.anchor in self.heading_pages:
                pages.append(self.heading_pages[heading.anchor])
        if not pages:
            return self.pages
        end = self.heading_pages.get(document.annex_anchor, self.pages + 1) - 1
        return max(1, max(end, max(pages)) - min(pages) + 1)


def _story(
    document: RenderDocument,
    progress: Progress | None,
    cancelled: Cancelled | None,
    check_cancelled: Callable[[], None],
) -> tuple[list[Flowable], PageCounter]:
    register_fonts()
    total = len(document.blocks) + 1
    builder = _StoryBuilder(document, make_styles())
    for index, block in enumerate(document.blocks):
        builder.block(index, block)
        if progress is not None:
            progress(index + 1, total)
        check_cancelled()
    story = builder.story
    while story and isinstance(story[-1], RLPageBreak):
        story.pop()
    counter = PageCounter()
    story.insert(0, counter)
    return story, counter


def _build(
    document: RenderDocument,
    target: str | BinaryIO,
    story: list[Flowable],
    counter: PageCounter,
    check_cancelled: Callable[[], None],
    name: str,
    *,
    once: bool = False,
) -> PdfLayout:
    template = BriefingDocTemplate(
        target,
        document.meta,
        has_cover=bool(document.blocks) and isinstance(document.blocks[0], Cover),
        page_counter=counter,
        check_cancelled=check_cancelled,
    )
    try:
        if once:
            template._doSave = 0  # a layout only: no file to write, no fonts to embed
            template.build(story)
        else:
            template.multiBuild(story)
    except (LayoutError, IndexError) as exc:
        raise ExportError(f"{name}: de PDF kan niet worden opgemaakt ({exc})") from None
    keys = {
        f"heading-{index}": block.anchor
        for index, block in enumerate(document.blocks)
        if isinstance(block, Heading)
    }
    pages = {keys.get(key, key): page for key, page in template.heading_pages.items()}
    return PdfLayout(int(template.page), pages)


def layout_pdf(document: RenderDocument, cancelled: Cancelled | None = None) -> PdfLayout:
    """Lay ``document`` out as its PDF would be, in memory: pages and heading pages."""

    def check_cancelled() -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelledError("export geannuleerd")

    story, counter = _story(document, None, cancelled, check_cancelled)
    # One pass instead of multiBuild's two or three: the table of contents is given
    # its entries beforehand (with wide page numbers), so it takes its final height.
    for flowable in story:
        if isinstance(flowable, BriefingTableOfContents):
            flowable._lastEntries = [
                (max(1, h.level) - 1, inline(h.text, line_breaks=False), 999, None)
                for h in document.headings()
                if max(1, h.level) - 1 < flowable.depth and inline(h.text).strip()
            ]
    return _build(document, io.BytesIO(), story, counter, check_cancelled, "PDF", once=True)


def write_pdf(
    document: RenderDocument,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Write ``document`` as a PDF to ``path``; ExportCancelledError when ``cancelled()``."""

    def check_cancelled() -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelledError(f"{path}: export geannuleerd")

    check_cancelled()
    total = len(document.blocks) + 1
    story, counter = _story(document, progress, cancelled, check_cancelled)

    def write(temporary: Path) -> None:
        _build(document, str(temporary), story, counter, check_cancelled, str(path))

    written = write_atomically(Path(path), write)
    if progress is not None:
        progress(total, total)
    return written
