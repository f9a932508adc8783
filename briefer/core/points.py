"""Talking points (spreekpunten) of a theme: ordered, each citing passages.

Citations point at passage ids, which re-imports keep stable, so a talking
point keeps its citations when its letter gets a new version.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from briefer.core.citations import letter_label, pages_label
from briefer.core.errors import BrieferError, NotFoundError, StaleEditError
from briefer.core.models import Citation, Letter, Passage, TalkingPoint, Theme, utcnow
from briefer.core.notes import clean_note_text
from briefer.core.store.database import Store

ACTIEF, REACTIEF = "actief", "reactief"
POINT_KINDS = (ACTIEF, REACTIEF)


@dataclass(frozen=True)
class CitationRow:
    passage_id: int
    letter: str  # "Kamerstuk 35 925 V, nr. 84"
    first_page: int
    last_page: int
    excerpt: str
    retired: bool  # the passage is no longer in the current version of its letter

    @property
    def label(self) -> str:
        return f"{self.letter}, {pages_label(self.first_page, self.last_page)}"


@dataclass(frozen=True)
class PointRow:
    id: int
    theme_id: int
    position: int
    text: str
    citations: tuple[CitationRow, ...]
    kind: str = ACTIEF  # actief | reactief
    version: int = 1  # pass it back to edit_point: a save on an older copy is refused
    author: str = ""  # who wrote or last changed it

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "position": self.position,
            "text": self.text,
            "kind": self.kind,
            "citations": [
                {
                    "passage": c.passage_id,
                    "citation": c.label,
                    "pages": [c.first_page, c.last_page],
                    "retired": c.retired,
                }
                for c in self.citations
            ],
        }


def _check_kind(kind: str) -> str:
    if kind not in POINT_KINDS:
        raise BrieferError(f"soort spreekpunt '{kind}' onbekend; kies actief of reactief")
    return kind


def _require_theme(session: Session, theme_id: int) -> None:
    if session.get(Theme, theme_id) is None:
        raise NotFoundError(f"geen thema met nummer {theme_id}")


def _clean(text: str) -> str:
    cleaned = " ".join(clean_note_text(text).split("\n")).strip()
    if not cleaned:
        raise BrieferError("een spreekpunt heeft tekst nodig")
    return cleaned


def _citations(session: Session, point_ids: list[int]) -> dict[int, list[CitationRow]]:
    found: dict[int, list[CitationRow]] = {pid: [] for pid in point_ids}
    if not point_ids:
        return found
    rows = session.execute(
        select(
            Citation.talking_point_id,
            Passage.id,
            Letter.kamerstuk,
            Letter.title,
            Passage.first_page,
            Passage.last_page,
            Passage.text,
            Passage.retired,
        )
        .join(Passage, Passage.id == Citation.passage_id)
        .join(Letter, Letter.id == Passage.letter_id)
        .where(Citation.talking_point_id.in_(point_ids))
        .order_by(Citation.talking_point_id, Citation.position, Citation.id)
    )
    for point_id, pid, kamerstuk, title, first, last, text, retired in rows:
        excerpt = text if len(text) <= 120 else text[:117].rstrip() + "…"
        found[point_id].append(
            CitationRow(pid, letter_label(kamerstuk, title), first, last, excerpt, retired)
        )
    return found


def list_points(store: Store, theme_id: int) -> list[PointRow]:
    with store.read() as session:
        _require_theme(session, theme_id)
        points = session.scalars(
            select(TalkingPoint)
            .where(TalkingPoint.theme_id == theme_id)
            .order_by(TalkingPoint.position, TalkingPoint.id)
        ).all()
        cites = _citations(session, [p.id for p in points])
        return [
            PointRow(
                p.id,
                p.theme_id,
                index,
                p.text,
                tuple(cites[p.id]),
                p.kind or ACTIEF,
                p.version,
                p.author,
            )
            for index, p in enumerate(points, 1)
        ]


def get_point(store: Store, point_id: int) -> PointRow:
    with store.read() as session:
        point = session.get(TalkingPoint, point_id)
        if point is None:
            raise NotFoundError(f"geen spreekpunt met nummer {point_id}")
        theme_id = point.theme_id
    return next(p for p in list_points(store, theme_id) if p.id == point_id)


def _check_passages(session: Session, passage_ids: list[int]) -> None:
    for pid in passage_ids:
        if session.get(Passage, pid) is None:
            raise NotFoundError(f"geen passage met nummer {pid}")


def add_point(
    store: Store,
    theme_id: int,
    text: str,
    cite: list[int] | None = None,
    position: int | None = None,
    kind: str = ACTIEF,
) -> int:
    """Add a talking point (at the end, or at a 1-based position); returns its id."""
    cite = list(dict.fromkeys(cite or []))
    _check_kind(kind)
    with store.session() as session:
        _require_theme(session, theme_id)
        _check_passages(session, cite)
        count = session.scalar(
            select(func.count()).select_from(TalkingPoint).where(TalkingPoint.theme_id == theme_id)
        )
        point = TalkingPoint(
            theme_id=theme_id,
            text=_clean(text),
            position=int(count or 0),
            kind=kind,
            author=store.author,
        )
        session.add(point)
        session.flush()
        for index, pid in enumerate(cite):
            session.add(Citation(talking_point_id=point.id, passage_id=pid, position=index))
        point_id = point.id
    if position is not None:
        move_point(store, point_id, position)
    return point_id


def edit_point(
    store: Store, point_id: int, text: str, *, expected_version: int | None = None
) -> int:
    """Change the text; returns the new version.

    With ``expected_version`` (the version the user's copy had) a point that
    someone else changed meanwhile is not overwritten: StaleEditError, carrying
    the point as it is now. Two saves at the same moment are told apart by the
    version counter itself (SQLAlchemy's version_id_col).
    """
    try:
        with store.session() as session:
            point = session.get(TalkingPoint, point_id)
            if point is None:
                raise NotFoundError(f"geen spreekpunt met nummer {point_id}")
            if expected_version is not None and point.version != expected_version:
                raise _stale(point.author)
            point.text = _clean(text)
            point.updated_at = utcnow()
            point.author = store.author
            session.flush()
            return point.version
    except StaleDataError:
        raise _stale("") from None
    except StaleEditError as exc:
        exc.fresh = get_point(store, point_id)
        raise


def _stale(author: str) -> StaleEditError:
    who = f" door {author}" if author else ""
    return StaleEditError(
        f"dit spreekpunt is intussen gewijzigd{who}; uw wijziging is niet opgeslagen. "
        "De nieuwe tekst staat nu in de lijst: pas die zo nodig opnieuw aan."
    )


def set_point_kind(store: Store, point_id: int, kind: str) -> None:
    """Make a talking point actief (said unasked) or reactief (only when asked)."""
    _check_kind(kind)
    with store.session() as session:
        point = session.get(TalkingPoint, point_id)
        if point is None:
            raise NotFoundError(f"geen spreekpunt met nummer {point_id}")
        if point.kind != kind:
            point.kind = kind
            point.updated_at = utcnow()


def delete_point(store: Store, point_id: int) -> None:
    with store.session() as session:
        point = session.get(TalkingPoint, point_id)
        if point is None:
            raise NotFoundError(f"geen spreekpunt met nummer {point_id}")
        theme_id = point.theme_id
        session.delete(point)
        session.flush()
        _renumber(session, theme_id)


def _renumber(session: Session, theme_id: int, order: list[int] | None = None) -> None:
    ids = order or list(
        session.scalars(
            select(TalkingPoint.id)
            .where(TalkingPoint.theme_id == theme_id)
            .order_by(TalkingPoint.position, TalkingPoint.id)
        )
    )
    for index, pid in enumerate(ids):
        session.execute(update(TalkingPoint).where(TalkingPoint.id == pid).values(position=index))


def move_point(store: Store, point_id: int, position: int) -> None:
    """Move a talking point to a 1-based position within its theme."""
    with store.session() as session:
        point = session.get(TalkingPoint, point_id)
        if point is None:
            raise NotFoundError(f"geen spreekpunt met nummer {point_id}")
        ids = list(
            session.scalars(
                select(TalkingPoint.id)
                .where(TalkingPoint.theme_id == point.theme_id)
                .order_by(TalkingPoint.position, TalkingPoint.id)
            )
        )
        ids.remove(point_id)
        ids.insert(max(0, min(len(ids), position - 1)), point_id)
        _renumber(session, point.theme_id, ids)


def reorder_points(store: Store, theme_id: int, ordered_ids: list[int]) -> None:
    """Put a theme's talking points in this order (all of them, each once)."""
    with store.session() as session:
        current = set(
            session.scalars(select(TalkingPoint.id).where(TalkingPoint.theme_id == theme_id))
        )
        if set(ordered_ids) != current or len(ordered_ids) != len(current):
            raise BrieferError(
                "de nieuwe volgorde moet elk spreekpunt van het thema één keer noemen"
            )
        _renumber(session, theme_id, ordered_ids)


def set_citations(store: Store, point_id: int, passage_ids: list[int]) -> None:
    passage_ids = list(dict.fromkeys(passage_ids))
    with store.session() as session:
        if session.get(TalkingPoint, point_id) is None:
            raise NotFoundError(f"geen spreekpunt met nummer {point_id}")
        _check_passages(session, passage_ids)
        session.execute(delete(Citation).where(Citation.talking_point_id == point_id))
        for index, pid in enumerate(passage_ids):
            session.add(Citation(talking_point_id=point_id, passage_id=pid, position=index))


def add_citation(store: Store, point_id: int, passage_id: int) -> None:
    current = [c.passage_id for c in get_point(store, point_id).citations]
    if passage_id not in current:
        set_citations(store, point_id, [*current, passage_id])


def remove_citation(store: Store, point_id: int, passage_id: int) -> None:
    current = [c.passage_id for c in get_point(store, point_id).citations]
    set_citations(store, point_id, [pid for pid in current if pid != passage_id])


@dataclass(frozen=True)
class PointSnapshot:
    """Everything needed to put a deleted talking point back exactly (for undo)."""

    id: int
    theme_id: int
    position: int  # 1-based
    text: str
    citations: tuple[int, ...]
    kind: str = ACTIEF


def snapshot_point(store: Store, point_id: int) -> PointSnapshot:
    point = get_point(store, point_id)
    return PointSnapshot(
        point.id,
        point.theme_id,
        point.position,
        point.text,
        tuple(c.passage_id for c in point.citations),
        point.kind,
    )


def restore_point(store: Store, snapshot: PointSnapshot) -> None:
    """Re-insert a deleted talking point with its id, place and citations."""
    with store.session() as session:
        _require_theme(session, snapshot.theme_id)
        if session.get(TalkingPoint, snapshot.id) is not None:
            raise BrieferError(f"spreekpunt {snapshot.id} bestaat al")
        alive = [pid for pid in snapshot.citations if session.get(Passage, pid) is not None]
        session.add(
            TalkingPoint(
                id=snapshot.id,
                theme_id=snapshot.theme_id,
                position=10**6,
                text=snapshot.text,
                kind=snapshot.kind,
            )
        )
        session.flush()
        for index, pid in enumerate(alive):
            session.add(Citation(talking_point_id=snapshot.id, passage_id=pid, position=index))
    move_point(store, snapshot.id, snapshot.position)
