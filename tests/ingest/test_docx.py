"""The Word reader on real .docx files written with python-docx and zipfile."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as WordDocument
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.run import Run

from briefer.ingest.docx import read_docx
from briefer.ingest.errors import LetterImportError
from briefer.ingest.model import ParsedLetter, ParsedSection
from briefer.ingest.reader import read_letter
from briefer.ingest.text import parse_text
from tests.ingest.letter_files import make_docx_from_parsed

LETTER = Path(__file__).parents[2] / "resources" / "letters" / "kamerstuk-35925-V-84.txt"
INVALID = "is geen geldig Word-document (.docx)"


@pytest.fixture(scope="module")
def from_text() -> ParsedLetter:
    return parse_text(LETTER.read_text(encoding="utf-8"), fallback_title=LETTER.stem)


@pytest.fixture(scope="module")
def letter_docx(from_text: ParsedLetter, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "kamerstuk-35925-V-84.docx"
    return make_docx_from_parsed(from_text, path)


def _read(path: Path) -> ParsedLetter:
    return read_docx(path, path.read_bytes())


def _import_error(path: Path) -> LetterImportError:
    with pytest.raises(LetterImportError) as caught:
        _read(path)
    assert str(caught.value).startswith(str(path))
    return caught.value


def _outline(sections: list[ParsedSection]) -> list[tuple[int, str, int, list[str]]]:
    return [
        (section.level, section.title, section.page, [p.text for p in section.passages])
        for section in sections
    ]


def test_docx_gives_the_same_letter_as_the_text(letter_docx: Path, from_text: ParsedLetter) -> None:
    letter = _read(letter_docx)
    assert letter.source_format == "docx"
    assert letter.meta == from_text.meta  # title, kamerstuk, date, signatory, 18 pages
    assert letter.passages == from_text.passages
    assert letter.sections == from_text.sections  # titles, levels, pages, passages: all
    assert letter.passage_count() == 84
    assert letter.content_hash() == from_text.content_hash()


def test_docx_through_read_letter_reports_progress(letter_docx: Path) -> None:
    calls: list[tuple[int, int]] = []
    letter = read_letter(letter_docx, lambda done, total: calls.append((done, total)))
    assert letter.meta.signatory == "W.B. Hoekstra"
    assert calls
    assert calls[-1][0] == calls[-1][1]


def _add_style(document: WordDocument, name: str) -> None:
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]


def test_dutch_style_names_title_and_outline_level(tmp_path: Path) -> None:
    document = Document()
    for name in ("Titel", "Kop 1", "Kop 2"):
        _add_style(document, name)
    document.add_paragraph("Beleidsbrief Afrika", style="Titel")
    document.add_paragraph("Inleiding", style="Kop 1")
    document.add_paragraph("Korte regel zonder punt")  # no heading: the styles decide
    document.add_paragraph("Een alinea over de inzet van het kabinet.")
    document.add_paragraph("Sahel", style="Kop 2")
    document.add_paragraph("Over de Sahel.")
    outlined = document.add_paragraph("Hoorn van Afrika")
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "1")
    outlined._p.get_or_add_pPr().append(level)
    document.add_paragraph("Over de Hoorn.")
    path = tmp_path / "afrika.docx"
    document.save(str(path))
    letter = _read(path)
    assert letter.meta.title == "Beleidsbrief Afrika"
    first_passages = ["Korte regel zonder punt", "Een alinea over de inzet van het kabinet."]
    assert _outline(letter.sections) == [(1, "Inleiding", 1, first_passages)]
    assert _outline(letter.sections[0].sections) == [
        (2, "Sahel", 1, ["Over de Sahel."]),
        (2, "Hoorn van Afrika", 1, ["Over de Hoorn."]),
    ]


def test_without_heading_styles_headings_are_detected(tmp_path: Path) -> None:
    document = Document()
    document.core_properties.title = "Brief over Afrika"
    for text in ("Inleiding", "Een alinea over de inzet.", "Sahel", "Over de Sahel."):
        document.add_paragraph(text)
    path = tmp_path / "zonder-stijlen.docx"
    document.save(str(path))
    letter = _read(path)
    assert letter.meta.title == "Brief over Afrika"
    assert [(s.level, s.title) for s in letter.walk_sections()] == [(1, "Inleiding"), (1, "Sahel")]


def test_without_core_properties_the_title_comes_from_the_title_paragraph(
    tmp_path: Path,
) -> None:
    document = Document()
    document.add_paragraph("Brief over de Sahel", style="Title")
    document.add_paragraph("Een alinea over de inzet van het kabinet.")
    full = tmp_path / "volledig.docx"
    document.save(str(full))
    path = tmp_path / "zonder-kenmerken.docx"
    with zipfile.ZipFile(full) as source, zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "_rels/.rels":
                data = re.sub(rb"<Relationship [^>]*docProps/core\.xml\"/>", b"", data)
            if name != "docProps/core.xml":
                target.writestr(name, data)
    letter = _read(path)
    assert letter.meta.title == "Brief over de Sahel"  # not python-docx's "Word Document"


def _rendered_break(run: Run) -> None:
    """Mark where Word's last layout broke the page: before the run's text."""
    run._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))


def test_pages_from_breaks_footers_sections_and_tables(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Inleiding", style="Heading 1")
    document.add_paragraph("Op pagina één.")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    after_break = document.add_paragraph("Na de harde paginascheiding.")
    _rendered_break(after_break.runs[0])  # Word records the same break again: still page 2
    running = document.add_paragraph("Deze alinea loopt door ")
    _rendered_break(running.add_run("naar pagina drie."))
    document.add_paragraph("Pagina vier.").paragraph_format.page_break_before = True
    document.add_paragraph("Tweede Kamer, vergaderjaar 2021–2022, 35 925 V, nr. 84 4")
    document.add_section(WD_SECTION.NEW_PAGE)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Cel links."
    table.cell(0, 1).text = "Cel rechts."
    path = tmp_path / "paginas.docx"
    document.save(str(path))
    letter = _read(path)
    passages = [(p.text, p.first_page, p.last_page) for p in letter.all_passages()]
    assert passages == [
        ("Op pagina één.", 1, 1),
        ("Na de harde paginascheiding.", 2, 2),
        ("Deze alinea loopt door naar pagina drie.", 2, 3),
        ("Pagina vier.", 4, 4),
        ("Cel links.", 5, 5),
        ("Cel rechts.", 5, 5),
    ]
    assert letter.meta.pages == 5
    assert letter.meta.kamerstuk == "35 925 V, nr. 84"
    assert letter.meta.vergaderjaar == "2021–2022"


def test_file_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "brief.docx"
    path.write_bytes(b"Dit is geen Word-document maar platte tekst.")
    assert str(_import_error(path)) == f"{path}: {INVALID}: geen zip-bestand"
    with pytest.raises(LetterImportError, match="geen zip-bestand"):
        read_letter(path)


def test_truncated_docx_is_refused(letter_docx: Path, tmp_path: Path) -> None:
    data = letter_docx.read_bytes()
    path = tmp_path / "afgebroken.docx"
    path.write_bytes(data[: len(data) // 2])
    assert str(_import_error(path)) == f"{path}: {INVALID}: het zip-bestand is beschadigd"


def test_zip_without_word_document_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rekenblad.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    error = _import_error(path)
    assert str(error) == f"{path}: {INVALID}: word/document.xml ontbreekt in het zip-bestand"


def test_zip_bomb_is_refused_without_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "bom.docx"
    chunk = b" " * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(201):  # 201 MiB of spaces
                member.write(chunk)
    assert path.stat().st_size < 1 << 20
    error = _import_error(path)
    assert str(error) == f"{path}: het Word-document is verdacht groot uitgepakt (zip-bom?)"
