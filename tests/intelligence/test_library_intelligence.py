"""Commitments, references, changes and versions in a real library, kept in step on
import, re-import and delete."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete

from briefer.app import open_library
from briefer.core.commitment_register import (
    add_commitment,
    delete_commitment,
    list_commitments,
    set_done,
    update_commitment,
)
from briefer.core.errors import BrieferError
from briefer.core.importing.single import NEW, UPDATED, import_file
from briefer.core.letter_comparison import Side, compare_letters
from briefer.core.letter_links import cited_by, letter_references, passage_references
from briefer.core.models import Commitment, Letter
from briefer.core.points import list_points
from briefer.core.store.database import Store
from briefer.core.suggestions import accept_suggestion, suggestions
from briefer.core.tags import theme_passages
from briefer.core.themes import find_theme, list_themes
from briefer.core.versions import list_versions, version_passages
from tests.intelligence.letter_pairs import (
    ADDED,
    CHANGED_AFTER,
    CHANGED_BEFORE,
    REMOVED_START,
    later_letter,
)


@pytest.fixture
def store(library_db: str) -> Iterator[Store]:
    """On SQLite and on a PostgreSQL server (tests/conftest.py)."""
    library = open_library(library_db)
    yield library
    library.close()


def test_a_later_letter_shows_exactly_the_three_changes(store: Store, tmp_path: Path) -> None:
    result = import_file(store, later_letter(tmp_path))
    assert result.status == NEW and result.kamerstuk == "36 200 V, nr. 5"
    changes = compare_letters(store, Side(1), Side(result.letter_id))
    assert [p.text for p in changes.added] == [ADDED]
    assert [p.text[: len(REMOVED_START)] for p in changes.removed] == [REMOVED_START]
    [pair] = changes.changed
    assert CHANGED_BEFORE in pair.before.text and CHANGED_AFTER in pair.after.text
    assert [part for part in pair.diff if part[0] != "="] == [("+", " niet langer")]
    assert pair.before.id is not None and pair.after.letter_id == result.letter_id
    assert pair.after.citation == "Kamerstuk 36 200 V, nr. 5, p. 5"

    china = find_theme(store, "China").id
    on_china = compare_letters(store, Side(1), Side(result.letter_id), china)
    assert [p.text for p in on_china.added] == [ADDED]
    assert on_china.removed == [] and len(on_china.changed) == 1


def test_a_passage_naming_china_only_in_a_compound_is_on_china(
    store: Store, tmp_path: Path
) -> None:
    result = import_file(store, later_letter(tmp_path))
    china = find_theme(store, "China").id
    [passage] = [
        p for p in theme_passages(store, china, letter_id=result.letter_id) if p.text == ADDED
    ]
    assert passage.reasons == ("noemt “Chinastrategie”",)


def test_references_link_to_letters_in_the_library_and_back(store: Store, tmp_path: Path) -> None:
    later = import_file(store, later_letter(tmp_path)).letter_id
    linked = [r for r in letter_references(store, later) if r.letter_id is not None]
    assert [(r.kamerstuk, r.letter_id, r.letter) for r in linked] == [
        ("35 925 V, nr. 84", 1, "Kamerstuk 35 925 V, nr. 84")
    ]
    [ref] = passage_references(store, linked[0].passage_id)
    assert ADDED[ref.start : ref.end] == "Kamerstuk 35 925 V, nr. 84"
    [citing] = cited_by(store, 1)
    assert (citing.letter_id, citing.passage_id) == (later, linked[0].passage_id)
    assert cited_by(store, later) == []


def test_a_new_version_keeps_the_old_text_readable_and_comparable(
    store: Store, tmp_path: Path
) -> None:
    result = import_file(store, later_letter(tmp_path, same_kamerstuk=True))
    assert (result.status, result.letter_id) == (UPDATED, 1)
    versions = list_versions(store, 1)
    assert [(v.number, v.current) for v in versions] == [(1, False), (2, True)]
    old = version_passages(store, 1, 1)
    assert any(p.text.startswith(REMOVED_START) for p in old)
    assert len(old) == versions[0].passages == 84
    changes = compare_letters(store, Side(1, 1), Side(1))
    assert [p.text for p in changes.added] == [ADDED]
    assert len(changes.removed) == 1 and len(changes.changed) == 1
    assert changes.removed[0].id is None  # read-only: a passage of the old version
    china = find_theme(store, "China").id
    on_china = compare_letters(store, Side(1, 1), Side(1), china)
    assert (len(on_china.added), len(on_china.removed), len(on_china.changed)) == (1, 0, 1)
    with pytest.raises(BrieferError):
        version_passages(store, 1, 2)  # the current version is the letter itself


def test_the_users_commitment_work_survives_a_reimport(store: Store, tmp_path: Path) -> None:
    rows = {row.subject: row for row in list_commitments(store)}
    set_done(store, rows["mensenrechtennota"].id)
    update_commitment(
        store, rows["Afrikastrategie"].id, subject="Afrika-strategie", due="eind 2022"
    )
    delete_commitment(store, rows["internationale cyberstrategie"].id)
    passage = rows["Staat van de Unie"].passage_id
    assert passage is not None
    mine = add_commitment(store, passage, "brief over de Conferentie", due="voor het zomerreces")
    before = len(list_commitments(store))

    assert import_file(store, later_letter(tmp_path, same_kamerstuk=True)).status == UPDATED
    after = {row.subject: row for row in list_commitments(store)}
    assert len(after) == before
    assert after["mensenrechtennota"].status == "done"
    edited = after["Afrika-strategie"]
    assert (edited.due, edited.due_date, edited.id) == (
        "eind 2022",
        date(2022, 12, 31),
        rows["Afrikastrategie"].id,
    )
    assert "internationale cyberstrategie" not in after
    assert after["brief over de Conferentie"].id == mine
    assert after["brief over de Conferentie"].due == "zomerreces 2022"
    done = list_commitments(store, status="done")
    assert [row.subject for row in done] == ["mensenrechtennota"]


def test_bad_commitment_edits_are_refused_and_change_nothing(store: Store) -> None:
    row = list_commitments(store)[0]
    with pytest.raises(BrieferError, match="geen termijn"):
        update_commitment(store, row.id, due="ooit misschien")
    with pytest.raises(BrieferError, match="onderwerp"):
        update_commitment(store, row.id, subject="  ")
    with pytest.raises(BrieferError, match="geen toezegging"):
        set_done(store, 9999)
    assert list_commitments(store)[0] == row


def test_commitments_go_with_their_letter(store: Store) -> None:
    assert list_commitments(store, letter_id=1)
    with store.session() as session:
        session.execute(delete(Letter).where(Letter.id == 1))
    with store.read() as session:
        assert session.query(Commitment).count() == 0


def test_filters_by_theme_and_letter(store: Store) -> None:
    rights = find_theme(store, "Mensenrechten").id
    subjects = {row.subject for row in list_commitments(store, theme_id=rights)}
    assert (
        "mensenrechtennota" in subjects and "hoofdlijnennotitie over de Europawet" not in subjects
    )
    assert list_commitments(store, letter_id=1) == list_commitments(store)


def test_commitments_of_several_themes_are_those_of_each(store: Store) -> None:
    """A briefing of several topics reads their commitments at once."""
    names = {theme.id: theme.name for theme in list_themes(store)}
    ids = list(names)[1:]  # all but one: the ones about none of these stay out
    each = [list_commitments(store, theme_id=theme_id) for theme_id in ids]
    together = list_commitments(store, theme_ids=ids)
    assert len([rows for rows in each if rows]) >= 2
    assert {row.id for row in together} == {row.id for rows in each for row in rows}
    for theme_id, rows in zip(ids, each, strict=True):
        assert [row for row in together if theme_id in row.theme_ids] == rows
    for row in together:
        assert row.themes == tuple(names[theme_id] for theme_id in row.theme_ids)


def test_a_suggestion_becomes_a_talking_point_citing_its_passage(store: Store) -> None:
    china = find_theme(store, "China").id
    found = suggestions(store, china)
    assert found and found[0].names_theme
    point_id = accept_suggestion(store, found[0])
    [point] = [p for p in list_points(store, china) if p.id == point_id]
    assert point.text == found[0].text
    assert [c.passage_id for c in point.citations] == [found[0].passage_id]
    assert found[0].text not in [s.text for s in suggestions(store, china)]
