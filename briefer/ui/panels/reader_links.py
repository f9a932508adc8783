"""References in the reader: a cited Kamerstuk that is in the library is a link that
opens that letter; the title of a letter says which letters refer to it."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextDocument

from briefer.core.letter_links import CitingPassage
from briefer.core.search.snippets import fold
from briefer.intelligence.references import KAMERSTUK, find_references

LETTER, PASSAGE = "letter", "passage"
LINK_STYLE = "color:#1a5fb4; text-decoration: underline;"


MARK_STYLE = "background-color:#ffe27a;"  # a searched word, as the search results mark it
_WORD = re.compile(r"\w+", re.UNICODE)


def marked(text: str, words: frozenset[str]) -> str:
    """``text`` escaped, every word whose folded form is in ``words`` highlighted."""
    if not words:
        return escape(text)
    parts, at = [], 0
    for match in _WORD.finditer(text):
        if fold(match.group()) in words:
            parts.append(escape(text[at : match.start()]))
            parts.append(f"<span style='{MARK_STYLE}'>{escape(match.group())}</span>")
            at = match.end()
    parts.append(escape(text[at:]))
    return "".join(parts)


def passage_html(
    text: str, links: dict[str, tuple[int, str]], words: frozenset[str] = frozenset()
) -> str | None:
    """The passage as HTML with its library references as links and the searched
    ``words`` (folded) highlighted; None: neither is in it."""
    refs = [
        (ref, links[ref.key])
        for ref in find_references(text)
        if ref.kind == KAMERSTUK and ref.key in links
    ]
    if not refs and not (words and any(fold(w) in words for w in _WORD.findall(text))):
        return None
    parts: list[str] = []
    at = 0
    for ref, (letter_id, label) in refs:
        parts.append(marked(text[at : ref.start], words))
        title = escape(f"{label}: openen")
        parts.append(
            f"<a href='{LETTER}:{letter_id}' title='{title}' style='{LINK_STYLE}'>"
            f"{escape(text[ref.start : ref.end])}</a>"
        )
        at = ref.end
    parts.append(marked(text[at:], words))
    return f"<div style='white-space: pre-wrap'>{''.join(parts)}</div>"


def title_html(title: str, pages: str, citing: list[CitingPassage], label: str) -> str:
    """The letter's title block with "Aangehaald in" links to the passages that cite it."""
    small = "font-size: small; font-weight: normal"
    lines = [escape(title), f"<span style='{small}; color: #555555'>{escape(pages)}</span>"]
    if citing:
        links = ", ".join(
            f"<a href='{PASSAGE}:{c.letter_id}:{c.passage_id}' style='{LINK_STYLE}'>"
            f"{escape(c.letter)}, p. {c.page}</a>"
            for c in citing
        )
        lines.append(f"<span style='{small}'>{escape(label)} {links}</span>")
    return "<br>".join(lines)


def anchor_at(document: QTextDocument, point: QPoint) -> tuple[str, int, int] | None:
    """(kind, letter id, passage id or 0) of the link under ``point`` (document coordinates)."""
    anchor = document.documentLayout().anchorAt(point.toPointF())
    if not anchor:
        return None
    kind, _, rest = anchor.partition(":")
    numbers = [int(n) for n in rest.split(":") if n.isdigit()]
    if kind == LETTER and len(numbers) == 1:
        return LETTER, numbers[0], 0
    if kind == PASSAGE and len(numbers) == 2:
        return PASSAGE, numbers[0], numbers[1]
    return None
