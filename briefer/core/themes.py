"""Themes: the shipped defaults and the user's own."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from briefer import paths
from briefer.core.errors import BrieferError
from briefer.core.models import Theme


@dataclass(frozen=True)
class DefaultTheme:
    key: str
    name: str
    color: str
    description: str
    terms: tuple[str, ...]


def load_default_themes(path: Path | None = None) -> list[DefaultTheme]:
    """The themes shipped in resources/themes.toml."""
    path = path or paths.themes_file()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise BrieferError(
            f"{path}: de standaardthema's kunnen niet worden gelezen ({exc})"
        ) from None
    themes = []
    for entry in data.get("theme", []):
        themes.append(
            DefaultTheme(
                key=str(entry["key"]),
                name=str(entry["name"]),
                color=str(entry.get("color", "#5D6D7E")),
                description=str(entry.get("description", "")),
                terms=tuple(str(term) for term in entry.get("terms", [])),
            )
        )
    return themes


def install_default_themes(session: Session) -> int:
    """Add every shipped theme whose name is not taken yet; returns how many were added."""
    taken = {name.lower() for name in session.scalars(select(Theme.name))}
    position = session.scalar(select(func.coalesce(func.max(Theme.position), -1))) or 0
    added = 0
    for default in load_default_themes():
        if default.name.lower() in taken:
            continue
        position += 1
        session.add(
            Theme(
                name=default.name,
                color=default.color,
                description=default.description,
                terms=list(default.terms),
                default_key=default.key,
                position=position,
            )
        )
        added += 1
    session.flush()
    return added
