"""A cheap summary of each part of the library, to tell what others changed.

When the change counter (core/store/change_counter.py) moved, an open window reads
this summary and refreshes only the panels whose part differs: letters,
themes, tags, briefings, commitments. A handful of aggregate queries (counts,
highest ids, version sums), on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from briefer.core.models import Briefing, Commitment, Letter, Passage, Tag, Theme

Summary = tuple[str, ...]


@dataclass(frozen=True)
class LibraryFingerprint:
    letters: Summary
    themes: Summary
    tags: Summary
    briefings: Summary
    commitments: Summary

    def parts_changed(self, other: LibraryFingerprint) -> set[str]:
        """The names of the parts that differ from ``other``."""
        return {f.name for f in fields(self) if getattr(self, f.name) != getattr(other, f.name)}


def _row(session: Session, *columns: Any) -> Summary:
    found = session.execute(select(*columns)).one()
    return tuple("" if value is None else str(value) for value in found)


def library_fingerprint(store: Any) -> LibraryFingerprint:
    with store.read() as session:
        return LibraryFingerprint(
            letters=_row(
                session, func.count(Letter.id), func.max(Letter.id), func.max(Letter.updated_at)
            )
            + _row(session, func.count(Passage.id), func.max(Passage.id)),
            themes=_row(session, func.count(Theme.id), func.max(Theme.id), func.sum(Theme.version)),
            tags=_row(session, func.count(Tag.id), func.max(Tag.id), func.sum(Tag.version)),
            briefings=_row(
                session, func.count(Briefing.id), func.max(Briefing.id), func.sum(Briefing.version)
            ),
            commitments=_row(
                session,
                func.count(Commitment.id),
                func.max(Commitment.id),
                func.max(Commitment.updated_at),
            ),
        )
