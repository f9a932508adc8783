"""A form in two columns (label at the left, value beside it) read field by field.

The committee's besluitenlijst of ../shared/corpus/real is such a form: "Zaak:",
"Besluit:", "Noot:" at the left, each value beside its label and running on at
the value's edge. Its agenda items are not read as headings yet (the whole file
stays in tests/corpus/scoring.NOT_YET); its fields are: each one passage, its
label with it, though the labels and many values repeat at the same place on
other pages as a running header would.
"""

from __future__ import annotations

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
