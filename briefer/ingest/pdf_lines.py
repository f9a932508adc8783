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

import re
import unicodedata
from dataclasses import dataclass, field
from operator import attrgetter

from briefer.ingest.footnotes import MARK_CLOSE, MARK_OPEN
from briefer.ingest.pdf_glyphs import Glyph

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


@dataclass
class Run:
    """Glyphs pdfium gave one after the other on one line."""

    glyphs: list[Glyph] = field(default_factory=list)
    size: float = 0.0  # the largest size among its glyphs
    baseline: float = 0.0  # the baseline of its largest glyphs
    markers_only: bool = True  # every glyph a digit or a note sign (a footnote's number)

    @property
    def left(self) -> float:
        return self.glyphs[0].left

    @property
    def right(self) -> float:
        return self.glyphs[-1].right

    def small(self) -> bool:
        return self.markers_only


def page_runs(glyphs: list[Glyph | None]) -> list[Run]:
    """The page's glyphs cut into runs: at pdfium's line breaks, and before a glyph that
    goes back to the left, lies a column's gap away, or stands off the run's line (a
    smaller glyph may stand raised or lowered: a superscript or subscript; a larger one
    after a run of raised markers only: the text the footnote's number stands before).

    This looks at every glyph of every page, so it is one loop with the run's state in
    local names; a run is made once it is complete."""
    runs: list[Run] = []
    members: list[Glyph] = []
    size = baseline = 0.0  # the run's largest size, and the baseline of its largest glyphs
    markers = True  # every glyph of the run a digit or a note sign
    last: Glyph | None = None
    for glyph in glyphs:
        if glyph is None:
            if members:
                runs.append(Run(members, size, baseline, markers))
                members, markers = [], True
            continue
        glyph_size = glyph.size
        if last is not None and members:
            left = glyph.left
            # max(size, glyph_size), written out: a call of max per glyph costs.
            larger = glyph_size if glyph_size > size else size
            if left < last.left - 1 or left - last.right > COLUMN_GAP * larger:
                same = False
            else:
                rise = glyph.baseline - baseline
                if glyph_size >= SMALL * size and size >= SMALL * glyph_size:
                    same = -SAME_LINE * size <= rise <= SAME_LINE * size
                elif glyph_size < size:  # smaller: a superscript or subscript of the run
                    same = -0.35 * size <= rise <= RAISED[1] * size
                else:  # larger than the run so far: the run was a raised marker before this text
                    same = markers and -0.35 * glyph_size <= -rise <= RAISED[1] * glyph_size
            if not same:
                runs.append(Run(members, size, baseline, markers))
                members, markers = [], True
        if markers and not _MARKER_CHARS.issuperset(glyph.char):
            markers = False
        if not members:
            baseline = glyph.baseline
            size = max(0.0, glyph_size)
        elif glyph_size > size * 1.05:  # and so larger than size: the run's size now
            if glyph_size > size / SMALL:
                baseline = glyph.baseline  # the run began with small (raised) glyphs
            size = glyph_size
        members.append(glyph)
        last = glyph
    if members:
        runs.append(Run(members, size, baseline, markers))
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
    if len(group) == 1:  # most lines: one run, nothing to split
        return [_piece_text(group)]
    pieces: list[list[Run]] = []
    for run in sorted(group, key=lambda item: item.left):
        if pieces and not _splits(pieces[-1][-1], run):
            pieces[-1].append(run)
        else:
            pieces.append([run])
    return [_piece_text(piece) for piece in pieces]


_LEFT = attrgetter("left")
_CHAR = attrgetter("char")
_ACCENT_MARKS = frozenset(_ACCENTS)


def _median(values: list[float]) -> float:
    """``statistics.median`` of a list it may sort, without the generic work it does on
    any data (it is asked for every line of every page)."""
    values.sort()
    middle = len(values) // 2
    if len(values) % 2:
        return values[middle]
    return (values[middle - 1] + values[middle]) / 2


def _piece_text(runs: list[Run]) -> LineText:
    if len(runs) == 1:
        size = runs[0].size
        baseline = _median([glyph.baseline for glyph in runs[0].glyphs])
        glyphs = sorted(runs[0].glyphs, key=_LEFT)
    else:
        size = max(run.size for run in runs)
        body = [run for run in runs if run.size >= SMALL * size] or runs
        baseline = _median([glyph.baseline for run in body for glyph in run.glyphs])
        glyphs = sorted([glyph for run in runs for glyph in run.glyphs], key=_LEFT)
    small, high = SMALL * size, RAISED[0] * size
    raised = False
    for glyph in glyphs:
        if glyph.size <= small and glyph.baseline - baseline >= high:
            glyph.superscript = raised = True
        else:
            glyph.superscript = False
    if not _ACCENT_MARKS.isdisjoint(map(_CHAR, glyphs)):
        glyphs = _compose(glyphs)
    if not raised:  # no raised glyph, so no footnote marker: the text is the marked text
        return _plain_text_of(glyphs, size, baseline)
    return _text_of(glyphs, size, baseline)


def _compose(glyphs: list[Glyph]) -> list[Glyph]:
    """Accents some fonts draw as characters of their own ("c" and "´", "s" and "¸")
    joined to the letter they stand on ("ć", "ş")."""
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


def _plain_text_of(glyphs: list[Glyph], size: float, baseline: float) -> LineText:
    """``_text_of`` for a line without raised glyphs (most lines): no marker to write
    apart, so the text with markers is the text, made once."""
    parts: list[str] = []
    previous: Glyph | None = None
    first_word = 0.0
    cells = 1
    cell_gap, word_gap = CELL_GAP * size, WORD_GAP * size
    for glyph in glyphs:
        if previous is not None:
            gap = glyph.left - previous.right
            if gap >= cell_gap:
                cells += 1
            if (
                glyph.spaced
                or gap >= WORD_GAP * min(glyph.size, previous.size)
                or (glyph.made_up_gap and gap >= word_gap)
            ):
                if not first_word:
                    first_word = previous.right - glyphs[0].left
                if parts[-1] != " ":
                    parts.append(" ")
        parts.append(glyph.char)
        previous = glyph
    if not first_word and glyphs:
        first_word = glyphs[-1].right - glyphs[0].left
    text = _clean("".join(parts).strip())
    return LineText(glyphs, " ".join(text.split()), text, size, baseline, first_word, cells)


def _text_of(glyphs: list[Glyph], size: float, baseline: float) -> LineText:
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
