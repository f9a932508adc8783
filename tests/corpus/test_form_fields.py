"""A form in two columns (label at the left, value beside it) read field by field.

The committee's besluitenlijst of ../shared/corpus/real is such a form: "Zaak:",
"Besluit:", "Noot:" at the left, each value beside its label and running on at
the value's edge. Its fields are each one passage, their label with them, though
the labels and many values repeat at the same place on other pages as a running
header would; its numbered agenda items are headings below the grey bars; its own
fields (the header block and the closing) are not passages. Its whole outline is
scored in test_real_documents.py.
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from briefer.ingest.reader import read_letter
from tests.corpus.scoring import ABSENT, CORPUS

FORM = CORPUS / "besluitenlijst_example1.pdf"
pytestmark = pytest.mark.skipif(not FORM.is_file(), reason=ABSENT)


def passages() -> list[str]:
    letter = read_letter(FORM)
    found: list[str] = []
    stack = list(reversed(letter.sections))
    while stack:
        section = stack.pop()
        found.extend(passage.text for passage in section.passages)
        stack.extend(reversed(section.sections))
    return found


def test_each_field_of_the_form_is_a_passage_with_its_label() -> None:
    texts = passages()
    zaak = next(text for text in texts if text.startswith("Zaak: Wetgeving - minister voor"))
    # The value runs on over five lines at the value's edge, each one with a capital.
    assert zaak.endswith("naar keuze binnen de eigen gemeente - 30569"), zaak
    assert "Besluit:" not in zaak  # the next field is a passage of its own
    assert "Besluit: Aanmelden voor plenaire behandeling" in texts
    # A field repeated word for word on other pages is text, not a running header.
    repeated = "Besluit: Betrekken bij de verdere behandeling van het wetsvoorstel"
    assert texts.count(repeated) >= 2
    assert "Noot: Besluit: besluitenlijst vastgesteld" in texts


def test_no_field_is_lost_or_glued_to_another() -> None:
    # Every "Zaak:" of the form's text starts a passage, also the one at the top of a
    # page whose value repeats at the same place elsewhere.
    document = pdfium.PdfDocument(FORM)
    try:
        printed = sum(page.get_textpage().get_text_range().count("Zaak:") for page in document)
    finally:
        document.close()
    zaken = [text for text in passages() if text.startswith("Zaak:")]
    assert len(zaken) == printed
    assert not any(text.startswith("Besluit:") and "Brief regering" in text for text in passages())


def test_a_label_that_touches_its_value_starts_a_field_too() -> None:
    texts = passages()
    # "Volgcommissie(s): OCW, JUST" is one line; it is not glued to the Besluit above it.
    assert "Volgcommissie(s): OCW, JUST" in texts
    assert not any(text.startswith("Besluit:") and "Volgcommissie" in text for text in texts)


def test_numbered_items_are_headings_below_the_bars() -> None:
    letter = read_letter(FORM)
    bars = [section.title for section in letter.sections]
    assert bars[:3] == [
        "Besluitenlijst vorige vergadering(en)",
        "Brievenlijst",
        "Wet- en regelgeving",
    ]
    items = [s for s in letter.walk_sections() if s.level == 2]
    assert len(items) == 36
    assert items[0].title == "1. Agendapunt: Besluitenlijst van de vergadering van 19 maart 2009"
    # An item's title that runs over a page break is one heading, its hyphen kept.
    assert items[30].title.endswith("Veiligheidsregio Midden- en West-Brabant")
    assert items[30].page == 7


def test_the_forms_own_fields_are_not_passages() -> None:
    letter = read_letter(FORM)
    assert (
        letter.meta.title == "Besluitenlijst van de procedurevergadering van donderdag 2 april 2009"
    )
    assert letter.meta.date is not None and letter.meta.date.isoformat() == "2009-04-03"
    texts = " ".join(passages())
    for own in ("Voortouwcommissie", "i.v.m. agendapunt", "Document:", "Griffier", "2008A02139"):
        assert own not in texts
