"""What the window's first screen shows, read in one go while Qt starts.

The library tree (every letter), the themes with their counts (the workspace's
overview, the legend's colours), and the letter the reader opens with its
outline, its links to other letters of the library and the letters citing it.
The window reads these on the thread that opened the library, while the GUI
thread loads Qt (SQLite leaves Python free to run while it reads), and builds
its first screen from them; later reads go to the services as always.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefer.core.errors import NotFoundError
from briefer.core.library import LetterOutline, LetterRow, letter_outline, list_letters
from briefer.core.references import CitingPassage, cited_by, outline_links
from briefer.core.store import Store
from briefer.core.theme_list import ThemeRow, list_themes


@dataclass
class FirstScreen:
    letters: list[LetterRow]
    themes: list[ThemeRow]
    letter_id: int | None = None  # the letter the reader opens
    outline: LetterOutline | None = None
    links: dict[str, tuple[int, str]] = field(default_factory=dict)
    cited_by: list[CitingPassage] = field(default_factory=list)


def read_first_screen(store: Store, wanted_letter: int | None = None) -> FirstScreen:
    """The first screen's rows; the reader opens ``wanted_letter`` if it is there,
    else the newest letter (as the window's layout memory does)."""
    letters = list_letters(store)
    screen = FirstScreen(letters, list_themes(store))
    ids = {letter.id for letter in letters}
    letter_id = wanted_letter if wanted_letter in ids else (letters[0].id if letters else None)
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
