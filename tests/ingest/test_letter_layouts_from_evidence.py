"""Kamerbrief layouts the real set has no file of, read from the same evidence.

Letters kept aside showed an older layout: "Datum", "Onderwerp" and "Ons kenmerk"
each with its value below it in the column on the right, no label at the left,
and a font whose letters stand apart ("P a g i n a"). Drawn here with reportlab
as real PDFs and read back by the importer's reader: nothing in the readers
knows this layout, so it reads right only if the page analysis finds the labels
wherever they stand and rebuilds words from the character boxes.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from briefer.ingest.reader import read_letter

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
LEFT, COLUMN = 80.0, 465.0
BODY = [
    "Bij brief van 14 oktober 2010 heb ik uw Kamer toegezegd een nadere reactie te geven op "
    "het rapport over draagmoederschap. Met deze brief kom ik die toezegging na.",
    "Het kabinet acht het van belang dat een kind dat via draagmoederschap ter wereld komt "
    "rechtszekerheid heeft over zijn afstamming. Daarom wordt het vraagstuk vanuit het "
    "belang van het kind benaderd, en niet vanuit de wens van de wensouders.",
    "Ik ben daarom voornemens om eind maart een expertmeeting te organiseren. Vervolgens wil "
    "ik graag met uw Kamer van gedachten wisselen over de uitkomsten daarvan.",
]


def _fonts() -> tuple[str, str]:
    for name, file in (
        ("DejaVuSans", "DejaVuSans.ttf"),
        ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
    ):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(DEJAVU / file)))
    return "DejaVuSans", "DejaVuSans-Bold"


def _spaced(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """Text whose letters stand apart (character spacing), as some ministry fonts print."""
    line = canvas.beginText(x, y)
    line.setFont(font, size)
    line.setCharSpace(1.1)
    line.textLine(text)
    canvas.drawText(line)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if pdfmetrics.stringWidth(trial, font, size) > width and current:
            lines.append(current)
            current = word
        else:
            current = trial
    return [*lines, current] if current else lines


def make_older_letter(path: Path) -> Path:
    regular, bold = _fonts()
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setTitle("")
    for page in (1, 2):
        column = []
        if page == 1:
            column = [
                (bold, "Directoraat-generaal Rechtspleging"),
                (regular, "Turfmarkt 147"),
                (regular, "2511 DP Den Haag"),
                (regular, ""),
                (bold, "Datum"),
                (regular, "1 maart 2011"),
                (regular, ""),
                (bold, "Onderwerp"),
                (regular, "Draagmoederschap"),
                (regular, ""),
            ]
        column += [(bold, "Ons kenmerk"), (regular, "5687423/11")]
        y = 740.0
        for font, text in column:
            if text:
                _spaced(canvas, COLUMN, y, text, font, 6.5)
            y -= 9.0
        _spaced(canvas, COLUMN, 50, f"Pagina {page} van 2", regular, 6.5)
        y = 740.0
        if page == 1:
            canvas.setFont(regular, 6.5)
            canvas.drawString(LEFT, y, "> Retouradres Postbus 20301 2500 EH Den Haag")
            canvas.setFont(regular, 9.5)
            for index, text in enumerate(
                ("Aan de Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018")
            ):
                canvas.drawString(LEFT, 715 - 13 * index, text)
            y = 600.0
            canvas.drawString(LEFT, y, "Geachte voorzitter,")
            y -= 26
            paragraphs = BODY[:2]
        else:
            paragraphs = BODY[2:]
        for text in paragraphs:
            for line in _wrap(text, regular, 9.5, 300):
                canvas.setFont(regular, 9.5)
                canvas.drawString(LEFT, y, line)
                y -= 13
            y -= 13
        if page == 2:
            for text in (
                "Hoogachtend,",
                "",
                "De Minister van Veiligheid en Justitie,",
                "",
                "",
                "I.W. Opstelten",
            ):
                if text:
                    canvas.drawString(LEFT, y, text)
                y -= 13
        canvas.showPage()
    canvas.save()
    return path


def test_an_older_letter_with_its_labels_in_the_column(tmp_path: Path) -> None:
    letter = read_letter(make_older_letter(tmp_path / "brief-2011.pdf"))
    meta = letter.meta
    assert meta.kind == "kamerbrief"
    assert meta.title == "Draagmoederschap"  # "Onderwerp", not "Betreft"
    assert meta.date == date(2011, 3, 1)
    assert meta.reference == "5687423/11"  # "Ons kenmerk", in the column, its letters apart
    assert meta.directorate == "Directoraat-generaal Rechtspleging"
    assert meta.signatories == [("I.W. Opstelten", "Minister van Veiligheid en Justitie")]
    assert meta.addressee == "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert [passage.text for passage in letter.all_passages()] == BODY
    every = " ".join(passage.text for passage in letter.all_passages())
    for piece in (
        "Datum",
        "Onderwerp",
        "kenmerk",
        "Pagina",
        "P a g",
        "Retouradres",
        "Geachte",
        "Hoogachtend",
        "Opstelten",
        "Turfmarkt",
    ):
        assert piece not in every, piece
