"""The parts "Toezeggingen" and "Wat is er veranderd" in both exports, read back."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import docx
import pytest

from briefer.compose.labels import due_text
from tests.intelligence.letter_pairs import later_letter

PARTS = "kernpunten,toezeggingen,wijzigingen,achtergrond"


@pytest.fixture
def db(run_cli: Any, db_path: Path, tmp_path: Path) -> list[str]:
    args = ["--db", str(db_path)]
    assert run_cli("import", str(later_letter(tmp_path)), *args).code == 0
    return args


def test_word_export_has_both_parts_after_kernpunten(
    run_cli: Any, db: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "mensenrechten.docx"
    assert run_cli("points", "Mensenrechten", "--add", "Mensenrechten overal.", *db).code == 0
    result = run_cli("export", "--theme", "Mensenrechten", "--parts", PARTS, "-o", str(path), *db)
    assert result.code == 0, result.err
    paragraphs = [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]
    headings = [text for style, text in paragraphs if style == "Heading 1"]
    assert headings == [
        "Spreekpunten (actief)",
        "Toezeggingen",
        "Wat is er veranderd",
        "Achtergrond",
    ]
    items = [text for style, text in paragraphs if style == "List Bullet"]
    nota = [text for text in items if text.startswith("Mensenrechtennota — termijn: Q3 2022")]
    assert nota and "verlopen" in nota[0]
    full = "\n".join(text for _style, text in paragraphs)
    assert "Kamerstuk 35 925 V, nr. 84, p. 14" in full
    assert "Kamerstuk 36 200 V, nr. 5 vergeleken met Kamerstuk 35 925 V, nr. 84." in full
    assert "Gewijzigd" in full and "Nieuw" not in headings  # the China passage names mensenrechten


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_pdf_export_shows_the_changes_on_china(run_cli: Any, db: list[str], tmp_path: Path) -> None:
    path = tmp_path / "china.pdf"
    assert run_cli("points", "China", "--add", "Open en kritisch.", *db).code == 0
    args = ["--theme", "China", "--parts", PARTS, "--no-toc"]
    result = run_cli("export", *args, "-o", str(path), *db)
    assert result.code == 0, result.err
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    order = [
        flat.index(word)
        for word in (
            "Spreekpunten (actief) 1. Open en kritisch.",
            "Wat is er veranderd Kamerstuk",
            "Achtergrond",
        )
    ]
    assert order == sorted(order)
    # China has no commitments: the part is left out, never a placeholder.
    assert "Toezeggingen" not in flat and "Geen toezeggingen" not in flat
    assert (
        "Nieuw Zoals gemeld in de beleidsbrief (Kamerstuk 35 925 V, nr. 84) wordt de Chinastrategie"
        in flat
    )
    assert "Waar mogelijk zoeken wij niet langer de samenwerking." in flat
    assert "(Kamerstuk 36 200 V, nr. 5, p. 5; was Kamerstuk 35 925 V, nr. 84, p. 5)" in flat
    assert "Vervallen" not in flat  # the removed passage is not on China


def test_a_saved_briefing_keeps_the_letter_to_compare_against(
    run_cli: Any, db: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "china.docx"
    args = ["--theme", "China", "--parts", PARTS, "--changes-from", "2", "--save"]
    assert run_cli("export", *args, "-o", str(path), *db).code == 0
    again = tmp_path / "again.docx"
    assert run_cli("export", "--briefing", "1", "-o", str(again), *db).code == 0
    full = "\n".join(p.text for p in docx.Document(str(again)).paragraphs)
    assert "Kamerstuk 35 925 V, nr. 84 vergeleken met Kamerstuk 36 200 V, nr. 5." in full


# The labels the two parts print in Dutch; in an English briefing none may be left.
DUTCH_LABELS = (
    " — termijn:",
    "geen termijn genoemd",
    " — verlopen",
    " — afgedaan",
    "vergeleken met",
    "Ingevoegde woorden",
    "; was Kamerstuk",
    "(versie ",
    "Toezeggingen",
    "Wat is er veranderd",
)


@pytest.fixture
def versions_db(run_cli: Any, db_path: Path, tmp_path: Path) -> list[str]:
    """The bundled letter and a later version of it (same kamerstuk): three changes."""
    args = ["--db", str(db_path)]
    later = later_letter(tmp_path, same_kamerstuk=True)
    assert run_cli("import", str(later), *args).code == 0
    assert run_cli("points", "China", "--add", "Open en kritisch.", *args).code == 0
    return args


ENGLISH = ["--theme", "Mensenrechten", "--theme", "China", "--theme", "Oekraïne"]
ENGLISH += ["--parts", "toezeggingen,wijzigingen", "--language", "en", "--no-toc"]


def test_an_english_word_briefing_has_no_dutch_labels_in_both_parts(
    run_cli: Any, versions_db: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "english.docx"
    result = run_cli("export", *ENGLISH, "-o", str(path), *versions_db)
    assert result.code == 0, result.err
    paragraphs = [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]
    full = "\n".join(text for _style, text in paragraphs)
    for label in DUTCH_LABELS:
        assert label not in full, label
    headings = {text for style, text in paragraphs if style.startswith("Heading")}
    assert {"Commitments", "What has changed", "New", "Changed", "Removed"} <= headings
    assert not headings & {"Nieuw", "Gewijzigd", "Vervallen"}
    nota = [text for _s, text in paragraphs if text.startswith("Mensenrechtennota — due: Q3 2022")]
    # the promise as the letter wrote it stays Dutch, in quotes; the state is English
    assert nota and "(“in het derde kwartaal van 2022”)" in nota[0] and " — overdue" in nota[0]
    compared = "Kamerstuk 35 925 V, nr. 84 compared with Kamerstuk 35 925 V, nr. 84 (version 1)."
    assert compared in full
    assert "Inserted words in bold, deleted words in italics between [ ]." in full
    assert "; previously Kamerstuk 35 925 V, nr. 84 (version 1), p. 5)" in full


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_an_english_pdf_briefing_has_no_dutch_labels_in_both_parts(
    run_cli: Any, versions_db: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "english.pdf"
    result = run_cli("export", *ENGLISH, "-o", str(path), *versions_db)
    assert result.code == 0, result.err
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    for label in DUTCH_LABELS:
        assert label not in flat, label
    assert "Mensenrechtennota — due: Q3 2022 (“in het derde kwartaal van 2022”) — overdue" in flat
    assert "New Zoals gemeld in de beleidsbrief" in flat  # the letter's own text stays Dutch
    assert "Changed Inserted words in bold" in flat
    assert "Removed De oorlog in Oekraïne onderstreept" in flat
    assert "Page 1 of" in flat and "Pagina" not in flat
    assert "Briefing pack Mensenrechten, China, Oekraïne" in flat  # the title the CLI gave it


def test_due_moments_read_in_the_briefing_language() -> None:
    cases = {
        "Q3 2022": ("Q3 2022", "Q3 2022"),
        "2022-06-01": ("1 juni 2022", "1 June 2022"),
        "zomer 2022": ("zomer 2022", "summer 2022"),
        "eind 2022": ("eind 2022", "end of 2022"),
        "begin 2023": ("begin 2023", "early 2023"),
        "medio 2023": ("medio 2023", "mid-2023"),
        "juni 2022": ("juni 2022", "June 2022"),
        "zomerreces 2022": ("zomerreces 2022", "summer recess 2022"),
        "Prinsjesdag 2022": ("Prinsjesdag 2022", "Budget Day (Prinsjesdag) 2022"),
        "na de verkiezingen": ("na de verkiezingen", "na de verkiezingen"),  # typed by a user
    }
    for label, (dutch, english) in cases.items():
        assert (due_text(label, "nl"), due_text(label, "en")) == (dutch, english), label


def test_the_default_comparison_is_the_previous_letter_of_the_same_kind(
    db_path: Path, tmp_path: Path
) -> None:
    from briefer.app import open_library
    from briefer.compose.intelligence import default_comparison, wijzigingen_blocks
    from briefer.core.importing.single import import_file
    from briefer.core.letter_comparison import Side
    from briefer.core.library import find_letter, list_letters
    from briefer.core.themes import find_theme
    from tests.ingest.published_letters import make_rijksoverheid_pdf

    store = open_library(db_path)
    try:
        bundled = find_letter(store, "35 925 V, nr. 84")
        import_file(store, later_letter(tmp_path))  # 7 March 2023, the same title
        # 14 October 2022, between the two, but another kind of letter
        other = import_file(store, make_rijksoverheid_pdf(tmp_path / "raad.pdf")).letter_id
        dates = {row.id: row.date for row in list_letters(store)}
        assert dates[bundled] < dates[other] < dates[find_letter(store, "36 200 V, nr. 5")]
        assert default_comparison(store) == Side(bundled)
        # A picked letter that is not in the library (any more): the part says why it is out.
        china = find_theme(store, "China").id
        blocks, reason = wijzigingen_blocks(store, Side(999), china, 2)
        assert blocks == [] and "niet meer in de bibliotheek" in reason
    finally:
        store.close()


def test_the_command_line_compares_against_an_older_version(
    run_cli: Any, versions_db: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "versie.docx"
    args = ["--theme", "China", "--parts", "wijzigingen", "--changes-from", "35 925 V, nr. 84"]
    result = run_cli("export", *args, "--changes-from-version", "1", "-o", str(path), *versions_db)
    assert result.code == 0, result.err
    full = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    compared = "Kamerstuk 35 925 V, nr. 84 vergeleken met Kamerstuk 35 925 V, nr. 84 (versie 1)."
    assert compared in full
    # A version the letter does not have: the part is left out, and with it the briefing.
    missing = run_cli("export", *args, "--changes-from-version", "7", "-o", str(path), *versions_db)
    assert missing.code == 1
    assert "de gekozen versie om mee te vergelijken bestaat niet meer" in missing.err
    alone = run_cli("export", "--theme", "China", "--changes-from-version", "1", "-o", str(path))
    assert alone.code == 1
    assert alone.err.strip().splitlines() == [
        "fout: --changes-from-version hoort bij --changes-from LETTER"
    ]
