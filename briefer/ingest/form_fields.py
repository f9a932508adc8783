"""A form's fields: a committee's besluitenlijst and the like, in two columns of a short
label ending in a colon ("Zaak:", "Besluit:", "3. Agendapunt:") and its value beside it.

Each label starts a field of its own, which goes on at the value's edge, also over a
page break. A numbered label whose value is in heading type is the heading of an item
("3. Agendapunt: Wijziging van de Kieswet …"), one level below the plain headings
(the bars over groups of items). The unnumbered labels in the column of the numbered
ones are the document's own fields (its header and closing: "Document:",
"Voortouwcommissie:", "Griffier:"): not passages; a "Document:" or "Titel:" field
names the document.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from briefer.ingest.page_analysis import TextLine
from briefer.ingest.repeated_lines import NEXT_LINE, same_baseline

LABEL_CHARS = 30  # characters at most of a form's label ("Volgcommissie(s):")
MIN_LABELS = 3  # a document with fewer labels is no form
_LABEL_IN_LINE = re.compile(r"^[^\s:][^:]{0,28}:\s+\S")
_NUMBERED_LABEL = re.compile(r"^\d{1,3}[.)]\s+\S.*:$")
_TITLE_LABEL = re.compile(r"^(?:document|titel|onderwerp|betreft)\s*:$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;:][»”’\"')\]]*$")

Styled = Callable[[TextLine], bool]  # whether a line is in heading type


def form_labels(lines: Sequence[TextLine]) -> set[int]:
    """id() of a form's label lines: a short line ending in a colon with its value beside
    it on its baseline; and, in the labels' column, a label so close to its value that
    the two make one line ("Volgcommissie(s): OCW")."""
    found = {
        id(line)
        for line, following in itertools.pairwise(lines)
        if line.text.endswith(":")
        and len(line.text) <= LABEL_CHARS
        and following.page == line.page
        and abs(following.baseline - line.baseline) < same_baseline(line)
        and following.x0 > line.x1
    }
    if len(found) < MIN_LABELS:
        return set()
    columns = {round(line.x0) for line in lines if id(line) in found}
    found.update(
        id(line)
        for line in lines
        if _LABEL_IN_LINE.match(line.text) and any(abs(line.x0 - column) <= 3 for column in columns)
    )
    return found


def values(lines: Sequence[TextLine], labels: set[int]) -> list[TextLine]:
    """The line right after each label: its value."""
    return [following for line, following in itertools.pairwise(lines) if id(line) in labels]


def continues_field(
    field: Sequence[TextLine], line: TextLine, labels: set[int], gap: float
) -> bool:
    """Whether ``line`` goes on with the field of ``field``'s lines: it starts at the
    edge of the field's value on the next line (a value runs over several lines that
    each may begin with a capital: "... - 22 mei 2006" / "Wijziging van ..."), or at
    the top of the next page, in the type of the line before, which ends no sentence
    ("... Midden- en West-" / "Brabant")."""
    if len(field) < 2 or id(field[0]) not in labels:
        return False
    previous = field[-1]
    if abs(line.x0 - field[1].x0) > 2:
        return False
    if line.page == previous.page:
        return 0 < previous.baseline - line.baseline <= gap
    return (
        line.page == previous.page + 1
        and line.bold == previous.bold
        and not _SENTENCE_END.search(previous.text)
    )


def titled_field(field: Sequence[TextLine], labels: set[int], styled: Styled) -> bool:
    """A numbered field whose value is in heading type ("3. Agendapunt:" and a title in
    bold beside it): an item's heading, label and value as printed."""
    label, rest = field[0], field[1:]
    return (
        id(label) in labels
        and bool(_NUMBERED_LABEL.match(label.text))
        and bool(rest)
        and all(styled(line) for line in rest)
    )


def below_plain_headings(levels: list[int | None], titled: Sequence[bool]) -> list[int | None]:
    """Items' headings one level below the plain heading before them (a bar over a
    group of items); the top level where none came before."""
    result: list[int | None] = []
    plain: int | None = None
    for level, item in zip(levels, titled, strict=True):
        if item:
            result.append((plain or 0) + 1)
            continue
        if level is not None:
            plain = level
        result.append(level)
    return result


def document_fields(lines: Sequence[TextLine], styled: Styled) -> tuple[set[int], str]:
    """id() of the lines of the document's own fields, and the title one of them gives.

    The document's own fields are its header block (the fields before its first
    heading: "Voortouwcommissie:", "Document:"), the unnumbered labels in the column
    of the numbered labels of the items, and its closing (the griffier, the activity's
    number). Such a field runs on, on its page, to the next label or heading (the rows
    of a table of "Volgcommissie(s)" are part of it)."""
    labels = form_labels(lines)
    numbered = [line for line in lines if id(line) in labels and _NUMBERED_LABEL.match(line.text)]
    if len(numbered) < MIN_LABELS:
        return set(), ""
    columns = {round(line.x0) for line in numbered}
    headings = _headings(lines, labels, styled)
    first = next((i for i, line in enumerate(lines) if id(line) in headings), len(lines))
    last = max(i for i, line in enumerate(lines) if id(line) in labels and not _closing(line))
    found: set[int] = set()
    title: list[str] = []
    current: TextLine | None = None
    for index, line in enumerate(lines):
        if id(line) in labels:
            own = not _NUMBERED_LABEL.match(line.text) and (
                index < first
                or index > last
                or any(abs(line.x0 - column) <= 3 for column in columns)
            )
            current = line if own else None
            if own:
                found.add(id(line))
            continue
        if current is None:
            continue
        if line.page != current.page or id(line) in headings:
            current = None
            continue
        found.add(id(line))
        beside = abs(line.baseline - current.baseline) < same_baseline(current)
        if _TITLE_LABEL.match(current.text) and (beside or title):
            title.append(line.text)
    return found, " ".join(title)


_CLOSING_LABEL = re.compile(r"^(?:\S*griffier|activiteit\S*|kenmerk|zaaknummer)\s*:$", re.I)


def _closing(line: TextLine) -> bool:
    """A label of the fields that close a committee's form: its griffier, its number."""
    return bool(_CLOSING_LABEL.match(line.text))


def _headings(lines: Sequence[TextLine], labels: set[int], styled: Styled) -> set[int]:
    """id() of the lines that head a part of the form: a numbered label, or a line in
    heading type that is no label's value (beside its label, or going on under it at
    its edge)."""
    found: set[int] = set()
    reading = False  # whether the line before is a label or its value
    for index, line in enumerate(lines):
        if id(line) in labels:
            reading = True
            if _NUMBERED_LABEL.match(line.text):
                found.add(id(line))
            continue
        previous = lines[index - 1]
        if reading and _in_field(line, previous, id(previous) in labels):
            continue
        reading = False
        if styled(line):
            found.add(id(line))
    return found


def _in_field(line: TextLine, previous: TextLine, after_label: bool) -> bool:
    """Whether ``line`` goes on with the field read up to ``previous``: beside the label
    (``previous`` is the label), or under the value line ``previous`` at its edge."""
    if line.page != previous.page:
        return False
    if after_label:
        return abs(line.baseline - previous.baseline) < same_baseline(previous)
    return abs(line.x0 - previous.x0) <= 2 and 0 < previous.baseline - line.baseline <= (
        NEXT_LINE * line.size
    )
