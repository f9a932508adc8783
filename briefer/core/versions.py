"""Older versions of a letter: kept when a newer version replaces its text.

A new version of a known letter (same kamerstuk, other text) updates the
letter in place (briefer.core.importing.single); before it does, the text as it was
is saved here, read-only, so the versions can be listed, opened and compared
(briefer.core.letter_comparison).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from briefer.core.citations import letter_label
from briefer.core.errors import NotFoundError
from briefer.core.models import Letter, LetterVersion, Passage, Section
from briefer.core.store.database import Store
from briefer.core.stored_parts import parsed_footnotes
from briefer.ingest.model import ParsedFootnote


@dataclass(frozen=True)
class VersionPassage:
    text: str
    first_page: int
    last_page: int
    section: str | None
    role: str | None = None
    number: int | None = None
    footnotes: tuple[ParsedFootnote, ...] = ()


@dataclass(frozen=True)
class VersionRow:
    id: int | None  # None: the current version (the letter itself)
    letter_id: int
    number: int
    label: str  # "Kamerstuk 35 925 V, nr. 84"
    title: str
    letter_date: date | None
    source_name: str
    imported_at: datetime | None
    replaced_at: datetime | None  # None for the current version
    passages: int

    @property
    def current(self) -> bool:
        return self.id is None

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.number,
            "current": self.current,
            "title": self.title,
            "date": self.letter_date.isoformat() if self.letter_date else None,
            "source": self.source_name,
            "replaced_at": self.replaced_at.isoformat() if self.replaced_at else None,
            "passages": self.passages,
        }


def save_version(session: Session, letter: Letter) -> None:
    """Keep the letter's text as it is now, before a newer version replaces it."""
    rows = session.execute(
        select(
            Passage.text,
            Passage.first_page,
            Passage.last_page,
            Section.title,
            Passage.role,
            Passage.number,
            Passage.footnotes,
        )
        .outerjoin(Section, Section.id == Passage.section_id)
        .where(Passage.letter_id == letter.id, Passage.retired.is_(False))
        .order_by(Passage.position)
    ).all()
    count = session.scalar(
        select(func.count()).select_from(LetterVersion).where(LetterVersion.letter_id == letter.id)
    )
    session.add(
        LetterVersion(
            letter_id=letter.id,
            number=int(count or 0) + 1,
            title=letter.title,
            kamerstuk=letter.kamerstuk,
            letter_date=letter.letter_date,
            source_name=letter.source_name,
            content_hash=letter.content_hash,
            passages=[_version_json(*row) for row in rows],
            imported_at=letter.updated_at,
        )
    )


def _version_json(
    text: str,
    first_page: int,
    last_page: int,
    section: str | None,
    role: str | None,
    number: int | None,
    footnotes: list[Any] | None,
) -> dict[str, Any]:
    """A passage of an older version; role, number and footnotes only when it has them
    (migration 0012), so versions kept before read the same."""
    kept: dict[str, Any] = {
        "text": text,
        "first_page": first_page,
        "last_page": last_page,
        "section": section,
    }
    if role is not None:
        kept["role"], kept["number"] = role, number
    if footnotes:
        kept["footnotes"] = footnotes
    return kept


def older_versions(store: Store) -> dict[int, list[int]]:
    """The numbers of every letter's older versions, in one query (letters with none
    are left out): what a list of letters and their versions needs, without loading
    the versions' text."""
    with store.read() as session:
        rows = session.execute(
            select(LetterVersion.letter_id, LetterVersion.number).order_by(
                LetterVersion.letter_id, LetterVersion.number
            )
        ).all()
    result: dict[int, list[int]] = {}
    for letter_id, number in rows:
        result.setdefault(letter_id, []).append(number)
    return result


def list_versions(store: Store, letter_id: int) -> list[VersionRow]:
    """Every version of a letter, oldest first; the last one is the current letter."""
    with store.read() as session:
        letter = session.get(Letter, letter_id)
        if letter is None:
            raise NotFoundError(f"geen brief met nummer {letter_id}")
        label = letter_label(letter.kamerstuk, letter.title)
        old = session.scalars(
            select(LetterVersion)
            .where(LetterVersion.letter_id == letter_id)
            .order_by(LetterVersion.number)
        ).all()
        rows = [
            VersionRow(
                v.id,
                letter_id,
                v.number,
                label,
                v.title,
                v.letter_date,
                v.source_name,
                v.imported_at,
                v.replaced_at,
                len(v.passages or []),
            )
            for v in old
        ]
        current = session.scalar(
            select(func.count())
            .select_from(Passage)
            .where(Passage.letter_id == letter_id, Passage.retired.is_(False))
        )
        rows.append(
            VersionRow(
                None,
                letter_id,
                len(old) + 1,
                label,
                letter.title,
                letter.letter_date,
                letter.source_name,
                letter.updated_at,
                None,
                int(current or 0),
            )
        )
        return rows


def version_passages(store: Store, letter_id: int, number: int) -> list[VersionPassage]:
    """The passages of one older version (read-only), in reading order."""
    with store.read() as session:
        version = session.scalar(
            select(LetterVersion).where(
                LetterVersion.letter_id == letter_id, LetterVersion.number == number
            )
        )
        if version is None:
            raise NotFoundError(f"brief {letter_id} heeft geen oudere versie {number}")
        return [
            VersionPassage(
                str(p["text"]),
                int(p["first_page"]),
                int(p["last_page"]),
                p.get("section"),
                p.get("role"),
                p.get("number"),
                tuple(parsed_footnotes(p.get("footnotes"))),
            )
            for p in version.passages or []
        ]
