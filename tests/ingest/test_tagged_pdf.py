"""A tagged publication read from its own tags: a Word document turned into a tagged
PDF by LibreOffice, as a ministry's staff export one (the real brochure of the corpus
is scored in tests/corpus)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest

from briefer.ingest import tagged_pdf
from briefer.ingest.model import ParsedLetter
from briefer.ingest.reader import read_letter

FOOTER = "Strategie Westelijke Balkan | publicatie 2024"
ROWS = [
    "EU Europese Unie",
    "NAVO Noord-Atlantische Verdragsorganisatie",
    "OVSE Organisatie voor Veiligheid en Samenwerking in Europa",
    "VN Verenigde Naties",
    "WB6 de zes landen van de Westelijke Balkan",
]
SENTENCE = (
    "De rechtsstaat is de kern van het uitbreidingsproces en vraagt om onafhankelijke "
    "rechters, vrije media en de bestrijding van corruptie."
)


def _document(path: Path) -> Path:
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = FOOTER
    document.add_paragraph("Strategie voor de Westelijke Balkan", style="Title")
    document.add_heading("Samenvatting", level=1)
    document.add_paragraph(
        "Nederland steunt de toenadering van de landen van de Westelijke Balkan tot de "
        "Europese Unie, op basis van strikte en eerlijke voorwaarden."
    )
    document.add_heading("Inzet in de regio", level=1)
    document.add_heading("Rechtsstaat", level=2)
    document.add_paragraph(" ".join([SENTENCE] * 40))  # runs over two page breaks
    document.add_heading("Economie", level=2)
    document.add_paragraph("De regio heeft investeringen nodig in energie en vervoer.")
    document.add_heading("Afkortingen", level=1)
    for row in ROWS:
        document.add_paragraph(row)
    document.save(str(path))
    return path


def _to_pdf(source: Path, folder: Path, tagged: bool) -> Path:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: it makes the tagged PDF")
    value = "true" if tagged else "false"
    export = f'pdf:writer_pdf_Export:{{"UseTaggedPDF":{{"type":"boolean","value":"{value}"}}}}'
    result = subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--convert-to",
            export,
            "--outdir",
            str(folder),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return folder / f"{source.stem}.pdf"


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("tagged")
    source = _document(folder / "strategie.docx")
    tagged = _to_pdf(source, folder, tagged=True)
    plain_folder = folder / "plain"
    plain_folder.mkdir()
    plain = _to_pdf(source, plain_folder, tagged=False)
    return {"tagged": tagged, "plain": plain}


@pytest.fixture(scope="module")
def letter(pdfs: dict[str, Path]) -> ParsedLetter:
    return read_letter(pdfs["tagged"])


def test_only_a_tagged_pdf_with_an_outline_is_read_from_its_tags(pdfs: dict[str, Path]) -> None:
    with pdfium.PdfDocument(pdfs["tagged"]) as document:
        assert tagged_pdf.usable(document)
    with pdfium.PdfDocument(pdfs["plain"]) as document:
        assert not tagged_pdf.usable(document)


def test_headings_and_their_levels_come_from_the_tags(letter: ParsedLetter) -> None:
    outline = [(section.title, section.level) for section in letter.walk_sections()]
    assert outline == [
        ("Samenvatting", 1),
        ("Inzet in de regio", 1),
        ("Rechtsstaat", 2),
        ("Economie", 2),
        ("Afkortingen", 1),
    ]
    assert letter.meta.title == "Strategie voor de Westelijke Balkan"
    assert letter.meta.pages == 3


def test_a_paragraph_over_page_breaks_is_one_passage(letter: ParsedLetter) -> None:
    (rechtsstaat,) = [s for s in letter.walk_sections() if s.title == "Rechtsstaat"]
    (passage,) = rechtsstaat.passages
    assert passage.text == " ".join([SENTENCE] * 40)
    assert (passage.first_page, passage.last_page) == (1, 3)


def test_furniture_and_the_title_are_not_passages(letter: ParsedLetter) -> None:
    texts = [passage.text for passage in letter.all_passages()]
    assert not any(FOOTER in text for text in texts)
    assert not any(text == "Strategie voor de Westelijke Balkan" for text in texts)


def test_a_list_of_abbreviations_is_one_passage(letter: ParsedLetter) -> None:
    (section,) = [s for s in letter.walk_sections() if s.title == "Afkortingen"]
    assert [passage.text for passage in section.passages] == [" ".join(ROWS)]
