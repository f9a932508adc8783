"""The lines of a PDF page, rebuilt from pdfium's characters and their boxes.

pdfium gives every character with its origin, its box, its font and the
matrix it is drawn with. This module groups them into lines and decides the
spaces itself:

- **sizes** are effective sizes (the font size times the matrix's vertical
  scale): some publishers draw everything at "size 1" and scale it;
- **spaces** that the PDF writes are kept; the spaces pdfium makes up from a
  gap between two characters are kept only when the gap is as wide as a word
  space. Letter-spaced fonts otherwise come out as ``P agina``, ``D en
  Haag`` or ``I E NW/BSK``: their letter gaps are a sixth of an em, a word
  space a fifth or more;
- **superscripts** (smaller characters raised above the line) stay on their
  line; raised digits are footnote markers, kept out of the line's text and
  written into ``TextLine.marked`` between ``MARK_OPEN`` and ``MARK_CLOSE``,
  so the paragraph builder can tell where each marker stood. A marker that
  pdfium puts on a line of its own (a footnote's number above its text) is
  joined to the line it belongs to.
"""

from __future__ import annotations

import ctypes
import math
import re
import statistics
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from briefer.ingest.footnotes import MARK_CLOSE, MARK_OPEN

SAME_LINE = 0.5  # baselines closer than this many sizes share a line
COLUMN_GAP = 2.0  # a gap of this many sizes between words pdfium gives in one go: a column
RUN_GAP = 1.0  # a gap of this many sizes between two of pdfium's lines on one baseline
CELL_GAP = 1.0  # a gap of this many sizes inside a line: the edge of a table's cell
WORD_GAP = 0.185  # a made-up space is a word space only from this many ems on
SMALL = 0.82  # a character this much smaller than its line may be a superscript
RAISED = (0.12, 0.8)  # raised by this much of the line's size: a superscript
_LINE_BREAKS = frozenset((0x0A, 0x0D))
_ITALIC_FLAG = 1 << 6
_MARKER_CHARS = frozenset("0123456789*†‡")


def _is_marker(text: str) -> bool:
    """Digits or note signs only: what a footnote's marker is made of."""
    return all(char in _MARKER_CHARS for char in text)


_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st"})
_SPECIAL = re.compile("[\ufb00-\ufb06\x02\ufffe\xad\ud800-\udfff]")
_HYPHEN_MARKS = ("\x02", "\ufffe", "\xad")
# Spacing accents and the combining marks they stand for.
_ACCENTS = {
    "\u00b4": "\u0301",
    "\u00b8": "\u0327",
    "\u00a8": "\u0308",
    "`": "\u0300",
    "\u02c6": "\u0302",
    "\u02dc": "\u0303",
    "\u02c7": "\u030c",
    "\u02d8": "\u0306",
    "\u02d9": "\u0307",
    "\u02da": "\u030a",
    "\u02db": "\u0328",
    "\u02dd": "\u030b",
}


@dataclass(slots=True)
class Glyph:
    """A visible character, in the page's reading direction (``across`` grows to the right)."""

    char: str
    left: float
    right: float
    baseline: float  # grows upwards
    size: float
    bold: bool
    italic: bool
    spaced: bool = False  # the PDF wrote a space right before it
    made_up_gap: bool = False  # pdfium made up a space right before it
    superscript: bool = False
    index: int = -1  # pdfium's index of its last character, when it stands for a word


@dataclass
class Run:
    """Glyphs pdfium gave one after the other on one line."""

    glyphs: list[Glyph] = field(default_factory=list)
    size: float = 0.0  # the largest size among its glyphs
    baseline: float = 0.0  # the baseline of its largest glyphs
    markers_only: bool = True  # every glyph a digit or a note sign (a footnote's number)

    def add(self, glyph: Glyph) -> None:
        if self.markers_only and not _is_marker(glyph.char):
            self.markers_only = False
        if glyph.size > self.size * 1.05 or not self.glyphs:
            if self.glyphs and glyph.size > self.size / SMALL:
                self.baseline = glyph.baseline  # the run began with small (raised) glyphs
            elif not self.glyphs:
                self.baseline = glyph.baseline
            self.size = max(self.size, glyph.size)
        self.glyphs.append(glyph)

    @property
    def left(self) -> float:
        return self.glyphs[0].left

    @property
    def right(self) -> float:
        return self.glyphs[-1].right

    def small(self) -> bool:
        return self.markers_only


def _font(textpage: object, index: int, cache: dict[int, tuple[bool, bool]]) -> tuple[bool, bool]:
    """(bold, italic) of a character, from its font's name, weight and flags;
    asked once per text object (its characters share the font)."""
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


def _dominant_angle(textpage: pdfium.PdfTextPage, count: int) -> float:
    angles: Counter[float] = Counter()
    for index in range(0, count, max(1, count // 200)):
        angles[round(pdfium_c.FPDFText_GetCharAngle(textpage, index), 1)] += 1
    return angles.most_common(1)[0][0] if angles else 0.0


class _PageReader:
    """Reads a page's words from pdfium: most words with a few calls (the first
    character's place, size and font, the last character's box); a word with
    digits or accents, or whose first and last characters differ in size or line
    (a raised footnote number, a word broken without a break), character by
    character."""

    def __init__(self, textpage: pdfium.PdfTextPage) -> None:
        self.raw = textpage.raw
        self.count = pdfium_c.FPDFText_CountChars(self.raw)
        self.angle = _dominant_angle(textpage, self.count)
        self.sin, self.cos = math.sin(self.angle), math.cos(self.angle)
        self.box = pdfium_c.FS_RECTF()
        self.matrix = pdfium_c.FS_MATRIX()
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.cache: dict[int, tuple[bool, bool]] = {}
        self.line: tuple[float, float, tuple[float, float, bool, bool]] | None = None
        self.line_start: Glyph | None = None  # the first word of the line being read

    def box_of(self, index: int) -> tuple[float, float, float, float]:
        """(left, right, bottom, height) of a character's loose box, along the page's lines."""
        box = self.box
        pdfium_c.FPDFText_GetLooseCharBox(self.raw, index, box)
        if self.angle:
            left = box.left * self.cos - box.bottom * self.sin
            right = box.right * self.cos - box.top * self.sin
            bottom = box.left * self.sin + box.bottom * self.cos
            return min(left, right), max(left, right), bottom, box.top - box.bottom
        return box.left, box.right, box.bottom, box.top - box.bottom

    def style_of(self, index: int) -> tuple[float, float, bool, bool] | None:
        """(baseline, size, bold, italic) of a character; None when it is turned (a stamp)."""
        raw = self.raw
        turned = pdfium_c.FPDFText_GetCharAngle(raw, index) - self.angle
        if (turned > 0.05 or turned < -0.05) and abs(math.remainder(turned, math.tau)) > 0.05:
            return None
        if not pdfium_c.FPDFText_GetCharOrigin(raw, index, self.x, self.y):
            return None
        x, y = self.x.value, self.y.value
        baseline = x * self.sin + y * self.cos if self.angle else y
        font_size = pdfium_c.FPDFText_GetFontSize(raw, index)
        pdfium_c.FPDFText_GetMatrix(raw, index, self.matrix)
        size = font_size * math.hypot(self.matrix.c, self.matrix.d)
        bold, italic = _font(raw, index, self.cache)
        return baseline, size if size > 0.5 else 10.0, bold, italic

    def word(
        self, text: str, start: int, spaced: bool, made_up: bool, out: list[Glyph | None]
    ) -> None:
        if self.angle:
            self.careful_word(text, start, spaced, made_up, out)
            return
        box, raw = self.box, self.raw
        end = start + len(text) - 1
        _LOOSE_BOX(raw, start, box)
        left, bottom, height = box.left, box.bottom, box.top - box.bottom
        if end > start:
            _LOOSE_BOX(raw, end, box)
        right = box.right
        plain = (
            abs(box.top - box.bottom - height) <= 0.02 * (height + 0.1)
            and abs(box.bottom - bottom) <= 0.25 * (height + 0.1)
            and not _CAREFUL.search(text)
        )
        if not plain:
            self.line = None
            self.characters(text, start, spaced, made_up, out)
            return
        line = self.line
        if line is not None and abs(bottom - line[0]) <= 0.1 and abs(height - line[1]) <= 0.02:
            style = line[2]  # the next word on the line, in the type of the words before
        else:
            found = self.style_of(start)
            if found is None:
                return
            style = found
            self.line = (bottom, height, style)
        out.append(
            Glyph(
                text,
                left,
                right,
                style[0],
                style[1],
                style[2],
                style[3],
                spaced,
                made_up,
                False,
                end,
            )
        )

    def careful_word(
        self, text: str, start: int, spaced: bool, made_up: bool, out: list[Glyph | None]
    ) -> None:
        """A word on a turned page: character by character."""
        self.line = None
        self.characters(text, start, spaced, made_up, out)

    def end_line(self, out: list[Glyph | None]) -> None:
        """At a line's end: the last word's own font (a line is bold only when its first
        and its last word are; a run-in label in bold starts a line of regular text)."""
        self.line = None
        last = out[-1] if out else None
        if last is not None and last.index >= 0:
            last.bold, last.italic = _font(self.raw, last.index, self.cache)

    def characters(
        self, text: str, start: int, spaced: bool, made_up: bool, out: list[Glyph | None]
    ) -> None:
        """A word character by character: each its own box, the style asked again where
        the size or the line changes."""
        style: tuple[float, float, bool, bool] | None = None
        last_height = last_bottom = -1.0
        for offset, char in enumerate(text):
            index = start + offset
            left, right, bottom, height = self.box_of(index)
            if (
                style is None
                or abs(height - last_height) > 0.02 * (last_height + 0.1)
                or abs(bottom - last_bottom) > 0.25 * (height + 0.1)
            ):
                style = self.style_of(index)
                if style is None:
                    return
                if offset:
                    spaced = made_up = False
            last_height, last_bottom = height, bottom
            out.append(
                Glyph(char, left, right, *style, spaced and not offset, made_up and not offset)
            )


_LOOSE_BOX = pdfium_c.FPDFText_GetLooseCharBox
_CAREFUL = re.compile(r"[\d*†‡\u00a8\u00b4\u00b8`\u02c6-\u02dd\ufffd]|[^\x00-\u024f\u2010-\u206f]")
_TOKEN = re.compile(r"[^\s]+")


def page_glyphs(textpage: pdfium.PdfTextPage) -> list[Glyph | None]:
    """The page's words (and the characters of words that need it) in pdfium's order;
    None marks pdfium's line breaks.

    Characters at another angle than most of the page (stamps, margin notes) are left
    out. This is most of the time a PDF takes to read, so it asks pdfium as little as it
    can: the page's text in one call, then a few calls per word."""
    reader = _PageReader(textpage)
    raw, count = reader.raw, reader.count
    text = _page_text(raw, count)
    generated = pdfium_c.FPDFText_IsGenerated
    glyphs: list[Glyph | None] = []
    previous = 0
    for found in _TOKEN.finditer(text):
        start = found.start()
        between = text[previous:start]
        previous = found.end()
        spaced = made_up = False
        if between:
            if "\n" in between or "\r" in between:
                if glyphs and glyphs[-1] is not None:
                    reader.end_line(glyphs)
                    glyphs.append(None)
            else:
                for offset, char in enumerate(between):
                    if generated(raw, start - len(between) + offset):
                        made_up = True
                    else:
                        spaced = spaced or char != ""
        word = found.group()
        if "\ufffd" in word:
            word = word.replace("\ufffd", "")
            if not word:
                continue
        reader.word(word, start, spaced, made_up, glyphs)
    reader.end_line(glyphs)
    return glyphs


def _page_text(raw: object, count: int) -> str:
    """The page's characters in one call, one character per index (a character outside
    the Basic Multilingual Plane, which UTF-16 writes as two units, is asked on its own)."""
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    written = pdfium_c.FPDFText_GetText(
        raw, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))
    )
    text = buffer.raw[: max(0, written - 1) * 2].decode("utf-16-le", "replace")
    if len(text) == count and not _SURROGATES.search(text):
        return text
    codes = (pdfium_c.FPDFText_GetUnicode(raw, index) for index in range(count))
    return "".join(chr(code) if 0 < code <= sys.maxunicode else "\ufffd" for code in codes)


_SURROGATES = re.compile("[\ud800-\udfff\ufffd]")


def _same_run(run: Run, glyph: Glyph) -> bool:
    last = run.glyphs[-1]
    if glyph.left < last.left - 1 or glyph.left - last.right > COLUMN_GAP * max(
        run.size, glyph.size
    ):
        return False
    rise = glyph.baseline - run.baseline
    if glyph.size >= SMALL * run.size and run.size >= SMALL * glyph.size:
        return abs(rise) <= SAME_LINE * run.size
    if glyph.size < run.size:  # smaller: a superscript or subscript of the run
        return -0.35 * run.size <= rise <= RAISED[1] * run.size
    # larger than the run so far: the run was a raised marker before this text
    return run.small() and -0.35 * glyph.size <= -rise <= RAISED[1] * glyph.size


def page_runs(glyphs: list[Glyph | None]) -> list[Run]:
    runs: list[Run] = []
    run = Run()
    for glyph in glyphs:
        if glyph is None or (run.glyphs and not _same_run(run, glyph)):
            if run.glyphs:
                runs.append(run)
            run = Run()
            if glyph is None:
                continue
        run.add(glyph)
    if run.glyphs:
        runs.append(run)
    return runs


def _attaches(small: Run, big: Run) -> bool:
    """A run of marker characters (a footnote's number) raised just before or after ``big``."""
    if not small.small() or small.size > SMALL * big.size:
        return False
    rise = small.baseline - big.baseline
    if not RAISED[0] * big.size <= rise <= RAISED[1] * big.size + 0.5:
        return False
    before = -big.size * 0.2 <= big.left - small.right <= big.size * 1.2
    after = -big.size * 0.2 <= small.left - big.right <= big.size * 0.6
    return before or after


def group_lines(runs: list[Run]) -> list[list[Run]]:
    """Runs that share a baseline, and raised markers with the run they belong to."""
    runs = sorted(runs, key=lambda item: -item.baseline)
    markers = [run for run in runs if run.small()]
    groups: list[list[Run]] = []
    for run in runs:
        if groups and abs(groups[-1][0].baseline - run.baseline) <= SAME_LINE * max(
            run.size, groups[-1][0].size
        ):
            groups[-1].append(run)
        else:
            groups.append([run])
    # A lone marker group that belongs to a run of another line moves there.
    merged: list[list[Run]] = []
    for group in groups:
        if len(group) == 1 and group[0] in markers:
            home = next(
                (
                    other
                    for other in groups
                    if other is not group and any(_attaches(group[0], big) for big in other)
                ),
                None,
            )
            if home is not None:
                home.append(group[0])
                continue
        merged.append(group)
    return [group for group in merged if group]


def _clean(text: str) -> str:
    if not _SPECIAL.search(text):
        return text
    text = text.translate(_LIGATURES)
    for mark in _HYPHEN_MARKS:
        if text.endswith(mark):
            text = text[: -len(mark)] + "-"
    text = text.replace("\x02", "-").replace("\ufffe", "-").replace("\xad", "")
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


@dataclass
class LineText:
    """A line's glyphs, in order, and the text they make."""

    glyphs: list[Glyph]
    text: str  # without footnote markers
    marked: str  # with them, between MARK_OPEN and MARK_CLOSE
    size: float
    baseline: float
    first_word: float = 0.0  # the width of the line's first word
    cells: int = 1  # parts separated by gaps of an em or more (a table's row has several)


_ENUMERATOR = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|\(?[a-zA-Z]\)|[ivxIVX]{1,4}\.|[•▪●◦‣\-–—*]|[\uf000-\uf0ff])$"
)


def _enumerator(run: Run) -> bool:
    """A run that is only a list's or heading's number ("1.1", "a)", "•"), a tab before its text."""
    return _ENUMERATOR.match("".join(glyph.char for glyph in run.glyphs)) is not None


def _splits(previous: Run, run: Run) -> bool:
    """Whether a gap between two runs on one baseline separates two columns."""
    gap = run.left - previous.right
    size = max(previous.size, run.size)
    raised = (previous.small() and previous.size <= SMALL * run.size) or (
        run.small() and run.size <= SMALL * previous.size
    )
    if gap > RUN_GAP * size and not (raised or _enumerator(previous)):
        return True  # pdfium ended one line and began another beside it: a column's edge
    other_type = abs(previous.size - run.size) > 0.1 * size or (
        previous.glyphs[-1].bold != run.glyphs[0].bold
    )
    return other_type and gap > 0.8 * size and not (previous.small() or run.small())


def line_text(group: list[Run]) -> list[LineText]:
    """The text of one visual line, split where a column gap separates its runs."""
    pieces: list[list[Run]] = []
    for run in sorted(group, key=lambda item: item.left):
        if pieces and not _splits(pieces[-1][-1], run):
            pieces[-1].append(run)
        else:
            pieces.append([run])
    return [_piece_text(piece) for piece in pieces]


def _piece_text(runs: list[Run]) -> LineText:
    size = max(run.size for run in runs)
    body = [run for run in runs if run.size >= SMALL * size] or runs
    baseline = statistics.median(glyph.baseline for run in body for glyph in run.glyphs)
    glyphs = sorted((glyph for run in runs for glyph in run.glyphs), key=lambda g: g.left)
    for glyph in glyphs:
        rise = glyph.baseline - baseline
        glyph.superscript = glyph.size <= SMALL * size and rise >= RAISED[0] * size
    return _text_of(glyphs, size, baseline)


def _compose(glyphs: list[Glyph]) -> list[Glyph]:
    """Accents some fonts draw as characters of their own ("c" and "´", "s" and "¸")
    joined to the letter they stand on ("ć", "ş")."""
    if not any(glyph.char in _ACCENTS for glyph in glyphs):
        return glyphs
    result: list[Glyph] = []
    for glyph in glyphs:
        mark = _ACCENTS.get(glyph.char)
        if mark is not None and result and result[-1].char.isalpha():
            base = result[-1]
            overlap = min(base.right, glyph.right) - max(base.left, glyph.left)
            if overlap > 0.3 * (glyph.right - glyph.left) or glyph.left < base.right:
                composed = unicodedata.normalize("NFC", base.char + mark)
                if len(composed) == 1:
                    base.char = composed
                    base.right = max(base.right, glyph.right)
                    continue
        result.append(glyph)
    return result


def _text_of(glyphs: list[Glyph], size: float, baseline: float) -> LineText:
    glyphs = _compose(glyphs)
    plain: list[str] = []
    marked: list[str] = []
    previous: Glyph | None = None
    in_marker = False
    first_word = 0.0
    cells = 1
    for position, glyph in enumerate(glyphs):
        space = False
        if previous is not None:
            gap = glyph.left - previous.right
            if gap >= CELL_GAP * size:
                cells += 1
            space = (
                glyph.spaced
                or gap >= WORD_GAP * min(glyph.size, previous.size)
                or (glyph.made_up_gap and gap >= WORD_GAP * size)
            )
        if space and not first_word and plain:
            first_word = previous.right - glyphs[0].left if previous is not None else 0.0
        marker = glyph.superscript and (
            _is_marker(glyph.char)
            or (in_marker and glyph.char == "," and _marker_follows(glyphs, position))
        )
        if in_marker and not marker:
            marked.append(MARK_CLOSE)
            in_marker = False
        if space:
            if plain and plain[-1] != " ":
                plain.append(" ")
            if in_marker and not marker:
                marked.append(MARK_CLOSE)
                in_marker = False
            if marked and marked[-1] != " " and not in_marker:
                marked.append(" ")
        if marker:
            if not in_marker:
                marked.append(MARK_OPEN)
                in_marker = True
            marked.append(glyph.char)
        else:
            plain.append(glyph.char)
            marked.append(glyph.char)
        previous = glyph
    if in_marker:
        marked.append(MARK_CLOSE)
    if not first_word and glyphs:
        first_word = glyphs[-1].right - glyphs[0].left
    text = _clean("".join(plain).strip())
    marked_text = _clean("".join(marked).strip())
    return LineText(glyphs, " ".join(text.split()), marked_text, size, baseline, first_word, cells)


def _marker_follows(glyphs: list[Glyph], position: int) -> bool:
    """A raised comma between two raised numbers ("?1, 2"): part of the markers."""
    return any(
        glyph.superscript and _is_marker(glyph.char)
        for glyph in glyphs[position + 1 : position + 3]
    )
