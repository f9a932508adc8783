"""PDF letters, read with pdfium: lines rebuilt from character geometry.

PDF text extraction loses the blank lines between paragraphs, so this reader
groups the characters of each page into lines by their baseline, orders the
lines top to bottom and puts a blank line wherever the gap between two lines is
clearly larger than the page's normal line spacing. The lines then go through
the same ``blocks_from_lines`` / ``assemble_letter`` path as plain text, so
Kamerstuk footers, hyphenation and heading rules are shared.

pdfium marks a hyphen at a line end as U+0002 (U+FFFE in ``get_text_range``);
both, and a soft hyphen at a line end, become "-" again for hyphenation.py.
"""

from __future__ import annotations

import itertools
import statistics
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from briefer.ingest.errors import LetterImportError
from briefer.ingest.layout import Progress, SourceLine, assemble_letter, blocks_from_lines
from briefer.ingest.model import LetterMeta, ParsedLetter
from briefer.ingest.page_analysis import DocumentLayout

DAMAGED = "de PDF is beschadigd en kan niet worden gelezen"
ENCRYPTED = "de PDF is beveiligd met een wachtwoord"
UNSUPPORTED_SECURITY = "de PDF is beveiligd op een manier die niet wordt ondersteund"
NO_TEXT = "de PDF bevat geen tekst (gescand document zonder tekstlaag?)"

BLANK_LINE_FACTOR = 1.4  # a gap this many times the normal line spacing is a blank line
SAME_LINE = 0.5  # baselines closer than this many font sizes share a line
MIN_SPACINGS = 5  # fewer line gaps on a page than this: use the document's spacing
_EOF_WINDOW = 4096  # "%%EOF" must occur this close to the end of an intact PDF
_LINE_BREAKS = frozenset((0x0A, 0x0D))
_HYPHEN_MARKS = ("\x02", "\ufffe", "\xad")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st"})

# pdfium is not thread-safe: one document at a time, whichever thread imports it.
_PDFIUM_LOCK = threading.Lock()


@dataclass
class _Line:
    text: str
    baseline: float  # larger is higher on the page


def _spacings(lines: list[_Line]) -> list[float]:
    return [
        upper.baseline - lower.baseline
        for upper, lower in itertools.pairwise(lines)
        if upper.baseline - lower.baseline > 0
    ]


def _source_lines(pages: list[list[_Line]]) -> list[SourceLine]:
    """Lines with their page numbers, blank lines put back where the gaps are large."""
    everything = [gap for lines in pages for gap in _spacings(lines)]
    document_spacing = statistics.median(everything) if everything else 0.0
    result: list[SourceLine] = []
    for number, lines in enumerate(pages, start=1):
        gaps = _spacings(lines)
        spacing = statistics.median(gaps) if len(gaps) >= MIN_SPACINGS else document_spacing
        previous: _Line | None = None
        for position, line in enumerate(lines):
            gap = previous.baseline - line.baseline if previous is not None else 0.0
            if spacing > 0 and gap > BLANK_LINE_FACTOR * spacing:
                result.append(SourceLine("", number))
            result.append(SourceLine(line.text, number, page_start=number > 1 and position == 0))
            previous = line
    return result


@contextmanager
def _open(path: Path, data: bytes) -> Iterator[pdfium.PdfDocument]:
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise LetterImportError(path, DAMAGED)  # truncated: pdfium might recover a part
    with _PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            code = getattr(exc, "err_code", None)
            if code == pdfium_c.FPDF_ERR_PASSWORD:
                raise LetterImportError(path, ENCRYPTED) from None
            if code == pdfium_c.FPDF_ERR_SECURITY:
                raise LetterImportError(path, UNSUPPORTED_SECURITY) from None
            raise LetterImportError(path, DAMAGED) from None
        try:
            yield document
        finally:
            document.close()


def _published_form(
    document: pdfium.PdfDocument,
    layout: DocumentLayout,
    fallback_title: str,
    body: Sequence[tuple[int, str]],
) -> ParsedLetter | None:
    """The letter read by the reader of its published form, if it has a known one; a
    tagged publication in no such form from its tags."""
    from briefer.ingest import kamerstuk_pdf, rijksoverheid, styled_pdf, tagged_pdf

    if kamerstuk_pdf.detect(layout):  # the form shows on page 1
        return kamerstuk_pdf.read_kamerstuk_pdf(layout, fallback_title)
    if rijksoverheid.detect(layout):
        return rijksoverheid.read_rijksoverheid(layout, fallback_title)
    if tagged_pdf.usable(document):
        tagged = tagged_pdf.read_tagged_pdf(document, fallback_title, body)
        if tagged is not None:
            return tagged
    if styled_pdf.detect(layout):
        return styled_pdf.read_styled_pdf(layout, fallback_title)
    return None


def _plain_pages(layout: DocumentLayout) -> list[list[_Line]]:
    """Every page's lines top to bottom, for the line-by-line reading of a PDF in no
    known form (its footers and headers are found from their words there)."""
    return [
        [
            _Line(line.text, line.baseline)
            for line in sorted(page.lines, key=lambda item: (-item.baseline, item.x0))
        ]
        for page in layout.pages
    ]


def read_pdf(
    path: Path,
    data: bytes,
    progress: Progress | None = None,
    body: Sequence[tuple[int, str]] = (),
) -> ParsedLetter:
    """Parse a PDF letter; pages come from the PDF itself.

    A Kamerstuk or Rijksoverheid layout is read by its own reader from the
    page analysis; any other PDF line by line like the text layout. ``body``:
    (page, text) of lines the user said are the letter's text, not furniture.
    """
    from briefer.ingest.page_analysis import read_layout

    with _open(path, data) as document:
        try:
            layout = read_layout(document, progress, body=body)
            published = (
                _published_form(document, layout, path.stem, body) if layout.has_text else None
            )
        except pdfium.PdfiumError:
            raise LetterImportError(path, DAMAGED) from None
    if published is not None:
        return published
    pages = _plain_pages(layout)
    if not any(pages):
        raise LetterImportError(path, NO_TEXT)
    scan = blocks_from_lines(_source_lines(pages))
    return assemble_letter(
        scan.blocks,
        LetterMeta(pages=max(len(pages), scan.pages)),
        footers=scan.footers,
        fallback_title=path.stem,
        source_format="pdf",
    )
