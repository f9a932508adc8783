"""What to tell the user before an export: text the PDF cannot print well.

The embedded fonts (``fonts.py``) have no Korean syllables and no emoji, and
reportlab neither joins Arabic letters nor sets right-to-left text: such text
would print as blanks or unjoined, so the composer and the command line warn
before the export rather than leaving the reader to find out.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from briefer.compose.render_model import RenderDocument
from briefer.export.fonts import has_glyph

# Scripts reportlab sets letter by letter, left to right: readable only when shaped.
_SHAPED_SCRIPTS = {
    "ARABIC": "Arabisch",
    "HEBREW": "Hebreeuws",
    "SYRIAC": "Syrisch",
    "THAANA": "Thaana",
    "NKO": "N'Ko",
    "DEVANAGARI": "Devanagari",
    "BENGALI": "Bengaals",
    "TAMIL": "Tamil",
    "THAI": "Thai",
    "PERSIAN": "Perzisch",
}


@dataclass(frozen=True)
class ScriptWarning:
    script: str  # "Koreaans", "Arabisch", "emoji", ...
    example: str  # a few of the characters
    count: int
    blank: bool  # True: printed as blanks; False: printed unjoined / left to right

    def __str__(self) -> str:
        if self.blank:
            return (
                f"de PDF-lettertypen hebben geen {self.script} ({self.count} tekens, "
                f"bijv. '{self.example}'): die tekens blijven leeg in de PDF; "
                "kies Word of laat ze weg"
            )
        return (
            f"{self.script} ({self.count} tekens, bijv. '{self.example}') wordt in de PDF "
            "niet verbonden en van links naar rechts gezet; kies Word voor deze tekst"
        )


def _script_of(char: str) -> str:
    name = unicodedata.name(char, "")
    first = name.split(" ", 1)[0]
    if first == "HANGUL":
        return "Koreaans"
    if first in _SHAPED_SCRIPTS:
        return _SHAPED_SCRIPTS[first]
    if (unicodedata.category(char) == "So" and ord(char) >= 0x1F000) or 0x2600 <= ord(
        char
    ) < 0x27C0:
        return "emoji"
    return "tekens"


def script_warnings(document: RenderDocument) -> list[ScriptWarning]:
    """Text in ``document`` that the PDF would print as blanks or unshaped, by script."""
    text = document.plain_text()
    found: dict[tuple[str, bool], list[str]] = {}
    for char in set(text):
        if ord(char) < 0x0590 or char.isspace() or unicodedata.category(char)[0] in "CZ":
            continue  # Latin, Greek, Cyrillic: the fonts cover them
        if unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        script = _script_of(char)
        shaped = script in _SHAPED_SCRIPTS.values()
        if shaped:
            found.setdefault((script, False), []).append(char)
        elif not has_glyph(char):
            found.setdefault((script, True), []).append(char)
    warnings = []
    for (script, blank), chars in sorted(found.items()):
        ordered = sorted(chars, key=text.index)
        count = sum(text.count(char) for char in chars)
        warnings.append(ScriptWarning(script, "".join(ordered[:3]), count, blank))
    return warnings
