"""Policy letters laid out the way they are really published, for tests and pictures.

Three forms, each with the same body (chapters, sections and paragraphs taken
from the bundled letter, 35 925 V, nr. 84):

- ``make_rijksoverheid_pdf``: the Kamerbrief as a ministry sends it: the
  letterhead, the narrow column on the right of every page (directie, address,
  "Onze referentie", "Pagina X van Y"), the addressee with "Retouradres",
  "Datum" and "Betreft", "Geachte voorzitter,", bold chapter and italic
  section headings, and the closing with the signature;
- ``make_kamerstuk_pdf``: the officielebekendmakingen Kamerstuk: the
  kamerstukkop on page 1, the kst/ISSN footer on page 1 and the running footer
  "Tweede Kamer, vergaderjaar …, nr. N <page>" on the others;
- ``make_ministry_docx``: Word as ministries write it: Normal style everywhere,
  headings only bold or italic (numbered), the Datum/Betreft table, a tracked
  insertion and deletion and a comment.

The PDFs are drawn line by line with reportlab in embedded DejaVu fonts at
the places these layouts use; paragraphs wrap at spaces only, so the text
read back must equal the text laid out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from briefer.ingest.text import parse_text

BUNDLED = Path(__file__).parents[2] / "resources" / "letters" / "kamerstuk-35925-V-84.txt"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
REGULAR, BOLD, ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"

SUBJECT = "Inzet van het kabinet voor veiligheid en welvaart"
REFERENCE = "BZ2214567"
MINISTRY = "Ministerie van Buitenlandse Zaken"
DIRECTORATE = "Directie Europa"
ROLE = "minister van Buitenlandse Zaken"
SIGNATORY = "W.B. Hoekstra"
DOSSIER_NUMBER = "21 501-02"
DOSSIER_TITLE = "Raad Algemene Zaken en Raad Buitenlandse Zaken"
NUMBER = "2567"
FOOTNOTE = "Kamerstuk 36 045, nr. 3."  # a reference the bundled letter itself makes


@dataclass(frozen=True)
class Item:
    kind: str  # "h1" | "h2" | "p" | "break"
    text: str = ""
    note: str = ""  # a footnote the paragraph cites at its end


def _bundled_sections() -> dict[str, list[str]]:
    letter = parse_text(BUNDLED.read_text(encoding="utf-8"), fallback_title="x")
    found = {
        section.title: [p.text for p in section.passages] for section in letter.walk_sections()
    }
    found[""] = [passage.text for passage in letter.passages]
    return found


def body_items() -> list[Item]:
    """The body every fixture lays out: an opening passage, 2 chapters, 4 sections."""
    texts = _bundled_sections()
    gvdb = "Een sterk gemeenschappelijk veiligheids- en defensiebeleid (GVDB)"
    return [
        Item("p", texts[""][0]),
        Item("h1", "Veiligheid: vrede, veiligheid en defensie"),
        Item("h2", gvdb),
        Item("p", texts[gvdb][0]),
        Item("p", texts[gvdb][1], note=FOOTNOTE),
        *(Item("p", text) for text in texts[gvdb][2:]),
        Item("h2", "Cyberdiplomatie als prioriteit"),
        *(Item("p", text) for text in texts["Cyberdiplomatie als prioriteit"]),
        Item("h1", "Welvaart: open strategische autonomie, economische veiligheid en weerbaarheid"),
        Item("h2", "Mitigeren van afhankelijkheidsrisico’s"),
        *(Item("p", text) for text in texts["Mitigeren van afhankelijkheidsrisico’s"][:3]),
        Item("break"),
        Item("h2", "Westelijke Balkan"),
        *(Item("p", text) for text in texts["Westelijke Balkan"]),
    ]


def _fonts() -> None:
    for name in (REGULAR, BOLD, ITALIC):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(DEJAVU / f"{name}.ttf")))


@dataclass
class _Op:
    page: int
    x: float
    y: float
    font: str
    size: float
    text: str


class _Flow:
    """Lays text out top to bottom over pages; ``top(page)`` says where a page starts."""

    def __init__(
        self, left: float, width: float, size: float, leading: float, bottom: float
    ) -> None:
        self.left, self.width, self.size, self.leading = left, width, size, leading
        self.bottom = bottom
        self.ops: list[_Op] = []
        self.notes: dict[int, list[str]] = {}  # page -> its footnotes, numbered in order
        _fonts()
        self.page = 1
        self.y = 0.0
        self.top: Callable[[int], float] = lambda _page: 780.0

    def start(self, y: float) -> None:
        self.y = y

    def new_page(self) -> None:
        self.page += 1
        self.y = self.top(self.page)

    def line(self, text: str, font: str = REGULAR, x: float | None = None) -> None:
        if self.y < self.bottom:
            self.new_page()
        self.ops.append(
            _Op(self.page, self.left if x is None else x, self.y, font, self.size, text)
        )
        self.y -= self.leading

    def blank(self) -> None:
        if self.y < self.top(self.page) - 1:  # no blank line at the top of a page
            self.y -= self.leading

    def paragraph(
        self, text: str, font: str = REGULAR, keep_with_next: bool = False, note: str = ""
    ) -> None:
        lines = simpleSplit(text, font, self.size, self.width)
        if keep_with_next and self.y - self.leading * (len(lines) + 1) < self.bottom:
            self.new_page()
        for line in lines:
            self.line(line, font)
        if note:  # a raised, smaller number right after the paragraph's last character
            last = self.ops[-1]
            number = sum(len(notes) for notes in self.notes.values()) + 1
            x = last.x + pdfmetrics.stringWidth(last.text, font, self.size)
            self.ops.append(_Op(last.page, x, last.y + 3.5, font, 6.0, str(number)))
            self.notes.setdefault(last.page, []).append(f"{number} {note}")

    def draw_notes(self, canvas: Canvas, page: int, x: float) -> None:
        """The page's footnotes at its foot, under a short rule, in small type."""
        notes = self.notes.get(page, [])
        if notes:
            canvas.line(x, 80, x + 100, 80)
            canvas.setFont(REGULAR, 7)
            for row, text in enumerate(notes):
                canvas.drawString(x, 70 - 9 * row, text)

    def items(self, items: list[Item], *, blank_after_heading: bool) -> None:
        for item in items:
            if item.kind == "break":
                self.new_page()
            elif item.kind in ("h1", "h2"):
                self.blank()
                self.paragraph(item.text, BOLD if item.kind == "h1" else ITALIC, True)
                if blank_after_heading:
                    self.blank()
            else:
                self.blank()
                self.paragraph(item.text, note=item.note)


def _draw(path: Path, ops: list[_Op], pages: int, furniture: Callable[[Canvas, int], None]) -> Path:
    _fonts()
    canvas = Canvas(str(path), pagesize=A4, invariant=True)
    canvas.setTitle(path.stem)
    for page in range(1, pages + 1):
        furniture(canvas, page)
        for op in ops:
            if op.page == page:
                canvas.setFont(op.font, op.size)
                canvas.drawString(op.x, op.y, op.text)
        canvas.showPage()
    canvas.save()
    return path


# --- the Rijksoverheid Kamerbrief --------------------------------------------------------

RO_LEFT, RO_WIDTH, RO_COLUMN = 80.0, 345.0, 468.0


def make_rijksoverheid_pdf(path: Path, items: list[Item] | None = None) -> Path:
    """The Kamerbrief; ``items`` replaces the usual body."""
    flow = _Flow(RO_LEFT, RO_WIDTH, 9.5, 13.0, 80.0)
    flow.top = lambda page: 700.0 if page > 1 else 560.0
    flow.start(540.0)
    flow.paragraph("Geachte voorzitter,")
    flow.items(body_items() if items is None else items, blank_after_heading=False)
    flow.blank()
    flow.paragraph(f"De {ROLE},", keep_with_next=True)
    for _ in range(3):
        flow.blank()
    flow.line(SIGNATORY)
    total = flow.page

    def furniture(canvas: Canvas, page: int) -> None:
        flow.draw_notes(canvas, page, RO_LEFT)
        width, height = A4
        canvas.setFillGray(0.2)
        canvas.rect(width / 2 - 14, height - 90, 28, 60, stroke=0, fill=1)  # the logo's band
        canvas.setFillGray(0)
        column = [(BOLD, DIRECTORATE)]
        if page == 1:
            canvas.setFont(REGULAR, 9.5)
            canvas.drawString(width / 2 + 20, height - 60, MINISTRY)
            canvas.setFont(REGULAR, 6.5)
            canvas.drawString(RO_LEFT, 700, "> Retouradres Postbus 20061 2500 EB Den Haag")
            canvas.setFont(REGULAR, 9.5)
            for index, text in enumerate(
                (
                    "Aan de Voorzitter van de",
                    "Tweede Kamer der Staten-Generaal",
                    "Binnenhof 4",
                    "2513 AA Den Haag",
                )
            ):
                canvas.drawString(RO_LEFT, 680 - 13 * index, text)
            canvas.setFont(REGULAR, 7.5)
            canvas.drawString(RO_LEFT, 600, "Datum")
            canvas.drawString(RO_LEFT, 587, "Betreft")
            canvas.setFont(REGULAR, 9.5)
            canvas.drawString(RO_LEFT + 70, 600, "14 oktober 2022")
            canvas.drawString(RO_LEFT + 70, 587, SUBJECT)
            column += [
                (REGULAR, "Rijnstraat 8"),
                (REGULAR, "2515 XP Den Haag"),
                (REGULAR, "Postbus 20061"),
                (REGULAR, "Nederland"),
                (REGULAR, "www.rijksoverheid.nl"),
                (REGULAR, ""),
            ]
        column += [(BOLD, "Onze referentie"), (REGULAR, REFERENCE)]
        if page == 1:
            column += [(REGULAR, ""), (BOLD, "Bijlage(n)"), (REGULAR, "1")]
        y = 700.0
        for font, text in column:
            if text:
                canvas.setFont(font, 6.5)
                canvas.drawString(RO_COLUMN, y, text)
            y -= 9.0
        canvas.setFont(REGULAR, 6.5)
        canvas.drawString(RO_COLUMN, 60, f"Pagina {page} van {total}")

    return _draw(path, flow.ops, total, furniture)


# --- the officielebekendmakingen Kamerstuk -------------------------------------------------

KS_LEFT, KS_BODY, KS_WIDTH = 60.0, 190.0, 345.0


def make_kamerstuk_pdf(
    path: Path,
    dossier: tuple[str, ...] = (DOSSIER_TITLE,),
    addressee: tuple[str, ...] = ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",),
) -> Path:
    """The Kamerstuk; a long dossier title or addressee wraps onto more lines."""
    flow = _Flow(KS_BODY, KS_WIDTH, 9.5, 12.5, 90.0)
    flow.top = lambda page: 780.0 if page > 1 else 620.0
    flow.start(620.0)
    flow.items(body_items(), blank_after_heading=False)
    flow.blank()
    flow.paragraph("De Minister van Buitenlandse Zaken,", keep_with_next=True)
    flow.line(SIGNATORY)
    total = flow.page

    def furniture(canvas: Canvas, page: int) -> None:
        flow.draw_notes(canvas, page, KS_BODY)
        if page == 1:
            canvas.setFont(BOLD, 14)
            canvas.drawString(KS_LEFT, 790, "Tweede Kamer der Staten-Generaal")
            canvas.drawString(530, 790, "2")
            canvas.setFont(REGULAR, 8)
            canvas.drawString(KS_LEFT, 772, "Vergaderjaar 2022–2023")
            canvas.line(KS_LEFT, 760, 535, 760)
            canvas.setFont(BOLD, 10)
            canvas.drawString(KS_LEFT, 740, DOSSIER_NUMBER)
            for row, text in enumerate(dossier):
                canvas.drawString(KS_BODY, 740 - 12 * row, text)
            canvas.drawString(KS_LEFT, 705, f"Nr. {NUMBER}")
            canvas.setFont(REGULAR, 9.5)
            canvas.drawString(KS_BODY, 705, "BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN")
            for row, text in enumerate(addressee):
                canvas.drawString(KS_BODY, 680 - 12 * row, text)
            canvas.drawString(KS_BODY, 650, "Den Haag, 14 oktober 2022")
            canvas.setFont(REGULAR, 7)
            canvas.drawString(KS_LEFT, 48, f"kst-21501-02-{NUMBER}")
            canvas.drawString(KS_LEFT, 39, "ISSN 0921 - 7371")
            canvas.drawString(KS_LEFT, 30, "’s-Gravenhage 2022")
        else:
            canvas.setFont(REGULAR, 7)
            canvas.drawString(
                KS_LEFT,
                40,
                f"Tweede Kamer, vergaderjaar 2022–2023, {DOSSIER_NUMBER}, nr. {NUMBER} {page}",
            )

    return _draw(path, flow.ops, total, furniture)


# --- Word as ministries write it ------------------------------------------------------


def _tracked(paragraph: object, inserted: str, deleted: str) -> None:
    """Add a tracked insertion and a tracked deletion at the end of a paragraph."""
    element = paragraph._p  # type: ignore[attr-defined]
    for tag, text_tag, text in (("w:ins", "w:t", inserted), ("w:del", "w:delText", deleted)):
        change = element.makeelement(qn(tag), {qn("w:id"): str(len(tag)), qn("w:author"): "BZ"})
        change.set(qn("w:date"), "2022-10-13T10:00:00Z")
        run = element.makeelement(qn("w:r"), {})
        node = run.makeelement(qn(text_tag), {})
        node.text = text
        node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        run.append(node)
        change.append(run)
        element.append(change)


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _add_footnotes(document: Any, notes: list[str]) -> None:
    """A footnotes part as Word writes it: two separators, then the notes (ids from 1)."""
    body = "".join(
        f'<w:footnote w:id="{number}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
        f'</w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r>'
        "</w:p></w:footnote>"
        for number, text in enumerate(notes, start=1)
    )
    xml = (
        f'<w:footnotes xmlns:w="{_W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        f"{body}</w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml.encode(),
        document.part.package,
    )
    document.part.relate_to(part, RT.FOOTNOTES)


def _cite(paragraph: Any, number: int) -> None:
    run = paragraph.add_run()
    run.font.superscript = True
    reference = run._r.makeelement(qn("w:footnoteReference"), {qn("w:id"): str(number)})
    run._r.append(reference)


def make_ministry_docx(path: Path) -> Path:
    document = Document()
    document.core_properties.author = "Ministerie van Buitenlandse Zaken"
    document.core_properties.title = ""
    normal = document.styles["Normal"]
    normal.font.name = "Verdana"
    normal.font.size = Pt(9)
    for text in ("Aan de Voorzitter van de", "Tweede Kamer der Staten-Generaal", "Binnenhof 4"):
        document.add_paragraph(text)
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in zip(
        table.rows,
        (("Datum", "14 oktober 2022"), ("Betreft", SUBJECT), ("Onze referentie", REFERENCE)),
        strict=True,
    ):
        row.cells[0].text = label
        row.cells[1].text = value
    document.add_paragraph("Geachte voorzitter,")
    chapter = section = 0
    items = body_items()
    last = max(index for index, item in enumerate(items) if item.kind == "p")
    for index, item in enumerate(items):
        if item.kind == "break":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif item.kind == "h1":
            chapter, section = chapter + 1, 0
            document.add_paragraph().add_run(f"{chapter}. {item.text}").bold = True
        elif item.kind == "h2":
            section += 1
            document.add_paragraph().add_run(f"{chapter}.{section} {item.text}").italic = True
        else:
            paragraph = document.add_paragraph()
            if index == last:
                # The last sentence as a tracked insertion, a tracked deletion after it.
                head, _, tail = item.text.rpartition(". ")
                paragraph.add_run(head + ". ")
                _tracked(paragraph, tail, " Deze zin is geschrapt.")
                document.add_comment(paragraph.runs, text="Graag nog afstemmen met DEU.")
            else:
                paragraph.add_run(item.text)
                if item.note:
                    _cite(paragraph, 1)
    document.add_paragraph(f"De {ROLE},")
    for _ in range(3):
        document.add_paragraph()
    document.add_paragraph(SIGNATORY)
    _add_footnotes(document, [FOOTNOTE])
    document.save(str(path))
    return path


def expected_texts() -> list[str]:
    """Every passage's text, in reading order, as laid out (without its footnote's marker)."""
    return [item.text for item in body_items() if item.kind == "p"]


def cited_passage() -> str:
    """The text of the one passage that cites the footnote, at its end."""
    return next(item.text for item in body_items() if item.note)


# --- any other letter with styled headings ------------------------------------------------


def make_styled_pdf(path: Path) -> Path:
    """A letter in no known published form: a large bold title, bold and italic headings,
    "Pagina X van Y" centred at the foot of every page."""
    flow = _Flow(RO_LEFT, 420.0, 10.0, 13.5, 95.0)
    flow.top = lambda _page: 780.0
    flow.start(780.0)
    flow.size = 15.0
    flow.leading = 19.0
    flow.paragraph(SUBJECT, BOLD)
    flow.size, flow.leading = 10.0, 13.5
    flow.blank()
    flow.paragraph("Den Haag, 14 oktober 2022")
    flow.items(body_items(), blank_after_heading=True)
    flow.blank()
    flow.paragraph("De Minister van Buitenlandse Zaken,", keep_with_next=True)
    flow.line(SIGNATORY)
    total = flow.page

    def furniture(canvas: Canvas, page: int) -> None:
        flow.draw_notes(canvas, page, RO_LEFT)
        canvas.setFont(REGULAR, 8)
        canvas.drawCentredString(A4[0] / 2, 40, f"Pagina {page} van {total}")

    return _draw(path, flow.ops, total, furniture)
