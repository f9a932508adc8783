"""Reading order on pages set in columns (and spreads: two printed pages on one sheet).

pdfium and the line builder give a page's lines top to bottom; on a page in
columns that reads across them. Here the body's lines are cut into columns
where a vertical strip of the page holds no text from top to bottom of a band
(an XY-cut), and read column by column; a line that runs over the strip (a
heading across two columns, a title) closes one band and opens the next. Only
strips with running text on both sides count: a table's cells, a form's label
and value, or a short caption beside a chart never make columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar


class Placed(Protocol):
    """What columns need of a line: where it stands."""

    @property
    def x0(self) -> float: ...
    @property
    def x1(self) -> float: ...
    @property
    def baseline(self) -> float: ...


TextLine = TypeVar("TextLine", bound=Placed)

MIN_GAP = 1.2  # a strip this many body sizes wide, free of text, separates columns
MIN_LINES = 6  # running lines a column must hold
MIN_RUNNING = 12.0  # a running line is at least this many body sizes wide


def _gaps(lines: Sequence[TextLine], size: float) -> list[tuple[float, float]]:
    """Strips of the page's width that no line covers, between its text."""
    spans = sorted((line.x0, line.x1) for line in lines)
    gaps: list[tuple[float, float]] = []
    reach = spans[0][1]
    for left, right in spans[1:]:
        if left - reach >= MIN_GAP * size:
            gaps.append((reach, left))
        reach = max(reach, right)
    return gaps


def _columns(lines: Sequence[TextLine], size: float) -> list[list[TextLine]] | None:
    """The lines split into columns (left to right), or None when they stand in one."""
    narrow = [line for line in lines if line.x1 - line.x0 >= MIN_RUNNING * size]
    if len(narrow) < 2 * MIN_LINES:
        return None
    gaps = [
        gap
        for gap in _gaps(narrow, size)
        if sum(line.x1 <= gap[0] for line in narrow) >= MIN_LINES
        and sum(line.x0 >= gap[1] for line in narrow) >= MIN_LINES
    ]
    if not gaps:
        return None
    edges = [gap[1] for gap in gaps]
    columns: list[list[TextLine]] = [[] for _ in range(len(edges) + 1)]
    for line in lines:
        index = sum(line.x0 >= edge - 0.5 for edge in edges)
        columns[index].append(line)
    running = [
        sum(line.x1 - line.x0 >= MIN_RUNNING * size for line in column) for column in columns
    ]
    if sum(count >= MIN_LINES for count in running) < 2:
        return None
    return columns


def column_groups(lines: Sequence[TextLine], size: float) -> list[list[TextLine]]:
    """``lines`` in reading order, in groups that each read top to bottom: band by band,
    each band's columns left to right. Lines that cross a column's edge split the page
    into bands and stand in a group of their own."""
    ordered = sorted(lines, key=lambda line: (-line.baseline, line.x0))
    columns = _columns(ordered, size)
    if columns is None:
        return [ordered] if ordered else []
    edges = [column[0].x0 for column in columns[1:] if column]
    bands: list[list[TextLine]] = [[]]
    crossing: list[TextLine | None] = []
    for line in ordered:
        if any(line.x0 < edge - 0.5 * size < line.x1 - size for edge in edges):
            crossing.append(line)
            bands.append([])
        else:
            bands[-1].append(line)
    groups: list[list[TextLine]] = []
    for index, band in enumerate(bands):
        if index:
            crossed = crossing[index - 1]
            if crossed is not None:
                groups.append([crossed])
        found = _columns(band, size) if len(band) >= 2 * MIN_LINES else None
        if found is None:
            if band:
                groups.append(band)
            continue
        groups.extend(column for column in found if column)
    return groups
