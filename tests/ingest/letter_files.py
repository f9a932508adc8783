"""Real letter files for tests and benchmarks: the bundled letter as PDF and as Word.

``make_pdf_from_kamerstuk_text`` draws the Kamerstuk text line by line, one PDF
page per page of the text, with an embedded TTF font so that ë, «», ’ and –
extract again. ``make_docx_from_parsed`` writes a parsed letter as a Word
document with heading styles and explicit page breaks.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.text.paragraph import Paragraph
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from briefer.ingest.kamerstuk import DUTCH_MONTHS
from briefer.ingest.model import ParsedLetter, ParsedPassage
from briefer.ingest.text import source_lines

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_SIZE = 9.5
MAX_LEADING = 13.0
TOP_MARGIN = 56.0
BOTTOM_MARGIN = 40.0
LEFT_MARGIN = 72.0
_MONTH_NAMES = {number: name for name, number in DUTCH_MONTHS.items()}


def _register_font() -> str:
    """An embedded TTF font covering Dutch text: DejaVu Sans, else reportlab's Vera."""
    if DEJAVU.is_file():
        name, font_path = "DejaVuSans", str(DEJAVU)
    else:
        import reportlab

        name = "Vera"
        font_path = str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, font_path))
    return name


def make_pdf_from_kamerstuk_text(text: str, path: Path) -> Path:
    """Render a letter in the Kamerstuk text layout as an A4 PDF, page for page.

    Every line is drawn, footers included, at one fixed leading; blank lines are
    vertical space. Leading spaces (page-start markers of the text) are dropped.
    """
    lines = source_lines(text)
    pages: dict[int, list[str]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line.text.strip())
    for page_lines in pages.values():  # blank lines at the top of a page are invisible
        while page_lines and not page_lines[0]:
            page_lines.pop(0)
    height = A4[1]
    usable = height - TOP_MARGIN - BOTTOM_MARGIN
    longest = max(len(page_lines) for page_lines in pages.values())
    leading = min(MAX_LEADING, usable / max(longest, 1))
    font = _register_font()
    canvas = Canvas(str(path), pagesize=A4, invariant=True)
    canvas.setTitle(path.stem)
    for number in range(1, max(pages) + 1):
        y = height - TOP_MARGIN
        for drawn in pages.get(number, []):
            if drawn:
                canvas.setFont(font, FONT_SIZE)
                canvas.drawString(LEFT_MARGIN, y, drawn)
            y -= leading
        canvas.showPage()
    canvas.save()
    return path


def _split_words(text: str, parts: int) -> list[str]:
    """Split a text at spaces into ``parts`` pieces of about equal length."""
    words = text.split(" ")
    parts = max(1, min(parts, len(words)))
    size = len(words) / parts
    return [
        " ".join(words[round(index * size) : round((index + 1) * size)]) for index in range(parts)
    ]


def make_docx_from_parsed(letter: ParsedLetter, path: Path) -> Path:
    """Write a parsed letter as .docx: Heading 1/2, passages, page breaks, metadata.

    A passage that runs across pages gets its page breaks inside the paragraph.
    """
    meta = letter.meta
    document = Document()
    document.core_properties.title = meta.title
    document.core_properties.author = "Briefer tests"
    page = 1

    def add(text: str, first: int, last: int, style: str | None = None) -> Paragraph:
        nonlocal page
        if first > page:
            for _ in range(first - page):
                document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            page = first
        paragraph = document.add_paragraph(style=style)
        pieces = _split_words(text, last - first + 1)
        for index, piece in enumerate(pieces):
            if index:
                paragraph.add_run().add_break(WD_BREAK.PAGE)
                page += 1
            paragraph.add_run(piece if index == len(pieces) - 1 else piece + " ")
        page = max(page, last)
        return paragraph

    def add_passages(passages: list[ParsedPassage]) -> None:
        for passage in passages:
            add(passage.text, passage.first_page, passage.last_page)

    if meta.addressee:
        add(meta.addressee, 1, 1)
    if meta.date is not None:
        month = _MONTH_NAMES[meta.date.month]
        add(f"{meta.place or 'Den Haag'}, {meta.date.day} {month} {meta.date.year}", 1, 1)
    add_passages(letter.passages)
    for section in letter.walk_sections():
        style = "Heading 1" if section.level == 1 else "Heading 2"
        add(section.title, section.page, section.page, style)
        add_passages(section.passages)
    if meta.signatory:
        add(f"De {meta.signatory_role},", page, page)
        add(meta.signatory, page, page)
    if meta.pages > page:
        add("", meta.pages, meta.pages)
    if meta.kamerstuk and meta.vergaderjaar:
        footer = document.sections[0].footer.paragraphs[0]
        footer.text = f"Tweede Kamer, vergaderjaar {meta.vergaderjaar}, {meta.kamerstuk}"
    document.save(str(path))
    return path
