"""A passage with a part to play or with footnotes, as the reader shows it: its role
above it ("Vraag 1", "Antwoord 1", "Verzoek (dictum)"), each footnote's marker as a
superscript where it stood in the text, and the notes beneath the passage in
smaller type; the library's references stay links (``reader_links``)."""

from __future__ import annotations

from html import escape

from briefer.ingest.model import ANSWER, POSITION, QUESTION, REQUEST, ParsedFootnote
from briefer.intelligence.references import KAMERSTUK, find_references
from briefer.ui.panels.reader_links import LETTER, LINK_STYLE

# The background of a passage set apart: a question, a motie's dictum, a position.
SET_APART = {QUESTION: "#eef3f9", REQUEST: "#fbf3e2", POSITION: "#eef6ee"}
ACCENT = {QUESTION: "#3d6ea8", ANSWER: "#4d7a4d", REQUEST: "#b07a1e", POSITION: "#4d7a4d"}
NOTE_STYLE = "font-size: small; color: #555555;"


def _inline(text: str, notes: list[ParsedFootnote], links: dict[str, tuple[int, str]]) -> str:
    """The text escaped, with its library references as links and the footnote markers
    as superscripts at their offsets (a marker inside a reference goes after it)."""
    refs = [
        (ref.start, ref.end, links[ref.key])
        for ref in find_references(text)
        if ref.kind == KAMERSTUK and ref.key in links
    ]
    marks: dict[int, list[str]] = {}
    for note in notes:
        if note.offset is None:
            continue
        at = max(0, min(len(text), note.offset))
        for start, end, _link in refs:
            if start < at < end:
                at = end
        marks.setdefault(at, []).append(note.marker)
    parts: list[str] = []
    position = 0
    cuts = sorted({*marks, *(start for start, _e, _l in refs)})
    ref_at = {start: (end, link) for start, end, link in refs}
    for cut in cuts:
        if cut < position:
            continue
        parts.append(escape(text[position:cut]))
        position = cut
        for marker in marks.get(cut, []):
            parts.append(f"<sup>{escape(marker)}</sup>")
        if cut in ref_at:
            end, (letter_id, label) = ref_at[cut]
            title = escape(f"{label}: openen")
            parts.append(
                f"<a href='{LETTER}:{letter_id}' title='{title}' style='{LINK_STYLE}'>"
                f"{escape(text[cut:end])}</a>"
            )
            position = end  # markers moved to its end follow at the next cut
    parts.append(escape(text[position:]))
    return "".join(parts)


def notes_html(notes: list[ParsedFootnote] | tuple[ParsedFootnote, ...], page_word: str) -> str:
    """The footnotes beneath a passage, small, each with its marker and page."""
    lines = []
    for note in notes:
        page = f" <span style='color:#8a8a8a'>({escape(page_word)} {note.page})</span>"
        lines.append(
            f"<sup>{escape(note.marker)}</sup>&nbsp;{escape(note.text)}{page if note.page else ''}"
        )
    return f"<div style='{NOTE_STYLE} margin-top: 4px'>{'<br>'.join(lines)}</div>"


def passage_parts_html(
    text: str,
    role: str | None,
    label: str,
    notes: list[ParsedFootnote] | tuple[ParsedFootnote, ...],
    links: dict[str, tuple[int, str]],
    page_word: str = "p.",
) -> str | None:
    """The passage's HTML with its role's ``label`` and its footnotes; None when it has
    neither (the reader then shows it as before)."""
    if not label and not notes:
        return None
    parts = []
    if label:
        color = ACCENT.get(role or "", "#555555")
        parts.append(f"<div style='font-size: small; font-weight: 600; color: {color}'>"
                     f"{escape(label)}</div>")  # fmt: skip
    body = _inline(text, list(notes), links)
    style = "white-space: pre-wrap" + ("; font-style: italic" if role == QUESTION else "")
    parts.append(f"<div style='{style}'>{body}</div>")
    if notes:
        parts.append(notes_html(notes, page_word))
    return "".join(parts)
