"""A PDF page's words and characters as pdfium gives them, with place and style.

This is most of the time a PDF takes to read, so it asks pdfium as little as it
can: the page's text in one call; then for most words two boxes (the first and
the last character's) and the type of the line they stand on, asked once per
line; a word with digits or accents, or whose first and last characters differ
in size or line (a raised footnote number, a word broken without a break),
character by character. The hot calls go through prototypes of their own that
take and give plain addresses (``_call``): pypdfium2's typed pointers cost a
conversion on every call. Fonts are known by their pdfium handle, so a font's
name, weight and flags are asked once per font, not once per text object (most
PDFs draw every line as its own text object).
"""

from __future__ import annotations

import ctypes
import math
import re
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


_VOID, _INT = ctypes.c_void_p, ctypes.c_int
_LOOSE_BOX = _call(pdfium_c.FPDFText_GetLooseCharBox, _INT, _VOID, _INT, _VOID)
_GENERATED = _call(pdfium_c.FPDFText_IsGenerated, _INT, _VOID, _INT)
_TEXT_OBJECT = _call(pdfium_c.FPDFText_GetTextObject, _VOID, _VOID, _INT)
_OBJECT_FONT = _call(pdfium_c.FPDFTextObj_GetFont, _VOID, _VOID)
_FONT_NAME = _call(pdfium_c.FPDFFont_GetBaseFontName, ctypes.c_ulong, _VOID, _VOID, ctypes.c_ulong)
_FONT_WEIGHT = _call(pdfium_c.FPDFFont_GetWeight, _INT, _VOID)
_FONT_FLAGS = _call(pdfium_c.FPDFFont_GetFlags, _INT, _VOID)
_ANGLE = _call(pdfium_c.FPDFText_GetCharAngle, ctypes.c_float, _VOID, _INT)
_ORIGIN = _call(pdfium_c.FPDFText_GetCharOrigin, _INT, _VOID, _INT, _VOID, _VOID)
_FONT_SIZE = _call(pdfium_c.FPDFText_GetFontSize, ctypes.c_double, _VOID, _INT)
_MATRIX = _call(pdfium_c.FPDFText_GetMatrix, _INT, _VOID, _INT, _VOID)

# Every word of a page's text. A word the first group matches is plain: no digit (a
# footnote's number may be raised), note sign or spacing accent, no character beyond
# Latin and the general punctuation; any other is read character by character.
_TOKEN = re.compile(
    r"([^\s\d*†‡\u00a8\u00b4\u00b8`\u02c6-\u02dd\ufffd\u0250-\u200f\u2070-\U0010ffff]+)(?!\S)"
    r"|\S+"
)
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


def _font(textpage: int, index: int, cache: dict[int, tuple[bool, bool]]) -> tuple[bool, bool]:
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


def _dominant_angle(textpage: int, count: int) -> float:
    angles: Counter[float] = Counter()
    for index in range(0, count, max(1, count // 200)):
        angles[round(_ANGLE(textpage, index), 1)] += 1
    return angles.most_common(1)[0][0] if angles else 0.0


class _PageReader:
    """Reads a page's words from pdfium (see the module's text)."""

    def __init__(self, textpage: pdfium.PdfTextPage) -> None:
        self.raw = textpage.raw
        self.address: int = ctypes.cast(self.raw, ctypes.c_void_p).value or 0
        self.count = pdfium_c.FPDFText_CountChars(self.raw)
        self.angle = _dominant_angle(self.address, self.count)
        self.sin, self.cos = math.sin(self.angle), math.cos(self.angle)
        self.box = pdfium_c.FS_RECTF()
        self.box_address = ctypes.addressof(self.box)
        self.matrix = pdfium_c.FS_MATRIX()
        self.matrix_address = ctypes.addressof(self.matrix)
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.x_address, self.y_address = ctypes.addressof(self.x), ctypes.addressof(self.y)
        self.cache: dict[int, tuple[bool, bool]] = {}
        self.line: tuple[float, float, tuple[float, float, bool, bool]] | None = None

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

    def word(
        self,
        text: str,
        start: int,
        spaced: bool,
        made_up: bool,
        plain: bool,
        out: list[Glyph | None],
    ) -> None:
        """A word: from its first and last characters' boxes and its line's type where it
        is ``plain`` (no character that needs its own look) and its characters share a
        size and a line, else character by character."""
        if self.angle or not plain:
            self.line = None
            self.characters(text, start, spaced, made_up, out)
            return
        box = self.box
        end = start + len(text) - 1
        _LOOSE_BOX(self.address, start, self.box_address)
        left, bottom, top = box.left, box.bottom, box.top
        height = top - bottom
        if end > start:
            _LOOSE_BOX(self.address, end, self.box_address)
            if abs(box.top - box.bottom - height) > 0.02 * (height + 0.1) or abs(
                box.bottom - bottom
            ) > 0.25 * (height + 0.1):
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
        out.append(Glyph(text, left, box.right, *style, spaced, made_up, False, end))

    def end_line(self, out: list[Glyph | None]) -> None:
        """At a line's end: the last word's own font (a line is bold only when its first
        and its last word are; a run-in label in bold starts a line of regular text)."""
        self.line = None
        last = out[-1] if out else None
        if last is not None and last.index >= 0:
            last.bold, last.italic = _font(self.address, last.index, self.cache)

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


def page_glyphs(textpage: pdfium.PdfTextPage) -> list[Glyph | None]:
    """The page's words (and the characters of words that need it) in pdfium's order;
    None marks pdfium's line breaks.

    Characters at another angle than most of the page (stamps, margin notes) are left
    out."""
    reader = _PageReader(textpage)
    address, count = reader.address, reader.count
    text = _page_text(reader.raw, count)
    glyphs: list[Glyph | None] = []
    word = reader.word
    previous = 0
    for found in _TOKEN.finditer(text):
        start = found.start()
        spaced = made_up = False
        if start > previous:
            between = text[previous:start]
            if "\n" in between or "\r" in between:
                if glyphs and glyphs[-1] is not None:
                    reader.end_line(glyphs)
                    glyphs.append(None)
            else:
                first = start - len(between)
                for offset, char in enumerate(between):
                    if _GENERATED(address, first + offset):
                        made_up = True
                    else:
                        spaced = spaced or char != ""
        previous = found.end()
        piece = found.group()
        plain = found.group(1) is not None
        if not plain and "\ufffd" in piece:
            piece = piece.replace("\ufffd", "")
            if not piece:
                continue
        word(piece, start, spaced, made_up, plain, glyphs)
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
