"""The user's notes: one per theme and one per passage, every saved version kept.

Notes are plain text with light Markdown (headings, bullets, bold). Saving the
same text again adds no version; any earlier version can be restored, which
itself becomes the newest version, so nothing is ever lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from briefer.core.errors import BrieferError, NotFoundError
from briefer.core.models import Note, NoteVersion, Passage, Theme, utcnow
from briefer.core.store import Store

MAX_NOTE_CHARS = 2_000_000


@dataclass(frozen=True)
class NoteView:
    id: int | None  # None: nothing written yet
    body: str
    updated_at: datetime | None
    versions: int


@dataclass(frozen=True)
class VersionRow:
    id: int
    number: int  # 1 = the first saved version
    saved_at: datetime
    body: str

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


def _view(session: Session, note: Note | None) -> NoteView:
    if note is None:
        return NoteView(None, "", None, 0)
    count = len(session.scalars(select(NoteVersion.id).where(NoteVersion.note_id == note.id)).all())
    return NoteView(note.id, note.body, note.updated_at, count)


def get_note(
    store: Store, *, theme_id: int | None = None, passage_id: int | None = None
) -> NoteView:
    with store.read() as session:
        _check_owner(session, theme_id, passage_id)
        return _view(session, session.scalar(_note_query(theme_id, passage_id)))


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


def save_note(
    store: Store, body: str, *, theme_id: int | None = None, passage_id: int | None = None
) -> NoteView:
    """Save the note's text; a changed text becomes a new version."""
    body = clean_note_text(body)
    with store.session() as session:
        _check_owner(session, theme_id, passage_id)
        note = session.scalar(_note_query(theme_id, passage_id))
        if note is None:
            if not body:
                return NoteView(None, "", None, 0)
            note = Note(theme_id=theme_id, passage_id=passage_id, body="")
            session.add(note)
            session.flush()
        if body != note.body:
            now = utcnow()
            note.body = body
            note.updated_at = now
            session.add(NoteVersion(note_id=note.id, body=body, saved_at=now))
            session.flush()
        return _view(session, note)


def append_to_note(
    store: Store, text: str, *, theme_id: int | None = None, passage_id: int | None = None
) -> NoteView:
    current = get_note(store, theme_id=theme_id, passage_id=passage_id).body
    joined = f"{current.rstrip()}\n\n{text.strip()}" if current.strip() else text.strip()
    return save_note(store, joined, theme_id=theme_id, passage_id=passage_id)


def note_versions(store: Store, note_id: int) -> list[VersionRow]:
    """Every saved version, newest first."""
    with store.read() as session:
        rows = session.execute(
            select(NoteVersion.id, NoteVersion.saved_at, NoteVersion.body)
            .where(NoteVersion.note_id == note_id)
            .order_by(NoteVersion.id)
        ).all()
    versions = [VersionRow(vid, n, saved, body) for n, (vid, saved, body) in enumerate(rows, 1)]
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
