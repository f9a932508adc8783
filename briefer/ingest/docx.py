"""Word letters (.docx): heading styles give the tree, page breaks give the pages.

"Title" (Dutch "Titel") is the letter title; "Heading N" / "Kop N", or an outline
level, makes a heading of level N. Pages are counted from explicit page breaks,
``pageBreakBefore``, section breaks and the page breaks Word recorded when it
last laid the document out (``w:lastRenderedPageBreak``).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from io import BytesIO
from pathlib import Path
from typing import Any

from docx import Document
from docx.opc.exceptions import OpcError

from briefer.ingest.closing import take_greetings
from briefer.ingest.docx_format import (
    Footnotes,
    Numbering,
    Style,
    default_size,
    heading_levels,
    paragraph_style,
)
from briefer.ingest.errors import LetterImportError
from briefer.ingest.footnotes import attach_notes
from briefer.ingest.kamerstuk import Footer, match_footer, match_signature
from briefer.ingest.layout import Block, Progress, assemble_letter, clean_text
from briefer.ingest.letter_parts import (
    is_metadata_table,
    row_passage,
    take_header,
    take_label,
)
from briefer.ingest.model import LetterMeta, ParsedLetter

INVALID = "is geen geldig Word-document (.docx)"
ZIP_BOMB = "het Word-document is verdacht groot uitgepakt (zip-bom?)"
DOCUMENT_PART = "word/document.xml"
CORE_PART = "docProps/core.xml"
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
MAX_EXPANSION = 100  # total uncompressed size / file size, above MAX_DOCUMENT_BYTES
PROGRESS_EVERY = 200  # paragraphs

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_NAME = re.compile(r"^(?:heading|kop)\s*([1-9])$", re.IGNORECASE)
_TITLE_NAMES = frozenset(("title", "titel"))
_RUNS = (
    "./w:r | ./w:hyperlink/w:r | ./w:ins/w:r | ./w:smartTag/w:r | ./w:customXml/w:r"
    " | ./w:fldSimple/w:r | ./w:sdt/w:sdtContent/w:r | ./w:hyperlink/w:ins/w:r"
)
_FALSE = frozenset(("0", "false", "off"))
_NOT_A_PAGE = frozenset(("continuous", "nextColumn"))


@dataclass(frozen=True)
class _Style:
    name: str
    based_on: str | None
    outline: int | None
    break_before: bool


def _val(element: Any, child: str) -> str | None:
    """The w:val of a child element; "" when the child has no w:val, None when absent."""
    found = element.find(_W + child) if element is not None else None
    if found is None:
        return None
    value = found.get(_W + "val")
    return "" if value is None else str(value)


def _flag(element: Any, child: str) -> bool:
    value = _val(element, child)
    return value is not None and value.lower() not in _FALSE


def _outline(ppr: Any) -> int | None:
    value = _val(ppr, "outlineLvl")
    return int(value) + 1 if value is not None and value.isdigit() else None


class _Styles:
    """Paragraph styles by id, resolving ``basedOn`` chains."""

    def __init__(self, styles_element: Any) -> None:
        self._styles: dict[str, _Style] = {}
        self.default: str | None = None
        for style in styles_element.xpath("w:style[@w:type='paragraph']"):
            style_id = style.get(_W + "styleId") or ""
            ppr = style.find(_W + "pPr")
            self._styles[style_id] = _Style(
                name=_val(style, "name") or style_id,
                based_on=_val(style, "basedOn"),
                outline=_outline(ppr),
                break_before=_flag(ppr, "pageBreakBefore"),
            )
            if style.get(_W + "default") in ("1", "true", "on"):
                self.default = style_id

    def chain(self, style_id: str | None) -> Iterator[tuple[str, _Style]]:
        seen: set[str] = set()
        current = style_id or self.default
        while current and current in self._styles and current not in seen:
            seen.add(current)
            yield current, self._styles[current]
            current = self._styles[current].based_on

    def kind(self, style_id: str | None, ppr: Any) -> int | str | None:
        """The paragraph's kind: "title", a heading level, or None (a paragraph)."""
        direct = _outline(ppr)  # 10 is "body text"
        for identifier, style in self.chain(style_id):
            names = (style.name.strip(), identifier)
            if any(name.lower() in _TITLE_NAMES for name in names):
                return "title"
            match = _HEADING_NAME.match(names[0]) or _HEADING_NAME.match(identifier)
            if match:
                direct = direct or int(match.group(1))
                break
        else:
            if direct is None:
                outlines = (style.outline for _, style in self.chain(style_id))
                direct = next((level for level in outlines if level is not None), None)
        return direct if direct is not None and direct <= 9 else None

    def break_before(self, style_id: str | None) -> bool:
        return any(style.break_before for _, style in self.chain(style_id))


class _Pages:
    """The current page; a rendered break right after an explicit one is the same break."""

    def __init__(self) -> None:
        self.page = 1
        self._explicit_pending = False

    def explicit(self) -> None:
        self.page += 1
        self._explicit_pending = True

    def rendered(self) -> None:
        if not self._explicit_pending:
            self.page += 1
        self._explicit_pending = False

    def text(self) -> None:
        self._explicit_pending = False


def _invalid(path: Path, reason: str) -> LetterImportError:
    return LetterImportError(path, f"{INVALID}: {reason}")


def _open_document(path: Path, data: bytes) -> tuple[Any, bool]:
    """python-docx's Document, after checking the zip and guarding against a zip bomb.

    Also whether the file has core properties: without them python-docx makes up
    the title "Word Document".
    """
    if not data.startswith(b"PK"):
        raise _invalid(path, "geen zip-bestand")
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            entries = {info.filename: info.file_size for info in archive.infolist()}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        raise _invalid(path, "het zip-bestand is beschadigd") from None
    if DOCUMENT_PART not in entries:
        raise _invalid(path, f"{DOCUMENT_PART} ontbreekt in het zip-bestand")
    total = sum(entries.values())
    if entries[DOCUMENT_PART] > MAX_DOCUMENT_BYTES or (
        total > MAX_EXPANSION * len(data) and total > MAX_DOCUMENT_BYTES
    ):
        raise LetterImportError(path, ZIP_BOMB)
    try:
        return Document(BytesIO(data)), CORE_PART in entries
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
        raise _invalid(path, "het zip-bestand is beschadigd") from None
    except (OpcError, KeyError, ValueError, SyntaxError):
        # SyntaxError covers lxml's XMLSyntaxError; ValueError a zip that is not Word's.
        raise _invalid(path, "de inhoud kan niet worden gelezen") from None


def _body_items(container: Any) -> Iterator[Any]:
    """Paragraphs and tables (whole) in document order, content controls opened."""
    for child in container.iterchildren():
        tag = child.tag
        if tag in (_W + "p", _W + "tbl"):
            yield child
        elif tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from _body_items(content)
        elif tag == _W + "customXml":
            yield from _body_items(child)


def _body_paragraphs(container: Any) -> Iterator[Any]:
    """Paragraphs in document order, table cells and content controls included."""
    for child in container.iterchildren():
        tag = child.tag
        if tag == _W + "p":
            yield child
        elif tag == _W + "tbl":
            for cell in child.iterfind(f"{_W}tr/{_W}tc"):
                yield from _body_paragraphs(cell)
        elif tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from _body_paragraphs(content)
        elif tag == _W + "customXml":
            yield from _body_paragraphs(child)


def _paragraph_text(
    paragraph: Any, pages: _Pages, notes: Footnotes | None = None
) -> tuple[list[str], int, int]:
    """The paragraph's lines (split at soft line breaks) and its first and last page.

    Footnotes it cites follow as its last line.
    """
    parts: list[str] = []
    first = last = 0
    for run in paragraph.xpath(_RUNS):
        for item in run.iterchildren():
            tag = item.tag
            text = ""
            if tag == _W + "t":
                text = item.text or ""
            elif tag in (_W + "tab", _W + "ptab"):
                text = " "
            elif tag == _W + "noBreakHyphen":
                text = "-"
            elif tag == _W + "cr":
                text = "\n"
            elif tag == _W + "br":
                kind = item.get(_W + "type")
                if kind == "page":
                    pages.explicit()
                elif kind != "column":
                    text = "\n"
            elif tag == _W + "lastRenderedPageBreak":
                pages.rendered()
            elif tag == _W + "footnoteReference" and notes is not None:
                text = notes.cite(item.get(_W + "id"), pages.page)
            if text.strip():
                pages.text()
                first = first or pages.page
                last = pages.page
            parts.append(text)
    lines = [clean_text(line) for line in "".join(parts).split("\n")]
    return [line for line in lines if line], first or pages.page, last or pages.page


def _merge_signatures(blocks: list[Block]) -> list[Block]:
    """A role paragraph followed by a name paragraph is one signature block."""
    merged: list[Block] = []
    for block in blocks:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.heading_level is None
            and block.heading_level is None
            and match_signature(previous.lines) is None
            and match_signature([*previous.lines, *block.lines]) is not None
        ):
            previous.lines.extend(block.lines)
            previous.text = " ".join(previous.lines)
            previous.line_count = len(previous.lines)
            previous.last_page = block.last_page
            continue
        merged.append(block)
    return merged


def _part_footers(document: Any) -> list[Footer]:
    """Kamerstuk footers in the page headers and footers (their page numbers ignored)."""
    found: list[Footer] = []
    for section in document.sections:
        for part in (section.footer, section.first_page_footer, section.header):
            if part.is_linked_to_previous:
                continue
            for paragraph in part.paragraphs:
                footer = match_footer(clean_text(paragraph.text))
                if footer is not None:
                    found.append(replace(footer, page=None))
    return found


@dataclass
class _Reading:
    """What read_docx gathers while it walks the document."""

    blocks: list[Block] = field(default_factory=list)
    styles: list[Style | None] = field(default_factory=list)
    footers: list[Footer] = field(default_factory=list)
    meta: LetterMeta = field(default_factory=LetterMeta)
    title: str = ""
    styled_headings: bool = False
    notes: Footnotes | None = None
    numbering: Numbering | None = None


def _read_table(table: Any, pages: _Pages, reading: _Reading, styles: _Styles) -> None:
    """A Datum/Betreft table is metadata; a table of data a passage per row."""
    rows: list[list[str]] = []
    first = last = pages.page
    for row in table.iterfind(f"{_W}tr"):
        cells: list[str] = []
        for cell in row.iterfind(f"{_W}tc"):
            texts: list[str] = []
            for paragraph in _body_paragraphs(cell):
                lines, start, end = _paragraph_text(paragraph, pages, reading.notes)
                if lines:
                    first, last = min(first, start), max(last, end)
                    texts.append(" ".join(lines))
            cells.append(" ".join(texts))
        if any(cells):
            rows.append(cells)
    if is_metadata_table(rows):
        for row in rows:
            if len(row) >= 2:
                take_label(reading.meta, row[0], " ".join(row[1:]))
        return
    if len(rows) >= 2 and max(len(row) for row in rows) >= 2:
        header = rows[0]  # named in every row: "Kop: waarde; Kop: waarde"
        texts = [row_passage(header, row) for row in rows[1:]]
        for text in texts:
            if text:
                reading.blocks.append(Block(text, first, last, 1, lines=[text]))
                reading.styles.append(None)
        return
    for cell_row in rows:  # a layout table: its cells are paragraphs
        for text in cell_row:
            if text:
                reading.blocks.append(Block(text, first, last, 1, lines=[text]))
                reading.styles.append(None)


def read_docx(path: Path, data: bytes, progress: Progress | None = None) -> ParsedLetter:
    """Parse a Word letter: styles (or direct formatting) make the outline, breaks the pages."""
    document, has_core = _open_document(path, data)
    styles = _Styles(document.styles.element)
    body_size = default_size(document)
    pages = _Pages()
    reading = _Reading(notes=Footnotes.of(document), numbering=Numbering.of(document))
    items = list(_body_items(document.element.body))
    for index, item in enumerate(items):
        if progress is not None and index % PROGRESS_EVERY == 0:
            progress(index, len(items))
        if item.tag == _W + "tbl":
            _read_table(item, pages, reading, styles)
            continue
        _read_paragraph(item, index, pages, reading, styles, body_size)
    if progress is not None:
        progress(len(items), len(items))
    meta = reading.meta
    blocks, formatted = reading.blocks, False
    if not reading.styled_headings:
        formatted = heading_levels(blocks, reading.styles, body_size)
        blocks = take_greetings(take_header(blocks, meta), meta)
    core_title = clean_text(document.core_properties.title or "") if has_core else ""
    meta.title = reading.title or meta.title or _useful_title(core_title, path)
    meta.pages = pages.page
    blocks = _merge_signatures(blocks)
    if reading.notes is not None:
        attach_notes(blocks, reading.notes.notes)
    return assemble_letter(
        blocks,
        meta,
        footers=[*reading.footers, *_part_footers(document)],
        detect_headings=not reading.styled_headings and not formatted,
        fallback_title=path.stem,
        source_format="docx",
    )


# Titles that Word or a template puts in a document's properties by itself.
_STAND_IN_TITLE = re.compile(
    r"^(?:(?:microsoft\s+)?word[\s-]*document|document\s*\d*|naamloos(?:\s+document)?\s*\d*|"
    r"untitled|titel|title|brief|sjabloon|template|normal|standaard|kamerbrief|"
    r"microsoft word - .*|.*\.docx?)$",
    re.IGNORECASE,
)


def _useful_title(title: str, path: Path) -> str:
    """The core properties' title, unless Word or a template made it up (or it is the
    file's own name)."""
    if not title or _STAND_IN_TITLE.match(title) or title.casefold() == path.stem.casefold():
        return ""
    return title


def _read_paragraph(
    paragraph: Any,
    index: int,
    pages: _Pages,
    reading: _Reading,
    styles: _Styles,
    body_size: float,
) -> None:
    ppr = paragraph.find(_W + "pPr")
    style_id = _val(ppr, "pStyle")
    if index and (_flag(ppr, "pageBreakBefore") or styles.break_before(style_id)):
        pages.explicit()
    lines, first, last = _paragraph_text(paragraph, pages, reading.notes)
    section = ppr.find(_W + "sectPr") if ppr is not None else None
    if section is not None and _val(section, "type") not in _NOT_A_PAGE:
        pages.explicit()
    if not lines:
        return
    kind = styles.kind(style_id, ppr)
    reading.styled_headings = reading.styled_headings or isinstance(kind, int)
    number = reading.numbering.label(ppr) if reading.numbering is not None else ""
    if number:  # Word's automatic numbering: "1.", "1.1", "a." stay with the text
        lines[0] = f"{number} {lines[0]}"
    text = " ".join(lines)
    if kind == "title":
        reading.title = reading.title or text
        return
    footer = match_footer(text)
    if footer is not None:
        reading.footers.append(footer)
        return
    level = kind if isinstance(kind, int) else None
    reading.blocks.append(Block(text, first, last, len(lines), heading_level=level, lines=lines))
    reading.styles.append(paragraph_style(paragraph, body_size))
