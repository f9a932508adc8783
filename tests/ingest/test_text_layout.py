"""The bundled letter through the text importer: the exact outline of DESIGN.md."""

from __future__ import annotations

import re
from datetime import date

import pytest

from briefer.ingest.model import ParsedLetter
from briefer.ingest.text import parse_text, source_lines

CHAPTERS = [
    "Inleiding",
    "Veiligheid: vrede, veiligheid en defensie",
    "Welvaart: open strategische autonomie, economische veiligheid en weerbaarheid",
    "Waarden, democratie en internationale rechtsorde",
    "Dienstverlening",
]
SECTIONS = {
    "Inleiding": [
        "Een geopolitieke aardverschuiving",
        "Partners en uitdagers",
        "Uitgangspunten voor het buitenlandbeleid",
    ],
    "Veiligheid: vrede, veiligheid en defensie": [
        "Een slagvaardig extern Europees optreden",
        "Grotere besluitvaardigheid van de Unie en versterking van het sanctie-instrument",
        "Een sterk gemeenschappelijk veiligheids- en defensiebeleid (GVDB)",
        "Een betrouwbare partner die investeert in een veilige wereld",
        "Een gecoördineerde inzet voor een weerbaar Nederland",
        "Cyberdiplomatie als prioriteit",
    ],
    "Welvaart: open strategische autonomie, economische veiligheid en weerbaarheid": [
        "Inzet van de economische macht van de EU voor een grotere geopolitieke rol",
        "Een weerbare EU",
        "Mitigeren van afhankelijkheidsrisico’s",
        "Westelijke Balkan",
    ],
    "Waarden, democratie en internationale rechtsorde": [
        "Toekomstbestendig maken van het multilateraal stelsel",
        "Mensenrechten, rechtsorde en democratie",
        "Waarheidsvinding, gerechtigheid en rekenschap voor slachtoffers van MH17",
        "Midden-Oosten vredesproces",
        "Waarden, democratie en rechtsorde",
    ],
    "Dienstverlening": ["Postennet", "Crisisgereedstelling", "Consulaire dienstverlening"],
}


@pytest.fixture
def letter(letter_text: str) -> ParsedLetter:
    return parse_text(letter_text)


def passage_starting(letter: ParsedLetter, start: str):
    found = [p for p in letter.all_passages() if p.text.startswith(start)]
    assert len(found) == 1, start
    return found[0]


def test_pages_follow_page_starts_and_footers(letter_text: str) -> None:
    lines = source_lines(letter_text)
    assert lines[220].page == 5  # line 221 of the file
    assert lines[739].page == 13  # line 740
    assert lines[0].page == 1
    assert lines[35].page == 2 and lines[35].page_start
    assert max(line.page for line in lines) == 18


def test_metadata(letter: ParsedLetter) -> None:
    meta = letter.meta
    assert meta.kamerstuk == "35 925 V, nr. 84"
    assert meta.vergaderjaar == "2021–2022"
    assert meta.date == date(2022, 3, 8)
    assert meta.place == "Den Haag"
    assert meta.signatory == "W.B. Hoekstra"
    assert meta.signatory_role == "Minister van Buitenlandse Zaken"
    assert meta.addressee == "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert meta.pages == 18
    assert meta.title == "Brief van de Minister van Buitenlandse Zaken"


def test_chapters_and_sections_exactly(letter: ParsedLetter) -> None:
    assert [s.title for s in letter.sections] == CHAPTERS
    assert all(s.level == 1 for s in letter.sections)
    for chapter in letter.sections:
        assert [s.title for s in chapter.sections] == SECTIONS[chapter.title]
        assert all(s.level == 2 and not s.sections for s in chapter.sections)
        assert chapter.passages == []  # every chapter opens with a section heading


def test_section_pages(letter: ParsedLetter) -> None:
    pages = {s.title: s.page for s in letter.walk_sections()}
    assert pages["Inleiding"] == 1
    assert pages["Partners en uitdagers"] == 4
    assert pages["Westelijke Balkan"] == 13
    assert pages["Dienstverlening"] == 17
    assert pages["Consulaire dienstverlening"] == 18


def test_passage_before_first_heading(letter: ParsedLetter) -> None:
    assert [p.text for p in letter.passages] == [
        "Via deze brief informeer ik uw Kamer graag over de inzet van het kabinet "
        "Rutte IV op het terrein van Buitenlandse Zaken."
    ]


def test_named_passages_and_their_pages(letter: ParsedLetter) -> None:
    china = passage_starting(letter, "China is in krap twee generaties")
    assert (china.first_page, china.last_page) == (5, 5)
    enlargement = passage_starting(letter, "Voor wat betreft EU-uitbreiding")
    assert (enlargement.first_page, enlargement.last_page) == (13, 14)
    assert enlargement.text.endswith("goed bestuur en de rechtsstaat.")
    # joined across the footer of page 2 and the blank lines around it
    across = passage_starting(letter, "De relatieve stabiliteit op de Westelijke Balkan")
    assert (across.first_page, across.last_page) == (2, 3)
    assert "Er is, met de veranderende mondiale machtsverhoudingen" in across.text


def test_page_start_opens_a_paragraph_only_after_a_sentence(letter: ParsedLetter) -> None:
    # line 36 continues a paragraph; line 161 opens one
    opening = passage_starting(letter, "Dit geopolitieke kantelmoment")
    assert "betalingsverkeer en het opleggen van individuele sancties" in opening.text
    assert (opening.first_page, opening.last_page) == (1, 2)
    new_page = passage_starting(letter, "De uitdagingen zijn geen reden")
    assert (new_page.first_page, new_page.last_page) == (4, 4)
    # a page start inside a hyphenated word (line 818-819)
    assert any(
        "extra beschermen van mensenrechtenverdedigers" in p.text for p in letter.all_passages()
    )


def test_no_footer_page_break_hyphen_or_signature_in_passages(letter: ParsedLetter) -> None:
    for passage in letter.all_passages():
        text = passage.text
        assert "Tweede Kamer, vergaderjaar" not in text
        assert "Hoekstra" not in text and "De Minister van Buitenlandse Zaken," not in text
        assert "Den Haag, 8 maart 2022" not in text
        assert "\n" not in text and "\f" not in text and "  " not in text
        assert text == text.strip()
        # a line-end hyphen would leave "word- word" where a word was broken
        assert not re.search(r"[a-zë]- [a-z]", text.replace("- en ", "").replace("- of ", "")), text


@pytest.mark.parametrize(
    ("expected", "absent"),
    [
        ("aanpassingsvermogen", "aanpassings-vermogen"),
        ("veiligheidsarchitectuur", "veiligheidsar-chitectuur"),
        ("EU-lidstaten", "EUlidstaten"),
        ("Chinees-Russische", "ChineesRussische"),
        ("trans-Atlantische", "transAtlantische"),
        ("Midden-Oosten", "MiddenOosten"),
        ("macro-economisch", "macroeconomisch"),
        ("Nederlandwereldwijd", "Nederland-wereldwijd"),
        ("Oekraïne-crisis", "Oekraïnecrisis"),
        ("Ontwikkelingssamenwerking", "Ontwikke-lingssamenwerking"),
        ("mensenrechtenverdedigers", "mensenrechten-verdedigers"),
    ],
)
def test_line_end_hyphens(letter: ParsedLetter, expected: str, absent: str) -> None:
    text = " ".join(p.text for p in letter.all_passages())
    assert expected in text
    assert absent not in text


def test_special_characters_survive(letter: ParsedLetter, letter_text: str) -> None:
    text = " ".join(
        [p.text for p in letter.all_passages()] + [s.title for s in letter.walk_sections()]
    )
    assert "diefstal van R&D." in text
    assert "«Belt and Road Initiative»" in text
    assert "agenda’s" in text and "Oekraïne" in text and "geëvenaarde" in text
    assert "In 117 landen – met 88,5 procent" in text
    assert text.count("«") == letter_text.count("«")
    assert text.count("’") == letter_text.count("’")


def test_run_in_labels_are_paragraphs(letter: ParsedLetter) -> None:
    titles = {s.title for s in letter.walk_sections()}
    assert not any(t.startswith("Vrede, veiligheid en defensie") for t in titles)
    passage_starting(letter, "Vrede, veiligheid en defensie: De EU is een economisch")
    passage_starting(letter, "Open strategische autonomie, economische veiligheid en weerbaarheid:")
    passage_starting(letter, "Dienstverlening: De verruwende internationale omgeving")


def test_every_body_letter_is_kept_in_order(letter: ParsedLetter, letter_text: str) -> None:
    """Only metadata is dropped: the body, letter for letter, in reading order."""
    metadata = (
        "Tweede Kamer, vergaderjaar",
        " Aan de Voorzitter",
        "Den Haag, 8 maart 2022",
        "De Minister van Buitenlandse Zaken,",
        "W.B. Hoekstra",
    )
    body = [line for line in letter_text.splitlines() if not line.startswith(metadata)]
    kept = [p.text for p in letter.passages]
    for section in letter.walk_sections():
        kept.append(section.title)
        kept.extend(p.text for p in section.passages)

    def letters_only(text: str) -> str:
        return re.sub(r"\W", "", text)

    assert letters_only(" ".join(kept)) == letters_only(" ".join(body))
