"""What the window's first screen shows, read in one go while Qt starts.

The library tree (its first page of letters), the themes with their counts (the workspace's
overview, the legend's colours), and the letter the reader opens with its
outline, its links to other letters of the library and the letters citing it.
The window reads these on the thread that opened the library, while the GUI
thread loads Qt (SQLite leaves Python free to run while it reads), and builds
its first screen from them; later reads go to the services as always.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefer.core.errors import NotFoundError
from briefer.core.letter_links import CitingPassage, cited_by, outline_links
from briefer.core.library import (
    LetterOutline,
    LetterRow,
    count_letters,
    letter_outline,
    list_letters,
)
from briefer.core.store.database import Store
from briefer.core.theme_list import ThemeRow, list_themes

# Letters of the library tree's first page (briefer.ui.models.library_model reads on).
FIRST_LETTERS = 200


@dataclass
class FirstScreen:
    letters: list[LetterRow]  # the first FIRST_LETTERS, newest first
    total: int  # letters in the library
    themes: list[ThemeRow]
    letter_id: int | None = None  # the letter the reader opens
    outline: LetterOutline | None = None
    links: dict[str, tuple[int, str]] = field(default_factory=dict)
    cited_by: list[CitingPassage] = field(default_factory=list)
    changes: int | None = None  # the library's change counter when these were read


def read_first_screen(store: Store, wanted_letter: int | None = None) -> FirstScreen:
    """The first screen's rows; the reader opens ``wanted_letter`` if it is there,
    else the newest letter (as the window's layout memory does)."""
    changes = _change_count(store)  # first: a save after it shows as a change
    letters = list_letters(store, limit=FIRST_LETTERS)
    screen = FirstScreen(letters, count_letters(store), list_themes(store), changes=changes)
    letter_id = letters[0].id if letters else None
    if wanted_letter is not None and _exists(store, wanted_letter):
        letter_id = wanted_letter
    if letter_id is None:
        return screen
    try:
        outline = letter_outline(store, letter_id)
        screen.cited_by = cited_by(store, letter_id)
    except NotFoundError:  # deleted meanwhile: the window reads it as usual
        return screen
    screen.outline, screen.letter_id = outline, letter_id
    screen.links = outline_links(store, outline)
    return screen


def _exists(store: Store, letter_id: int) -> bool:
    with store.reading() as rows:
        return rows.first("SELECT 1 FROM letters WHERE id = ?", (letter_id,)) is not None


def _change_count(store: Store) -> int | None:
    """briefer.core.store.change_counter.change_count, read without the ORM."""
    with store.reading() as rows:
        found = rows.first("SELECT counter FROM library_changes WHERE id = 1")
    return int(found[0] or 0) if found else 0
