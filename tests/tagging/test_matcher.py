"""The matcher finds what each theme's own expression finds, term for term, in one pass."""

from __future__ import annotations

import random

from briefer.core.themes import load_default_themes
from briefer.ingest.reader import read_letter
from briefer.tagging.matcher import Matcher, PassageText, cached_matcher, compile_themes
from tests.conftest import BUNDLED_LETTER

TRICKY = [
    "EU",
    "eu",
    "EU-",
    "EU-lidstaten",
    "Rus",
    "Russen",
    "rusland’s",
    "China's",
    "Chinees-Russische",
    "pro-Russische",
    "Westelijke",
    "Balkan",
    "balkanlanden",
    "Noord-",
    "Macedonië",
    "MRV’s",
    "R&D",
    "(CSO)",
    "’s-Gravenhage",
    "2%-norm",
    "İSTANBUL",
    "STRASSE",
    "ΟΔΥΣΣΕΥΣ",  # a final sigma: lower case depends on what follows the word
    "sanctie-instrument",
    "desanctie",
    "_",
    "\n",
    "  ",
]
EXTRA_THEMES = [
    (100, "x", ["Rus", '"EU"', "EU-*", "lidstaten", "Westelijke Balkan*", '"Westelijke Balkan"']),
    (101, "y", ["’s-Gravenhage", "R&D", "(CSO)", "2%-norm", "İstanbul", "Straße"]),  # by regex
]


def expected(matcher: Matcher, passage: PassageText) -> list[tuple[int, list[dict[str, str]]]]:
    """Each theme's expression on its own, as the matcher did before it was made fast."""
    found = []
    for theme in matcher.themes:
        named = theme.find(passage.text)
        reasons = [{"kind": "term", "term": term, "found": words} for term, words in named]
        reasons += [
            {"kind": "compound", "term": term, "found": words}
            for term, words in theme.find_compounds(passage.text, named)
        ]
        if reasons:
            found.append((theme.theme_id, reasons))
    return found


def texts() -> list[str]:
    letter = read_letter(BUNDLED_LETTER)
    real = [passage.text for passage in letter.all_passages()]
    words = " ".join(real).split()
    rng = random.Random(6)
    made = []
    for _ in range(3000):
        parts = [rng.choice(TRICKY) if rng.random() < 0.6 else rng.choice(words) for _ in range(8)]
        made.append("".join(part + rng.choice(["", " ", " ", "-", "\n"]) for part in parts))
    return real + made


def test_the_fast_matcher_gives_the_reasons_of_each_themes_expression() -> None:
    themes = [(i + 1, t.name, list(t.terms)) for i, t in enumerate(load_default_themes())]
    matcher = Matcher(compile_themes(themes + EXTRA_THEMES))
    passages = [PassageText(index, text) for index, text in enumerate(texts())]
    tagged = {passage.id: [] for passage in passages}
    for tag in matcher.tag_all(passages):  # all at once, joined
        tagged[tag.passage_id].append((tag.theme_id, tag.reasons))
    for passage in passages:
        assert tagged[passage.id] == expected(matcher, passage), passage.text
        alone = [(t.theme_id, t.reasons) for t in matcher.tags_for(passage)]
        assert alone == tagged[passage.id], passage.text


def test_compiled_themes_are_shared_while_the_terms_stay_the_same() -> None:
    first = cached_matcher([(1, "China", ["China"])])
    assert cached_matcher([(1, "China", ("China",))]) is first
    assert cached_matcher([(1, "China", ["China", "Beijing"])]) is not first
