"""A cited passage's footnotes and an answer of Kamervragen in a briefing: one render model
(markers where they stood, numbered through the document, "Antwoord op vraag 1"), real
footnotes in Word (read back by python-docx and by LibreOffice), notes beneath the
passage in the PDF (read back by pdftotext)."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import docx
import pytest

from briefer.app import open_library
from briefer.compose.assemble import build_document
from briefer.compose.render_model import BulletList, Quote, RenderDocument, Run, footnotes_of
from briefer.core.briefings import BriefingSpec
from briefer.core.store.database import Store
from briefer.core.themes import find_theme
from briefer.export.briefing_export import export_briefing
from tests.letter_kinds import ANSWER_1, FOOTNOTE_1, FOOTNOTE_2, MARKED, kamervragen, stored

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext")
needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    store = open_library(db_path)
    stored(store, kamervragen(), "vragen.xml")
    yield store
    store.close()


def spec_of(store: Store, **changes: object) -> BriefingSpec:
    spec = BriefingSpec(
        title="Steun aan Oekraïne",
        theme_ids=(find_theme(store, "Sancties").id,),
        briefing_date=date(2026, 12, 3),
        annex=True,
    )
    return replace(spec, **changes)  # type: ignore[arg-type]


def _items(document: RenderDocument) -> list[tuple[Run, ...]]:
    return [
        item.runs
        for block in document.blocks
        if isinstance(block, BulletList)
        for item in block.items
    ]


def test_the_render_model_carries_markers_notes_and_the_answer(store: Store) -> None:
    document = build_document(store, spec_of(store))
    answer = next(runs for runs in _items(document) if runs[0].text.startswith("Antwoord"))
    assert answer[0] == Run("Antwoord op vraag 1: ", bold=True)
    # The background shows the answer's first sentences: the note of "gemeld" goes with
    # them, right where its marker stood; the note at the passage's end does not.
    assert answer[1].text.endswith(MARKED) and answer[2].footnote is not None
    assert (answer[2].text, answer[2].footnote.text, answer[2].footnote.number) == (
        "1",
        FOOTNOTE_1,
        1,
    )
    assert [note.text for note in footnotes_of(answer)] == [FOOTNOTE_1]
    quotes = [block for block in document.blocks if isinstance(block, Quote)]
    quoted = next(quote for quote in quotes if quote.text == ANSWER_1)
    assert quoted.label == "Antwoord op vraag 1"
    assert [(n.number, n.text) for n in footnotes_of(quoted.text_runs)] == [
        (2, FOOTNOTE_1),
        (3, FOOTNOTE_2),
    ]
    assert "".join(r.text for r in quoted.text_runs if r.footnote is None) == ANSWER_1
    question = next(quote for quote in quotes if quote.label == "Vraag 2")
    assert question.runs == () and question.text.startswith("Welke sancties")
    english = build_document(store, spec_of(store, language="en"))
    assert any(runs[0].text == "Answer to question 1: " for runs in _items(english))
    assert "3 " + FOOTNOTE_2 in document.plain_text()


def _docx_notes(path: Path) -> tuple[dict[str, str], list[str], str]:
    """(footnote id -> text, referenced ids in order, the text before the first reference)."""
    with zipfile.ZipFile(path) as package:
        notes_xml = package.read("word/footnotes.xml")
        types = package.read("[Content_Types].xml").decode()
        rels = package.read("word/_rels/document.xml.rels").decode()
    assert "footnotes+xml" in types and "relationships/footnotes" in rels
    notes = {
        note.get(f"{W}id") or "": "".join(t.text or "" for t in note.iter(f"{W}t")).strip()
        for note in ElementTree.fromstring(notes_xml).iter(f"{W}footnote")
        if note.get(f"{W}type") is None
    }
    word = docx.Document(str(path))
    references: list[str] = []
    before = ""
    for paragraph in word.paragraphs:
        text = ""
        for element in paragraph._p.iter(f"{W}t", f"{W}footnoteReference"):
            if element.tag == f"{W}t":
                text += element.text or ""
                continue
            run_properties = element.getparent().find(f"{W}rPr")
            align = run_properties.find(f"{W}vertAlign") if run_properties is not None else None
            assert align is not None and align.get(f"{W}val") == "superscript"
            references.append(element.get(f"{W}id") or "")
            before = before or text
    return notes, references, before


def test_word_gets_real_footnotes(store: Store, tmp_path: Path) -> None:
    (path,) = export_briefing(store, spec_of(store), tmp_path / "briefing.docx", "docx")
    notes, references, before = _docx_notes(path)
    assert list(notes.values()) == [FOOTNOTE_1, FOOTNOTE_1, FOOTNOTE_2]
    assert references == list(notes)  # each note referenced once, in order
    assert before.endswith(MARKED)  # the first reference right after the words it notes
    word = docx.Document(str(path))
    body = "\n".join(p.text for p in word.paragraphs)
    assert "Antwoord op vraag 1: Ja. Het kabinet" in body
    assert "Antwoord op vraag 1\nJa. Het kabinet" in body  # the annex's quote, labelled


@needs_soffice
def test_libreoffice_reads_them_as_footnotes(store: Store, tmp_path: Path) -> None:
    (path,) = export_briefing(store, spec_of(store), tmp_path / "briefing.docx", "docx")
    for target in ("odt", "pdf"):
        result = subprocess.run(
            [
                "soffice",
                "--headless",
                f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                "--convert-to",
                target,
                "--outdir",
                str(tmp_path / "lo"),
                str(path),
            ],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(tmp_path / "lo" / "briefing.odt") as package:
        content = ElementTree.fromstring(package.read("content.xml"))
    found = [
        (
            note.get(f"{TEXT}note-class"),
            note.findtext(f"{TEXT}note-citation"),
            "".join(note.find(f"{TEXT}note-body").itertext()).strip(),  # type: ignore[union-attr]
        )
        for note in content.iter(f"{TEXT}note")
    ]
    assert found == [
        ("footnote", "1", FOOTNOTE_1),
        ("footnote", "2", FOOTNOTE_1),
        ("footnote", "3", FOOTNOTE_2),
    ]
    if shutil.which("pdftotext") is None:
        return
    pages = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "lo" / "briefing.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\f")
    page = next(page for page in pages if "Antwoord op vraag 1:" in page)
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    note = next(n for n, line in enumerate(lines) if line.startswith(f"1 {FOOTNOTE_1}"))
    assert note > next(n for n, line in enumerate(lines) if MARKED in line)
    # at the foot of the page: after it only other notes and the page's footer
    assert all(not line.startswith(("•", "Ja.")) for line in lines[note:])


@needs_pdftotext
def test_the_pdf_prints_the_notes_beneath_the_passage(store: Store, tmp_path: Path) -> None:
    (path,) = export_briefing(store, spec_of(store), tmp_path / "briefing.pdf", "pdf")
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = re.sub(r"\s+", " ", text)
    # (pdftotext puts a raised number on a line of its own: the order is what is read)
    item = flat.index("Antwoord op vraag 1: Ja. Het kabinet")
    after = flat[item:]
    assert after.index(f"{MARKED}1.") < after.index(FOOTNOTE_1) < after.index("Vraag 2:")
    assert FOOTNOTE_2 not in after[: after.index("Vraag 2:")]  # not cited in what is shown
    annex = flat[flat.index("Antwoord op vraag 1 Ja. Het kabinet") :]
    assert annex.index(f"{MARKED}2.") < annex.index("Rusland3.") < annex.index(FOOTNOTE_1)
    assert annex.index(FOOTNOTE_1) < annex.index(FOOTNOTE_2) < annex.index("Vraag 2")
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(tmp_path / "page")], check=True)


def test_a_template_with_footnotes_of_its_own_keeps_only_the_briefing_s(
    store: Store, tmp_path: Path
) -> None:
    """A ministry's template that has a footnotes part: its separators are kept, its
    body's notes go with its body, the briefing's notes are added (python-docx reads the
    part as bytes: written back)."""
    (template,) = export_briefing(store, spec_of(store), tmp_path / "sjabloon.docx", "docx")
    (path,) = export_briefing(
        store, spec_of(store, annex=False), tmp_path / "b.docx", "docx", word_template=template
    )
    notes, references, _before = _docx_notes(path)
    assert list(notes.values()) == [FOOTNOTE_1] and references == list(notes)
    with zipfile.ZipFile(path) as package:
        assert package.namelist().count("word/footnotes.xml") == 1
        root = ElementTree.fromstring(package.read("word/footnotes.xml"))
    kinds = [note.get(f"{W}type") for note in root.iter(f"{W}footnote")]
    assert kinds == ["separator", "continuationSeparator", None]
