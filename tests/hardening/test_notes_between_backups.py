"""Between backups no note is lost: a restore of this morning's backup brings back the
notes written since, from the journal beside the library (briefer.core.store.note_journal).

Measured with the damage and the kill tests: the library is damaged in each of
the ways of test_damaged_database, or a Briefer saving notes is killed without
warning and its library then damaged; `briefer restore` puts the day's backup
back, and every note version saved after it (every one a killed Briefer
reported as saved) is there again, in order, once.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from briefer.app import open_library
from briefer.core.note_replay import replay_notes
from briefer.core.notes import get_note, note_versions, save_note
from briefer.core.store import note_journal
from briefer.core.store.integrity import restore_backup
from briefer.core.store.note_journal import after_backups, journal_path
from briefer.core.themes import find_theme
from tests.conftest import BUNDLED_LETTER, run_briefer_process
from tests.hardening.processes import Child
from tests.hardening.test_crash_safety import NOTE_SAVER, assert_versions_kept, kill_after
from tests.hardening.test_damaged_database import DAMAGES, library_with_backup

PASSAGE = 12  # a passage of the bundled letter


def notes_after_the_backup(db_path: Path) -> dict[str, list[str]]:
    """Versions saved after the day's backup: on two themes and on a passage."""
    store = open_library(db_path)
    try:
        china = find_theme(store, "China").id
        rusland = find_theme(store, "Rusland").id
        for body in ("China, 's middags", "China, 's avonds"):
            save_note(store, body, theme_id=china)
        save_note(store, "Rusland, nieuw vandaag", theme_id=rusland)
        save_note(store, "Bij deze passage: navragen", passage_id=PASSAGE)
    finally:
        store.close()
    return {
        "China": ["Notitie van gisteren", "Notitie van gisteren en vandaag", "China, 's middags",
                  "China, 's avonds"],
        "Rusland": ["Rusland, nieuw vandaag"],
        "passage": ["Bij deze passage: navragen"],
    }  # fmt: skip


def history(db_path: Path) -> dict[str, list[str]]:
    store = open_library(db_path)
    try:
        found = {}
        for name in ("China", "Rusland"):
            note = get_note(store, theme_id=find_theme(store, name).id)
            versions = note_versions(store, note.id) if note.id is not None else []
            found[name] = [row.body for row in reversed(versions)]
        note = get_note(store, passage_id=PASSAGE)
        versions = note_versions(store, note.id) if note.id is not None else []
        found["passage"] = [row.body for row in reversed(versions)]
        return found
    finally:
        store.close()


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_a_restore_brings_back_the_notes_written_since_the_backup(
    damage: str, db_path: Path
) -> None:
    library_with_backup(db_path)
    expected = notes_after_the_backup(db_path)
    DAMAGES[damage](db_path)
    result = run_briefer_process("--db", str(db_path), "restore")
    assert result.code == 0, result.err
    assert "5 notitieversies van na de reservekopie teruggezet (3 notities)" in result.out
    assert history(db_path) == expected  # every version, in order, with the newest on top
    store = open_library(db_path)
    try:
        assert replay_notes(store).versions == 0  # the journal once more: nothing twice
    finally:
        store.close()
    assert history(db_path) == expected


@pytest.mark.parametrize("run", range(3))
def test_notes_reported_before_a_kill_survive_damage_and_restore(run: int, db_path: Path) -> None:
    backup = library_with_backup(db_path)
    with Child(NOTE_SAVER, str(db_path)) as child:
        delay = kill_after(child, "saved", 0.8)
        reported = [line.split() for line in child.every_line() if line.startswith("saved")]
    assert reported, f"nothing saved before the kill after {delay:.2f} s"
    DAMAGES["garbage in the middle"](db_path)
    for suffix in ("-wal", "-shm"):  # the damage is in the file; the log goes with it
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    result = run_briefer_process("--db", str(db_path), "restore", "--backup", str(backup))
    assert result.code == 0, result.err
    assert_versions_kept(db_path, reported, delay)


def test_the_journal_is_owner_only_and_a_torn_line_is_skipped(db_path: Path) -> None:
    old = os.umask(0)
    try:
        store = open_library(db_path)
        save_note(store, "Eerste", theme_id=1)
        save_note(store, "Tweede", theme_id=1)
        store.close()
    finally:
        os.umask(old)
    journal = journal_path(db_path)
    assert stat.S_IMODE(journal.stat().st_mode) == 0o600
    with journal.open("ab") as handle:  # a crash in the middle of an append
        handle.write(b'0badf00d {"saved_at": "2099-01-01T00:00:00+00:00", "body": "hal')
    store = open_library(db_path)
    try:
        save_note(store, "Derde", theme_id=1)  # begins a line of its own
        entries = store.journal.entries()
    finally:
        store.close()
    assert [entry.body for entry in entries] == ["Eerste", "Tweede", "Derde"]


def test_the_journal_stays_small(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past its size only each note's newest version is kept; after a backup, only what
    was saved since the second-newest backup began."""
    monkeypatch.setattr(note_journal, "MAX_BYTES", 2000)
    store = open_library(db_path)
    try:
        for number in range(40):
            save_note(store, f"versie {number} " + "tekst " * 20, theme_id=1 + number % 3)
        assert journal_path(db_path).stat().st_size < 4000
        newest = {entry.theme_id: entry.body for entry in store.journal.entries()}
        assert sorted(body.split()[1] for body in newest.values()) == ["37", "38", "39"]
        assert store.journal is not None
        journal = store.journal
    finally:
        store.close()
    # Two backups that began after every one of these versions (named an hour and two
    # ahead): the versions are in both, so the journal lets them go.
    folder = db_path.parent / "backups"
    folder.mkdir(exist_ok=True)
    later = [datetime.now() + timedelta(hours=hours) for hours in (1, 2)]
    names = [folder / f"briefer-{moment:%Y%m%d-%H%M%S-%f}-test.sqlite" for moment in later]
    after_backups(journal, names)
    assert journal.entries() == []


def test_a_note_on_a_letter_newer_than_the_backup_is_kept_in_a_file(
    db_path: Path, tmp_path: Path
) -> None:
    backup = library_with_backup(db_path)
    letter = tmp_path / "nieuw.txt"  # a letter of its own: other text
    text = BUNDLED_LETTER.read_text(encoding="utf-8").replace("nr. 84", "nr. 99")
    letter.write_text(text.replace("Kremlin", "Kremlin vandaag"), encoding="utf-8")
    assert run_briefer_process("--db", str(db_path), "import", str(letter)).code == 0
    with sqlite3.connect(db_path) as connection:
        (passage,) = connection.execute(
            "SELECT p.id FROM passages p JOIN letters l ON l.id = p.letter_id "
            "WHERE l.kamerstuk LIKE '%nr. 99' AND p.text LIKE '%Kremlin%'"
        ).fetchone()
    store = open_library(db_path)
    save_note(store, "Over de nieuwe brief: het Kremlin", passage_id=passage)
    store.close()
    restore_backup(db_path, backup)
    store = open_library(db_path)
    try:
        report = replay_notes(store)
    finally:
        store.close()
    assert report.kept_aside == 1 and report.aside_file is not None
    assert "Over de nieuwe brief: het Kremlin" in report.aside_file.read_text(encoding="utf-8")
    assert stat.S_IMODE(report.aside_file.stat().st_mode) == 0o600
