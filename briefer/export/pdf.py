"""Render model -> PDF (reportlab platypus), written atomically.

All user and letter text is escaped before reportlab sees it (its Paragraph reads
markup: ``R&D`` or ``<b>`` would be mangled or raise) and Chinese and Japanese runs
are set in the bundled CJK font (see ``fonts.py``). ``progress(done, total)`` is
called once per block and once more when the file is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import HRFlowable, Spacer, Table, TableStyle
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus.doctemplate import LayoutError

from briefer.compose.model import (
    Block,
    BulletList,
    Cover,
    Heading,
    PageBreak,
    Paragraph,
    Quote,
    RenderDocument,
    Run,
    TableOfContents,
)
from briefer.export.atomic import ExportCancelledError, ExportError, write_atomically
from briefer.export.fonts import SANS, font_markup, register_fonts
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

# Control characters (except the newline), lone surrogates and non-characters.
_DROP = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_BULLETS = ("•", "–", "◦", "▪")


def clean(text: str) -> str:
    """Unicode text without the characters no PDF text can hold; newlines normalised."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return _DROP.sub("", text)


def inline(text: str, *, line_breaks: bool = True) -> str:
    """Paragraph markup for plain ``text``: escaped, CJK in its font, newlines as breaks."""
    lines = clean(text).split("\n")
    if not line_breaks:
        return font_markup(" ".join(lines))
    return "<br/>".join(font_markup(line) for line in lines)


def runs_markup(runs: Iterable[Run]) -> str:
    parts = []
    for run in runs:
        markup = inline(run.text)
        if not markup:
            continue
        if run.italic:
            markup = f"<i>{markup}</i>"
        if run.bold:
            markup = f"<b>{markup}</b>"
        parts.append(markup)
    return "".join(parts)


def _alpha(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def _roman(number: int) -> str:
    result = ""
    for value, numeral in _ROMAN:
        count, number = divmod(number, value)
        result += numeral * count
    return result


def list_label(numbered: bool, level: int, number: int) -> str:
    """ "1." / "a." / "i." by nesting level for numbered lists, bullets otherwise."""
    if not numbered:
        return _BULLETS[level % len(_BULLETS)]
    kind = level % 3
    if kind == 0:
        return f"{number}."
    return f"{_alpha(number) if kind == 1 else _roman(number)}."


class _StoryBuilder:
    def __init__(self, document: RenderDocument, styles: Styles) -> None:
        self.document = document
        self.styles = styles
        self.story: list[Flowable] = []
        self.at_page_start = True
        self.keys: set[str] = set()

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
        for label, value in (
            ("Datum", inline(cover.date_text, line_breaks=False)),
            ("Opgesteld door", inline(cover.author, line_breaks=False)),
            (
                "Onderwerp" if len(topics) == 1 else "Onderwerpen",
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
        self.page_break()

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
        if items:
            items[-1].style = _with_space_after(items[-1].style, self.styles.body.spaceAfter + 3)
            self.add(*items)

    def quote(self, quote: Quote) -> None:
        markup = inline(quote.text).strip()
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


def _with_space_after(style: Any, space: float) -> Any:
    return ParagraphStyle(f"{style.name}-last", parent=style, spaceAfter=space)


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

    def write(temporary: Path) -> None:
        template = BriefingDocTemplate(
            str(temporary),
            document.meta,
            has_cover=bool(document.blocks) and isinstance(document.blocks[0], Cover),
            page_counter=counter,
            check_cancelled=check_cancelled,
        )
        try:
            template.multiBuild(story)
        except (LayoutError, IndexError) as exc:
            raise ExportError(f"{path}: de PDF kan niet worden opgemaakt ({exc})") from None

    written = write_atomically(Path(path), write)
    if progress is not None:
        progress(total, total)
    return written
