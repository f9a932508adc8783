"""Bulk import: many letters in one go, the same library as one by one, bad files alone."""

from __future__ import annotations

import json
import pickle
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from briefer.app import open_library
from briefer.core.importing import bulk as bulk_import
from briefer.core.importing.bulk import POOL_FROM, BulkProgress, import_many
from briefer.core.importing.letter_fixes import add_fix
from briefer.core.importing.letter_sources import source_file
from briefer.core.importing.single import (
    DUPLICATE,
    NEW,
    UPDATED,
    ImportResult,
    import_file,
    store_letter,
)
from briefer.core.importing.worker import reasons_json, tag_parsed
from briefer.core.letter_links import letter_references
from briefer.core.models import Commitment, Letter, LetterSource, Passage, Section, Tag, Theme
from briefer.core.search import search
from briefer.core.store.database import Store
from briefer.core.versions import list_versions
from briefer.ingest.corrections import META, Fix
from briefer.ingest.errors import LetterImportError
from briefer.ingest.reader import parse_letter
from tests.conftest import BUNDLED_LETTER
from tests.ingest.letter_files import make_docx_from_parsed
from tests.letter_kinds import kamervragen, motie, stored, with_answer

COUNT = POOL_FROM + 2  # enough to go through the worker processes


def letters(folder: Path, count: int = COUNT) -> list[Path]:
    """Versions of the bundled letter under other kamerstuk numbers, one word changed."""
    folder.mkdir(parents=True, exist_ok=True)
    text = BUNDLED_LETTER.read_text(encoding="utf-8")
    made = []
    for number in range(count):
        path = folder / f"brief-{number:02d}.txt"
        body = text.replace("nr. 84", f"nr. {100 + number}")
        path.write_text(body.replace("Kremlin", f"Kremlin{'x' * number}", 1), encoding="utf-8")
        made.append(path)
    return made


def tags_by_position(database: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(database) as connection:
        return connection.execute(
            "SELECT l.kamerstuk, p.position, p.text, t.theme_id, t.reasons FROM tags t "
            "JOIN passages p ON p.id = t.passage_id JOIN letters l ON l.id = p.letter_id "
            "ORDER BY l.kamerstuk, p.position, t.theme_id"
        ).fetchall()


def stored_forms(database: Path) -> set[tuple[object, ...]]:
    """How the values of the rows written straight to the driver are stored."""
    with sqlite3.connect(database) as connection:
        return set(
            connection.execute(
                "SELECT typeof(t.manual), t.manual, t.include, typeof(t.reasons), "
                "substr(t.reasons, 1, 2), typeof(t.created_at), length(t.created_at), "
                "t.author, t.version, typeof(p.retired), p.retired, typeof(p.section_id) "
                "FROM tags t JOIN passages p ON p.id = t.passage_id"
            ).fetchall()
            + connection.execute(
                "SELECT typeof(c.due_date), length(c.due_date), typeof(c.done), c.done, "
                "c.edited, c.deleted, c.origin, typeof(c.created_at), length(c.created_at), "
                "typeof(c.updated_at), typeof(c.page), typeof(s.parent_id), typeof(s.level), "
                "typeof(f.imported_at), length(f.imported_at) FROM commitments c "
                "JOIN sections s ON s.letter_id = c.letter_id "
                "JOIN letter_sources f ON f.letter_id = c.letter_id"
            ).fetchall()
        )


def test_bulk_gives_the_same_library_as_one_by_one(tmp_path: Path) -> None:
    files = letters(tmp_path / "in")
    bulk_store = open_library(tmp_path / "bulk.sqlite")
    seen: list[BulkProgress] = []
    outcomes = import_many(bulk_store, files, seen.append)
    bulk_store.close()
    single_store = open_library(tmp_path / "single.sqlite")
    for path in files:
        import_file(single_store, path)
    single_store.close()

    assert [o.status for o in outcomes if isinstance(o, ImportResult)] == [NEW] * COUNT
    assert [o.path for o in outcomes] == files  # in the order given
    assert outcomes[0].passages == 84 and outcomes[0].kamerstuk == "35 925 V, nr. 100"
    assert tags_by_position(tmp_path / "bulk.sqlite") == tags_by_position(
        tmp_path / "single.sqlite"
    )
    assert stored_forms(tmp_path / "bulk.sqlite") == stored_forms(tmp_path / "single.sqlite")
    assert [p.done for p in seen] == list(range(1, COUNT + 1))
    assert all(p.total == COUNT for p in seen) and seen[-1].seconds_left == 0


@pytest.mark.parametrize("fill_every", [3, 1000])  # indexed in pieces, or all at the end
def test_the_full_text_index_is_whole_after_a_bulk_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fill_every: int
) -> None:
    monkeypatch.setattr(bulk_import, "FILL_EVERY", fill_every)
    store = open_library(tmp_path / "bulk.sqlite")
    import_many(store, letters(tmp_path / "in"))
    hits = search(store, f"Kremlin{'x' * (COUNT - 1)}")
    assert len(hits) == 1
    store.close()
    with sqlite3.connect(tmp_path / "bulk.sqlite") as connection:
        connection.execute("INSERT INTO passage_fts(passage_fts) VALUES ('integrity-check')")
        triggers = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        indexed = connection.execute(
            "SELECT count(*) FROM passage_fts WHERE passage_fts MATCH 'oekraine'"
        ).fetchone()[0]
        stored = connection.execute(
            "SELECT count(*) FROM passages WHERE text LIKE '%Oekraïne%'"
        ).fetchone()[0]
    assert "passage_fts_insert" in triggers  # put back after the bulk fill
    assert indexed == stored > COUNT


def test_a_bad_file_stores_nothing_and_keeps_the_others(tmp_path: Path) -> None:
    files = letters(tmp_path / "in")
    broken = tmp_path / "in" / "kapot.txt"
    broken.write_bytes(b"Tekst met\x00NUL-bytes\x00")
    files.insert(3, broken)
    files.append(files[0])  # the same file twice: the second is a duplicate
    store = open_library(tmp_path / "bulk.sqlite")
    outcomes = import_many(store, files)
    store.close()
    assert isinstance(outcomes[3], LetterImportError)
    assert str(outcomes[3]).startswith(f"{broken}: ") and "NUL-bytes" in str(outcomes[3])
    good = [o for o in outcomes if isinstance(o, ImportResult)]
    assert len(good) == COUNT + 1 and good[-1].status == DUPLICATE
    with sqlite3.connect(tmp_path / "bulk.sqlite") as connection:
        assert connection.execute("SELECT count(*) FROM letters").fetchone()[0] == COUNT + 1
        assert (
            connection.execute(
                "SELECT count(*) FROM letter_sources WHERE file_name = 'kapot.txt'"
            ).fetchone()[0]
            == 0
        )


@pytest.mark.parametrize("count", [3, COUNT])  # parsed here, and in worker processes
def test_stopping_keeps_the_letters_done_and_adds_no_other(tmp_path: Path, count: int) -> None:
    files = letters(tmp_path / "in", count)
    store = open_library(tmp_path / "bulk.sqlite")
    done: list[object] = []
    outcomes = import_many(store, files, stop=lambda: len(done) >= 2, on_outcome=done.append)
    store.close()
    assert len(outcomes) == 2
    with sqlite3.connect(tmp_path / "bulk.sqlite") as connection:
        kamerstukken = [
            row[0] for row in connection.execute("SELECT kamerstuk FROM letters ORDER BY id")
        ]
    assert kamerstukken == ["35 925 V, nr. 84", "35 925 V, nr. 100", "35 925 V, nr. 101"]


# --- A bulk-imported letter is what a single import makes, on both backends ------------


@pytest.fixture(params=["sqlite", "postgresql"])
def two_libraries(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    """Two fresh libraries on the same backend: one for the bulk import, one for singles."""
    if request.param == "sqlite":
        urls = [str(tmp_path / name / "briefer.sqlite") for name in ("bulk", "single")]
    else:
        cluster = request.getfixturevalue("pg_cluster")
        urls = [str(cluster.create_database()) for _ in range(2)]
    stores = (open_library(urls[0]), open_library(urls[1]))
    yield stores
    for store in stores:
        store.close()


def sections(session: Session, letter_id: int) -> list[tuple[object, ...]]:
    """The section tree of a letter: each section with its parent's position."""
    rows = session.execute(
        select(Section.id, Section.parent_id, Section.position, Section.level, Section.title,
               Section.page).where(Section.letter_id == letter_id)
    ).all()  # fmt: skip
    position = {row.id: row.position for row in rows}
    passages = dict(
        session.execute(
            select(Passage.section_id, func.count())
            .where(Passage.letter_id == letter_id)
            .group_by(Passage.section_id)
        ).all()
    )
    return sorted(
        (row.position, position.get(row.parent_id), row.level, row.title, row.page,
         passages.get(row.id, 0))
        for row in rows
    )  # fmt: skip


def library_dump(store: Store) -> dict[str, object]:
    """Everything an import gives a letter, by kamerstuk and passage position (ids differ)."""
    dump: dict[str, object] = {}
    with store.read() as session:
        letters = session.scalars(select(Letter).order_by(Letter.kamerstuk)).all()
        for letter in letters:
            positions = dict(
                session.execute(
                    select(Passage.id, Passage.position).where(Passage.letter_id == letter.id)
                ).all()
            )
            tags = sorted(
                (positions[tag.passage_id], name, tag.manual, tag.include, repr(tag.reasons))
                for tag, name in session.execute(
                    select(Tag, Theme.name)
                    .join(Theme, Theme.id == Tag.theme_id)
                    .where(Tag.passage_id.in_(list(positions)))
                )
            )
            commitments = sorted(
                (
                    positions.get(row.passage_id or 0),
                    row.page,
                    row.text,
                    row.subject,
                    row.due_phrase,
                    row.due_label,
                    row.due_date,
                    row.origin,
                    row.key,
                    row.done,
                    row.edited,
                    row.deleted,
                )
                for row in session.scalars(
                    select(Commitment).where(Commitment.letter_id == letter.id)
                )
            )
            dump[letter.kamerstuk or letter.title] = {
                "title": letter.title,
                "kind": letter.kind,
                "publication": letter.publication,
                "details": letter.details,
                "date": letter.letter_date,
                "pages": letter.pages,
                "content": letter.content_hash,
                "sources": sorted(
                    session.scalars(
                        select(LetterSource.file_name).where(LetterSource.letter_id == letter.id)
                    )
                ),
                "passages": session.execute(
                    select(
                        Passage.position,
                        Passage.text,
                        Passage.first_page,
                        Passage.last_page,
                        Passage.role,
                        Passage.number,
                        Passage.footnotes,
                    )
                    .where(Passage.letter_id == letter.id, Passage.retired.is_(False))
                    .order_by(Passage.position)
                ).all(),
                "sections": sections(session, letter.id),
                "tags": tags,
                "commitments": commitments,
            }
        ids = {letter.kamerstuk or letter.title: letter.id for letter in letters}
    for key, letter_id in ids.items():
        entry = cast(dict[str, object], dump[key])
        entry["references"] = [
            (r.kind, r.canonical, r.text, r.page, r.start, r.letter)
            for r in letter_references(store, letter_id)
        ]
        entry["versions"] = [
            (v.number, v.title, v.passages) for v in list_versions(store, letter_id)
        ]
        entry["kept copy"] = (
            source.suffix if (source := source_file(store, letter_id)) is not None else None
        )
    return dump


def test_a_bulk_imported_letter_is_what_a_single_import_makes(
    two_libraries: tuple[Store, Store], tmp_path: Path
) -> None:
    bulk, single = two_libraries
    files = letters(tmp_path / "in")
    # A letter already in both libraries, with a fix of the user's; its new version comes in bulk.
    text = BUNDLED_LETTER.read_text(encoding="utf-8").replace("nr. 84", "nr. 300")
    first = tmp_path / "eerder" / "brief-300.txt"
    first.parent.mkdir()
    first.write_text(text, encoding="utf-8")
    for store in (bulk, single):
        letter_id = import_file(store, first).letter_id
        add_fix(store, letter_id, Fix(META, "title", {"value": "Eigen titel van de gebruiker"}))
    newer = tmp_path / "in" / "brief-300-nieuw.txt"
    newer.write_text(text.replace("Kremlin", "Kremlin en Minsk", 1), encoding="utf-8")
    # A Word letter (a copy of its file is kept) and a reference to a letter in the library.
    parsed = parse_letter(files[0], files[0].read_bytes())
    parsed.meta.kamerstuk = "35 925 V, nr. 301"
    section = next(section for section in parsed.walk_sections() if section.passages)
    section.passages[0].text += " Zie ook Kamerstuk 35 925 V, nr. 100."
    word = make_docx_from_parsed(parsed, tmp_path / "in" / "brief-301.docx")
    files += [newer, word]

    outcomes = import_many(bulk, files)
    for path in files:
        import_file(single, path)

    statuses = [o.status for o in outcomes if isinstance(o, ImportResult)]
    assert statuses == [NEW] * COUNT + [UPDATED, NEW]
    bulk_dump, single_dump = library_dump(bulk), library_dump(single)
    assert bulk_dump == single_dump
    # and the comparison compared something
    updated = cast(dict[str, Any], bulk_dump["35 925 V, nr. 300"])
    assert updated["title"] == "Eigen titel van de gebruiker"  # the fix, applied again
    assert [number for number, _title, _count in updated["versions"]] == [1, 2]
    assert any("Minsk" in passage[1] for passage in updated["passages"])
    word_letter = cast(dict[str, Any], bulk_dump["35 925 V, nr. 301"])
    assert word_letter["kept copy"] == ".docx"
    assert ("kamerstuk", "kst-35925-V-100") in [r[:2] for r in word_letter["references"]]
    assert next(r[5] for r in word_letter["references"] if r[1] == "kst-35925-V-100") is not None
    for entry in bulk_dump.values():
        entry = cast(dict[str, Any], entry)
        assert entry["tags"] and entry["commitments"]  # every letter has both


def test_kinds_roles_and_footnotes_go_in_by_bulk_as_by_a_single_import(
    two_libraries: tuple[Store, Store],
) -> None:
    """Letters of the new kinds as a worker hands them over (pickled, as between
    processes): a new Kamervragen and motie (one INSERT per table) and a new version
    of a stored Kamervragen (the full way, through the letter rebuilt from the
    worker's rows) store what a single import stores."""
    bulk, single = two_libraries
    earlier = kamervragen()
    earlier.meta.publication = earlier.meta.number = None  # known by its title and date
    earlier.meta.title = "eerdere vragen over de steun aan Oekraïne"
    earlier.passages[0].text = "Kent u het eerdere bericht over de steun aan Oekraïne?"
    newer = with_answer(earlier, earlier.passages[1].text.replace("Ja.", "Jazeker."))
    for store in (bulk, single):
        stored(store, earlier, "vragen-1.xml")
    letters_in = [("vragen-2.xml", kamervragen()), ("motie.pdf", motie()), ("v-3.xml", newer)]
    themes = bulk_import._themes(bulk)
    items = [
        pickle.loads(pickle.dumps(tag_parsed(Path(name), name * 4, parsed, themes)))
        for name, parsed in letters_in
    ]
    with bulk.session() as session:
        batch = bulk_import._Batch(session)
        outcomes = [batch.store(item) for item in items]
        batch.finish()
    with single.session() as session:
        singles = [store_letter(session, parsed, name, name * 4) for name, parsed in letters_in]
    assert [o.status for o in outcomes] == [status for status, _id in singles]
    assert [o.status for o in outcomes] == [NEW, NEW, UPDATED]
    bulk_dump, single_dump = library_dump(bulk), library_dump(single)
    assert bulk_dump == single_dump
    questions = cast(dict[str, Any], bulk_dump[kamervragen().meta.title])
    assert questions["kind"] == "kamervragen" and questions["details"]["number"] == "2001"
    assert [p[4:6] for p in questions["passages"]][:2] == [("vraag", 1), ("antwoord", 1)]
    assert questions["passages"][1][6][0]["marker"] == "1" and questions["tags"]
    motion = cast(dict[str, Any], bulk_dump["36 045, nr. 12"])
    assert motion["details"] == {"indieners": ["Sjoerdsma", "Brekelmans"]}
    assert motion["publication"] == "kst-36045-12"


def test_reasons_go_to_the_column_as_json_dumps_writes_them() -> None:
    rng = random.Random(5)
    words = ["Rusland", "Oekraïne", 'de "Kamer"', "a\\b", "tab\there", "\u2028", "😀", "", "Ⅻ"]
    for _ in range(300):
        reasons: list[dict[str, Any]] = [
            {rng.choice(["kind", "term", "found", "heading", "ï"]): rng.choice(words)
             for _ in range(rng.randint(0, 3))}
            for _ in range(rng.randint(0, 3))
        ]  # fmt: skip
        assert reasons_json(reasons) == json.dumps(reasons)
    odd = [{"kind": "term", "score": 2}, {"kind": None}]  # not all text: json.dumps itself
    assert reasons_json(odd) == json.dumps(odd)
