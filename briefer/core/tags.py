"""Tags in the database: automatic tagging, the user's manual choices, theme passages.

The effective themes of a passage: a manual tag (include or exclude) decides;
without one, the automatic tag does. Re-tagging only ever replaces automatic
tags, so the user's choices survive rule edits and re-imports.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Select, Table, delete, exists, insert, or_, select
from sqlalchemy.orm import Session, aliased

from briefer.core.citations import letter_label
from briefer.core.errors import NotFoundError
from briefer.core.models import Letter, Passage, Section, Tag, Theme
from briefer.core.store.database import Store
from briefer.core.store.row_locks import lock_row
from briefer.core.stored_parts import parsed_footnotes
from briefer.ingest.model import ParsedFootnote
from briefer.tagging.explain import explain
from briefer.tagging.matcher import Matcher, PassageText, cached_matcher, compile_themes

INCLUDE, EXCLUDE, CLEAR = "include", "exclude", "clear"
_BATCH = 5_000


def effective_tags() -> Select[int, int, bool]:
    """(passage_id, theme_id, manual) for every theme a passage effectively carries."""
    manual = aliased(Tag)
    overridden = exists().where(
        manual.passage_id == Tag.passage_id,
        manual.theme_id == Tag.theme_id,
        manual.manual.is_(True),
    )
    return select(Tag.passage_id, Tag.theme_id, Tag.manual).where(
        Tag.include.is_(True), or_(Tag.manual.is_(True), ~overridden)
    )


def _matcher(session: Session, theme_ids: Sequence[int] | None = None) -> Matcher:
    query = select(Theme.id, Theme.name, Theme.terms).order_by(Theme.position)
    if theme_ids is not None:
        query = query.where(Theme.id.in_(theme_ids))
    return cached_matcher((tid, name, terms or []) for tid, name, terms in session.execute(query))


def _heading_chains(session: Session, letter_id: int) -> dict[int, tuple[str, ...]]:
    rows = session.execute(
        select(Section.id, Section.parent_id, Section.title).where(Section.letter_id == letter_id)
    ).all()
    parents = {sid: (parent, title) for sid, parent, title in rows}
    chains: dict[int, tuple[str, ...]] = {}

    def chain(section_id: int) -> tuple[str, ...]:
        if section_id not in chains:
            parent, title = parents[section_id]
            chains[section_id] = (chain(parent) if parent else ()) + (title,)
        return chains[section_id]

    for section_id in parents:
        chain(section_id)
    return chains


def _passage_texts(session: Session, letter_id: int) -> Iterator[PassageText]:
    chains = _heading_chains(session, letter_id)
    rows = session.execute(
        select(Passage.id, Passage.text, Passage.section_id)
        .where(Passage.letter_id == letter_id, Passage.retired.is_(False))
        .order_by(Passage.position)
    )
    for pid, text, section_id in rows:
        yield PassageText(pid, text, chains.get(section_id, ()) if section_id else ())


def tag_letter(
    session: Session,
    letter_id: int,
    theme_ids: Sequence[int] | None = None,
    matcher: Matcher | None = None,
) -> int:
    """Replace the automatic tags of one letter (optionally only some themes)."""
    matcher = matcher or _matcher(session, theme_ids)
    letter_passages = select(Passage.id).where(Passage.letter_id == letter_id)
    stale = delete(Tag).where(Tag.manual.is_(False), Tag.passage_id.in_(letter_passages))
    if theme_ids is not None:
        stale = stale.where(Tag.theme_id.in_(theme_ids))
    session.execute(stale)
    rows = [
        {
            "passage_id": t.passage_id,
            "theme_id": t.theme_id,
            "manual": False,
            "include": True,
            "reasons": t.reasons,
        }
        for t in matcher.tag_all(_passage_texts(session, letter_id))
    ]
    connection = session.connection()  # Core executemany: no ORM bookkeeping per row
    for start in range(0, len(rows), _BATCH):
        connection.execute(insert(cast(Table, Tag.__table__)), rows[start : start + _BATCH])
    return len(rows)


RetagProgress = Callable[[int, int], None]


def retag_library(
    store: Store, theme_ids: Sequence[int] | None = None, progress: RetagProgress | None = None
) -> int:
    """Re-tag every letter after a rule edit, in one transaction; returns the tag count.

    ``progress(done, total)`` is called after each letter; when it raises (the
    user cancelled), the transaction rolls back and the old tags stay as they were.
    """
    with store.session() as session:
        return retag_in_session(session, theme_ids, progress)


def retag_in_session(
    session: Session, theme_ids: Sequence[int] | None = None, progress: RetagProgress | None = None
) -> int:
    """Re-tag every letter inside the caller's transaction (see ``retag_library``)."""
    matcher = _matcher(session, theme_ids)
    letter_ids = session.scalars(select(Letter.id).order_by(Letter.id)).all()
    total = 0
    for done, letter_id in enumerate(letter_ids, start=1):
        total += tag_letter(session, letter_id, theme_ids, matcher)
        if progress is not None:
            progress(done, len(letter_ids))
    return total


def preview_terms(store: Store, terms: list[str], limit: int | None = None) -> list[int]:
    """Passage ids that these terms would tag (text or heading), without saving anything."""
    found: list[int] = []
    with store.read() as session:
        matcher = Matcher(compile_themes([(0, "preview", terms)]))
        for letter_id in session.scalars(select(Letter.id).order_by(Letter.id)):
            for passage in _passage_texts(session, letter_id):
                if matcher.tags_for(passage):
                    found.append(passage.id)
                    if limit is not None and len(found) >= limit:
                        return found
    return found


def set_manual_tag(store: Store, passage_id: int, theme_id: int, action: str) -> None:
    """The user's include, exclude, or clear (back to the rules) of one theme on a passage."""
    if action not in (INCLUDE, EXCLUDE, CLEAR):
        raise ValueError(action)
    with store.session() as session:
        if session.get(Passage, passage_id) is None:
            raise NotFoundError(f"geen passage met nummer {passage_id}")
        if session.get(Theme, theme_id) is None:
            raise NotFoundError(f"geen thema met nummer {theme_id}")
        lock_row(session, "passages", passage_id)  # two people tagging at once: one by one
        session.execute(
            delete(Tag).where(
                Tag.passage_id == passage_id, Tag.theme_id == theme_id, Tag.manual.is_(True)
            )
        )
        if action != CLEAR:
            session.add(
                Tag(
                    passage_id=passage_id,
                    theme_id=theme_id,
                    manual=True,
                    include=action == INCLUDE,
                    reasons=[{"kind": "manual"}],
                    author=store.author,
                )
            )


def manual_state(store: Store, passage_id: int, theme_id: int) -> str:
    """INCLUDE, EXCLUDE or CLEAR (no manual choice) for undo and display."""
    with store.read() as session:
        include = session.scalar(
            select(Tag.include).where(
                Tag.passage_id == passage_id, Tag.theme_id == theme_id, Tag.manual.is_(True)
            )
        )
    if include is None:
        return CLEAR
    return INCLUDE if include else EXCLUDE


@dataclass(frozen=True)
class ThemePassage:
    id: int
    letter_id: int
    letter: str  # "Kamerstuk 35 925 V, nr. 84", or the title
    section: str | None
    text: str
    first_page: int
    last_page: int
    reasons: tuple[str, ...]
    manual: bool  # included by the user, not (only) by the rules
    excluded: bool = False  # shown only when asked for
    role: str | None = None  # its part in the document: vraag, antwoord, … (migration 0012)
    number: int | None = None  # a question's and its answer's
    footnotes: tuple[ParsedFootnote, ...] = ()

    @property
    def pages(self) -> list[int]:
        return [self.first_page, self.last_page]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "letter": self.letter,
            "section": self.section,
            "text": self.text,
            "pages": self.pages,
            "reasons": list(self.reasons),
            "manual": self.manual,
        }


def theme_passages(
    store: Store, theme_id: int, *, with_excluded: bool = False, letter_id: int | None = None
) -> list[ThemePassage]:
    """Every passage of every letter on a theme: newest letter first, then reading order."""
    with store.read() as session:
        tags = session.execute(
            select(Tag.passage_id, Tag.manual, Tag.include, Tag.reasons).where(
                Tag.theme_id == theme_id
            )
        ).all()
        manual: dict[int, bool] = {}
        auto: dict[int, list[dict[str, Any]]] = {}
        for passage_id, is_manual, include, reasons in tags:
            if is_manual:
                manual[passage_id] = include
            else:
                auto[passage_id] = list(reasons or [])
        wanted = [
            pid
            for pid in {*manual, *auto}
            if manual.get(pid, True) or (with_excluded and pid in manual)
        ]
        keyed: list[tuple[tuple[int, int, int], ThemePassage]] = []
        for start in range(0, len(wanted), 900):
            query = (
                select(
                    Passage.id,
                    Passage.letter_id,
                    Passage.position,
                    Passage.text,
                    Passage.first_page,
                    Passage.last_page,
                    Passage.role,
                    Passage.number,
                    Passage.footnotes,
                    Letter.kamerstuk,
                    Letter.title,
                    Letter.letter_date,
                    Section.title.label("section"),
                )
                .join(Letter, Letter.id == Passage.letter_id)
                .outerjoin(Section, Section.id == Passage.section_id)
                .where(Passage.id.in_(wanted[start : start + 900]), Passage.retired.is_(False))
            )
            if letter_id is not None:
                query = query.where(Passage.letter_id == letter_id)
            for row in session.execute(query):
                included_by_user = manual.get(row.id) is True
                reasons = auto.get(row.id, [])
                if included_by_user:
                    reasons = [{"kind": "manual"}, *reasons]
                passage = ThemePassage(
                    id=row.id,
                    letter_id=row.letter_id,
                    letter=letter_label(row.kamerstuk, row.title),
                    section=row.section,
                    text=row.text,
                    first_page=row.first_page,
                    last_page=row.last_page,
                    reasons=tuple(explain(reasons)),
                    manual=included_by_user,
                    excluded=manual.get(row.id) is False,
                    role=row.role,
                    number=row.number,
                    footnotes=tuple(parsed_footnotes(row.footnotes)),
                )
                newest_first = -(row.letter_date.toordinal() if row.letter_date else 0)
                keyed.append(((newest_first, row.letter_id, row.position), passage))
        keyed.sort(key=lambda item: item[0])
        return [passage for _key, passage in keyed]


def themes_of_passages(session: Session, passage_ids: Iterable[int]) -> dict[int, list[int]]:
    """Effective theme ids per passage."""
    ids = list(passage_ids)
    found: dict[int, list[int]] = defaultdict(list)
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        query = effective_tags().where(Tag.passage_id.in_(chunk))
        for passage_id, theme_id, _manual in session.execute(query):
            if theme_id not in found[passage_id]:
                found[passage_id].append(theme_id)
    return found


def require_theme(session: Session, theme_id: int) -> Theme:
    theme = session.get(Theme, theme_id)
    if theme is None:
        raise NotFoundError(f"geen thema met nummer {theme_id}")
    return theme


@dataclass(frozen=True)
class PassageTheme:
    """One theme as seen from one passage: does it carry it, and why."""

    theme_id: int
    name: str
    color: str
    carried: bool  # the effective decision
    manual: str  # INCLUDE, EXCLUDE or CLEAR (no manual choice)
    by_rules: bool  # the rules alone would give it
    reasons: tuple[str, ...]


def passage_themes(store: Store, passage_id: int) -> list[PassageTheme]:
    """Every theme, in theme order, with whether and why this passage carries it."""
    with store.read() as session:
        if session.get(Passage, passage_id) is None:
            raise NotFoundError(f"geen passage met nummer {passage_id}")
        tags = session.execute(
            select(Tag.theme_id, Tag.manual, Tag.include, Tag.reasons).where(
                Tag.passage_id == passage_id
            )
        ).all()
        themes = session.execute(
            select(Theme.id, Theme.name, Theme.color).order_by(Theme.position, Theme.id)
        ).all()
    manual = {theme_id: include for theme_id, is_manual, include, _ in tags if is_manual}
    auto = {
        theme_id: list(reasons or []) for theme_id, is_manual, _, reasons in tags if not is_manual
    }
    result = []
    for theme_id, name, color in themes:
        choice = manual.get(theme_id)
        state = CLEAR if choice is None else (INCLUDE if choice else EXCLUDE)
        by_rules = theme_id in auto
        carried = choice if choice is not None else by_rules
        reasons = explain(auto.get(theme_id, []))
        if state == INCLUDE:
            reasons = ["handmatig toegevoegd", *reasons]
        elif state == EXCLUDE:
            reasons = ["handmatig uitgesloten", *reasons]
        result.append(PassageTheme(theme_id, name, color, carried, state, by_rules, tuple(reasons)))
    return result
