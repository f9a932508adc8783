"""What is drawn on a PDF page beside its text: thin rules (underlines, the rule above
footnotes) and boxes (a diagram's, a table's cells, a form's bars), for the page
analysis (page_analysis.py) to tell underlined headings, notes and figures apart.
"""

from __future__ import annotations

import ctypes
from typing import Protocol

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from briefer.ingest.pdf_glyphs import Handle, bare

MAX_OBJECTS = 4000  # a page of drawings: look no further for rules under text
_PAGE_OBJECT = bare(pdfium_c.FPDFPage_GetObject, Handle)
_OBJECT_TYPE = bare(pdfium_c.FPDFPageObj_GetType, ctypes.c_int)
_OBJECT_BOUNDS = bare(pdfium_c.FPDFPageObj_GetBounds, ctypes.c_int)


Box = tuple[float, float, float, float]  # left, bottom, right, top


def page_shapes(page: pdfium.PdfPage) -> tuple[list[tuple[float, float, float]], list[Box]]:
    """Thin horizontal strokes on the page (underlines, the rule above footnotes) as
    (left, right, y), and drawn boxes (a diagram's, a table's cells) as their bounds.
    Read through pdfium's own calls, one object at a time, bare (pdf_glyphs.bare): a
    page has an object for every line of text, and the typed calls cost twice as much."""
    raw = page.raw
    address = ctypes.c_void_p(ctypes.cast(raw, ctypes.c_void_p).value)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    bounds = [ctypes.c_void_p(ctypes.addressof(value)) for value in (left, bottom, right, top)]
    path = pdfium_c.FPDF_PAGEOBJ_PATH
    rules: list[tuple[float, float, float]] = []
    boxes: list[Box] = []
    count = min(pdfium_c.FPDFPage_CountObjects(raw), MAX_OBJECTS)
    for index in range(count):
        item = _PAGE_OBJECT(address, index)
        if _OBJECT_TYPE(item) != path:
            continue
        if not _OBJECT_BOUNDS(item, *bounds):
            continue
        width, height = right.value - left.value, top.value - bottom.value
        if height <= 1.5 and width >= 8:
            rules.append((left.value, right.value, (top.value + bottom.value) / 2))
        elif height >= 10 and width >= 20:
            boxes.append((left.value, bottom.value, right.value, top.value))
    return rules, boxes


def _same_box(one: Box, other: Box) -> bool:
    return all(abs(a - b) <= 2 for a, b in zip(one, other, strict=True))


def grid(box: Box, boxes: list[Box]) -> bool:
    """Whether a box is a table's cell: another box of its height beside it, or of its
    width above or below it; a diagram's boxes stand apart, or touch arrows and labels."""
    left, bottom, right, top = box
    neighbours = 0
    for other in boxes:
        if _same_box(other, box):
            continue  # itself, or the same box drawn twice (its fill and its stroke)
        # A cell's neighbour in its row has its height, in its column its width.
        beside = (abs(other[0] - right) < 2 or abs(other[2] - left) < 2) and (
            abs(other[1] - bottom) < 2 and abs(other[3] - top) < 2
        )
        above = (abs(other[1] - top) < 2 or abs(other[3] - bottom) < 2) and (
            abs(other[0] - left) < 2 and abs(other[2] - right) < 2
        )
        neighbours += beside or above
    return neighbours >= 1


class _Placed(Protocol):
    x0: float
    x1: float
    baseline: float


def on_a_box(line: _Placed, boxes: list[Box]) -> bool:
    """Whether a line of text stands on a drawn box (a bar, a cell): its baseline within
    the box's height and the line within its width."""
    return any(
        bottom - 1 <= line.baseline <= top and left - 1 <= line.x0 and line.x1 <= right + 1
        for left, bottom, right, top in boxes
    )
