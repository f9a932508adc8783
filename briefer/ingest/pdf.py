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

import ctypes
import itertools
import math
import statistics
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
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
class _Run:
    """Characters pdfium put on one line, in its reading order."""

    chars: list[str] = field(default_factory=list)
    across: float = 0.0  # position along the line of the first placed character
    baselines: list[float] = field(default_factory=list)
    size: float = 0.0

    @property
    def baseline(self) -> float:
        return statistics.median(self.baselines)


@dataclass
class _Line:
    text: str
    baseline: float  # larger is higher on the page


def _line_text(chars: str) -> str:
    text = chars.translate(_LIGATURES).replace("\r", "").replace("\n", "").rstrip()
    for mark in _HYPHEN_MARKS:
        if text.endswith(mark):
            text = text[: -len(mark)] + "-"
    text = text.replace("\x02", "-").replace("\ufffe", "-").replace("\xad", "")
    # wchar_t is 16 bits on Windows: pair up surrogates.
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _page_runs(textpage: pdfium.PdfTextPage) -> list[_Run]:
    """Split the page's characters into runs at pdfium's line breaks and at baseline jumps."""
    count = textpage.count_chars()
    angles: dict[float, int] = {}
    for index in range(0, count, max(1, count // 200)):
        angle = round(pdfium_c.FPDFText_GetCharAngle(textpage, index), 1)
        angles[angle] = angles.get(angle, 0) + 1
    angle = max(angles, key=lambda key: angles[key]) if angles else 0.0
    sin, cos = math.sin(angle), math.cos(angle)  # pdfium's angle turns clockwise
    x, y = ctypes.c_double(), ctypes.c_double()
    runs: list[_Run] = []
    run = _Run()
    for index in range(count):
        code = pdfium_c.FPDFText_GetUnicode(textpage, index)
        if code in _LINE_BREAKS:
            if run.baselines:
                runs.append(run)
            run = _Run()
            continue
        if code > sys.maxunicode:
            continue
        char = chr(code)
        if char.isspace():
            if run.chars:
                run.chars.append(" ")
            continue
        char_angle = pdfium_c.FPDFText_GetCharAngle(textpage, index)
        if abs(math.remainder(char_angle - angle, math.tau)) > 0.05:
            continue  # a rotated stamp or margin note, not running text
        if not pdfium_c.FPDFText_GetCharOrigin(textpage, index, x, y):
            continue
        across = x.value * cos - y.value * sin
        baseline = x.value * sin + y.value * cos
        if run.baselines and abs(baseline - run.baselines[-1]) > SAME_LINE * run.size:
            runs.append(run)
            run = _Run()
        if not run.baselines:
            size = pdfium_c.FPDFText_GetFontSize(textpage, index)
            run = _Run(across=across, size=size if size > 1 else 10.0)
        run.chars.append(char)
        run.baselines.append(baseline)
    if run.baselines:
        runs.append(run)
    return runs


def _page_lines(runs: list[_Run]) -> list[_Line]:
    """Merge runs that share a baseline into lines, top to bottom."""
    groups: list[list[_Run]] = []
    for run in sorted(runs, key=lambda item: -item.baseline):
        if groups and abs(groups[-1][0].baseline - run.baseline) <= SAME_LINE * run.size:
            groups[-1].append(run)
        else:
            groups.append([run])
    lines: list[_Line] = []
    for group in groups:
        group.sort(key=lambda item: item.across)
        text = " ".join("".join(run.chars).strip() for run in group)
        text = _line_text(text)
        if text.strip():
            lines.append(_Line(text, group[0].baseline))
    return lines


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


def _read_pages(
    path: Path, document: pdfium.PdfDocument, progress: Progress | None
) -> list[list[_Line]]:
    count = len(document)
    pages: list[list[_Line]] = []
    for index in range(count):
        if progress is not None:
            progress(index, count)
        try:
            page = document[index]
        except pdfium.PdfiumError:
            raise LetterImportError(path, DAMAGED) from None
        try:
            textpage = page.get_textpage()
            try:
                pages.append(_page_lines(_page_runs(textpage)))
            finally:
                textpage.close()
        except pdfium.PdfiumError:
            raise LetterImportError(path, DAMAGED) from None
        finally:
            page.close()
    if progress is not None:
        progress(count, count)
    return pages


def _published_form(
    path: Path,
    document: pdfium.PdfDocument,
    progress: Progress | None,
    body: Sequence[tuple[int, str]] = (),
) -> ParsedLetter | None:
    """The letter read by the reader of its published form, if it has a known one."""
    from briefer.ingest import kamerstuk_pdf, rijksoverheid, styled_pdf
    from briefer.ingest.page_analysis import read_layout

    reader: Callable[[DocumentLayout, str], ParsedLetter | None]
    try:
        layout = read_layout(document, progress, body=body)  # the form shows on page 1
        if kamerstuk_pdf.detect(layout):
            reader = kamerstuk_pdf.read_kamerstuk_pdf
        elif rijksoverheid.detect(layout):
            reader = rijksoverheid.read_rijksoverheid
        elif styled_pdf.detect(layout):
            reader = styled_pdf.read_styled_pdf
        else:
            return None
    except pdfium.PdfiumError:
        raise LetterImportError(path, DAMAGED) from None
    return reader(layout, path.stem)


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
    with _open(path, data) as document:
        published = _published_form(path, document, progress, body)
        if published is not None:
            return published
        pages = _read_pages(path, document, progress)
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
