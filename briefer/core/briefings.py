"""Saved briefings: what to put in the document, kept so it can be exported again.

A briefing stores its choices (topics, parts and their order, passages and
talking points left out, a custom passage order), never copies of the content:
an export always reads the current notes, talking points and passages, so a
saved briefing follows later edits.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm.exc import StaleDataError

from briefer.core import briefing_parts as _parts
from briefer.core.errors import BrieferError, NotFoundError, StaleEditError
from briefer.core.models import Briefing, BriefingTopic, Theme, utcnow
from briefer.core.store.database import Store

ACHTERGROND, BRONNEN, NOTITIES = _parts.ACHTERGROND, _parts.BRONNEN, _parts.NOTITIES
DEFAULT_PARTS, PART_ALIASES, PART_REGISTRY = (
    _parts.DEFAULT_PARTS,
    _parts.PART_ALIASES,
    _parts.PART_REGISTRY,
)
SPREEKPUNTEN = _parts.SPREEKPUNTEN
TOEZEGGINGEN, WIJZIGINGEN = _parts.TOEZEGGINGEN, _parts.WIJZIGINGEN
KERNPUNTEN = SPREEKPUNTEN  # the name of earlier releases
PARTS = DEFAULT_PARTS
PART_TITLES = {key: info.title_nl for key, info in PART_REGISTRY.items()}
LANGUAGES = ("nl", "en")
DEFAULT_TARGET_PAGES = 2


@dataclass(frozen=True)
class BriefingSpec:
    """Everything that decides what a briefing document contains."""

    title: str
    theme_ids: tuple[int, ...]
    occasion: str = ""
    briefing_date: date | None = None
    author: str = ""
    classification: str = ""
    cover: bool = True
    table_of_contents: bool = True
    parts: tuple[str, ...] = DEFAULT_PARTS  # included parts, in order
    part_titles: tuple[tuple[str, str], ...] = ()  # (part, the user's own title)
    language: str = "nl"  # of headings, labels and dates in the export: "nl" or "en"
    target_pages: int = DEFAULT_TARGET_PAGES  # per topic, cover and annex not counted
    annex: bool = False  # the passages verbatim in "Bijlage: brontekst"
    changes_from: int | None = None  # "Wat is er veranderd": the letter compared against
    changes_from_version: int | None = None  # ... or this older version of it
    excluded_passages: frozenset[int] = field(default_factory=frozenset)
    excluded_points: frozenset[int] = field(default_factory=frozenset)
    passage_order: tuple[int, ...] = ()  # passages listed here come first, in this order
    id: int | None = None
    updated_at: datetime | None = None
    # The stored version this copy was read at (not part of what the briefing contains).
    version: int | None = field(default=None, compare=False)
    saved_by: str = field(default="", compare=False)

    def check(self) -> BriefingSpec:
        """A cleaned copy, or BrieferError naming what is wrong."""
        title = " ".join(self.title.split())
        if not title:
            raise BrieferError("een briefing heeft een titel nodig")
        if not self.theme_ids:
            raise BrieferError("kies minstens één thema voor de briefing")
        if len(set(self.theme_ids)) != len(self.theme_ids):
            raise BrieferError("een thema staat twee keer in de briefing")
        parts = tuple(PART_ALIASES.get(part, part) for part in self.parts)
        unknown = [part for part in parts if part not in PART_REGISTRY]
        if unknown:
            choices = ", ".join(_parts.known_parts())
            raise BrieferError(f"onbekend onderdeel '{unknown[0]}'; kies uit {choices}")
        if len(set(parts)) != len(parts):
            raise BrieferError("een onderdeel staat twee keer in de briefing")
        if not parts:
            raise BrieferError("kies minstens één onderdeel voor de briefing")
        if self.language not in LANGUAGES:
            raise BrieferError(f"taal '{self.language}' onbekend; kies nl of en")
        if not 1 <= self.target_pages <= 99:
            raise BrieferError("het doel voor de lengte is 1 tot 99 pagina's per onderwerp")
        titles = tuple(
            (PART_ALIASES.get(key, key), " ".join(text.split()))
            for key, text in self.part_titles
            if text.strip()
        )
        strange = [key for key, _ in titles if key not in PART_REGISTRY]
        if strange:
            choices = ", ".join(_parts.known_parts())
            raise BrieferError(f"onbekend onderdeel '{strange[0]}'; kies uit {choices}")
        return replace(
            self,
            title=title,
            changes_from_version=self.changes_from_version if self.changes_from else None,
            classification=self.classification.strip(),
            parts=parts,
            part_titles=titles,
        )

    @property
    def titles(self) -> dict[str, str]:
        """The user's own part titles by part key."""
        return dict(self.part_titles)

    def layout(self) -> dict[str, Any]:
        return {
            "cover": self.cover,
            "table_of_contents": self.table_of_contents,
            "parts": list(self.parts),
            "excluded_passages": sorted(self.excluded_passages),
            "excluded_points": sorted(self.excluded_points),
            "passage_order": list(self.passage_order),
            "part_titles": dict(self.part_titles),
            "language": self.language,
            "target_pages": self.target_pages,
            "annex": self.annex,
            "changes_from": self.changes_from,
            "changes_from_version": self.changes_from_version,
        }


@dataclass(frozen=True)
class BriefingRow:
    id: int
    title: str
    occasion: str
    briefing_date: date | None
    classification: str
    themes: tuple[str, ...]
    updated_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "occasion": self.occasion,
            "date": self.briefing_date.isoformat() if self.briefing_date else None,
            "classification": self.classification,
            "themes": list(self.themes),
            "updated": self.updated_at.isoformat(),
        }


def _spec(briefing: Briefing, theme_ids: list[int]) -> BriefingSpec:
    layout = briefing.layout or {}
    return BriefingSpec(
        id=briefing.id,
        title=briefing.title,
        theme_ids=tuple(theme_ids),
        occasion=briefing.occasion,
        briefing_date=briefing.briefing_date,
        author=briefing.author,
        classification=briefing.classification,
        cover=bool(layout.get("cover", True)),
        table_of_contents=bool(layout.get("table_of_contents", True)),
        parts=tuple(
            dict.fromkeys(
                PART_ALIASES.get(p, p)
                for p in layout.get("parts", DEFAULT_PARTS)
                if PART_ALIASES.get(p, p) in PART_REGISTRY
            )
        ),
        part_titles=tuple(
            (str(key), str(text))
            for key, text in dict(layout.get("part_titles", {})).items()
            if key in PART_REGISTRY and str(text).strip()
        ),
        language=str(layout.get("language", "nl")) if layout.get("language") in LANGUAGES else "nl",
        target_pages=_target(layout.get("target_pages")),
        annex=bool(layout.get("annex", False)),
        changes_from=_letter_id(layout.get("changes_from")),
        changes_from_version=_letter_id(layout.get("changes_from_version")),
        excluded_passages=frozenset(int(i) for i in layout.get("excluded_passages", [])),
        excluded_points=frozenset(int(i) for i in layout.get("excluded_points", [])),
        passage_order=tuple(int(i) for i in layout.get("passage_order", [])),
        updated_at=briefing.updated_at,
        version=briefing.version,
        saved_by=briefing.saved_by,
    )


def _letter_id(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _target(value: Any) -> int:
    try:
        target = int(value)
    except (TypeError, ValueError):
        return DEFAULT_TARGET_PAGES
    return target if 1 <= target <= 99 else DEFAULT_TARGET_PAGES


def _theme_ids(store: Store, briefing_id: int) -> list[int]:
    with store.read() as session:
        return list(
            session.scalars(
                select(BriefingTopic.theme_id)
                .where(BriefingTopic.briefing_id == briefing_id)
                .order_by(BriefingTopic.position)
            )
        )


def save_briefing(store: Store, spec: BriefingSpec, *, base_version: int | None = None) -> int:
    """Create (spec.id is None) or replace a saved briefing; returns its id.

    With ``base_version`` (the version the editor loaded) a briefing someone else
    saved since is refused with StaleEditError, whose ``fresh`` is the briefing now.
    """
    return save_briefing_at(store, spec, base_version=base_version).id or 0


def save_briefing_at(
    store: Store, spec: BriefingSpec, *, base_version: int | None = None
) -> BriefingSpec:
    """As save_briefing, returning the stored spec with its id and new version."""
    spec = spec.check()
    try:
        briefing_id, version = _save(store, spec, base_version)
    except (StaleDataError, StaleEditError):  # saved by someone else since (version counter)
        raise _stale(store, spec.id) from None
    return replace(spec, id=briefing_id, version=version, saved_by=store.author)


def _stale(store: Store, briefing_id: int | None) -> StaleEditError:
    fresh: BriefingSpec | None = None
    try:
        fresh = get_briefing(store, briefing_id) if briefing_id is not None else None
    except BrieferError:
        fresh = None
    who = fresh.saved_by if fresh is not None and fresh.saved_by else "iemand anders"
    return StaleEditError(
        f"{who} heeft deze briefing gewijzigd nadat u hem opende; uw wijziging is niet "
        "opgeslagen en de briefing zoals die nu is wordt getoond",
        fresh,
    )


def _save(store: Store, spec: BriefingSpec, base_version: int | None) -> tuple[int, int]:
    with store.session() as session:
        for theme_id in spec.theme_ids:
            if session.get(Theme, theme_id) is None:
                raise NotFoundError(f"geen thema met nummer {theme_id}")
        if spec.id is None:
            briefing = Briefing(title=spec.title)
            session.add(briefing)
        else:
            found = session.get(Briefing, spec.id)
            if found is None:
                raise NotFoundError(f"geen briefing met nummer {spec.id}")
            if base_version is not None and found.version != base_version:
                raise StaleDataError("briefing saved since it was loaded")
            briefing = found
        briefing.title = spec.title
        briefing.occasion = spec.occasion
        briefing.briefing_date = spec.briefing_date
        briefing.author = spec.author
        briefing.classification = spec.classification
        briefing.layout = spec.layout()
        briefing.updated_at = utcnow()
        briefing.saved_by = store.author
        session.flush()
        session.execute(delete(BriefingTopic).where(BriefingTopic.briefing_id == briefing.id))
        for position, theme_id in enumerate(spec.theme_ids):
            session.add(
                BriefingTopic(briefing_id=briefing.id, theme_id=theme_id, position=position)
            )
        return briefing.id, briefing.version


def get_briefing(store: Store, briefing_id: int) -> BriefingSpec:
    with store.read() as session:
        briefing = session.get(Briefing, briefing_id)
        if briefing is None:
            raise NotFoundError(f"geen briefing met nummer {briefing_id}")
        spec = _spec(briefing, [])
    theme_ids = _theme_ids(store, briefing_id)
    if not theme_ids:
        raise BrieferError(f"briefing {briefing_id} heeft geen thema's meer (verwijderd?)")
    return replace(spec, theme_ids=tuple(theme_ids))


def list_briefings(store: Store) -> list[BriefingRow]:
    with store.read() as session:
        briefings = session.scalars(select(Briefing).order_by(Briefing.updated_at.desc())).all()
        names: dict[int, list[str]] = {b.id: [] for b in briefings}
        for briefing_id, name in session.execute(
            select(BriefingTopic.briefing_id, Theme.name)
            .join(Theme, Theme.id == BriefingTopic.theme_id)
            .order_by(BriefingTopic.briefing_id, BriefingTopic.position)
        ):
            names.setdefault(briefing_id, []).append(name)
        return [
            BriefingRow(
                b.id,
                b.title,
                b.occasion,
                b.briefing_date,
                b.classification,
                tuple(names.get(b.id, [])),
                b.updated_at,
            )
            for b in briefings
        ]


def delete_briefing(store: Store, briefing_id: int) -> None:
    with store.session() as session:
        briefing = session.get(Briefing, briefing_id)
        if briefing is None:
            raise NotFoundError(f"geen briefing met nummer {briefing_id}")
        session.delete(briefing)
