"""Importing into the store: duplicates, unchanged letters, new versions, first start."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, func, select

from briefer.app import open_library
from briefer.core.importing.single import DUPLICATE, NEW, UNCHANGED, UPDATED, import_file
from briefer.core.library import find_letter, letter_outline, list_letters
from briefer.core.models import Letter, LetterSource, Note, Passage, Tag, Theme
from tests.conftest import BUNDLED_LETTER


def count(store, model) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)))


def passage_id(store, start: str) -> int:
    with store.read() as session:
        return int(session.scalar(select(Passage.id).where(Passage.text.startswith(start))))


def test_first_start_loads_the_bundled_letter_and_themes(db_path: Path) -> None:
    store = open_library(db_path)
    letters = list_letters(store)
    assert [(row.kamerstuk, row.pages, row.passages, row.bundled) for row in letters] == [
        ("35 925 V, nr. 84", 18, 84, True)
    ]
    assert count(store, Theme) >= 14
    store.close()


def test_seeding_happens_once(db_path: Path) -> None:
    store = open_library(db_path)
    with store.session() as session:
        session.execute(delete(Letter))
    store.close()
    store = open_library(db_path)
    assert list_letters(store) == []  # the user removed it; it does not come back
    store.close()


def test_same_file_twice_is_not_duplicated(db_path: Path) -> None:
    store = open_library(db_path)
    result = import_file(store, BUNDLED_LETTER)
    assert result.status == DUPLICATE
    assert count(store, Letter) == 1 and count(store, Passage) == 84
    store.close()


def test_same_letter_from_another_file_is_unchanged(db_path: Path, tmp_path: Path) -> None:
    store = open_library(db_path)
    copy = tmp_path / "zelfde-brief-crlf.txt"
    copy.write_bytes(BUNDLED_LETTER.read_bytes().replace(b"\n", b"\r\n"))
    result = import_file(store, copy)
    assert result.status == UNCHANGED
    assert count(store, Letter) == 1 and count(store, LetterSource) == 2
    assert import_file(store, copy).status == DUPLICATE
    store.close()


def test_new_version_keeps_manual_tags_notes_and_passage_ids(db_path: Path, tmp_path: Path) -> None:
    store = open_library(db_path)
    china = passage_id(store, "China is in krap twee generaties")
    balkan = passage_id(store, "Voor wat betreft EU-uitbreiding")
    doomed = passage_id(store, "Over de uitwerking van deze plannen")
    untouched = passage_id(store, "Via deze brief informeer ik")
    with store.session() as session:
        theme = session.scalar(select(Theme).where(Theme.name == "China"))
        assert theme is not None
        session.add(Tag(passage_id=china, theme_id=theme.id, manual=True, include=False))
        session.add(Note(passage_id=china, body="Navragen bij de ambassade in Beijing."))
        session.add(Note(passage_id=doomed, body="Mijn notitie bij een passage die verdwijnt."))
    text = BUNDLED_LETTER.read_text(encoding="utf-8")
    text = text.replace("China is in krap twee generaties", "China is in nog geen twee generaties")
    text = text.replace(
        "Over de uitwerking van deze plannen wordt uw Kamer bij de reguliere \n"
        "begrotingsmomenten geïnformeerd. \n\n",
        "",
    )
    text = text.replace(
        "Postennet \n\n",
        "Postennet \n\nEen geheel nieuwe alinea over het postennet in 2023. \n\n",
    )
    new_version = tmp_path / "versie-2.txt"
    new_version.write_text(text, encoding="utf-8")

    result = import_file(store, new_version)

    assert result.status == UPDATED
    assert result.passages == 84  # one removed, one added
    assert result.retired == 1  # kept because a note points at it
    assert count(store, Letter) == 1
    assert passage_id(store, "China is in nog geen twee generaties") == china
    assert passage_id(store, "Voor wat betreft EU-uitbreiding") == balkan
    assert passage_id(store, "Via deze brief informeer ik") == untouched
    with store.read() as session:
        tag = session.scalar(select(Tag).where(Tag.passage_id == china))
        assert tag is not None and tag.manual and not tag.include
        notes = {note.passage_id: note.body for note in session.scalars(select(Note))}
        assert notes[china] == "Navragen bij de ambassade in Beijing."
        retired = session.get_one(Passage, doomed)
        assert retired.retired and retired.section_id is None
    outline = letter_outline(store, find_letter(store, "35 925 V, nr. 84"))
    texts = [p.text for s in outline.sections for sub in s.sections for p in sub.passages]
    assert "Een geheel nieuwe alinea over het postennet in 2023." in texts
    assert not any(t.startswith("Over de uitwerking van deze plannen") for t in texts)
    store.close()


def test_new_version_without_user_work_drops_the_old_passage(db_path: Path, tmp_path: Path) -> None:
    store = open_library(db_path)
    text = BUNDLED_LETTER.read_text(encoding="utf-8").replace(
        "Over de uitwerking van deze plannen wordt uw Kamer bij de reguliere \n"
        "begrotingsmomenten geïnformeerd. \n\n",
        "",
    )
    shorter = tmp_path / "korter.txt"
    shorter.write_text(text, encoding="utf-8")
    result = import_file(store, shorter)
    assert (result.status, result.passages, result.retired) == (UPDATED, 83, 0)
    assert count(store, Passage) == 83
    store.close()


def test_a_letter_without_kamerstuk_is_a_new_letter(db_path: Path, tmp_path: Path) -> None:
    store = open_library(db_path)
    memo = tmp_path / "memo.txt"
    memo.write_text("Memo China\n\nEen alinea over China.\n", encoding="utf-8")
    result = import_file(store, memo)
    assert (result.status, result.title, result.kamerstuk, result.passages) == (
        NEW,
        "Memo China",
        None,
        1,
    )
    assert find_letter(store, "memo china") == result.letter_id
    assert count(store, Letter) == 2
    store.close()
