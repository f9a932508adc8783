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

import ctypes
import re
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

BODY, SIDE, FURNITURE = "body", "side", "furniture"
SAME_LINE = 0.5  # baselines closer than this many font sizes share a line
COLUMN_GAP = 2.5  # a horizontal gap of this many font sizes starts another column
_LINE_BREAKS = frozenset((0x0A, 0x0D))
_ITALIC_FLAG = 1 << 6
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st"})
_HYPHEN_MARKS = ("\x02", "\ufffe", "\xad")
_FURNITURE_TEXT = (
    re.compile(r"^Pagina \d+ van \d+$", re.IGNORECASE),
    re.compile(r"^kst-\d"),
    re.compile(r"ISSN \d{4}\s*-\s*\d{3}[\dX]"),
    re.compile(r"^\d{1,4}$"),
)


@dataclass(frozen=True)
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

    @property
    def style(self) -> tuple[float, bool, bool]:
        return (round(self.size, 1), self.bold, self.italic)


@dataclass
class PageLayout:
    number: int
    width: float
    height: float
    lines: list[TextLine] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[TextLine]:
        return [line for line in self.lines if line.kind == kind]


@dataclass
class DocumentLayout:
    pages: list[PageLayout]
    body_left: float = 0.0
    body_right: float = 0.0
    body_size: float = 10.0

    def lines(self, kind: str | None = None) -> list[TextLine]:
        return [
            line for page in self.pages for line in page.lines if kind is None or line.kind == kind
        ]

    @property
    def has_text(self) -> bool:
        return any(page.lines for page in self.pages)


@dataclass
class _Char:
    char: str
    left: float
    right: float
    baseline: float
    size: float
    bold: bool
    italic: bool


def _font(
    textpage: pdfium.PdfTextPage, index: int, cache: dict[int, tuple[bool, bool]]
) -> tuple[bool, bool]:
    """(bold, italic) of a character, from its font's name, weight and flags.

    Characters of one text object share its font: asked once per object.
    """
    handle = pdfium_c.FPDFText_GetTextObject(textpage, index)
    address = ctypes.cast(handle, ctypes.c_void_p).value if handle else None
    if address is not None and address in cache:
        return cache[address]
    flags = ctypes.c_int(0)
    length = pdfium_c.FPDFText_GetFontInfo(textpage, index, None, 0, ctypes.byref(flags))
    name = ""
    if length > 0:
        buffer = ctypes.create_string_buffer(length)
        pdfium_c.FPDFText_GetFontInfo(textpage, index, buffer, length, ctypes.byref(flags))
        name = buffer.value.decode("utf-8", "replace").lower()
    weight = pdfium_c.FPDFText_GetFontWeight(textpage, index)
    bold = weight >= 600 or any(mark in name for mark in ("bold", "black", "heavy", "semibold"))
    italic = bool(flags.value & _ITALIC_FLAG) or "italic" in name or "oblique" in name
    if address is not None:
        cache[address] = (bold, italic)
    return bold, italic


def _page_chars(textpage: pdfium.PdfTextPage) -> list[_Char | None]:
    """The page's characters in pdfium's order; None marks a line break."""
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    x, y = ctypes.c_double(), ctypes.c_double()
    cache: dict[int, tuple[bool, bool]] = {}
    chars: list[_Char | None] = []
    for index in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(textpage, index)
        if code in _LINE_BREAKS:
            chars.append(None)
            continue
        if code > sys.maxunicode or code == 0:
            continue
        char = chr(code)
        if abs(pdfium_c.FPDFText_GetCharAngle(textpage, index)) > 0.05:
            continue  # rotated stamps and margin notes are not running text
        if not pdfium_c.FPDFText_GetCharOrigin(textpage, index, x, y):
            continue
        pdfium_c.FPDFText_GetCharBox(textpage, index, left, right, bottom, top)
        size = pdfium_c.FPDFText_GetFontSize(textpage, index)
        if char.isspace():
            bold = italic = False
        else:
            bold, italic = _font(textpage, index, cache)
        chars.append(
            _Char(
                char,
                left.value,
                max(right.value, left.value),
                y.value,
                size if size > 1 else 10.0,
                bold,
                italic,
            )
        )
    return chars


def _clean(text: str) -> str:
    text = text.translate(_LIGATURES).replace("\r", "").replace("\n", "")
    text = re.sub(r"\s+", " ", text).strip()
    for mark in _HYPHEN_MARKS:
        if text.endswith(mark):
            text = text[: -len(mark)] + "-"
    text = text.replace("\x02", "-").replace("\ufffe", "-").replace("\xad", "")
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _make_line(chars: list[_Char], page: int) -> TextLine | None:
    visible = [char for char in chars if not char.char.isspace()]
    if not visible:
        return None
    text = _clean("".join(char.char for char in chars))
    if not text:
        return None
    sizes = Counter(round(char.size, 1) for char in visible)
    return TextLine(
        text=text,
        page=page,
        x0=min(char.left for char in visible),
        x1=max(char.right for char in visible),
        baseline=statistics.median(char.baseline for char in visible),
        size=sizes.most_common(1)[0][0],
        bold=all(char.bold for char in visible),
        italic=all(char.italic for char in visible),
    )


def _page_lines(chars: list[_Char | None], page: int) -> list[TextLine]:
    """Split characters into lines at line breaks, baseline jumps and column gaps."""
    lines: list[TextLine] = []
    current: list[_Char] = []

    def flush() -> None:
        line = _make_line(current, page)
        if line is not None:
            lines.append(line)
        current.clear()

    last: _Char | None = None  # the line's last visible character
    for char in chars:
        if char is None:
            flush()
            last = None
            continue
        if char.char.isspace():
            current.append(char)
            continue
        if last is not None:
            jump = abs(char.baseline - last.baseline) > SAME_LINE * last.size
            gap = char.left - last.right > COLUMN_GAP * last.size or char.left < last.left - 1
            if jump or gap:
                flush()
        current.append(char)
        last = char
    flush()
    lines.sort(key=lambda line: (-round(line.baseline, 0), line.x0))
    return lines


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
                lines = _page_lines(_page_chars(textpage), index + 1)
            finally:
                textpage.close()
        finally:
            page.close()
        pages.append(PageLayout(index + 1, width, height, lines))
    if progress is not None:
        progress(count, count)
    layout = DocumentLayout(pages)
    classify(layout)
    keep_as_body(layout, body)
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
        page.lines = [
            replace(line, kind=BODY)
            if line.kind == FURNITURE
            and (page.number, " ".join(line.text.split())) in wanted
            and in_body_column(layout, line)
            else line
            for line in page.lines
        ]


def _furniture_key(line: TextLine) -> tuple[str, int]:
    return re.sub(r"\d+", "#", line.text.lower()), round(line.baseline / 6)


def classify(layout: DocumentLayout) -> None:
    """Mark furniture and side-column lines; find the body column and body size."""
    every = layout.lines()
    if not every:
        return
    repeated: Counter[tuple[str, int]] = Counter()
    for page in layout.pages:
        repeated.update({_furniture_key(line) for line in page.lines})
    many = 2 if len(layout.pages) >= 2 else 10**9
    starts: Counter[int] = Counter()
    for line in every:
        starts[round(line.x0 / 3)] += len(line.text)
    body_left = starts.most_common(1)[0][0] * 3
    in_body = [line for line in every if abs(line.x0 - body_left) <= 4 and len(line.text) > 30]
    rights = sorted(line.x1 for line in in_body) or sorted(line.x1 for line in every)
    body_right = rights[int(0.9 * (len(rights) - 1))]
    sizes = Counter(line.size for line in in_body or every)
    layout.body_left, layout.body_right = body_left, body_right
    layout.body_size = sizes.most_common(1)[0][0]
    for page in layout.pages:
        kinds: list[TextLine] = []
        for line in page.lines:
            kind = BODY
            if repeated[_furniture_key(line)] >= many or any(
                pattern.search(line.text) for pattern in _FURNITURE_TEXT
            ):
                kind = FURNITURE
            elif line.x0 < body_left - 20 and line.baseline < 0.1 * page.height:
                kind = FURNITURE  # a publication footer in the bottom margin
            elif line.x0 >= body_right - 2 and line.x0 > body_left + 0.4 * (body_right - body_left):
                kind = SIDE
            kinds.append(replace(line, kind=kind))
        page.lines = kinds
