"""The commitments finder on the real documents, against the gold set read by hand
(expected/*.commitments.json): on their plain text (pdftotext, the official XML) and
through the ordinary import. Both must reach precision and recall of 0.9 for explicit
promises, for fulfilments and for the requests of the Kamer."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from briefer.ingest.reader import parse_letter
from briefer.intelligence.commitments import PassageInput, find_candidates, find_commitments
from briefer.intelligence.fulfilments import find_fulfilments
from briefer.intelligence.requests import find_requests
from tests.conftest import BUNDLED_LETTER
from tests.corpus.commitment_scores import (
    BUNDLED_STEM,
    CANDIDATE,
    EXPECTED,
    FULFILMENT,
    PROMISE,
    REAL_CORPUS,
    REQUEST,
    Found,
    Scores,
    corpus_scores,
    load_gold,
    score,
    similarity,
)
from tests.corpus.plain_text import has_pdftotext, pdf_passages, xml_passages

pytestmark = pytest.mark.skipif(
    not REAL_CORPUS.is_dir() or not has_pdftotext(),
    reason=f"the real documents ({REAL_CORPUS}) or pdftotext are not here",
)


def _date(stem: str) -> date | None:
    raw = json.loads((EXPECTED / f"{stem}.commitments.json").read_text(encoding="utf-8"))["date"]
    if not raw:
        return None
    return date.fromisoformat(raw if len(raw) == 10 else f"{raw}-01")


def _plain_passages(stem: str, first_file: str) -> list[PassageInput]:
    if stem == BUNDLED_STEM:
        parsed = parse_letter(BUNDLED_LETTER, BUNDLED_LETTER.read_bytes())
        return [
            PassageInput(i, p.text, p.first_page, p.last_page)
            for i, p in enumerate(parsed.all_passages())
        ]
    path = REAL_CORPUS / first_file
    return pdf_passages(path) if path.suffix == ".pdf" else xml_passages(path)


@pytest.fixture(scope="module")
def on_plain_text() -> Scores:
    found: dict[str, list[Found]] = {}
    for stem, doc in load_gold().items():
        passages = _plain_passages(stem, doc.files[0])
        day = _date(stem)
        items = [
            Found(PROMISE, c.text, c.page, c.due.last_day if c.due else None)
            for c in find_commitments(passages, day)
        ]
        items += [Found(FULFILMENT, f.text, f.page) for f in find_fulfilments(passages, day)]
        items += [Found(REQUEST, r.text, r.page) for r in find_requests(passages)]
        items += [
            Found(CANDIDATE, c.text, c.page, c.due.last_day if c.due else None)
            for c in find_candidates(passages, day)
        ]
        found[stem] = items
    return score(found)


@pytest.fixture(scope="module")
def through_import(tmp_path_factory: pytest.TempPathFactory) -> Scores:
    return corpus_scores(workdir=tmp_path_factory.mktemp("corpus"))


@pytest.mark.parametrize("kind", [PROMISE, FULFILMENT, REQUEST])
def test_the_finder_on_the_plain_text(on_plain_text: Scores, kind: str) -> None:
    print(on_plain_text.line(kind))
    kind_score = on_plain_text.kinds[kind]
    assert kind_score.precision >= 0.9, kind_score.wrong
    assert kind_score.recall >= 0.9, kind_score.missed
    assert on_plain_text.not_listed == []


def test_dues_are_normalised_into_the_range_a_reader_gives(on_plain_text: Scores) -> None:
    promises = on_plain_text.kinds[PROMISE]
    print(on_plain_text.line(PROMISE))
    assert promises.due_checked >= 15 and promises.due_right / promises.due_checked >= 0.9


@pytest.mark.parametrize("kind", [PROMISE, FULFILMENT, REQUEST])
def test_the_finder_through_the_import(through_import: Scores, kind: str) -> None:
    print(through_import.line(kind))
    kind_score = through_import.kinds[kind]
    assert kind_score.precision >= 0.9, kind_score.wrong
    assert kind_score.recall >= 0.9, kind_score.missed


def test_the_scorer_matches_sentences_however_reading_joined_them() -> None:
    gold = "De Kamer zal in de tweede helft van 2023 worden geïnformeerd over de voortgang."
    assert similarity("De Kamer zal in de tweede helft van 2023 worden ge-ïnformeerd over de "
                      "voortgang van dit project.", gold) >= 0.8  # fmt: skip
    assert similarity("De Kamer zal worden geïnformeerd.", gold) < 0.8
    whole_page = " ".join([gold, *(f"Zin {i} gaat over onderwerp{i}." for i in range(40))])
    assert similarity(whole_page, gold) == 0.0
    path = Path(EXPECTED / "kst-32545-143.commitments.json")
    assert (
        score({"kst-32545-143": []}, {"kst-32545-143": load_gold()["kst-32545-143"]})
        .kinds[REQUEST]
        .recall
        == 0.0
        and path.exists()
    )
