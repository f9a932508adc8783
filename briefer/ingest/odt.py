"""OpenDocument text (.odt), as officielebekendmakingen and LibreOffice write it.

``content.xml`` holds the text in reading order: headings (``text:h`` with
their outline level), paragraphs (``text:p``), lists, tables (the kop of a
stuk is a table; a table of data gives a passage per row, as in Word), frames
(a stuk's id "kst-32545-143" in its "frillblok"), and footnotes
(``text:note``) where they are cited. Each becomes a ``Para`` for
stuk_text.py, which reads a stuk as the PDF reader does and any other
document as a letter.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path
from xml.etree import ElementTree

from briefer.ingest.errors import LetterImportError
from briefer.ingest.footnotes import MARK_CLOSE, MARK_OPEN, Note
from briefer.ingest.letter_parts import row_passage
from briefer.ingest.model import ParsedLetter
from briefer.ingest.stuk_text import Facts, Para, build_letter, publication_id

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_DC = "http://purl.org/dc/elements/1.1/"
T, TB, D, OF = (f"{{{ns}}}" for ns in (_TEXT, _TABLE, _DRAW, _OFFICE))
MIMETYPE = b"application/vnd.oasis.opendocument.text"
MAX_CONTENT = 200 * 1024 * 1024  # content.xml of a letter is rarely 1 MB
NOT_ODT = "is geen geldig OpenDocument-tekstbestand (.odt)"


def is_odt(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04" and MIMETYPE in data[:200]


class _Reader:
    def __init__(self) -> None:
        self.paras: list[Para] = []
        self.notes: list[Note] = []
        self.frames: list[str] = []

    def inline(self, element: ElementTree.Element) -> str:
        """A paragraph's text: spans, tabs and spaces kept, notes as their markers."""
        parts = [element.text or ""]
        for child in element:
            tag = child.tag
            if tag in (T + "tab", T + "s"):
                count = int(child.get(T + "c", "1")) if tag == T + "s" else 1
                parts.append(" " * count)
            elif tag == T + "line-break":
                parts.append("\n")
            elif tag == T + "note":
                citation = " ".join("".join(child.findtext(T + "note-citation") or "").split())
                body = child.find(T + "note-body")
                text = (
                    " ".join(" ".join(self.inline(p) for p in body.iter(T + "p")).split())
                    if body is not None
                    else ""
                )
                if citation and text:
                    self.notes.append(Note(1, citation, text))
                    parts.append(f"{MARK_OPEN}{citation}{MARK_CLOSE}")
            elif tag == D + "frame":
                self.frames.extend(
                    " ".join("".join(p.itertext()).split()) for p in child.iter(T + "p")
                )
            elif tag not in (T + "bookmark", T + "bookmark-start", T + "soft-page-break"):
                parts.append(self.inline(child))
            parts.append(child.tail or "")
        return "".join(parts)

    def add(self, element: ElementTree.Element, heading: int | None = None) -> None:
        raw = self.inline(element)
        lines = [" ".join(line.split()) for line in raw.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            self.paras.append(Para(" ".join(lines), heading=heading, lines=lines))

    def walk(self, element: ElementTree.Element) -> None:
        for child in element:
            tag = child.tag
            if tag == T + "h":
                level = int(child.get(T + "outline-level", "1") or 1)
                self.add(child, heading=level)
            elif tag == T + "p":
                self.add(child)
            elif tag == TB + "table":
                self.table(child)
            elif tag == D + "frame":
                self.frame(child)
            elif tag in (T + "list", T + "list-item", T + "section", T + "list-header"):
                self.walk(child)
            elif tag in (T + "sequence-decls", T + "tracked-changes", OF + "forms"):
                continue
            else:
                self.walk(child)

    def frame(self, element: ElementTree.Element) -> None:
        """A frame's text (a stuk's id in its corner) is no part of the text's flow."""
        self.frames.extend(" ".join("".join(p.itertext()).split()) for p in element.iter(T + "p"))

    def table(self, element: ElementTree.Element) -> None:
        """A table of data gives a passage per row, its header named; a layout table
        (cells spanning columns, as a stuk's kop) gives its cells as paragraphs."""
        spanned = any(
            int(cell.get(TB + "number-columns-spanned", "1") or 1) > 1
            for cell in element.iter(TB + "table-cell")
        )
        rows: list[list[str]] = []
        for row in element.iter(TB + "table-row"):
            cells = [
                " ".join(" ".join(self.inline(p).split()) for p in cell.iter(T + "p")).strip()
                for cell in row.iter(TB + "table-cell")
            ]
            if any(cells):
                rows.append(cells)
        width = max((len([cell for cell in row if cell]) for row in rows), default=0)
        same = all(len(row) == len(rows[0]) for row in rows)
        if not spanned and len(rows) >= 2 and width >= 2 and same:
            for values in rows[1:]:  # a table of data: a passage per row, its header named
                passage = row_passage(rows[0], values)
                if passage:
                    self.paras.append(Para(passage))
            return
        for cells in rows:  # a layout table (a stuk's kop): its cells are paragraphs
            for text in cells:
                if text:
                    self.paras.append(Para(text))


def read_odt(path: Path, data: bytes) -> ParsedLetter:
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        info = archive.getinfo("content.xml")
        if info.file_size > MAX_CONTENT:
            raise LetterImportError(path, "de tekst van het document is te groot om te lezen")
        content = archive.read(info)
        meta_xml = archive.read("meta.xml") if "meta.xml" in archive.namelist() else b""
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError):
        raise LetterImportError(path, NOT_ODT) from None
    try:
        root = ElementTree.fromstring(content)
    except ElementTree.ParseError:
        raise LetterImportError(path, f"{NOT_ODT}: content.xml is beschadigd") from None
    body = root.find(f"{OF}body/{OF}text")
    if body is None:
        raise LetterImportError(path, f"{NOT_ODT}: er staat geen tekst in")
    reader = _Reader()
    reader.walk(body)
    facts = Facts(notes=reader.notes)
    for text in reader.frames:
        facts.publication = facts.publication or publication_id(text)
    facts.publication = facts.publication or publication_id(path.name)
    if meta_xml:
        try:
            title = ElementTree.fromstring(meta_xml).findtext(f".//{{{_DC}}}title")
        except ElementTree.ParseError:
            title = None
        facts.title = " ".join((title or "").split()) or None
    return build_letter(reader.paras, facts, path.stem, "odt")
