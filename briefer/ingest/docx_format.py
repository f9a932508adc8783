"""Word letters as ministries write them: direct formatting instead of heading styles.

Many letters use the Normal style everywhere: a heading is a short paragraph
set entirely in bold or italic (or larger), the "Datum"/"Betreft" lines sit in
a table or as plain lines above "Geachte voorzitter,". This module reads that
formatting and those labels; docx.py decides when to use them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from docx.oxml import parse_xml

from briefer.ingest.footnotes import MARK_CLOSE, MARK_OPEN, Note
from briefer.ingest.layout import Block

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_RUNS = (
    "./w:r[w:t] | ./w:hyperlink/w:r[w:t] | ./w:ins/w:r[w:t] | ./w:smartTag/w:r[w:t]"
    " | ./w:customXml/w:r[w:t] | ./w:sdt/w:sdtContent/w:r[w:t]"
)
_FALSE = frozenset(("0", "false", "off"))
MAX_HEADING_CHARS = 160
_NUMBERED = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[a-z]\.)\s")

Style = tuple[float, bool, bool]  # (size in points, bold, italic)


def _on(rpr: Any, child: str) -> bool | None:
    found = rpr.find(_W + child) if rpr is not None else None
    if found is None:
        return None
    value = found.get(_W + "val")
    return value is None or value.lower() not in _FALSE


def paragraph_style(paragraph: Any, default_size: float) -> Style | None:
    """The direct formatting all of a paragraph's text shares: size, bold, italic."""
    runs = paragraph.xpath(_TEXT_RUNS)
    runs = [run for run in runs if "".join(t.text or "" for t in run.iterfind(_W + "t")).strip()]
    if not runs:
        return None
    bold = italic = True
    size = 0.0
    for run in runs:
        rpr = run.find(_W + "rPr")
        bold = bold and bool(_on(rpr, "b"))
        italic = italic and bool(_on(rpr, "i"))
        found = rpr.find(_W + "sz") if rpr is not None else None
        value = found.get(_W + "val") if found is not None else None
        size = max(size, int(value) / 2 if value and value.isdigit() else default_size)
    return (size, bold, italic)


def default_size(document: Any) -> float:
    font = document.styles["Normal"].font if "Normal" in document.styles else None
    return float(font.size.pt) if font is not None and font.size is not None else 11.0


def is_heading_style(style: Style | None, body_size: float) -> bool:
    return style is not None and (style[1] or style[2] or style[0] > body_size + 0.4)


def looks_like_heading(text: str) -> bool:
    stripped = text.strip()
    return (
        0 < len(stripped) <= MAX_HEADING_CHARS
        and not stripped.endswith((".", ",", ";", ":"))
        and (stripped[0].isupper() or stripped[0].isdigit())
    ) or bool(_NUMBERED.match(stripped) and len(stripped) <= MAX_HEADING_CHARS)


def heading_levels(blocks: list[Block], styles: list[Style | None], body_size: float) -> bool:
    """Set the heading level of blocks formatted as headings; False when there are none.

    Levels come from the relative weight of the styles found: larger before
    bold before italic.
    """
    found: list[Style] = []
    marks: list[bool] = []
    for block, style in zip(blocks, styles, strict=True):
        heading = (
            block.heading_level is None
            and block.line_count <= 2
            and is_heading_style(style, body_size)
            and looks_like_heading(block.text)
        )
        marks.append(heading)
        if heading and style is not None and style not in found:
            found.append(style)
    if not found:
        return False
    ranked = sorted(found, key=lambda s: (-s[0], 0 if s[1] else 1, 1 if s[2] else 0))
    levels = {style: index + 1 for index, style in enumerate(ranked)}
    for block, style, heading in zip(blocks, styles, marks, strict=True):
        if heading and style is not None:
            block.heading_level = levels[style]
    return True


class Footnotes:
    """The document's footnotes, numbered in the order they are cited.

    A citation leaves its marker where it stands (between pdf_lines.MARK_OPEN
    and MARK_CLOSE, as the PDF readers do); ``notes`` holds each cited note,
    which body_flow.attach_notes then keeps with the passage citing it.
    """

    def __init__(self, texts: dict[str, str]) -> None:
        self._texts = texts
        self._numbers: dict[str, int] = {}
        self.notes: list[Note] = []

    @classmethod
    def of(cls, document: Any) -> Footnotes:
        texts: dict[str, str] = {}
        for rel in document.part.rels.values():
            if rel.is_external or not rel.reltype.endswith("/footnotes"):
                continue
            try:
                root = parse_xml(rel.target_part.blob)
            except (SyntaxError, ValueError):  # lxml's XMLSyntaxError is a SyntaxError
                continue
            for note in root.iterfind(_W + "footnote"):
                if note.get(_W + "type") in ("separator", "continuationSeparator"):
                    continue
                text = " ".join("".join(t.text or "" for t in note.iter(_W + "t")).split())
                if text:
                    texts[note.get(_W + "id") or ""] = text
        return cls(texts)

    def cite(self, note_id: str | None, page: int) -> str:
        """The marker for a citation on ``page``; its note is kept for its passage."""
        if not note_id or note_id not in self._texts:
            return ""
        if note_id not in self._numbers:
            self._numbers[note_id] = len(self._numbers) + 1
        number = str(self._numbers[note_id])
        self.notes.append(Note(page, number, self._texts[note_id]))
        return f"{MARK_OPEN}{number}{MARK_CLOSE}"


def _roman(number: int) -> str:
    values: list[tuple[int, str]] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd")]
    values += [(100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix")]
    values += [(5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for value, letters in values:
        while number >= value:
            out += letters
            number -= value
    return out


def _letters(number: int) -> str:
    out = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
}


class Numbering:
    """Word's automatic numbering (numbering.xml): the number a numbered paragraph shows.

    "1.", "1.1" and "a." come from the level's text (``%1.%2``) and formats;
    bullets give no number.
    """

    def __init__(self, numbering_element: Any | None) -> None:
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self._abstract_of: dict[str, str] = {}
        self._counters: dict[str, dict[int, int]] = {}
        if numbering_element is None:
            return
        abstracts: dict[str, dict[int, tuple[str, str, int]]] = {}
        for abstract in numbering_element.iterfind(_W + "abstractNum"):
            levels: dict[int, tuple[str, str, int]] = {}
            for level in abstract.iterfind(_W + "lvl"):
                ilvl = int(level.get(_W + "ilvl") or 0)
                fmt = _child_val(level, "numFmt") or "decimal"
                text = _child_val(level, "lvlText") or ""
                start = _child_val(level, "start") or "1"
                levels[ilvl] = (fmt, text, int(start) if start.isdigit() else 1)
            abstracts[abstract.get(_W + "abstractNumId") or ""] = levels
        for num in numbering_element.iterfind(_W + "num"):
            abstract_id = _child_val(num, "abstractNumId") or ""
            self._levels[num.get(_W + "numId") or ""] = abstracts.get(abstract_id, {})
            self._abstract_of[num.get(_W + "numId") or ""] = abstract_id

    @classmethod
    def of(cls, document: Any) -> Numbering:
        try:
            part = document.part.numbering_part
        except (KeyError, NotImplementedError):
            return cls(None)
        return cls(part.element)

    def label(self, ppr: Any) -> str:
        """The number shown before a paragraph with direct numbering, or ""."""
        numpr = ppr.find(_W + "numPr") if ppr is not None else None
        if numpr is None:
            return ""
        num_id = _child_val(numpr, "numId") or ""
        ilvl_text = _child_val(numpr, "ilvl") or "0"
        ilvl = int(ilvl_text) if ilvl_text.isdigit() else 0
        levels = self._levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self._counters.setdefault(self._abstract_of.get(num_id, num_id), {})
        counters[ilvl] = counters.get(ilvl, levels[ilvl][2] - 1) + 1
        for deeper in [level for level in counters if level > ilvl]:
            del counters[deeper]
        fmt, text, _start = levels[ilvl]
        if fmt not in _FORMATS:
            return ""  # bullets and symbols: no number

        def number(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            level_fmt, _text, start = levels.get(level, ("decimal", "", 1))
            value = counters.get(level, start)
            return _FORMATS.get(level_fmt, str)(value)

        return re.sub(r"%([1-9])", number, text).strip()


def _child_val(element: Any, child: str) -> str | None:
    found = element.find(_W + child)
    return None if found is None else found.get(_W + "val")
