"""A letter that says it meets a promise or motie of another letter in the library turns
it "voldaan" on import, with the letter and page as proof; the user can undo that, and it
is open again when the letter that met it is deleted. Promises met that were made
elsewhere (a debate, to a member) stand as fulfilled commitments of their own. A motie's
requests are listed beside the commitments and met by the letter that answers them."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete

from briefer.app import open_library
from briefer.core.commitment_register import (
    MET,
    OPEN,
    OVERDUE,
    commitment_state,
    list_commitments,
    restore_state,
    sync_commitments,
)
from briefer.core.fulfilment_links import LinkError, set_met_by
from briefer.core.importing.bulk import import_many
from briefer.core.importing.single import import_file, store_parsed
from briefer.core.models import Letter
from briefer.core.store.database import Store
from briefer.core.tags import tag_letter
from briefer.ingest.model import MOTIE, REQUEST, LetterMeta, ParsedLetter, ParsedPassage
from tests.conftest import BUNDLED_LETTER
from tests.corpus.commitment_scores import REAL_CORPUS

NOT_MET = (OPEN, OVERDUE)  # by today the bundled letter's dues are long past
EUROPAWET = "Uw Kamer ontvangt uiterlijk 1 juni een hoofdlijnennotitie over de Europawet."
# The bundled letter's promise met in the form of a real letter's sentence ("Hiermee wordt
# de toezegging van 6 september jl. … afgedaan"): the Europawet's hoofdlijnennotitie.
ANSWER = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 3 juni 2022

Hoofdlijnen van de Europawet

Met deze brief ontvangt uw Kamer de hoofdlijnennotitie over de Europawet. Hiermee wordt de \
toezegging uit de beleidsbrief van 8 maart jl. (Kamerstuk 35 925 V, nr. 84) afgedaan.

Het kabinet wil de informatieafspraken tussen Kamer en kabinet over de Europese \
besluitvorming in een Europawet vastleggen. Over het wetsvoorstel zal het kabinet de Raad \
van State om advies vragen.

De Minister van Buitenlandse Zaken,
W.B. Hoekstra
"""
MOTIE_XML = REAL_CORPUS / "kst-32545-143.xml"
needs_motie = pytest.mark.skipif(
    not MOTIE_XML.exists(), reason=f"the real motie is not here: {MOTIE_XML}"
)
ANSWERS_MOTIE = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 14 december 2021

Negatieve spaarrente

Met deze brief geef ik uitvoering aan de motie van de leden Inge van Dijk en Grinwis \
(Kamerstuk 32 545, nr. 143) over een ondergrens voor negatieve spaarrente.

De banken hebben toegezegd geen negatieve rente te rekenen op tegoeden tot honderdduizend \
euro.

De Minister van Financiën,
W.B. Hoekstra
"""


@pytest.fixture
def store(library_db: str) -> Iterator[Store]:
    """On SQLite and on a PostgreSQL server (tests/conftest.py)."""
    library = open_library(library_db)
    yield library
    library.close()


def _answer(tmp_path: Path, text: str = ANSWER, name: str = "europawet.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _europawet(store: Store) -> object:
    return next(r for r in list_commitments(store) if r.text == EUROPAWET)


def test_a_letter_that_meets_a_promise_turns_it_voldaan_and_back(
    store: Store, tmp_path: Path
) -> None:
    assert _europawet(store).status in NOT_MET  # type: ignore[attr-defined]
    result = import_file(store, _answer(tmp_path))
    promise = _europawet(store)
    assert promise.status == MET  # type: ignore[attr-defined]
    [proof] = promise.met_by  # type: ignore[attr-defined]
    assert proof.letter_id == result.letter_id and proof.page == 1
    assert proof.letter_date == date(2022, 6, 3)
    assert "toezegging uit de beleidsbrief van 8 maart jl." in proof.text
    # the statement is the proof, not a commitment of its own beside it
    listed = list_commitments(store)
    assert not [r for r in listed if r.letter_id == result.letter_id]
    [statement] = [r for r in list_commitments(store, include_linked=True)
                   if r.letter_id == result.letter_id]  # fmt: skip
    assert statement.kind == "voldaan" and statement.meets is not None
    assert statement.meets.id == promise.id  # type: ignore[attr-defined]
    # the user says it does not meet it: open again, also after importing it again
    before = commitment_state(store, statement.id)
    set_met_by(store, promise.id, None)  # type: ignore[attr-defined]
    assert _europawet(store).status in NOT_MET  # type: ignore[attr-defined]
    with store.session() as session:
        sync_commitments(session, result.letter_id)
    assert _europawet(store).status in NOT_MET  # type: ignore[attr-defined]
    restore_state(store, before)  # undo
    assert _europawet(store).status == MET  # type: ignore[attr-defined]
    # the letter that met it goes: the promise is open again
    with store.session() as session:
        session.execute(delete(Letter).where(Letter.id == result.letter_id))
    promise = _europawet(store)
    assert promise.status in NOT_MET and promise.met_by == ()  # type: ignore[attr-defined]


def test_the_user_links_a_statement_and_bad_links_are_refused(store: Store, tmp_path: Path) -> None:
    result = import_file(store, _answer(tmp_path))
    promise = _europawet(store)
    [statement] = [r for r in list_commitments(store, include_linked=True)
                   if r.letter_id == result.letter_id]  # fmt: skip
    other = next(r for r in list_commitments(store) if r.subject == "mensenrechtennota")
    set_met_by(store, other.id, statement.id)
    assert next(r for r in list_commitments(store) if r.id == other.id).status == MET
    assert _europawet(store).status in NOT_MET  # type: ignore[attr-defined]
    with pytest.raises(LinkError, match="geen zin waarin een brief"):
        set_met_by(store, promise.id, other.id)  # type: ignore[attr-defined]
    assert next(r for r in list_commitments(store) if r.id == other.id).status == MET


def test_a_letter_met_before_it_is_imported_is_linked_when_it_comes(tmp_path: Path) -> None:
    store = open_library(tmp_path / "empty.sqlite")
    try:
        with store.session() as session:  # a library without the bundled letter
            session.execute(delete(Letter))
        import_file(store, _answer(tmp_path))
        [alone] = list_commitments(store)
        assert alone.kind == "voldaan" and alone.status == MET and alone.meets is None
        import_file(store, BUNDLED_LETTER)
        assert _europawet(store).status == MET  # type: ignore[attr-defined]
        assert not [r for r in list_commitments(store) if r.kind == "voldaan"]
    finally:
        store.close()


def _real_motie() -> ParsedLetter:
    """The motie as the lead's new readers will give it: its dictum passages with the role
    "verzoek", its text from the official XML."""
    root = ET.parse(MOTIE_XML).getroot()
    texts = [
        " ".join("".join(e.itertext()).split())
        for e in root.iter()
        if e.tag.rsplit("}", 1)[-1] == "al"
    ]
    passages = [
        ParsedPassage(t, 1, 1, role=REQUEST if t.startswith("verzoekt") else None)
        for t in texts
        if t and t not in ("Inge van Dijk", "Grinwis")
    ]
    meta = LetterMeta(
        title="Motie van de leden Inge van Dijk en Grinwis",
        kamerstuk="32 545, nr. 143",
        date=date(2021, 7, 6),
        kind=MOTIE,
        indieners=["Inge van Dijk", "Grinwis"],
    )
    return ParsedLetter(meta, passages, source_format="xml")


def _store_motie(store: Store) -> int:
    with store.session() as session:
        _status, letter_id = store_parsed(session, _real_motie(), MOTIE_XML.name)
        tag_letter(session, letter_id)
        sync_commitments(session, letter_id)
    return letter_id


@needs_motie
def test_a_motie_requests_are_listed_and_met_by_the_letter_that_answers_it(
    store: Store, tmp_path: Path
) -> None:
    motie = _store_motie(store)
    requests = list_commitments(store, letter_id=motie)
    assert [r.kind for r in requests] == ["verzoek", "verzoek"]
    assert requests[0].text.startswith("verzoekt de regering, om een grensspaarsaldo")
    assert requests[1].subject.startswith("indien de Minister constateert")
    assert {r.status for r in requests} <= set(NOT_MET)
    answer = import_file(store, _answer(tmp_path, ANSWERS_MOTIE, "spaarrente.txt"))
    requests = list_commitments(store, letter_id=motie)
    assert {r.status for r in requests} == {MET}  # a motie met as a whole
    assert all(r.met_by[0].letter_id == answer.letter_id for r in requests)
    # "De banken hebben toegezegd ..." is neither a promise nor a fulfilment
    assert not list_commitments(store, letter_id=answer.letter_id)


def test_a_promise_made_in_a_debate_stands_alone_as_met(store: Store, tmp_path: Path) -> None:
    letter = tmp_path / "ontzwaveling.txt"
    letter.write_text(
        ANSWER.replace(
            "Met deze brief ontvangt uw Kamer de hoofdlijnennotitie over de Europawet. Hiermee "
            "wordt de toezegging uit de beleidsbrief van 8 maart jl. (Kamerstuk 35 925 V, nr. "
            "84) afgedaan.",
            "Zoals toegezegd aan het lid Kröger in het Commissiedebat Verduurzaming luchtvaart "
            "op 16 juni 2022 is het ministerie van IenW in gesprek gegaan met de Duurzame "
            "Luchtvaarttafel over ontzwaveling van fossiele kerosine.",
        ).replace("Hoofdlijnen van de Europawet", "Ontzwavelen van kerosine"),
        encoding="utf-8",
    )
    result = import_file(store, letter)
    [alone] = list_commitments(store, letter_id=result.letter_id)
    assert alone.kind == "voldaan" and alone.status == MET and alone.meets is None
    assert alone.made_in == (
        "Commissiedebat Verduurzaming luchtvaart op 16 juni 2022, aan het lid Kröger"
    )
    assert _europawet(store).status in NOT_MET  # type: ignore[attr-defined]


def _links(store: Store) -> list[tuple[str, str, str]]:
    """(statement's letter, its text, what it meets) as sources and texts, not ids."""
    rows = list_commitments(store, include_linked=True)
    letters = {r.letter_id: r.letter for r in rows}
    by_id = {r.id: r for r in rows}
    return sorted(
        (letters[r.letter_id], r.text, by_id[r.meets.id].text if r.meets else "")
        for r in rows
        if r.kind == "voldaan"
    )


def test_bulk_import_links_as_single_imports_do(tmp_path: Path) -> None:
    files = [_answer(tmp_path), _answer(tmp_path, ANSWERS_MOTIE, "spaarrente.txt")]
    again = ANSWER.replace("3 juni 2022", "4 juni 2022").replace("Hoofdlijnen van de", "De")
    files.append(_answer(tmp_path, again, "again.txt"))
    single = open_library(tmp_path / "single.sqlite")
    bulk = open_library(tmp_path / "bulk.sqlite")
    try:
        for path in files:
            import_file(single, path)
        import_many(bulk, files)
        assert _links(bulk) == _links(single)
        assert len(_links(single)) == 3
        assert {meets for _l, _t, meets in _links(single)} == {EUROPAWET, ""}
    finally:
        single.close()
        bulk.close()
