"""Suggested talking points stand on their own: a position that refers back comes with the
sentence(s) it refers to or is left out; answers to Kamervragen are reactive lines with
their question."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from briefer.app import open_library
from briefer.core.importing.single import import_file
from briefer.core.points import REACTIEF, list_points
from briefer.core.store.database import Store
from briefer.core.suggestions import accept_suggestion, suggestions
from briefer.core.themes import create_theme, find_theme, list_themes
from briefer.intelligence.answers import QuestionPassage, pair_answers
from briefer.intelligence.positions import refers_back, stand_alone
from briefer.intelligence.sentences import split_sentences
from tests.corpus.commitment_scores import REAL_CORPUS

KAMERVRAGEN = REAL_CORPUS / "ah-tk-20232024-1771.pdf"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    library = open_library(tmp_path / "briefer.sqlite")
    yield library
    library.close()


@pytest.mark.parametrize(
    "sentence",
    [
        "Waar mogelijk zoeken wij de samenwerking.",
        "Om die reden wil het kabinet zich met gelijkgezinde partners inzetten voor een hof.",
        "In ditzelfde kader verwelkomt het kabinet de start van de triloogonderhandelingen.",
        "Het kabinet wil daarom evenredig bijdragen aan civiele en militaire missies.",
        "Respect voor de Europese waarden en de rechtsstaat zijn hiervoor belangrijke waarden.",
        "Dit draagt bij aan de veiligheid van Europa en van Nederland in het bijzonder.",
        "Hierover zal het kabinet de komende periode met uw Kamer in gesprek gaan.",
    ],
)
def test_sentences_that_refer_back(sentence: str) -> None:
    assert refers_back(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het kabinet zet zich in tegen ongewenste buitenlandse inmenging, omdat statelijke "
        "actoren hiermee schade kunnen toebrengen aan de rechtsorde.",
        "Dit kabinet is voornemens het mensenrechtenbeleid te versterken.",
        "Nederland blijft zich inzetten voor de twee-statenoplossing in het Midden-Oosten.",
        "Ook steunt het kabinet het voorstel voor een snelle EU interventie capaciteit.",
    ],
)
def test_sentences_that_stand_alone(sentence: str) -> None:
    assert not refers_back(sentence)


def test_a_sentence_that_refers_back_takes_the_one_before_or_is_left_out() -> None:
    sentences = [
        "Engagement en een constructieve relatie met China zijn voor Nederland en de EU van "
        "groot belang.",
        "Waar mogelijk zoeken wij de samenwerking.",
    ]
    assert stand_alone(sentences, 1) == (0, " ".join(sentences))
    assert stand_alone(["Dit is zo.", "Daarom doen wij dat.", "Wij zoeken die."], 2) is None


def test_every_suggestion_of_the_bundled_letter_stands_alone(store: Store) -> None:
    everything = []
    for theme in list_themes(store):
        for item in suggestions(store, theme.id):
            first = split_sentences(item.text)[0].text
            assert not refers_back(first), (theme.name, item.text)
            everything.append(item.text)
    assert "Waar mogelijk zoeken wij de samenwerking." not in everything
    china = suggestions(store, find_theme(store, "China").id)
    assert [s.text for s in china] == [
        "Engagement en een constructieve relatie met China zijn voor Nederland en de EU dan "
        "ook van groot belang. Waar mogelijk zoeken wij de samenwerking."
    ]
    assert china[0].page == 5 and china[0].kind == "actief"


def test_answers_are_paired_with_their_questions_by_role_or_label() -> None:
    by_role = pair_answers(
        [
            QuestionPassage(1, "Bent u bekend met het bericht?", "vraag", 1),
            QuestionPassage(2, "Ja.", "antwoord", 1),
            QuestionPassage(3, "Wat gaat u doen?", "vraag", 2),
            QuestionPassage(4, "Het kabinet werkt aan een reactie.", "antwoord", 2),
        ]
    )
    assert [(a.passage_id, a.number, a.question) for a in by_role.values()] == [
        (2, 1, "Bent u bekend met het bericht?"),
        (4, 2, "Wat gaat u doen?"),
    ]
    by_label = pair_answers(
        [
            QuestionPassage(1, "Vraag 2 en 3 Herinnert u zich uw uitspraken?"),
            QuestionPassage(2, "Antwoord 2 en 3"),
            QuestionPassage(3, "De uitkomsten zijn nog niet bekend."),
            QuestionPassage(4, "Vraag 4 Klopt het? Antwoord 4 Nee, dat klopt niet."),
        ]
    )
    assert {a.passage_id: (a.number, a.question, a.text) for a in by_label.values()} == {
        3: (2, "Herinnert u zich uw uitspraken?", "De uitkomsten zijn nog niet bekend."),
        4: (4, "Klopt het?", "Nee, dat klopt niet."),
    }


@pytest.mark.skipif(
    not KAMERVRAGEN.exists(), reason=f"the real Kamervragen are not here: {KAMERVRAGEN}"
)
def test_answers_to_kamervragen_are_reactive_lines_with_their_question(store: Store) -> None:
    theme = create_theme(store, "Vuurwerk", terms=["vuurwerk*", "vuurwerkopslag*"])
    import_file(store, KAMERVRAGEN)
    lines = [s for s in suggestions(store, theme) if s.kind == REACTIEF]
    assert lines, "no answer offered"
    first = lines[0]
    assert first.question.startswith("Bent u bekend met het bericht «In ruim 400 woonwijken")
    assert "vuurwerk" in first.text.lower()  # a passage of the answer that names the theme
    assert first.citation.endswith("p. 1")
    point = accept_suggestion(store, first)
    [made] = list_points(store, theme)
    assert made.id == point and made.kind == REACTIEF
    assert [c.passage_id for c in made.citations] == [first.passage_id]
