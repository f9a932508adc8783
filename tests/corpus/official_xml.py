"""The paragraphs of a stuk as its official XML (officielebekendmakingen) gives them.

Written apart from Briefer's own XML reader on purpose: the expected outline
of a stuk whose XML is in the corpus takes its paragraphs from here, so the
PDF, ODT and HTML readings are compared with the publisher's structure, not
with another of our readers. Every ``<al>`` of the body is a paragraph; in
Kamervragen the ``<al>`` of a ``<vraag>`` or ``<antwoord>`` carry its role and
number; in a motie the considerations and the dictum carry theirs; names in
an ``<al-groep>`` at the end (a motie's indieners) are no paragraphs.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

_WORDS = 8
_CONSIDERATION = re.compile(r"^(?:constaterende|overwegende|van mening|gelet op|wijzend op)\b")
_REQUEST = re.compile(r"^(?:verzoekt|spreekt (?:uit|zich uit)|roept|draagt .* op)\b")


def _text(element: ElementTree.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _edges(text: str) -> tuple[str, str]:
    words = text.split()
    return " ".join(words[:_WORDS]), " ".join(words[-_WORDS:])


def _paragraph(text: str, role: str | None = None, number: int | None = None) -> dict[str, Any]:
    start, end = _edges(text)
    item: dict[str, Any] = {"start": start, "end": end}
    if role is not None:
        item["role"] = role
    if number is not None:
        item["number"] = number
    return item


def xml_paragraphs(path: Path) -> list[dict[str, Any]]:
    """Every paragraph of the stuk's body in reading order (no pages: the XML has none)."""
    root = ElementTree.parse(path).getroot()
    paragraphs: list[dict[str, Any]] = []
    questions = root.findall(".//kamervragen/*")
    if questions:
        for element in questions:
            if element.tag not in ("vraag", "antwoord"):
                continue
            label = _text(element.find("nr")) if element.find("nr") is not None else ""
            number = int(re.sub(r"\D", "", label) or 0) or None
            role = "vraag" if element.tag == "vraag" else "antwoord"
            paragraphs.extend(
                _paragraph(_text(al), role, number) for al in element.iter("al") if _text(al)
            )
        return paragraphs
    for tekst in root.iter("tekst"):
        for child in tekst:
            if child.tag != "al":
                continue  # an <al-groep> of names: the indieners
            text = _text(child)
            if not text:
                continue
            role = None
            if _CONSIDERATION.match(text):
                role = "overweging"
            elif _REQUEST.match(text):
                role = "verzoek"
            paragraphs.append(_paragraph(text, role))
    return paragraphs
