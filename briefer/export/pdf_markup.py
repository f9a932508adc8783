"""Text for reportlab Paragraphs: escaped, CJK runs in their font, list labels.

reportlab reads a Paragraph's text as markup (``R&D`` or ``<b>`` would be
mangled or raise), so every piece of user and letter text goes through here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefer.compose.render_model import Run
from briefer.export.fonts import font_markup

# Control characters (except the newline), lone surrogates and non-characters.
_DROP = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_BULLETS = ("•", "–", "◦", "▪")


def clean(text: str) -> str:
    """Unicode text without the characters no PDF text can hold; newlines normalised."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return _DROP.sub("", text)


def inline(text: str, *, line_breaks: bool = True) -> str:
    """Paragraph markup for plain ``text``: escaped, CJK in its font, newlines as breaks."""
    lines = clean(text).split("\n")
    if not line_breaks:
        return font_markup(" ".join(lines))
    return "<br/>".join(font_markup(line) for line in lines)


def runs_markup(runs: Iterable[Run]) -> str:
    parts = []
    for run in runs:
        if run.footnote is not None:  # a footnote's marker: its number, raised
            parts.append(f"<super>{run.footnote.number}</super>")
            continue
        markup = inline(run.text)
        if not markup:
            continue
        if run.italic:
            markup = f"<i>{markup}</i>"
        if run.bold:
            markup = f"<b>{markup}</b>"
        parts.append(markup)
    return "".join(parts)


def _alpha(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def _roman(number: int) -> str:
    result = ""
    for value, numeral in _ROMAN:
        count, number = divmod(number, value)
        result += numeral * count
    return result


def list_label(numbered: bool, level: int, number: int) -> str:
    """ "1." / "a." / "i." by nesting level for numbered lists, bullets otherwise."""
    if not numbered:
        return _BULLETS[level % len(_BULLETS)]
    kind = level % 3
    if kind == 0:
        return f"{number}."
    return f"{_alpha(number) if kind == 1 else _roman(number)}."
