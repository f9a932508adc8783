"""Theme terms inside Dutch compounds: precision and recall on real-style sentences."""

from __future__ import annotations

import pytest

from briefer.core.themes import load_default_themes
from briefer.tagging.explain import explain
from briefer.tagging.matcher import Matcher, PassageText, compile_themes
from briefer.tagging.rules import RuleError, compile_theme, validate_terms

# (sentence, the themes a careful reader gives it through a compound or a word)
SENTENCES: list[tuple[str, set[str]]] = [
    ("De nieuwe Chinastrategie verschijnt dit najaar.", {"China"}),
    ("Het kabinet herziet het Ruslandbeleid na de invasie.", {"Rusland"}),
    ("De EU-China-relaties staan onder druk.", {"China", "Europese Unie"}),
    ("De Balkanlanden verdienen een geloofwaardig perspectief.", {"Westelijke Balkan"}),
    ("Nederland steunt nieuwe handelssancties tegen het regime.", {"Sancties"}),
    ("De Chinabeleidsnotitie is met de Kamer gedeeld.", {"China"}),
    ("Een Oekraïnedebat volgt na het reces.", {"Oekraïne"}),
    ("De Sahelregio blijft instabiel.", {"Afrika en Sahel"}),
    ("Het Serviëbeleid van de Unie wordt tegen het licht gehouden.", {"Westelijke Balkan"}),
    ("De Taiwankwestie vraagt om terughoudendheid.", {"China"}),
    ("Poetinregime en Kremlinpropaganda worden benoemd.", {"Rusland"}),
    ("Er komt een aparte Afrikastrategie.", {"Afrika en Sahel"}),
    ("Het Kosovodialoog met Belgrado loopt vast.", {"Westelijke Balkan"}),
    ("Het Israëlbezoek van de minister is uitgesteld.", {"Midden-Oosten"}),
    ("Meer geld voor luchtdefensie en raketdefensie.", {"NAVO en defensie"}),
    # false friends and words that only look like compounds
    ("De Consulaire Service Organisatie helpt Nederlanders.", {"Consulaire dienstverlening"}),
    ("De geschiedenis van Indochina wordt herdacht.", set()),
    ("De demonstratie trok naar het Malieveld in Den Haag.", set()),
    ("De coronacrisis raakte de hele wereld.", set()),
    ("Het kabinet hecht aan een Ruslands perspectief.", {"Rusland"}),
    ("De Servicedesk is 24 uur per dag bereikbaar.", set()),
    ("De bevolking van Chinatown groeit.", set()),  # a false friend the rules still find
    ("De Rustenburg-conferentie is afgelopen.", set()),
    ("Mediterrane migratiestromen nemen toe.", set()),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    themes = [(i + 1, t.name, list(t.terms)) for i, t in enumerate(load_default_themes())]
    return Matcher(compile_themes(themes))


def themes_of(matcher: Matcher, text: str) -> set[str]:
    names = {theme.theme_id: theme.name for theme in matcher.themes}
    return {names[tag.theme_id] for tag in matcher.tags_for(PassageText(1, text))}


def test_compounds_reach_high_precision_and_recall_on_real_sentences(matcher: Matcher) -> None:
    true_pos = false_pos = false_neg = 0
    wrong = []
    for sentence, expected in SENTENCES:
        found = themes_of(matcher, sentence)
        true_pos += len(found & expected)
        false_pos += len(found - expected)
        false_neg += len(expected - found)
        if found != expected:
            wrong.append((sentence, found, expected))
    precision = true_pos / (true_pos + false_pos)
    recall = true_pos / (true_pos + false_neg)
    print(f"compounds: precision {precision:.2f}, recall {recall:.2f}, wrong {wrong}")
    assert precision >= 0.9, wrong
    assert recall >= 0.9, wrong


def test_a_passage_naming_china_only_in_a_compound_gives_the_compound_as_reason(
    matcher: Matcher,
) -> None:
    text = "De Chinastrategie wordt volgend jaar herzien."
    china = next(t for t in matcher.themes if t.name == "China")
    tags = [t for t in matcher.tags_for(PassageText(7, text)) if t.theme_id == china.theme_id]
    assert len(tags) == 1
    assert tags[0].reasons == [{"kind": "compound", "term": "China", "found": "Chinastrategie"}]
    assert explain(tags[0].reasons) == ["noemt “Chinastrategie”"]


def test_a_word_that_names_the_term_is_not_also_a_compound(matcher: Matcher) -> None:
    tags = matcher.tags_for(PassageText(1, "China en de Chinastrategie"))
    reasons = [r for t in tags for r in t.reasons]
    assert reasons == [{"kind": "term", "term": "China", "found": "China"}]


def test_exceptions_keep_false_friends_out_and_are_editable() -> None:
    plain = compile_theme(1, "Afrika", ["Sahel"])
    assert plain.find_compounds("Naar de Sahelachtige.") == [("Sahel", "Sahelachtige")]
    guarded = compile_theme(1, "Afrika", ["Sahel", "!Sahelacht*"])
    assert guarded.find_compounds("Naar de Sahelachtige.") == []
    assert guarded.find_compounds("De Sahelmissie.") == [("Sahel", "Sahelmissie")]
    assert guarded.find("De Sahelmissie.") == []  # whole words only, as before
    exact = compile_theme(1, "China", ["China", "!Indochina"])
    assert exact.find_compounds("Indochina en Chinakenners") == [("China", "Chinakenners")]
    assert validate_terms(["China", "!Indochina"]) == ["China", "!Indochina"]
    with pytest.raises(RuleError):
        validate_terms(["!"])


def test_short_words_acronyms_and_exact_terms_never_match_inside_words() -> None:
    theme = compile_theme(1, "x", ["Rus", "Krim", "ISIS", '"Sahel"', "Kosovo"])
    text = "Rustig krimpen na de coronacrisis, Sahelregio, Kosovodialoog"
    assert theme.find_compounds(text) == [("Kosovo", "Kosovodialoog")]
