"""The PDF page machinery: document template, header and footer, special flowables.

Headings bookmark themselves, feed the outline and the table of contents;
"Pagina X van Y" takes Y from the previous layout pass (``multiBuild`` repeats
until the table of contents and the page count stop changing).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import reportlab
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus.doctemplate import IndexingFlowable
from reportlab.platypus.tableofcontents import TableOfContents as RLTableOfContents

from briefer.compose.labels import labels, language_of
from briefer.compose.render_model import DocumentMeta
from briefer.export.fonts import CJK, SANS, SANS_BOLD, font_runs
from briefer.export.pdf_styles import (
    BLOCK_INSET,
    BLOCK_PADDING,
    BLOCK_RULE_WIDTH,
    DARK_BLUE,
    GREY,
    LIGHT_GREY,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MARKING_RED,
    NOTE_BACKGROUND,
    NOTE_RULE,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    QUOTE_BACKGROUND,
    QUOTE_RULE,
    TEXT_WIDTH,
)

Canvas = Any  # reportlab.pdfgen.canvas.Canvas (reportlab has no type hints)


def text_width(text: str, font: str, size: float) -> float:
    return float(
        sum(stringWidth(piece, CJK if cjk else font, size) for piece, cjk in font_runs(text))
    )


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text``, cut short with an ellipsis when it is wider than ``width``."""
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def draw_text(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, align: str = "left"
) -> None:
    """Draw one line with the CJK font for CJK runs; ``x`` is the left, centre or right."""
    width = text_width(text, font, size)
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    for piece, cjk in font_runs(text):
        name = CJK if cjk else font
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += stringWidth(piece, name, size)


class LaidOutParagraph(RLParagraph):  # type: ignore[misc]
    """A paragraph that breaks its lines once per width.

    The document is laid out at least twice (the table of contents and "Pagina X
    van Y" need the page count of the pass before); the text and the widths do
    not change between passes, so neither do the lines.
    """

    def breakLines(self, width: Any) -> Any:  # noqa: N802 - reportlab's name
        key = tuple(width) if isinstance(width, list) else width
        cache: dict[Any, Any] = self.__dict__.setdefault("_lines_by_width", {})
        if key not in cache:
            cache[key] = super().breakLines(width)
        return cache[key]


class HeadingParagraph(LaidOutParagraph):
    """A heading: bookmarks its own position; the template adds outline and TOC entries."""

    key: str | None = None
    level: int = 1
    plain: str = ""
    toc_markup: str = ""
    rule: bool = False

    def draw(self) -> None:
        if self.key:
            self.canv.bookmarkHorizontal(self.key, 0, self.height + 6)
        if self.rule:
            self.canv.saveState()
            self.canv.setStrokeColor(LIGHT_GREY)
            self.canv.setLineWidth(0.75)
            self.canv.line(0, -5, self.width, -5)
            self.canv.restoreState()
        super().draw()

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        parts: list[Any] = super().split(availWidth, availHeight)
        for index, part in enumerate(parts):
            if isinstance(part, HeadingParagraph):
                part.level, part.plain, part.toc_markup = self.level, self.plain, self.toc_markup
                part.key = self.key if index == 0 else None
                part.rule = self.rule and index == len(parts) - 1
        return parts


class BlockParagraph(LaidOutParagraph):
    """A paragraph on a tinted block with a coloured rule at its left: quotes and notes.

    Every piece of a paragraph split over two pages draws its own block."""

    kind: str = "quote"

    def draw(self) -> None:
        background, rule = (
            (QUOTE_BACKGROUND, QUOTE_RULE) if self.kind == "quote" else (NOTE_BACKGROUND, NOTE_RULE)
        )
        canvas = self.canv
        left = BLOCK_INSET
        bottom = -BLOCK_PADDING
        height = self.height + 2 * BLOCK_PADDING
        canvas.saveState()
        canvas.setFillColor(background)
        canvas.rect(left, bottom, self.width - 2 * BLOCK_INSET, height, stroke=0, fill=1)
        canvas.setFillColor(rule)
        canvas.rect(left, bottom, BLOCK_RULE_WIDTH, height, stroke=0, fill=1)
        canvas.restoreState()
        super().draw()

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        parts: list[Any] = super().split(availWidth, availHeight - BLOCK_PADDING)
        for part in parts:
            if isinstance(part, BlockParagraph):
                part.kind = self.kind
        return parts


class CitedQuote(Flowable):  # type: ignore[misc]
    """A quote with its citation beneath it, never parted from the quote's last lines.

    A short quote that does not fit moves to the next page whole; a long one starts
    where it is (if at least ``KEEP_HEIGHT`` is left) and splits between pages."""

    KEEP_HEIGHT = 150.0

    def __init__(self, text: BlockParagraph, citation: RLParagraph) -> None:
        super().__init__()
        self.text = text
        self.citation = citation
        self.text_height = 0.0

    def _gap(self) -> float:
        return float(self.citation.getSpaceBefore())

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        _, self.text_height = self.text.wrapOn(self.canv, availWidth, availHeight)
        _, citation_height = self.citation.wrapOn(self.canv, availWidth, availHeight)
        self.width = availWidth
        self.height = self.text_height + self._gap() + citation_height
        return (self.width, self.height)

    def getSpaceBefore(self) -> float:  # noqa: N802
        return float(self.text.getSpaceBefore())

    def getSpaceAfter(self) -> float:  # noqa: N802
        return float(self.citation.getSpaceAfter())

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        if availHeight < self.KEEP_HEIGHT:
            return []
        parts = self.text.splitOn(self.canv, availWidth, availHeight)
        if len(parts) < 2:
            return []
        return [parts[0], CitedQuote(parts[1], self.citation)]

    def draw(self) -> None:
        self.text.drawOn(self.canv, 0, self.height - self.text_height)
        self.citation.drawOn(self.canv, 0, 0)


class BriefingTableOfContents(RLTableOfContents):  # type: ignore[misc]
    """reportlab's table of contents, limited to headings of level <= ``depth``."""

    def __init__(self, depth: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.depth = depth

    def notify(self, kind: str, stuff: Any) -> None:
        if kind == "TOCEntry" and stuff[0] >= self.depth:
            return
        super().notify(kind, stuff)


class PageCounter(IndexingFlowable):  # type: ignore[misc]
    """Counts the pages of each pass; satisfied when two passes agree."""

    def __init__(self) -> None:
        super().__init__()
        self.pages = 0
        self.previous = 0

    def beforeBuild(self) -> None:  # noqa: N802
        self.previous, self.pages = self.pages, 0

    def isSatisfied(self) -> bool:  # noqa: N802
        return self.pages == self.previous

    def notify(self, kind: str, stuff: Any) -> None:
        if kind == "PageCount":
            self.pages = int(stuff)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return (0.0, 0.0)

    def draw(self) -> None:
        pass


class MarkedInfo(PDFInfo):  # type: ignore[misc]
    """The PDF info dictionary with the classification marking as a custom entry."""

    marking = ""

    @classmethod
    def copy_of(cls, info: Any, marking: str) -> MarkedInfo:
        made = cls()
        made.__dict__.update(info.__dict__)
        made.marking = marking
        return made

    def format(self, document: Any) -> bytes:
        entries = {
            "Title": PDFString(self.title),
            "Author": PDFString(self.author),
            "Producer": PDFString(self.producer),
            "Creator": PDFString(self.creator),
            "Subject": PDFString(self.subject),
            "Keywords": PDFString(self.keywords),
            "Trapped": PDFName(self.trapped),
            "Classification": PDFString(self.marking),
        }
        stamp = PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter)
        entries["CreationDate"] = entries["ModDate"] = stamp
        return bytes(PDFDictionary(entries).format(document))


def _measured_only(*_args: Any, **_kwargs: Any) -> None:
    """drawOn of a flowable in the measuring pass: laid out, not drawn."""


def _pdf_date(created: datetime) -> str:
    moment = created.astimezone() if created.tzinfo is None else created
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{hours:02d}'{rest:02d}'"


class BriefingDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """A4 pages with marking, title and page numbers; outline and TOC from headings."""

    def __init__(
        self,
        filename: Any,
        meta: DocumentMeta,
        *,
        has_cover: bool,
        page_counter: PageCounter,
        check_cancelled: Callable[[], None],
    ) -> None:
        super().__init__(
            filename,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            keywords=", ".join(meta.keywords),
            creator="Briefer",
            producer=f"Briefer (ReportLab {reportlab.Version})",
            lang=meta.language or None,
            displayDocTitle=1,
            initialFontName=SANS,  # else every page names an unembedded Helvetica
            initialFontSize=10,
        )
        self.meta = meta
        self.page_counter = page_counter
        self.check_cancelled = check_cancelled
        self.outline_level = -1
        self.heading_pages: dict[str, int] = {}  # heading key -> page, of the last pass
        self.passes = 0
        self.draft = False
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            TEXT_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="text",
        )
        body = PageTemplate(id="body", frames=[frame], onPage=self.decorate_body)
        cover = PageTemplate(
            id="cover", frames=[frame], onPage=self.decorate_cover, autoNextPageTemplate="body"
        )
        self.addPageTemplates([cover, body] if has_cover else [body])

    # -- reportlab hooks ---------------------------------------------------------------

    def beforeDocument(self) -> None:  # noqa: N802
        # The first pass only measures: the page counter never accepts it (its previous
        # count is 0), so its output is always thrown away. Its flowables are laid out
        # exactly as later, but not drawn: drawing is half the work of a pass.
        self.passes += 1
        self.draft = self.passes == 1
        self.outline_level = -1
        self.heading_pages = {}
        stamp = _pdf_date(self.meta.created)
        self.canv.setDateFormatter(lambda *_parts: stamp)
        self.canv.showOutline()
        marking = " ".join(self.meta.classification.split())
        if marking:  # document-management tools read the marking from the info dictionary
            document = self.canv._doc
            document.info = MarkedInfo.copy_of(document.info, marking)

    def handle_flowable(self, flowables: list[Any]) -> None:
        if not self.draft or not flowables:
            super().handle_flowable(flowables)
            return
        flowable = flowables[0]
        flowable.drawOn = _measured_only  # this object only, this pass only
        try:
            super().handle_flowable(flowables)
        finally:
            del flowable.drawOn

    def afterPage(self) -> None:  # noqa: N802
        self.notify("PageCount", self.canv.getPageNumber())
        self.check_cancelled()

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802
        if not isinstance(flowable, HeadingParagraph) or not flowable.key:
            return
        # The outline may go down only one level at a time.
        level = max(0, min(flowable.level - 1, self.outline_level + 1))
        self.canv.addOutlineEntry(flowable.plain, flowable.key, level=level, closed=False)
        self.heading_pages[flowable.key] = self.page
        self.outline_level = level
        self.notify("TOCEntry", (flowable.level - 1, flowable.toc_markup, self.page, flowable.key))

    # -- page decoration ---------------------------------------------------------------

    def decorate_cover(self, canvas: Canvas, _doc: Any) -> None:
        if self.draft:
            return
        canvas.saveState()
        canvas.setFillColor(DARK_BLUE)
        canvas.rect(0, 0, 9 * mm, PAGE_HEIGHT, stroke=0, fill=1)
        canvas.restoreState()
        self._marking_and_number(canvas)

    def decorate_body(self, canvas: Canvas, _doc: Any) -> None:
        if self.draft:
            return
        canvas.saveState()
        title = fit_text(self.meta.title, SANS, 7.5, TEXT_WIDTH)
        canvas.setFillColor(GREY)
        draw_text(canvas, MARGIN_LEFT, PAGE_HEIGHT - 19 * mm, title, SANS, 7.5)
        canvas.setStrokeColor(LIGHT_GREY)
        canvas.setLineWidth(0.5)
        canvas.line(
            MARGIN_LEFT, PAGE_HEIGHT - 21 * mm, PAGE_WIDTH - MARGIN_RIGHT, PAGE_HEIGHT - 21 * mm
        )
        canvas.restoreState()
        self._marking_and_number(canvas)

    def _marking_and_number(self, canvas: Canvas) -> None:
        canvas.saveState()
        marking = fit_text(" ".join(self.meta.classification.split()), SANS_BOLD, 8.5, TEXT_WIDTH)
        if marking:
            canvas.setFillColor(MARKING_RED)
            draw_text(
                canvas, PAGE_WIDTH / 2, PAGE_HEIGHT - 12 * mm, marking, SANS_BOLD, 8.5, "center"
            )
            draw_text(canvas, PAGE_WIDTH / 2, 9 * mm, marking, SANS_BOLD, 8.5, "center")
        canvas.setStrokeColor(LIGHT_GREY)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, 19 * mm, PAGE_WIDTH - MARGIN_RIGHT, 19 * mm)
        number = canvas.getPageNumber()
        total = self.page_counter.previous
        words = labels(language_of(self.meta.language))
        label = f"{words['page']} {number}"
        if total >= number:
            label += f" {words['of']} {total}"
        canvas.setFillColor(GREY)
        draw_text(canvas, PAGE_WIDTH - MARGIN_RIGHT, 14.5 * mm, label, SANS, 8, "right")
        canvas.restoreState()
