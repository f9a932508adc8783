"""A promise made in a footnote is a commitment, found at the passage that cites the note.

Ministries put promises in notes too ("Het kabinet zal de quickscan benutten om …" in
a note of the climate strategy of ../shared/corpus/real). A Rijksoverheid Kamerbrief
drawn as a real PDF, with such a note at the foot of its page, is imported as a user
would; the single import and the re-reading of stored letters find the same.
"""

from __future__ import annotations

from pathlib import Path

from briefer.app import open_library
from briefer.core.commitment_register import list_commitments, sync_commitments
from briefer.core.importing.single import import_file
from briefer.core.library import letter_outline
from tests.ingest.published_letters import Item, make_rijksoverheid_pdf

CITING = "Nederland draagt bij aan het onderzoek naar negatieve emissies in Europees verband."
NOTE = (
    "Het kabinet zal de Kamer voor de zomer van 2023 een voorstel sturen voor meer "
    "samenhangend onderzoek naar negatieve emissies."
)
ITEMS = [
    Item("h1", "Klimaat"),
    Item("p", CITING, note=NOTE),
    Item("p", "De inzet van Nederland in de Europese Unie blijft gelijk aan die van vorig jaar."),
]


def test_a_promise_in_a_footnote_is_a_commitment_at_the_citing_passage(tmp_path: Path) -> None:
    path = make_rijksoverheid_pdf(tmp_path / "kamerbrief.pdf", ITEMS)
    store = open_library(tmp_path / "briefer.sqlite")
    try:
        letter_id = import_file(store, path).letter_id
        outline = letter_outline(store, letter_id)
        citing = next(p for p in outline.all_passages() if p.text.startswith(CITING[:40]))
        assert [note.text for note in citing.footnotes] == [NOTE]
        found = [c for c in list_commitments(store, letter_id=letter_id) if "emissies" in c.text]
        assert [(c.text, c.passage_id, c.due, c.page) for c in found] == [
            (NOTE, citing.id, "zomer 2023", citing.first_page)
        ]
        # Reading the stored letter again finds the same, nothing twice.
        with store.session() as session:
            sync_commitments(session, letter_id)
        again = [c for c in list_commitments(store, letter_id=letter_id) if "emissies" in c.text]
        assert [(c.id, c.text) for c in again] == [(c.id, c.text) for c in found]
    finally:
        store.close()
