"""The user's work survives: manual tags, notes and talking points through rule
edits, a re-tag of the library and a re-import of the letter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from briefer.app import open_library
from briefer.core.errors import BrieferError, NotFoundError
from briefer.core.importing.single import UPDATED, import_file
from briefer.core.models import Passage
from briefer.core.notes import (
    append_to_note,
    get_note,
    note_versions,
    restore_version,
    save_note,
    theme_note_text,
)
from briefer.core.points import (
    add_citation,
    add_point,
    delete_point,
    edit_point,
    list_points,
    move_point,
    remove_citation,
    reorder_points,
)
from briefer.core.store.database import Store
from briefer.core.tags import (
    CLEAR,
    EXCLUDE,
    INCLUDE,
    manual_state,
    retag_library,
    set_manual_tag,
    theme_passages,
)
from briefer.core.themes import find_theme, update_theme
from tests.conftest import BUNDLED_LETTER


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    store = open_library(db_path)
    yield store
    store.close()


def pid(store: Store, start: str) -> int:
    with store.read() as session:
        return int(session.scalar(select(Passage.id).where(Passage.text.startswith(start))))


def ids(store: Store, theme: str, **kwargs: bool) -> set[int]:
    return {p.id for p in theme_passages(store, find_theme(store, theme).id, **kwargs)}


def new_version(tmp_path: Path) -> Path:
    text = BUNDLED_LETTER.read_text(encoding="utf-8").replace(
        "China is in krap twee generaties", "China is in nog geen twee generaties"
    )
    path = tmp_path / "nieuwe-versie.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_manual_exclude_survives_rule_edit_retag_and_reimport(store: Store, tmp_path: Path) -> None:
    china = find_theme(store, "China")
    krap = pid(store, "China is in krap twee generaties")
    set_manual_tag(store, krap, china.id, EXCLUDE)
    assert krap not in ids(store, "China")
    assert krap in ids(store, "China", with_excluded=True)
    assert manual_state(store, krap, china.id) == EXCLUDE

    update_theme(store, china.id, terms=[*china.terms, "Volksrepubliek"])
    assert krap not in ids(store, "China")
    retag_library(store)
    assert krap not in ids(store, "China")
    assert import_file(store, new_version(tmp_path)).status == UPDATED
    assert krap not in ids(store, "China")
    assert pid(store, "China is in nog geen twee generaties") == krap

    set_manual_tag(store, krap, china.id, CLEAR)
    assert krap in ids(store, "China")
    assert manual_state(store, krap, china.id) == CLEAR


def test_manual_include_adds_a_passage_the_rules_miss(store: Store) -> None:
    theme = find_theme(store, "Westelijke Balkan")
    consular = pid(store, "Veel diensten kunnen digitaal worden geleverd")
    assert consular not in ids(store, "Westelijke Balkan")
    set_manual_tag(store, consular, theme.id, INCLUDE)
    passages = {p.id: p for p in theme_passages(store, theme.id)}
    assert passages[consular].manual
    assert passages[consular].reasons == ("handmatig toegevoegd",)
    assert find_theme(store, "Westelijke Balkan").passages == 4
    retag_library(store)
    assert consular in ids(store, "Westelijke Balkan")


def test_theme_note_versions_and_restore(store: Store) -> None:
    china = find_theme(store, "China").id
    assert get_note(store, theme_id=china).body == ""
    assert theme_note_text(store, china) == ""
    save_note(store, "# Bezoek Beijing\n\n- punt een", theme_id=china)
    assert theme_note_text(store, china) == "# Bezoek Beijing\n\n- punt een"
    save_note(store, "# Bezoek Beijing\n\n- punt een", theme_id=china)  # unchanged: no version
    view = append_to_note(store, "- punt **twee**", theme_id=china)
    assert view.body == "# Bezoek Beijing\n\n- punt een\n\n- punt **twee**"
    versions = note_versions(store, view.id)
    assert [v.number for v in versions] == [2, 1]
    assert versions[1].preview == "# Bezoek Beijing"
    restored = restore_version(store, versions[1].id)
    assert restored.body == "# Bezoek Beijing\n\n- punt een"
    assert restored.versions == 3  # restoring adds a version; nothing is lost
    assert note_versions(store, view.id)[1].body.endswith("- punt **twee**")


def test_note_drops_control_characters_and_normalises_line_ends(store: Store) -> None:
    theme = find_theme(store, "Rusland").id
    view = save_note(store, "R&D <b> AT&T\x07 Путин 习近平\r\nregel twee\x00", theme_id=theme)
    assert view.body == "R&D <b> AT&T Путин 习近平\nregel twee"


def test_passage_note_survives_reimport(store: Store, tmp_path: Path) -> None:
    krap = pid(store, "China is in krap twee generaties")
    save_note(store, "Navragen bij de ambassade.", passage_id=krap)
    import_file(store, new_version(tmp_path))
    assert get_note(store, passage_id=krap).body == "Navragen bij de ambassade."


def test_notes_need_an_existing_owner(store: Store) -> None:
    with pytest.raises(NotFoundError):
        save_note(store, "x", passage_id=999_999)


def test_talking_points_order_and_citations_survive_reimport(store: Store, tmp_path: Path) -> None:
    china = find_theme(store, "China").id
    krap = pid(store, "China is in krap twee generaties")
    other = pid(store, "Het is duidelijk dat er een grotere verantwoordelijkheid")
    first = add_point(store, china, "China is partner, concurrent en systeemrivaal.", [krap])
    second = add_point(store, china, "Samenwerking waar mogelijk.")
    third = add_point(store, china, "Eerst dit.", position=1)
    assert [p.id for p in list_points(store, china)] == [third, first, second]
    move_point(store, third, 3)
    assert [p.id for p in list_points(store, china)] == [first, second, third]
    reorder_points(store, china, [second, third, first])
    add_citation(store, first, other)
    add_citation(store, first, other)  # once only
    edit_point(store, second, "Samenwerking waar het kan.")

    import_file(store, new_version(tmp_path))

    points = list_points(store, china)
    assert [(p.position, p.text) for p in points] == [
        (1, "Samenwerking waar het kan."),
        (2, "Eerst dit."),
        (3, "China is partner, concurrent en systeemrivaal."),
    ]
    citations = points[2].citations
    assert [c.passage_id for c in citations] == [krap, other]
    assert citations[0].label == "Kamerstuk 35 925 V, nr. 84, p. 5"
    assert citations[0].excerpt.startswith("China is in nog geen twee generaties")
    remove_citation(store, first, krap)
    delete_point(store, third)
    assert [p.position for p in list_points(store, china)] == [1, 2]


def test_bad_talking_points_are_refused(store: Store) -> None:
    china = find_theme(store, "China").id
    with pytest.raises(BrieferError, match="tekst nodig"):
        add_point(store, china, "   ")
    with pytest.raises(NotFoundError):
        add_point(store, china, "x", [999_999])
    point = add_point(store, china, "een")
    with pytest.raises(BrieferError, match="één keer"):
        reorder_points(store, china, [point, point])
