"""A theme note split into briefing parts by its Markdown headings.

``## Doel van het gesprek`` (or ``## Doel``), ``## Kernboodschappen``,
``## Reactief`` / ``## Q&A``, ``## Feiten en cijfers``, ... each start the text
of that part; the note's other headings, and what stands before its first
heading, stay together as "Eigen notities". Only the note's top heading level
splits (a note written with ``##`` and ``###`` splits at ``##``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefer.core.briefing_parts import NOTITIES, part_for_heading

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")


@dataclass
class NoteSection:
    """The Markdown of one part, with the level of its own top headings."""

    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip("\n")


@dataclass(frozen=True)
class SplitNote:
    sections: dict[str, str]  # part -> Markdown (the part's heading itself not included)
    top_level: int  # the number of # of the note's top headings (1 when it has none)


def split_note(text: str, parts: tuple[str, ...] | None = None) -> SplitNote:
    """The note's sections by part; headings of parts not in ``parts`` stay in the notes."""
    lines = text.splitlines()
    levels = [len(m.group(1)) for line in lines if (m := _HEADING.match(line))]
    top = min(levels) if levels else 1
    sections: dict[str, NoteSection] = {}
    current = sections.setdefault(NOTITIES, NoteSection())
    for line in lines:
        match = _HEADING.match(line)
        if match and len(match.group(1)) == top:
            part = part_for_heading(match.group(2))
            if part is not None and part != NOTITIES and (parts is None or part in parts):
                current = sections.setdefault(part, NoteSection())
                if current.lines:
                    current.lines.append("")
                continue
            current = sections[NOTITIES]
        current.lines.append(line)
    found = {part: section.text for part, section in sections.items() if section.text.strip()}
    return SplitNote(found, top)
