"""Precision and recall of commitments and references on the bundled letter,
against the list written by hand from reading it (tests/intelligence/expected.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from briefer.app import open_library
from briefer.core.commitment_register import CommitmentRow, list_candidates, list_commitments
from briefer.core.letter_links import letter_references
from briefer.core.store.database import Store
from tests.intelligence.expected import COMMITMENTS, NOT_COMMITMENTS, REFERENCES


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """The bundled letter's library on SQLite and on a PostgreSQL server."""
    if request.param == "sqlite":
        library = open_library(tmp_path_factory.mktemp("bundled") / "briefer.sqlite")
    else:
        library = open_library(request.getfixturevalue("pg_cluster").create_database())
    yield library
    library.close()


def _matches(row: CommitmentRow, expected: tuple[int, str, str | None, str]) -> bool:
    page, words, _due, _subject = expected
    return row.page == page and words in " ".join(row.text.split())


def test_commitments_of_the_bundled_letter_match_a_careful_reading(store: Store) -> None:
    rows = list_commitments(store)
    hits = [e for e in COMMITMENTS if any(_matches(r, e) for r in rows)]
    right = [r for r in rows if any(_matches(r, e) for e in COMMITMENTS)]
    precision = len(right) / len(rows)
    recall = len(hits) / len(COMMITMENTS)
    print(f"commitments: {len(rows)} found, precision {precision:.2f}, recall {recall:.2f}")
    assert precision >= 0.9, [r.text for r in rows if r not in right]
    assert recall >= 0.9, [e for e in COMMITMENTS if e not in hits]
    for row in rows:
        for wrong in NOT_COMMITMENTS:
            assert wrong not in " ".join(row.text.split())


def test_each_found_commitment_has_its_due_moment_and_subject(store: Store) -> None:
    rows = list_commitments(store)
    for expected in COMMITMENTS:
        row = next((r for r in rows if _matches(r, expected)), None)
        if row is None:
            continue  # counted by the recall above
        _page, _words, due, subject = expected
        assert (row.due or None) == due, row.text
        assert subject.lower() in row.subject.lower(), row.subject


def test_the_promises_named_in_the_issue_are_there_with_their_dates(store: Store) -> None:
    rows = {row.subject: row for row in list_commitments(store)}
    nota = rows["mensenrechtennota"]
    assert (nota.due, nota.due_date, nota.page) == ("Q3 2022", date(2022, 9, 30), 14)
    europawet = rows["hoofdlijnennotitie over de Europawet"]
    assert (europawet.due_date, europawet.due_phrase) == (date(2022, 6, 1), "uiterlijk 1 juni")
    assert rows["internationale cyberstrategie"].due == "Q3 2022"
    assert rows["Rijksbrede Veiligheidsstrategie"].due_date == date(2022, 12, 31)
    assert rows["Afrikastrategie"].page == 4
    assert "Afrika en Sahel" in rows["Afrikastrategie"].themes
    assert nota.letter == "Kamerstuk 35 925 V, nr. 84"


def test_overdue_is_measured_against_today(store: Store) -> None:
    before = list_commitments(store, today=date(2022, 3, 9), status="overdue")
    assert before == []
    later = list_commitments(store, today=date(2022, 7, 2), status="overdue")
    assert {r.subject for r in later} == {
        "hoofdlijnennotitie over de Europawet",
        "Staat van de Unie",
        "de precieze invulling",
        "de voortgang hiervan",
    }
    undated = [r for r in list_commitments(store, today=date(2030, 1, 1)) if not r.due_date]
    assert undated and all(r.status == "open" for r in undated)


def test_all_kamerstuk_references_of_the_bundled_letter_with_pages(store: Store) -> None:
    refs = letter_references(store, 1)
    found = [(r.page, r.kamerstuk) for r in refs]
    right = [pair for pair in found if pair in REFERENCES]
    precision = len(right) / len(found)
    recall = len(set(right)) / len(set(REFERENCES))
    print(f"references: precision {precision:.2f}, recall {recall:.2f}")
    assert precision == 1.0 and recall == 1.0, found
    kamerstukken = {r.canonical for r in refs if r.kind == "kamerstuk"}
    assert len(kamerstukken) == 7
    assert [r.canonical for r in refs if r.kind == "named"] == ["amendement-mulder"]
    assert {r.canonical for r in refs} >= {"kst-36045-3", "kst-21501-20-1795", "kst-27925-882"}
    assert all(r.letter_id is None for r in refs)  # none of these letters is in the library


def test_weaker_candidates_are_a_separate_queue(store: Store) -> None:
    candidates = list_candidates(store)
    texts = [c.text for c in candidates]
    assert "Deze bijdrage wordt in de loop van dit jaar volgens plan uitgebreid." in texts
    promised = {row.text for row in list_commitments(store)}
    assert not promised & set(texts)
    assert all(c.due for c in candidates) and len(candidates) <= 5
