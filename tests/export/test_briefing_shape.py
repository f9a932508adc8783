"""Issue 14, end to end on the bundled letter: the pack's length, bookmarks, language,
and warnings for scripts the PDF fonts cannot print."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pypdf
import pytest

from briefer.app import open_library
from briefer.compose.assemble import build_document
from briefer.core.briefings import BriefingSpec
from briefer.core.notes import save_note
from briefer.core.store.database import Store
from briefer.core.tags import theme_passages
from briefer.core.themes import find_theme
from briefer.export.briefing_export import export_briefing
from briefer.export.preflight import script_warnings

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext")
PACK = ("Rusland", "China", "Westelijke Balkan")


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    store = open_library(db_path)
    yield store
    store.close()


def spec_of(store: Store, *names: str, **changes: object) -> BriefingSpec:
    spec = BriefingSpec(
        title="Pakket" if len(names) > 1 else f"Briefing {names[0]}",
        theme_ids=tuple(find_theme(store, name).id for name in names),
        briefing_date=date(2026, 12, 3),
        classification="Departementaal vertrouwelijk",
    )
    return replace(spec, **changes)  # type: ignore[arg-type]


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@needs_pdftotext
def test_the_pack_is_at_most_half_of_quoting_every_passage(store: Store, tmp_path: Path) -> None:
    # What the pack was before: every passage of every topic verbatim (passages with
    # two of the pack's themes twice). The new pack must be at most half of that.
    verbatim = sum(
        len(passage.text.split())
        for name in PACK
        for passage in theme_passages(store, find_theme(store, name).id)
    )
    [path] = export_briefing(store, spec_of(store, *PACK), tmp_path / "pakket.pdf", "pdf")
    words = len(pdf_text(path).split())
    assert words <= verbatim / 2, (words, verbatim)
    # ... and no passage stands twice (each once, the other topics refer to it).
    document = build_document(store, spec_of(store, *PACK))
    cited = [
        (item.text, item.citations)
        for block in document.blocks
        if hasattr(block, "items")
        for item in block.items  # type: ignore[attr-defined]
        if item.citations
    ]
    assert len(cited) == len(set(cited))
    shared = {
        p.id
        for p in theme_passages(store, find_theme(store, "Rusland").id)
        if p.id in {q.id for q in theme_passages(store, find_theme(store, "China").id)}
    }
    assert shared  # the letter does have passages on both
    # with the annex, every passage stands there once, verbatim
    [annexed] = export_briefing(
        store, spec_of(store, *PACK, annex=True), tmp_path / "bijlage.pdf", "pdf"
    )
    assert "Bijlage: brontekst" in pdf_text(annexed)


def test_nested_note_headings_are_nested_bookmarks(store: Store, tmp_path: Path) -> None:
    china = find_theme(store, "China").id
    save_note(
        store,
        "## Gespreksaanpak\n\nEerst luisteren.\n\n### Opening\n\nGroet.\n\n"
        "#### Detail\n\nKlein.\n\n## Afronding\n\nDank.",
        theme_id=china,
    )
    [path] = export_briefing(store, spec_of(store, "China", "Rusland"), tmp_path / "p.pdf", "pdf")
    outline = pypdf.PdfReader(path).outline

    def find(items: list, title: str) -> tuple[list, int] | None:  # type: ignore[type-arg]
        for index, item in enumerate(items):
            if isinstance(item, list):
                found = find(item, title)
                if found:
                    return found
            elif item.title == title:
                return items, index
        return None

    found = find(outline, "Gespreksaanpak")
    assert found is not None
    siblings, index = found
    children = siblings[index + 1]
    assert isinstance(children, list) and children[0].title == "Opening"
    assert isinstance(children[1], list) and children[1][0].title == "Detail"
    assert any(getattr(item, "title", "") == "Afronding" for item in siblings)
    # Word: "Detail" (level 5) has Heading 4's look but is nested deeper.
    [word] = export_briefing(store, spec_of(store, "China", "Rusland"), tmp_path / "p.docx", "docx")
    detail = next(p for p in docx.Document(str(word)).paragraphs if p.text == "Detail")
    assert detail.style.name == "Heading 4"
    assert '<w:outlineLvl w:val="4"/>' in detail._p.xml


@needs_pdftotext
def test_the_same_briefing_in_english_and_dutch(store: Store, tmp_path: Path) -> None:
    for language, words in (
        ("nl", ("Achtergrond", "Bronnen", "Datum", "3 december 2026", "Pagina 2 van 2")),
        ("en", ("Background", "Sources", "Date", "3 December 2026", "Page 2 of 2")),
    ):
        spec = spec_of(store, "China", language=language)
        [pdf] = export_briefing(store, spec, tmp_path / f"{language}.pdf", "pdf")
        [word] = export_briefing(store, spec, tmp_path / f"{language}.docx", "docx")
        text = pdf_text(pdf)
        paragraphs = [p.text for p in docx.Document(str(word)).paragraphs]
        for expected in words[:2]:
            assert expected in text and expected in paragraphs
        assert words[2] in text and f"{words[2]}: {words[3]}" in paragraphs
        assert words[4] in text
        other = "Background" if language == "nl" else "Achtergrond"
        assert other not in text and other not in paragraphs
        assert docx.Document(str(word)).core_properties.language == (
            "nl-NL" if language == "nl" else "en-GB"
        )


def test_scripts_the_pdf_cannot_print_are_warned_about(store: Store) -> None:
    china = find_theme(store, "China").id
    save_note(
        store, "Ontmoeting met 김 대사 en مرحبا بكم 🙂; 习近平 en Путин zijn goed.", theme_id=china
    )
    warnings = {
        w.script: w for w in script_warnings(build_document(store, spec_of(store, "China")))
    }
    assert set(warnings) == {"Koreaans", "Arabisch", "emoji"}
    assert warnings["Koreaans"].blank and warnings["emoji"].blank
    assert not warnings["Arabisch"].blank  # printed, but unjoined and left to right
    assert "de PDF-lettertypen hebben geen Koreaans" in str(warnings["Koreaans"])
    save_note(store, "习近平 en Путин, «café» – R&D", theme_id=china)
    assert script_warnings(build_document(store, spec_of(store, "China"))) == []
