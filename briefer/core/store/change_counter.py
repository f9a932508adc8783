"""A counter of saves to the library, so open windows notice each other's work.

Every transaction that wrote through the ORM adds one to ``library_changes``
as it commits (on SQLite and PostgreSQL alike); a window polls
``change_count`` every few seconds and refreshes what it shows when the number
moved. Cheap on both: one row, read by its primary key.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, select, update
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from briefer.core.models import LibraryChanges

_CHANGED = "briefer_changed"


def count_saves(sessions: sessionmaker[Session]) -> None:
    """Make every session of this factory bump the counter when it commits a change."""
    event.listen(sessions, "after_flush", _mark)
    event.listen(sessions, "do_orm_execute", _mark_statement)
    event.listen(sessions, "before_commit", _bump)


def _mark(session: Session, _context: Any) -> None:
    session.info[_CHANGED] = True


def _mark_statement(state: ORMExecuteState) -> None:
    """A bulk insert, update or delete (session.execute) changes the library too."""
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info[_CHANGED] = True


def _bump(session: Session) -> None:
    # before_commit runs before commit's own flush: flush now, so that changes left
    # pending until the commit (a plain session.delete, an attribute set) count too.
    session.flush()
    if session.info.pop(_CHANGED, False):
        session.execute(
            update(LibraryChanges)
            .where(LibraryChanges.id == 1)
            .values(counter=LibraryChanges.counter + 1)
        )


def change_count(store: Any) -> int:
    """How many changing saves the library has seen (by anyone)."""
    with store.read() as session:
        return int(
            session.scalar(select(LibraryChanges.counter).where(LibraryChanges.id == 1)) or 0
        )
