"""Word letters as ministries write them, in the ways the real set lacks a file for.

The development set (../shared/corpus/real) has no Word letter; letters kept
aside showed what goes wrong: a core title that is Word's stand-in ("Word
Document"), a line ending in a suspended hyphen ("wet-" before "en
regelgeving"), a closing signed by two. Each is made here as a real .docx and
read back by the importer's reader.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK

from briefer.ingest.hyphenation import join_lines
from briefer.ingest.reader import read_letter


def _letter(path: Path, *, title: str = "", closing: list[str] | None = None) -> Path:
    document = Document()
    document.core_properties.title = title
    document.add_paragraph("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
    document.add_paragraph("Datum 12 mei 2023")
    document.add_paragraph("Betreft Voortgang van de aanpak van ondermijning")
    document.add_paragraph("Geachte voorzitter,")
    body = document.add_paragraph("Het kabinet werkt aan een herziening van de wet-")
    body.runs[0].add_break(WD_BREAK.LINE)
    body.add_run("en regelgeving voor de opsporing. Daarover informeer ik uw Kamer voor de zomer.")
    document.add_paragraph("De land- en tuinbouw blijft buiten deze aanpak.")
    document.add_paragraph("Hoogachtend,")
    for line in closing or ["De minister van Justitie en Veiligheid,", "D. Yeşilgöz-Zegerius"]:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def test_words_stand_in_title_is_no_title(tmp_path: Path) -> None:
    letter = read_letter(_letter(tmp_path / "brief.docx", title="Word Document"))
    assert letter.meta.title == "Voortgang van de aanpak van ondermijning"
    assert letter.meta.date == date(2023, 5, 12)


def test_a_real_core_title_is_kept_when_nothing_else_names_the_letter(tmp_path: Path) -> None:
    document = Document()
    document.core_properties.title = "Reactie op het rapport over cybercriminaliteit"
    document.add_paragraph("Het kabinet neemt de aanbevelingen over.")
    path = tmp_path / "notitie.docx"
    document.save(str(path))
    assert read_letter(path).meta.title == "Reactie op het rapport over cybercriminaliteit"


def test_a_suspended_hyphen_at_a_line_end_stays(tmp_path: Path) -> None:
    letter = read_letter(_letter(tmp_path / "brief.docx"))
    texts = [passage.text for passage in letter.all_passages()]
    assert texts[0].startswith("Het kabinet werkt aan een herziening van de wet- en regelgeving")
    assert "weten regelgeving" not in " ".join(texts)


def test_suspended_hyphens_and_broken_words_joined_as_written() -> None:
    assert join_lines("de wet-", "en regelgeving") == "de wet- en regelgeving"
    assert join_lines("de land-", "of tuinbouw") == "de land- of tuinbouw"
    assert join_lines("het aanpassings-", "vermogen") == "het aanpassingsvermogen"
    assert join_lines("zie https://www.rijksoverheid.nl/documenten/", "kamerbrief.pdf") == (
        "zie https://www.rijksoverheid.nl/documenten/kamerbrief.pdf"
    )


def test_a_closing_signed_by_two_keeps_both(tmp_path: Path) -> None:
    closing = [
        "DE MINISTER VAN JUSTITIE EN VEILIGHEID,",
        "D. Yeşilgöz-Zegerius",
        "DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID,",
        "E. van der Burg",
    ]
    letter = read_letter(_letter(tmp_path / "brief.docx", closing=closing))
    assert letter.meta.signatories == [
        ("D. Yeşilgöz-Zegerius", "Minister van Justitie en Veiligheid"),
        ("E. van der Burg", "Staatssecretaris van Justitie en Veiligheid"),
    ]
    assert (letter.meta.signatory, letter.meta.signatory_role) == letter.meta.signatories[0]
    every = " ".join(passage.text for passage in letter.all_passages())
    assert "Hoogachtend" not in every and "Burg" not in every and "MINISTER" not in every
