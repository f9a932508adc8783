"""A tagged PDF's own structure, as pdfium gives it: per page, the structure elements
(headings, paragraphs, notes, lists …) in reading order with the text they hold.

A tagged PDF (an InDesign or Word export with accessibility on) marks each run of
its page content with a number (a marked-content id) and keeps a tree of
structure elements that name those numbers in reading order; page furniture
(running headers, page numbers, chart labels) is marked as an artifact, with no
number. pdfium builds each page's part of the tree: an element that goes on over
a page break is in both pages' trees, and its kids on the other page show there
as kids that are neither an element nor content of this page (``None`` here).
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from briefer.ingest.pdf_glyphs import _call, _page_text

ARTIFACT = -1  # the marked-content id of text outside the structure (furniture)
GAP = 0.08  # a gap this many times a line's (loose) height between two letters is a space

_VOID, _INT = ctypes.c_void_p, ctypes.c_int
_TEXT_OBJECT = _call(pdfium_c.FPDFText_GetTextObject, _VOID, _VOID, _INT)
_CONTENT_ID = _call(pdfium_c.FPDFPageObj_GetMarkedContentID, _INT, _VOID)
_LOOSE_BOX = _call(pdfium_c.FPDFText_GetLooseCharBox, _INT, _VOID, _INT, _VOID)
_ANGLE = _call(pdfium_c.FPDFText_GetCharAngle, ctypes.c_float, _VOID, _INT)
_BREAKS = frozenset("\r\n")


@dataclass(slots=True)
class Element:
    """A structure element: its standard type ("P", "H2", "Note" …), the text it
    stands for where the PDF gives one (``/ActualText``), and its kids in reading
    order: elements, marked-content ids on this page, None for content elsewhere."""

    type: str
    actual_text: str | None = None
    kids: list[Element | int | None] = field(default_factory=list)


def is_tagged(document: pdfium.PdfDocument) -> bool:
    """Whether the PDF says it is tagged (its catalogue's /MarkInfo /Marked)."""
    return bool(pdfium_c.FPDFCatalog_IsTagged(document.raw))


def _utf16(function: object, handle: object) -> str:
    length = function(handle, None, 0)  # type: ignore[operator]
    if length <= 2:
        return ""
    buffer = ctypes.create_string_buffer(length)
    function(handle, buffer, length)  # type: ignore[operator]
    return buffer.raw[: length - 2].decode("utf-16-le", "replace")


def _element(handle: object, depth: int = 0) -> Element:
    element = Element(_utf16(pdfium_c.FPDF_StructElement_GetType, handle))
    actual = _utf16(pdfium_c.FPDF_StructElement_GetActualText, handle)
    element.actual_text = actual or None
    for index in range(pdfium_c.FPDF_StructElement_CountChildren(handle)):
        child = pdfium_c.FPDF_StructElement_GetChildAtIndex(handle, index)
        if child and depth < 64:
            element.kids.append(_element(child, depth + 1))
            continue
        content = pdfium_c.FPDF_StructElement_GetChildMarkedContentID(handle, index)
        element.kids.append(content if content >= 0 else None)
    return element


def page_elements(page: pdfium.PdfPage) -> list[Element]:
    """The top elements of the page's part of the structure tree (none if untagged)."""
    tree = pdfium_c.FPDF_StructTree_GetForPage(page.raw)
    if not tree:
        return []
    try:
        return [
            _element(pdfium_c.FPDF_StructTree_GetChildAtIndex(tree, index))
            for index in range(pdfium_c.FPDF_StructTree_CountChildren(tree))
            if pdfium_c.FPDF_StructTree_GetChildAtIndex(tree, index)
        ]
    finally:
        pdfium_c.FPDF_StructTree_Close(tree)


def page_contents(textpage: pdfium.PdfTextPage) -> dict[int, str]:
    """The text of each marked-content id on the page ("\\n" at line breaks); text that
    is not marked (furniture) under ``ARTIFACT``.

    A space goes in where two characters of a line stand a space apart although the PDF
    wrote none (display fonts often place words without a space character)."""
    raw = textpage.raw
    address: int = ctypes.cast(raw, ctypes.c_void_p).value or 0
    count = pdfium_c.FPDFText_CountChars(raw)
    text = _page_text(raw, count)
    box = pdfium_c.FS_RECTF()
    box_address = ctypes.addressof(box)
    pieces: dict[int, list[str]] = {}
    ids: dict[int, int] = {}
    current = ARTIFACT
    last: tuple[float, float, float] | None = None  # right, bottom, height of the last char
    for index, char in enumerate(text[:count]):
        handle = _TEXT_OBJECT(address, index)
        if not handle:  # made up by pdfium: a space or a line break
            last = None
            if char != "\r":
                pieces.setdefault(current, []).append(char)
            continue
        found = ids.get(handle)
        if found is None:
            found = ids[handle] = _CONTENT_ID(handle)
        current = found
        if char in _BREAKS or char.isspace():
            last = None
            if char != "\r":
                pieces.setdefault(current, []).append("\n" if char == "\n" else " ")
            continue
        _LOOSE_BOX(address, index, box_address)
        height = box.top - box.bottom
        if (
            last is not None
            and height > 0
            and abs(box.bottom - last[1]) < 0.3 * height
            and box.left - last[0] > GAP * max(height, last[2])
            and not _ANGLE(address, index)
        ):
            pieces.setdefault(current, []).append(" ")
        last = (box.right, box.bottom, height)
        pieces.setdefault(current, []).append(char)
    return {key: "".join(chars) for key, chars in pieces.items()}
