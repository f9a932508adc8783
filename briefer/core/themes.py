"""Themes: the shipped defaults and the user's own; adding, editing, deleting, restoring."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, aliased

from briefer import paths
from briefer.core.errors import BrieferError, NotFoundError, StaleEditError
from briefer.core.models import Note, Tag, TalkingPoint, Theme, utcnow
from briefer.core.store.database import Store
from briefer.core.tags import RetagProgress, retag_in_session, retag_library
from briefer.tagging.rules import RuleError, validate_terms

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
DEFAULT_COLOR = "#5D6D7E"


@dataclass(frozen=True)
class DefaultTheme:
    key: str
    name: str
    color: str
    description: str
    terms: tuple[str, ...]


@dataclass(frozen=True)
class ThemeRow:
    id: int
    name: str
    color: str
    description: str
    terms: tuple[str, ...]
    passages: int  # passages that effectively carry the theme
    default_key: str | None
    version: int = 1  # pass it back to update_theme: a save on an older copy is refused

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "color": self.color,
            "description": self.description,
            "terms": list(self.terms),
            "passages": self.passages,
            "default": self.default_key is not None,
        }


def load_default_themes(path: Path | None = None) -> list[DefaultTheme]:
    """The themes shipped in resources/themes.toml."""
    path = path or paths.themes_file()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise BrieferError(f"{path}: de standaardthema's zijn onleesbaar ({exc})") from None
    return [
        DefaultTheme(
            key=str(entry["key"]),
            name=str(entry["name"]),
            color=str(entry.get("color", DEFAULT_COLOR)),
            description=str(entry.get("description", "")),
            terms=tuple(str(term) for term in entry.get("terms", [])),
        )
        for entry in data.get("theme", [])
    ]


def fold(name: str) -> str:
    """Compare names without case or diacritics: "oekraine" finds "Oekraïne"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().strip())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _next_position(session: Session) -> int:
    return int(session.scalar(select(func.coalesce(func.max(Theme.position), -1))) or 0) + 1


def install_default_themes(session: Session) -> int:
    """Add every shipped theme whose name is not taken yet; returns how many were added."""
    taken = {fold(name) for name in session.scalars(select(Theme.name))}
    added = 0
    for default in load_default_themes():
        if fold(default.name) in taken:
            continue
        session.add(
            Theme(
                name=default.name,
                color=default.color,
                description=default.description,
                terms=list(default.terms),
                default_key=default.key,
                position=_next_position(session) + added,
            )
        )
        added += 1
    session.flush()
    return added


def _counts(session: Session, theme_id: int | None = None) -> dict[int, int]:
    """Passages effectively carrying each theme (or only ``theme_id``), as
    tags.effective_tags decides.

    Every tag counted per theme, less the user's manual tags and the automatic
    tags they override, plus the manual inclusions. Both big scans read an
    index only; the effective_tags query read every tag row (a third of a
    second with 1,000 letters, and the window asks at start-up several times).
    """
    totals = select(Tag.theme_id, func.count()).group_by(Tag.theme_id)
    manual = select(Tag.id).where(Tag.manual.is_(True))
    if theme_id is not None:  # one theme: its own tags only (a briefing, the workspace)
        totals = totals.where(Tag.theme_id == theme_id)
        manual = manual.where(Tag.theme_id == theme_id)
    counts: dict[int, int] = {owner: count for owner, count in session.execute(totals)}
    manual_ids = list(session.scalars(manual))
    auto = aliased(Tag)
    overrides = exists().where(
        auto.passage_id == Tag.passage_id, auto.theme_id == Tag.theme_id, auto.manual.is_(False)
    )
    for start in range(0, len(manual_ids), 900):
        chunk = manual_ids[start : start + 900]
        query = select(Tag.theme_id, Tag.include, overrides).where(Tag.id.in_(chunk))
        for owner, include, overridden in session.execute(query):
            # Automatic tags are always inclusions (tag_letter writes include=True).
            counts[owner] += int(bool(include)) - 1 - int(bool(overridden))
    return {owner: count for owner, count in counts.items() if count > 0}


def _row(theme: Theme, count: int) -> ThemeRow:
    return ThemeRow(
        theme.id,
        theme.name,
        theme.color,
        theme.description,
        tuple(theme.terms or ()),
        count,
        theme.default_key,
        theme.version,
    )


def list_themes(store: Store) -> list[ThemeRow]:
    with store.read() as session:
        counts = _counts(session)
        themes = session.scalars(select(Theme).order_by(Theme.position, Theme.id)).all()
        return [_row(theme, counts.get(theme.id, 0)) for theme in themes]


def find_theme(store: Store, reference: str) -> ThemeRow:
    """A theme by name (case and diacritics ignored) or by id."""
    wanted = fold(reference)
    for theme in list_themes(store):
        if fold(theme.name) == wanted or (
            reference.strip().isdigit() and theme.id == int(reference)
        ):
            return theme
    raise NotFoundError(f"geen thema '{reference}'")


def get_theme(store: Store, theme_id: int) -> ThemeRow:
    with store.read() as session:
        theme = session.get(Theme, theme_id)
        if theme is None:
            raise NotFoundError(f"geen thema met nummer {theme_id}")
        return _row(theme, _counts(session, theme_id).get(theme_id, 0))


def _check_name(session: Session, name: str, theme_id: int | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise BrieferError("een thema heeft een naam nodig")
    if len(name) > 200:
        raise BrieferError("de naam van een thema is te lang (hoogstens 200 tekens)")
    for other_id, other in session.execute(select(Theme.id, Theme.name)):
        if other_id != theme_id and fold(other) == fold(name):
            raise BrieferError(f"er is al een thema '{other}'")
    return name


def _check_color(color: str) -> str:
    if not _COLOR.match(color.strip()):
        raise BrieferError(f"'{color}' is geen kleur; gebruik de vorm #RRGGBB")
    return color.strip().upper()


def _check_terms(terms: list[str]) -> list[str]:
    try:
        return validate_terms(terms)
    except RuleError as exc:
        raise BrieferError(f"ongeldige term {exc}") from None


def create_theme(
    store: Store,
    name: str,
    *,
    terms: list[str] | None = None,
    color: str = DEFAULT_COLOR,
    description: str = "",
    progress: RetagProgress | None = None,
) -> int:
    """Add a user theme and tag the library with it, in one transaction; returns its id.

    ``progress(done, letters)`` follows the tagging; when it raises (cancel),
    nothing is stored.
    """
    with store.session() as session:
        theme = Theme(
            name=_check_name(session, name),
            color=_check_color(color),
            description=description.strip(),
            terms=_check_terms(terms or []),
            position=_next_position(session),
        )
        session.add(theme)
        session.flush()
        theme_id = theme.id
        retag_in_session(session, [theme_id], progress)
    return theme_id


def update_theme(
    store: Store,
    theme_id: int,
    *,
    name: str | None = None,
    color: str | None = None,
    description: str | None = None,
    terms: list[str] | None = None,
    progress: RetagProgress | None = None,
    expected_version: int | None = None,
) -> None:
    """Rename, recolour, describe or change the rules of a theme; rule changes re-tag.

    All in one transaction: when ``progress(done, letters)`` raises (cancel) during
    the re-tag, the theme and its tags stay exactly as they were. With
    ``expected_version`` (the version the user's copy had) a theme that someone
    else saved meanwhile is not overwritten: StaleEditError.
    """
    with store.session() as session:
        theme = session.get(Theme, theme_id)
        if theme is None:
            raise NotFoundError(f"geen thema met nummer {theme_id}")
        if expected_version is not None and theme.version != expected_version:
            raise StaleEditError(
                "dit thema is intussen door iemand anders gewijzigd; uw wijziging is niet "
                "opgeslagen: open het thema opnieuw om de nieuwe stand te zien"
            )
        if name is not None:
            theme.name = _check_name(session, name, theme_id)
        if color is not None:
            theme.color = _check_color(color)
        if description is not None:
            theme.description = description.strip()
        rules_changed = terms is not None and _check_terms(terms) != list(theme.terms or [])
        if terms is not None:
            theme.terms = _check_terms(terms)
        theme.updated_at = utcnow()
        if rules_changed:
            session.flush()
            retag_in_session(session, [theme_id], progress)


@dataclass(frozen=True)
class ThemeWork:
    notes: int
    talking_points: int
    manual_tags: int

    @property
    def empty(self) -> bool:
        return not (self.notes or self.talking_points or self.manual_tags)


def theme_work(store: Store, theme_id: int) -> ThemeWork:
    """What the user wrote or decided on a theme (lost if it were deleted)."""
    with store.read() as session:
        notes = session.scalar(
            select(func.count()).select_from(Note).where(Note.theme_id == theme_id, Note.body != "")
        )
        points = session.scalar(
            select(func.count()).select_from(TalkingPoint).where(TalkingPoint.theme_id == theme_id)
        )
        manual = session.scalar(
            select(func.count())
            .select_from(Tag)
            .where(Tag.theme_id == theme_id, Tag.manual.is_(True))
        )
    return ThemeWork(int(notes or 0), int(points or 0), int(manual or 0))


def delete_theme(store: Store, theme_id: int, *, force: bool = False) -> None:
    """Delete a theme. With notes, talking points or manual tags on it, only with force."""
    work = theme_work(store, theme_id)
    if not work.empty and not force:
        raise BrieferError(
            f"dit thema heeft {work.notes} notitie(s), {work.talking_points} spreekpunt(en) en "
            f"{work.manual_tags} handmatige keuze(s); die gaan verloren bij verwijderen"
        )
    if not work.empty and not store.is_server:  # a server's own backups protect it there
        store.backup("voor-verwijderen-thema")
    with store.session() as session:
        theme = session.get(Theme, theme_id)
        if theme is None:
            raise NotFoundError(f"geen thema met nummer {theme_id}")
        session.delete(theme)


def restore_default_themes(store: Store) -> list[str]:
    """Put the shipped themes back as shipped (name, colour, rules); notes stay.

    Returns the names of the themes restored or re-added. The user's own themes
    are left alone.
    """
    restored: list[str] = []
    changed_ids: list[int] = []
    with store.session() as session:
        by_key = {t.default_key: t for t in session.scalars(select(Theme)) if t.default_key}
        for default in load_default_themes():
            theme = by_key.get(default.key)
            if theme is None:
                clash = session.scalar(select(Theme).where(Theme.name == default.name))
                if clash is not None:
                    clash.default_key = default.key
                    theme = clash
            if theme is None:
                theme = Theme(default_key=default.key, position=_next_position(session))
                session.add(theme)
            before = (theme.name, theme.color, theme.description, list(theme.terms or []))
            after = (default.name, default.color, default.description, list(default.terms))
            if before != after:
                theme.name, theme.color, theme.description, theme.terms = after
                theme.updated_at = utcnow()
                restored.append(default.name)
            session.flush()
            if before[3] != after[3]:
                changed_ids.append(theme.id)
    if changed_ids:
        retag_library(store, changed_ids)
    return restored
