"""A committee's besluitenlijst read field by field, where the real one is absent.

The form of committee_form.py differs from the real one of ../shared/corpus/real
(read by tests/corpus/test_form_fields.py) the way forms of other committees and
years do: its numbers hang in the margin left of the labels, the header's values
and the items' values share one edge, every label stands in one column, a label
repeats at the same place on two pages only, and a long value runs over the foot
of page 1.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.app import open_library
from briefer.core.importing.single import import_file
from briefer.core.library import letter_outline
from briefer.ingest.model import ParsedLetter
from briefer.ingest.reader import read_letter
from tests.ingest.committee_form import LONG_ZAAK, make_committee_form


@pytest.fixture(scope="module")
def form(tmp_path_factory: pytest.TempPathFactory) -> ParsedLetter:
    path = make_committee_form(tmp_path_factory.mktemp("form") / "besluitenlijst.pdf")
    return read_letter(path)


def texts(letter: ParsedLetter) -> list[str]:
    return [passage.text for section in letter.walk_sections() for passage in section.passages]


def test_each_field_is_a_passage_with_its_label(form: ParsedLetter) -> None:
    found = texts(form)
    # Twelve letters with one Zaak each, every one its own passage.
    zaken = [text for text in found if text.startswith("Zaak:") and "36045-1" in text]
    assert len(zaken) == 12
    assert all(text.count("Zaak:") == 1 and text.count("Brief regering") == 1 for text in zaken)
    # The value over the foot of page 1 is one passage, the page number not in it.
    assert f"Zaak: {LONG_ZAAK}" in found
    assert "Besluit: Voor kennisgeving aannemen." in found
    assert "Noot: Besluit: besluitenlijst vastgesteld" in found
    # An item's own Volgcommissie is its field; the header's is the document's.
    assert "Volgcommissie(s): EZK" in found
    assert found.count("Besluit: Agenderen voor het commissiedebat Raad Buitenlandse Zaken.") == 2


def test_bars_head_parts_and_numbered_items_are_headings_below_them(
    form: ParsedLetter,
) -> None:
    assert [section.title for section in form.sections] == [
        "Besluitenlijst vorige vergadering(en)",
        "Raad Buitenlandse Zaken",
        "Europese wet- en regelgeving",
        "Brieven van de minister van Defensie",
        "Rondvraag",
    ]
    # The bold line under the empty bar is the form's text, not a heading.
    assert [p.text for p in form.sections[3].passages] == ["Geen agendapunten"]
    items = [section for section in form.walk_sections() if section.level == 2]
    assert [item.title.split(":")[0] for item in items] == [
        f"{number}. Agendapunt" for number in range(1, 7)
    ]
    # A title over two lines is one heading, its suspended hyphen kept.
    assert items[3].title == (
        "4. Agendapunt: Voorstel voor een richtlijn over de bestrijding van corruptie in "
        "de lidstaten van de Europese Unie en bij de instellingen van de Unie"
    )
    assert items[4].title.endswith("over de landbouw- en visserijparagraaf")
    assert [item.page for item in items] == [1, 1, 2, 2, 2, 2]
    assert len(items[1].passages) == 12 + 4  # twelve letters' Zaken, two more, two Besluiten


def test_the_forms_own_fields_name_it_and_are_not_passages(form: ParsedLetter) -> None:
    title = "Besluitenlijst van de procedurevergadering van woensdag 11 maart 2026"
    assert form.meta.title == title
    assert form.meta.date is not None and form.meta.date.isoformat() == "2026-03-12"
    joined = " ".join(texts(form))
    for own in ("Voortouwcommissie", "i.v.m. agendapunt", "Document:", "Griffier", "De Groot"):
        assert own not in joined
    assert "Den Haag, 12 maart" not in joined


def test_the_form_imports_into_a_library(tmp_path: Path) -> None:
    path = make_committee_form(tmp_path / "besluitenlijst.pdf")
    store = open_library(tmp_path / "briefer.sqlite")
    try:
        outline = letter_outline(store, import_file(store, path).letter_id)
    finally:
        store.close()
    assert outline.letter.title.startswith("Besluitenlijst van de procedurevergadering")
    assert [p.text for p in outline.all_passages()] == texts(read_letter(path))


def test_a_bold_line_close_under_a_bar_is_not_part_of_its_title(tmp_path: Path) -> None:
    # No more space under the empty bar than between two fields: still the bar's own title.
    letter = read_letter(make_committee_form(tmp_path / "besluitenlijst.pdf", remark_gap=0))
    titles = [section.title for section in letter.sections]
    assert "Brieven van de minister van Defensie" in titles
    empty = letter.sections[titles.index("Brieven van de minister van Defensie")]
    assert [passage.text for passage in empty.passages] == ["Geen agendapunten"]
