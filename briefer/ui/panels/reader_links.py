"""References in the reader: a cited Kamerstuk that is in the library is a link that
opens that letter; the title of a letter says which letters refer to it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextDocument

from briefer.core.letter_links import CitingPassage
from briefer.intelligence.references import KAMERSTUK, find_references

LETTER, PASSAGE = "letter", "passage"
LINK_STYLE = "color:#1a5fb4; text-decoration: underline;"


def passage_html(text: str, links: dict[str, tuple[int, str]]) -> str | None:
    """The passage as HTML with its library references as links; None: no link in it."""
    refs = [
        (ref, links[ref.key])
        for ref in find_references(text)
        if ref.kind == KAMERSTUK and ref.key in links
    ]
    if not refs:
        return None
    parts: list[str] = []
    at = 0
    for ref, (letter_id, label) in refs:
        parts.append(escape(text[at : ref.start]))
        title = escape(f"{label}: openen")
        parts.append(
            f"<a href='{LETTER}:{letter_id}' title='{title}' style='{LINK_STYLE}'>"
            f"{escape(text[ref.start : ref.end])}</a>"
        )
        at = ref.end
    parts.append(escape(text[at:]))
    return f"<div style='white-space: pre-wrap'>{''.join(parts)}</div>"


def title_html(title: str, pages: str, citing: list[CitingPassage], label: str) -> str:
    """The letter's title block with "Aangehaald in" links to the passages that cite it."""
    lines = [escape(title), escape(pages)]
    if citing:
        links = ", ".join(
            f"<a href='{PASSAGE}:{c.letter_id}:{c.passage_id}' style='{LINK_STYLE}'>"
            f"{escape(c.letter)}, p. {c.page}</a>"
            for c in citing
        )
        lines.append(
            f"<span style='font-size: small; font-weight: normal'>{escape(label)} {links}</span>"
        )
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
