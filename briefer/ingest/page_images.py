"""The pages of a PDF letter as pictures and as analysed lines, for the import check.

Pictures are rendered by pdfium as BGRA pixels; a front end wraps them in its
own image type. Lines come from the page analysis with their kind (body,
side column, furniture), so a front end can show what was left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from briefer.ingest.page_analysis import TextLine, read_layout
from briefer.ingest.pdf import _PDFIUM_LOCK


@dataclass(frozen=True)
class PageImage:
    width: int
    height: int
    stride: int
    pixels: bytes  # BGRA, ``stride`` bytes per row


def page_count(path: Path) -> int:
    with _PDFIUM_LOCK:
        document = pdfium.PdfDocument(path)
        try:
            return len(document)
        finally:
            document.close()


def render_page(path: Path, number: int, scale: float = 1.0) -> PageImage:
    """Page ``number`` (1-based) rendered at ``scale`` times 72 dpi."""
    with _PDFIUM_LOCK:
        document = pdfium.PdfDocument(path)
        try:
            page = document[number - 1]
            try:
                bitmap = page.render(
                    scale=scale, force_bitmap_format=pdfium_c.FPDFBitmap_BGRA, may_draw_forms=False
                )
                try:
                    return PageImage(
                        bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)
                    )
                finally:
                    bitmap.close()
            finally:
                page.close()
        finally:
            document.close()


def page_lines(path: Path) -> list[list[TextLine]]:
    """Every page's lines, top to bottom, each with its kind."""
    with _PDFIUM_LOCK:
        document = pdfium.PdfDocument(path)
        try:
            layout = read_layout(document, None)
        finally:
            document.close()
    return [page.lines for page in layout.pages]


def document_text(path: Path) -> str:
    """The text of a Word or text letter as written, paragraph by paragraph."""
    data = path.read_bytes()
    if path.suffix.lower() == ".docx":
        from io import BytesIO

        from docx import Document

        document = Document(BytesIO(data))
        parts: list[str] = []
        body = document.element.body
        for child in body.iterchildren():
            if child.tag.endswith("}tbl"):
                for row in child.iterfind(".//{*}tr"):
                    cells = ["".join(t.text or "" for t in cell.iter("{*}t")) for cell in row]
                    parts.append(" | ".join(cell for cell in cells if cell))
            elif child.tag.endswith("}p"):
                parts.append("".join(t.text or "" for t in child.iter("{*}t")))
        return "\n\n".join(part for part in parts if part.strip())
    from briefer.ingest.text import decode_text

    return decode_text(path, data)
