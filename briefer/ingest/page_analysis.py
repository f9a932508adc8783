"""Page analysis for PDF letters: lines from character boxes and fonts.

pdfium gives every character with its box, font size, font name and weight.
This module rebuilds the lines of every page with their position and style
(bold, italic, size), then sorts them into what they are:

- ``furniture``: text that repeats at the same place on several pages (running
  headers and footers, "Pagina X van Y", "Onze referentie"), page numbers and
  the known publication footers (``kst-…``, ``ISSN``);
- ``side``: a narrow column beside the body (a ministry's address column);
- ``body``: the text column of the letter.

The readers of each published form (rijksoverheid.py, kamerstuk_pdf.py) take
it from there; styled_blocks.py turns body lines into paragraphs and headings
from their style and spacing, the same for every form.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

import pypdfium2 as pdfium

from briefer.ingest.columns import column_groups
from briefer.ingest.footnotes import MARK_OPEN
from briefer.ingest.page_shapes import grid, page_shapes
from briefer.ingest.pdf_glyphs import page_glyphs
from briefer.ingest.pdf_lines import group_lines, line_text, page_runs
from briefer.ingest.repeated_lines import MARGIN, NEXT_LINE, repeated_lines, values_beside

BODY, SIDE, FURNITURE, FOOTNOTE = "body", "side", "furniture", "footnote"
FIGURE = "figure"  # the text of a diagram (in its boxes) or a figure's caption
FOOTNOTE_SIZE = 0.93  # text this much smaller than the body, at the foot of a page: a note
_NOTE_NUMBER = re.compile(r"^\d{1,3}\s+\S")
_FURNITURE_TEXT = re.compile(
    "|".join(
        (
            r"^Pagina \d+ van \d+$",
            r"^(?:kst|ah-tk|ah-ek|blg|stb|stcrt|trb|h-tk|h-ek)-\d",  # publication ids
            r"^(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}\s*[–-]\s*\d{4}, .{2,60}$",
            r"ISSN \d{4}\s*-\s*\d{3}[\dX]",
        )
    ),
    re.IGNORECASE,
)
_LONE_NUMBER = re.compile(r"^\d{1,4}$")  # a page number, in the page's top or bottom margin


@dataclass(slots=True, eq=False)
class TextLine:
    """One line of text on a page, with its place and style; y grows upwards."""

    text: str
    page: int  # 1-based index of the PDF page
    x0: float
    x1: float
    baseline: float
    size: float
    bold: bool
    italic: bool
    kind: str = BODY
    underlined: bool = False
    first_word: float = 0.0  # width of the line's first word (0: not measured)
    cells: int = 1  # parts of the line with a gap of an em or more between them (a table row)
    marked: str = ""  # the text with its footnote markers (pdf_lines.MARKER), when it has any

    @property
    def with_markers(self) -> str:
        return self.marked or self.text

    @property
    def style(self) -> tuple[float, bool, bool, bool]:
        return (round(self.size, 1), self.bold, self.italic, self.underlined)


@dataclass
class PageLayout:
    number: int
    width: float
    height: float
    lines: list[TextLine] = field(default_factory=list)
    rules: list[tuple[float, float, float]] = field(default_factory=list)  # (left, right, y)
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)  # drawn boxes
    # The body's lines in reading order, in groups that each read top to bottom (one group
    # on a page in one column; a group per column, band by band, on a page in columns).
    groups: list[list[int]] = field(default_factory=list)

    def reading(self, *kinds: str) -> list[TextLine]:
        """The page's lines of ``kinds`` in reading order (column by column)."""
        if not self.groups:
            return [line for line in self.lines if line.kind in kinds]
        return [
            self.lines[index]
            for group in self.groups
            for index in group
            if self.lines[index].kind in kinds
        ]

    def of_kind(self, kind: str) -> list[TextLine]:
        return [line for line in self.lines if line.kind == kind]


@dataclass
class DocumentLayout:
    pages: list[PageLayout]
    body_left: float = 0.0
    body_right: float = 0.0
    body_size: float = 10.0

    def reading(self, *kinds: str) -> list[TextLine]:
        """Every page's lines of ``kinds`` in reading order."""
        return [line for page in self.pages for line in page.reading(*kinds)]

    def lines(self, kind: str | None = None) -> list[TextLine]:
        return [
            line for page in self.pages for line in page.lines if kind is None or line.kind == kind
        ]

    @property
    def has_text(self) -> bool:
        return any(page.lines for page in self.pages)


# Asked of every glyph of every line: C's loops (map, all, any, max) over these, not Python's.
_SUPERSCRIPT, _RIGHT, _BOLD, _ITALIC = map(attrgetter, ("superscript", "right", "bold", "italic"))


def _page_lines(textpage: pdfium.PdfTextPage, page: int) -> list[TextLine]:
    """The page's lines with place and style, top to bottom, left to right."""
    lines: list[TextLine] = []
    for group in group_lines(page_runs(page_glyphs(textpage))):
        for piece in line_text(group):
            if not piece.text:
                continue
            glyphs = piece.glyphs
            visible = glyphs  # the line's type is its text's, not its footnote markers'
            if any(map(_SUPERSCRIPT, glyphs)):
                visible = [glyph for glyph in glyphs if not glyph.superscript] or glyphs
            lines.append(
                TextLine(
                    piece.text,
                    page,
                    glyphs[0].left,  # the glyphs are in order of their left edges
                    max(map(_RIGHT, glyphs)),
                    piece.baseline,
                    round(piece.size, 1),
                    all(map(_BOLD, visible)),
                    all(map(_ITALIC, visible)),
                    BODY,
                    False,
                    piece.first_word,
                    piece.cells,
                    piece.marked if piece.marked != piece.text else "",
                )
            )
    lines.sort(key=lambda line: (-round(line.baseline, 0), line.x0))
    return lines


def _underline(lines: list[TextLine], rules: list[tuple[float, float, float]]) -> list[TextLine]:
    if not rules:
        return lines
    marked: list[TextLine] = []
    for line in lines:
        width = line.x1 - line.x0
        under = any(
            0 <= line.baseline - y <= 0.4 * line.size
            and min(right, line.x1) - max(left, line.x0) >= 0.8 * width
            and right - left <= width + 2 * line.size
            for left, right, y in rules
        )
        line.underlined = line.underlined or under
        marked.append(line)
    return marked


def read_layout(
    document: pdfium.PdfDocument,
    progress: Callable[[int, int], None] | None,
    limit: int | None = None,
    body: Sequence[tuple[int, str]] = (),
) -> DocumentLayout:
    """Every page's lines (or the first ``limit`` pages') with place and style, classified.

    ``body`` names (page, text) lines the user said are the letter's text although
    they look like furniture (see ``keep_as_body``)."""
    pages: list[PageLayout] = []
    count = len(document) if limit is None else min(limit, len(document))
    for index in range(count):
        if progress is not None:
            progress(index, count)
        page = document[index]
        try:
            width, height = page.get_size()
            textpage = page.get_textpage()
            try:
                lines = _page_lines(textpage, index + 1)
            finally:
                textpage.close()
            rules, boxes = page_shapes(page)
            lines = _underline(lines, rules)
        finally:
            page.close()
        pages.append(PageLayout(index + 1, width, height, lines, rules, boxes))
    if progress is not None:
        progress(count, count)
    layout = DocumentLayout(pages)
    classify(layout, body)
    return layout


def in_body_column(layout: DocumentLayout, line: TextLine) -> bool:
    """Whether a line starts in the body's column (not in a column beside it)."""
    left, right = layout.body_left, layout.body_right
    return not (line.x0 >= right - 2 and line.x0 > left + 0.4 * (right - left))


def keep_as_body(layout: DocumentLayout, body: Sequence[tuple[int, str]]) -> None:
    """Make the furniture lines named by (page, text) body lines again (a user's fix);
    only lines in the body's column: a side column is never body text."""
    wanted = {(page, " ".join(text.split())) for page, text in body}
    if not wanted:
        return
    for page in layout.pages:
        for line in page.lines:
            if (
                line.kind == FURNITURE
                and (page.number, " ".join(line.text.split())) in wanted
                and in_body_column(layout, line)
            ):
                line.kind = BODY


def _footnote_start(line: TextLine) -> bool:
    return line.with_markers.startswith(MARK_OPEN) or bool(_NOTE_NUMBER.match(line.text))


def _footnote_zones(layout: DocumentLayout) -> None:
    """Mark the footnotes at the foot of each column: smaller text in the column, below
    every line of body text in it (and below the rule above the notes, where there is
    one), opening with a note's number; the lines after it continue the notes. A
    column whose foot holds smaller text without a number continues the note before."""
    size = layout.body_size
    continuing = False
    for page in layout.pages:
        for group in page.groups or [list(range(len(page.lines)))]:
            continuing = _group_notes(layout, page, group, size, continuing)


def _group_notes(
    layout: DocumentLayout, page: PageLayout, group: list[int], size: float, continuing: bool
) -> bool:
    lines = page.lines
    members = [index for index in group if lines[index].kind == BODY]
    if not members:
        return continuing
    body = [lines[index] for index in members if lines[index].size > FOOTNOTE_SIZE * size]
    lowest = min((line.baseline for line in body), default=page.height)
    left = min(lines[index].x0 for index in members)
    right = max(lines[index].x1 for index in members)
    separators = [
        y
        for rule_left, rule_right, y in page.rules
        if abs(rule_left - left) <= 2 * size
        and 3 * size <= rule_right - rule_left <= 0.6 * max(right - left, 1.0)
        and y < lowest
    ]
    if separators:  # the rule above the footnotes: what stands above it is no note
        lowest = min(lowest, max(separators))
    zone = [
        index
        for index in members
        if lines[index].baseline < lowest and lines[index].size <= FOOTNOTE_SIZE * size
    ]
    zone.sort(key=lambda index: -lines[index].baseline)
    started = False
    for index in zone:
        line = lines[index]
        if _footnote_start(line):
            started = True
        if started or continuing:
            line.kind = FOOTNOTE
    if zone:
        return started or continuing
    return continuing and not body


_CAPTION = re.compile(
    r"^(?:Figuur|Tabel|Grafiek|Afbeelding|Kader|Schema)\s+\d+[.:]?\s", re.IGNORECASE
)


def _figures(lines: list[TextLine], page: PageLayout, size: float) -> list[TextLine]:
    """The text of a diagram (smaller text inside boxes drawn apart from each other) and
    figure captions ("Figuur 1. …") are no body text."""
    area = page.width * page.height
    boxes = [box for box in page.boxes if (box[2] - box[0]) * (box[3] - box[1]) < 0.35 * area]
    apart = [box for box in boxes if not grid(box, boxes)]
    marked: list[TextLine] = []
    for line in lines:
        inside = line.size <= 0.85 * size and any(
            box[0] - 1 <= line.x0
            and line.x1 <= box[2] + 1
            and box[1] - 1 <= line.baseline <= box[3]
            for box in apart
        )
        caption = _CAPTION.match(line.text) is not None and len(line.text) < 120
        if line.kind == BODY and (inside or caption):
            line.kind = FIGURE
        marked.append(line)
    return marked


def _under_text(line: TextLine, lines: Sequence[TextLine]) -> bool:
    """Whether a line stands right under a longer line of text, at its left edge (a
    number there ends that text, "... - 27 maart" / "2009"; a page number stands apart)."""
    return any(
        0 < other.baseline - line.baseline <= NEXT_LINE * line.size
        and abs(other.x0 - line.x0) <= 2
        and len(other.text) > len(line.text)
        for other in lines
        if other is not line
    )


def classify(layout: DocumentLayout, body: Sequence[tuple[int, str]] = ()) -> None:
    """Mark furniture, side-column and footnote lines; find the body column and body size."""
    every = layout.lines()
    if not every:
        return
    starts: Counter[int] = Counter()
    for line in every:
        starts[round(line.x0 / 3)] += len(line.text)
    body_left = starts.most_common(1)[0][0] * 3
    in_body = [line for line in every if abs(line.x0 - body_left) <= 4 and len(line.text) > 30]
    rights = sorted(line.x1 for line in in_body) or sorted(line.x1 for line in every)
    body_right = rights[int(0.9 * (len(rights) - 1))]
    sizes: Counter[float] = Counter()
    for line in in_body or every:
        sizes[line.size] += len(line.text)
    layout.body_left, layout.body_right = body_left, body_right
    layout.body_size = sizes.most_common(1)[0][0]
    repeated = repeated_lines(layout)
    for page in layout.pages:
        kinds: list[TextLine] = []
        for index, line in enumerate(page.lines):
            kind = BODY
            if (
                (page.number, index) in repeated
                or _FURNITURE_TEXT.search(line.text)
                or (
                    _LONE_NUMBER.match(line.text)
                    and not (MARGIN * page.height < line.baseline < (1 - MARGIN) * page.height)
                    and not _under_text(line, page.lines)
                )
            ):
                kind = FURNITURE
            elif (
                line.x0 < body_left - 20
                and line.baseline < 0.1 * page.height
                and not values_beside(line, page.lines)  # a form's last label on the page
            ):
                kind = FURNITURE  # a publication footer in the bottom margin
            elif (
                line.x0 >= body_right + 3
                and line.x0 > body_left + 0.4 * (body_right - body_left)
                and (
                    line.size < 0.9 * layout.body_size
                    or line.x1 - line.x0 < 0.4 * (body_right - body_left)
                )
            ):
                kind = SIDE  # a narrow column of smaller type beside the body (not a spread's page)
            line.kind = kind
            kinds.append(line)
        page.lines = _figures(kinds, page, layout.body_size)
    keep_as_body(layout, body)
    for page in layout.pages:
        text = [line for line in page.lines if line.kind == BODY]
        places = {id(line): index for index, line in enumerate(page.lines)}
        page.groups = [
            [places[id(line)] for line in group] for group in column_groups(text, layout.body_size)
        ]
    _footnote_zones(layout)
