"""A PDF page's words and characters as pdfium gives them, with place and style.

This is most of the time a PDF takes to read, so it asks pdfium as little as it
can: the page's text in one call; then for most words two boxes (the first and
the last character's) and the type of the line they stand on, asked once per
line; a word with digits or accents, or whose first and last characters differ
in size or line (a raised footnote number, a word broken without a break),
character by character. The calls go around pypdfium2's typed functions, whose
pointers cost a conversion on every call: the hot ones (``bare``) declare no
argument types and are given ctypes objects made once per page, which ctypes
passes as they are; the few others take and give plain addresses (``_call``).
Fonts are known by their pdfium handle, so a font's name, weight and flags are
asked once per font, not once per text object (most PDFs draw every line as its
own text object).
"""

from __future__ import annotations

import ctypes
import math
import re
import struct
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

_ITALIC_FLAG = 1 << 6
_BOLD_NAMES = ("bold", "black", "heavy", "semibold")


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


def _call(function: Any, restype: Any, *argtypes: Any) -> Callable[..., Any]:
    """pdfium's ``function`` with addresses (ints) for its handles."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    assert address, function
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


def bare(function: Any, restype: Any) -> Callable[..., Any]:
    """pdfium's ``function`` without argument types: called with ctypes objects (a
    ``c_void_p`` for a handle or an address, made once) and small ints only, it skips
    the conversion of every argument a prototype makes, a third of the call's time.
    (A C function takes more arguments than its prototype names, each passed as its
    ctypes object says; never give it a plain int for an address: it goes as a C int.)"""
    address = ctypes.cast(function, ctypes.c_void_p).value
    assert address, function
    return ctypes.CFUNCTYPE(restype)(address)


class Handle(ctypes.c_void_p):
    """A handle as a bare call returns it: ctypes makes an int of a ``c_void_p`` result
    but not of its subclass', so it goes to the next bare call as it is."""


_VOID, _INT = ctypes.c_void_p, ctypes.c_int
# These take (the text page's c_void_p, a character's index, c_void_p out-addresses).
_LOOSE_BOX = bare(pdfium_c.FPDFText_GetLooseCharBox, _INT)
_GENERATED = bare(pdfium_c.FPDFText_IsGenerated, _INT)
_TEXT_OBJECT = bare(pdfium_c.FPDFText_GetTextObject, Handle)
_OBJECT_FONT = bare(pdfium_c.FPDFTextObj_GetFont, _VOID)
_ANGLE = bare(pdfium_c.FPDFText_GetCharAngle, ctypes.c_float)
_ORIGIN = bare(pdfium_c.FPDFText_GetCharOrigin, _INT)
_FONT_SIZE = bare(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)
_MATRIX = bare(pdfium_c.FPDFText_GetMatrix, _INT)
# These take a font's handle, an int (which may not fit a C int).
_FONT_NAME = _call(pdfium_c.FPDFFont_GetBaseFontName, ctypes.c_ulong, _VOID, _VOID, ctypes.c_ulong)
_FONT_WEIGHT = _call(pdfium_c.FPDFFont_GetWeight, _INT, _VOID)
_FONT_FLAGS = _call(pdfium_c.FPDFFont_GetFlags, _INT, _VOID)

# Every word of a page's text. A word the first group matches is plain: no digit (a
# footnote's number may be raised), note sign or spacing accent, no character beyond
# Latin and the general punctuation; any other is read character by character.
_TOKEN = re.compile(
    r"([^\s\d*†‡\u00a8\u00b4\u00b8`\u02c6-\u02dd\ufffd\u0250-\u200f\u2070-\U0010ffff]+)(?!\S)"
    r"|\S+"
)
# An FS_RECTF's four floats (left, top, right, bottom) at once: one call, not four lookups.
_RECT = struct.Struct("4f").unpack_from
_SURROGATES = re.compile("[\ud800-\udfff\ufffd]")


def _font_style(font: int) -> tuple[bool, bool]:
    """(bold, italic) of a font, from its name, weight and flags."""
    length = _FONT_NAME(font, None, 0)
    name = ""
    if length > 0:
        buffer = ctypes.create_string_buffer(length)
        _FONT_NAME(font, buffer, length)
        name = buffer.value.decode("utf-8", "replace").lower()
    bold = _FONT_WEIGHT(font) >= 600 or any(mark in name for mark in _BOLD_NAMES)
    flags = _FONT_FLAGS(font)
    italic = bool(flags & _ITALIC_FLAG) or "italic" in name or "oblique" in name
    return bold, italic


def _font(
    textpage: ctypes.c_void_p, index: int, cache: dict[int, tuple[bool, bool]]
) -> tuple[bool, bool]:
    """(bold, italic) of a character, asked once per font; a character pdfium made up
    (it has no text object) is neither."""
    handle = _TEXT_OBJECT(textpage, index)
    font = _OBJECT_FONT(handle) if handle else None
    if not font:
        return False, False
    found = cache.get(font)
    if found is None:
        found = cache[font] = _font_style(font)
    return found


def _dominant_angle(textpage: ctypes.c_void_p, count: int) -> float:
    """The most common angle among some 200 characters spread over the page. Once more
    than half of them are looked at and share one angle, no other can outnumber it:
    the rest are not asked (on almost every page all lie level)."""
    indices = range(0, count, max(1, count // 200))
    half = len(indices) // 2 + 1
    angles: Counter[float] = Counter()
    for index in indices[:half]:
        angles[round(_ANGLE(textpage, index), 1)] += 1
    if len(angles) == 1:
        return next(iter(angles))
    for index in indices[half:]:
        angles[round(_ANGLE(textpage, index), 1)] += 1
    return angles.most_common(1)[0][0] if angles else 0.0


class _PageReader:
    """Reads a page's words from pdfium (see the module's text)."""

    def __init__(self, textpage: pdfium.PdfTextPage) -> None:
        self.raw = textpage.raw
        # The page and the out-parameters as c_void_p objects, for the bare calls.
        self.address = ctypes.c_void_p(ctypes.cast(self.raw, ctypes.c_void_p).value)
        self.count = pdfium_c.FPDFText_CountChars(self.raw)
        self.angle = _dominant_angle(self.address, self.count)
        self.sin, self.cos = math.sin(self.angle), math.cos(self.angle)
        self.box = pdfium_c.FS_RECTF()
        self.box_address = ctypes.c_void_p(ctypes.addressof(self.box))
        self.matrix = pdfium_c.FS_MATRIX()
        self.matrix_address = ctypes.c_void_p(ctypes.addressof(self.matrix))
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.x_address = ctypes.c_void_p(ctypes.addressof(self.x))
        self.y_address = ctypes.c_void_p(ctypes.addressof(self.y))
        self.cache: dict[int, tuple[bool, bool]] = {}

    def box_of(self, index: int) -> tuple[float, float, float, float]:
        """(left, right, bottom, height) of a character's loose box, along the page's lines."""
        box = self.box
        _LOOSE_BOX(self.address, index, self.box_address)
        if self.angle:
            left = box.left * self.cos - box.bottom * self.sin
            right = box.right * self.cos - box.top * self.sin
            bottom = box.left * self.sin + box.bottom * self.cos
            return min(left, right), max(left, right), bottom, box.top - box.bottom
        return box.left, box.right, box.bottom, box.top - box.bottom

    def style_of(self, index: int) -> tuple[float, float, bool, bool] | None:
        """(baseline, size, bold, italic) of a character; None when it is turned (a stamp)."""
        address = self.address
        turned = _ANGLE(address, index) - self.angle
        if (turned > 0.05 or turned < -0.05) and abs(math.remainder(turned, math.tau)) > 0.05:
            return None
        if not _ORIGIN(address, index, self.x_address, self.y_address):
            return None
        x, y = self.x.value, self.y.value
        baseline = x * self.sin + y * self.cos if self.angle else y
        font_size = _FONT_SIZE(address, index)
        _MATRIX(address, index, self.matrix_address)
        size = font_size * math.hypot(self.matrix.c, self.matrix.d)
        bold, italic = _font(self.address, index, self.cache)
        return baseline, size if size > 0.5 else 10.0, bold, italic

    def end_line(self, out: list[Glyph | None]) -> None:
        """At a line's end: the last word's own font (a line is bold only when its first
        and its last word are; a run-in label in bold starts a line of regular text)."""
        last = out[-1] if out else None
        if last is not None and last.index >= 0:
            last.bold, last.italic = _font(self.address, last.index, self.cache)

    def characters(
        self, text: str, start: int, spaced: bool, made_up: bool, out: list[Glyph | None]
    ) -> None:
        """A word character by character: each its own box, the style asked again where
        the size or the line changes."""
        box, box_address, address, level = self.box, self.box_address, self.address, not self.angle
        append = out.append
        style: tuple[float, float, bool, bool] | None = None
        baseline = size = 0.0
        bold = italic = False
        last_height = last_bottom = -1.0
        for offset, char in enumerate(text):
            index = start + offset
            if level:
                _LOOSE_BOX(address, index, box_address)
                left, top, right, bottom = _RECT(box)
                height = top - bottom
            else:
                left, right, bottom, height = self.box_of(index)
            if (
                style is None
                or abs(height - last_height) > 0.02 * (last_height + 0.1)
                or abs(bottom - last_bottom) > 0.25 * (height + 0.1)
            ):
                style = self.style_of(index)
                if style is None:
                    return
                baseline, size, bold, italic = style
                if offset:
                    spaced = made_up = False
            last_height, last_bottom = height, bottom
            append(
                Glyph(
                    char,
                    left,
                    right,
                    baseline,
                    size,
                    bold,
                    italic,
                    spaced and not offset,
                    made_up and not offset,
                )
            )


def page_glyphs(textpage: pdfium.PdfTextPage) -> list[Glyph | None]:
    """The page's words (and the characters of words that need it) in pdfium's order;
    None marks pdfium's line breaks.

    Characters at another angle than most of the page (stamps, margin notes) are left
    out. A plain word (no character that needs its own look) on a level page whose
    first and last characters share a size and a line is one glyph, from those two
    characters' boxes and the type of its line: the type of the words before it on
    the line, asked again where the line's bottom or height changes. That is most
    words, so it is written out here, in the loop, with its state in local names."""
    reader = _PageReader(textpage)
    address, count = reader.address, reader.count
    text = _page_text(reader.raw, count)
    glyphs: list[Glyph | None] = []
    append = glyphs.append
    characters = reader.characters
    box, box_address = reader.box, reader.box_address
    level = not reader.angle
    in_line = False  # a word on this line gave its type: the next words may share it
    line_bottom = line_height = baseline = size = 0.0
    bold = italic = False
    previous = 0
    for found in _TOKEN.finditer(text):
        start, stop = found.span()
        spaced = made_up = False
        if start == previous + 1 and text[previous] not in "\r\n":  # one space: most words
            if _GENERATED(address, previous):
                made_up = True
            else:
                spaced = True
        elif start > previous:
            between = text[previous:start]
            if "\n" in between or "\r" in between:
                if glyphs and glyphs[-1] is not None:
                    reader.end_line(glyphs)
                    in_line = False
                    append(None)
            else:
                for offset in range(len(between)):
                    if _GENERATED(address, previous + offset):
                        made_up = True
                    else:
                        spaced = True
        previous = stop
        if found.lastindex is None:  # not plain: character by character
            piece = found.group()
            if "\ufffd" in piece:
                piece = piece.replace("\ufffd", "")
                if not piece:
                    continue
            in_line = False
            characters(piece, start, spaced, made_up, glyphs)
            continue
        if not level:
            in_line = False
            characters(found.group(), start, spaced, made_up, glyphs)
            continue
        last = stop - 1
        _LOOSE_BOX(address, start, box_address)
        left, top, right, bottom = _RECT(box)
        height = top - bottom
        if last > start:
            _LOOSE_BOX(address, last, box_address)
            _, end_top, right, end_bottom = _RECT(box)
            # Another size or line at the word's end? Bounds both ways, not abs(): this is
            # asked for every word, and a call to abs costs more than a comparison.
            grown, lower = end_top - end_bottom - height, end_bottom - bottom
            size_tolerance, line_tolerance = 0.02 * (height + 0.1), 0.25 * (height + 0.1)
            if (
                grown > size_tolerance
                or grown < -size_tolerance
                or lower > line_tolerance
                or lower < -line_tolerance
            ):
                in_line = False
                characters(found.group(), start, spaced, made_up, glyphs)
                continue
        if not (
            in_line
            and -0.1 <= bottom - line_bottom <= 0.1
            and -0.02 <= height - line_height <= 0.02
        ):
            style = reader.style_of(start)  # the first word of a line, or of another type
            if style is None:
                continue
            baseline, size, bold, italic = style
            in_line, line_bottom, line_height = True, bottom, height
        word = found.group()
        append(Glyph(word, left, right, baseline, size, bold, italic, spaced, made_up, False, last))
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
