"""HTML for the reader pane: headings and passages with their pages in the margin."""

from __future__ import annotations

from html import escape

from briefer.core.library import LetterOutline, PassageRow, SectionNode

_STYLE = """
<style>
body { font-size: 11pt; }
h1 { font-size: 16pt; margin-top: 18px; }
h2 { font-size: 13pt; margin-top: 14px; }
td.page { color: #6b6b6b; font-size: 9pt; padding-right: 10px; white-space: nowrap; }
td.text { padding-bottom: 8px; }
p.meta { color: #555555; }
</style>
"""


def _passages(passages: list[PassageRow]) -> str:
    if not passages:
        return ""
    rows = "".join(
        f'<tr><td class="page" valign="top">{escape(p.pages_label)}</td>'
        f'<td class="text">{escape(p.text)}</td></tr>'
        for p in passages
    )
    return f'<table cellspacing="0" width="100%">{rows}</table>'


def _section(section: SectionNode) -> str:
    tag = "h1" if section.level <= 1 else "h2"
    parts = [f"<{tag}>{escape(section.title)}</{tag}>", _passages(section.passages)]
    parts.extend(_section(child) for child in section.sections)
    return "".join(parts)


def section_html(section: SectionNode) -> str:
    return _STYLE + _section(section)


def outline_html(outline: LetterOutline) -> str:
    letter = outline.letter
    facts = " · ".join(
        escape(fact)
        for fact in (
            f"Kamerstuk {letter.kamerstuk}" if letter.kamerstuk else "",
            letter.date.strftime("%d-%m-%Y") if letter.date else "",
            letter.signatory or "",
            f"{letter.pages} pagina's",
        )
        if fact
    )
    body = [f"<h1>{escape(letter.title)}</h1>", f'<p class="meta">{facts}</p>']
    body.append(_passages(outline.passages))
    body.extend(_section(section) for section in outline.sections)
    return _STYLE + "".join(body)
