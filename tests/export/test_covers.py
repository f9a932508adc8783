"""The 3-topic pack in both formats, read back page by page: one designed cover (title,
occasion, date, author, the contents with their page numbers), the marking above and
below every page and nowhere else, no title broken inside its date and no citation
broken inside ("p. 2–" / "3")."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest

from briefer.app import open_library
from briefer.compose.assemble import build_document
from briefer.core.briefings import BriefingSpec
from briefer.core.store.database import Store
from briefer.core.themes import find_theme
from briefer.export.briefing_export import write_document

MARKING = "Departementaal vertrouwelijk"
# Long enough to wrap on the cover: the date must stay whole on one line.
TITLE = "Voorbereiding van de delegatie naar Kyiv en Warschau van maandag 21 maart 2022"
NEEDS = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) or poppler (pdftotext) is not installed",
)
# A line that ends inside a citation: after "Kamerstuk", a number group, "nr.", "p." or
# an en dash between pages.
CUT_CITATION = re.compile(r"(Kamerstuk|\b\d{2}|\bV,|nr\.|p\.|\d–)\s*$")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """The pack as PDF and as Word (turned into PDF by LibreOffice): format -> pages."""
    if shutil.which("soffice") is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) or poppler (pdftotext) is not installed")
    folder = tmp_path_factory.mktemp("covers")
    store: Store = open_library(folder / "library" / "briefer.sqlite")
    try:
        spec = BriefingSpec(
            title=TITLE,
            theme_ids=tuple(find_theme(store, n).id for n in ("Rusland", "Oekraïne", "Sancties")),
            occasion="Bezoek van de delegatie aan Kyiv",
            briefing_date=date(2022, 3, 21),
            author="A. de Vries",
            classification=MARKING,
        )
        document = build_document(store, spec)
    finally:
        store.close()
    write_document(document, folder / "pack.pdf", "pdf")
    write_document(document, folder / "pack.docx", "docx")
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder / "word"),
            str(folder / "pack.docx"),
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )
    found = {}
    for name, pdf in (("pdf", folder / "pack.pdf"), ("word", folder / "word" / "pack.pdf")):
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
        found[name] = [page for page in text.split("\f") if page.strip()]
    return found


def lines(page: str) -> list[str]:
    return [" ".join(line.replace("\u00a0", " ").split()) for line in page.splitlines()]


@NEEDS
@pytest.mark.parametrize("fmt", ["pdf", "word"])
def test_the_cover_is_one_page_with_details_and_contents(
    pages: dict[str, list[str]], fmt: str
) -> None:
    cover = lines(pages[fmt][0])
    text = " ".join(cover)
    for expected in (
        "Bezoek van de delegatie aan Kyiv",
        "Datum 21 maart 2022",
        "Opgesteld door A. de Vries",
        "Onderwerpen Rusland, Oekraïne, Sancties",
        "Inhoud",
    ):
        assert expected in text, (fmt, expected)
    # The contents on the cover, with the page each topic starts on.
    entries = {}
    for line in cover:
        match = re.fullmatch(r"(Rusland|Oekraïne|Sancties|Bronnen)[ .]*(\d+)", line)
        if match:
            entries[match.group(1)] = int(match.group(2))
    assert list(entries) == ["Rusland", "Oekraïne", "Sancties", "Bronnen"], cover
    for topic, number in entries.items():
        assert topic in lines(pages[fmt][number - 1]), (fmt, topic, number)
    # The title wraps, but never inside its date.
    assert any(line.endswith("21 maart 2022") or "21 maart 2022" in line for line in cover)
    assert not any(re.search(r"\b21$", line) or line.startswith("maart") for line in cover)


@NEEDS
@pytest.mark.parametrize("fmt", ["pdf", "word"])
def test_the_marking_stands_above_and_below_every_page_and_nowhere_else(
    pages: dict[str, list[str]], fmt: str
) -> None:
    for number, page in enumerate(pages[fmt], start=1):
        found = lines(page)
        assert found.count(MARKING) == 2, (fmt, number)
        content = [line for line in found if line]
        assert content[0] == MARKING and content[-1] == MARKING, (fmt, number)
        assert f"Pagina {number} van {len(pages[fmt])}" in " ".join(found)


@NEEDS
def test_both_formats_have_the_same_pages(pages: dict[str, list[str]]) -> None:
    assert len(pages["pdf"]) == len(pages["word"])


@NEEDS
@pytest.mark.parametrize("fmt", ["pdf", "word"])
def test_no_citation_breaks_inside(pages: dict[str, list[str]], fmt: str) -> None:
    for page in pages[fmt]:
        for line in lines(page):
            if "(Kamerstuk" in line or "; Kamerstuk" in line or line.endswith("Kamerstuk"):
                tail = line.rsplit("(", 1)[-1]
                assert not CUT_CITATION.search(tail) or tail.endswith(")"), (fmt, line)
            if "opgenomen onder" in line or "doellengte" in line:  # the lines of references
                assert not CUT_CITATION.search(line), (fmt, line)
