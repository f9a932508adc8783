"""After a restore: the note versions saved since the backup, back from the journal.

A backup is from the start of the day; ``briefer.core.store.note_journal`` holds the
versions saved since. ``replay_notes`` adds to the restored library every
version newer than the newest one its note has there, in the order they were
saved, with their own time and author, so the history reads as it was
written. Run again it adds nothing: what is there is never added twice.

A version finds its note by the theme (its id and name, else its name) or by
the passage (its id and text, else its text in the same letter: never the same
words in another letter, whose note it is not). A note on a passage that the
restored library does not have (its letter was imported after the backup)
cannot be put back: its newest text is written to a file beside the library,
owner-only, and the report names it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from briefer.core.models import Letter, Note, NoteVersion, Passage, Theme
from briefer.core.notes import _note_query
from briefer.core.store.database import Store
from briefer.core.store.note_journal import JournalEntry, as_utc
from briefer.core.store.private import create_private_file


@dataclass(frozen=True)
class ReplayReport:
    versions: int  # versions added to the library
    notes: int  # the notes they belong to
    kept_aside: int = 0  # notes that found no theme or passage to belong to
    aside_file: Path | None = None  # where their text is


def replay_notes(store: Store) -> ReplayReport:
    """Add the journal's versions that the (restored) library does not have yet."""
    if store.journal is None:
        return ReplayReport(0, 0)
    entries = store.journal.entries()
    if not entries:
        return ReplayReport(0, 0)
    added = 0
    notes: set[int] = set()
    homeless: dict[tuple[str, int | None], JournalEntry] = {}
    with store.session() as session:
        for entry in entries:  # oldest first
            owner = _owner(session, entry)
            if owner is None:
                homeless[entry.owner] = entry  # its newest version, in the end
                continue
            note = session.scalar(_note_query(*owner))
            if note is not None and not _newer(session, note, entry.moment):
                continue
            if note is None:
                note = Note(theme_id=owner[0], passage_id=owner[1], body="")
                session.add(note)
                session.flush()
            note.body = entry.body
            note.updated_at = entry.moment
            session.add(
                NoteVersion(
                    note_id=note.id, body=entry.body, saved_at=entry.moment, author=entry.author
                )
            )
            session.flush()
            added += 1
            notes.add(note.id)
    aside = _write_aside(store.path, list(homeless.values())) if homeless else None
    return ReplayReport(added, len(notes), len(homeless), aside)


def _newer(session: Session, note: Note, moment: datetime) -> bool:
    newest = session.scalar(
        select(func.max(NoteVersion.saved_at)).where(NoteVersion.note_id == note.id)
    )
    return newest is None or as_utc(newest) < moment


def _owner(session: Session, entry: JournalEntry) -> tuple[int | None, int | None] | None:
    """(theme id, None) or (None, passage id) in this library; None when it has neither."""
    if entry.theme_id is not None:
        theme = session.get(Theme, entry.theme_id)
        if theme is not None and theme.name == entry.theme_name:
            return theme.id, None
        found = session.scalar(select(Theme.id).where(Theme.name == entry.theme_name))
        return (found, None) if found is not None else None
    if entry.passage_id is None:
        return None
    passage = session.get(Passage, entry.passage_id)
    if passage is not None and passage.text_hash == entry.passage_hash:
        return None, passage.id
    found = session.scalar(  # the same text in the same letter (its id moved)
        select(Passage.id)
        .join(Letter, Letter.id == Passage.letter_id)
        .where(Passage.text_hash == entry.passage_hash, Letter.content_hash == entry.letter_hash)
        .order_by(Passage.retired, Passage.id)
    )
    return (None, found) if found is not None else None


def _write_aside(database: Path, entries: list[JournalEntry]) -> Path:
    """The newest text of each note that found no place, in a file beside the library."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = database.with_name(f"{database.name}.notities-zonder-plaats-{stamp}.txt")
    parts = []
    for entry in entries:
        where = (
            f"thema {entry.theme_name}"
            if entry.theme_id is not None
            else f"passage {entry.passage_id} (van een brief die na de reservekopie kwam)"
        )
        parts.append(f"# Notitie bij {where}, opgeslagen {entry.saved_at}\n\n{entry.body}\n")
    create_private_file(path)
    with path.open("w", encoding="utf-8") as handle:
        handle.write("\n".join(parts))
    return path
