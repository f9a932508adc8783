"""The text of a real document as ``pdftotext`` gives it, cut into passages per page.

Independent of Briefer's readers: the commitment finder is measured on this text too, so
that its score says what the finder does, not what reading does. Blocks between blank
lines are passages; page numbers, running footers and the side column's short lines are
left out; line-end hyphens are undone. Sentences that run over a page break or a footnote
stay cut, as a plain reading leaves them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from briefer.intelligence.commitments import PassageInput

_FURNITURE = re.compile(
    r"^(?:P ?agina \d+ van \d+|Tweede Kamer, vergaderjaar .*|ah-tk-\S+|kst-\S+|ISSN .*|"
    r"’s-Gravenhage \d{4}.*|\d+ \| .*|\d{1,3})$"
)


def has_pdftotext() -> bool:
    return shutil.which("pdftotext") is not None


def _pages(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return text.split("\f")


def _join(lines: list[str]) -> str:
    text = ""
    for line in lines:
        line = line.strip()
        if text.endswith("-") and line[:1].islower() and not text[-2:-1].isupper():
            text = text[:-1] + line
        else:
            text = f"{text} {line}" if text else line
    return " ".join(text.split())


def _is_text(block: list[str]) -> bool:
    """A block of body text: not page furniture, not a column of short label lines."""
    lines = [line.strip() for line in block if line.strip()]
    if not lines or all(_FURNITURE.match(line) for line in lines):
        return False
    longest = max(len(line) for line in lines)
    return longest >= 40 or bool(re.search(r"[.;:?!]$", lines[-1]))


def pdf_passages(path: Path) -> list[PassageInput]:
    passages: list[PassageInput] = []
    for number, page in enumerate(_pages(path), start=1):
        block: list[str] = []
        for line in [*page.splitlines(), ""]:
            if line.strip() and not _FURNITURE.match(line.strip()):
                block.append(line)
                continue
            if block and _is_text(block):
                passages.append(PassageInput(len(passages), _join(block), number, number))
            block = []
    return passages


def xml_passages(path: Path) -> list[PassageInput]:
    """The paragraphs (``al``) of an officielebekendmakingen XML, all on page 1 (the XML
    has no pages)."""
    import xml.etree.ElementTree as ET

    root = ET.parse(path).getroot()
    passages: list[PassageInput] = []
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] != "al":
            continue
        text = " ".join("".join(element.itertext()).split())
        if text:
            passages.append(PassageInput(len(passages), text, 1, 1))
    return passages
