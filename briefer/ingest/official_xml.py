"""The officielebekendmakingen XML of a Kamerstuk or Aanhangsel, read as paragraphs.

The XML is the publisher's own structure of the stuk (the same stuk as its
PDF, ODT and HTML): the kop (``kamerstukkop``/``kamervraagkop`` with its
``tekstregel`` lines), the dossier with its number and title, the stuk's
number, title and date, every paragraph an ``al``, a heading the ``titel`` of
a ``kop``, Kamervragen their ``kamervraagomschrijving`` and ``vraag`` /
``antwoord`` with their ``nr``, footnotes a ``noot`` where they are cited.
Each becomes a ``Para`` for stuk_text.py, which reads the stuk as the PDF
reader does.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from datetime import date
from pathlib import Path

from briefer.ingest.errors import LetterImportError
from briefer.ingest.footnotes import MARK_CLOSE, MARK_OPEN, Note
from briefer.ingest.model import ParsedLetter
from briefer.ingest.stuk_text import Facts, Para, build_letter, publication_id
from briefer.ingest.stukken import question_label

ROOTS = ("officiele-publicatie", "kamerstuk", "kamervragen", "handelingen", "bijlage")
_PARAGRAPHS = frozenset(
    (
        "al",
        "tekstregel",
        "kamervraagnummer",
        "kamervraagomschrijving",
        "datumtekst",
        "aanhef",
        "slotformule",
        "functie",
        "naam",
        "plaats",
        "dagtekening",
    )
)
_SKIP = frozenset(("metadata", "meta", "noot", "inhoudsopgave"))
NOT_OFFICIAL = "is geen XML van officielebekendmakingen.nl (Kamerstuk of Aanhangsel)"


def is_official_xml(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<?xml") and any(f"<{root}".encode() in data[:4096] for root in ROOTS)


class _Reader:
    def __init__(self) -> None:
        self.paras: list[Para] = []
        self.notes: list[Note] = []
        self.headings = 0  # nesting depth of divisions, for heading levels

    def text(self, element: ElementTree.Element) -> str:
        """The element's text with every footnote replaced by its marker."""
        parts: list[str] = [element.text or ""]
        for child in element:
            if child.tag == "noot":
                number = " ".join("".join(child.findtext("noot.nr") or "").split())
                body = " ".join(" ".join(al_text(al) for al in child.iter("noot.al")).split())
                if number and body:
                    self.notes.append(Note(1, number, body))
                    parts.append(f"{MARK_OPEN}{number}{MARK_CLOSE}")
            elif child.tag not in _SKIP:
                parts.append(self.text(child))
            parts.append(child.tail or "")
        return "".join(parts)

    def walk(self, element: ElementTree.Element, depth: int = 0) -> None:
        tag = element.tag
        if tag in _SKIP:
            return
        if tag == "dossier":
            number = element.findtext("dossiernummer/dossiernr") or ""
            title = element.find("titel")
            self.add(f"{number} {self.text(title) if title is not None else ''}")
            return
        if tag == "stuk" and element.find("stuknr") is not None:
            number = " ".join("".join(element.find("stuknr").itertext()).split())  # type: ignore[union-attr]
            title = element.find("titel")
            self.add(f"{number} {self.text(title) if title is not None else ''}")
            for child in element:
                if child.tag not in ("stuknr", "titel"):
                    self.walk(child, depth)
            return
        if tag == "kop":
            title = element.find("titel")
            if title is not None:
                self.add(self.text(title), heading=max(1, depth))
            return
        if tag in ("vraag", "antwoord"):
            label = question_label(" ".join("".join(element.findtext("nr") or "").split()))
            role = "vraag" if tag == "vraag" else "antwoord"
            if label is not None:
                self.paras.append(Para("", label=(role, label[1])))
            for child in element:
                if child.tag != "nr":
                    self.walk(child, depth)
            return
        if tag == "al-groep":
            names = [" ".join(self.text(al).split()) for al in element.iter("al")]
            names = [name for name in names if name]
            if names:
                self.paras.append(Para(" ".join(names), lines=names))
            return
        if tag in _PARAGRAPHS:
            self.add(self.text(element))
            return
        nested = depth + 1 if tag == "divisie" else depth
        for child in element:
            self.walk(child, nested)

    def add(self, text: str, heading: int | None = None) -> None:
        text = " ".join(text.split())
        if text:
            self.paras.append(Para(text, heading=heading))


def al_text(element: ElementTree.Element) -> str:
    return "".join(element.itertext())


def read_official_xml(path: Path, data: bytes) -> ParsedLetter:
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise LetterImportError(path, f"de XML is beschadigd ({error})") from None
    reader = _Reader()
    facts = Facts()
    for meta in root.iter("meta"):
        facts.publication = facts.publication or publication_id(meta.get("content") or "")
    body = next((child for child in root if child.tag not in _SKIP), None)
    if body is None:
        raise LetterImportError(path, NOT_OFFICIAL)
    reader.walk(body)
    facts.publication = facts.publication or publication_id(path.name)
    facts.notes = reader.notes
    for element in root.iter("datum"):
        facts.date = facts.date or _iso(element.get("isodatum"))
    return build_letter(reader.paras, facts, path.stem, "xml")


def _iso(value: str | None) -> date | None:

    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
