"""Body lines to paragraphs, lists, headings and footnotes, from place, style and spacing.

Every PDF reader ends here after the page analysis (page_analysis.py) has set
furniture, side columns and the footnotes at the foot of each page apart.

- A paragraph ends at a gap clearly larger than the line spacing, or where a
  line ends a sentence short of the column's edge although the next line's
  first word would have fitted after it (a line only ends early where its
  paragraph ends). Over a page break, and around the footnotes at the foot of
  a page, the same test decides: a sentence that runs over the page is one
  paragraph.
- A bulleted or numbered list is one paragraph with the sentence that
  introduces it (when that ends with a colon), or a paragraph of its own; a
  line back at the list's left edge that is no item ends it.
- A short run of lines in a heading's type (bold, italic, underlined or larger
  than the body) that is not a sentence is a heading. Numbered headings take
  their level from their number (``1.``, ``1.1``, ``1.1.1``); others from
  their type (larger before bold before underlined before italic), below the
  numbered heading they follow when their type is less marked than its.
- Footnotes (``page_analysis.FOOTNOTE`` lines) are read into notes and kept
  with the passage whose text carries their marker, at the marker's place.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Callable, Sequence

from briefer.ingest.footnotes import MARKER, Note, attach_notes, plain
from briefer.ingest.form_fields import (
    below_plain_headings,
    continues_field,
    form_labels,
    titled_field,
    values,
)
from briefer.ingest.hyphenation import build_vocabulary, join_lines
from briefer.ingest.layout import Block
from briefer.ingest.page_analysis import FOOTNOTE, TextLine

PARAGRAPH_GAP = 1.45  # a gap of this many line spacings between lines ends a paragraph
MAX_HEADING_LINES = 3
MAX_HEADING_CHARS = 200
_SENTENCE_END = re.compile(r"[.!?][»”’\"')\]]*$")
_LIST_ITEM = re.compile(  # bullets (also Symbol's, in Unicode's private area), numbers, letters
    r"^(?:[•▪●◦‣∙·■□➢►\-–—*]|\uf0b7|\uf0a7|\uf076|\uf0d8|"
    r"\(?\d{1,2}[.):]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+\S"
)
_NUMBERED_HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\S")
_LETTERED_HEADING = re.compile(r"^\(?[a-z]\)\s+\S")  # "a) Titel voorstel": below a number
_ENUMERATOR = re.compile(r"^(?:\(?[a-z]\)|\d{1,2}(?:\.\d{1,2}){0,3}\.?)\s+")
_NOTE_NUMBER = re.compile(r"^(\d{1,3})\s+(\S.*)$")
_BULLETS = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\uf076": "❖", "\uf0d8": "➢"})


def _ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(plain(text).rstrip()))


def _starts_capital(text: str) -> bool:
    stripped = text.lstrip("«“‘\"'( ")
    return bool(stripped) and (stripped[0].isupper() or stripped[0].isdigit())


def _bullets(text: str) -> str:
    """Bullets of the Symbol font (in Unicode's private area) as the bullets they are."""
    return text.translate(_BULLETS) if _PRIVATE.search(text) else text


_PRIVATE = re.compile("[\uf000-\uf0ff]")


def list_item(text: str) -> bool:
    return bool(_LIST_ITEM.match(text))


def heading_style(line: TextLine, body_size: float) -> bool:
    return line.bold or line.italic or line.underlined or line.size > body_size + 0.4


def _style_rank(line: TextLine) -> tuple[float, int, int, int]:
    return (
        -round(line.size, 1),
        0 if line.bold else 1,
        0 if line.underlined else 1,
        0 if line.italic else 1,
    )


def _line_spacing(lines: Sequence[TextLine]) -> float:
    gaps = [
        upper.baseline - lower.baseline
        for upper, lower in itertools.pairwise(lines)
        if upper.page == lower.page and 0 < upper.baseline - lower.baseline < 3 * upper.size
    ]
    return statistics.median(gaps) if gaps else 12.0


def _ended_short(previous: TextLine, line: TextLine, right: float) -> bool:
    """Whether the first word of ``line`` would have fitted at the end of ``previous``."""
    text = line.text
    if not text:
        return True
    width = (line.x1 - line.x0) / max(1, len(text))  # an average character
    word = line.first_word or len(text.split(" ", 1)[0]) * width
    return previous.x1 + 0.25 * line.size + word <= right + 0.5 * width


def read_notes(lines: Sequence[TextLine], vocabulary: set[str] | None = None) -> list[Note]:
    """The footnotes among ``lines`` (kind FOOTNOTE), in order, joined over lines and pages.

    ``vocabulary``: the words of ``lines``, where the caller has them already."""
    notes: list[Note] = []
    parts: list[list[str]] = []
    for line in lines:
        if line.kind != FOOTNOTE:
            continue
        marked = line.with_markers
        found = MARKER.match(marked)
        if found is not None and found[1].strip():
            notes.append(Note(line.page, found[1].strip(), ""))
            parts.append([plain(marked[found.end() :]).strip()])
            continue
        numbered = _NOTE_NUMBER.match(line.text)
        if numbered is not None:
            notes.append(Note(line.page, numbered[1], ""))
            parts.append([numbered[2]])
        elif parts:
            parts[-1].append(line.text)
    # Words of the whole document decide a line-end hyphen in a note too ("otc-derivaten").
    if vocabulary is None:
        vocabulary = build_vocabulary(line.text for line in lines)
    for note, texts in zip(notes, parts, strict=True):
        joined = ""
        for text in texts:
            joined = join_lines(joined, text, vocabulary.__contains__)
        note.text = joined.strip()
    return notes


class _Group:
    def __init__(self, line: TextLine, label: tuple[str, int] | None = None) -> None:
        self.lines = [line]
        self.table = False  # the group holds rows of a table
        self.listed = list_item(line.text)  # the group holds list items
        self.item_left = line.x0 if self.listed else None
        self.label = label  # (role, number) of the label line above it ("Antwoord 3")

    @property
    def last(self) -> TextLine:
        return self.lines[-1]


def _at_boundary(group: _Group, line: TextLine, spacing: float, right: float) -> bool:
    """Whether a paragraph may end between the group and ``line`` by anything but type."""
    previous = group.last
    text = plain(previous.text).rstrip()
    return (
        _ends_sentence(text)
        or text.endswith(":")
        or line.page != previous.page
        or previous.baseline - line.baseline > PARAGRAPH_GAP * spacing
        or _ended_short(previous, line, right)
    )


def _starts_new(
    group: _Group,
    line: TextLine,
    spacing: float,
    right: float,
    size: float,
    headings: bool,
    row: bool = False,
) -> bool:
    previous = group.last
    if line.page == previous.page and abs(line.baseline - previous.baseline) < 1:
        return False  # the next cell of a table's row
    if row and group.table:
        return False  # the next row of the table
    styled_now, styled_before = heading_style(line, size), heading_style(previous, size)
    if headings and line.style != previous.style and (styled_now or styled_before):
        # Another type starts a heading, or the paragraph after one; a phrase in italics
        # that fills a line of its own inside a sentence does neither.
        only_styled = all(item.style == previous.style for item in group.lines)
        if styled_before and only_styled:
            return True
        if styled_now and _at_boundary(group, line, spacing, right):
            return True
    item = list_item(line.text)
    if item:  # the next item, or the first after the sentence introducing them: no new one
        return not (group.listed or plain(previous.text).rstrip().endswith(":"))
    if group.listed and group.item_left is not None and line.x0 <= group.item_left + 2:
        return True  # back at the list's edge, and no item: the list has ended
    if line.page == previous.page and previous.baseline - line.baseline > PARAGRAPH_GAP * spacing:
        return True
    if styled_now and styled_before and line.page != previous.page:
        return True
    return (
        _ends_sentence(previous.text)
        and _starts_capital(line.text)
        and not group.listed
        and _ended_short(previous, line, right)
    )


def _table_rows(lines: Sequence[TextLine]) -> set[int]:
    """id() of a table's rows: lines that share their baseline with another (cells apart),
    or that hold three cells or more (cells apart by gaps of an em or more)."""
    rows = {id(line) for line in lines if line.cells >= 3}
    for previous, line in itertools.pairwise(lines):
        if line.page == previous.page and abs(line.baseline - previous.baseline) < 1:
            rows.update((id(previous), id(line)))
    return rows


def _numbered_level(text: str) -> int | None:
    found = _NUMBERED_HEADING.match(text)
    return found[1].count(".") + 1 if found else None


Label = Callable[[TextLine], "tuple[str, int] | None"]


def flow(
    lines: Sequence[TextLine],
    body_size: float,
    body_right: float,
    notes: Sequence[Note] = (),
    label: Label | None = None,
    headings: bool = True,
    vocabulary: set[str] | None = None,
    barred: Callable[[TextLine], bool] | None = None,
) -> list[Block]:
    """Paragraphs and headings of body lines in reading order, footnotes with their passage.

    ``label`` names the lines that label the paragraphs after them (Kamervragen's
    "Vraag 2", "Antwoord 2"): such a line is no text; it starts a new paragraph and
    gives its role and number to every paragraph up to the next label. ``vocabulary``:
    the words of ``lines`` (hyphenation.build_vocabulary), where the caller has them.
    ``barred``: whether a line stands on a drawn bar (a form's parts are headed so: see
    ``_off_the_bars``)."""
    spacing = _line_spacing(lines)
    fields = form_labels(lines)
    rows = _table_rows(lines) - fields - {id(value) for value in values(lines, fields)}
    groups: list[_Group] = []
    current: tuple[str, int] | None = None
    fresh = False  # a label came: the next line starts a paragraph
    # The column's right edge: the body's, or the last group's widest line beyond it
    # (kept as the group grows: max taken again over a long paragraph's every line costs).
    right = body_right
    for line in lines:
        found = label(line) if label is not None else None
        if found is not None:
            current, fresh = found, True
            continue
        row = id(line) in rows
        if (
            fresh
            or not groups
            or id(line) in fields
            or (barred is not None and _off_a_bar(groups[-1].last, line, body_size, barred))
            or (
                not continues_field(groups[-1].lines, line, fields, PARAGRAPH_GAP * spacing)
                and _starts_new(groups[-1], line, spacing, right, body_size, headings, row)
            )
        ):
            groups.append(_Group(line, current))
            groups[-1].table = row
            fresh = False
            right = max(body_right, line.x1)
        else:
            group = groups[-1]
            group.lines.append(line)
            right = max(right, line.x1)
            group.table = group.table or row
            if list_item(line.text) and not group.listed:
                group.listed, group.item_left = True, line.x0
    if vocabulary is None:
        vocabulary = build_vocabulary(line.text for line in lines)

    def styled(line: TextLine) -> bool:
        return heading_style(line, body_size)

    titled = [
        headings and titled_field(group.lines, fields, styled) and _short(group) for group in groups
    ]
    marked = [headings and _is_heading(group, body_size) for group in groups]
    levels = _heading_levels(groups, marked)
    if any(titled):
        levels = below_plain_headings(levels, titled)
        if barred is not None:
            levels = _off_the_bars(groups, levels, titled, barred)
    blocks: list[Block] = []
    for group, level in zip(groups, levels, strict=True):
        role, number = group.label if group.label is not None and level is None else (None, None)
        joined = ""
        for line in group.lines:
            joined = join_lines(joined, _bullets(line.with_markers), vocabulary.__contains__)
        blocks.append(
            Block(
                text=joined,
                first_page=group.lines[0].page,
                last_page=group.lines[-1].page,
                line_count=len(group.lines),
                heading_level=level,
                lines=[_bullets(line.text) for line in group.lines],
                role=role,
                number=number,
            )
        )
    attach_notes(blocks, list(notes))
    return blocks


MIN_BARS = 2  # a form with fewer bars is not headed by bars


def _off_a_bar(
    previous: TextLine, line: TextLine, body_size: float, barred: Callable[[TextLine], bool]
) -> bool:
    """Two lines in heading type, one on a drawn bar and the other not: a bar's title and
    the line under it, never one heading over two lines."""
    return (
        heading_style(previous, body_size)
        and heading_style(line, body_size)
        and barred(previous) != barred(line)
    )


def _off_the_bars(
    groups: Sequence[_Group],
    levels: list[int | None],
    titled: Sequence[bool],
    barred: Callable[[TextLine], bool],
) -> list[int | None]:
    """A form whose parts are headed by bars (their title on a drawn box, its items
    headings below them): a line in heading type that is neither a bar nor an item is
    the form's text ("Geen agendapunten" in bold under an empty bar)."""
    plain = {
        index
        for index, (level, item) in enumerate(zip(levels, titled, strict=True))
        if level is not None and not item
    }
    bars = {index for index in plain if barred(groups[index].lines[0])}
    if len(bars) < MIN_BARS:
        return levels
    return [None if i in plain and i not in bars else level for i, level in enumerate(levels)]


def _short(group: _Group) -> bool:
    """An item's heading may be longer than others: its label says it is a heading."""
    return len(plain(" ".join(line.text for line in group.lines))) <= 2 * MAX_HEADING_CHARS


def _is_heading(group: _Group, body_size: float) -> bool:
    first = group.lines[0]
    text = plain(" ".join(line.text for line in group.lines)).strip()
    return (
        heading_style(first, body_size)
        and all(line.style == first.style for line in group.lines)
        and len(group.lines) <= MAX_HEADING_LINES
        and len(text) <= MAX_HEADING_CHARS
        and not text.endswith((".", ",", ";", ":"))
        and _starts_capital(_ENUMERATOR.sub("", text))
        # "1. Ultrafijn stof" in bold, also wrapped; several items in bold are a list
        and not any(list_item(line.text) for line in group.lines[1:])
    )


def _heading_levels(groups: Sequence[_Group], headings: Sequence[bool]) -> list[int | None]:
    """Levels from numbers where headings are numbered ("1." -> 1, "1.1" -> 2, "a)" below
    the number before it), else from their type.

    In a numbered outline an unnumbered heading in the type of the top level is a top
    level heading of its own ("Tot slot"); any other stands below the numbered or
    lettered heading before it ("Kennisopbouw …" under "1.1 …"). Without numbers, the
    most marked type is level 1, the next level 2, and so on."""
    styled = [group.lines[0] for group, heading in zip(groups, headings, strict=True) if heading]
    ranks = sorted({_style_rank(line) for line in styled})
    by_style = {rank: index + 1 for index, rank in enumerate(ranks)}
    top_ranks: set[tuple[float, int, int, int]] = set()
    levels: list[int | None] = []
    numbered: int | None = None  # the level of the last numbered heading
    context: int | None = None  # the level of the last numbered or lettered heading
    for group, heading in zip(groups, headings, strict=True):
        if not heading:
            levels.append(None)
            continue
        first = group.lines[0]
        rank = _style_rank(first)
        number = _numbered_level(first.text)
        if number is not None:
            numbered = context = number
            if number == 1:
                top_ranks.add(rank)
            levels.append(number)
        elif _LETTERED_HEADING.match(first.text) and numbered is not None:
            context = numbered + 1
            levels.append(context)
        elif context is not None:
            levels.append(1 if rank in top_ranks else context + 1)
        else:
            levels.append(by_style[rank])
    return levels
