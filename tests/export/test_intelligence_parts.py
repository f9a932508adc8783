"""The parts "Toezeggingen" and "Wat is er veranderd" in both exports, read back."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import docx
import pytest

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
