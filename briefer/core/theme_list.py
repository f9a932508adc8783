"""The themes as the window and the commands list them: names, colours, rules, counts.

Plain SQL through ``Store.reading`` (no ORM), like briefer.core.library: the
window's first screen shows these (the legend, the workspace's overview).
Changing themes is briefer.core.themes.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from briefer.core.errors import NotFoundError
from briefer.core.store.database import Store
from briefer.core.store.plain_rows import Rows, as_json

_THEME_COLUMNS = "id, name, color, description, terms, default_key, version"


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


def fold(name: str) -> str:
    """Compare names without case or diacritics: "oekraine" finds "Oekraïne"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().strip())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def theme_counts(rows: Rows, theme_id: int | None = None) -> dict[int, int]:
    """Passages effectively carrying each theme (or only ``theme_id``), as
    tags.effective_tags decides.

    Every tag counted per theme, less the user's manual tags and the automatic
    tags they override, plus the manual inclusions. Both scans read an index
    only; the effective_tags query read every tag row (a third of a second with
    1,000 letters).
    """
    chosen = (theme_id,) if theme_id is not None else ()
    one = " AND t.theme_id = ?" if theme_id is not None else ""
    counts: dict[int, int] = dict(
        rows.all(
            f"SELECT t.theme_id, count(*) FROM tags t WHERE 1 = 1{one} GROUP BY t.theme_id", chosen
        )
    )
    # The user's own tags, from their partial index (migration 0014; a plain
    # ``manual = ?`` would read every tag).
    manual = rows.all(
        "SELECT t.theme_id, t.include, EXISTS (SELECT 1 FROM tags a WHERE a.passage_id = "
        "t.passage_id AND a.theme_id = t.theme_id AND a.manual = ?) FROM tags t "
        f"WHERE t.manual{one}",
        (False, *chosen),
    )
    for owner, include, overridden in manual:
        # Automatic tags are always inclusions (tag_letter writes include=True).
        counts[owner] += int(bool(include)) - 1 - int(bool(overridden))
    return {owner: count for owner, count in counts.items() if count > 0}


def _row(row: tuple[object, ...], count: int) -> ThemeRow:
    theme_id, name, color, description, terms, default_key, version = row
    return ThemeRow(
        int(theme_id),  # type: ignore[call-overload]
        str(name),
        str(color),
        str(description),
        tuple(as_json(terms) or ()),
        count,
        default_key if default_key is None else str(default_key),
        int(version or 1),  # type: ignore[call-overload]
    )


def list_themes(store: Store) -> list[ThemeRow]:
    with store.reading() as rows:
        counts = theme_counts(rows)
        themes = rows.all(f"SELECT {_THEME_COLUMNS} FROM themes ORDER BY position, id")
    return [_row(theme, counts.get(int(theme[0]), 0)) for theme in themes]


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
    with store.reading() as rows:
        theme = rows.first(f"SELECT {_THEME_COLUMNS} FROM themes WHERE id = ?", (theme_id,))
        if theme is None:
            raise NotFoundError(f"geen thema met nummer {theme_id}")
        return _row(theme, theme_counts(rows, theme_id).get(theme_id, 0))
