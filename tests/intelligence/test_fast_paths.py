"""The quick tests in front of the commitment finders' expressions answer as the
expressions do: on the bundled letter's sentences and on sentences made of its words
with characters the quick tests treat apart (Greek, Cyrillic, the long s, the Kelvin
sign, a dotted capital I, upper and lower case)."""

from __future__ import annotations

import random

from briefer.char_classes import usual_only
from briefer.ingest.reader import read_letter
from briefer.intelligence import fulfilments
from briefer.intelligence import promise_language as language
from tests.conftest import BUNDLED_LETTER

ODD = ["ſ", "K", "İ", "ı", "Σ", "ς", "Ж", "ẞ", "ǅ", "ﬁ", "é", "\u00a0", "?", "Vraag 3"]
WORDS = ["rapportage", "Staat van de Unie", "STAAT VAN DE UNIE", "brief", "Kamer", "voldaan"]


def sentences() -> list[str]:
    letter = read_letter(BUNDLED_LETTER)
    real = [s for p in letter.all_passages() for s in p.text.replace("\n", " ").split(". ")]
    words = " ".join(real).split()
    rng = random.Random(11)
    made = []
    for _ in range(4000):
        parts = [rng.choice(ODD + WORDS) if rng.random() < 0.3 else rng.choice(words)]
        parts += [rng.choice(words) for _ in range(rng.randint(3, 14))]
        rng.shuffle(parts)
        sentence = " ".join(parts)
        made.append(rng.choice([sentence, sentence.upper(), sentence.lower()]))
    return real + made


def test_the_quick_tests_answer_as_the_expressions() -> None:
    checked = sentences()
    for sentence in checked:
        match = language.DELIVERABLE_END.search(sentence)
        assert language.deliverable_end(sentence) == (match.span() if match else None), sentence
        stripped = sentence.strip()
        question = language.QUESTION.search(stripped) is not None
        assert language._question(stripped) == question, sentence
        if fulfilments._no_cue(sentence):
            assert fulfilments._OBJECT.search(sentence) is None, sentence
            assert fulfilments._RECALL_REQUEST.search(sentence) is None, sentence
    found = [s for s in checked if language.deliverable_end(s)]
    assert len(found) > 100 and any(not usual_only(s) for s in found)
