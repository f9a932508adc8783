"""Changes between two letters, or two versions of one letter, for a theme or the whole.

Passages are matched by content (briefer.intelligence.changes): new, gone,
changed (with a word diff). On a theme only the changes that touch it count:
a passage on the theme in either letter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from briefer.core.citations import letter_label, pages_label
from briefer.core.errors import NotFoundError
from briefer.core.models import Letter, LetterVersion, Passage, Section, Tag, Theme
from briefer.core.store.database import Store
from briefer.core.tags import effective_tags
from briefer.intelligence.changes import compare
from briefer.tagging.matcher import Matcher, PassageText, compile_themes


@dataclass(frozen=True)
class ChangePassage:
    id: int | None  # None: a passage of an older version (read-only, not in the library)
    letter_id: int
    letter: str
    section: str | None
    text: str
    first_page: int
    last_page: int

    @property
    def citation(self) -> str:
        return f"{self.letter}, {pages_label(self.first_page, self.last_page)}"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "letter": self.letter,
            "section": self.section,
            "text": self.text,
            "pages": [self.first_page, self.last_page],
        }


@dataclass(frozen=True)
class ChangedPair:
    before: ChangePassage
    after: ChangePassage
    diff: list[tuple[str, str]]

    def to_json(self) -> dict[str, Any]:
        return {
            "before": self.before.to_json(),
            "after": self.after.to_json(),
            "diff": [list(part) for part in self.diff],
        }


@dataclass
class Changes:
    source: str  # label of the older letter (or version)
    target: str
    added: list[ChangePassage] = field(default_factory=list)
    removed: list[ChangePassage] = field(default_factory=list)
    changed: list[ChangedPair] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.source,
            "to": self.target,
            "added": [p.to_json() for p in self.added],
            "removed": [p.to_json() for p in self.removed],
            "changed": [pair.to_json() for pair in self.changed],
        }


@dataclass(frozen=True)
class Side:
    """A letter as it is now (``version`` None) or one of its older versions."""

    letter_id: int
    version: int | None = None


def _passages(session: Session, side: Side) -> tuple[str, list[ChangePassage]]:
    letter = session.get(Letter, side.letter_id)
    if letter is None:
        raise NotFoundError(f"geen brief met nummer {side.letter_id}")
    label = letter_label(letter.kamerstuk, letter.title)
    if side.version is not None:
        version = session.scalar(
            select(LetterVersion).where(
                LetterVersion.letter_id == side.letter_id, LetterVersion.number == side.version
            )
        )
        if version is None:
            raise NotFoundError(f"brief {side.letter_id} heeft geen oudere versie {side.version}")
        name = f"{label} (versie {side.version})"
        return name, [
            ChangePassage(
                None,
                side.letter_id,
                name,
                p.get("section"),
                str(p["text"]),
                int(p["first_page"]),
                int(p["last_page"]),
            )
            for p in version.passages or []
        ]
    rows = session.execute(
        select(Passage.id, Passage.text, Passage.first_page, Passage.last_page, Section.title)
        .outerjoin(Section, Section.id == Passage.section_id)
        .where(Passage.letter_id == side.letter_id, Passage.retired.is_(False))
        .order_by(Passage.position)
    ).all()
    return label, [ChangePassage(r[0], side.letter_id, label, r[4], r[1], r[2], r[3]) for r in rows]


def _on_theme(session: Session, theme_id: int, passages: list[ChangePassage]) -> set[int]:
    """Positions (in ``passages``) of the passages that carry the theme."""
    ids = [p.id for p in passages if p.id is not None]
    tagged: set[int] = set()
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        query = effective_tags().where(Tag.passage_id.in_(chunk), Tag.theme_id == theme_id)
        tagged |= {pid for pid, _tid, _manual in session.execute(query)}
    theme = session.get(Theme, theme_id)
    matcher = (
        Matcher(compile_themes([(theme_id, theme.name, theme.terms or [])])) if theme else None
    )
    found: set[int] = set()
    for index, passage in enumerate(passages):
        if passage.id is not None:
            if passage.id in tagged:
                found.add(index)
        elif matcher is not None:  # an older version: the theme's rules on its text
            headings = (passage.section,) if passage.section else ()
            if matcher.tags_for(PassageText(0, passage.text, headings)):
                found.add(index)
    return found


def compare_letters(
    store: Store, source: Side, target: Side, theme_id: int | None = None
) -> Changes:
    """What is new, gone and changed in ``target`` compared with ``source``."""
    with store.read() as session:
        if theme_id is not None and session.get(Theme, theme_id) is None:
            raise NotFoundError(f"geen thema met nummer {theme_id}")
        old_label, old = _passages(session, source)
        new_label, new = _passages(session, target)
        result = compare([p.text for p in old], [p.text for p in new])
        keep_old = _on_theme(session, theme_id, old) if theme_id is not None else None
        keep_new = _on_theme(session, theme_id, new) if theme_id is not None else None
    changes = Changes(old_label, new_label)
    changes.added = [new[j] for j in result.added if keep_new is None or j in keep_new]
    changes.removed = [old[i] for i in result.removed if keep_old is None or i in keep_old]
    for pair in result.changed:
        off_theme = keep_old is not None and keep_new is not None
        if off_theme and pair.old not in (keep_old or ()) and pair.new not in (keep_new or ()):
            continue
        changes.changed.append(ChangedPair(old[pair.old], new[pair.new], pair.diff))
    return changes
