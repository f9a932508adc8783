"""A tagged PDF's structure elements turned into headings and paragraphs ("items"),
page by page in the tags' reading order: the text of each, with a mark where a
note's marker stood and the note itself beside it, and a paragraph that goes on
over a page break joined with its rest (see pdf_tags.py for what pdfium gives).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import pypdfium2 as pdfium

from briefer.ingest.hyphenation import join_lines
from briefer.ingest.pdf_lines import _HYPHEN_MARKS, _LIGATURES
from briefer.ingest.pdf_tags import ARTIFACT, Element, page_contents, page_elements

HEADING = re.compile(r"^H([1-6]?)$")
_BLOCKS = frozenset({"P", "LI", "Caption", "BlockQuote", "TD", "TH", "Title"})
_DROPPED = frozenset({"Figure", "Formula", "TOC", "TOCI", "Index", "Artifact", "Private"})
_INLINE = frozenset(
    {"Span", "Link", "Quote", "Em", "Strong", "Code", "Lbl", "LBody", "BibEntry", "Sub"}
    | {"Sup", "Annot", "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP", "Form", "Reference"}
)
MARK = "\ue000"  # where a footnote's marker stood, until the text is joined
_NOTE_NUMBER = re.compile(r"^\s*(\d{1,3}|[*†‡])[\s.)]+")


@dataclass
class Item:
    """A heading or a paragraph as its tags give it, before its lines are joined."""

    heading: int | None  # the tag's level (H1 → 1; "H" → 0); None for a paragraph
    page: int
    parts: list[str] = field(default_factory=list)
    notes: list[tuple[str, str, int]] = field(default_factory=list)  # marker, raw text, page
    last_page: int = 0
    continued: bool = False  # its first content is on an earlier page
    open: bool = False  # its last content is on a later page

    def add(self, text: str) -> None:
        if text:
            self.parts.append(text)

    @property
    def raw(self) -> str:
        return "".join(self.parts)

    @property
    def empty(self) -> bool:
        return not self.raw.replace(MARK, "").strip()


class _PageWalker:
    """Turns one page's structure elements into items, in the tags' reading order."""

    def __init__(self, page: int, contents: dict[int, str], items: list[Item]) -> None:
        self.page = page
        self.contents = contents
        self.items = items
        self.first = len(items)  # the page's first item

    def element(self, element: Element) -> None:
        kind = element.type
        if kind in _DROPPED:
            if kind == "TOC":
                self._drop_caption()
            return
        heading = HEADING.match(kind)
        if heading is not None:
            self._emit(Item(int(heading.group(1) or 0), self.page), element)
        elif kind == "Note":
            self._loose_note(element)
        elif (kind in _BLOCKS or kind in _INLINE) and not _holds_blocks(element):
            self._emit(Item(None, self.page), element)
        else:
            loose: list[int | None] = []
            for kid in element.kids:
                if isinstance(kid, Element):
                    self._loose(loose)
                    self.element(kid)
                else:
                    loose.append(kid)
            self._loose(loose)

    def _loose(self, kids: list[int | None]) -> None:
        """Content straight under a container: a paragraph of its own."""
        if any(kid is not None for kid in kids):
            self._emit(Item(None, self.page), Element("P", None, list(kids)))
        kids.clear()

    def _emit(self, item: Item, element: Element) -> None:
        self.fill(item, element)
        item.last_page = self.page
        if not item.empty:
            self.items.append(item)

    def _drop_caption(self) -> None:
        """A table of contents' caption ("Inhoudsopgave") is part of it."""
        if len(self.items) > self.first:
            last = self.items[-1]
            if last.heading is None and len(last.raw.split()) <= 3 and not last.notes:
                self.items.pop()

    def _loose_note(self, element: Element) -> None:
        """A note outside a paragraph belongs to the paragraph before it."""
        for item in reversed(self.items):
            if item.heading is None:
                self._note(item, element)
                return

    def fill(self, item: Item, element: Element) -> None:
        if element.actual_text is not None:
            item.add(element.actual_text)
            return
        kids = element.kids
        marker = ""  # the number of the reference just before a note
        for position, kid in enumerate(kids):
            if kid is None:
                if item.empty:
                    item.continued = True
                else:
                    item.open = True
                continue
            item.open = False
            if isinstance(kid, int):
                item.add(self.contents.get(kid, ""))
            elif kid.type == "Note":
                self._note(item, kid, marker)
                marker = ""
            elif kid.type == "Reference" and _next_is_note(kids, position):
                reference = Item(None, self.page)
                self.fill(reference, kid)
                marker = reference.raw.strip()  # the note's marker, not text
            elif kid.type in _DROPPED:
                continue
            else:
                if kid.type in _BLOCKS or HEADING.match(kid.type):
                    item.add("\n")
                self.fill(item, kid)

    def _note(self, item: Item, element: Element, reference: str = "") -> None:
        """A note: its number (the reference's, or the one it starts with) is the marker."""
        note = Item(None, self.page)
        self.fill(note, element)
        text = note.raw.lstrip()
        number = _NOTE_NUMBER.match(text)
        if reference and text.startswith(reference):
            marker, body = reference, text[len(reference) :]
        elif number is not None:
            marker, body = number.group(1), text[number.end() :]
        else:
            item.add(" " + text)  # not a numbered note: its text stands where it is
            return
        raw = item.raw.rstrip()
        if raw.endswith(marker) and not raw[: -len(marker)].endswith(" "):
            # The marker was tagged as text of the paragraph ("…materialen42"): out.
            item.parts = [raw[: -len(marker)]]
        item.add(MARK)
        item.notes.append((marker, body, self.page))


def _holds_blocks(element: Element) -> bool:
    """Whether a block element holds other blocks (a list item of paragraphs)."""
    for kid in element.kids:
        if (
            isinstance(kid, Element)
            and kid.type != "Note"
            and (kid.type in _BLOCKS or HEADING.match(kid.type) or _holds_blocks(kid))
        ):
            return True
    return False


def _next_is_note(kids: Sequence[Element | int | None], position: int) -> bool:
    for kid in kids[position + 1 :]:
        if isinstance(kid, Element):
            return kid.type == "Note"
        if isinstance(kid, int):
            return False
    return False


def read_items(document: pdfium.PdfDocument, body: Sequence[tuple[int, str]]) -> list[Item] | None:
    """Every page's items, an item that goes on over a page break joined with its
    rest; None when the tags hold too little of the text to read it from them."""
    items: list[Item] = []
    tagged = untagged = 0
    kept = {(page, _key(text)) for page, text in body}
    for number, page in enumerate(document, start=1):
        textpage = page.get_textpage()
        try:
            contents = page_contents(textpage)
            elements = page_elements(page)
        finally:
            textpage.close()
            page.close()
        furniture = contents.get(ARTIFACT, "")
        untagged += len(furniture.split())
        tagged += sum(len(text.split()) for key, text in contents.items() if key != ARTIFACT)
        walker = _PageWalker(number, contents, items)
        start = len(items)
        for element in elements:
            walker.element(element)
        _join_over_break(items, start)
        for line in furniture.split("\n"):  # lines the user said are text after all
            if (number, _key(line)) in kept:
                items.append(Item(None, number, [line], last_page=number))
    if tagged < 4 * untagged:
        return None
    return items


def _key(text: str) -> str:
    return "".join(text.split()).casefold()


def _join_over_break(items: list[Item], start: int) -> None:
    """A page's first item that goes on from the page before joins the item it began."""
    if start == 0 or start >= len(items) or not items[start].continued:
        return
    rest = items[start]
    for earlier in range(start - 1, -1, -1):
        item = items[earlier]
        if item.open and item.heading == rest.heading:
            item.parts.extend(["\n", *rest.parts])
            item.notes.extend(rest.notes)
            item.last_page = rest.last_page
            item.open = rest.open
            del items[start]
            return


def item_lines(raw: str) -> list[str]:
    lines: list[str] = []
    for line in raw.translate(_LIGATURES).split("\n"):
        line = " ".join(line.split())
        for mark in _HYPHEN_MARKS:
            if line.endswith(mark):
                line = line[: -len(mark)] + "-"
        line = line.replace("\xad", "").replace("\x02", "").replace("\ufffe", "")
        if line:
            lines.append(line)
    return lines


def joined_text(raw: str, known: set[str]) -> tuple[str, list[int]]:
    """An item's text with its lines joined, and where its footnote markers stood."""
    text = ""
    for line in item_lines(raw):
        text = join_lines(text, line, known.__contains__)
    text = re.sub(rf"\s+(?={MARK})", "", text) if MARK in text else text
    offsets: list[int] = []
    while MARK in text:
        offset = text.index(MARK)
        offsets.append(offset)
        text = text[:offset] + text[offset + 1 :]
    return " ".join(text.split()) if not offsets else text.strip(), offsets
