"""Lines that stand at the same place on several pages: running headers and footers,
a side column repeated on every page; and what looks so but is a form's text.

A line repeated at the same place is furniture. A form in two columns (a
committee's besluitenlijst: "Zaak:", "Besluit:" at the left, each value beside its
label) repeats its labels, and many of its values, at the same place too: those
stay text (``_form_labels``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol


class TextLine(Protocol):
    """What is looked at of a page's line (``page_analysis.TextLine``)."""

    text: str
    baseline: float
    x0: float
    x1: float
    size: float


class _Page(Protocol):
    number: int
    height: float

    @property
    def lines(self) -> Sequence[TextLine]: ...


class DocumentLayout(Protocol):
    """What is looked at of a document's pages (``page_analysis.DocumentLayout``)."""

    @property
    def pages(self) -> Sequence[_Page]: ...


MARGIN = 0.12  # of the page's height: the top and bottom margins


_POSITION = 5.0  # points: a line repeated within this distance stands "at the same place"
_NUMBERS = re.compile(r"\d+")


def repeated_lines(layout: DocumentLayout) -> set[tuple[int, int]]:
    """(page, index) of lines repeated at the same place on other pages.

    The same text at the same place on two pages is a running header, footer
    or column line. Text that differs only in its numbers ("Pagina 2 van 9",
    "…, nr. 84 3") must stand there on at least three pages, or on half of
    them, so that body lines that happen to start two pages alike ("Vraag 2"
    at the top of page 2, "Vraag 3" at the top of page 3) stay text."""
    pages = len(layout.pages)
    if pages < 2:
        return set()
    exact: dict[str, list[tuple[int, int, TextLine]]] = {}
    shaped: dict[str, list[tuple[int, int, TextLine]]] = {}
    for page in layout.pages:
        for index, line in enumerate(page.lines):
            key = " ".join(line.text.lower().split())
            exact.setdefault(key, []).append((page.number, index, line))
            shaped.setdefault(_NUMBERS.sub("#", key), []).append((page.number, index, line))
    found: set[tuple[int, int]] = set()
    for groups, least in ((exact, 2), (shaped, max(3, (pages + 1) // 2))):
        for places in groups.values():
            # (Most texts stand once: fewer places than pages needed, no set to make.)
            if len(places) < least or len({number for number, _, _ in places}) < least:
                continue
            for number, index, line in places:
                alike = {
                    other_page
                    for other_page, _, other in places
                    if abs(other.baseline - line.baseline) <= _POSITION
                    and abs(other.x0 - line.x0) <= 3 * _POSITION
                }
                if len(alike) >= least:
                    found.add((number, index))
    return found - _form_labels(layout, found)


def _form_labels(layout: DocumentLayout, repeated: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Repeated lines that are a form's labels ("Zaak:", "Besluit:" in a committee's
    besluitenlijst): a short line ending in a colon with a value beside it on its
    baseline. Where only one or two such lines repeat, a label is one only if it has a
    value of its own (not repeated) on some page: a running header's label and value
    repeat together."""
    repeats = {id(layout.pages[number - 1].lines[index]) for number, index in repeated}
    beside_label: dict[tuple[int, int], list[TextLine]] = {}
    own_value: set[str] = set()  # labels that have a value of their own somewhere
    for number, index in repeated:
        page = layout.pages[number - 1]
        line = page.lines[index]
        values = values_beside(line, page.lines)
        if values:
            beside_label[number, index] = values
            if not all(id(value) in repeats for value in values):
                own_value.add(line.text)
    labels: set[tuple[int, int]] = set()
    edges: set[float] = set()  # where the values begin
    for (number, index), values in beside_label.items():
        if len(beside_label) >= 3 or layout.pages[number - 1].lines[index].text in own_value:
            labels.add((number, index))
            edges.add(round(min(value.x0 for value in values)))
    if len(labels) < 3:
        return labels
    # A form repeats its values too ("Besluit: Voor kennisgeving aannemen." on every
    # page): a repeated line at a value's edge, between the page's margins, is a value.
    # A value beside a label is one wherever it stands (the first field of a page
    # begins in the top margin).
    beside: set[int] = set()
    for number in {number for number, _ in repeated}:
        lines = layout.pages[number - 1].lines
        beside.update(id(value) for line in lines for value in values_beside(line, lines))
    for number, index in repeated:
        page = layout.pages[number - 1]
        line = page.lines[index]
        inside = MARGIN * page.height < line.baseline < (1 - MARGIN) * page.height
        at_edge = any(abs(line.x0 - edge) <= 2 for edge in edges)
        if at_edge and (inside or id(line) in beside or _goes_on(line, page.lines, edges)):
            labels.add((number, index))
    return labels


def _goes_on(line: TextLine, lines: Sequence[TextLine], edges: set[float]) -> bool:
    """Whether a line at a value's edge goes on with the value just above it (a field's
    second line in the top margin: "... Brenninkmeijer A.F.M. - 18" / "maart 2009")."""
    return any(
        0 < other.baseline - line.baseline <= NEXT_LINE * line.size
        and (other.text.endswith(":") or any(abs(other.x0 - edge) <= 2 for edge in edges))
        for other in lines
        if other is not line
    )


NEXT_LINE = 1.5  # font sizes at most from a line's baseline to the next line's
_LABEL_CHARS = 30  # a form's label: "Volgcommissie(s):", "Besluit:"


def values_beside(line: TextLine, lines: Sequence[TextLine]) -> list[TextLine]:
    """The lines to the right of ``line`` on its baseline, when it is a form's label
    (short, ending in a colon); else none."""
    if not line.text.endswith(":") or len(line.text) > _LABEL_CHARS:
        return []
    return [
        other
        for other in lines
        if other is not line
        and abs(other.baseline - line.baseline) < same_baseline(line)
        and other.x0 > line.x1
    ]


def same_baseline(line: TextLine) -> float:
    """How far apart two baselines may be for a label and its value beside it: a label is
    often set smaller than its value, and the two baselines then differ a little."""
    return max(1.0, 0.2 * float(line.size))
