"""The user's notes: one per theme and one per passage, every saved version kept.

Notes are plain text with light Markdown (headings, bullets, bold). Saving the
same text again adds no version; any earlier version can be restored, which
itself becomes the newest version, so nothing is ever lost.

In a team library several people save the same note: every version keeps its
author, and a save based on an older version (``base_version_id``) is still
kept, but comes back with a ``NoteConflict`` holding the other person's text,
so the editor can show both to merge. Appends hold the note's owner row while
they read and write, so two appends at the same moment both arrive.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from briefer.core.errors import BrieferError, NotFoundError, StoreError
from briefer.core.models import Letter, Note, NoteVersion, Passage, Theme, utcnow
from briefer.core.store.database import Store
from briefer.core.store.disk_errors import os_problem
from briefer.core.store.note_journal import JournalEntry, NoteJournal
from briefer.core.store.row_locks import lock_row

MAX_NOTE_CHARS = 2_000_000


@dataclass(frozen=True)
class NoteConflict:
    """Someone else saved the note after this editor loaded it (both texts are kept)."""

    theirs: str  # the other person's text, saved just before ours
    their_author: str
    their_saved_at: datetime
    base: str  # the text this editor started from ("" for a new note)


@dataclass(frozen=True)
class NoteView:
    id: int | None  # None: nothing written yet
    body: str
    updated_at: datetime | None
    versions: int
    version_id: int | None = None  # the newest version: pass it back as base_version_id
    author: str = ""  # who saved the newest version
    conflict: NoteConflict | None = None


@dataclass(frozen=True)
class VersionRow:
    id: int
    number: int  # 1 = the first saved version
    saved_at: datetime
    body: str
    author: str = ""

    @property
    def preview(self) -> str:
        first = next((line.strip() for line in self.body.splitlines() if line.strip()), "")
        return first[:80]


def _note_query(theme_id: int | None, passage_id: int | None):  # type: ignore[no-untyped-def]
    if (theme_id is None) == (passage_id is None):
        raise ValueError("a note belongs to a theme or to a passage")
    if theme_id is not None:
        return select(Note).where(Note.theme_id == theme_id, Note.passage_id.is_(None))
    return select(Note).where(Note.passage_id == passage_id, Note.theme_id.is_(None))


def _check_owner(session: Session, theme_id: int | None, passage_id: int | None) -> None:
    if theme_id is not None and session.get(Theme, theme_id) is None:
        raise NotFoundError(f"geen thema met nummer {theme_id}")
    if passage_id is not None and session.get(Passage, passage_id) is None:
        raise NotFoundError(f"geen passage met nummer {passage_id}")


def _newest(session: Session, note_id: int) -> NoteVersion | None:
    return session.scalar(
        select(NoteVersion).where(NoteVersion.note_id == note_id).order_by(NoteVersion.id.desc())
    )


def _view(session: Session, note: Note | None, conflict: NoteConflict | None = None) -> NoteView:
    if note is None:
        return NoteView(None, "", None, 0, conflict=conflict)
    count = len(session.scalars(select(NoteVersion.id).where(NoteVersion.note_id == note.id)).all())
    newest = _newest(session, note.id)
    return NoteView(
        note.id,
        note.body,
        note.updated_at,
        count,
        newest.id if newest else None,
        newest.author if newest else "",
        conflict,
    )


def get_note(
    store: Store, *, theme_id: int | None = None, passage_id: int | None = None
) -> NoteView:
    with store.read() as session:
        _check_owner(session, theme_id, passage_id)
        return _view(session, session.scalar(_note_query(theme_id, passage_id)))


def theme_note_text(store: Store, theme_id: int) -> str:
    """The text of the theme's note ("" without one): what a briefing prints of it,
    without the versions ``get_note`` counts for the editor."""
    with store.read() as session:
        note = session.scalar(_note_query(theme_id, None))
        return note.body if note is not None else ""


def passage_notes(store: Store, passage_ids: list[int]) -> dict[int, str]:
    """The note bodies of these passages (those that have one), in one query per 900."""
    found: dict[int, str] = {}
    with store.read() as session:
        for start in range(0, len(passage_ids), 900):
            query = (
                select(Note.passage_id, Note.body)
                .where(Note.passage_id.in_(passage_ids[start : start + 900]))
                .where(Note.theme_id.is_(None))
                .order_by(Note.id.desc())  # as get_note: the first one wins
            )
            for passage_id, body in session.execute(query):
                if passage_id is not None:
                    found[passage_id] = body
    return found


_UNSET = -1  # base_version_id not given: the caller does not track versions


@dataclass
class NoteBase:
    """The version an editor's text builds on; moved on by each of its saves (in order)."""

    version: int | None


def save_note(
    store: Store,
    body: str,
    *,
    theme_id: int | None = None,
    passage_id: int | None = None,
    base_version_id: int | None = _UNSET,
) -> NoteView:
    """Save the note's text; a changed text becomes a new version (with its author).

    ``base_version_id`` is the version the editor started from (None: the note
    was empty). When someone saved a newer one meanwhile, this text is still
    saved (both are in the history) and the view carries a NoteConflict.
    """
    body = clean_note_text(body)
    with store.session() as session:
        note = _locked_note(session, theme_id, passage_id)
        conflict = None
        if base_version_id != _UNSET:
            conflict = _conflict(session, note, base_version_id, body)
        if note is None:
            if not body:
                return NoteView(None, "", None, 0)
            note = Note(theme_id=theme_id, passage_id=passage_id, body="")
            session.add(note)
            session.flush()
        _write(session, note, body, store)
        return _view(session, note, conflict)


def _locked_note(session: Session, theme_id: int | None, passage_id: int | None) -> Note | None:
    """The note, with its theme or passage held until commit (one writer per note)."""
    _check_owner(session, theme_id, passage_id)
    if theme_id is not None:
        lock_row(session, "themes", theme_id)
    elif passage_id is not None:
        lock_row(session, "passages", passage_id)
    note: Note | None = session.scalar(_note_query(theme_id, passage_id))
    return note


def _write(session: Session, note: Note, body: str, store: Store) -> None:
    if body != note.body:
        now = utcnow()
        note.body = body
        note.updated_at = now
        session.add(NoteVersion(note_id=note.id, body=body, saved_at=now, author=store.author))
        session.flush()
        if store.journal is not None:
            _journal(session, store.journal, note, now, store.author)


def _journal(
    session: Session, journal: NoteJournal, note: Note, now: datetime, author: str
) -> None:
    """The version in the journal beside the library too, before it commits
    (briefer.core.store.note_journal): a version the journal cannot take is not saved."""
    entry = JournalEntry(now.isoformat(), note.body, author)
    if note.theme_id is not None:
        theme = session.get_one(Theme, note.theme_id)
        entry = replace(entry, theme_id=theme.id, theme_name=theme.name)
    elif note.passage_id is not None:
        passage = session.get_one(Passage, note.passage_id)
        letter_hash = session.scalar(
            select(Letter.content_hash).where(Letter.id == passage.letter_id)
        )
        entry = replace(
            entry, passage_id=passage.id, passage_hash=passage.text_hash, letter_hash=letter_hash
        )
    try:
        journal.record(entry)
    except OSError as exc:
        raise StoreError(
            f"{journal.path}: de notitie is niet opgeslagen, {os_problem(exc)}; "
            "de bibliotheek is niet veranderd"
        ) from None


def _conflict(
    session: Session, note: Note | None, base_version_id: int | None, body: str
) -> NoteConflict | None:
    newest = _newest(session, note.id) if note is not None else None
    if newest is None or newest.id == base_version_id or newest.body == body:
        return None
    base = session.get(NoteVersion, base_version_id) if base_version_id is not None else None
    return NoteConflict(newest.body, newest.author, newest.saved_at, base.body if base else "")


def append_to_note(
    store: Store, text: str, *, theme_id: int | None = None, passage_id: int | None = None
) -> NoteView:
    """Add a paragraph at the end; never conflicts (the note is held while it is read)."""
    addition = clean_note_text(text).strip()
    with store.session() as session:
        note = _locked_note(session, theme_id, passage_id)
        if note is None:
            if not addition:
                return NoteView(None, "", None, 0)
            note = Note(theme_id=theme_id, passage_id=passage_id, body="")
            session.add(note)
            session.flush()
        current = note.body
        joined = f"{current.rstrip()}\n\n{addition}" if current.strip() else addition
        _write(session, note, clean_note_text(joined), store)
        return _view(session, note)


def note_versions(store: Store, note_id: int) -> list[VersionRow]:
    """Every saved version, newest first."""
    with store.read() as session:
        rows = session.execute(
            select(NoteVersion.id, NoteVersion.saved_at, NoteVersion.body, NoteVersion.author)
            .where(NoteVersion.note_id == note_id)
            .order_by(NoteVersion.id)
        ).all()
    versions = [
        VersionRow(vid, n, saved, body, author)
        for n, (vid, saved, body, author) in enumerate(rows, 1)
    ]
    return list(reversed(versions))


def restore_version(store: Store, version_id: int) -> NoteView:
    """Make an earlier version the current text (as a new, newest version)."""
    with store.read() as session:
        version = session.get(NoteVersion, version_id)
        if version is None:
            raise NotFoundError(f"geen notitieversie met nummer {version_id}")
        note = session.get_one(Note, version.note_id)
        body, theme_id, passage_id = version.body, note.theme_id, note.passage_id
    return save_note(store, body, theme_id=theme_id, passage_id=passage_id)


def clean_note_text(text: str) -> str:
    """Normalise line ends and drop control characters no document format can store."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or (ch >= " " and ch != "\x7f"))
    if len(text) > MAX_NOTE_CHARS:
        raise BrieferError("de notitie is te lang (meer dan twee miljoen tekens)")
    return text.rstrip()
