"""HTML documents, as officielebekendmakingen publishes a stuk (or any saved web page).

Headings are ``h1``–``h6``, paragraphs ``p``, ``li`` and table rows; scripts,
styles, navigation and the page's own header and footer are no text. The
publisher's HTML of a stuk leaves its kop out of the body and states it in
``meta`` tags instead (``DC.identifier`` kst-…/ah-tk-…, ``OVERHEIDop
.vergaderjaar``, ``OVERHEIDop.publicationName``, ``OVERHEIDop
.aanhangselNummer``): those become the kop's lines, so that stuk_text.py reads
the HTML as the same stuk as its PDF, XML and ODT. A footnote's marker is a
``sup`` (or ``a.nootnum``) where it is cited; its note a paragraph at the end
that opens with the same marker.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from briefer.ingest.errors import LetterImportError
from briefer.ingest.footnotes import MARK_CLOSE, MARK_OPEN, Note
from briefer.ingest.model import ParsedLetter
from briefer.ingest.stuk_text import Facts, Para, build_letter, publication_id

_BLOCKS = frozenset(("p", "li", "td", "th", "dd", "dt", "blockquote", "figcaption", "pre"))
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_SKIPPED = frozenset(("script", "style", "nav", "noscript", "template", "head", "title", "svg"))
_VOID = frozenset(("br", "img", "hr", "meta", "link", "input", "wbr", "area", "base", "col"))
_NOTE_CLASSES = ("nootnum", "noot", "footnote")
MAX_HTML = 100 * 1024 * 1024
NOT_HTML = "is geen leesbare HTML-pagina"
QUESTIONS_HEADING = (
    "Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden"
)


def is_html(data: bytes, suffix: str) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return True
    return head.startswith((b"<!doctype html", b"<html")) or (
        head.startswith(b"<?xml") and b"<html" in data[:2048].lower()
    )


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, list[str]] = {}
        self.paras: list[Para] = []
        self._skip = 0
        self._text: list[str] = []
        self._heading: int | None = None
        self._classes: list[str] = []
        self._in_note_list = 0
        self._marker: list[str] | None = None
        self._group: list[str] | None = None  # an "alineagroep" of names
        self._depth: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        classes = values.get("class", "").split()
        if tag == "meta" and values.get("name"):
            self.meta.setdefault(values["name"], []).append(values.get("content", ""))
            return
        if tag in _VOID:
            if tag == "br":
                self._text.append("\n")
            return
        self._depth.append(tag)
        self._classes.append(" ".join(classes))
        if tag in _SKIPPED or (tag in ("header", "footer") and not self.paras):
            self._skip += 1
            return
        if tag == "div" and "alineagroep" in classes:
            self.flush()
            self._group = []
        if (tag == "sup" or (tag == "a" and any(name in classes for name in _NOTE_CLASSES))) and (
            self._marker is None
        ):
            self._marker = []
        if tag in _HEADINGS or tag in _BLOCKS:
            self.flush()
            self._heading = _HEADINGS.get(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not self._depth:
            return
        while self._depth:
            open_tag = self._depth.pop()
            classes = self._classes.pop()
            if open_tag in _SKIPPED or (open_tag in ("header", "footer") and self._skip):
                self._skip = max(0, self._skip - 1)
            if open_tag in ("sup", "a") and self._marker is not None:
                marker = " ".join("".join(self._marker).split())
                self._marker = None
                if re.fullmatch(r"\d{1,3}|\*", marker):
                    self._text.append(f"{MARK_OPEN}{marker}{MARK_CLOSE}")
                else:
                    self._text.append(marker)
            if open_tag in _HEADINGS or open_tag in _BLOCKS:
                self.flush()
            if open_tag == "div" and "alineagroep" in classes.split() and self._group is not None:
                names, self._group = self._group, None
                if names:
                    self.paras.append(Para(" ".join(names), lines=names))
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._marker is not None:
            self._marker.append(data)
        else:
            self._text.append(data)

    def flush(self) -> None:
        raw = "".join(self._text)
        self._text = []
        heading, self._heading = self._heading, None
        lines = [" ".join(line.split()) for line in raw.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            return
        if self._group is not None:
            self._group.append(" ".join(lines))
            return
        self.paras.append(Para(" ".join(lines), heading=heading, lines=lines))


def _notes(paras: list[Para]) -> tuple[list[Para], list[Note]]:
    """The list of notes at the end of a page ("¹ Kamerstuk …" after the text), taken out:
    paragraphs opening with a marker after the last paragraph that cites one."""
    notes: list[Note] = []
    body = list(paras)
    while body and body[-1].text.startswith(MARK_OPEN):
        text = body.pop().text
        marker, _, rest = text[len(MARK_OPEN) :].partition(MARK_CLOSE)
        if rest.strip():
            notes.insert(0, Note(1, marker, rest.strip()))
    return body, notes


def _decode(data: bytes) -> str:
    head = data[:2048].decode("ascii", "replace")
    found = re.search(r"charset=[\"']?([\w-]+)", head, re.IGNORECASE)
    for encoding in (found[1] if found else "utf-8", "utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", "replace")


def _kop(meta: dict[str, list[str]]) -> list[Para]:
    """The kop's lines that the publisher's HTML states only in its meta tags."""
    year = (meta.get("OVERHEIDop.vergaderjaar") or [""])[0]
    creator = (meta.get("DC.creator") or [""])[0]
    publication = (meta.get("DC.identifier") or [""])[0]
    if not year or not publication_id(publication):
        return []
    kop = [Para(creator or "Tweede Kamer der Staten-Generaal"), Para(f"Vergaderjaar {year}")]
    if publication.startswith(("ah-", "h-")) or meta.get("OVERHEIDop.aanhangselNummer"):
        kop.append(Para("Aanhangsel van de Handelingen"))
        kop.append(Para(QUESTIONS_HEADING))
        number = (meta.get("OVERHEIDop.aanhangselNummer") or [""])[0]
        if number:
            kop.append(Para(number))
    return kop


def read_html(path: Path, data: bytes) -> ParsedLetter:
    if len(data) > MAX_HTML:
        raise LetterImportError(path, "de HTML-pagina is te groot om te lezen")
    parser = _Parser()
    try:
        parser.feed(_decode(data))
        parser.close()
    except (AssertionError, ValueError):
        raise LetterImportError(path, NOT_HTML) from None
    parser.flush()
    body, notes = _notes(parser.paras)
    facts = Facts(notes=notes)
    identifier = (parser.meta.get("DC.identifier") or [""])[0]
    facts.publication = publication_id(identifier) or publication_id(path.name)
    paras = [*_kop(parser.meta), *body] if facts.publication else body
    title = (parser.meta.get("DC.title") or parser.meta.get("title") or [""])[0]
    facts.title = " ".join(title.split()) or None
    return build_letter(paras, facts, path.stem, "html")
