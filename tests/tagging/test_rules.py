"""Theme rules: Dutch word forms, whole words only, phrases, prefixes, exact terms."""

from __future__ import annotations

import pytest

from briefer.tagging.matcher import Matcher, PassageText, compile_themes
from briefer.tagging.rules import RuleError, compile_theme, validate_terms


def found(terms: list[str], text: str) -> list[str]:
    return [term for term, _words in compile_theme(1, "t", terms).find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Rusland valt aan.",
        "de Russische regering",
        "het Russisch beleid",
        "Russen en Oekraïners",
        "met Ruslands steun",
        "het Kremlin",
        "president Poetin",
        "vanuit Moskou",
        "de pro-Russische leiders",
        "de Chinees-Russische verklaring",
        "RUSLAND in hoofdletters",
    ],
)
def test_rusland_word_forms_and_aliases(text: str) -> None:
    terms = ["Rusland", "Russisch*", "Russen", "Kremlin", "Poetin", "Moskou"]
    assert found(terms, text), text


@pytest.mark.parametrize(
    "text",
    [
        "de Consulaire Service Organisatie",
        "Ruslandkenner",  # inside another word
        "Kremlinologie",
        "russule",
    ],
)
def test_no_match_inside_other_words(text: str) -> None:
    terms = ["Rusland", "Russisch*", "Kremlin", "Servië", "Servisch*"]
    assert found(terms, text) == [], text


def test_service_is_not_servie() -> None:
    assert found(["Servië"], "de Consulaire Service Organisatie (CSO)") == []
    assert found(["Servië"], "leiders in Servië en Bosnië") == ["Servië"]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("lidstaat", "de lidstaten van de EU"),
        ("afhankelijkheid", "strategische afhankelijkheden"),
        ("sanctie", "nieuwe sancties"),
        ("Rus", "de Russen"),
        ("bondgenoot", "onze bondgenoten"),
        ("China", "China's invloed"),
        ("mensenrechtenverdediger", "mensenrechtenverdedigers"),
    ],
)
def test_dutch_inflections(term: str, text: str) -> None:
    assert found([term], text) == [term]


def test_phrases_match_across_white_space_and_line_breaks() -> None:
    theme = compile_theme(1, "WB", ["Westelijke Balkan", "Republika Srpska"])
    assert theme.find("op de westelijke\nBalkan en in Republika  Srpska") == [
        ("Westelijke Balkan", "westelijke Balkan"),
        ("Republika Srpska", "Republika Srpska"),
    ]
    assert theme.find("de Westelijke Balkanlanden") == []


def test_exact_terms_keep_their_case() -> None:
    assert found(['"EU"'], "de EU en de eu") == ['"EU"']
    assert found(['"EU"'], "de eu") == []
    assert found(['"EU"'], "de EU-lidstaten") == ['"EU"']  # a hyphen separates words


def test_prefix_terms() -> None:
    assert found(["sanctie*"], "het sanctie-instrumentarium") == ["sanctie*"]
    assert found(["sanctie*"], "sanctiepakket") == ["sanctie*"]
    assert found(["sanctie*"], "desanctie") == []


@pytest.mark.parametrize("bad", ["*", "Rus*land", '""', "?!"])
def test_bad_terms_are_refused(bad: str) -> None:
    with pytest.raises(RuleError):
        validate_terms([bad])


def test_validate_cleans_and_deduplicates() -> None:
    assert validate_terms([" China ", "", "china", "Beijing"]) == ["China", "Beijing"]


def test_heading_passes_theme_to_passages_with_reason() -> None:
    matcher = Matcher(
        compile_themes([(1, "Mensenrechten", ["mensenrecht*"]), (2, "China", ["China"])])
    )
    passage = PassageText(
        7,
        "Het kabinet steunt journalisten.",
        ("Waarden", "Mensenrechten, rechtsorde en democratie"),
    )
    tags = matcher.tags_for(passage)
    assert [(t.theme_id, t.reasons) for t in tags] == [
        (
            1,
            [
                {
                    "kind": "heading",
                    "heading": "Mensenrechten, rechtsorde en democratie",
                    "term": "mensenrecht*",
                }
            ],
        )
    ]
