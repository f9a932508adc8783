"""The pure text rules: reference normaliser, due moments, commitments, positions, word diff."""

from __future__ import annotations

from datetime import date

import pytest

from briefer.intelligence.changes import compare, word_diff
from briefer.intelligence.commitments import is_commitment, subject_of
from briefer.intelligence.dues import find_due
from briefer.intelligence.positions import is_position
from briefer.intelligence.references import find_references, normalise

LETTER_DATE = date(2022, 3, 8)


@pytest.mark.parametrize(
    ("printed", "canonical"),
    [
        ("(Kamerstuk 36 045, nr. 3)", "kst-36045-3"),
        ("Kamerstuk 36045, nr.3", "kst-36045-3"),
        ("Kamerstuk36 045, nr. 4", "kst-36045-4"),
        ("Kamerstukken 21 501-20, nr. 1795", "kst-21501-20-1795"),
        ("Kamerstukken 21\u00a0501\u201320, nr.\u00a01795", "kst-21501-20-1795"),
        ("35 925 V, nr. 84", "kst-35925-V-84"),
        ("Kamerstukken II 2021/22, 35 925 V, nr. 84, p. 13", "kst-35925-V-84"),
        ("Kamerstuk 35 925 VII, nr. 2", "kst-35925-VII-2"),
        ("21501-32-1740", "kst-21501-32-1740"),
        ("21501–32–1703", "kst-21501-32-1703"),
        ("Handelingen II 2010/11, nr. 108, item 5", "h-tk-20102011-108-5"),
        ("Aanhangsel Handelingen II 2021/22, nr. 1234", "ah-tk-20212022-1234"),
    ],
)
def test_every_printed_form_gets_one_canonical_id(printed: str, canonical: str) -> None:
    assert normalise(printed) == canonical


@pytest.mark.parametrize(
    "text",
    ["in 2021-2022 groeide het", "artikel 100, lid 3", "op 26 februari jl.", "2022-06-01"],
)
def test_numbers_that_are_not_references_are_left_alone(text: str) -> None:
    assert find_references(text) == []


def test_a_motion_is_named_as_such() -> None:
    [ref] = find_references("Conform motie van het lid Sjoerdsma c.s. (Kamerstuk 36 045, nr. 4)")
    assert (ref.document, ref.display) == ("motie", "36 045, nr. 4")


@pytest.mark.parametrize(
    ("phrase", "label", "last_day"),
    [
        ("in het derde kwartaal van 2022", "Q3 2022", date(2022, 9, 30)),
        ("in Q2/Q3", "Q3 2022", date(2022, 9, 30)),
        ("uiterlijk 1 juni", "2022-06-01", date(2022, 6, 1)),
        ("voor 1 februari", "2023-02-01", date(2023, 2, 1)),  # written in March
        ("voor de zomer", "zomer 2022", date(2022, 7, 7)),  # the summer recess: 8 July
        ("voor het zomerreces", "zomerreces 2022", date(2022, 7, 7)),
        ("rond Prinsjesdag", "Prinsjesdag 2022", date(2022, 9, 20)),
        ("bij de Voorjaarsnota", "Voorjaarsnota 2022", date(2022, 6, 1)),
        ("eind 2022", "eind 2022", date(2022, 12, 31)),
        ("eind dit jaar", "eind 2022", date(2022, 12, 31)),
        ("begin 2023", "begin 2023", date(2023, 3, 31)),
        ("later dit jaar", "2022", date(2022, 12, 31)),
        ("in de loop van volgend jaar", "2023", date(2023, 12, 31)),
        ("dit voorjaar", "voorjaar 2022", date(2022, 6, 20)),
    ],
)
def test_due_moments_are_normalised_against_the_letter_date(
    phrase: str, label: str, last_day: date
) -> None:
    due = find_due(f"Het kabinet zal uw Kamer {phrase} informeren.", LETTER_DATE)
    assert due is not None
    assert (due.phrase, due.label, due.last_day) == (phrase, label, last_day)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het kabinet zal uw Kamer voor de zomer informeren over de uitkomsten.",
        "Ik zal uw Kamer de evaluatie toesturen.",
        "Uw Kamer ontvangt voor 1 juni een brief over de Europawet.",
        "Hierbij zeg ik toe dat de Kamer wordt geïnformeerd.",
        "Het kabinet zal een Chinastrategie opstellen.",
    ],
)
def test_explicit_promises_are_commitments(sentence: str) -> None:
    assert is_commitment(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het kabinet zal zich blijven inzetten voor een sterke EU.",
        "Nederland zal een voortrekkersrol blijven spelen.",
        "Uw Kamer is op 26 februari jl. geïnformeerd over de sancties.",
        "Via deze brief informeer ik uw Kamer graag over de inzet.",
        "De strategie zal worden uitgewerkt.",
    ],
)
def test_plans_and_past_information_are_not(sentence: str) -> None:
    assert not is_commitment(sentence)


def test_the_subject_is_what_is_promised() -> None:
    assert subject_of(
        "Uw Kamer ontvangt uiterlijk 1 juni een hoofdlijnennotitie over de Europawet."
    ) == ("hoofdlijnennotitie over de Europawet")
    assert (
        subject_of("Het kabinet zal een gerichte Afrikastrategie formuleren.") == "Afrikastrategie"
    )


def test_positions_are_stated_by_the_government() -> None:
    assert is_position("Nederland zet zich in voor de vrijlating van politieke gevangenen.")
    assert is_position("Het kabinet veroordeelt de Russische agressie.")
    assert not is_position("China probeert zijn invloed uit te breiden.")
    assert not is_position("Steunt Nederland dit voorstel?")


def test_word_diff_marks_modality_negation_and_countries() -> None:
    diff = word_diff(
        "Het kabinet zal China steunen.", "Het kabinet overweegt Rusland niet te steunen."
    )
    assert ("-", "zal") in diff and ("+", "overweegt") in diff
    assert ("-", "China") in diff and ("+", "Rusland niet te") in diff
    old = "".join(text for op, text in diff if op != "+")
    new = "".join(text for op, text in diff if op != "-")
    assert (old, new) == (
        "Het kabinet zal China steunen.",
        "Het kabinet overweegt Rusland niet te steunen.",
    )


def test_a_moved_passage_is_neither_removed_nor_added() -> None:
    old = ["Eerste alinea over Rusland en sancties.", "Tweede alinea over China.", "Derde."]
    new = ["Tweede alinea over China.", "Eerste alinea over Rusland en sancties.", "Derde."]
    result = compare(old, new)
    assert (result.added, result.removed, result.changed) == ([], [], [])
    assert len(result.moved) == 1
