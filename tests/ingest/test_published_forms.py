"""Letters as they are really published: the Rijksoverheid PDF, the Kamerstuk PDF, Word.

Each fixture lays out the same body (see published_letters.py); the outline
each reader must find is written out here by hand, pages included.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from briefer.ingest.errors import LetterImportError
from briefer.ingest.model import ParsedLetter, ParsedSection
from briefer.ingest.reader import read_letter
from tests.ingest.published_letters import (
    FOOTNOTE,
    cited_passage,
    expected_texts,
    make_kamerstuk_pdf,
    make_ministry_docx,
    make_rijksoverheid_pdf,
    make_styled_pdf,
)

VEILIGHEID = "Veiligheid: vrede, veiligheid en defensie"
GVDB = "Een sterk gemeenschappelijk veiligheids- en defensiebeleid (GVDB)"
CYBER = "Cyberdiplomatie als prioriteit"
WELVAART = "Welvaart: open strategische autonomie, economische veiligheid en weerbaarheid"
MITIGEREN = "Mitigeren van afhankelijkheidsrisico’s"
BALKAN = "Westelijke Balkan"

# (level, title, page, [(first page, last page) of each passage])
RIJKSOVERHEID_OUTLINE = [
    (1, VEILIGHEID, 1, []),
    (2, GVDB, 1, [(1, 1), (1, 1), (1, 1)]),
    (2, CYBER, 2, [(2, 2), (2, 2), (2, 2)]),  # the heading at the top of page 2
    (1, WELVAART, 2, []),
    (2, MITIGEREN, 2, [(2, 2), (2, 3), (3, 3)]),  # a paragraph across pages 2 and 3
    (2, BALKAN, 4, [(4, 4), (4, 4)]),
]
KAMERSTUK_OUTLINE = [
    (1, VEILIGHEID, 1, []),
    (2, GVDB, 1, [(1, 1), (1, 1), (1, 1)]),
    (2, CYBER, 1, [(1, 1), (2, 2), (2, 2)]),
    (1, WELVAART, 2, []),
    (2, MITIGEREN, 2, [(2, 2), (2, 2), (2, 2)]),
    (2, BALKAN, 3, [(3, 3), (3, 3)]),
]
WORD_OUTLINE = [
    (1, "1. " + VEILIGHEID, 1, []),
    (2, "1.1 " + GVDB, 1, [(1, 1), (1, 1), (1, 1)]),
    (2, "1.2 " + CYBER, 1, [(1, 1), (1, 1), (1, 1)]),
    (1, "2. " + WELVAART, 1, []),
    (2, "2.1 " + MITIGEREN, 1, [(1, 1), (1, 1), (1, 1)]),
    (2, "2.2 " + BALKAN, 2, [(2, 2), (2, 2)]),
]
FURNITURE = (
    "Ministerie van",
    "Directie Europa",
    "Rijnstraat",
    "Postbus",
    "Onze referentie",
    "BZ2214567",
    "Pagina",
    "Retouradres",
    "Binnenhof",
    "Datum",
    "Betreft",
    "Geachte",
    "Hoekstra",
    "minister van Buitenlandse Zaken,",
    "Minister van Buitenlandse Zaken,",
    "Staten-Generaal",
    "Vergaderjaar",
    "vergaderjaar",
    "kst-",
    "ISSN",
    "Gravenhage",
    "Nr. 2567",
    "BRIEF VAN",
    "14 oktober 2022",
)


def _outline(letter: ParsedLetter) -> list[tuple[int, str, int, list[tuple[int, int]]]]:
    def rows(section: ParsedSection) -> tuple[int, str, int, list[tuple[int, int]]]:
        pages = [(p.first_page, p.last_page) for p in section.passages]
        return (section.level, section.title, section.page, pages)

    return [rows(section) for section in letter.walk_sections()]


def _check_body(letter: ParsedLetter) -> None:
    texts = [passage.text for passage in letter.all_passages()]
    assert texts == expected_texts()  # every paragraph one passage, word for word
    # The footnote is kept with the passage citing it, its marker's place at the sentence's end.
    noted = [(p.text, p.footnotes) for p in letter.all_passages() if p.footnotes]
    assert [(text, [(f.marker, f.text, f.offset) for f in notes]) for text, notes in noted] == [
        (cited_passage(), [("1", FOOTNOTE, len(cited_passage()))])
    ]
    assert [(p.first_page, p.last_page) for p in letter.passages] == [(1, 1)]
    for text in texts:
        for piece in FURNITURE:
            assert piece not in text, (piece, text[:60])


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("published")


def test_rijksoverheid_pdf(folder: Path) -> None:
    letter = read_letter(make_rijksoverheid_pdf(folder / "kamerbrief.pdf"))
    meta = letter.meta
    assert meta.title == "Inzet van het kabinet voor veiligheid en welvaart"  # from Betreft
    assert meta.date == date(2022, 10, 14)  # from Datum
    assert meta.reference == "BZ2214567"
    assert meta.ministry == "Ministerie van Buitenlandse Zaken"
    assert meta.directorate == "Directie Europa"
    assert (meta.signatory, meta.signatory_role) == (
        "W.B. Hoekstra",
        "minister van Buitenlandse Zaken",
    )
    assert meta.addressee == "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert meta.kamerstuk is None
    assert meta.pages == 4
    assert _outline(letter) == RIJKSOVERHEID_OUTLINE
    _check_body(letter)


def test_kamerstuk_pdf(folder: Path) -> None:
    letter = read_letter(make_kamerstuk_pdf(folder / "kst-21501-02-2567.pdf"))
    meta = letter.meta
    assert meta.title == "Brief van de Minister van Buitenlandse Zaken"
    assert meta.kamerstuk == "21 501-02, nr. 2567"
    assert meta.vergaderjaar == "2022–2023"
    assert meta.dossier == "Raad Algemene Zaken en Raad Buitenlandse Zaken"
    assert (meta.place, meta.date) == ("Den Haag", date(2022, 10, 14))
    assert (meta.signatory, meta.signatory_role) == (
        "W.B. Hoekstra",
        "Minister van Buitenlandse Zaken",
    )
    assert meta.addressee == "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert meta.pages == 3
    assert _outline(letter) == KAMERSTUK_OUTLINE
    _check_body(letter)


def test_ministry_word_document(folder: Path) -> None:
    letter = read_letter(make_ministry_docx(folder / "kamerbrief.docx"))
    meta = letter.meta
    assert meta.title == "Inzet van het kabinet voor veiligheid en welvaart"  # Betreft cell
    assert meta.date == date(2022, 10, 14)
    assert meta.reference == "BZ2214567"
    assert (meta.signatory, meta.signatory_role) == (
        "W.B. Hoekstra",
        "minister van Buitenlandse Zaken",
    )
    assert meta.addressee == "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert meta.pages == 2
    assert _outline(letter) == WORD_OUTLINE  # numbers kept in the titles
    # expected_texts ends with the paragraph whose last sentence is a tracked insertion;
    # the tracked deletion and the comment are not there. The footnote is kept at the
    # end of the passage that cites it, as in the PDFs.
    _check_body(letter)
    every = " ".join(p.text for p in letter.all_passages())
    assert "geschrapt" not in every and "afstemmen" not in every


def test_a_word_table_of_data_gives_a_passage_per_row(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("Sancties").runs[0].bold = True
    document.add_paragraph("Het kabinet steunt de volgende pakketten.")
    table = document.add_table(rows=3, cols=2)
    for row, cells in zip(
        table.rows,
        (("Pakket", "Stand"), ("Zesde", "Aangenomen"), ("Zevende", "In voorbereiding")),
        strict=True,
    ):
        row.cells[0].text, row.cells[1].text = cells
    path = tmp_path / "tabel.docx"
    document.save(str(path))
    letter = read_letter(path)
    assert [s.title for s in letter.walk_sections()] == ["Sancties"]
    assert [p.text for p in letter.sections[0].passages] == [
        "Het kabinet steunt de volgende pakketten.",
        "Pakket: Zesde; Stand: Aangenomen",
        "Pakket: Zevende; Stand: In voorbereiding",
    ]


def test_a_scanned_pdf_without_text_gets_one_clear_line(tmp_path: Path) -> None:
    scan = Image.new("L", (620, 877), 255)
    ImageDraw.Draw(scan).text((60, 80), "Aan de Voorzitter van de Tweede Kamer", fill=0)
    image = tmp_path / "scan.png"
    scan.save(image)
    path = tmp_path / "gescande brief.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    canvas.drawImage(str(image), 0, 0, *A4)
    canvas.showPage()
    canvas.save()
    with pytest.raises(LetterImportError) as caught:
        read_letter(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and "\n" not in message
    assert "geen tekst" in message and "gescand" in message


def _numbered(document, paragraph, num_id: int, level: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", level), ("w:numId", num_id)):
        child = OxmlElement(tag)
        child.set(qn("w:val"), str(value))
        numpr.append(child)
    ppr.append(numpr)


def _numbering(document) -> None:
    """Two lists as Word defines them: headings 1. / 1.1 and a list a. b."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering = document.part.numbering_part.element
    for abstract_id, levels in (
        (90, (("decimal", "%1."), ("decimal", "%1.%2"))),
        (91, (("lowerLetter", "%1."),)),
    ):
        lvls = "".join(
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>'
            for ilvl, (fmt, text) in enumerate(levels)
        )
        numbering.insert(
            0,
            parse_xml(f'<w:abstractNum {w} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>'),
        )
        numbering.append(
            parse_xml(
                f'<w:num {w} w:numId="{abstract_id}">'
                f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'
            )
        )


def test_word_automatic_numbering_stays_in_headings_and_lists(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    _numbering(document)
    for text, bold, italic, num, level in (
        ("Veiligheid", True, False, 90, 0),
        ("Oekraïne", False, True, 90, 1),
        ("Het kabinet steunt Oekraïne.", False, False, None, 0),
        ("Sancties", False, True, 90, 1),
        ("het zesde pakket;", False, False, 91, 0),
        ("het zevende pakket.", False, False, 91, 0),
        ("Welvaart", True, False, 90, 0),
        ("Open strategische autonomie.", False, False, None, 0),
    ):
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold, run.italic = bold, italic
        if num is not None:
            _numbered(document, paragraph, num, level)
    path = tmp_path / "genummerd.docx"
    document.save(str(path))
    letter = read_letter(path)
    assert [(s.level, s.title) for s in letter.walk_sections()] == [
        (1, "1. Veiligheid"),
        (2, "1.1 Oekraïne"),
        (2, "1.2 Sancties"),
        (1, "2. Welvaart"),
    ]
    assert [p.text for p in letter.sections[0].sections[1].passages] == [
        "a. het zesde pakket;",
        "b. het zevende pakket.",
    ]


def test_kamerstuk_kop_with_a_wrapped_dossier_title_and_addressee(tmp_path: Path) -> None:
    path = make_kamerstuk_pdf(
        tmp_path / "kst-lang.pdf",
        dossier=(
            "Vaststelling van de begrotingsstaten van het Ministerie van",
            "Buitenlandse Zaken",
        ),
        addressee=("Aan de Voorzitter van de Tweede Kamer der", "Staten-Generaal"),
    )
    letter = read_letter(path)
    assert letter.meta.dossier == (
        "Vaststelling van de begrotingsstaten van het Ministerie van Buitenlandse Zaken"
    )
    assert letter.meta.addressee == "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert letter.meta.title == "Brief van de Minister van Buitenlandse Zaken"
    assert letter.meta.kamerstuk == "21 501-02, nr. 2567"
    assert _outline(letter) == KAMERSTUK_OUTLINE
    _check_body(letter)


STYLED_OUTLINE = [
    (1, VEILIGHEID, 1, []),
    (2, GVDB, 1, [(1, 1), (1, 1), (1, 1)]),
    (2, CYBER, 1, [(1, 1), (1, 2), (2, 2)]),
    (1, WELVAART, 2, []),
    (2, MITIGEREN, 2, [(2, 2), (2, 2), (2, 2)]),
    (2, BALKAN, 3, [(3, 3), (3, 3)]),
]


def test_a_pdf_in_no_known_form_reads_its_headings_from_their_type(folder: Path) -> None:
    letter = read_letter(make_styled_pdf(folder / "notitie.pdf"))
    meta = letter.meta
    assert meta.title == "Inzet van het kabinet voor veiligheid en welvaart"  # the large title
    assert (meta.place, meta.date) == ("Den Haag", date(2022, 10, 14))
    assert (meta.signatory, meta.signatory_role) == (
        "W.B. Hoekstra",
        "Minister van Buitenlandse Zaken",
    )
    assert meta.pages == 3
    assert _outline(letter) == STYLED_OUTLINE  # "Pagina X van Y" is no heading
    _check_body(letter)


def test_a_kop_without_date_line_ends_where_the_body_starts(tmp_path: Path) -> None:
    path = tmp_path / "kop-zonder-datum.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    for x, y, font, text in (
        (60, 790, "Helvetica-Bold", "Tweede Kamer der Staten-Generaal"),
        (530, 790, "Helvetica-Bold", "2"),
        (60, 772, "Helvetica", "Vergaderjaar 2022–2023"),
        (60, 735, "Helvetica-Bold", "21 501-02"),
        (190, 735, "Helvetica-Bold", "Raad Algemene Zaken en Raad Buitenlandse Zaken"),
        (60, 705, "Helvetica-Bold", "Nr. 2567"),
        (190, 705, "Helvetica", "BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN"),
        (190, 693, "Helvetica", "Hierbij ontvangt u de geannoteerde agenda voor de"),  # body
        (190, 681, "Helvetica", "Raad Buitenlandse Zaken."),
        (190, 655, "Helvetica", "Aan de hand van deze agenda licht ik de inzet van het"),
        (190, 643, "Helvetica", "kabinet toe."),
    ):
        canvas.setFont(font, 10)
        canvas.drawString(x, y, text)
    canvas.showPage()
    canvas.save()
    letter = read_letter(path)
    assert letter.meta.title == "Brief van de Minister van Buitenlandse Zaken"
    assert letter.meta.kamerstuk == "21 501-02, nr. 2567"
    assert letter.meta.addressee is None  # "Aan de hand van" is body text
    assert [p.text for p in letter.all_passages()] == [
        "Hierbij ontvangt u de geannoteerde agenda voor de Raad Buitenlandse Zaken.",
        "Aan de hand van deze agenda licht ik de inzet van het kabinet toe.",
    ]


def test_word_datum_and_betreft_as_lines_above_the_salutation(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    for text in (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Postbus 20018",
        "Datum: 14 oktober 2022",
        "Betreft: Kabinetsreactie op het advies over China",
        "Ons kenmerk: BZ2214568",
        "Geachte voorzitter,",
        "Met deze brief reageer ik op het advies.",
    ):
        document.add_paragraph(text)
    document.add_paragraph().add_run("China").bold = True
    document.add_paragraph("Het kabinet deelt de analyse.")
    document.add_paragraph("Hoogachtend,")
    document.add_paragraph("De minister van Buitenlandse Zaken,")
    document.add_paragraph("W.B. Hoekstra")
    path = tmp_path / "regels.docx"
    document.save(str(path))
    letter = read_letter(path)
    meta = letter.meta
    assert (meta.title, meta.date, meta.reference) == (
        "Kabinetsreactie op het advies over China",
        date(2022, 10, 14),
        "BZ2214568",
    )
    assert meta.addressee == "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert (meta.signatory, meta.signatory_role) == (
        "W.B. Hoekstra",
        "minister van Buitenlandse Zaken",
    )
    assert [p.text for p in letter.passages] == ["Met deze brief reageer ik op het advies."]
    assert [(s.level, s.title, [p.text for p in s.passages]) for s in letter.sections] == [
        (1, "China", ["Het kabinet deelt de analyse."])
    ]
