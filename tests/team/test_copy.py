"""`briefer copy`: a whole library from SQLite to a server and back, counted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefer.app import open_library
from briefer.core.notes import append_to_note, get_note, note_versions
from briefer.core.points import add_point, list_points
from briefer.core.search import search
from briefer.core.tags import set_manual_tag
from briefer.core.themes import find_theme
from tests.team.test_migration_0010 import _columns, _effective


def _user_work(db: str) -> None:
    store = open_library(db)
    store.author = "A. de Vries"
    try:
        china = find_theme(store, "China").id
        append_to_note(store, "Bezoek Beijing: Oeigoeren, Taiwan, R&D «export».", theme_id=china)
        append_to_note(store, "Tweede alinea.", theme_id=china)
        add_point(store, china, "Samenwerken waar het kan", cite=[3])
        set_manual_tag(store, 1, china, "include")
        tagged = search(store, "rusland", theme_id=find_theme(store, "Rusland").id, limit=1)
        set_manual_tag(store, tagged[0].id, find_theme(store, "Rusland").id, "exclude")
    finally:
        store.close()


def test_sqlite_to_server_and_back_keeps_everything(pg_cluster, tmp_path: Path, run_cli) -> None:
    laptop = str(tmp_path / "laptop.sqlite")
    _user_work(laptop)
    server = pg_cluster.create_database()
    result = run_cli("copy", "--from", laptop, "--to", server)
    assert result.code == 0, result.err
    assert "gekopieerd en nageteld: 1 brief, 84 passages" in result.out
    assert "2 notitieversies, 1 spreekpunt" in result.out

    store = open_library(server)
    try:
        china = find_theme(store, "China").id
        note = get_note(store, theme_id=china)
        assert note.body == "Bezoek Beijing: Oeigoeren, Taiwan, R&D «export».\n\nTweede alinea."
        assert [v.author for v in note_versions(store, note.id or 0)] == ["A. de Vries"] * 2
        points = list_points(store, china)
        assert [(p.text, p.author, [c.passage_id for c in p.citations]) for p in points] == [
            ("Samenwerken waar het kan", "A. de Vries", [3])
        ]
        assert {hit.kind for hit in search(store, "oeigoeren")} == {"note"}
        assert len(search(store, "oekraine", limit=500)) == 25
        assert _columns(store) == _effective(store)  # each passage's themes written with it
        set_manual_tag(store, 2, china, "include")  # the triggers keep them after the copy
        assert china in _columns(store)[2] and _columns(store) == _effective(store)
        new_point = add_point(store, china, "Na de kopie")  # the server's ids go on after
        assert new_point > points[0].id
    finally:
        store.close()

    trip = tmp_path / "trip.sqlite"
    back = run_cli("copy", "--from", server, "--to", str(trip))
    assert back.code == 0, back.err
    with sqlite3.connect(trip) as connection:
        assert connection.execute("SELECT count(*) FROM talking_points").fetchone() == (2,)
        found = connection.execute(
            "SELECT count(*) FROM passage_fts WHERE passage_fts MATCH 'oekraine'"
        ).fetchone()
        assert found == (25,)


def test_copy_refuses_a_target_that_is_not_empty(library_db: str, tmp_path: Path, run_cli) -> None:
    laptop = str(tmp_path / "laptop.sqlite")
    _user_work(laptop)
    open_library(library_db).close()  # seeded: has the bundled letter
    result = run_cli("copy", "--from", laptop, "--to", library_db)
    assert result.code == 1
    assert "de doelbibliotheek is niet leeg" in result.err
    missing = run_cli("copy", "--from", str(tmp_path / "nope.sqlite"), "--to", library_db)
    assert missing.code == 1 and "bestaat niet" in missing.err


def test_the_copy_carries_every_table_of_the_later_issues(
    pg_cluster, tmp_path: Path, run_cli
) -> None:
    """Letter fixes, commitments, letter versions, extracts, a reactive talking point and a
    briefing: copied to a server, counted table by table, and read back there."""
    from briefer.core.briefings import BriefingSpec, list_briefings, save_briefing
    from briefer.core.commitment_register import add_commitment, list_commitments, set_done
    from briefer.core.copy_library import copy_library
    from briefer.core.extracts import get_extracts, set_extract
    from briefer.core.importing.letter_fixes import add_fix
    from briefer.core.importing.single import import_file
    from briefer.core.models import Base, LibraryChanges
    from briefer.core.versions import list_versions
    from briefer.ingest.corrections import META, Fix
    from tests.intelligence.letter_pairs import later_letter

    laptop = str(tmp_path / "laptop.sqlite")
    store = open_library(laptop)
    try:
        china = find_theme(store, "China").id
        newer = import_file(store, later_letter(tmp_path, same_kamerstuk=True))
        letter = newer.letter_id
        add_fix(store, letter, Fix(META, "title", {"value": "Staat van de Unie, herzien"}))
        first = list_commitments(store)[0]
        set_done(store, first.id)
        add_commitment(store, 3, "Wij sturen de Kamer een brief over Taiwan.", "Q4 2026")
        set_extract(store, 3, store_passage_start(store, 3))
        add_point(store, china, "Alleen op vraag: Hongkong.", kind="reactief")
        save_briefing(store, BriefingSpec(title="Bezoek Beijing", theme_ids=(china,)))
    finally:
        store.close()

    source = open_library(laptop)
    server = pg_cluster.create_database()
    try:
        result = copy_library(source, server)
    finally:
        source.close()
    tables = {t.name for t in Base.metadata.sorted_tables} - {LibraryChanges.__tablename__}
    assert set(result.counts) == tables  # every table counted on both sides
    for table in (
        "letter_fixes",
        "commitments",
        "letter_versions",
        "passage_extracts",
        "talking_points",
        "briefings",
        "briefing_topics",
    ):
        assert result.count(table) > 0, table

    copied = open_library(server)
    try:
        versions = list_versions(copied, letter)
        assert len(versions) == 2 and versions[-1].title == "Staat van de Unie, herzien"
        rows = list_commitments(copied)
        assert [r.status for r in rows if r.id == first.id] == ["done"]
        assert any(r.subject == "Wij sturen de Kamer een brief over Taiwan." for r in rows)
        assert 3 in get_extracts(copied, [3])
        points = list_points(copied, find_theme(copied, "China").id)
        assert [(p.text, p.kind) for p in points] == [("Alleen op vraag: Hongkong.", "reactief")]
        assert [b.title for b in list_briefings(copied)] == ["Bezoek Beijing"]
    finally:
        copied.close()


def store_passage_start(store, passage_id: int) -> str:
    """The passage's first few words: a sentence part the extract may hold."""
    from briefer.core.library import passage_detail

    return " ".join(passage_detail(store, passage_id).text.split()[:6])


def test_the_copy_keeps_kinds_roles_and_footnotes(pg_cluster, tmp_path: Path) -> None:
    """Letters of the new kinds go to a server and back with every detail, role and note."""
    from briefer.core.copy_library import copy_library
    from briefer.core.importing.letter_fixes import parsed_from_store
    from tests.letter_kinds import kamervragen, motie, stored

    laptop = tmp_path / "laptop.sqlite"
    store = open_library(laptop)
    try:
        letters = [kamervragen(), motie()]
        ids = [stored(store, letter, f"brief-{n}.xml") for n, letter in enumerate(letters)]
    finally:
        store.close()
    server = pg_cluster.create_database()
    back = tmp_path / "terug.sqlite"
    for source, target in ((laptop, server), (server, back)):
        opened = open_library(source)
        try:
            copy_library(opened, target)
        finally:
            opened.close()
    for db in (server, back):
        copied = open_library(db)
        try:
            with copied.read() as session:
                assert [parsed_from_store(session, letter_id) for letter_id in ids] == letters
        finally:
            copied.close()
