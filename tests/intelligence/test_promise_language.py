"""The language ministries use to promise, to say a promise is met, and to date a promise:
sentences of the kinds real letters have (the issue's examples among them), beyond the
documents of the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from briefer.intelligence.commitments import PassageInput, find_candidates, find_commitments
from briefer.intelligence.dues import find_due
from briefer.intelligence.fulfilments import describe, find_fulfilments, is_fulfilment
from briefer.intelligence.promise_language import is_explicit
from briefer.intelligence.requests import find_requests

LETTER = date(2023, 3, 14)


@pytest.mark.parametrize(
    "sentence",
    [
        "Daarnaast zal het ministerie van IenW elk jaar een rapportage naar de Kamer sturen over "
        "'water en bodem sturend'.",
        "Deze sectoragenda zal naar verwachting rond de zomer aan uw Kamer worden aangeboden.",
        "Ik heb opdracht gegeven tot een onderzoek, waarover ik uw Kamer dit najaar zal berichten.",
        "Ik ben daarom voornemens om eind maart/begin april een expertmeeting te organiseren.",
        "Vervolgens wil ik graag met uw Kamer van gedachten wisselen over de uitkomsten.",
        "Ik zeg u toe de evaluatie voor de zomer te sturen.",
        "U ontvangt de evaluatie uiterlijk in het eerste kwartaal van 2024.",
        "De Kamer wordt voor Prinsjesdag geïnformeerd over de uitkomsten.",
        "Ik kom hier in het najaar bij uw Kamer op terug.",
        "Na het zomerreces stuur ik u de kabinetsreactie op het advies.",
        "Het kabinet zal de Kamer jaarlijks rapporteren over de voortgang van het programma.",
        "Naar verwachting kan de Kamer de nota eind dit jaar tegemoetzien, zodra het advies van "
        "de Raad van State binnen is; de nota zal uw Kamer dan worden toegezonden.",
    ],
)
def test_explicit_promises(sentence: str) -> None:
    assert is_explicit(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Op 31 mei 2010 waren er drie kinderen geboren in het ziekenhuis.",
        "De Kamer is op 12 mei geïnformeerd over het besluit.",
        "In de brief van 3 maart heb ik toegezegd de Kamer te informeren.",
        "Het kabinet zal zich blijven inzetten voor vrede in de regio.",
        "Het RIVM zal in 2023 een rapport publiceren over de metingen.",
        "Bent u bereid de Kamer voor de zomer te informeren?",
        "Met deze brief informeer ik uw Kamer over de voortgang.",
        "Op de tweede aanbeveling kom ik later in deze brief terug.",
        "Het streven was om de Kamer in 2022 te informeren.",
    ],
)
def test_not_promises(sentence: str) -> None:
    assert not is_explicit(sentence), sentence


def test_a_past_fact_is_no_candidate_either() -> None:
    passages = [PassageInput(1, "Op 31 mei 2010 waren er drie kinderen geboren.", 1, 1)]
    assert find_candidates(passages, LETTER) == []
    plan = [PassageInput(2, "Het RIVM zal in 2023 een rapport publiceren over de metingen.", 1, 1)]
    [candidate] = find_candidates(plan, LETTER)
    assert candidate.due is not None and candidate.due.label == "2023"


def test_a_promise_over_a_page_break_is_one_sentence() -> None:
    passages = [
        PassageInput(1, "Om de voortgang te volgen zal het ministerie van IenW elk jaar een", 3, 3),
        PassageInput(2, "rapportage naar de Kamer sturen over 'water en bodem sturend'.", 4, 4),
    ]
    [found] = find_commitments(passages, LETTER)
    assert found.passage_id == 1 and found.page == 3
    assert found.text.endswith("een rapportage naar de Kamer sturen over 'water en bodem sturend'.")
    assert found.due is not None and found.due.recurring == "jaarlijks"


@pytest.mark.parametrize(
    ("phrase", "label", "last_day"),
    [
        ("dit najaar", "najaar 2023", date(2023, 12, 20)),
        ("rond de zomer", "zomer 2023", date(2023, 9, 22)),
        ("eind dit jaar", "eind 2023", date(2023, 12, 31)),
        ("na het zomerreces", "na zomerreces 2023", date(2023, 9, 30)),
        ("eind maart/begin april", "begin april 2023", date(2023, 4, 15)),
        ("voor het zomerreces", "zomerreces 2023", date(2023, 7, 6)),
        ("voor het kerstreces", "kerstreces 2023", date(2023, 12, 21)),
        ("in de tweede helft van 2023", "tweede helft 2023", date(2023, 12, 31)),
        ("begin juni", "begin juni 2023", date(2023, 6, 15)),
        ("in februari", "februari 2024", date(2024, 2, 29)),  # written in March
        ("het komende jaar", "komend jaar", date(2024, 3, 13)),
    ],
)
def test_due_moments_relative_to_the_letter(phrase: str, label: str, last_day: date) -> None:
    due = find_due(f"Het kabinet zal uw Kamer {phrase} informeren.", LETTER)
    assert due is not None and (due.label, due.last_day) == (label, last_day)


def test_a_yearly_promise_is_recurring_and_a_vague_one_has_no_day() -> None:
    yearly = find_due("Het kabinet zal uw Kamer elk jaar informeren.", LETTER)
    assert yearly is not None and (yearly.recurring, yearly.last_day) == (
        "jaarlijks",
        date(2023, 12, 31),
    )
    both = find_due("Het kabinet zal uw Kamer elk jaar voor Prinsjesdag informeren.", LETTER)
    assert both is not None and (both.label, both.recurring) == ("Prinsjesdag 2023", "jaarlijks")
    soon = find_due("Het kabinet zal uw Kamer zo spoedig mogelijk informeren.", LETTER)
    assert soon is not None and (soon.phrase, soon.last_day) == ("zo spoedig mogelijk", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hiermee wordt de toezegging van 6 september jl. aan het lid Van der Lee afgedaan.",
        "Met onderstaand antwoord wordt de toezegging aan lid Kröger beschouwd als afgedaan.",
        "Conform de toezegging in het Commissiedebat Luchtvaart van 1 juni 2022 informeer ik uw "
        "Kamer over de stand van zaken.",
        "Hiermee wordt uitvoering gegeven aan drie toezeggingen en een motie van de Kamer.",
        "Met deze brief wordt tevens voldaan aan een aantal toezeggingen.",
        "Hiermee geef ik invulling aan de motie van het lid Van Dijk c.s. (Kamerstuk 36 200 "
        "XII, nr. 14).",
    ],
)
def test_fulfilments(sentence: str) -> None:
    assert is_fulfilment(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Conform motie van het lid Sjoerdsma c.s. beziet het kabinet wat nodig is.",
        "Ik zal op een later moment invulling geven aan de motie.",
        "Aan de motie is nog niet voldaan.",
        "In het kader van de motie-Simons zijn gesprekken gevoerd met ngo's.",
        "Hiermee wordt voldaan aan de informatiebehoefte van de omwonenden.",
        "In antwoord op Kamervragen is toegezegd dat de Kamer wordt geïnformeerd.",
    ],
)
def test_not_fulfilments(sentence: str) -> None:
    assert not is_fulfilment(sentence), sentence


def test_what_a_fulfilment_names() -> None:
    made_in, refs, dates, names, keys = describe(
        "Hiermee wordt de toezegging van 6 september jl. aan het lid Van der Lee afgedaan.", LETTER
    )
    assert dates == (date(2022, 9, 6),) and names == ("Van der Lee",)
    assert "d:2022-09-06" in keys and "n:van_der_lee" in keys
    made_in, refs, dates, names, keys = describe(
        "Hiermee geef ik invulling aan de motie van het lid Van Dijk c.s. (Kamerstuk 36 200 "
        "XII, nr. 14).",
        LETTER,
    )
    assert made_in == "motie Van Dijk c.s. (36 200 XII, nr. 14)" and refs == ("kst-36200-XII-14",)
    [met] = find_fulfilments(
        [
            PassageInput(
                1,
                "Conform de toezegging in het Commissiedebat Luchtvaart van 1 juni 2022 "
                "informeer ik uw Kamer over de stand van zaken.",
                2,
                2,
            )
        ],
        LETTER,
    )
    assert met.made_in == "Commissiedebat Luchtvaart van 1 juni 2022" and met.what == "toezegging"


def test_the_requests_of_a_motie() -> None:
    motie = [
        PassageInput(1, "De Kamer,", 1, 1),
        PassageInput(2, "gehoord de beraadslaging,", 1, 1),
        PassageInput(3, "spreekt uit dat de spaarder beschermd moet worden,", 1, 1),
        PassageInput(4, "roept de regering op de banken hierop aan te spreken,", 1, 1),
        PassageInput(5, "en gaat over tot de orde van de dag.", 1, 1),
    ]
    found = find_requests(motie)
    assert [r.subject for r in found] == [
        "dat de spaarder beschermd moet worden",
        "de banken hierop aan te spreken",
    ]
    letter = [
        PassageInput(1, "hieruit: ‘verzoekt de regering om de doelen in kaart te brengen’", 7, 7)
    ]
    assert find_requests(letter) == []
