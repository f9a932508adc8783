"""The PDF reader on real PDFs drawn with reportlab."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from briefer.ingest.errors import LetterImportError
from briefer.ingest.model import ParsedLetter
from briefer.ingest.pdf import read_pdf
from briefer.ingest.reader import read_letter
from briefer.ingest.text import parse_text
from tests.ingest.letter_files import make_pdf_from_kamerstuk_text

LETTER = Path(__file__).parents[2] / "resources" / "letters" / "kamerstuk-35925-V-84.txt"


@pytest.fixture(scope="module")
def kamerstuk_text() -> str:
    return LETTER.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def from_text(kamerstuk_text: str) -> ParsedLetter:
    return parse_text(kamerstuk_text, fallback_title=LETTER.stem)


@pytest.fixture(scope="module")
def letter_pdf(kamerstuk_text: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "kamerstuk-35925-V-84.pdf"
    return make_pdf_from_kamerstuk_text(kamerstuk_text, path)


@pytest.fixture(scope="module")
def from_pdf(letter_pdf: Path) -> ParsedLetter:
    return read_pdf(letter_pdf, letter_pdf.read_bytes())


def _import_error(path: Path) -> LetterImportError:
    with pytest.raises(LetterImportError) as caught:
        read_pdf(path, path.read_bytes())
    assert str(caught.value).startswith(str(path))
    return caught.value


def test_pdf_gives_the_same_letter_as_the_text(
    from_pdf: ParsedLetter, from_text: ParsedLetter
) -> None:
    assert from_pdf.source_format == "pdf"
    assert from_pdf.meta == from_text.meta
    assert from_pdf.passages == from_text.passages
    assert from_pdf.sections == from_text.sections  # titles, levels, pages, passages: all
    assert from_pdf.content_hash() == from_text.content_hash()


def test_pdf_letter_metadata_and_size(from_pdf: ParsedLetter) -> None:
    meta = from_pdf.meta
    assert meta.kamerstuk == "35 925 V, nr. 84"
    assert meta.vergaderjaar == "2021–2022"
    assert meta.pages == 18
    assert meta.date == date(2022, 3, 8)
    assert meta.place == "Den Haag"
    assert meta.signatory == "W.B. Hoekstra"
    assert meta.signatory_role == "Minister van Buitenlandse Zaken"
    assert [section.title for section in from_pdf.sections] == [
        "Inleiding",
        "Veiligheid: vrede, veiligheid en defensie",
        "Welvaart: open strategische autonomie, economische veiligheid en weerbaarheid",
        "Waarden, democratie en internationale rechtsorde",
        "Dienstverlening",
    ]
    assert from_pdf.passage_count() == 84
    assert max(passage.last_page for passage in from_pdf.all_passages()) == 18


def test_pdf_keeps_special_characters_and_resolves_hyphens(from_pdf: ParsedLetter) -> None:
    text = "\n".join(passage.text for passage in from_pdf.all_passages())
    for needle in ("R&D", "«", "»", "’", "–", "Oekraïne", "Servië", "geïnformeerd"):
        assert needle in text
    assert "aanpassingsvermogen" in text  # a broken word, joined
    assert "veiligheidsarchitectuur" in text
    assert "Chinees-Russische" in text  # a compound hyphen at a line end, kept
    assert not any(mark in text for mark in ("\x02", "\ufffe", "\xad", "\r"))


def test_pdf_through_read_letter_reports_progress_per_page(letter_pdf: Path) -> None:
    calls: list[tuple[int, int]] = []
    letter = read_letter(letter_pdf, lambda done, total: calls.append((done, total)))
    assert letter.source_format == "pdf"
    assert calls == [(page, 18) for page in range(19)]


def test_pdf_paragraphs_come_from_vertical_gaps_and_stamps_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "alinea's.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont("Helvetica", 11)
    lines = [
        "Eerste alinea, die op deze regel niet met een punt eindigt en",
        "daarom zonder witregel gewoon doorloopt op de tweede regel en",
        "op de derde regel eindigt.",
        "",
        "en een tweede alinea die pas na een witregel begint. Nog een",
        "regel van die tweede alinea.",
    ]
    for index, line in enumerate(lines):
        canvas.drawString(72, 760 - 14 * index, line)
    canvas.saveState()
    canvas.translate(30, 400)
    canvas.rotate(90)
    canvas.drawString(0, 0, "STEMPEL IN DE MARGE")
    canvas.restoreState()
    canvas.save()
    letter = read_pdf(path, path.read_bytes())
    assert [passage.text for passage in letter.all_passages()] == [
        "Eerste alinea, die op deze regel niet met een punt eindigt en "
        "daarom zonder witregel gewoon doorloopt op de tweede regel en "
        "op de derde regel eindigt.",
        "en een tweede alinea die pas na een witregel begint. Nog een regel van die tweede alinea.",
    ]


def test_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "beveiligd.pdf"
    canvas = Canvas(str(path), pagesize=A4, encrypt="geheim")
    canvas.drawString(72, 760, "Vertrouwelijke tekst.")
    canvas.save()
    error = _import_error(path)
    assert str(error) == f"{path}: de PDF is beveiligd met een wachtwoord"


def test_truncated_pdf_is_refused(letter_pdf: Path, tmp_path: Path) -> None:
    data = letter_pdf.read_bytes()
    path = tmp_path / "afgebroken.pdf"
    path.write_bytes(data[: len(data) // 2])
    error = _import_error(path)
    assert str(error) == f"{path}: de PDF is beschadigd en kan niet worden gelezen"


def test_garbage_after_pdf_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kapot.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20 + b"\n%%EOF\n")
    error = _import_error(path)
    assert error.problem == "de PDF is beschadigd en kan niet worden gelezen"


def test_pdf_without_text_layer_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    canvas.rect(72, 72, 300, 500, stroke=1, fill=1)
    canvas.save()
    error = _import_error(path)
    assert str(error) == f"{path}: de PDF bevat geen tekst (gescand document zonder tekstlaag?)"
