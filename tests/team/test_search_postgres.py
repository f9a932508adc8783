"""PostgreSQL search details that the bundled letter alone does not reach: a
phrase's words apart, under NOT and OR, and the newest matches first."""

from __future__ import annotations

from sqlalchemy import text

from briefer.app import open_library
from briefer.core.search import search
from briefer.core.store.database import Store

APART = "Oekraïne vraagt steun; de Balkan kijkt mee en westelijke landen aarzelen."
TOGETHER = "Oekraïne en de Westelijke Balkan vragen steun."


def _add_passage(store: Store, body: str) -> int:
    with store.engine.begin() as connection:
        return int(
            connection.execute(
                text(
                    "INSERT INTO passages (letter_id, position, text, text_hash, first_page,"
                    " last_page, retired) SELECT letter_id, max(position) + 1, :body, md5(:body),"
                    " 1, 1, false FROM passages GROUP BY letter_id LIMIT 1 RETURNING id"
                ),
                {"body": body},
            ).scalar_one()
        )


def test_a_phrase_is_a_phrase_under_not_and_or(pg_cluster) -> None:
    store = open_library(pg_cluster.create_database())
    try:
        apart, together = _add_passage(store, APART), _add_passage(store, TOGETHER)

        def ids(query: str) -> set[int]:
            return {hit.id for hit in search(store, query, limit=500, include_notes=False)}

        phrase = ids('"Westelijke Balkan"')
        assert together in phrase and apart not in phrase
        without = ids('oekraine NIET "Westelijke Balkan"')
        assert apart in without and together not in without
        either = ids('"Westelijke Balkan" OF steun')
        assert {apart, together} <= either
        assert ids("oekraine") >= {apart, together}
        newest = search(store, "oekraine", limit=1000, include_notes=False)
        assert len(newest) == len(ids("oekraine")) == 27  # 25 in the letter, 2 added
    finally:
        store.close()
