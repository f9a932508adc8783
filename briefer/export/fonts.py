"""The fonts embedded in PDF exports, and which of them each piece of text needs.

DejaVu Sans (Latin, Greek, Cyrillic and most punctuation) sets all text except
Chinese, Japanese and Korean, which Droid Sans Fallback sets. Both ship in
``resources/fonts`` so that exports work offline on machines that lack them.
reportlab's built-in Helvetica would silently print Cyrillic and Chinese as black
boxes, so it is never used.

Known gap: Droid Sans Fallback has Chinese and Japanese but only 3 of the 11 172
Hangul syllables, so Korean text still comes out as empty boxes.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from briefer import paths
from briefer.export.atomic import ExportError

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"
SANS_BOLD_ITALIC = "DejaVuSans-BoldOblique"
CJK = "DroidSansFallback"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}

# Code point ranges set in the CJK font: Hangul Jamo, CJK radicals, punctuation,
# Hiragana, Katakana, Bopomofo, Hangul, ideographs (with extensions), compatibility
# and vertical forms, and the halfwidth/fullwidth forms.
_CJK_RANGES = (
    (0x1100, 0x11FF),
    (0x2E80, 0x2FDF),
    (0x2FF0, 0x303F),
    (0x3040, 0x30FF),
    (0x3100, 0x31FF),
    (0x3200, 0x33FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xA960, 0xA97F),
    (0xAC00, 0xD7FF),
    (0xF900, 0xFAFF),
    (0xFE10, 0xFE1F),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
    (0x20000, 0x3134F),
)

_lock = threading.Lock()
_sans_chars: frozenset[int] = frozenset()
_cjk_chars: frozenset[int] = frozenset()


class _TTFont(TTFont):  # type: ignore[misc]
    """A TTFont that remembers the widths it measured.

    Without reportlab's optional C accelerator every width is summed in Python,
    character by character, and a PDF with a table of contents is laid out
    twice: the same words are measured over and over. The cache gives exactly
    the width reportlab computes (same text, same size, same encoding).
    """

    _LIMIT = 200_000

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._widths: dict[tuple[str, float, str], float] = {}

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:  # noqa: N802
        key = (text, size, encoding)
        width = self._widths.get(key)
        if width is None:
            width = super().stringWidth(text, size, encoding)
            if len(self._widths) >= self._LIMIT:
                self._widths.clear()
            self._widths[key] = width
        return width


def fonts_dir() -> Path:
    return paths.resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the bundled fonts with reportlab (once per process; thread-safe)."""
    global _sans_chars, _cjk_chars
    if _sans_chars:
        return
    with _lock:
        if _sans_chars:
            return
        folder = fonts_dir()
        fonts: dict[str, TTFont] = {}
        for name, file_name in _FILES.items():
            path = folder / file_name
            try:
                fonts[name] = _TTFont(name, str(path))
            except (OSError, ValueError) as exc:
                raise ExportError(
                    f"{path}: het lettertype ontbreekt of is beschadigd; "
                    f"Briefer is onvolledig geïnstalleerd ({exc})"
                ) from None
        for font in fonts.values():
            pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC
        )
        # Droid Sans Fallback has one face: bold and italic CJK text use it as well.
        pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)
        _cjk_chars = frozenset(fonts[CJK].face.charToGlyph)
        _sans_chars = frozenset(fonts[SANS].face.charToGlyph)


# needs_cjk_font() is False for every character below the first CJK range.
_MAYBE_CJK = re.compile(f"[{chr(min(first for first, _last in _CJK_RANGES))}-\U0010ffff]")


def needs_cjk_font(char: str) -> bool:
    """True for Chinese, Japanese and Korean characters (and for any other
    character that DejaVu Sans lacks but Droid Sans Fallback has)."""
    code = ord(char)
    for first, last in _CJK_RANGES:
        if first <= code <= last:
            return True
    if code < 0x2000:
        return False
    register_fonts()
    return code not in _sans_chars and code in _cjk_chars


def has_glyph(char: str) -> bool:
    """Whether one of the embedded fonts can print ``char``."""
    register_fonts()
    code = ord(char)
    return code in _sans_chars or code in _cjk_chars


def _neutral(char: str) -> bool:
    # Spaces and combining marks follow the run they stand in.
    return char.isspace() or unicodedata.category(char) in ("Mn", "Me")


def font_runs(text: str) -> list[tuple[str, bool]]:
    """Split ``text`` into ``(piece, needs_cjk_font)`` runs, in order.

    ``"Xi 习近平 bezoekt"`` -> ``[("Xi ", False), ("习近平 ", True), ("bezoekt", False)]``.
    Joining the pieces gives back ``text`` exactly.
    """
    if not any(needs_cjk_font(char) for char in set(_MAYBE_CJK.findall(text))):
        return [(text, False)] if text else []  # the usual case: no character to look at
    runs: list[tuple[str, bool]] = []
    current: list[str] = []
    current_cjk: bool | None = None
    for char in text:
        cjk = current_cjk if _neutral(char) and current_cjk is not None else needs_cjk_font(char)
        if current_cjk is not None and cjk != current_cjk:
            runs.append(("".join(current), current_cjk))
            current = []
        current.append(char)
        current_cjk = cjk
    if current:
        runs.append(("".join(current), bool(current_cjk)))
    return runs


def font_markup(text: str) -> str:
    """``text`` escaped for a reportlab Paragraph, CJK runs wrapped in the CJK font."""
    parts = []
    for piece, cjk in font_runs(text):
        escaped = escape(piece)
        parts.append(f'<font name="{CJK}">{escaped}</font>' if cjk else escaped)
    return "".join(parts)
