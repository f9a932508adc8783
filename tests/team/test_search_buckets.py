"""PostgreSQL search over many buckets of passage ids (migration 0011): the
newest matches first, from the right buckets, with a theme, a phrase and a NOT,
and the same matches as a plain scan of every passage finds.

The bundled letter's passages all lie in the first bucket, so the passages here
are given ids far apart (the sequence moved on between them), as in a library
that has grown for years.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from briefer.app import open_library
from briefer.core.search import postgres as search_postgres
from briefer.core.search import query as common
from briefer.core.search import search
from briefer.core.store.database import Store
from briefer.core.tags import INCLUDE, set_manual_tag
from briefer.core.themes import find_theme
from tests.team.test_search_postgres import _add_passage

BUCKET = 1 << search_postgres.BUCKET_BITS
# (first id, texts): each group starts in another bucket; newest last.
GROUPS = [
    (BUCKET * 2 + 10, ["Walvisvaart bij Groenland.", "De walvisvaart en Japan."]),
    (BUCKET * 5 + 3, ["Walvisvaart: een verbod.", "Verbod op de walvisvaart, zegt Noorwegen."]),
    (BUCKET * 5 + 900, ["Noorwegen en walvisvaart."]),
    (BUCKET * 9 + 1, ["Walvisvaart en IJsland.", "Geen walvis hier, wel vaart."]),
]


def _add(store: Store, first_id: int, body: str) -> int:
    """A passage with the id ``first_id``: the sequence is moved on to it first."""
    with store.engine.begin() as connection:
        connection.execute(text("SELECT setval('passages_id_seq', :at, false)"), {"at": first_id})
    return _add_passage(store, body)


def _scan(store: Store, words: str, theme_id: int | None = None) -> list[int]:
    """Every match, newest first, by reading every passage (no index)."""
    sql = (
        "SELECT id FROM passages WHERE search_vector @@ to_tsquery('briefer_nl', :words)"
        " AND NOT retired"
    )
    if theme_id is not None:
        sql += " AND CAST(:theme AS integer) = ANY(theme_ids)"
    params = {"words": words, "theme": theme_id}
    with store.engine.connect() as connection:
        return [row.id for row in connection.execute(text(sql + " ORDER BY id DESC"), params)]


@pytest.fixture
def grown(pg_cluster):
    store = open_library(pg_cluster.create_database())
    ids: dict[str, int] = {}
    for first_id, bodies in GROUPS:
        for offset, body in enumerate(bodies):
            ids[body] = _add(store, first_id + offset * 7, body)
    yield store, ids
    store.close()


def test_the_passages_lie_in_different_buckets(grown) -> None:
    _store, ids = grown
    buckets = {passage >> search_postgres.BUCKET_BITS for passage in ids.values()}
    assert buckets == {2, 5, 9}


def test_the_newest_matches_of_many_buckets(grown, monkeypatch) -> None:
    store, ids = grown
    everything = _scan(store, "'walvisvaart'")
    assert len(everything) == 6
    found = search(store, "walvisvaart", limit=100, include_notes=False)
    assert sorted(hit.id for hit in found) == sorted(everything)
    for window in (1, 2, 3, 4, 5):  # ranked among the newest ``window`` only, as on SQLite
        monkeypatch.setattr(common, "RANK_WINDOW", window)
        monkeypatch.setattr(search_postgres, "FIRST_SLICE", 1)
        found = search(store, "walvisvaart", limit=window, include_notes=False)
        assert sorted(hit.id for hit in found) == sorted(everything[:window]), window
    assert ids["Geen walvis hier, wel vaart."] not in everything


def test_a_theme_phrase_not_and_prefix_in_buckets(grown) -> None:
    store, ids = grown
    noorwegen = [ids["Verbod op de walvisvaart, zegt Noorwegen."], ids["Noorwegen en walvisvaart."]]
    theme = find_theme(store, "Mensenrechten").id
    for passage in noorwegen:
        set_manual_tag(store, passage, theme, INCLUDE)

    def found(query: str, theme_id: int | None = None) -> list[int]:
        hits = search(store, query, theme_id=theme_id, limit=100, include_notes=False)
        return sorted(hit.id for hit in hits)

    assert found("walvisvaart", theme) == sorted(noorwegen)
    assert found("walvisvaart", theme) == sorted(_scan(store, "'walvisvaart'", theme))
    assert found('"de walvisvaart"') == sorted(
        [ids["De walvisvaart en Japan."], ids["Verbod op de walvisvaart, zegt Noorwegen."]]
    )
    assert found("walvisvaart NIET noorwegen") == sorted(
        _scan(store, "'walvisvaart' & !'noorwegen'")
    )
    assert found('walvis* NIET "de walvisvaart"') == sorted(
        set(_scan(store, "'walvis':*")) - set(_scan(store, "'de' <-> 'walvisvaart'"))
    )
    assert found("walvis*") == sorted(_scan(store, "'walvis':*"))
    assert ids["Geen walvis hier, wel vaart."] in found("walvis*")
