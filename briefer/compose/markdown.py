"""The light Markdown of the user's notes -> render-model blocks.

Supported: ``#``/``##``/``###`` headings, ``-``/``*``/``1.`` list items (two
spaces of indent per level), ``**bold**`` and ``*italic*``/``_italic_``,
blank lines between paragraphs. Anything else is plain text, shown as written.
"""

from __future__ import annotations

import re

from briefer.compose.render_model import Block, BulletList, Heading, ListItem, Paragraph, Run

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"^(\s*)(?:[-*•]|(\d+)[.)])\s+(.*)$")
_INLINE = re.compile(
    r"\*\*(?=\S)(.+?)(?<=\S)\*\*|(?<![\w*])[*_](?=[^\s*_])(.+?)(?<=[^\s*_])[*_](?![\w*])"
)


def inline_runs(text: str) -> tuple[Run, ...]:
    """Split ``**bold**`` and ``*italic*`` into runs; everything else stays as is."""
    runs: list[Run] = []
    position = 0
    for match in _INLINE.finditer(text):
        if match.start() > position:
            runs.append(Run(text[position : match.start()]))
        if match.group(1) is not None:
            runs.append(Run(match.group(1), bold=True))
        else:
            runs.append(Run(match.group(2), italic=True))
        position = match.end()
    if position < len(text):
        runs.append(Run(text[position:]))
    return tuple(runs) or (Run(""),)


def markdown_blocks(text: str, heading_level: int, style: str = "note") -> list[Block]:
    """Blocks for a note; its headings start at ``heading_level`` (at most 6)."""
    blocks: list[Block] = []
    paragraph: list[str] = []
    items: list[ListItem] = []
    numbered = False

    def flush_paragraph() -> None:
        if paragraph:
            blocks.append(Paragraph(inline_runs(" ".join(paragraph)), style=style))
            paragraph.clear()

    def flush_list() -> None:
        nonlocal numbered
        if items:
            blocks.append(BulletList(tuple(items), numbered=numbered))
            items.clear()
        numbered = False

    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip():
            flush_paragraph()
            flush_list()
            continue
        heading = _HEADING.match(line.strip())
        if heading:
            flush_paragraph()
            flush_list()
            # Up to level 6, so a deeper heading stays deeper (nested bookmarks) even in a
            # pack, where a note's headings start at level 3.
            level = max(1, min(6, heading_level + len(heading.group(1)) - 1))
            blocks.append(Heading(heading.group(2), level))
            continue
        item = _ITEM.match(line)
        if item:
            flush_paragraph()
            if not items:
                numbered = item.group(2) is not None
            depth = min(3, len(item.group(1).expandtabs(4)) // 2)
            items.append(ListItem(inline_runs(item.group(3)), level=depth))
            continue
        if items and raw[:1].isspace():
            last = items[-1]
            items[-1] = ListItem(inline_runs(last.text + " " + line.strip()), level=last.level)
            continue
        flush_list()
        paragraph.append(line.strip())
    flush_paragraph()
    flush_list()
    return blocks
