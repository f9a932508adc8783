"""Kinds of document, roles and footnotes in the store: stored as read, read back whole,
kept through a new version of the letter and through the user's fixes (migration 0012)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

from briefer.app import open_library
from briefer.core.importing.letter_fixes import add_fix, parsed_from_store
from briefer.core.importing.single import UPDATED, store_letter
from briefer.core.library import letter_outline, list_letters
from briefer.core.versions import list_versions, version_passages
from briefer.ingest.corrections import MERGE, META, SPLIT, Fix, text_key
from briefer.ingest.model import ANSWER, KAMERVRAGEN, REQUEST, ParsedFootnote, ParsedLetter
from tests.letter_kinds import FOOTNOTE_1, MARKED, kamervragen, motie, stored, with_answer


def _columns(db: Path, letter_id: int) -> tuple[tuple[object, ...], list[tuple[object, ...]]]:
    with sqlite3.connect(db) as connection:
        letter = connection.execute(
            "SELECT kind, publication, details FROM letters WHERE id = ?", (letter_id,)
        ).fetchone()
        passages = connection.execute(
            "SELECT role, number, footnotes FROM passages WHERE letter_id = ? ORDER BY position",
            (letter_id,),
        ).fetchall()
    return letter, passages


def test_each_kind_is_stored_as_read_and_read_back_whole(db_path: Path) -> None:
    store = open_library(db_path)
    try:
        questions, motion = kamervragen(), motie()
        ids = [stored(store, questions, "vragen.xml"), stored(store, motion, "motie.pdf")]
        with store.read() as session:
            back = [parsed_from_store(session, letter_id) for letter_id in ids]
        assert back == [questions, motion]  # every field, role, number and footnote
        assert [b.content_hash() for b in back] == [questions.content_hash(), motion.content_hash()]
        rows = {row.id: row for row in list_letters(store)}
        assert rows[ids[0]].kind == KAMERVRAGEN and rows[ids[1]].details.indieners == (
            "Sjoerdsma",
            "Brekelmans",
        )
    finally:
        store.close()
    (kind, publication, details), passages = _columns(db_path, ids[0])
    assert (kind, publication) == ("kamervragen", "ah-tk-20232024-2001")
    assert json.loads(details) == {
        "signatories": [
            {"name": "H.G.J. Bruins Slot", "function": "Minister van Buitenlandse Zaken"}
        ],
        "asked_by": "Van Dijk (CDA) en Brekelmans (VVD)",
        "answered_by": "Minister Bruins Slot (Buitenlandse Zaken)",
        "number": "2001",
        "asked_on": "2024-03-29",
        "answered_on": "2024-05-17",
        "notice": "het antwoord op vraag 3 ontbreekt in het bestand",
    }
    assert [(role, number) for role, number, _notes in passages] == [
        ("vraag", 1),
        ("antwoord", 1),
        ("antwoord", 1),
        ("vraag", 2),
        ("antwoord", 2),
    ]
    notes = [json.loads(n) if n is not None else None for _r, _n, n in passages]
    assert notes[0] is None and notes[2] is None  # SQL NULL, not the JSON text 'null'
    assert notes[1][0] == {
        "marker": "1",
        "text": FOOTNOTE_1,
        "page": 1,
        "offset": kamervragen().passages[1].text.index(MARKED) + len(MARKED),
    }
    (kind, _publication, details), passages = _columns(db_path, ids[1])
    assert kind == "motie" and json.loads(details) == {"indieners": ["Sjoerdsma", "Brekelmans"]}
    assert [role for role, _n, _f in passages].count(REQUEST) == 1


def test_a_new_version_takes_its_footnotes_and_the_old_one_keeps_its_own(db_path: Path) -> None:
    store = open_library(db_path)
    try:
        first = kamervragen()
        letter_id = stored(store, first, "vragen.xml")
        before = letter_outline(store, letter_id)
        answer_id = before.passages[1].id
        # The same answer, a word changed and its second footnote reworded.
        newer = with_answer(first, first.passages[1].text.replace("verhoogd", "verder verhoogd"))
        notes = list(newer.passages[1].footnotes)
        notes[1] = replace(notes[1], text="Zie de Kamerbrief van 4 maart 2024.")
        shifted = [replace(notes[0], offset=(notes[0].offset or 0) + len("verder ")), notes[1]]
        newer.passages[1] = replace(newer.passages[1], footnotes=shifted)
        with store.session() as session:
            status, same = store_letter(session, newer, "vragen-2.xml", "f" * 64)
        assert (status, same) == (UPDATED, letter_id)  # found by its publication id
        after = letter_outline(store, letter_id)
        assert after.passages[1].id == answer_id  # the user's work stays on it
        assert list(after.passages[1].footnotes) == shifted
        assert [p.role for p in after.passages] == [p.role for p in before.passages]
        versions = list_versions(store, letter_id)
        assert [v.number for v in versions] == [1, 2]
        old = version_passages(store, letter_id, 1)
        assert old[1].footnotes == tuple(first.passages[1].footnotes)
        assert (old[1].role, old[1].number) == (ANSWER, 1) and old[0].footnotes == ()
        # Only the footnote changed: a new version all the same (the content hash has them).
        reworded = replace(newer, passages=list(newer.passages))
        reworded.passages[1] = replace(
            newer.passages[1], footnotes=[shifted[0], replace(shifted[1], text="Anders.")]
        )
        with store.session() as session:
            status, _same = store_letter(session, reworded, "vragen-3.xml", "e" * 64)
        assert status == UPDATED
        assert letter_outline(store, letter_id).passages[1].footnotes[1].text == "Anders."
    finally:
        store.close()


def _passages(store, letter_id: int) -> list:
    with store.read() as session:
        return list(parsed_from_store(session, letter_id).all_passages())


def test_fixes_keep_roles_and_footnotes_and_move_a_footnote_with_its_marker(
    db_path: Path,
) -> None:
    store = open_library(db_path)
    try:
        parsed = kamervragen()
        letter_id = stored(store, parsed, "vragen.xml")
        answer = parsed.passages[1]
        add_fix(store, letter_id, Fix(META, "title", {"value": "Vragen over de steun"}))
        with store.read() as session:
            fixed = parsed_from_store(session, letter_id)
        assert fixed.meta.title == "Vragen over de steun"
        assert fixed.passages == parsed.passages and fixed.notice == parsed.notice
        assert fixed.meta.asked_by == parsed.meta.asked_by

        # Split the answer after its first sentence: the note of "gemeld" goes with the
        # second part, its offset counted from where that part starts.
        at = answer.text.index("Het kabinet")
        add_fix(store, letter_id, Fix(SPLIT, text_key(answer.text), {"at": at}))
        head, tail = _passages(store, letter_id)[1:3]
        assert (head.text, head.role, head.number, head.footnotes) == ("Ja.", ANSWER, 1, [])
        assert (tail.role, tail.number) == (ANSWER, 1)
        assert [n.marker for n in tail.footnotes] == ["1", "2"]
        first_note = tail.footnotes[0]
        assert tail.text[: first_note.offset].endswith(MARKED)

        # Merge the second part with the paragraph after it: its notes stay where they were.
        add_fix(store, letter_id, Fix(MERGE, text_key(tail.text)))
        merged = _passages(store, letter_id)[2]
        assert merged.text == f"{tail.text} De steun wordt met de partners in de NAVO afgestemd."
        assert merged.footnotes == tail.footnotes and merged.role == ANSWER
    finally:
        store.close()


def test_a_fix_of_the_signatory_changes_the_first_of_the_signatories(db_path: Path) -> None:
    store = open_library(db_path)
    try:
        parsed = kamervragen()
        parsed.meta.signatories.append(("E.D. Ander", "Minister voor Ontwikkelingshulp"))
        letter_id = stored(store, parsed, "vragen.xml")
        add_fix(store, letter_id, Fix(META, "signatory", {"value": "H. Bruins Slot"}))
        row = next(r for r in list_letters(store) if r.id == letter_id)
        assert row.signatory == "H. Bruins Slot"
        assert row.details.signatories == (
            ("H. Bruins Slot", "Minister van Buitenlandse Zaken"),
            ("E.D. Ander", "Minister voor Ontwikkelingshulp"),
        )
    finally:
        store.close()


def test_footnotes_read_back_leave_out_what_is_malformed(db_path: Path) -> None:
    """A hand-edited or damaged column never stops the letter from being read."""
    store = open_library(db_path)
    try:
        letter_id = stored(store, kamervragen(), "vragen.xml")
    finally:
        store.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "UPDATE passages SET footnotes = ? WHERE letter_id = ? AND position = 1",
            (
                json.dumps([{"marker": 3}, "x", {"text": "Goed", "page": "p", "offset": 4}]),
                letter_id,
            ),
        )
        connection.execute(
            "UPDATE letters SET details = ? WHERE id = ?", ('{"asked_on": "gisteren"}', letter_id)
        )
    store = open_library(db_path)
    try:
        outline = letter_outline(store, letter_id)
        assert list(outline.passages[1].footnotes) == [ParsedFootnote("", "Goed", 0, 4)]
        assert outline.letter.details.asked_on is None
    finally:
        store.close()


def test_the_bundled_letter_has_its_one_signatory(db_path: Path) -> None:
    store = open_library(db_path)  # the Kamerstuk text layout names its signatory
    try:
        (row,) = list_letters(store)
        assert row.kind == "kamerbrief"
        assert row.details.signatories == (("W.B. Hoekstra", "Minister van Buitenlandse Zaken"),)
        with store.read() as session:
            parsed: ParsedLetter = parsed_from_store(session, row.id)
        assert parsed.meta.signatories == [("W.B. Hoekstra", "Minister van Buitenlandse Zaken")]
        assert parsed.notice is None
    finally:
        store.close()
